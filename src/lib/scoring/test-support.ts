/**
 * Seeded synthetic data for tests and benchmarks (not part of the public API).
 * Parties and the voter are points on two ideological axes; each statement loads on the
 * axes, and a stance is the rounded, clamped projection plus noise, which gives realistic
 * close races between neighbouring parties.
 */

import type { Answers, PartyInput, Stance } from './types.ts';

/** A seeded uniform generator in [0, 1) (mulberry32 stream). */
export function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export interface Instance {
	statementIds: string[];
	parties: PartyInput[];
	answers: Answers;
}

export interface InstanceOptions {
	statements: number;
	parties: number;
	seed: number;
	/** Share of missing party positions. Default 0.05. */
	missing?: number;
	/** Share of skipped answers. Default 0.1. */
	skipped?: number;
	/** Share of answers marked important. Default 0.2. */
	important?: number;
	/** Noise added to every stance. Default 0.8. */
	noise?: number;
}

function stanceFrom(value: number): Stance {
	return Math.max(-2, Math.min(2, Math.round(value))) as Stance;
}

/** A random but seeded quiz instance. */
export function makeInstance(options: InstanceOptions): Instance {
	const next = random(options.seed);
	const noise = options.noise ?? 0.8;
	const normal = () => (next() + next() + next() - 1.5) * 2 * noise;
	const statementIds = Array.from({ length: options.statements }, (_, i) => `s${i + 1}`);
	const loadings = statementIds.map(() => [next() * 2 - 1, next() * 2 - 1] as const);
	const point = () => [next() * 2 - 1, next() * 2 - 1] as const;
	const project = (x: readonly [number, number], i: number) =>
		2 * (x[0] * loadings[i]![0] + x[1] * loadings[i]![1]) + normal();
	const parties: PartyInput[] = Array.from({ length: options.parties }, (_, p) => {
		const x = point();
		const positions: Record<string, Stance | null> = {};
		statementIds.forEach((id, i) => {
			if (next() >= (options.missing ?? 0.05)) positions[id] = stanceFrom(project(x, i));
		});
		return { id: `party-${p + 1}`, positions };
	});
	const voter = point();
	const answers: Record<string, { stance: Stance | null; important: boolean }> = {};
	statementIds.forEach((id, i) => {
		const skipped = next() < (options.skipped ?? 0.1);
		answers[id] = {
			stance: skipped ? null : stanceFrom(project(voter, i)),
			important: next() < (options.important ?? 0.2)
		};
	});
	return { statementIds, parties, answers };
}

/**
 * The worked example of docs/scoring.md: four statements, three parties; s1 is important,
 * s3 is skipped, party b has no position on s2.
 */
export const workedExample: Instance = {
	statementIds: ['s1', 's2', 's3', 's4'],
	parties: [
		{ id: 'a', positions: { s1: 2, s2: -2, s3: 1, s4: 1 } },
		{ id: 'b', positions: { s1: 1, s3: -2, s4: -1 } },
		{ id: 'c', positions: { s1: -2, s2: 1, s3: 2, s4: 0 } }
	],
	answers: {
		s1: { stance: 2, important: true },
		s2: { stance: -1, important: false },
		s3: { stance: null, important: false },
		s4: { stance: 0, important: false }
	}
};
