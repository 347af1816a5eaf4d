/** The documents' names in the editor (the 生成文书 picker and the preview's document picker; spec §8.4). */
import { DocumentKind } from './protocol';
import { t } from './l10n';

/** Label and description of every kind in the 生成文书 picker (English keys, Chinese in l10n/bundle.l10n.zh-cn.json). */
export function kindItem(doc: DocumentKind): { label: string; description: string; doc: DocumentKind } {
  const items: Record<DocumentKind, [string, string]> = {
    complaint: [t('Complaint'), t('to sue')],
    'demand-letter': [t('Demand letter'), t('before suing; interrupts the limitation period when delivered')],
    'payment-order': [t('Payment order application'), t('督促程序')],
    preservation: [t('Preservation application'), t('freeze the debtor\'s assets')],
    enforcement: [t('Enforcement application'), t('after the judgment')],
    'evidence-list': [t('Evidence list'), ''],
    schedule: [t('Interest schedule'), ''],
    defence: [t('Defence (答辩状)'), t('the grounds the case file supports')],
    objection: [t('Objection to a payment order'), t('within 15 days of service')],
    'repayment-agreement': [t('Repayment agreement'), t('instalments and acceleration')],
    acknowledgment: [t('Debt acknowledgment'), t('for the debtor to sign')],
    'collection-complaint': [t('Complaint about unlawful collection'), t('to the regulator or the police')],
    'power-of-attorney': [t('Power of attorney'), ''],
    'firm-letter': [t('Law firm letter'), ''],
    'representative-certificate': [t('Legal representative certificate'), ''],
    'service-address': [t('Service address confirmation'), ''],
    'filing-list': [t('Filing checklist'), t('copies by the number of opposing parties')],
    witness: [t('Witness application'), ''],
    investigation: [t('Application for evidence collection'), t('bank, WeChat, Alipay records')],
    'amend-claims': [t('Application to amend the claims'), t('interest to the hearing date (--as-of)')],
  };
  return { label: items[doc][0], description: items[doc][1], doc };
}

export const GROUP = { creditor: () => t('For the creditor'), debtor: () => t('For the debtor'), both: () => t('Either side') };

