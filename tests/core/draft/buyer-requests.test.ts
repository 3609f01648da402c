import { describe, expect, it } from 'vitest';
import { extractBuyerRequests } from '../../../src/core/draft/buyer-requests.ts';
import { requestKind } from '../../../src/core/draft/request-cues.ts';
import type { Topic } from '../../../src/core/draft/topics.ts';
import { mail } from '../support/mail.ts';

type Expected = [label: string, topics: Topic[]];

const requestsIn = (body: string, extra: Parameters<typeof mail>[0] = { body }) =>
  extractBuyerRequests(mail({ ...extra, body })).map(
    (request): Expected => [request.label, request.topics],
  );

describe('extractBuyerRequests finds what the buyer wants answered', () => {
  it.each<[string, string, Expected[]]>([
    [
      'questions and "please advise" in an English inquiry',
      `Dear Sir,

We are a distributor of bathroom fittings in Germany and interested in your brass ball valves.

Please quote for 5,000 pcs, FOB Ningbo. What is your MOQ? Also please advise the lead time
and payment terms.
Do you have CE certificate?

Best regards,
Daniel Weber`,
      [
        ['quote for 5,000 pcs, FOB Ningbo.', ['price', 'shipping']],
        ['What is your MOQ?', ['moq']],
        ['advise the lead time and payment terms.', ['lead-time', 'payment']],
        ['Do you have CE certificate?', ['certificate']],
      ],
    ],
    [
      'a numbered list under "Please advise the following"',
      `Hello,

Please advise the following:
1. Price for 2 x 40HQ
2. Lead time
3) Packing details
4. Can you print our logo on the carton?

Thanks and regards
Samir`,
      [
        ['Price for 2 x 40HQ', ['price']],
        ['Lead time', ['lead-time']],
        ['Packing details', ['packing']],
        ['Can you print our logo on the carton?', ['packing', 'customization']],
      ],
    ],
    [
      'a list after a blank line under "We have some questions"',
      'Hi Linda,\n\nWe have some questions\n\n- warranty period\n- shipping cost to Lagos\n\nRegards',
      [
        ['warranty period', ['warranty']],
        ['shipping cost to Lagos', ['price', 'shipping']],
      ],
    ],
    [
      'a specification list is read, not asked',
      `Hi Linda,
Please find attached our drawing.
Our requirements are as follows:
- Size 600x600mm
- Power 40W
Let me know if you have any questions.
how soon can you ship
Regards
Tom`,
      [['how soon can you ship', ['lead-time']]],
    ],
    [
      'Spanish: ¿...? questions and "por favor envíenos"',
      `Estimados señores:

Somos importadores de herramientas en México. ¿Cuál es el precio de la llave ajustable de
10 pulgadas? Por favor envíenos su catálogo y lista de precios.
¿Cuál es el pedido mínimo?

Saludos cordiales,
Ana Ruiz`,
      [
        ['Cuál es el precio de la llave ajustable de 10 pulgadas?', ['price']],
        ['envíenos su catálogo y lista de precios.', ['price', 'catalogue']],
        ['Cuál es el pedido mínimo?', ['moq']],
      ],
    ],
    [
      'Russian: "пришлите, пожалуйста" and questions',
      `Добрый день!

Нас интересуют светодиодные панели 600x600 мм. Пришлите, пожалуйста, коммерческое
предложение на 2000 шт. Какой срок изготовления? Есть ли сертификат ЕАС?

С уважением,
Иван Петров`,
      [
        ['Пришлите, пожалуйста, коммерческое предложение на 2000 шт.', ['price']],
        ['Какой срок изготовления?', ['lead-time']],
        ['Есть ли сертификат ЕАС?', ['certificate']],
      ],
    ],
    [
      'Portuguese and French requests',
      'Bom dia,\nGostaríamos de saber o prazo de entrega. Favor enviar amostras.\n\nMerci de nous indiquer vos délais de livraison.\nObrigado',
      [
        ['Gostaríamos de saber o prazo de entrega.', ['lead-time']],
        ['Favor enviar amostras.', ['sample']],
        ['Merci de nous indiquer vos délais de livraison.', ['lead-time', 'shipping']],
      ],
    ],
    [
      'a question typed without a question mark',
      'hi\nwhat is your best price for model HV-200\nthanks\nAhmed',
      [['what is your best price for model HV-200', ['price']]],
    ],
    [
      'courtesy only: nothing to answer',
      'Dear Linda,\n\nThank you for your quick reply. Please find attached our company profile.\nLooking forward to hearing from you.\n\nBest regards,\nTom',
      [],
    ],
    [
      '"No." before a model number ends no sentence',
      'Please send the price for Item No. 4471 and Art. 2210. We also need the datasheet.',
      [['send the price for Item No. 4471 and Art. 2210.', ['price']]],
    ],
  ])('%s', (_name, body, expected) => {
    expect(requestsIn(body)).toEqual(expected);
  });

  it("leaves out our own quote quoted below the buyer's reply", () => {
    const body =
      'Can you do USD 3.00?\n\nOn Mon, 2 Nov 2026 at 10:00, Linda <linda@hongda-valves.com> wrote:\n> What is your target price? Please confirm the quantity.';

    expect(requestsIn(body)).toEqual([['Can you do USD 3.00?', ['price']]]);
  });

  it('keeps the quantities and model numbers a complete answer repeats', () => {
    const [request] = extractBuyerRequests(
      mail({ body: 'Please quote HV-200 for 5,000 pcs and 10000 pcs.' }),
    );

    expect(request?.figures).toEqual(['5,000 pcs', '10000 pcs', 'HV-200']);
    expect(request?.keywords).toEqual(['quote']);
  });
});

describe('requestKind: a sentence to answer, or not', () => {
  it.each([
    ['Looking forward to your best price.', 'request'],
    ['Looking forward to hearing from you.', null],
    ['We would like to know your MOQ.', 'request'],
    ['We need your catalogue.', 'request'],
    ['We need 5000 pcs.', null],
    ['Thanks, please quote.', 'request'],
    ['Please find attached our drawing.', null],
    ['Please let me know if you have any questions.', null],
    ['Please let me know if you can supply 5000 pcs.', 'request'],
    ['When we receive the goods we will pay the balance.', null],
    ['how many days for production', 'question'],
    ['How are you?', null],
    ['Por favor, no dude en contactarme.', null],
    ['Favor de cotizar 300 piezas.', 'request'],
    ['Merci beaucoup.', null],
    ['Veuillez nous envoyer le catalogue.', 'request'],
    ['Спасибо!', null],
    ['Сообщите срок поставки.', 'request'],
  ] as const)('%s', (sentence, kind) => {
    expect(requestKind(sentence)).toBe(kind);
  });
});
