/** The CLI's settings (issue 10): flags, `.debt.json` / `.vscode/settings.json` in the case file's folder or above. */
import * as assert from 'assert';
import * as path from 'path';
import { extractSettingFlags, findSettingsFile, settingsForFile, stripJsonComments } from '../../../src/cli-settings';
import { analyze } from '../../../src/core/analyze';
import { settingsFromConfig } from '../../../src/lsp/settings';
import { main } from '../../../src/cli';
import * as fs from 'fs';
import * as os from 'os';

const root = path.resolve('/cases');
const files = (map: Record<string, string>) => (f: string) => map[path.resolve(f)];

describe('CLI settings', () => {
  it('every setting flag, in both forms, taken out of argv', () => {
    const r = extractSettingFlags(['check', 'a.debt', '--small-claims-threshold', '50000', '--grace-days=10', '--cash-warn', '20000',
      '--warn-days', '60', '--overdue-lpr-date', 'filing', '--no-old-rules', '--json']);
    assert.deepStrictEqual(r.rest, ['check', 'a.debt', '--json']);
    assert.deepStrictEqual(r.flags, {
      smallClaimsThreshold: '50000', onDemandGraceDays: 10, cashWarnAmount: '20000', limitationWarnDays: 60,
      overdueLprDate: 'filing', applyOldRulesBefore20200820: false,
    });
    assert.deepStrictEqual(r.errors, []);
    assert.strictEqual(extractSettingFlags(['--old-rules']).flags.applyOldRulesBefore20200820, true);
  });

  it('bad values are errors, one per flag, naming the flag', () => {
    const r = extractSettingFlags(['--grace-days', 'ten', '--overdue-lpr-date', 'today', '--cash-warn']);
    assert.strictEqual(r.errors.length, 3);
    assert.match(r.errors[0], /^--grace-days: 应为天数.*not valid: ten/);
    assert.match(r.errors[1], /^--overdue-lpr-date: 应为 first-overdue-day 或 filing/);
    assert.match(r.errors[2], /^--cash-warn: .*missing value/);
  });

  it('.debt.json in a folder above the case file; the nearest file wins; .debt.json before .vscode/settings.json', () => {
    const read = files({
      [`${root}/.debt.json`]: '{ "smallClaims": { "threshold": "40000" } }',
      [`${root}/a/.vscode/settings.json`]: '{ "debt.limitation.onDemandGraceDays": 15 }',
    });
    assert.deepStrictEqual(findSettingsFile(`${root}/b/x.debt`, read)?.config, { smallClaims: { threshold: '40000' } });
    assert.deepStrictEqual(findSettingsFile(`${root}/a/x.debt`, read)?.config, { limitation: { onDemandGraceDays: 15 } });
    assert.strictEqual(findSettingsFile('/elsewhere/x.debt', files({})), undefined);
  });

  it('the debt section of .vscode/settings.json, with comments and trailing commas, nested or dotted', () => {
    const read = files({ [`${root}/.vscode/settings.json`]: `{
      // editor settings
      "editor.tabSize": 2,
      "debt": { "evidence": { "cashWarnAmount": "30000" } }, /* the lawyer's own */
      "debt.interest.applyOldRulesBefore20200820": false,
    }` });
    assert.deepStrictEqual(settingsFromConfig(findSettingsFile(`${root}/x.debt`, read)!.config),
      { cashWarnAmount: '30000', applyOldRulesBefore20200820: false });
  });

  it('flags win over the file; a broken file is reported, not thrown', () => {
    const read = files({ [`${root}/.debt.json`]: '{ "limitation": { "warnDays": 30, "onDemandGraceDays": 20 } }' });
    assert.deepStrictEqual(settingsForFile(`${root}/x.debt`, { limitationWarnDays: 60 }, read).settings, { limitationWarnDays: 60, onDemandGraceDays: 20 });
    const broken = settingsForFile(`${root}/x.debt`, {}, files({ [`${root}/.debt.json`]: '{ "limitation": ' }));
    assert.match(broken.error!, /\.debt\.json: 不是有效的 JSON/);
    assert.deepStrictEqual(broken.settings, {});
  });

  it('strings keep // and /* inside them', () => {
    assert.strictEqual(JSON.parse(stripJsonComments('{ "a": "http://x/*y*/", // c\n "b": 1, }')).a, 'http://x/*y*/');
  });

  it('a threshold from .debt.json makes DEBT602 reachable (claim 11,216.44 within 20,000)', () => {
    const { settings } = settingsForFile(`${root}/x.debt`, {}, files({ [`${root}/.debt.json`]: '{ "smallClaims": { "threshold": "20000" } }' }));
    const text = `案件 测试 { 法院 某某人民法院 起诉日 2024-01-15 原告 甲 { 自然人 } 被告 乙 { 自然人 }
  借款 L { 出借人 甲 借款人 乙 交付 2023-01-10 10000元 转账 到期 2023-06-30 利率 12% } }`;
    const d = analyze('file:///cases/x.debt', text, { read: () => undefined }, { settings }).diagnostics.find((x) => x.code === 'DEBT602');
    // 10,000 + 565.48 + 650.96 = 11,216.44 (law/procedure.test.ts)
    assert.match(d!.message, /标的额11,216\.44元不超过小额诉讼标准20,000\.00元/);
  });

  it('debt check reads .debt.json from the folder above and the flags override it (DEBT602 from the CLI)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'debt-settings-'));
    try {
      fs.mkdirSync(path.join(dir, 'cases'));
      const file = path.join(dir, 'cases', 'x.debt');
      fs.writeFileSync(file, `案件 测试 { 法院 某某人民法院 起诉日 2024-01-15 原告 甲 { 自然人 } 被告 乙 { 自然人 }
  借款 L { 出借人 甲 借款人 乙 交付 2023-01-10 10000元 转账 到期 2023-06-30 利率 12% } }`);
      fs.writeFileSync(path.join(dir, '.debt.json'), '{ "smallClaims": { "threshold": "20000" } }');
      const check = (...extra: string[]) => { let out = '', err = ''; const code = main(['check', file, ...extra], (x) => { out += x; }, (x) => { err += x; }); return { code, out, err }; };
      assert.match(check().out, /information DEBT602 标的额11,216\.44元不超过小额诉讼标准20,000\.00元/);
      assert.doesNotMatch(check('--small-claims-threshold', '10000').out, /DEBT602/);
      const bad = check('--warn-days', 'soon');
      assert.strictEqual(bad.code, 2);
      assert.match(bad.err, /^--warn-days: 应为天数/);
    } finally { fs.rmSync(dir, { recursive: true, force: true }); }
  });
});
