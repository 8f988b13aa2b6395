import type { teachEn } from './en-teach';

export const teachBn: Record<keyof typeof teachEn, string> = {
  'teach.lessonTitle': 'পাঠ: {title}',
  'teach.untitled': 'শিরোনাম নেই',
  'teach.editorLegend': 'এই setup-এর সঙ্গে একটি পাঠ',
  'teach.titleLabel': 'পাঠের শিরোনাম',
  'teach.noteLabel': 'ক্লাসের জন্য নোট',
  'teach.questionsLabel':
    'প্রশ্ন (প্রথমে প্রশ্নটি, তারপর প্রতিটি উত্তরের জন্য “-” দিয়ে শুরু হওয়া একটি লাইন; দুটি প্রশ্নের মাঝে একটি ফাঁকা লাইন)',
  'teach.save': 'পাঠটি সংরক্ষণ করুন',
  'teach.remove': 'পাঠটি সরিয়ে দিন',
  'teach.saveHint':
    'সংরক্ষণ করলে পাঠটি পেজের link-এ (Link কপি করুন) আর setup export-এ থাকে; যেকোনোটি খুললে আগে নোট আর প্রশ্নগুলো দেখা যায়।',
  'teach.predictThenLook': 'আগে অনুমান, তারপর দেখা:',
  'teach.predicted': 'আপনার অনুমান: {answer}। Run-ই এর উত্তর দেবে।',
  'teach.skipped': 'আপনি অনুমান করেননি। Run-ই এর উত্তর দেবে।',
  'teach.predictFirst': 'আগে অনুমান করুন:',
  'teach.lockIn': 'আমার অনুমান চূড়ান্ত করুন',
  'teach.skip': 'বাদ দিয়ে দেখান',
};
