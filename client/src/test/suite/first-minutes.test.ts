/**
 * Issue 19, the commands a new lawyer touches first: the preview's 「打印」 opens the document in the system browser;
 * 生成起诉状 / 生成文书 use the form and document the preview shows; the 本息合计 lens writes nothing; a party's rename
 * offers to update the case title; 新建案件 suggests the court from the domiciles. The dialogs are answered through the
 * extension's `prompts` (client/src/prompts.ts), which records what was asked.
 * The case is samples/loan-basic.debt (loan.debt in the fixture workspace): outstanding principal 49,975.34 (50,000.00
 * less the 24.66 of the 3,000.00 repayment left after interest of 2,975.34; worked out in documents.test.ts).
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { waitFor, workspace } from './wait';

const CASE = '张三诉李四民间借贷纠纷';

interface Prompts {
  confirm(question: string, yes: string): Promise<boolean>;
  openExternal(target: vscode.Uri): Promise<boolean>;
  info(message: string, ...actions: string[]): Promise<string | undefined>;
  input(options: vscode.InputBoxOptions): Promise<string | undefined>;
}
interface Api { prompts: Prompts; preview: { last?: { caseName: string } } }

async function exists(uri: vscode.Uri): Promise<boolean> {
  try { await vscode.workspace.fs.stat(uri); return true; } catch { return false; }
}
const text = async (uri: vscode.Uri) => Buffer.from(await vscode.workspace.fs.readFile(uri)).toString('utf8');
const ELEMENT = '为了方便您参加诉讼'; // the 要素式 form's printed instructions (法〔2025〕82号)
const TRADITIONAL = '原告：张三，'; // the traditional form opens with the parties in sentences

describe('issue 19: the commands of the first ten minutes', () => {
  let api: Api;
  let saved: Prompts;
  const loan = () => vscode.Uri.joinPath(workspace(), 'loan.debt');

  before(async () => {
    const ext = vscode.extensions.all.find((e) => e.packageJSON.name === 'debt-lang')!;
    api = (await ext.activate()) as Api;
    saved = { ...api.prompts };
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(loan()), vscode.ViewColumn.One);
  });
  afterEach(() => { Object.assign(api.prompts, saved); });
  after(async () => { await vscode.commands.executeCommand('workbench.action.closeAllEditors'); });

  it('「打印」 writes the previewed document as an HTML page that prints itself and hands it to the system browser', async () => {
    await vscode.commands.executeCommand('debt.openPreview', loan(), CASE, 'traditional', 'complaint');
    await waitFor('the preview', () => (api.preview.last?.caseName === CASE ? true : undefined));
    const opened: vscode.Uri[] = [], said: string[] = [];
    api.prompts.openExternal = async (u) => { opened.push(u); return true; };
    api.prompts.info = async (m) => { said.push(m); return undefined; };
    const out = await vscode.commands.executeCommand<{ file?: vscode.Uri; opened?: boolean }>('debt.printPreview', { ui: 'desktop' });
    assert.ok(out?.file, 'a file was written');
    assert.deepStrictEqual(opened.map((u) => u.toString()), [out!.file!.toString()], 'the page went to the system browser');
    assert.strictEqual(out!.opened, true);
    assert.ok(out!.file!.path.endsWith(`/${CASE}.起诉状.html`), out!.file!.path);
    const page = await text(out!.file!);
    const words = page.replace(/<[^>]+>/g, '');
    assert.ok(words.includes(TRADITIONAL) && words.includes('49,975.34'), 'the traditional complaint the preview shows');
    assert.match(page, /window\.print\(\)/, 'the page opens the print dialog itself');
    assert.ok(said.some((m) => m.includes('Ctrl+P') && m.includes(out!.file!.fsPath)), said.join(' | '));
  });

  it('「打印」 in the browser build (code-server) says how to print instead of opening a file the browser cannot reach', async () => {
    const opened: vscode.Uri[] = [], said: string[] = [];
    api.prompts.openExternal = async (u) => { opened.push(u); return true; };
    api.prompts.info = async (m) => { said.push(m); return undefined; };
    const out = await vscode.commands.executeCommand<{ reason?: string }>('debt.printPreview', { ui: 'web' });
    assert.strictEqual(out?.reason, 'web');
    assert.deepStrictEqual(opened, []);
    assert.ok(said.length === 1 && /Ctrl\+P/.test(said[0]) && /HTML/.test(said[0]), said.join(' | '));
  });

  it('「生成起诉状」 takes the form the preview shows, without asking it (traditional, then 要素式)', async () => {
    const target = vscode.Uri.joinPath(workspace(), `${CASE}.起诉状.md`);
    for (const [style, marker, other] of [['traditional', TRADITIONAL, ELEMENT], ['element', ELEMENT, TRADITIONAL]] as const) {
      await vscode.commands.executeCommand('debt.openPreview', loan(), CASE, style, 'complaint');
      await waitFor(`the ${style} preview`, () => (api.preview.last?.caseName === CASE ? true : undefined));
      // No style in the options: a question would leave a quick pick open and the command would never return.
      const out = await vscode.commands.executeCommand<{ written?: vscode.Uri }>('debt.generateComplaint', loan(), CASE,
        { format: 'md', proceed: true, overwrite: true, quiet: true });
      assert.strictEqual(out?.written?.toString(), target.toString());
      const md = await text(target);
      assert.ok(md.includes(marker) && !md.includes(other), `${style}: ${md.slice(0, 200)}`);
    }
  });

  it('「生成文书」 offers the document the preview shows first: Enter on the picker generates the 证据目录', async () => {
    await vscode.commands.executeCommand('debt.openPreview', loan(), CASE, 'element', 'evidence-list');
    await waitFor('the evidence-list preview', () => (api.preview.last?.caseName === CASE ? true : undefined));
    let done = false;
    const run = vscode.commands.executeCommand<{ written?: vscode.Uri }>('debt.generateDocument', loan(), CASE,
      { format: 'md', proceed: true, overwrite: true, quiet: true }).then((r) => { done = true; return r; });
    // Press Enter on the picker once it is up (the first item is the one a lawyer gets with Enter).
    for (let i = 0; i < 100 && !done; i++) {
      await new Promise((r) => setTimeout(r, 200));
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    }
    const out = await run;
    assert.ok(out?.written?.path.endsWith(`/${CASE}.证据目录.md`), out?.written?.path);
  });

  it('the 本息合计 lens opens the report read-only and writes no file', async () => {
    const json = vscode.Uri.joinPath(workspace(), 'loan.报告.json'), xlsx = vscode.Uri.joinPath(workspace(), 'loan.利息计算表.xlsx');
    for (const f of [json, xlsx]) if (await exists(f)) await vscode.workspace.fs.delete(f);
    const doc = await vscode.workspace.openTextDocument(loan());
    await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
    const lens = await waitFor('the 本息合计 lens', async () => {
      const ls = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri, 10);
      // claimAmount 74,104.53 = 49,975.34 principal + 24,129.19 interest (editor.test.ts).
      return ls.find((l) => l.command?.title.includes('74,104.53'));
    });
    assert.strictEqual(lens.command!.command, 'debt.showReport');
    await vscode.commands.executeCommand(lens.command!.command, ...(lens.command!.arguments ?? []));
    const editor = await waitFor('the report', () => {
      const e = vscode.window.activeTextEditor;
      return e?.document.uri.scheme === 'debt-report' ? e : undefined;
    });
    assert.match(editor.document.getText(), /49975\.34/);
    assert.strictEqual(await exists(json), false, 'no report written');
    assert.strictEqual(await exists(xlsx), false, 'no workbook written');
  });

  /** A new case 王小明诉赵大海民间借贷纠纷 in the workspace, opened; its file's URI. */
  async function caseOfZhao(file: string): Promise<vscode.TextDocument> {
    const uri = vscode.Uri.joinPath(workspace(), file);
    const content = [
      '案件 王小明诉赵大海民间借贷纠纷 {', '  法院 北京市朝阳区人民法院', '  起诉日 2025-06-01', '',
      '  原告 王小明 {', '    自然人', '  }', '', '  被告 赵大海 {', '    自然人', '  }', '',
      '  借款 借款一 {', '    出借人 王小明', '    借款人 赵大海', '    金额 80000元', '    交付 2024-03-05 80000元', '    到期 2025-03-04', '    利率 无', '  }', '',
      '  请求 本金', '}', '',
    ].join('\n');
    await vscode.workspace.fs.writeFile(uri, Buffer.from(content, 'utf8'));
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
    await waitFor('the server to know the file', async () => {
      const ls = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri, 10);
      return ls.length > 0 ? true : undefined;
    });
    return doc;
  }

  async function renameDefendant(doc: vscode.TextDocument, to: string): Promise<void> {
    const line = doc.getText().split('\n').findIndex((l) => l.includes('被告 赵大海'));
    const pos = new vscode.Position(line, '  被告 赵'.length);
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', doc.uri, pos, to);
    assert.ok(await vscode.workspace.applyEdit(edit));
  }

  it('renaming the defendant 赵大海 → 赵大江 offers to update the case title; yes renames the case', async () => {
    const doc = await caseOfZhao('rename-yes.debt');
    const asked: string[] = [];
    api.prompts.confirm = async (q) => { asked.push(q); return true; };
    await renameDefendant(doc, '赵大江');
    await waitFor('the new title', () => (doc.getText().includes('案件 王小明诉赵大江民间借贷纠纷 {') ? true : undefined));
    assert.strictEqual(asked.length, 1);
    assert.ok(asked[0].includes('赵大海') && asked[0].includes('王小明诉赵大江民间借贷纠纷'), asked[0]);
    assert.ok(!doc.getText().includes('赵大海'), 'no 赵大海 left');
  });

  it('…and no keeps the title as it was', async () => {
    const doc = await caseOfZhao('rename-no.debt');
    const asked: string[] = [];
    api.prompts.confirm = async (q) => { asked.push(q); return false; };
    await renameDefendant(doc, '赵大江');
    await waitFor('the question', () => (asked.length === 1 ? true : undefined));
    await new Promise((r) => setTimeout(r, 1000));
    assert.ok(doc.getText().includes('案件 王小明诉赵大海民间借贷纠纷 {'));
    assert.ok(doc.getText().includes('被告 赵大江 {'));
  });

  /** Runs 新建案件 answering each box from `answers` (by a word of its prompt); returns the boxes shown. */
  type Answers = [RegExp, string | ((o: vscode.InputBoxOptions) => string)][];
  async function newCaseWith(answers: Answers): Promise<{ uri?: vscode.Uri; boxes: vscode.InputBoxOptions[] }> {
    const boxes: vscode.InputBoxOptions[] = [];
    api.prompts.input = async (o) => {
      boxes.push(o);
      const a = answers.find(([re]) => re.test(o.prompt ?? ''));
      assert.ok(a, `unexpected question: ${o.prompt}`);
      return typeof a![1] === 'string' ? a![1] : a![1](o);
    };
    const uri = await vscode.commands.executeCommand<vscode.Uri>('debt.newCase', { overwrite: true, keywords: 'zh' });
    return { uri, boxes };
  }
  const common = (lender: string, borrower: string): Answers => [
    [/出借人（原告）姓名|^Lender/, lender], [/借款人（被告）姓名|^Borrower/, borrower],
    [/金额|^Amount/, '8万元'], [/交付日期|delivered$/, '2024年3月5日'], [/到期日|^Due date/, '2025-03-04'], [/年利率|annual rate/, '10'],
    [/起诉日|^Filing date/, '2025-06-01'],
    // Accept the court box as shown: the suggestion is its value.
    [/法院|^Court/, (o) => o.value ?? ''],
  ];
  const LENDER_HOME = /出借人（原告）住所|Domicile of the lender/, BORROWER_HOME = /借款人（被告）住所|Domicile of the borrower/;

  it('「新建案件」 suggests the court of the defendant\'s domicile (民诉法第22条) in the court box, editable', async () => {
    const { uri, boxes } = await newCaseWith([
      [LENDER_HOME, '上海市浦东新区世纪大道100号'], [BORROWER_HOME, '北京市朝阳区建国路88号'],
      ...common('王小明', '钱多多'),
    ]);
    const court = boxes.find((b) => /法院|^Court/.test(b.prompt ?? ''));
    assert.strictEqual(court?.value, '北京市朝阳区人民法院');
    assert.match(court!.prompt!, /第二十二条|Art\. 22/);
    const doc = await vscode.workspace.openTextDocument(uri!);
    assert.ok(doc.getText().includes('法院 北京市朝阳区人民法院'), doc.getText());
    assert.ok(doc.getText().includes('住所 北京市朝阳区建国路88号') && doc.getText().includes('住所 上海市浦东新区世纪大道100号'));
  });

  it('without the defendant\'s domicile, the lender\'s as the place of performance (民间借贷规定第3条); the lawyer may change it', async () => {
    const { uri, boxes } = await newCaseWith([
      [LENDER_HOME, '浙江省杭州市西湖区文三路1号'], [BORROWER_HOME, ''],
      ...common('王小明', '孙少少').filter(([re]) => !/Court/.test(re.source)),
      [/法院|^Court/, '杭州市中级人民法院'],
    ]);
    const court = boxes.find((b) => /法院|^Court/.test(b.prompt ?? ''));
    assert.strictEqual(court?.value, '杭州市西湖区人民法院');
    assert.match(court!.prompt!, /第三条|Art\. 3/);
    const doc = await vscode.workspace.openTextDocument(uri!);
    assert.ok(doc.getText().includes('法院 杭州市中级人民法院'), 'the lawyer\'s own court is written');
  });
});
