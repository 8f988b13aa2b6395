/** A teacher's lesson (src/ui/LessonPanel.tsx) and its predictions (src/ui/Prediction.tsx). */
export const teachEn = {
  'teach.lessonTitle': 'Lesson: {title}',
  'teach.untitled': 'untitled',
  'teach.editorLegend': 'A lesson with this setup',
  'teach.titleLabel': 'Lesson title',
  'teach.noteLabel': 'Note for the class',
  'teach.questionsLabel':
    'Questions (a prompt, then one line per choice starting with “-”; a blank line between questions)',
  'teach.save': 'Save the lesson',
  'teach.remove': 'Remove the lesson',
  'teach.saveHint':
    'Saved, the lesson rides in the page’s link (Copy link) and in Export setup; opening either shows the note and the questions first.',
  'teach.predictThenLook': 'Predict, then look:',
  'teach.predicted': 'You predicted: {answer}. The run answers it.',
  'teach.skipped': 'You skipped the prediction. The run answers it.',
  'teach.predictFirst': 'Predict first:',
  'teach.lockIn': 'Lock in my prediction',
  'teach.skip': 'Skip and show',
} as const;
