import type { Attachment } from '../message.ts';
import type { PlainCheck } from './check-types.ts';

// A first quotation may carry files, but only PDF (method.md section 3): a stranger's Excel or
// image attachment is what spam filters and careful buyers distrust.
export function attachmentsCheck(attachments: Attachment[]): PlainCheck {
  if (attachments.length === 0) return { id: 'attachments', ok: true, detail: 'none' };

  const others = attachments.filter((file) => !/\.pdf$/i.test(file.name.trim()));
  if (others.length > 0) {
    const names = others.map((file) => file.name).join(', ');
    return { id: 'attachments', ok: false, detail: `not PDF: ${names}` };
  }

  return { id: 'attachments', ok: true, detail: attachments.map((file) => file.name).join(', ') };
}
