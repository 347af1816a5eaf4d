/**
 * `debt/caseTitleAfterRename { uri, oldName, newName }` → the cases of the file whose title still names the renamed
 * party, each with its new title and the position of its name (for the client to rename the case there, through the
 * ordinary rename with its checks). The text rule is the core's (core/templates/case-title.ts).
 */
import { Position, RequestType } from 'vscode-languageserver/node';
import { titleAfterRename } from '../core/templates/case-title';
import { Feature } from './context';
import { lineIndexOf, offsetsOf } from './locate';

export interface TitleRename { caseName: string; newTitle: string; position: Position }
export const CaseTitleRequest = new RequestType<{ uri: string; oldName: string; newName: string }, TitleRename[], void>('debt/caseTitleAfterRename');

export const caseTitleFeature: Feature = {
  capabilities: {},
  register(ctx) {
    ctx.connection.onRequest(CaseTitleRequest, ({ uri, oldName, newName }): TitleRename[] => {
      const analysis = ctx.analysis(uri), text = ctx.text(uri);
      if (!analysis || text === undefined) return [];
      const index = lineIndexOf(analysis, text);
      const out: TitleRename[] = [];
      for (const c of analysis.model.cases) {
        const newTitle = titleAfterRename(c.name, oldName, newName.trim(), c.parties.map((p) => p.name));
        if (!newTitle) continue;
        const o = offsetsOf(c.nameRange, index);
        out.push({ caseName: c.name, newTitle, position: index.range(o.start, o.end).start });
      }
      return out;
    });
  },
};
