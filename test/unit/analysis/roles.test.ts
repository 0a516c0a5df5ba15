import assert from 'node:assert/strict';
import { analyze } from '../../../src/analysis';
import { abbreviationOf, summarizeRoles, type RolePhrase } from '../../../src/analysis/roles';

const roleOf = (text: string, name: string) => analyze(text).speakers.find((speaker) => speaker.name === name);

function phrase(text: string, organization: string | null = null, head = text): RolePhrase {
  return { start: 0, end: text.length, text, head, organization, abbreviation: organization ? 'AEI' : null, mentionStart: 0 };
}

describe('analysis: roles', () => {
  it('reads titles and role words before a name', () => {
    assert.equal(roleOf('Former president and Putin ally Dmitry Medvedev spoke.', 'Dmitry Medvedev')?.role, 'Former president and Putin ally');
    assert.equal(roleOf('A book by the investigative reporter Bob Woodward came out.', 'Bob Woodward')?.role, 'investigative reporter');
    assert.equal(roleOf('Secretary of State Antony Blinken arrived.', 'Antony Blinken')?.role, 'Secretary of State');
  });

  it('reads appositives after a name and merges roles across the article', () => {
    const harris = roleOf('Vice President Kamala Harris, the Democratic nominee, spoke. Harris, a former prosecutor, left.', 'Kamala Harris');
    assert.equal(harris?.role, 'Vice President; Democratic nominee; former prosecutor');
    assert.equal(harris?.shortRole, 'Vice President');
  });

  it('reads a role set off before the name', () => {
    assert.equal(roleOf('Trump’s running mate, JD Vance, has gone quiet.', 'JD Vance')?.role, 'Trump’s running mate');
  });

  // Each: what the rule reads, an article that shows it, the person, and the role read for them.
  const cases: [pattern: string, text: string, name: string, role: string][] = [
    ['a possessive role after the name', 'The firm was founded with Hanna de Groot, its chief technology officer, in 2019.\n\n“We are growing,” de Groot said.', 'Hanna de Groot', 'its chief technology officer'],
    ['a possessive role after a sign-off name', '“No,” said Mary Poe, their lawyer.', 'Mary Poe', 'their lawyer'],
    ['a possessive role set off before the name in mid-sentence', 'Acme said its chief executive, Jane Roe, had resigned.', 'Jane Roe', 'its chief executive'],
    ['a role with its complement: “to”', 'The chief press secretary to the governor, Tunde Bello, said the talks would go on.', 'Tunde Bello', 'chief press secretary to the governor'],
    ['a role with its complement in title case, with “Mr.”', 'The Chief Press Secretary to the governor, Mr. Tunde Bello, said the talks would go on.', 'Tunde Bello', 'Chief Press Secretary to the governor'],
    ['a role with its complement opening the sentence, whose organisation’s name holds a verb', 'Political analyst at Ubaneke State University, Dr. Ifeoma Daniels, said the feud could paralyse the state.', 'Ifeoma Daniels', 'Political analyst at Ubaneke State University'],
    ['a possessive opening the sentence', 'Its head of sustainability, Yolanda Etxe, says the company tested the fibre.', 'Yolanda Etxe', 'Its head of sustainability'],
    ['a role given by a relative clause', 'Dr. Elena Rowe, who led the study and is a neurologist at the Harwick Memory Centre, said it worked.', 'Elena Rowe', 'neurologist at the Harwick Memory Centre'],
    ['a role with its complement after a joining word', 'The blockade went on, as a senior hereditary chief of the Tsal’keen Nation, Wilfred Nazel, vowed to stay.', 'Wilfred Nazel', 'senior hereditary chief of the Tsal’keen Nation'],
    ['a compound of plain nouns after the name', 'Tomasz Hale, emergency planning officer for Esme County Council, said four centres were open.', 'Tomasz Hale', 'emergency planning officer for Esme County Council'],
    ['“Rt. Hon.” as a form of address', 'The Speaker of the House, Rt. Hon. Obinna Eke, said the House would act.', 'Obinna Eke', 'Speaker of the House'],
    ['an everyday occupation after an age', 'Gerald Pruitt, 71, a retired schoolteacher, said he had lived there for years.', 'Gerald Pruitt', 'retired schoolteacher'],
    ['an occupation after “a 29-year-old”', 'Priya Das, a 29-year-old accountant, said the trip took two hours.', 'Priya Das', '29-year-old accountant'],
    ['a word of diplomacy set off before the name', 'Her Kestranian counterpart, Anatol Brevik, described the talks as frank.', 'Anatol Brevik', 'Her Kestranian counterpart'],
    ['a possessor after a verb', '“The maps,” said Ashworth-Pike’s neighbour, Lorna McCready, “were drawn in an office.”', 'Lorna McCready', 'Ashworth-Pike’s neighbour'],
    ['a possessor after a preposition', 'The council opened proceedings against Marlowe’s long-time coach, Viktor Haldane, who trained five medallists.', 'Viktor Haldane', 'Marlowe’s long-time coach'],
    ['a possessor that is also a verb', 'The state’s Industries Minister, Shri Ramesh Tiwari, who was present, said the plan was cleared.', 'Ramesh Tiwari', 'state’s Industries Minister'],
    ['an appositive after the name written again in brackets', 'Hsieh Yu-ting (謝語婷), an associate professor of marine ecology at Yunhai University, said the reef was dying.', 'Hsieh Yu-ting', 'associate professor of marine ecology at Yunhai University'],
    ['only “his wife” in a list of family', 'He is survived by his wife, Madam Lim Siew Eng, 75, his son and daughter, and three grandchildren.', 'Lim Siew Eng', 'his wife'],
    ['no role in the words for a name (“his first name, Duc,”)', 'Defence lawyer Nguyen Duc Thang said the case was weak.\n\n“Let them try,” said a boat captain who gave only his first name, Duc, for fear of reprisals.', 'Nguyen Duc Thang', 'Defence lawyer'],
    ['the description before the clause that gives a name, for a person of their own', 'Defence lawyer Nguyen Duc Thang said the case was weak.\n\n“Let them try,” said a boat captain who gave only his first name, Duc, for fear of reprisals.', 'Duc', 'boat captain'],
  ];
  for (const [pattern, text, name, role] of cases) {
    it(`reads ${pattern}`, () => {
      const speaker = roleOf(text, name);
      assert.ok(speaker, `${name} is a speaker`);
      assert.equal(speaker.role, role);
    });
  }

  it('finds the organisation and its abbreviation', () => {
    const aron = roleOf('Leon Aron, a senior fellow at the American Enterprise Institute, expected a summit.', 'Leon Aron');
    assert.deepEqual([aron?.organization, aron?.abbreviation, aron?.shortRole], ['American Enterprise Institute', 'AEI', 'senior fellow, AEI']);
    const explicit = roleOf('The Council on Foreign Relations (CFR) met. Jane Park, a fellow at the Council on Foreign Relations, spoke.', 'Jane Park');
    assert.deepEqual([explicit?.organization, explicit?.abbreviation, explicit?.shortRole], ['Council on Foreign Relations', 'CFR', 'fellow, CFR']);
  });

  it('gives no role for an honorific alone or for a neighbour’s name', () => {
    const text = 'Mr. Harlan Brooks and Ms. Nadia Petrova met.';
    assert.equal(roleOf(text, 'Nadia Petrova')?.role, null);
    assert.equal(roleOf(text, 'Harlan Brooks')?.role, null);
  });

  it('abbreviates from the text or from the capitals of a multi-word name', () => {
    assert.equal(abbreviationOf('the World Health Organization (WHO) said', 'World Health Organization', 29), 'WHO');
    assert.equal(abbreviationOf('at the American Enterprise Institute', 'American Enterprise Institute', 36), 'AEI');
    assert.equal(abbreviationOf('at Harvard', 'Harvard', 10), null);
  });

  it('drops duplicate and contained roles when merging', () => {
    const summary = summarizeRoles([phrase('President'), phrase('Ukrainian President'), phrase('ukrainian president')]);
    assert.equal(summary.role, 'Ukrainian President');
    const withOrganization = summarizeRoles([phrase('analyst'), phrase('senior fellow at the AEI', 'American Enterprise Institute', 'senior fellow')]);
    assert.equal(withOrganization.shortRole, 'senior fellow, AEI');
  });
});
