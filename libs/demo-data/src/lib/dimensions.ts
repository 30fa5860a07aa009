import {
  type CategoryDefinition,
  type DimensionDefinition,
  type DimensionVersionDefinition,
  NO_ANSWER_KEY,
} from '@vielfalt/contracts';

/** The working group that agreed the wording of the questions (consultation provenance). */
export const WORKING_GROUP =
  'Arbeitsgruppe Vielfalt mit Migrant*innenbeirat, Queerem Netzwerk und Schwerbehindertenvertretung';

const FIRST_AGREED_ON = '2017-11-14';

const NO_ANSWER: CategoryDefinition = { key: NO_ANSWER_KEY, label: { de: 'keine Angabe', en: 'Prefer not to say' } };

function category(key: string, de: string, en: string): CategoryDefinition {
  return { key, label: { de, en } };
}

/** One version valid for every period, agreed before the first wave. */
function firstVersion(categories: readonly CategoryDefinition[]): DimensionVersionDefinition[] {
  return [
    {
      version: 1,
      validFromPeriod: '2018',
      agreedBy: WORKING_GROUP,
      agreedOn: FIRST_AGREED_ON,
      categories,
      mappingFromPrevious: [],
    },
  ];
}

const migrationHistory: DimensionDefinition = {
  key: 'migration_history',
  label: { de: 'Einwanderungsgeschichte', en: 'Migration history' },
  description: {
    de:
      'Folgt der Definition des Statistischen Bundesamtes (Mikrozensus). Seit 2023 (Version 2): ' +
      '„Einwanderungsgeschichte“ – die Person selbst oder beide Elternteile sind seit 1950 nach Deutschland ' +
      'eingewandert. Bis 2022 (Version 1): „Migrationshintergrund“ – die Person oder mindestens ein Elternteil ' +
      'besaß bei Geburt nicht die deutsche Staatsangehörigkeit. Für Zeitreihen wird „mit“ der Summe aus ' +
      '„selbst eingewandert“ und „Eltern eingewandert“ gegenübergestellt; weil die alte Definition weiter ist ' +
      '(ein Elternteil genügte), zeigt der Wechsel 2023 einen Sprung, der aus der Definition kommt, nicht aus ' +
      'der Belegschaft.',
    en:
      'Follows the definition of the Federal Statistical Office (microcensus). Since 2023 (version 2): ' +
      '"history of immigration" – the person or both parents immigrated to Germany since 1950. Until 2022 ' +
      '(version 1): "migration background" – the person or at least one parent was not a German citizen by ' +
      'birth. Time series compare "with" to the sum of "immigrated themselves" and "parents immigrated"; the ' +
      'old definition is wider (one parent sufficed), so the change in 2023 shows a step that comes from the ' +
      'definition, not from the staff.',
  },
  choice: 'single',
  versions: [
    {
      version: 1,
      validFromPeriod: '2018',
      agreedBy: WORKING_GROUP,
      agreedOn: FIRST_AGREED_ON,
      categories: [
        category('mit', 'mit Migrationshintergrund', 'With migration background'),
        category('ohne', 'ohne Migrationshintergrund', 'Without migration background'),
        NO_ANSWER,
      ],
      mappingFromPrevious: [],
    },
    {
      version: 2,
      validFromPeriod: '2023',
      agreedBy: `${WORKING_GROUP} (Anpassung an den Mikrozensus 2023)`,
      agreedOn: '2022-11-08',
      categories: [
        category('selbst_eingewandert', 'selbst eingewandert', 'Immigrated themselves'),
        category('eltern_eingewandert', 'beide Elternteile eingewandert', 'Both parents immigrated'),
        category('keine', 'keine Einwanderungsgeschichte', 'No history of immigration'),
        NO_ANSWER,
      ],
      // "mit" corresponds to the union of the two new categories (approximately: see the description).
      mappingFromPrevious: [
        { from: 'mit', to: 'selbst_eingewandert' },
        { from: 'mit', to: 'eltern_eingewandert' },
        { from: 'ohne', to: 'keine' },
        { from: NO_ANSWER_KEY, to: NO_ANSWER_KEY },
      ],
    },
  ],
};

