/**
 * The trust context (who publishes, for what, last checked, where to ask for a correction)
 * and a document's origin, rendered on the server as the build prerenders them.
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { UNSET_SITE, type SiteConfig } from '#lib/content/site/schema.ts';
import { m } from '#lib/messages/index.ts';
import type { DocumentMeta } from '#lib/pledges/types.ts';
import { seeds } from '#lib/pledges/test-support.ts';
import DocumentOrigin from './DocumentOrigin.svelte';
import TrustContext from './TrustContext.svelte';

/** Text with tags removed and whitespace collapsed. */
const text = (html: string) =>
	html
		.replace(/<!--[^]*?-->/g, '')
		.replace(/<[^>]*>/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();

/** The opening tag of the link to `href`; fails the test when there is none. */
function anchor(html: string, href: string): string {
	const tag = html.match(/<a [^>]*>/g)?.find((a) => a.includes(` href="${href}"`));
	if (tag === undefined) expect.unreachable(`no link to ${href}`);
	return tag;
}

/** The attributes that keep a link to another site from telling it anything. */
const SAFE_REL = / rel="noopener noreferrer" referrerpolicy="no-referrer"/;

const SET: SiteConfig = {
	publisher: 'Lokalavisa',
	occasion: 'Kommunevalget 2027',
	lastChecked: '2027-08-20',
	corrections: { kind: 'email', address: 'rettelser@lokalavisa.no' }
};

describe('TrustContext', () => {
	it('shows every value with its label, and links the e-mail and how corrections work', () => {
		const { body } = render(TrustContext, { props: { site: SET } });
		expect(text(body)).toBe(
			`${m.trust.heading} Utgiver Lokalavisa Laget for Kommunevalget 2027 Innholdet sist kontrollert 20.8.2027 Rettelser rettelser@lokalavisa.no ${m.trust.howToCorrect}`
		);
		expect(body).toContain('href="mailto:rettelser@lokalavisa.no"');
		expect(body).toContain('href="/metode/#rettelser"');
		expect(body).not.toContain('class="unset');
	});

	it('shows an obvious placeholder for every unset value', () => {
		const { body } = render(TrustContext, { props: { site: UNSET_SITE } });
		for (const placeholder of Object.values(m.trust.unset)) {
			expect(placeholder).toMatch(/^\[.+ ikke satt\]$/);
			expect(text(body)).toContain(placeholder);
		}
		expect(body.match(/class="[^"]*\bunset\b/g)).toHaveLength(4);
		expect(body).not.toContain('mailto:');
	});

	it('links an https page and shows a postal address as plain text, line by line', () => {
		const url = render(TrustContext, {
			props: { site: { ...SET, corrections: { kind: 'url', url: 'https://avis.no/rettelser' } } }
		}).body;
		expect(text(url)).toContain('Rettelser https://avis.no/rettelser');
		expect(anchor(url, 'https://avis.no/rettelser')).toMatch(SAFE_REL);
		const postal = render(TrustContext, {
			props: {
				site: {
					...SET,
					corrections: { kind: 'postal', lines: ['Lokalavisa', 'Postboks 1', '0101 Oslo'] }
				}
			}
		}).body;
		expect(text(postal)).toContain('Rettelser Lokalavisa Postboks 1 0101 Oslo');
		expect(postal).not.toMatch(/<a [^>]*href="(?!\/metode\/)/);
	});
});

describe('DocumentOrigin', () => {
	const meta = seeds().metadata.documents.find((d) => d.id === 'h-nasjonal')!;
	const bare: DocumentMeta = { ...meta };
	delete bare.url;
	delete bare.retrieved;

	it('says that neither the original nor the retrieval date is recorded when the metadata is silent', () => {
		const { body } = render(DocumentOrigin, { props: { meta: bare } });
		expect(text(body)).toBe(`${m.trust.noOriginal} ${m.trust.retrieved(undefined)}`);
		expect(m.trust.retrieved(undefined)).toBe('Hentedato ikke registrert');
		expect(body).not.toContain('<a ');
	});

	it('links the original without a referrer and says when the text was retrieved', () => {
		const withOrigin: DocumentMeta = {
			...bare,
			url: 'https://hoyre.no/politikk/helse',
			retrieved: '2026-11-30'
		};
		const { body } = render(DocumentOrigin, { props: { meta: withOrigin } });
		expect(text(body)).toBe('Originalen: https://hoyre.no/politikk/helse Hentet 30.11.2026');
		expect(anchor(body, 'https://hoyre.no/politikk/helse')).toMatch(SAFE_REL);
		expect(
			text(render(DocumentOrigin, { props: { meta: { ...bare, retrieved: '2026-11-30' } } }).body)
		).toBe(`${m.trust.noOriginal} Hentet 30.11.2026`);
	});
});
