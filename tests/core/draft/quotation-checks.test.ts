import { describe, expect, it } from 'vitest';
import type { DraftCheckId } from '../../../src/core/draft/check-types.ts';
import { checkOf, okAndDetail, SIGNATURE } from './drafts.ts';

// One line of a quotation at a time, in a draft that is otherwise a plain letter.
function term(id: DraftCheckId, line: string, attachments: string[] = []) {
  const draftText = `Dear Daniel,\n\n${line}\n\n${SIGNATURE}`;
  return okAndDetail(
    checkOf(id, { draftText, attachments: attachments.map((name) => ({ name })) }),
  );
}

describe('price: an amount with its currency and unit', () => {
  it.each([
    ['USD 3.20/pc FOB Ningbo', [true, 'USD 3.20/pc']],
    ['Unit price: US$ 12.50 per set', [true, 'US$ 12.50 per set']],
    ['Price: 2,350.00 EUR per ton', [true, '2,350.00 EUR per ton']],
    ['Precio: 12,50 € por unidad', [true, '12,50 € por unidad']],
    ['Цена: 450 руб. за шт.', [true, '450 руб. за шт.']],
    ['Unit price (USD): 3.20', [true, 'Unit price (USD): 3.20']],
    ['Total USD 16,000 for the order', [false, 'no unit after USD 16,000']],
    ['3.20 per piece', [false, 'no price with currency and unit']],
    ['We will send our best price soon.', [false, 'no price with currency and unit']],
  ] as const)('%s', (line, expected) => {
    expect(term('price', line)).toEqual(expected);
  });

  it('trusts a quotation sheet attached as PDF, and says it did not read it', () => {
    expect(
      term('price', 'Please see our quotation attached.', ['Hongda quotation 2026-11.pdf']),
    ).toEqual([true, 'in the attached Hongda quotation 2026-11.pdf? (not read)']);
  });
});

describe('incoterm: a term with a named place', () => {
  it.each([
    ['Prices are FOB Ningbo.', [true, 'FOB Ningbo']],
    ['CIF Hamburg, Incoterms 2020', [true, 'CIF Hamburg']],
    ['Terms: EXW our factory', [true, 'EXW our factory']],
    ['DDP (Port of Los Angeles)', [true, 'DDP (Port of Los Angeles']],
    ['FOB Price List attached', [false, 'FOB without a named place']],
    ['Precio FOB Shanghái', [true, 'FOB Shanghái']],
    ['FOB price: USD 3.20/pc', [false, 'FOB without a named place']],
    ['Price is FOB.', [false, 'FOB without a named place']],
    ['Shipping by sea.', [false, 'no Incoterm with a named place']],
  ] as const)('%s', (line, expected) => {
    expect(term('incoterm', line)).toEqual(expected);
  });
});

describe('payment: named terms, not just the word', () => {
  it.each([
    ['Payment: 30% T/T deposit, balance before shipment', [true, '30% T/T']],
    ['Payment by L/C at sight', [true, 'L/C']],
    ['We accept PayPal for samples.', [true, 'PayPal']],
    ['Pago: 30% de anticipo, 70% contra copia del BL', [true, '30% de anticipo']],
    ['Оплата: 100% предоплата', [true, 'предоплата']],
    ['Payment terms to be discussed.', [false, 'no payment terms']],
  ] as const)('%s', (line, expected) => {
    expect(term('payment', line)).toEqual(expected);
  });
});

describe('lead-time: a duration tied to delivery', () => {
  it.each([
    ['Lead time: 25 days after deposit', [true, 'Lead time: 25 days']],
    ['Delivery time is 4-6 weeks.', [true, 'Delivery time is 4-6 weeks']],
    ['We can ship within 15 working days.', [true, 'ship within 15 working days']],
    ['30 days after receipt of deposit', [true, '30 days after']],
    ['Plazo de entrega: 20 a 25 días', [true, 'Plazo de entrega: 20 a 25 días']],
    ['Срок изготовления 30 дней', [true, 'Срок изготовления 30 дней']],
    ['Delivery is fast.', [false, 'no lead time']],
  ] as const)('%s', (line, expected) => {
    expect(term('lead-time', line)).toEqual(expected);
  });
});

describe('validity: how long the offer holds', () => {
  it.each([
    ['This offer is valid for 30 days.', [true, 'valid for 30 days']],
    ['Prices valid until 30 Nov 2026.', [true, 'valid until 30 Nov 2026']],
    ['Validity: 2026-12-15', [true, 'Validity: 2026-12-15']],
    ['Oferta válida por 15 días.', [true, 'válida por 15 días']],
    ['Valid until October 20, 2026.', [false, 'expired: Valid until October 20, 2026']],
    ['Our prices are very competitive.', [false, 'no validity']],
  ] as const)('%s', (line, expected) => {
    expect(term('validity', line)).toEqual(expected);
  });
});

describe('moq: the minimum with a quantity', () => {
  it.each([
    ['MOQ: 1,000 pcs', [true, 'MOQ: 1,000 pcs']],
    ['Minimum order quantity is 500 sets.', [true, 'Minimum order quantity is 500 sets']],
    ['No MOQ for stock items.', [true, 'No MOQ']],
    ['Pedido mínimo: 200 unidades', [true, 'Pedido mínimo: 200 unidades']],
    ['MOQ depends on the model.', [false, 'MOQ without a quantity']],
    ['Price: USD 3.20/pc', [false, 'no MOQ']],
  ] as const)('%s', (line, expected) => {
    expect(term('moq', line)).toEqual(expected);
  });
});
