import { describe, expect, test } from 'vitest';
import { languageChoices, timeZoneChoices } from '../../scripts/new/question-choices';

describe('the time zones npm run new offers', () => {
	const values = (typed: string, machineZone = 'Europe/Paris') => timeZoneChoices(typed, machineZone).map((choice) => choice.value);

	test('are found by the city, typed in any case, with spaces and without accents', () => {
		expect(values('Nairobi')).toEqual(['Africa/Nairobi']);
		expect(values('new york')).toEqual(['America/New_York']);
		expect(values('sao paulo')).toEqual(['America/Sao_Paulo']);
		// ICU names it America/Buenos_Aires or America/Argentina/Buenos_Aires, by version.
		expect(values('BUENOS')).toEqual([expect.stringMatching(/^America\/(Argentina\/)?Buenos_Aires$/)]);
	});

	test('put the cities that start with what was typed first', () => {
		const zones = ['Asia/Kuala_Lumpur', 'Europe/Paris', 'America/Paramaribo', 'Pacific/Kiritimati'];
		expect(timeZoneChoices('par', 'UTC', zones).map((choice) => choice.value)).toEqual(['Europe/Paris', 'America/Paramaribo']);
		expect(timeZoneChoices('mati', 'UTC', zones).map((choice) => choice.value)).toEqual(['Pacific/Kiritimati']);
		expect(timeZoneChoices('lu', 'UTC', zones).map((choice) => choice.value)).toEqual(['Asia/Kuala_Lumpur']);
		expect(timeZoneChoices('ar', 'UTC', ['Europe/Paris', 'Asia/Karachi', 'America/Araguaina']).map((choice) => choice.value)).toEqual(['America/Araguaina', 'Europe/Paris', 'Asia/Karachi']);
	});

	test('start with the machine’s own zone before anything is typed, and list every zone', () => {
		const all = values('', 'Asia/Tokyo');
		expect(all[0]).toBe('Asia/Tokyo');
		expect(all.length).toBe(Intl.supportedValuesOf('timeZone').length);
		expect(new Set(all).size).toBe(all.length);
	});

	test('keep a typed name that the zone database knows but Intl does not list, and nothing that it does not know', () => {
		const listed = ['Asia/Calcutta', 'Europe/Paris'];
		expect(timeZoneChoices('Asia/Kolkata', 'UTC', listed)).toEqual([{ value: 'Asia/Kolkata', name: 'Asia/Kolkata (as typed)' }]);
		expect(timeZoneChoices('Mars/Olympus_Mons', 'UTC', listed)).toEqual([]);
		expect(values('Mars/Olympus_Mons')).toEqual([]);
	});

	test('are shown with spaces for underscores', () => {
		expect(timeZoneChoices('new york', 'UTC')).toEqual([{ value: 'America/New_York', name: 'America/New York' }]);
	});
});

describe('the languages npm run new offers', () => {
	test('are each named in itself, with its code', () => {
		expect(languageChoices([{ code: 'ar', name: 'العربية' }, { code: 'fr', name: 'Français' }, { code: 'xx', name: 'xx' }])).toEqual([
			{ value: 'ar', name: 'العربية (ar)' },
			{ value: 'fr', name: 'Français (fr)' },
			{ value: 'xx', name: 'xx' },
		]);
	});
});
