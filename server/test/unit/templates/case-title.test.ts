/** The case title after a party is renamed (issue 19): what the editor offers to write. */
import * as assert from 'assert';
import { titleAfterRename } from '../../../src/core/templates/case-title';

describe('case title after a rename', () => {
  it('replaces the renamed defendant: 王小明诉赵大海民间借贷纠纷 → 王小明诉赵大江民间借贷纠纷', () => {
    assert.strictEqual(titleAfterRename('王小明诉赵大海民间借贷纠纷', '赵大海', '赵大江'), '王小明诉赵大江民间借贷纠纷');
  });

  it('replaces every occurrence (a title naming the party twice)', () => {
    assert.strictEqual(titleAfterRename('甲诉乙、乙之配偶丙纠纷', '乙', '乙某'), '甲诉乙某、乙某之配偶丙纠纷');
  });

  it('offers nothing when the title does not name the party', () => {
    assert.strictEqual(titleAfterRename('王小明诉赵大海民间借贷纠纷', '李四', '李五'), undefined);
  });

  it('offers nothing for the case itself being renamed, or a rename to the same name', () => {
    assert.strictEqual(titleAfterRename('张三诉李四', '张三诉李四', '张三诉李五'), undefined);
    assert.strictEqual(titleAfterRename('张三诉李四', '李四', '李四'), undefined);
  });

  it('leaves a longer name of another party alone: renaming 王明 keeps 王明华', () => {
    assert.strictEqual(titleAfterRename('王明华诉王明民间借贷纠纷', '王明', '王明亮', ['王明华', '王明']), '王明华诉王明亮民间借贷纠纷');
    // Without the other names every occurrence would change: the guard is what keeps 王明华.
    assert.strictEqual(titleAfterRename('王明华诉王明民间借贷纠纷', '王明', '王明亮'), '王明亮华诉王明亮民间借贷纠纷');
  });

  it('keeps the rest of the title exactly (Latin names, spaces)', () => {
    assert.strictEqual(titleAfterRename('Acme Ltd v Bob Smith', 'Bob Smith', 'Robert Smith'), 'Acme Ltd v Robert Smith');
  });
});
