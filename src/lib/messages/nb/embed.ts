/**
 * Bokmål text of the embed (`m.embed`) and of «For redaksjoner», the page that builds the
 * embed code (`m.embed.editors`). Part of the messages layer.
 */
import type { Scheme, Theme } from '#lib/embed/index.ts';
import type { Locale } from '../format.ts';

/** The privacy contract, as the editors' page and the README state it (the e2e test checks it). */
const contract = [
	'Valgomaten sender aldri svar eller resultater til siden den er bygd inn i.',
	'Den eneste meldingen den sender til siden, er sin egen høyde i piksler.',
	'Den setter ingen informasjonskapsler.',
	'Den gjør ingen forespørsler til andre adresser enn sin egen.'
];

const editors = {
	title: 'For redaksjoner',
	navLink: 'For redaksjoner',
	lead: 'Bygg valgomaten inn i en artikkel med ett innlim. Den tilpasser høyden selv, kan følge artikkelens farger, og svarene til leseren blir værende hos leseren.',
	builderHeading: 'Lag koden',
	edition: 'Område',
	editionAny: 'Leseren velger selv',
	theme: 'Fargetema',
	themes: {
		auto: 'Følg leserens innstilling',
		light: 'Lyst',
		dark: 'Mørkt'
	} satisfies Record<Theme, string>,
	accent: 'Aksentfarge (heksadesimal, for eksempel 1d4f91; valgfri)',
	/** What happens to the accent the editor typed. */
	accentVerdict: {
		none: 'Ingen aksentfarge: valgomaten bruker sin egen.',
		invalid: 'Dette er ikke en heksadesimal farge. Valgomaten bruker sin egen.',
		kept: 'Fargen har god nok kontrast og brukes.',
		partly: (schemes: string) =>
			`Fargen har for svak kontrast i ${schemes} tema. Der bruker valgomaten sin egen farge.`,
		rejected:
			'Fargen har for svak kontrast mot bakgrunnen og brukes ikke. Velg en mørkere farge for lyst tema eller en lysere for mørkt.'
	},
	schemes: { light: 'lyst', dark: 'mørkt' } satisfies Record<Scheme, string>,
	plain: 'Skjul introteksten (overskriften, den første påstanden og startknappen vises)',
	language: 'Språk',
	languages: { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' } satisfies Record<Locale, string>,
	loaderHeading: 'Kode med skript (anbefalt)',
	loaderText:
		'Høyden følger innholdet mens leseren svarer. Skriptet er under 2 KB og laster valgomaten først når den nærmer seg skjermen.',
	iframeHeading: 'Kode uten skript',
	iframeText:
		'For publiseringsverktøy som fjerner skript. Rammen har fast høyde; resultatsiden rulles inne i rammen. Sider som allerede bygger inn Datawrapper-grafikk eller bruker pym.js, får riktig høyde uten mer kode.',
	copy: 'Kopier koden',
	copied: 'Koden er kopiert.',
	copyFailed: 'Kunne ikke kopiere. Merk koden og kopier den selv.',
	previewHeading: 'Forhåndsvisning',
	previewTitle: 'Forhåndsvisning av valgomaten',
	privacyHeading: 'Personvern: dette lover valgomaten',
	contract,
	privacyMore:
		'Svarene lagres bare i leserens nettleser. Der nettleseren ikke lar en innebygd side lagre noe, virker valgomaten fra minnet, og svarene forsvinner når siden lukkes.',
	strictHeading: 'Strenge vertssider (sandbox)',
	strictText:
		'I en ramme med sandbox="allow-scripts" og uten allow-same-origin har valgomaten ingen egen opprinnelse, og nettleseren laster da skriptene dens bare hvis serveren vår svarer med CORS-hodet under. Uten det vises den første siden, men knappene virker ikke.',
	strictHeaders: 'Access-Control-Allow-Origin: *',
	strictWhere:
		'på alle filer under /_app/ og /embed/: skriptene, og dataene valgomaten henter når leseren bytter område. Filen _headers i bygget sier det til Netlify og Cloudflare Pages.',
	testHeading: 'Slik tester du innbyggingen',
	test: [
		'Lim koden inn i en testartikkel og åpne den på en mobil.',
		'Gå fra introduksjonen til påstandene og videre til resultatet: rammen skal vokse og krympe uten rullefelt inni.',
		'Åpne utviklerverktøyet: konsollen viser én advarsel for hver parameter valgomaten ikke forstod.',
		'Under «Nettverk» skal alle forespørsler fra rammen gå til valgomatens egen adresse.'
	]
};

export const embed = { editors };
