import { describe, expect, it } from 'vitest';
import { detectEnglish } from '@/lib/nlp/language';
import { headingKind, sectionedSentences } from '@/lib/nlp/sections';
import { lines, sentences } from '@/lib/nlp/sentences';
import { normalizeWord, tokenize } from '@/lib/nlp/tokens';

describe('tokens', () => {
  it('keeps spans, stems regular forms and maps irregular ones to the lemma', () => {
    const text = 'Built and deployed models; wrote C++ pipelines.';
    const toks = tokenize(text);
    expect(toks.map((t) => text.slice(t.start, t.end))).toEqual(['Built', 'and', 'deployed', 'models', 'wrote', 'C++', 'pipelines']);
    expect(toks[0]!.norm).toBe(normalizeWord('build'));
    expect(toks[2]!.norm).toBe(normalizeWord('deploy'));
    expect(toks[4]!.norm).toBe(normalizeWord('write'));
    expect(toks[5]!.norm).toBe('c++');
  });
  it('does not confuse experience with experiment (a Porter collision)', () => {
    expect(normalizeWord('experience')).not.toBe(normalizeWord('experiment'));
    expect(normalizeWord('experiments')).toBe(normalizeWord('experiment'));
  });
});

describe('sentences', () => {
  it('splits bullets into lines without their markers', () => {
    const text = '- first line\n• second line\n3. third line';
    expect(lines(text).map((s) => text.slice(s.start, s.end))).toEqual(['first line', 'second line', 'third line']);
  });
  it('splits prose after full stops but not after abbreviations', () => {
    const text = 'We use tools, e.g. Spark and Kafka. You will build pipelines. Great.';
    expect(sentences(text).map((s) => text.slice(s.start, s.end))).toEqual(['We use tools, e.g. Spark and Kafka.', 'You will build pipelines.', 'Great.']);
  });
  it('does not split after an academic title or a reference abbreviation', () => {
    const text =
      'You will be supervised by Prof. Meyer and Assoc. Prof. Lind at the Univ. of Bonn. Quote Ref. 2291 when you apply. Questions? Call Tel. 555 0101.';
    expect(sentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'You will be supervised by Prof. Meyer and Assoc. Prof. Lind at the Univ. of Bonn.',
      'Quote Ref. 2291 when you apply.',
      'Questions?',
      'Call Tel. 555 0101.',
    ]);
  });
  it('carries on a line wrapped by hand (plain text, <pre>, a pasted e-mail), and only such a line', () => {
    const text =
      'SUMMARY\nThe Analytics Unit is seeking an analyst to study traffic,\ntransit and crash data and build models that help the City plan\nsafer streets.\n  * Bachelor degree in statistics, economics, engineering or a\n    related field.\nexperience with SQL\nknowledge of R';
    expect(lines(text).map((s) => text.slice(s.start, s.end).replace(/\s+/g, ' '))).toEqual([
      'SUMMARY',
      'The Analytics Unit is seeking an analyst to study traffic, transit and crash data and build models that help the City plan safer streets.',
      'Bachelor degree in statistics, economics, engineering or a related field.',
      'experience with SQL', // short lines in lower case are items of their own
      'knowledge of R',
    ]);
  });
});