const genderIdentity: DimensionDefinition = {
  key: 'gender_identity',
  label: { de: 'Geschlechtliche Identität', en: 'Gender identity' },
  description: {
    de: 'Das Geschlecht, mit dem sich die Person identifiziert – unabhängig vom Eintrag im Personenstandsregister.',
    en: 'The gender the person identifies with, regardless of the civil register entry.',
  },
  choice: 'single',
  versions: firstVersion([
    category('weiblich', 'weiblich', 'Female'),
    category('maennlich', 'männlich', 'Male'),
    category('nicht_binaer', 'nicht-binär', 'Non-binary'),
    category('anders', 'anders (selbst beschrieben)', 'Another identity (self-described)'),
    NO_ANSWER,
  ]),
};

const sexualOrientation: DimensionDefinition = {
  key: 'sexual_orientation',
  label: { de: 'Sexuelle Orientierung', en: 'Sexual orientation' },
  description: {
    de: 'Selbstbeschreibung der sexuellen Orientierung; die Frage wurde mit dem Queeren Netzwerk formuliert.',
    en: 'Self-description of sexual orientation; the question was worded with the Queer Network.',
  },
  choice: 'single',
  versions: firstVersion([
    category('heterosexuell', 'heterosexuell', 'Heterosexual'),
    category('homosexuell', 'homosexuell (lesbisch, schwul)', 'Homosexual (lesbian, gay)'),
    category('bisexuell', 'bisexuell', 'Bisexual'),
    category('anders', 'anders (selbst beschrieben)', 'Another orientation (self-described)'),
    NO_ANSWER,
  ]),
};

const disability: DimensionDefinition = {
  key: 'disability',
  label: { de: 'Behinderung', en: 'Disability' },
  description: {
    de:
      'Ob die Person eine Behinderung hat: mit anerkannter Schwerbehinderung (Grad der Behinderung ab 50 oder ' +
      'gleichgestellt) oder ohne Ausweis, nach eigener Einschätzung.',
    en:
      'Whether the person has a disability: a recognised severe disability (degree of disability 50 or more, ' +
      'or equivalent status) or a disability without such recognition, as self-assessed.',
  },
  choice: 'single',
  versions: firstVersion([
    category('schwerbehinderung', 'anerkannte Schwerbehinderung', 'Recognised severe disability'),
    category('behinderung_ohne_ausweis', 'Behinderung ohne Ausweis', 'Disability without recognition'),
    category('keine', 'keine Behinderung', 'No disability'),
    NO_ANSWER,
  ]),
};

const ageBand: DimensionDefinition = {
  key: 'age_band',
  label: { de: 'Altersgruppe', en: 'Age band' },
  description: {
    de: 'Alter am Stichtag in vier Gruppen; bewusst grob, damit kleine Einheiten geschützt bleiben.',
    en: 'Age at the reference date in four bands; deliberately coarse so that small units stay protected.',
  },
  choice: 'single',
  versions: firstVersion([
    category('unter_30', 'unter 30 Jahre', 'Under 30'),
    category('30_bis_44', '30 bis 44 Jahre', '30 to 44'),
    category('45_bis_59', '45 bis 59 Jahre', '45 to 59'),
    category('60_plus', '60 Jahre und älter', '60 and over'),
    NO_ANSWER,
  ]),
};

const languages: DimensionDefinition = {
  key: 'languages',
  label: { de: 'Sprachen', en: 'Languages' },
  description: {
    de: 'Sprachen, in denen die Person sich im Dienst verständigen kann (Mehrfachauswahl).',
    en: 'Languages in which the person can communicate at work (multiple choice).',
  },
  choice: 'multi',
  versions: firstVersion([
    category('deutsch', 'Deutsch', 'German'),
    category('englisch', 'Englisch', 'English'),
    category('tuerkisch', 'Türkisch', 'Turkish'),
    category('arabisch', 'Arabisch', 'Arabic'),
    category('russisch', 'Russisch', 'Russian'),
    category('polnisch', 'Polnisch', 'Polish'),
    category('ukrainisch', 'Ukrainisch', 'Ukrainian'),
    category('andere', 'andere Sprachen', 'Other languages'),
  ]),
};

/** The self-reported questions of the demo, each with German and English wording and its provenance. */
export const DEMO_DIMENSIONS: readonly DimensionDefinition[] = [
  migrationHistory,
  genderIdentity,
  sexualOrientation,
  disability,
  ageBand,
  languages,
];
