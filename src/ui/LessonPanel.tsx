import { useState } from 'react';
import {
  LESSON_LIMITS,
  questionsFromText,
  questionsToText,
  readLesson,
} from '../experiment/lesson';
import { useLab, useLabClient } from './LabContext';
import { useT } from './language';
import { say, type Said } from '../i18n/translate';
import { Prediction } from './Prediction';

/**
 * A teacher's lesson, shown first when a link or file brings one: its title, its note and its
 * questions, each asked before the run answers it. Text only: nothing in it is markup.
 */
export function LessonPanel() {
  const t = useT();
  const lesson = useLab((s) => s.settings.lesson);
  const [answers, setAnswers] = useState<Record<number, string>>({});
  if (!lesson) return null;
  return (
    <section className="lesson-panel" aria-labelledby="lesson-title" data-tour="lesson">
      <h2 id="lesson-title">
        {t.t('teach.lessonTitle', { title: lesson.title || t.t('teach.untitled') })}
      </h2>
      {lesson.note && <p className="lesson-note">{lesson.note}</p>}
      {lesson.questions.map((q, i) => (
        <Prediction
          key={`${i}-${q.prompt}`}
          prompt={q.prompt}
          choices={q.choices}
          answer={answers[i] ?? null}
          onAnswer={(choice) => setAnswers((a) => ({ ...a, [i]: choice }))}
        />
      ))}
    </section>
  );
}

/**
 * Writes the lesson a link and an exported file carry with the setup: a title, a note and
 * questions (one block each: the prompt, then a line per choice starting with "-").
 */
export function LessonEditor() {
  const client = useLabClient();
  const t = useT();
  const lesson = useLab((s) => s.settings.lesson);
  const [title, setTitle] = useState(lesson?.title ?? '');
  const [note, setNote] = useState(lesson?.note ?? '');
  const [questions, setQuestions] = useState(questionsToText(lesson?.questions ?? []));
  const [problems, setProblems] = useState<Said[]>([]);
  const save = () => {
    const read = readLesson({ title, note, questions: questionsFromText(questions) });
    setProblems(read.errors);
    if (read.errors.length === 0) client.setPage({ lesson: read.lesson });
  };
  return (
    <fieldset className="group lesson-editor">
      <legend>{t.t('teach.editorLegend')}</legend>
      <label className="field">
        {t.t('teach.titleLabel')}
        <input
          value={title}
          maxLength={LESSON_LIMITS.title}
          onChange={(e) => setTitle(e.currentTarget.value)}
        />
      </label>
      <label className="field">
        {t.t('teach.noteLabel')}
        <textarea
          rows={3}
          value={note}
          maxLength={LESSON_LIMITS.note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
      </label>
      <label className="field">
        {t.t('teach.questionsLabel')}
        <textarea
          rows={5}
          value={questions}
          onChange={(e) => setQuestions(e.currentTarget.value)}
        />
      </label>
      {problems.length > 0 && (
        <p className="problem" role="alert">
          {problems.map((problem) => say(t, problem)).join('; ')}
        </p>
      )}
      <div className="buttons">
        <button type="button" onClick={save}>
          {t.t('teach.save')}
        </button>
        {lesson && (
          <button type="button" onClick={() => client.setPage({ lesson: null })}>
            {t.t('teach.remove')}
          </button>
        )}
      </div>
      <p className="hint">{t.t('teach.saveHint')}</p>
    </fieldset>
  );
}