describe('sections', () => {
  it('a heading after a sentence on the same line opens its section, as a scrape that removed line breaks leaves it', () => {
    const text =
      'Acme moves freight across Europe. Responsibilities: Build data pipelines in Airflow. Model the warehouse. Benefits: Health insurance and a 401(k) match.';
    const at = (needle: string) => sectionedSentences(text).find((s) => text.slice(s.start, s.end).startsWith(needle))!;
    expect(at('Build data pipelines').section).toBe('responsibilities');
    expect(at('Model the warehouse').section).toBe('responsibilities');
    expect(at('Health insurance').section).toBe('benefits');
    // the heading's word is not read as part of the sentence
    expect(sectionedSentences(text).some((s) => text.slice(s.start, s.end).startsWith('Responsibilities'))).toBe(false);
    // the sentence before such a heading is read too (it was taken into the heading: "We ship every day. Our stack:")
    const stack = 'We ship every day. Our stack: Python, Spark and dbt.';
    expect(sectionedSentences(stack).map((s) => [s.section, stack.slice(s.start, s.end)])).toEqual([
      ['body', 'We ship every day.'],
      ['requirements', 'Python, Spark and dbt.'],
    ]);
    // the rest after such a heading is read whole: a second colon in it opens nothing ("Test::Unit" was cut to ":Unit")
    const tools = 'Experience with unit testing frameworks: RSpec (preferred), Minitest/Test::Unit or similar';
    expect(sectionedSentences(tools).map((s) => tools.slice(s.start, s.end))).toEqual(['RSpec (preferred), Minitest/Test::Unit or similar']);
    // a colon that names no section heads nothing
    const rule = 'We ship every day. One rule: tests come first.';
    expect(sectionedSentences(rule).map((s) => s.section)).toEqual(['body', 'body']);
  });
  it('a known heading after a check mark is a heading, though a check mark also marks list items ("✅ You might be a fit if")', () => {
    const text =
      "🚀 What you'll work on\nTrain and ship crop-detection models\n✅ You might be a fit if\nYou've put a computer vision model into production\n✅ Python and PyTorch\n✅ Experience with edge devices";
    const at = (needle: string) => sectionedSentences(text).find((s) => text.slice(s.start, s.end).startsWith(needle))!;
    expect(at("You've put a computer vision model").section).toBe('requirements');
    expect(at('Train and ship').section).toBe('responsibilities');
    // ...and a check-marked item that is not a known heading as a whole stays an item of its section
    expect(at('Python and PyTorch')).toMatchObject({ section: 'requirements', heading: false });
    expect(at('Experience with edge devices')).toMatchObject({ section: 'requirements', heading: false });
  });
  it('a heading dressed in emoji or symbols is a heading ("🚀 What you\'ll do", "⭐️ Benefits", "★ Responsibilities ★")', () => {
    expect(headingKind("🚀 What you'll do")).toBe('responsibilities');
    expect(headingKind('⭐️ Benefits')).toBe('benefits');
    expect(headingKind('👋 About Owner.com')).toBe('about');
    expect(headingKind('🎯 Requirements')).toBe('requirements');
    expect(headingKind('★ Responsibilities ★')).toBe('responsibilities');
  });
  it('an indented heading is a heading, and an indent alone is no list marker', () => {
    const text = 'About Acme\nAcme ships parcels.\n    Responsibilities\n  - Build data pipelines in Airflow.\n    Benefits\n  - Health insurance.';
    expect(lines(text).map((l) => l.bullet)).toEqual([false, false, false, true, false, true]);
    const sections = sectionedSentences(text).map((s) => [text.slice(s.start, s.end), s.section, s.heading]);
    expect(sections).toContainEqual(['Responsibilities', 'responsibilities', true]);
    expect(sections).toContainEqual(['Build data pipelines in Airflow.', 'responsibilities', false]);
    expect(sections).toContainEqual(['Health insurance.', 'benefits', false]);
  });
  it('check marks, arrows and Word\'s symbol bullets mark list items ("✓ Python", "➤ Build …", "\uF0A7 SQL")', () => {
    const text = '✓ Python and SQL\n➤ Build data pipelines\n\uF0A7 Strong SQL\n§ Airflow';
    expect(lines(text).map((l) => [text.slice(l.start, l.end), l.bullet])).toEqual([
      ['Python and SQL', true],
      ['Build data pipelines', true],
      ['Strong SQL', true],
      ['Airflow', true],
    ]);
  });
  it('recognises common headings', () => {
    expect(headingKind("What you'll do")).toBe('responsibilities');
    expect(headingKind('Requirements:')).toBe('requirements');
    expect(headingKind('About us')).toBe('about');
    expect(headingKind('Benefits')).toBe('benefits');
    expect(headingKind('Build data pipelines for the analytics team.')).toBeUndefined();
  });
  it.each([
    // sentence-case headings career sites use, each once read as a line of the section before it
    ['Your impact', 'responsibilities'],
    ['Day to day', 'responsibilities'],
    ['Your tasks', 'responsibilities'],
    ['Essential Functions', 'responsibilities'],
    ['What success looks like', 'responsibilities'],
    ['What will you do?', 'responsibilities'],
    // what the job is responsible for, as a heading (a credit union's "Responsible and Accountable for:" had read as body text)
    ['Responsible and Accountable for:', 'responsibilities'],
    ['This position is responsible for:', 'responsibilities'],
    ["What you'll be responsible for", 'responsibilities'],
    ['Your profile', 'requirements'],
    ['What we expect', 'requirements'],
    ['Who are you?', 'requirements'],
    ['Tech stack', 'requirements'],
    ['You might be a good fit if you:', 'requirements'],
    ['Why join us?', 'benefits'],
    ['Our team', 'about'],
    ['Who you’ll work with', 'about'],
    ['How to apply', 'legal'],
    ['Physical requirements', 'legal'],
    ['Work environment', 'legal'],
    ['Recruitment process', 'legal'], // the steps of hiring are not the job: its lines ("A technical interview") count for nothing
    ['Interview process', 'legal'],
    ['Our hiring process', 'legal'],
    ['Next steps', 'legal'],
    // headings of real postings that kept the section before them (requirements read as duties, benefits as requirements)
    ['What we are looking for:', 'requirements'],
    ['What We Need To See', 'requirements'],
    ['Ways To Stand Out From The Crowd:', 'requirements'],
    ['Desired Characteristics', 'requirements'],
    ['Required:', 'requirements'],
    ['What you should have:', 'requirements'],
    ["Here's a taste of what's on offer:", 'benefits'],
    ['What we can offer you:', 'benefits'],
    ["What you'll get:", 'benefits'],
    ["What you'll get to do:", 'responsibilities'],
    ['Meet the Team', 'about'],
    ['What We Do:', 'about'],
    ['Our Culture', 'about'],
    // sentence case without a colon, as many career sites set them
    ['What are we looking for?', 'requirements'],
    ['Who are we looking for?', 'requirements'],
    ['What we’re looking for…', 'requirements'],
    ['Required qualifications, capabilities, and skills', 'requirements'],
    ['What you must have', 'requirements'],
    ['What you’ll need to succeed', 'requirements'],
    ['Other requirements', 'requirements'],
    ["What you'll be doing day to day", 'responsibilities'],
    ['What you’ll be doing…', 'responsibilities'],
    ['What we offer you', 'benefits'],
    ['What else do we offer?', 'benefits'],
    ['What you can expect from us', 'benefits'],
    // "you'll" is one word: these were read as duties ("you'll" as in "What you'll do")
    ["What you'll need", 'requirements'],
    ['What You’ll Bring:', 'requirements'],
    ["You'll bring:", 'requirements'],
    // a UK agency's five sections, written in sentence case (Hays): were no headings, so the company blurb, the pay and
    // the way to apply ran on at the weight of the section before them
    ['Your new company', 'about'],
    ['Your new role', 'responsibilities'],
    ["What you'll get in return", 'benefits'],
    ['What you need to do now', 'legal'],
    // public-sector and agency requirement lists
    ['Person specification', 'requirements'],
    ['Essential criteria:', 'requirements'],
    ['Desirable:', 'requirements'],
    ['Good to have', 'requirements'],
    ['Must have', 'requirements'],
    ['You may be a good fit if', 'requirements'],
    ["Ideally You'll Have", 'requirements'],
    ["You'll Thrive Here If", 'requirements'],
    // duties, pay and perks, and the client an agency writes for
    ['Role purpose:', 'responsibilities'],
    ['Tasks', 'responsibilities'],
    ['Tasks:', 'responsibilities'],
    ['A day in the life', 'responsibilities'],
    ['Total rewards', 'benefits'],
    ["What We're Offering", 'benefits'],
    ["What You'll Gain", 'benefits'],
    ['Why work with us', 'benefits'],
    ['About the client', 'about'],
    ["Where You'll Work", 'about'],
  ] as const)('"%s" heads a %s section', (line, kind) => expect(headingKind(line)).toBe(kind));
  it.each(['Do you have experience with Spark?', 'Why not?', 'Our team is growing fast and we need you.', 'Must have strong SQL skills'])(
    '"%s" is not a heading',
    (line) => expect(headingKind(line)).toBeUndefined(),
  );
  it('requirements under "Your profile" weigh as requirements, not as the duties before them', () => {
    const text = "What you'll do\n- Build data pipelines in Spark.\nYour profile\n- Three years of experience with Airflow.";
    expect(
      sectionedSentences(text)
        .filter((x) => !x.heading)
        .map((x) => x.section),
    ).toEqual(['responsibilities', 'requirements']);
  });
  it('reads company facts run together from labels as the company blurb ("…45 employeesFounded in 2019")', () => {
    const s = sectionedSentences('Fjord AI\nArtificial Intelligence / Machine Learning45 employeesFounded in 2019').filter((x) => !x.heading);
    expect(s.map((x) => x.section)).toEqual(['about']);
  });
  it("reads the employer's people, said after the duties with no heading, as the company blurb, not as the job's", () => {
    const text =
      'Responsibilities:\n- Manage end-to-end data processing for network reports.\nOur diverse workforce includes skilled tradespeople; artificial intelligence, machine learning (AI/ML) experts; engineers and scientists.\nHeadquartered in Wichita, Koch employs 122,000+ employees across the globe.\n- Maintain analytical systems and verify the accuracy of the data.';
    const s = sectionedSentences(text).filter((x) => !x.heading);
    expect(s.map((x) => x.section)).toEqual(['responsibilities', 'about', 'about', 'responsibilities']);
  });
  it('reads what the employer sells, said with no heading, as the company blurb: "GliaCell’s Enterprise capabilities include … Machine Learning, AI"', () => {
    const text =
      'We excel at delivering stable and reliable software solutions.\nGliaCell’s Enterprise capabilities include Full-Stack Application Development, Big Data, Cloud Technologies, Analytics, Machine Learning, AI, and DevOps Containerization.\nToday, our solutions span customer loyalty, payment services and drive-thru.\nKey Requirements:\n- Familiarity with machine learning.';
    const s = sectionedSentences(text).filter((x) => !x.heading);
    expect(s.map((x) => x.section)).toEqual(['body', 'about', 'about', 'requirements']);
  });
  it('assigns sentences to sections and marks equal-opportunity boilerplate as legal', () => {
    const text =
      'About us\nWe are a freight company.\nResponsibilities:\n- Build data pipelines.\nWe are an equal opportunity employer and hire without regard to race.';
    const s = sectionedSentences(text).filter((x) => !x.heading);
    expect(s.map((x) => x.section)).toEqual(['about', 'responsibilities', 'legal']);
  });
  it('reads an inline heading at the start of a line', () => {
    const text = 'Responsibilities: build data pipelines and own the warehouse.';
    const [s] = sectionedSentences(text);
    expect(s!.section).toBe('responsibilities');
    expect(text.slice(s!.start, s!.end)).toBe('build data pipelines and own the warehouse.');
  });
});

