import type { notesEn } from './en-notes';

export const notesBn: Record<keyof typeof notesEn, string> = {
  'notes.title': 'আপনি কী দেখছেন',
  'notes.icsTitle': 'Internal covariate shift',
  'notes.ics':
    'প্রতিটি layer তার আগের layer-গুলোর output-এর ওপর শেখে। সেগুলোর weights বদলালে এই layer-এর input-এর বিন্যাসও বদলে যায় (Ioffe ও Szegedy, 2015): layer-টি একটি চলমান লক্ষ্যের পেছনে ছুটতে থাকে। দেখুন, BN ছাড়া যমজের percentile রেখাগুলো ঘুরে বেড়ায়, আর BN সহ যমজেরগুলো স্থির থাকে।',
  'notes.computesTitle': 'Batch Norm কী হিসাব করে',
  'notes.computes':
    'একটি mini-batch B জুড়ে প্রতিটি feature-এর জন্য: mean μ<sub>B</sub> ও variance σ²<sub>B</sub>, normalize করা মান x̂ = (x − μ<sub>B</sub>) / √(σ²<sub>B</sub> + ε), এবং output y = γ·x̂ + β। γ ও β অন্য যেকোনো weight-এর মতো gradient descent দিয়ে শেখা হয় (γ ← γ − η ∂L/∂γ)। প্রতিটি feature-এ একটি BN layer চারটি সংখ্যা রাখে: γ, β, এবং running mean ও variance।',
  'notes.modesTitle': 'Training বনাম test mode',
  'notes.modes':
    'Training-এ batch-এর নিজের statistics ব্যবহার হয়। Test time-এ BN training-এর সময় রাখা μ ও σ²-এর running average ব্যবহার করে, তাই একটি উদাহরণের prediction সেটি কোন batch-এ এসেছে তার ওপর নির্ভর করে না। এখানকার test রেখাগুলো সেই mode ব্যবহার করে।',
  'notes.secondTitle': 'দ্বিতীয় একটি দৃষ্টিভঙ্গি',
  'notes.second':
    'Santurkar et al. (2018) যুক্তি দেন যে BN covariate shift দূর করে যতটা না সাহায্য করে, তার চেয়ে বেশি সাহায্য করে loss landscape-কে মসৃণ করে। Optimization panel একই run-এ দুটি দৃষ্টিভঙ্গিই মাপে। তাঁদের internal covariate shift হলো, শুধু আগের layer-গুলো তাদের ধাপ নিলে একটি layer-এর gradient কতটা বদলায় (‖G − G′‖/‖G‖, এবং G ও G′-এর cosine): BN যদি shift দূর করে কাজ করত, BN সহ এটি ছোট হতো। তাঁদের smoothness হলো gradient বরাবর loss ও তার gradient কতটা বদলায় (¼η থেকে 4η পর্যন্ত loss band, gradient predictiveness, β-smoothness): BN যদি মসৃণ করে কাজ করে, BN সহ এগুলো ছোট হয়। ইচ্ছে করে বিন্যাস সরানো অথচ তবুও train হওয়া একটি নেটওয়ার্ক দেখতে noisy BN যোগ করুন (setup-এ নেটওয়ার্কের দল)। Drift-এর readout, এই মাপগুলো ও loss রেখাগুলো তুলনা করুন, আর নিজেই বিচার করুন।',
};
