/**
 * The demand letter and a released guarantor (民法典第692条、第693条): a joint guarantee with no agreed period runs six
 * months from the main debt's due date. NO_RATE's loan is due 2023-06-30 → the period ends 2023-12-30. A guarantor never
 * asked within it is released: not an addressee of the letter, and the notes say why. Asked within it (a demand on the
 * guarantor on 2023-09-01), the guarantor stays liable and is an addressee.
 */
import * as assert from 'assert';
import { lines } from './samples';
import { build, inlineCase, NO_RATE } from './recovery-fixtures';

const WITH_GUARANTOR = NO_RATE
  .replace('  被告 赵六 {', '  被告 孙七 { 自然人 身份证号 110105198503021233 住所 "北京市西城区某路3号" }\n  被告 赵六 {')
  .replace('借款人 赵六 签订', '借款人 赵六 保证人 孙七 连带 签订');

describe('demand letter: guarantors', () => {
  it('a joint guarantor never asked within the six months is released: not addressed, and the notes say so', () => {
    const d = build(inlineCase(WITH_GUARANTOR), 'demand-letter');
    const text = lines(d).join('\n');
    assert.ok(!text.includes('孙七为上述借款提供连带责任保证'), 'no liability sentence for a released guarantor');
    assert.ok(!/^　　孙七（地址/m.test(text) && !/致：孙七/.test(text), 'not an addressee');
    assert.ok(d.notes.some((n) => n.includes('保证人孙七的保证期间已于2023年12月30日届满') && n.includes('民法典第693条')), d.notes.join('\n'));
  });

  it('asked within the period (2023-09-01), the guarantor is addressed and reminded of the joint liability', () => {
    const asked = WITH_GUARANTOR.replace('  催收 2023-09-01 向 赵六 催款函', '  催收 2023-09-01 向 赵六、孙七 催款函');
    const d = build(inlineCase(asked), 'demand-letter');
    const text = lines(d).join('\n');
    assert.ok(text.includes('赵六作为借款人，应当偿还（《中华人民共和国民法典》第六百七十五条）；孙七作为连带责任保证人，应当承担连带清偿责任（《中华人民共和国民法典》第六百八十八条、第六百九十一条）。'), text);
    assert.ok(!d.notes.some((n) => n.includes('民法典第693条')));
  });
});
