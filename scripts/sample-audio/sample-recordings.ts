import type { RecordingSet, Speaker } from './testimony';

const pieter: Speaker = { name: 'Pieter', arabicName: 'بيتر', voice: 'en-gb+m3' };

/**
 * The sample archive's recording, in content/media/: Pieter, the fictional narrator of "Learning to
 * walk again", tells the story's arc in his own words. It stays calm and gives no detail of the
 * attack itself, as a testimony on a memorial site should.
 */
export const SAMPLE_RECORDINGS: RecordingSet = {
	name: 'sample',
	maxBytes: 200 * 1024,
	recordings: [
		{
			kind: 'testimony',
			name: 'learning-to-walk-again',
			describes: 'Pieter, the narrator of "Learning to walk again", on hospital, rehabilitation and the school gate (seven cues).',
			cues: [
				{ speaker: pieter, english: 'My name is Pieter. I was waiting for the tram to work, like every morning.', arabic: 'اسمي بيتر. كنتُ أنتظر الترام في طريقي إلى العمل، كما في كل صباح.' },
				{ speaker: pieter, english: 'I spent four months in hospital, and almost a year learning to walk again.', arabic: 'أمضيتُ أربعة أشهر في المستشفى، وقرابة عام أتعلّم المشي من جديد.' },
				{ speaker: pieter, english: 'First to stand. Then three steps between two bars. Then ten.', arabic: 'أولًا الوقوف. ثم ثلاث خطوات بين عارضتين. ثم عشر.' },
				{ speaker: pieter, english: 'A man of seventy became my friend there. We raced between the bars. He always won.', arabic: 'صار رجلٌ في السبعين صديقي هناك. كنّا نتسابق بين العارضتين، وكان يفوز دائمًا.' },
				{ speaker: pieter, english: 'A social worker read every letter before I did, so I did not have to tell the worst day again.', arabic: 'كانت موظفة اجتماعية تقرأ كل رسالة قبلي، فلم أضطرّ إلى رواية أسوأ أيامي مرة أخرى.' },
				{ speaker: pieter, english: 'Two years later, I walked my daughter to school, with a stick. She held my other hand, and the other parents applauded.', arabic: 'بعد عامين، رافقتُ ابنتي مشيًا إلى المدرسة، متّكئًا على عصا. أمسكَت هي بيدي الأخرى، وصفّق لنا الأهالي الآخرون.' },
				{ speaker: pieter, english: 'To anyone learning to walk again: the three steps count. Count them.', arabic: 'إلى كل من يتعلّم المشي من جديد: الخطوات الثلاث تُحسَب. فاحسبوها.' },
			],
		},
	],
};
