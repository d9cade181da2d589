/**
 * Bokmål text of the methodology page ("Slik fungerer valgomaten", `/metode/`), the
 * header link to it and the scope sentence on the start page. Part of the messages
 * module: `m.methodology`. Names, counts and dates come from the data; these functions
 * only put them into sentences.
 */
import type { Stance } from '#lib/scoring/types.ts';

const NUMBER_WORDS = [
	'null',
	'én',
	'to',
	'tre',
	'fire',
	'fem',
	'seks',
	'sju',
	'åtte',
	'ni',
	'ti',
	'elleve',
	'tolv'
];

/** A count in running text: words up to twelve ("fem"), digits above; `ett` for neuter 1. */
function count(n: number, neuter = false): string {
	if (n === 1) return neuter ? 'ett' : 'én';
	return Number.isInteger(n) && n >= 0 && n < NUMBER_WORDS.length ? NUMBER_WORDS[n]! : String(n);
}

/** "A", "A og B", "A, B og C". */
function list(items: readonly string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} og ${items.at(-1)}`;
}

/** A number with a decimal comma and a true minus sign, at most `digits` decimals. */
function decimal(value: number, digits = 3): string {
	const fixed = Math.abs(value)
		.toFixed(digits)
		.replace(/\.?0+$/, '');
	const text = fixed === '' ? '0' : fixed.replace('.', ',');
	return value < 0 && text !== '0' ? `−${text}` : text;
}

/** True when `value` has at most `digits` decimals (so `decimal` shows it exactly). */
function exact(value: number, digits = 3): boolean {
	const scaled = value * 10 ** digits;
	return Math.abs(scaled - Math.round(scaled)) < 1e-9;
}

/** `=` or `≈`, depending on whether the number is shown exactly. */
function equals(value: number, digits = 3): string {
	return exact(value, digits) ? '=' : '≈';
}

/** A stance as a signed number: "+2", "0", "−1". */
function signed(stance: number): string {
	return stance > 0 ? `+${stance}` : stance < 0 ? `−${-stance}` : '0';
}

function date(iso: string): string {
	const [y, mo, d] = iso.split('-');
	return `${Number(d)}.${Number(mo)}.${y}`;
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const methodology = {
	// Shared formatting, so that components and tests format numbers the same way.
	format: { count, list, decimal, equals, signed },

	navLink: 'Slik fungerer valgomaten',

	home: {
		scope: (parties: readonly string[], documents: number) =>
			`Valgomaten dekker bare helse og omsorg. Den bygger på ${count(documents, true)} ${plural(documents, 'dokument', 'dokumenter')} fra ${list(parties)}, ikke på noe annet partiene har sagt eller skrevet.`,
		link: 'Les hvordan valgomaten er laget og regner ut resultatet'
	},

	title: 'Slik fungerer valgomaten',
	description:
		'Hvem som har laget valgomaten, hvilke dokumenter den bygger på, hvordan partienes standpunkter er satt, og nøyaktig hvordan resultatet ditt regnes ut.',
	lead: 'Her forklarer vi hvem som har laget valgomaten, hvilke dokumenter den bygger på, hvordan vi har plassert partiene, og nøyaktig hvordan resultatet ditt blir regnet ut. Alt kan etterprøves.',
	tocHeading: 'Innhold',

	sections: {
		who: 'Hvem står bak?',
		corrections: 'Slik ber du om en rettelse',
		scope: 'Hva valgomaten dekker',
		pledges: 'Slik fant vi løftene',
		statements: 'Slik skrev vi påstandene og plasserte partiene',
		scoring: 'Slik regnes resultatet ut',
		skipped: 'Når du hopper over, eller partiet ikke har sagt noe',
		ties: 'Likt resultat og for lite grunnlag',
		whatIf: '«Dette kunne endret resultatet ditt»',
		limits: 'Hva valgomaten ikke kan si',
		changelog: 'Endringslogg',
		openData: 'Åpne data',
		privacy: 'Personvern'
	},

	who: {
		made: 'Valgomaten er laget av redaksjonen som publiserer den. Redaktørene har lest partienes egne dokumenter, skrevet påstandene og plassert partiene på hver påstand.',
		notAsked:
			'Partiene har ikke svart på noe selv. Alt valgomaten sier om et parti, bygger på det partiet har skrevet, og vi viser alltid de nøyaktige ordene og linjen de står på.',
		open: {
			before:
				'Valgomaten er åpen kildekode, og innholdet – påstandene, partienes standpunkter og sitatene bak dem – er ',
			link: 'åpne data',
			after: ' som alle kan laste ned og kontrollere.'
		}
	},

	corrections: {
		intro:
			'Mener du at vi har plassert et parti feil? Både partiene og alle andre kan be om en rettelse. Kontakt redaksjonen som publiserer valgomaten, og oppgi:',
		items: [
			'hvilken påstand det gjelder,',
			'hvilket dokument og hvilken linje du viser til (hver linje på kildesidene har et nummer du kan lenke direkte til),',
			'hva du mener er feil, og hvorfor.'
		],
		handled:
			'Vi vurderer henvendelsen etter de samme reglene som gjelder for alle partiene (se under).',
		logged: {
			before: 'Hver rettelse føres i ',
			link: 'endringsloggen',
			after: ' med dato, gammelt og nytt standpunkt og begrunnelse.'
		}
	},

	scope: {
		topic: (parties: readonly string[]) =>
			`Valgomaten handler bare om helse og omsorg, og den sammenligner deg med ${count(parties.length)} partier: ${list(parties)}.`,
		topics: (statements: number, topics: number) =>
			`Den har ${statements} påstander fordelt på ${count(topics, true)} temaer:`,
		documentsHeading: 'Dokumentene',
		documentsIntro: (documents: number) =>
			`Partienes standpunkter bygger bare på disse ${count(documents, true)} dokumentene. Hvert dokument har en egen side med hele teksten og nummererte linjer.`,
		organisation: 'Avsender',
		region: 'Gjelder',
		regionName: (name: string | null) => name ?? 'Hele landet',
		date: (iso: string) => (iso === 'unknown' ? 'Dato ikke oppgitt' : `Publisert ${date(iso)}`),
		editionsHeading: 'Hvilke dokumenter gjelder hvor?',
		editionsIntro: (editions: readonly string[]) =>
			`Partiene har skrevet ulike dokumenter for ulike deler av landet. Derfor finnes valgomaten i ${count(editions.length)} utgaver, ${list(editions)}, og du velger utgave etter hvor du bor. I hver utgave sammenlignes du med disse dokumentene:`,
		edition: (name: string) => `Utgaven for ${name}`,
		editionDocument: (title: string, region: string | null) =>
			`«${title}» (${region ?? 'hele landet'})`,
		positions: (n: number) => `standpunkt på ${n} ${plural(n, 'påstand', 'påstander')}`
	},

	pledges: {
		what: 'Et løfte er et punkt i en liste som partiet selv innleder som sine forpliktelser, for eksempel med «vil:» eller «løsninger:» etter partiets navn. Hvert punkt i en slik liste er ett løfte.',
		notPledges:
			'Lister som beskriver problemer, vanlig brødtekst og bildetekster er ikke løfter. Løftene finnes av et program med faste regler, ikke etter skjønn, og de er markert på kildesidene.',
		perDocument: (pledges: number, documents: number) =>
			`Til sammen fant vi ${pledges} løfter i de ${count(documents, true)} dokumentene:`,
		count: (n: number) => `${n} ${plural(n, 'løfte', 'løfter')}`,
		leadIn: (leadIn: string, others: number) =>
			others === 0
				? `innledet med «${leadIn}»`
				: `blant annet innledet med «${leadIn}» (og ${count(others)} ${plural(others, 'annen innledning', 'andre innledninger')})`,
		prose:
			'Løftene er utgangspunktet, men et standpunkt kan også bygge på brødtekst når den sier hva partiet selv mener. Beskrivelser av problemer kan aldri bære et standpunkt.'
	},

	statements: {
		rulesHeading: 'Påstandene',
		rulesIntro: (n: number) => `Redaksjonen har skrevet ${n} påstander etter disse reglene:`,
		rules: [
			'Hver påstand sier én ting som du kan være enig eller uenig i, aldri to ting på en gang.',
			'Enkelt språk og korte setninger.',
			'Ingen partinavn og ingen ladede ord.',
			'Påstandene skal ikke alle peke samme vei, slik at du ikke havner hos bestemte partier bare ved å svare «enig» på alt.'
		],
		balance: (more: number, less: number, other: number) =>
			`Slik fordeler påstandene seg nå: I ${more} betyr enig mer offentlig innsats, ansvar eller regulering, i ${less} betyr enig mindre, og ${other} handler om noe annet. Vi har bare skrevet en påstand som «mindre» når noen faktisk argumenterer for det i debatten.`,
		codingHeading: 'Slik plasserte vi partiene',
		codingIntro:
			'For hver påstand har redaktørene lest alle dokumentene og plassert hvert dokument på den samme skalaen som du svarer på – eller latt være, hvis dokumentet ikke sier noe om saken:',
		rubric: [
			{
				stances: [2, -2],
				text: 'Dokumentet sier det direkte: et løfte eller en tydelig setning med «vil», «vil ikke» eller «må» om akkurat dette spørsmålet.'
			},
			{
				stances: [1, -1],
				text: 'Dokumentet peker samme vei, men bare delvis, med forbehold, eller slik at en rimelig leser trekker den slutningen. Typisk et generelt løfte om å styrke en tjeneste når påstanden spør om noe mer bestemt.'
			},
			{
				stances: [0],
				text: 'Dokumentet vil bare evaluere, vurdere eller utrede saken.'
			},
			{
				stances: [],
				text: 'Dokumentet sier ingenting om saken. Da har partiet ikke standpunkt på påstanden. Taushet regnes aldri som uenighet.'
			}
		] as { stances: Stance[]; text: string }[],
		narrow:
			'Et løfte om noe smalere enn påstanden (ett område, én tjeneste, ett tilskudd) gir ±1, ikke ±2. For ±2 må nøkkelordet i påstanden stå i teksten.',
		quotes: (positions: number, quotes: number) =>
			`Hvert standpunkt har minst ett ordrett sitat fra dokumentet og en kort begrunnelse – til sammen ${positions} standpunkter med ${quotes} sitater.`,
		verified:
			'Hver gang valgomaten bygges, kontrolleres det at hvert sitat faktisk står i dokumentet, med samme bokstaver, tegnsetting og skrivefeil (bare linjeskift og mellomrom kan være ulike). Står ikke sitatet der, stopper byggingen, og ingenting blir publisert.',
		levelsHeading: 'Regionale og nasjonale dokumenter',
		levelsIntro: (cases: readonly string[]) =>
			cases.length === 0
				? 'Hvis et parti har både et regionalt og et nasjonalt dokument i samme utgave, gjelder disse reglene:'
				: `Noen partier har både et regionalt og et nasjonalt dokument i samme utgave (${list(cases)}). Da gjelder disse reglene:`,
		levelCase: (party: string, edition: string) => `${party} i ${edition}`,
		levels: [
			'Sier dokumentene ulikt, gjelder det regionale, fordi det er skrevet for området du bor i.',
			'Sier de det samme, beholder vi sitatene fra begge.',
			'Sier bare ett av dem noe, gjelder det.'
		]
	},

	scoring: {
		intro:
			'Du og partiene svarer på den samme skalaen. I utregningen er svarene tall fra −2 til +2:',
		scaleLabel: 'Svarskalaen',
		perStatement:
			'For hver påstand som du har svart på og partiet har standpunkt på, regner vi ut hvor enige dere er:',
		agreementFormula: 'enighet a = 1 − |ditt svar − partiets svar| / 4',
		agreementExplained:
			'Avstanden |ditt svar − partiets svar| er fra 0 til 4. Enigheten blir derfor 1, 0,75, 0,5, 0,25 eller 0: likt svar gir 1, motsatte ytterpunkter gir 0.',
		weightFormula: (important: string) =>
			`vekt w = 2 hvis du har merket påstanden «${important}», ellers 1`,
		scoreFormula: 'resultat = Σ w·a / Σ w',
		scoreExplained:
			'Σ betyr «summen av». Vi legger sammen vekt ganger enighet for påstandene som teller, og deler på summen av vektene. Resultatet er altså et vektet gjennomsnitt av enigheten.',
		counts:
			'Bare påstander som du har svart på og partiet har standpunkt på, teller med. Antallet slike påstander kaller vi grunnlaget.',
		percentFormula: 'prosent = resultat × 100, avrundet til nærmeste hele tall (halve runder opp)',

		exampleHeading: 'Et regneeksempel',
		exampleIntro: (o: {
			statements: number;
			parties: readonly string[];
			important: readonly number[];
			skipped: readonly number[];
			missing: readonly { party: string; statement: number }[];
		}) => {
			const parts = [
				`Tenk deg en valgomat med ${count(o.statements)} påstander og ${count(o.parties.length, true)} partier, ${list(o.parties)} (oppdiktet).`
			];
			const details: string[] = [];
			if (o.important.length > 0)
				details.push(`merket ${list(o.important.map((n) => `påstand ${n}`))} som viktig for deg`);
			if (o.skipped.length > 0)
				details.push(`hoppet over ${list(o.skipped.map((n) => `påstand ${n}`))}`);
			if (details.length > 0) parts.push(`Du har ${list(details)}.`);
			for (const m of o.missing)
				parts.push(`${m.party} har ikke standpunkt på påstand ${m.statement}.`);
			parts.push(
				'Tallene under er regnet ut av den samme koden som regner ut resultatet ditt i valgomaten.'
			);
			return parts.join(' ');
		},
		answersCaption: 'Svarene i eksempelet',
		statement: 'Påstand',
		statementNumber: (n: number) => `Påstand ${n}`,
		you: 'Ditt svar',
		party: (id: string) => `Parti ${id.toUpperCase()}`,
		importantMark: 'viktig',
		skipped: 'hoppet over',
		partyCaption: (party: string) => `Utregning for ${party}`,
		distance: 'Avstand d',
		agreement: 'Enighet a',
		weight: 'Vekt w',
		weighted: 'w · a',
		notCounted: (reason: 'skipped' | 'no-position' | 'skipped-no-position') =>
			reason === 'no-position'
				? 'teller ikke: partiet har ikke standpunkt'
				: 'teller ikke: du hoppet over',
		sum: 'Sum',
		sumWeight: 'Σ w',
		sumWeighted: 'Σ w · a',
		partyColumn: 'Parti',
		result: (o: {
			party: string;
			weightedAgreement: number;
			weight: number;
			score: number | null;
			percent: number | null;
			basis: number;
		}) =>
			o.score === null || o.percent === null
				? `${o.party} har ingen påstander som teller, og får ikke noe resultat.`
				: `${o.party}: ${decimal(o.weightedAgreement)} / ${decimal(o.weight)} ${equals(o.score)} ${decimal(o.score)}, som vises som ${o.percent}\u00a0%. Grunnlaget er ${o.basis} ${plural(o.basis, 'påstand', 'påstander')}.`,
		flagged: (party: string, basis: number, minBasis: number) =>
			`Det er færre enn ${minBasis}, så ${party} får merket «for lite grunnlag» og blir ikke rangert (se under).`,
		rankingCaption: 'Resultatet i eksempelet',
		place: 'Plass',
		percent: 'Prosent',
		basis: 'Grunnlag',
		note: 'Merknad',
		percentValue: (n: number | null) => (n === null ? '–' : `${n}\u00a0%`),
		rankValue: (rank: number | null) => (rank === null ? '–' : String(rank)),
		noteValue: (flag: string | null, top: boolean) =>
			flag === 'too-little-basis'
				? 'for lite grunnlag'
				: flag === 'no-common-statements'
					? 'ingen felles påstander'
					: top
						? 'beste treff'
						: '',
		rankingExplained: (o: {
			weights: readonly number[];
			totalWeight: number;
			top: string | null;
			runnerUp: string | null;
			lead: number | null;
			flagged: readonly { party: string; percent: number | null }[];
		}) => {
			const margin = 1 / o.totalWeight;
			const sum = o.weights.length > 1 ? `${o.weights.join(' + ')} = ` : '';
			const important = o.weights.filter((w) => w === 2).length;
			const parts = [
				`Du svarte på ${count(o.weights.length)} ${plural(o.weights.length, 'påstand', 'påstander')}${important > 0 ? `, ${count(important)} av dem viktig` : ''}, så summen av vektene er W = ${sum}${o.totalWeight}, og grensen for likt resultat er 1/W = ${decimal(margin)} (se «Likt resultat» under).`
			];
			if (o.top !== null && o.runnerUp !== null && o.lead !== null) {
				parts.push(
					o.lead > margin
						? `${o.top} leder ${o.runnerUp} med ${decimal(o.lead)}, mer enn ${decimal(margin)}, så ${o.top} er alene om å være beste treff.`
						: `${o.top} leder ${o.runnerUp} med bare ${decimal(o.lead)}, så de deler førsteplassen.`
				);
			}
			for (const f of o.flagged) {
				parts.push(
					`${f.party} har ${f.percent === null ? 'ingen prosent' : `${f.percent}\u00a0%`}, men for lite grunnlag. Derfor står ${f.party} nederst uten plass – et parti med for lite grunnlag blir aldri vist som beste treff.`
				);
			}
			return parts.join(' ');
		}
	},

	skipped: {
		items: [
			'Hopper du over en påstand, teller den ikke med for noe parti. Å hoppe over er ikke det samme som å svare «Nøytral».',
			'«Nøytral» er et svar som alle andre: 0 på skalaen. Svarer du «Nøytral» og partiet er helt enig (+2), er avstanden 2 og enigheten 0,5.',
			'Har et parti ikke sagt noe om en påstand i dokumentene sine, teller påstanden ikke med for det partiet. Det regnes aldri som at partiet er uenig med deg.'
		],
		basis:
			'Derfor kan partiene ha ulikt grunnlag. Resultatet viser alltid hvor mange påstander hvert parti er sammenlignet med deg på.'
	},

	ties: {
		minBasis: (minBasis: number) =>
			`Et parti må ha minst ${count(minBasis)} påstander i grunnlaget for å bli rangert. Med færre får det merket «for lite grunnlag»: prosenten vises, men partiet får ingen plass.`,
		noCommon:
			'Har du ikke svart på noen av påstandene partiet har standpunkt på, har vi ingenting å sammenligne. Da får partiet merket «ingen felles påstander» og ingen prosent.',
		neverTop:
			'Partier med et slikt merke står nederst, etter alle de rangerte, og blir aldri vist som beste treff – uansett hvor høy prosenten er.',
		marginHeading: 'Når regnes to partier som like?',
		margin:
			'Én påstand kan flytte et resultat med høyst 1/W, der W er summen av vektene for alle påstandene du har svart på (1 for hver, 2 for dem du har merket som viktige). Forskjeller som er så små, regner vi som likt:',
		marginItems: [
			'Alle rangerte partier som ligger høyst 1/W under det beste, deler førsteplassen.',
			'Lenger ned deler to partier plass når forskjellen mellom dem er mindre enn 1/W.'
		],
		marginExample: (statements: number) => {
			const margin = 1 / statements;
			return `Svarer du på alle ${statements} påstandene uten å merke noen som viktige, er W = ${statements} og grensen 1/${statements} ${equals(margin)} ${decimal(margin)} – omtrent ${Math.round(margin * 100)} prosentpoeng.`;
		},
		orderHeading: 'Helt likt resultat',
		order:
			'Partier med samme prosent står etter hverandre med det største grunnlaget først. Er både resultat og grunnlag nøyaktig likt, må ett av dem likevel stå først i lista. Vi bruker verken alfabetet eller rekkefølgen i datafila, for da ville det samme partiet alltid kommet først. I stedet stokkes partiene i en rekkefølge som bestemmes av svarene dine: de samme svarene gir alltid den samme rekkefølgen, men ingen partier kommer systematisk først. Partiene vises uansett som likt plassert.'
	},

	whatIf: {
		what: 'Under resultatet viser valgomaten det minste antallet endringer i svarene dine – høyst tre – som ville gitt et annet parti førsteplassen alene.',
		change:
			'Én endring er ett svar: et annet standpunkt, å merke eller avmerke en påstand som viktig, å svare på en påstand du hoppet over, eller å hoppe over en du svarte på.',
		none: 'Finnes det ingen slik endring med tre svar eller færre, står det det. Det er ikke et råd om hva du bør svare, bare en måte å se hvor tett resultatet ditt er.',
		/** One change as a clause: "svarer du «Helt uenig» i stedet for «Helt enig» på påstand 1". */
		change1: (c: {
			statement: number;
			from: { label: string | null; important: boolean };
			to: { label: string | null; important: boolean };
		}) => {
			const n = `påstand ${c.statement}`;
			if (c.to.label === null) return `hopper du over ${n}`;
			const still = c.to.important ? ' (fortsatt merket som viktig)' : '';
			if (c.from.label === null)
				return `svarer du «${c.to.label}» på ${n}, som du hoppet over${c.to.important ? ', og merker den som viktig' : ''}`;
			if (c.from.label === c.to.label)
				return c.to.important ? `merker du ${n} som viktig` : `fjerner du merket «viktig» på ${n}`;
			if (c.from.important !== c.to.important)
				return `svarer du «${c.to.label}» i stedet for «${c.from.label}» på ${n} og ${c.to.important ? 'merker den som viktig' : 'fjerner merket «viktig»'}`;
			return `svarer du «${c.to.label}» i stedet for «${c.from.label}» på ${n}${still}`;
		},
		example: (o: {
			clauses: readonly string[];
			newTop: string;
			newTopPercent: number | null;
			oldTop: string | null;
			oldTopPercent: number | null;
		}) => {
			const what = list(o.clauses);
			return `I regneeksempelet over er det nok med ${count(o.clauses.length)} ${plural(o.clauses.length, 'endring', 'endringer')}: ${what.charAt(0).toUpperCase()}${what.slice(1)}, får ${o.newTop} ${o.newTopPercent ?? '–'}\u00a0%${o.oldTop === null ? '' : ` og ${o.oldTop} ${o.oldTopPercent ?? '–'}\u00a0%`}, og ${o.newTop} blir alene om å være beste treff.`;
		}
	},

	limits: [
		'Valgomaten bygger bare på dokumentene som er nevnt over, ikke på alt partiene mener eller har gjort.',
		'Når et dokument ikke sier noe om en sak, betyr ikke det at partiet er uenig. Partiet kan mene mye som ikke står i akkurat disse dokumentene.',
		'Å plassere et dokument på skalaen krever skjønn. Vi følger faste regler og viser sitat og begrunnelse for hvert standpunkt, slik at du kan vurdere det selv.',
		'Det er redaksjonen som har valgt påstandene. Andre påstander kunne gitt et annet resultat.',
		'Resultatet viser hvor enig du er med partienes dokumenter om helse og omsorg – ikke hvilket parti du bør stemme på.'
	],

	changelog: {
		intro:
			'Alle endringer i påstandene og partienes standpunkter føres her, nyeste først, under datoen de ble gjort. Hver rettelse av et standpunkt har en egen rad med påstand, dokument, gammelt og nytt standpunkt og begrunnelse. Påstander som er trukket, får aldri brukt id-en sin på nytt.'
	},

	openData: {
		intro:
			'Alt innholdet kan lastes ned og brukes fritt, for eksempel til å kontrollere valgomaten eller lage noe eget:',
		json: 'Hele datasettet: dokumentene, løftene, påstandene og hvert partis standpunkt i hver utgave, med sitater, linjenumre og begrunnelser.',
		csv: 'Én rad per utgave, parti og påstand. Semikolonseparert UTF-8 med BOM, så fila åpnes riktig i norsk Excel.',
		version: 'Datasettversjon',
		versionExplained:
			'Versjonen endres hver gang en påstand, et standpunkt eller et dokument endres.'
	},

	privacy:
		'Svarene dine forlater aldri enheten din. Valgomaten har ingen analyseverktøy og bruker ingen informasjonskapsler. Svarene lagres bare i nettleseren din, slik at du kan fortsette senere, og du kan slette dem når du vil.'
};
