import type { RecordingSet, Speaker } from './testimony';

const interviewer: Speaker = { name: 'Interviewer', arabicName: 'المحاورة', voice: 'en-gb+f2' };
const claire: Speaker = { name: 'Claire', arabicName: 'كلير', voice: 'en-gb+f4' };

/**
 * The test fixture's recordings, in tests/fixtures/archives/full/media/: kept tiny so that the tests
 * stay fast. "lamplighter" is said once and written nowhere else in the fixture, so a test can show
 * that search finds a word said only in a transcript.
 */
export const FIXTURE_RECORDINGS: RecordingSet = {
	name: 'fixture',
	maxBytes: 100 * 1024,
	readme: [
		'The test fixture\'s recorded testimony: fictional people, voiced by the espeak-ng speech synthesiser',
		'over a very quiet tone bed, encoded as mono 32 kbit/s MP3 at 22050 Hz with no tags. Do not edit these',
		'files by hand: change scripts/sample-audio/fixture-recordings.ts and run the command again.',
		'One word of a-seat-by-the-window (see that script) is said once and written nowhere else in this',
		'fixture, for the test that search finds a word said only in a transcript; this README does not repeat it.',
		'The durations below are counted from the MP3 frames, as a browser reports them; the last cue of each',
		'caption file ends about 0.7 s before them.',
	].join('\n'),
	recordings: [
		{
			kind: 'testimony',
			name: 'a-seat-by-the-window',
			describes: 'Claire answers two questions about coming back to ordinary places (five cues, two speakers).',
			cues: [
				{ speaker: interviewer, english: 'Claire, what was hardest afterwards?', arabic: 'كلير، ما الذي كان أصعب عليكِ بعد ذلك؟' },
				{ speaker: claire, english: 'The ordinary places. A bakery queue, the tram, a café table.', arabic: 'الأماكن العادية: طابور المخبز، والترام، وطاولة في مقهى.' },
				{ speaker: interviewer, english: 'Who helped you back?', arabic: 'من ساعدكِ على العودة؟' },
				{ speaker: claire, english: 'My friend Inès. Every Sunday, one more step. She was my lamplighter.', arabic: 'صديقتي إينيس. في كل يوم أحد، خطوة أخرى. كانت تُضيء لي الطريق، قنديلًا بعد قنديل.' },
				{ speaker: claire, english: 'Now I sit by the window again.', arabic: 'والآن أجلس قرب النافذة من جديد.' },
			],
		},
		{
			kind: 'tone',
			name: 'withdrawn-testimony',
			describes: 'A few seconds of quiet tone, for the story whose teller withdrew consent: a file that must never be published.',
			seconds: 2.5,
		},
		{
			kind: 'tone',
			name: 'bell-for-the-silence',
			describes: 'A few seconds of quiet tone, played on the page of an event (the 2020 day of remembrance), which the event page\'s player and the live stream\'s pointer to the recording are tested with.',
			seconds: 2.5,
		},
	],
};
