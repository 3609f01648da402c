// Platform notices as the platforms send them, with invented buyers: a Made-in-China-style
// labelled form and a Global Sources-style one-line buyer.

export const madeInChinaNotice = {
  from: 'Made-in-China.com <inquiry-notice@made-in-china.com>',
  subject: 'New Inquiry: Brass Ball Valve DN15-DN50 from Czech Republic',
  body: `Dear Hongda Valves,

You have received a new inquiry on Made-in-China.com.

Product: Brass Ball Valve DN15-DN50
Sender: Tomas Novak
Company Name: Novak Instalace s.r.o.
Country/Region: Czech Republic
E-mail: tomas.novak@novak-instalace.cz (verified)

Message:
Hello, we need 3,000 pcs brass ball valves DN20 with red lever handle.
Please quote FOB Ningbo and advise the lead time.

View and reply to this inquiry: https://membercenter.made-in-china.com/inquiry/detail.do?id=88123`,
};

export const globalSourcesNotice = {
  from: 'Global Sources <buyer-inquiry@globalsources.com>',
  replyTo: 'Priya Raman <priya@coastlinehome.com.au>',
  subject: 'Inquiry for Bamboo cutting boards',
  body: `New buyer inquiry from Global Sources

Buyer: Priya Raman, Coastline Home Retail Pty Ltd, Australia (Retailer)
Product: Bamboo cutting boards with juice groove

Message: Hi, please send your price for 2,400 pcs, size 40x30 cm, with our logo engraved.
Delivery to Sydney before September.
---
Answer within 24 hours to keep your response rate.`,
};
