import assert from 'node:assert/strict';
import { analyze, slugOf } from '../../../src/analysis';
import { nameOf, readFixture } from './fixtures';

const rf = (slug: string) => readFixture('patterns', `${slug}.txt`);

const names = (text: string) => analyze(text).speakers.map((speaker) => speaker.name);

describe('analysis: names and people', () => {
  it('does not read datelines, places, organisations, days or sentence openers as people', () => {
    const text = 'WASHINGTON (AP) — The American Enterprise Institute and the White House met in New York on Tuesday.\n\nBased on the report, Congress will vote. “We agree,” Jane Porter said.';
    assert.deepEqual(names(text), ['Jane Porter']);
  });

  it('does not read a contraction or a word with a digit as a person ("We’ve", "They’re", "Sh1.2 billion")', () => {
    const text = 'We’ve been speaking to people queuing for sandbags. They\'re tired. Traders lost Sh1.2 billion.\n\n“It is bad,” Janet Oduya said. “I’ve seen it before.”';
    assert.deepEqual(names(text), ['Janet Oduya']);
  });

  it('does not read a named storm as a person, nor give it a quote', () => {
    const article = analyze('Tropical Cyclone Orla has intensified overnight, with officials warning it could be “the worst storm in years”.\n\nHurricane Katrina left three people dead. A forecaster said Katrina had intensified far faster than predicted.');
    assert.deepEqual(article.speakers.map((speaker) => speaker.name), []);
    assert.equal(article.quotes[0].speaker, null);
  });

  it('reads a word given as someone\'s name as a person, but not a company\'s name', () => {
    assert.deepEqual(names('“Fine,” said a porter who gave only his first name, Anselm. The firm changed its name, Corvane, last year.'), ['Anselm']);
    assert.deepEqual(names('The town, known as Halbridge, is small. “Late again,” said a driver known only as Brannock.'), ['Brannock']);
  });

  it('takes no gender from a family name written first ("Lee Min-ah", "Zhou Meiling"), so "she added" is hers', () => {
    const article = analyze('“It is a test,” said Lee Min-ah, a researcher in Seoul.\n\n“They learn from each one,” she added.');
    assert.deepEqual(article.quotes.map((quote) => nameOf(article, quote.speaker)), ['Lee Min-ah', 'Lee Min-ah']);
    const zhou = analyze('“We follow the law,” Zhou Meiling said.\n\nShe added that the company would “keep listening”.');
    assert.deepEqual(zhou.quotes.map((quote) => nameOf(zhou, quote.speaker)), ['Zhou Meiling', 'Zhou Meiling']);
  });

  it('reads "Atty." and "Engr." as forms of address, whose full stop ends no sentence', () => {
    const article = analyze('Rosa Santillan spoke first. Her lawyer, Atty. Jose Dimaculangan of the Legal Center (BLC), said the ruling was a shield “not only for my client”.');
    assert.equal(nameOf(article, article.quotes[0].speaker), 'Jose Dimaculangan');
    assert.deepEqual(names('Engr. Rosa Lim, the site engineer, agreed.'), ['Rosa Lim']);
  });

  it('does not read the title of a work as a person ("the film Northern Lights", "his debut EP Midnight Suya")', () => {
    const text = 'The film Northern Lights opened on Friday. He found fame with his debut EP Midnight Suya, the critic said. “It worked,” said Jane Roe, recalling the campaign Marta Ellis ran.';
    assert.deepEqual(names(text), ['Jane Roe', 'Marta Ellis']);
  });

  it('merges a surname, a title with the surname and the full name into one person', () => {
    const article = analyze('Trump spoke first.\n\nDonald Trump, the Republican nominee, then left. “Fine,” Mr. Trump said.');
    assert.equal(article.speakers.length, 1);
    assert.deepEqual(article.speakers[0].mentions.map((mention) => [mention.text, mention.kind]), [
      ['Trump', 'surname'], ['Donald Trump', 'name'], ['Mr. Trump', 'title'],
    ]);
  });

  it('keeps two people with the same surname apart and points a surname at the last one named', () => {
    const article = analyze('Daniel Ellis and Sarah Ellis run the farm. Sarah Ellis spoke first. “We lost half,” Ellis said.');
    assert.deepEqual(article.speakers.map((speaker) => speaker.name), ['Daniel Ellis', 'Sarah Ellis']);
    assert.equal(article.speakers.find((speaker) => speaker.id === article.quotes[0].speaker)?.name, 'Sarah Ellis');
  });

  it('takes "Mrs. Whitlock" for someone other than Mr. Whitlock, the only Whitlock named so far', () => {
    const article = analyze(rf('89-honorific-other-person'));
    assert.equal(article.speakers.length, 2);
    const [his, hers] = article.quotes.map((quote) => quote.speaker);
    assert.ok(his && hers && his !== hers, 'the two quotes have different speakers');
  });

  it('reads Mr Teo as the Teo named last, family name first (Teo Kah Leng, Teo Wei Jie)', () => {
    const article = analyze('Actor Teo Kah Leng, 74, died on Sunday. His son, Teo Wei Jie, 40, spoke at the wake.\n\n“He loved the stage,” Mr Teo said.');
    assert.deepEqual(article.speakers.map((speaker) => speaker.name), ['Teo Kah Leng', 'Teo Wei Jie']);
    assert.equal(article.speakers.find((speaker) => speaker.id === article.quotes[0].speaker)?.name, 'Teo Wei Jie');
  });

  it('reads Ms Tan as Sylvia Tan Mei Ling, an English name before a Chinese one', () => {
    const article = analyze('Economist Sylvia Tan Mei Ling, of the Singapore Labour Institute, and the banker Jason Koh spoke.\n\n“Families need wages that keep up,” Ms Tan said.');
    assert.equal(article.speakers.find((speaker) => speaker.id === article.quotes[0].speaker)?.name, 'Sylvia Tan Mei Ling');
  });

  it('reads initials, particles, accents, hyphens and apostrophes', () => {
    const text = 'JD Vance, Ursula von der Leyen, José Luis Rodríguez Zapatero, Siobhan O’Malley and Alexandria Ocasio-Cortez, all lawmakers, met.';
    assert.deepEqual(names(text), ['JD Vance', 'Ursula von der Leyen', 'José Luis Rodríguez Zapatero', 'Siobhan O’Malley', 'Alexandria Ocasio-Cortez']);
  });

  it('does not make people of title-case headline words', () => {
    assert.deepEqual(names('Putin And Trump’s Uneasy Bromance Turns Sour\n\nThe talks ended on Friday.'), []);
  });

  it('uses a unique first name as a mention of its person', () => {
    const article = analyze('Maria Lopez runs the shelter. “We are full,” Maria said.');
    assert.equal(article.speakers.length, 1);
    assert.equal(article.quotes[0].speaker, 'maria-lopez');
  });

  it('makes stable slug ids', () => {
    assert.equal(slugOf('Leon Aron'), 'leon-aron');
    assert.equal(slugOf('Recep Tayyip Erdoğan'), 'recep-tayyip-erdogan');
    assert.equal(slugOf('Liam O’Brien'), 'liam-obrien');
    assert.equal(slugOf('J.D. Vance'), 'jd-vance');
  });

  it('stays deterministic', () => {
    const text = 'Leon Aron, a senior fellow, said “yes.” Aron then left.';
    assert.deepEqual(analyze(text), analyze(text));
  });
});
