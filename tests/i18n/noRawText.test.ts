import { RuleTester } from 'eslint';
import { describe, it } from 'vitest';
import { noRawText } from '../../eslint/noRawText.js';

// RuleTester reports through the test framework's describe and it.
RuleTester.describe = describe;
RuleTester.it = it;

const tester = new RuleTester({
  languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
});

tester.run('lab/no-raw-text', noRawText, {
  valid: [
    { code: 'const a = <p>{t.t("app.lede")}</p>;' },
    { code: 'const a = <button aria-label={t.t("views.label")}>→</button>;' },
    { code: 'const a = <span>{value} · η = {rate}</span>;' },
    { code: 'const a = <div className="top" data-testid="step" />;' },
    { code: 'const a = <output>×</output>;' },
  ],
  invalid: [
    { code: 'const a = <p>Press Play</p>;', errors: [{ messageId: 'text' }] },
    { code: 'const a = <p>চালান</p>;', errors: [{ messageId: 'text' }] },
    { code: 'const a = <nav aria-label="Views" />;', errors: [{ messageId: 'attribute' }] },
    { code: 'const a = <E what={`The ${x} view`} />;', errors: [{ messageId: 'attribute' }] },
    { code: 'const a = <D summary={"Share, export"} />;', errors: [{ messageId: 'attribute' }] },
  ],
});
