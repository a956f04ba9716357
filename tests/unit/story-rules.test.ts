import { describe, expect, test } from 'vitest';
import type { Consent } from '../../src/schemas/consent';
import { hasConsent, isListed } from '../../src/data/story-rules';

const consent = (status: Consent['status']): Consent => ({ status, recordedOn: '2021-08-20', scope: 'named' });

describe('which stories are shown', () => {
	test('a listed story with consent given has a page and appears in listings', () => {
		const story = { consent: consent('given'), visibility: 'listed' as const };
		expect(hasConsent(story)).toBe(true);
		expect(isListed(story)).toBe(true);
	});

	test('an unlisted story keeps its page but appears in no listing', () => {
		const story = { consent: consent('given'), visibility: 'unlisted' as const };
		expect(hasConsent(story)).toBe(true);
		expect(isListed(story)).toBe(false);
	});

	test.each(['listed', 'unlisted'] as const)('a %s story whose consent was withdrawn has no page and is in no listing', (visibility) => {
		const story = { consent: consent('withdrawn'), visibility };
		expect(hasConsent(story)).toBe(false);
		expect(isListed(story)).toBe(false);
	});

	test('anonymous consent is still consent', () => {
		const story = { consent: { ...consent('given'), scope: 'anonymous' as const }, visibility: 'listed' as const };
		expect(hasConsent(story)).toBe(true);
		expect(isListed(story)).toBe(true);
	});
});