describe('language', () => {
  it('takes English postings, bullet-heavy ones included', () => {
    expect(
      detectEnglish('You will design and build the data pipelines that feed our warehouse, and work with the analysts on the models they need.').english,
    ).toBe(true);
    expect(
      detectEnglish('- Python, SQL and Spark\n- 3+ years of experience with Airflow\n- Experience in a cloud data warehouse such as Snowflake').english,
    ).toBe(true);
  });
  it("takes a terse English list of skills and perks, with few function words and no other language's", () => {
    const list = [
      'Linux operating systems - preferably Ubuntu',
      'Experience with cloud AWS',
      'Commercial automation and scripting experience - Ansible, chef, puppet',
      'Continuous Integration - Jenkins',
      'Basic knowledge of database services/configuration management',
      '25 days holiday',
      'Training fund',
      'Private medical insurance',
      'Health care cash plan',
      '10% employer pension contribution',
      'Staff discount',
      'Life assurance',
      'Child care vouchers',
      'Season ticket loan',
      'Free magazines',
      'Cycle to work',
      'Wedding day',
      'Sabbatical leave',
      'Team socials',
    ].join('\n');
    expect(detectEnglish(list).english).toBe(true);
    // (a Romanian posting has as few English function words, and words of its own)
    expect(
      detectEnglish(
        'Căutăm un inginer de date pentru echipa noastră din București. Vei construi fluxuri de date în Azure și vei lucra cu analiștii. Cerințe: experiență cu SQL și Python, minimum 3 ani.',
      ).english,
    ).toBe(false);
  });
  it('rejects German, French, Spanish and non-Latin postings', () => {
    expect(
      detectEnglish(
        'Wir suchen eine erfahrene Person für den Aufbau unserer Datenplattform. Du entwickelst Datenpipelines und arbeitest mit dem Team an der Qualität der Daten.',
      ).english,
    ).toBe(false);
    expect(
      detectEnglish('Nous recherchons un ingénieur pour construire nos pipelines de données avec les équipes produit et pour améliorer la qualité des données.')
        .english,
    ).toBe(false);
    expect(
      detectEnglish('Buscamos una persona para construir los pipelines de datos con el equipo de producto y para mejorar la calidad de los datos.').english,
    ).toBe(false);
    expect(detectEnglish('データパイプラインを設計し、構築し、運用していただきます。機械学習モデルを本番環境に展開します。').english).toBe(false);
  });
  it('rejects Slovenian and Estonian, whose "in" (and) and "on" (is) are English function words too', () => {
    expect(
      detectEnglish(
        'Iščemo podatkovnega inženirja, ki se bo pridružil naši ekipi v Ljubljani. Tvoja naloga bo razvoj in vzdrževanje podatkovnih tokov, ki so ključni za naše poslovanje. Delo je dinamično in raznoliko, na voljo je tudi delo od doma.',
      ).english,
    ).toBe(false);
    expect(
      detectEnglish(
        'Otsime andmeinseneri meie meeskonda, kes ehitaks meie andmeplatvormi. Töö on paindlik ja meeskond on sõbralik. Sul on kogemus SQL-i ja Pythoniga ning oskus töötada iseseisvalt.',
      ).english,
    ).toBe(false);
  });
});
