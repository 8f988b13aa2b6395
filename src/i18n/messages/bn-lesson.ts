import type { lessonEn } from './en-lesson';

export const lessonBn: Record<keyof typeof lessonEn, string> = {
  'lesson.pressPlay': '“চালান” চাপুন (বা Space), আর η = {eta}-এ loss ও accuracy-র chart দেখুন।',
  'lesson.now': 'η = {eta}-এ: {plain}; {batchNorm}।',
  'lesson.notStarted':
    '{twin, select, plain {BN ছাড়া যমজটিকে} other {BN সহ যমজটিকে}} এখনো মূল্যায়ন করা হয়নি',
  'lesson.blewUp':
    '{twin, select, plain {BN ছাড়া যমজটি} other {BN সহ যমজটি}} ধাপ {step, number}-এ blow up করেছে',
  'lesson.atChance':
    '{twin, select, plain {BN ছাড়া যমজটি} other {BN সহ যমজটি}} শিখছে না (loss {loss}; সবসময় একই উত্তর দিলে score হয় {chance})',
  'lesson.trainsLoss':
    '{twin, select, plain {BN ছাড়া যমজটি} other {BN সহ যমজটি}} train হয় (loss {loss})',
  'lesson.trainsAccuracy':
    '{twin, select, plain {BN ছাড়া যমজটি} other {BN সহ যমজটি}} train হয় ({on, select, test {test} other {training}} accuracy {accuracy, number, ::percent})',
  'lesson.learningLoss':
    '{twin, select, plain {BN ছাড়া যমজটি} other {BN সহ যমজটি}} এখনো শিখছে (loss {loss})',
  'lesson.learningAccuracy':
    '{twin, select, plain {BN ছাড়া যমজটি} other {BN সহ যমজটি}} এখনো শিখছে ({on, select, test {test} other {training}} accuracy {accuracy, number, ::percent})',
  'lesson.nextDownBn':
    'এরপর চেষ্টা করুন: η কমিয়ে {bn}-এ আনুন: সেখানে BN সহ যমজটি train হয়, BN ছাড়াটি হয় না (সেটি {plain} পর্যন্ত train হয়) — BN-এর সুবিধা হলো train হওয়া learning rate-এর পরিসর ({source, select, preset {এই setup-এর জন্য মাপা} other {এখানে মাপা}}, {seeds, number}টি seed জুড়ে)।',
  'lesson.nextDownBoth':
    'এরপর চেষ্টা করুন: η কমিয়ে {plain}-এ আনুন, যেখানে band দেখায় দুটি যমজই train হয় — BN-এর সুবিধা হলো train হওয়া learning rate-এর পরিসর (BN সহ {bn} পর্যন্ত, BN ছাড়া {plain} পর্যন্ত; {source, select, preset {এই setup-এর জন্য মাপা} other {এখানে মাপা}}, {seeds, number}টি seed জুড়ে)।',
  'lesson.nextUp':
    'এরপর চেষ্টা করুন: η বাড়িয়ে {plain} পার করুন, যেখানে BN ছাড়া যমজটির band শেষ হয়; BN সহ যমজটির band চলে {bn} পর্যন্ত ({source, select, preset {এই setup-এর জন্য মাপা} other {এখানে মাপা}}, {seeds, number}টি seed জুড়ে)।',
  'lesson.plainHigher':
    'এখানে BN ছাড়া যমজটি BN-এর চেয়ে বেশি learning rate সহ্য করে ({plain} পর্যন্ত, BN {bn} পর্যন্ত; {source, select, preset {এই setup-এর জন্য মাপা} other {এখানে মাপা}}, {seeds, number}টি seed জুড়ে): দেখতে η {bn} পার করুন।',
  'lesson.same':
    'এই setup-এ দুটি যমজই η = {plain} পর্যন্ত train হয় ({source, select, preset {এই setup-এর জন্য মাপা} other {এখানে মাপা}}, {seeds, number}টি seed জুড়ে)।',
};
