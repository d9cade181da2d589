/**
 * English text of the embed (`m.embed`) and of "For newsrooms", the page that builds the
 * embed code (`m.embed.editors`). Part of the messages layer.
 */
import type { Messages } from '../index.ts';

/** The privacy contract, as the editors' page and the README state it (the e2e test checks it). */
const contract = [
	'The quiz never sends answers or results to the page it is embedded in.',
	'The only message it sends to the page is its own height in pixels.',
	'It sets no cookies.',
	'It makes no requests to any address but its own.'
];

const editors = {
	title: 'For newsrooms',
	navLink: 'For newsrooms',
	lead: 'Embed the quiz in an article with a single paste. It adjusts its own height, can follow the article’s colours, and the reader’s answers stay with the reader.',
	builderHeading: 'Create the code',
	edition: 'Area',
	editionAny: 'The reader chooses',
	theme: 'Colour theme',
	themes: {
		auto: 'Follow the reader’s setting',
		light: 'Light',
		dark: 'Dark'
	},
	accent: 'Accent colour (hexadecimal, for example 1d4f91; optional)',
	/** What happens to the accent the editor typed. */
	accentVerdict: {
		none: 'No accent colour: the quiz uses its own.',
		invalid: 'This is not a hexadecimal colour. The quiz uses its own.',
		kept: 'The colour has enough contrast and is used.',
		partly: (schemes) =>
			`The colour has too little contrast in the ${schemes} theme. There the quiz uses its own colour.`,
		rejected:
			'The colour has too little contrast against the background and is not used. Choose a darker colour for the light theme or a lighter one for the dark theme.'
	},
	schemes: { light: 'light', dark: 'dark' },
	plain: 'Hide the intro text (the heading, the first statement and the start button are shown)',
	language: 'Language',
	languages: { nb: 'Norwegian (bokmål)', nn: 'Norwegian (nynorsk)', en: 'English' },
	loaderHeading: 'Code with a script (recommended)',
	loaderText:
		'The height follows the content as the reader answers. The script is under 2 KB and loads the quiz only when it comes close to the screen.',
	iframeHeading: 'Code without a script',
	iframeText:
		'For publishing tools that remove scripts. The frame has a fixed height; the results page scrolls inside the frame. Pages that already embed Datawrapper charts or use pym.js get the right height with no extra code.',
	copy: 'Copy the code',
	copied: 'The code has been copied.',
	copyFailed: 'Could not copy. Select the code and copy it yourself.',
	previewHeading: 'Preview',
	previewTitle: 'Preview of the quiz',
	privacyHeading: 'Privacy: what the quiz promises',
	contract,
	privacyMore:
		'The answers are stored only in the reader’s browser. Where the browser does not let an embedded page store anything, the quiz runs from memory, and the answers disappear when the page is closed.',
	strictHeading: 'Strict host pages (sandbox)',
	strictText:
		'In a frame with sandbox="allow-scripts" and without allow-same-origin, the quiz has no origin of its own, and the browser then loads its scripts only if our server responds with the CORS header below. Without it, the first page is shown, but the buttons do not work.',
	strictHeaders: 'Access-Control-Allow-Origin: *',
	strictWhere:
		'on all files under /_app/ and /embed/: the scripts, and the data the quiz fetches when the reader switches area. The _headers file in the build tells Netlify and Cloudflare Pages to send it.',
	testHeading: 'How to test the embed',
	test: [
		'Paste the code into a test article and open it on a phone.',
		'Go from the introduction to the statements and on to the result: the frame should grow and shrink with no scrollbar inside.',
		'Open the developer tools: the console shows one warning for each parameter the quiz did not understand.',
		'Under “Network”, every request from the frame should go to the quiz’s own address.'
	]
} satisfies Messages['embed']['editors'];

export const embed = { editors } satisfies Messages['embed'];
