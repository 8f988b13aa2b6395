import type { problemsEn } from './en-problems';

export const problemsBn: Record<keyof typeof problemsEn, string> = {
  'problem.text': 'লেখা হতে হবে',
  'problem.textLength': 'সর্বোচ্চ {max, number}টি অক্ষর, পাওয়া গেছে {count, number}টি',
  'problem.lessonObject': 'শিরোনাম, নোট ও প্রশ্নসহ একটি object হতে হবে',
  'problem.notInLesson': 'পাঠের অংশ নয়',
  'problem.list': 'একটি তালিকা হতে হবে',
  'problem.tooManyQuestions':
    'সর্বোচ্চ {max, number}টি, পাওয়া গেছে {count, number}টি; প্রথম {max, number}টি রাখা হলো',
  'problem.tooManyChoices': 'সর্বোচ্চ {max, number}টি; প্রথম {max, number}টি রাখা হলো',
  'problem.noPrompt': 'কোনো প্রশ্ন লেখা নেই',
  'problem.lessonLink': 'link-এ সর্বোচ্চ {max, number}টি অক্ষর, পাওয়া গেছে {count, number}টি',
  'problem.lessonJson': 'পড়া যায় না (JSON নয়)',
  'link.broken': 'এর %-সংকেত ভাঙা (UTF-8 নয়); preset-এর মান নেওয়া হলো',
  'link.noPreset': '"{name}" নামে কোনো preset নেই; {preset} নেওয়া হলো',
  'link.unknownField': 'চেনা কোনো field নয়',
  'link.unnamed': '(নামহীন একটি অংশ)',
  'link.inFile':
    'যে experiment file থেকে এই link বানানো, সেটিতে আছে (link-এর জন্য খুব বড়): সেটি পেতে ওই file import করুন',
  'link.setting': 'Link-এর setting {problem} — তার বদলে preset-এর মান নেওয়া হলো।',
  'link.more':
    'Link-এর আরও {count, number}টি setting নেওয়া হয়নি (সেগুলোর বদলে preset-এর মান নেওয়া হলো)।',
  'link.pageSetting': 'Link-এর setting {problem}।',
  'link.pageMore': 'Link-এর পাতার setting-এ আরও {count, plural, other {#টি সমস্যা}}।',
  'link.brokenPage':
    'এর %-সংকেত ভাঙা (UTF-8 নয়); {key, select, view {{view} দেখানো হলো} tour {ট্যুর বন্ধ থাকল} claim {কোনো কার্ড বাছা হলো না} other {কোনো পাঠ দেখানো হলো না}}',
  'link.noView': '"{name}" নামে কোনো view নেই ({views}-এর একটি); {view} দেখানো হলো',
  'link.tourStep': '{first, number} থেকে {last, number}-এর মধ্যে একটি ধাপ, "{value}" নয়',
  'link.noLanguage': '"{value}" নামে কোনো ভাষা নেই ({languages}-এর একটি); পাতা তার ভাষাতেই থাকল',
  'link.claimId': '"{value}" কোনো দাবির পরিচয়-চিহ্নের রূপ নয় (ছোট হাতের অক্ষর, অঙ্ক, -)',
  'file.tooLarge':
    'file-টি {size, number, ::.0} MB; একটি experiment file সর্বোচ্চ {max, number} MB হতে পারে',
  'file.tableTooLarge':
    'file-টি {size, number, ::group-off} MB; একটি table সর্বোচ্চ {max, number, ::group-off} MB হতে পারে',
  'file.notJson': 'file-টি JSON নয় ({reason})',
  'file.oneObject': 'file-এ একটিই JSON object থাকতে হবে, একটি experiment',
  'file.unreadable': '{name} পড়া গেল না।',
  'file.refused': '{name} import করা গেল না: {reasons}। Setup যেমন ছিল তেমনই আছে।',
  'file.refusedCount':
    '{name} import করা গেল না: {count, plural, other {#টি setting}} ঠিক নয়: {reasons}। Setup যেমন ছিল তেমনই আছে।',
  'file.more': 'এবং আরও {count, plural, other {#টি সমস্যা}}',
  'file.notTable': '{name} table হিসেবে পড়া গেল না: {reason}। Setup যেমন ছিল তেমনই আছে।',
  'file.unchanged': '{reason}। Setup যেমন ছিল তেমনই আছে।',
  'file.theFile': 'file-টি',
  'file.pasted': 'পেস্ট করা table',
  'file.reading': '{name} পড়া হচ্ছে…',
  'file.readingShare': '{name} পড়া হচ্ছে… {size, number, ::.0} MB-এর {share, number}%',
  'file.readingAgain': 'Table আবার পড়া হচ্ছে…',
  'file.preparing': '{name} তৈরি করা হচ্ছে…',
  'tableError.binary': 'file-টি binary, লেখার table নয়',
  'tableError.noRows': 'file-এ কোনো সারি নেই',
  'tableError.rowWidth':
    '{line, number, ::group-off} নম্বর সারিতে {count, plural, other {#টি ঘর}}; প্রথম সারিতে {width, number, ::group-off}টি',
  'tableError.tooManyRows':
    'এতে {max, number}টির বেশি সারি আছে; এখানে সর্বোচ্চ {limit, number}টি train হয়',
  'tableError.noTable': 'কোনো table পড়া হয়নি',
  'tableError.oneColumn': 'table-এ একটিই কলাম: একটি feature কলাম ও একটি label কলাম লাগে',
  'tableError.noFeature': 'অন্তত একটি feature কলাম বাছুন',
  'tableError.noColumn':
    '{column, number, ::group-off} নম্বর কলাম নেই (table-এ {width, number, ::group-off}টি কলাম)',
  'tableError.noColumnNamed': '"{name}" নামে কোনো কলাম নেই (কলামগুলো: {known})',
  'tableError.labelFeature': 'label কলাম "{name}" একই সঙ্গে feature হতে পারে না',
  'tableError.fewRows':
    'মাত্র {count, plural, other {#টি সারি}} কাজে লাগে ({dropped, number, ::group-off}টিতে কোনো মান নেই বা মান সংখ্যা নয়); অন্তত {min, number, ::group-off}টি লাগে',
  'tableError.manyRows':
    '{count, number, ::group-off}টি সারি; এখানে সর্বোচ্চ {max, number, ::group-off}টি train হয়',
  'tableError.inputs':
    'feature-গুলো থেকে {inputs, number, ::group-off}টি input হয় (শ্রেণিগুলো one-hot); সর্বোচ্চ {max, number, ::group-off}টি',
  'tableError.constant': 'ব্যবহৃত সারিগুলোতে প্রতিটি feature ধ্রুবক: শেখার মতো কিছু নেই',
  'tableError.oneClass': 'label কলাম "{name}"-এ একটিই class ({value})',
  'tableError.binaryClasses':
    'label কলাম "{name}"-এ {count, number, ::group-off}টি class; দুই-class কাজে 2টি লাগে',
  'tableError.manyClasses': 'label কলাম "{name}"-এ {count, number}টি class; সর্বোচ্চ {max, number}টি',
  'tableData.line':
    '{name}: {total, number}টি সারির {used, number}টি ব্যবহৃত{dropped}; {inputs, plural, other {#টি input}}; {classes}',
  'tableData.dropped':
    ' ({count, number}টি বাদ, কোনো মান নেই বা মান সংখ্যা নয়: {count, plural, other {লাইন}} {lines}{more, select, yes {, …} other {}})',
  'tableData.regression': 'regression',
  'tableData.classes': '{task, select, binary {দুই-class} other {বহু-class}}: {classes}',
  'rows.fewest': 'একটি table-এ অন্তত {min, number}টি সারি লাগে।',
  'rows.batch':
    'সারি সরানো যাবে না: {rows, number, ::group-off}টি সারি থাকলে {train, number, ::group-off}টি train হবে, batch-এর {batch, number, ::group-off}-এর চেয়ে কম। আগে batch-এর মাপ কমান।',
  'ownData.noStorage': 'এই browser পাতার জন্য কিছুই রাখে না (ব্যক্তিগত উইন্ডো, বা সংরক্ষণ বন্ধ)',
  'ownData.tooLarge':
    '{size, number, ::group-off} MB সারি, এই পাতা এই ডিভাইসে যত রাখে ({max, number, ::group-off} MB) তার চেয়ে বেশি',
  'ownData.refused': 'browser সেগুলো রাখতে দেয়নি ({error})',
  'ownData.forgotten': 'আপনি এই ডিভাইসকে সেগুলো ভুলে যেতে বলেছেন',
  'worker.silent':
    '{seconds, number, ::group-off} s ধরে সাড়া দেয়নি: খুব লম্বা একটি ধাপে ব্যস্ত, বা বন্ধ হয়ে গেছে',
  'worker.noReason': 'training worker থেমে গেছে',
  'app.keptLink':
    'আপনার setup পাতার link-এ আছে: পাতা আবার লোড করলে সেখান থেকেই শুরু হয় (run নিজে আবার গোড়া থেকে শুরু হয়)।',
};
