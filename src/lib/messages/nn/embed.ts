/**
 * Nynorsk text of the embed (`m.embed`) and of «For redaksjonar», the page that builds the
 * embed code (`m.embed.editors`). Part of the messages layer.
 */
import type { Messages } from '../index.ts';

/** The privacy contract, as the editors' page and the README state it (the e2e test checks it). */
const contract = [
	'Valomaten sender aldri svar eller resultat til sida han er bygd inn i.',
	'Den einaste meldinga han sender til sida, er si eiga høgd i pikslar.',
	'Han set ingen informasjonskapslar.',
	'Han gjer ingen førespurnader til andre adresser enn si eiga.'
];

const editors = {
	title: 'For redaksjonar',
	navLink: 'For redaksjonar',
	lead: 'Bygg valomaten inn i ein artikkel med eitt innlim. Han tilpassar høgda sjølv, kan følgje fargane i artikkelen, og svara til lesaren blir verande hos lesaren.',
	builderHeading: 'Lag koden',
	edition: 'Område',
	editionAny: 'Lesaren vel sjølv',
	theme: 'Fargetema',
	themes: {
		auto: 'Følg innstillinga til lesaren',
		light: 'Lyst',
		dark: 'Mørkt'
	},
	accent: 'Aksentfarge (heksadesimal, til dømes 1d4f91; valfri)',
	/** What happens to the accent the editor typed. */
	accentVerdict: {
		none: 'Inga aksentfarge: valomaten brukar sin eigen.',
		invalid: 'Dette er ikkje ein heksadesimal farge. Valomaten brukar sin eigen.',
		kept: 'Fargen har god nok kontrast og blir brukt.',
		partly: (schemes) =>
			`Fargen har for svak kontrast i ${schemes} tema. Der brukar valomaten sin eigen farge.`,
		rejected:
			'Fargen har for svak kontrast mot bakgrunnen og blir ikkje brukt. Vel ein mørkare farge for lyst tema eller ein lysare for mørkt.'
	},
	schemes: { light: 'lyst', dark: 'mørkt' },
	plain: 'Skjul introteksten (overskrifta, den første påstanden og startknappen blir viste)',
	language: 'Språk',
	languages: { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' },
	loaderHeading: 'Kode med skript (tilrådd)',
	loaderText:
		'Høgda følgjer innhaldet medan lesaren svarar. Skriptet er under 2 KB og lastar valomaten først når han nærmar seg skjermen.',
	iframeHeading: 'Kode utan skript',
	iframeText:
		'For publiseringsverktøy som fjernar skript. Ramma har fast høgd; resultatsida blir rulla inne i ramma. Sider som alt byggjer inn Datawrapper-grafikk eller brukar pym.js, får rett høgd utan meir kode.',
	copy: 'Kopier koden',
	copied: 'Koden er kopiert.',
	copyFailed: 'Kunne ikkje kopiere. Merk koden og kopier han sjølv.',
	previewHeading: 'Førehandsvising',
	previewTitle: 'Førehandsvising av valomaten',
	privacyHeading: 'Personvern: dette lovar valomaten',
	contract,
	privacyMore:
		'Svara blir berre lagra i nettlesaren til lesaren. Der nettlesaren ikkje let ei innebygd side lagre noko, verkar valomaten frå minnet, og svara forsvinn når sida blir lukka.',
	strictHeading: 'Strenge vertssider (sandbox)',
	strictText:
		'I ei ramme med sandbox="allow-scripts" og utan allow-same-origin har valomaten ikkje noko eige opphav, og nettlesaren lastar då skripta hans berre om serveren vår svarar med CORS-hovudet under. Utan det blir den første sida vist, men knappane verkar ikkje.',
	strictHeaders: 'Access-Control-Allow-Origin: *',
	strictWhere:
		'på alle filer under /_app/ og /embed/: skripta, og dataa valomaten hentar når lesaren byter område. Fila _headers i bygget seier det til Netlify og Cloudflare Pages.',
	testHeading: 'Slik testar du innbygginga',
	test: [
		'Lim koden inn i ein testartikkel og opne han på ein mobil.',
		'Gå frå introduksjonen til påstandane og vidare til resultatet: ramma skal vekse og krympe utan rullefelt inni.',
		'Opne utviklarverktøyet: konsollen viser éi åtvaring for kvar parameter valomaten ikkje forstod.',
		'Under «Nettverk» skal alle førespurnader frå ramma gå til adressa til valomaten sjølv.'
	]
} satisfies Messages['embed']['editors'];

export const embed = { editors } satisfies Messages['embed'];
