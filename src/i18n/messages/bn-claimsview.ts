import type { claimsViewEn } from './en-claimsview';

export const claimsViewBn: Record<keyof typeof claimsViewEn, string> = {
  'claims.title': 'BN-এর গবেষণাপত্রগুলো যা দাবি করে, এখানে আবার মাপা',
  'claims.intro':
    'প্রতিটি কার্ডে আছে একটি প্রকাশিত দাবি ও তার উৎস, যে setup-এ আমরা সেটি পরীক্ষা করি ও সেটি paper-এর থেকে কোথায় আলাদা, এবং ফল আসার আগেই লেখা যে মানদণ্ডে রায় দেওয়া হয়। রায়টি পাতার সঙ্গে দেওয়া run-গুলো থেকে হিসাব করা; <em>এখানে আবার চালান</em> একই code দিয়ে এই browser-এ সেগুলো আবার train করে।',
  'claims.unknown':
    'লিংকে “{claim}” নামে একটি দাবির কথা আছে যা এই সংগ্রহে নেই; সবগুলো ({count, number}টি) নিচে আছে।',
  'claims.failed': 'দেওয়া ফলগুলো লোড হয়নি: {message}',
  'claims.loading': 'দেওয়া ফলগুলো লোড হচ্ছে…',
  'claims.caption': '{caption}: {seeds, number}টি seed জুড়ে মধ্যমা, আর (বন্ধনীতে) seed-গুলো জুড়ে পরিসর',
  'claims.measure': 'মাপ',
  'claims.verdict': 'রায়',
  'claims.verdictOf': '{label}: ',
  'claims.holds': 'এখানে খাটে',
  'claims.partly': 'আংশিক খাটে',
  'claims.not': 'এখানে খাটে না',
  'claims.differsNot':
    'এখানে মাপ paper-এর সঙ্গে মেলে না: ওপরে আমাদের setup কোথায় আলাদা তা মিলিয়ে পড়ুন।',
  'claims.differsPartly':
    'এখানে মাপ paper-এর সঙ্গে শুধু আংশিক মেলে: ওপরে আমাদের setup কোথায় আলাদা তা মিলিয়ে পড়ুন।',
  'claims.heading': '{number, number}. {source}',
  'claims.ourSetup': 'আমাদের setup',
  'claims.differs': 'Paper-এর থেকে কোথায় আলাদা',
  'claims.criterion': 'মানদণ্ড, ফলের আগেই বলা',
  'claims.shipped': 'মাপা (পাতার সঙ্গে দেওয়া)',
  'claims.notMeasured':
    'এখনো মাপা হয়নি: এই কার্ডের setup অনুযায়ী কোনো দেওয়া ফল নেই। এখানে আবার চালান।',
  'claims.rerunning': 'আবার চলছে: {total, number}টি run-এর {done, number}টি',
  'claims.cancel': 'আবার চালানো বাতিল করুন',
  'claims.rerun': 'এখানে আবার চালান',
  'claims.link': 'এই কার্ডের লিংক',
  'claims.linkCopied': 'লিংক copy হয়েছে।',
  'claims.linkInBar': 'ঠিকানার ঘর এখন এই কার্ডের লিংক দেখাচ্ছে।',
  'claims.cancelled': 'আবার চালানো বাতিল হয়েছে।',
  'claims.rerunFailed': 'আবার চালানো ব্যর্থ হয়েছে: {message}',
  'claims.same': 'এখানে আবার চালানো: দেওয়া ফলের সঙ্গে শেষ অঙ্ক পর্যন্ত একই সংখ্যা।',
  'claims.different': 'এখানে আবার চালানো: সংখ্যাগুলো দেওয়া ফলের থেকে আলাদা (নিচে)।',
  'claims.rerunVerdict': 'আবার চালানোর রায়',
};
