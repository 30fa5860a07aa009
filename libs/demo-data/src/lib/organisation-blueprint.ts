import { PROFILE_KEYS, type ProfileKey } from './workforce-profiles';

/** A division (Abteilung) of an office and its relative size among the office's divisions (default 1). */
export interface DivisionBlueprint {
  readonly name: string;
  readonly weight: number;
}

/** An office (Amt) as the blueprint describes it: its staff in 2018 and its divisions (Abteilungen). */
export interface OfficeBlueprint {
  readonly department: string;
  readonly number: string;
  readonly name: string;
  readonly staff: number;
  readonly profile: ProfileKey;
  /** Empty: the office has no divisions and reports its staff itself. */
  readonly divisions: readonly DivisionBlueprint[];
}

export interface DepartmentBlueprint {
  readonly code: string;
  readonly name: string;
}

/** The top of the fictional administration. */
export const TOP_UNIT = { code: 'SV', name: 'Stadtverwaltung Musterstadt' } as const;

/** Every unit of the original structure exists from this day on. */
export const FOUNDED_ON = '2015-01-01';

export const DEPARTMENTS: readonly DepartmentBlueprint[] = [
  ['D1', 'Dezernat I – Oberbürgermeisterin, Allgemeine Verwaltung'],
  ['D2', 'Dezernat II – Finanzen und Liegenschaften'],
  ['D3', 'Dezernat III – Soziales, Jugend und Gesundheit'],
  ['D4', 'Dezernat IV – Recht, Ordnung und Bürgerservice'],
  ['D5', 'Dezernat V – Bildung, Kultur und Sport'],
  ['D6', 'Dezernat VI – Planen und Bauen'],
  ['D7', 'Dezernat VII – Umwelt, Klima und Mobilität'],
  ['D8', 'Dezernat VIII – Wirtschaft und Digitalisierung'],
].map(([code, name]) => ({ code, name }));

// department office-number | name | staff in 2018 | workforce profile | divisions separated by ";", each with its
// relative size as `=weight` where it is not 1
const OFFICE_TABLE = `
D1 10 | Hauptamt | 95 | admin | Organisation und Verwaltungsentwicklung; Zentrale Dienste; Poststelle und Druckerei; Ratsbüro
D1 11 | Personalamt | 90 | admin | Personalservice; Personalentwicklung; Ausbildung und Nachwuchsgewinnung; Entgelt und Versorgung
D1 12 | Amt für Statistik und Wahlen | 24 | expert | Statistik und Stadtforschung; Wahlen
D1 13 | Presse- und Informationsamt | 14 | admin |
D1 14 | Rechnungsprüfungsamt | 30 | expert | Prüfung der Verwaltung; Bau- und Vergabeprüfung
D1 15 | Stabsstelle Integration | 7 | admin |
D1 16 | Gleichstellungsbüro | 5 | admin |
D2 20 | Kämmerei | 48 | expert | Haushalt; Finanzbuchhaltung und Controlling; Beteiligungsmanagement
D2 21 | Stadtkasse | 58 | admin | Zahlungsverkehr; Vollstreckung; Buchhaltung
D2 22 | Steueramt | 50 | admin | Grundsteuer; Gewerbesteuer; Sonstige Steuern und Abgaben
D2 23 | Liegenschaftsamt | 40 | technical | Grundstücksverkehr; Gebäude- und Mietverwaltung; Wertermittlung
D2 24 | Zentrale Vergabestelle | 15 | admin |
D3 50 | Amt für Soziales | 360 | social | Zentrale Dienste=0.5; Grundsicherung und Hilfe zum Lebensunterhalt=1.5; Eingliederungshilfe; Hilfe zur Pflege; Wohngeld; Leistungen für Geflüchtete
D3 51 | Jugendamt | 520 | social | Zentrale Verwaltung=0.5; Allgemeiner Sozialer Dienst Nord=1.5; Allgemeiner Sozialer Dienst Süd=1.5; Allgemeiner Sozialer Dienst Mitte=1.5; Wirtschaftliche Jugendhilfe; Jugendförderung und Jugendzentren=1.5; Beistandschaften und Unterhaltsvorschuss; Pflegekinderdienst und Adoption
D3 53 | Gesundheitsamt | 165 | social | Infektionsschutz und Hygiene; Kinder- und Jugendgesundheitsdienst; Sozialpsychiatrischer Dienst; Amtsärztlicher Dienst
D3 54 | Städtische Kindertagesstätten | 1100 | care | Verwaltung und Fachberatung=0.15; Kita-Verbund Nord; Kita-Verbund Ost; Kita-Verbund Süd; Kita-Verbund West; Kita-Verbund Mitte
D3 55 | Seniorenbüro | 9 | social |
D3 56 | Amt für Wohnungswesen | 36 | admin | Wohnungsvermittlung; Wohnraumförderung; Wohnungsnotfallhilfe
D4 30 | Rechtsamt | 22 | expert | Prozessvertretung; Allgemeines Recht und Satzungen
D4 32 | Ordnungsamt | 280 | service | Allgemeine Ordnungsangelegenheiten; Gewerbeangelegenheiten; Kommunaler Ordnungsdienst; Verkehrsüberwachung; Bußgeldstelle
D4 33 | Bürgeramt | 200 | service | Bürgerbüro Mitte; Bürgerbüro Nord; Bürgerbüro Süd; Kfz-Zulassung; Führerscheinstelle
D4 34 | Standesamt | 30 | service | Geburten und Sterbefälle; Eheschließungen und Namensrecht
D4 35 | Amt für Migration und Einbürgerung | 95 | service | Aufenthaltsrecht; Einbürgerung; Servicecenter
D4 37 | Feuerwehr | 700 | fire | Verwaltung und Einsatzplanung=0.4; Feuer- und Rettungswache 1=2; Feuer- und Rettungswache 2=2; Feuer- und Rettungswache 3=2; Feuer- und Rettungswache 4=2; Integrierte Leitstelle=0.6; Vorbeugender Brandschutz=0.4; Rettungsdienst und Ausbildung; Technik und Werkstätten=0.6
D4 38 | Bevölkerungsschutz | 12 | fire |
D4 39 | Veterinär- und Lebensmittelüberwachungsamt | 38 | technical | Lebensmittelüberwachung; Tiergesundheit und Tierschutz
D5 40 | Schulverwaltungsamt | 420 | service | Schulentwicklung und Verwaltung=0.4; Schulsekretariate=1.2; Hausmeisterdienste Nord=1.5; Hausmeisterdienste Süd=1.5; Schulbegleitung und Ganztag=1.5
D5 41 | Kulturamt | 30 | culture | Kulturförderung; Veranstaltungen
D5 42 | Stadtbibliothek | 120 | culture | Zentralbibliothek; Stadtteilbibliotheken; Medienbearbeitung
D5 43 | Volkshochschule | 45 | culture | Sprachen und Integration; Beruf und Gesellschaft; Verwaltung und Kursorganisation
D5 44 | Musikschule | 85 | culture | Instrumental- und Vokalunterricht; Elementare Musikpädagogik
D5 45 | Städtische Museen und Stadtarchiv | 60 | culture | Stadtmuseum; Kunstmuseum; Stadtarchiv
D5 52 | Sport- und Bäderamt | 95 | manual | Sportförderung=0.4; Sportstätten; Hallenbad Mitte; Freibäder
D6 60 | Bauverwaltungsamt | 26 | admin | Bauverwaltung; Erschließungsbeiträge
D6 61 | Stadtplanungsamt | 60 | technical | Stadtentwicklung; Bauleitplanung; Stadterneuerung
D6 62 | Vermessungs- und Katasteramt | 55 | technical | Liegenschaftskataster; Vermessung; Geoinformation
D6 63 | Bauaufsichtsamt | 70 | technical | Baugenehmigungen Nord; Baugenehmigungen Süd; Bauüberwachung; Denkmalschutz
D6 65 | Hochbauamt | 190 | technical | Projektsteuerung; Gebäudeunterhaltung; Energie- und Gebäudetechnik=0.6; Objektservice=1.5
D6 66 | Tiefbauamt | 240 | technical | Straßenplanung; Straßenunterhaltung=1.5; Brücken und Ingenieurbau=0.6; Stadtentwässerung
D7 36 | Umweltamt | 48 | technical | Umweltplanung und Klimaschutz; Immissionsschutz; Wasser- und Bodenschutz; Untere Naturschutzbehörde
D7 67 | Grünflächenamt | 260 | manual | Verwaltung und Friedhöfe; Grünplanung=0.5; Grünflächenunterhaltung Nord=1.5; Grünflächenunterhaltung Süd=1.5; Baumpflege
D7 68 | Amt für Verkehrsmanagement | 45 | technical | Verkehrsplanung; Verkehrslenkung und Signalanlagen; Mobilität und Radverkehr
D7 70 | Abfallwirtschaft und Stadtreinigung | 480 | manual | Verwaltung und Gebühren=0.4; Müllabfuhr Nord=1.6; Müllabfuhr Süd=1.6; Straßenreinigung und Winterdienst=1.6; Wertstoffhöfe=0.6; Fuhrpark und Werkstatt
D8 80 | Amt für Wirtschaftsförderung | 24 | admin | Unternehmensservice; Standortmarketing
D8 81 | Amt für Digitalisierung und IT | 185 | expert | IT-Steuerung; Anwendungsbetreuung; Infrastruktur und Rechenzentrum; Service Desk; Onlinedienste
D8 82 | Tourismus und Stadtmarketing | 18 | culture |
D8 84 | Datenschutz und Informationssicherheit | 9 | expert |
D8 85 | Marktamt | 12 | service |
`;

export const OFFICES: readonly OfficeBlueprint[] = OFFICE_TABLE.trim()
  .split('\n')
  .map((line) => {
    const [head, name, staff, profile, divisions] = line.split('|').map((cell) => cell.trim());
    const [department, number] = head.split(' ');
    if (!isProfileKey(profile)) throw new Error(`Unknown workforce profile ${profile} in: ${line}`);
    const divisionList = divisions ? divisions.split(';').map((division) => division.trim().split('=')) : [];
    const parsed = divisionList.map(([division, weight]) => ({ name: division, weight: Number(weight ?? 1) }));
    return { department, number, name, staff: Number(staff), profile, divisions: parsed };
  });

function isProfileKey(value: string): value is ProfileKey {
  return (PROFILE_KEYS as readonly string[]).includes(value);
}

/** The restructuring of January 1, 2022: two offices merge, one division splits. */
export const RESTRUCTURING = {
  lastDayBefore: '2021-12-31',
  firstDay: '2022-01-01',
  /** Umweltamt and Grünflächenamt merge; each new division names the old divisions (by number) it continues. */
  merger: {
    department: 'D7',
    ending: ['36', '67'],
    office: { number: '69', name: 'Amt für Umwelt, Klima und Grün' },
    divisions: [
      { name: 'Amtsleitung und Stab', from: ['36-0', '67-0'] },
      { name: 'Klimaschutz und Umweltplanung', from: ['36-1'] },
      { name: 'Immissions-, Wasser- und Bodenschutz', from: ['36-2', '36-3'] },
      { name: 'Naturschutz und Grünplanung', from: ['36-4', '67-2'] },
      { name: 'Verwaltung und Friedhöfe', from: ['67-1'] },
      { name: 'Grünflächenunterhaltung', from: ['67-3', '67-4'] },
      { name: 'Baumpflege', from: ['67-5'] },
    ],
  },
  /** One division of the Amt für Soziales splits in two. */
  split: {
    code: 'D3-50-2',
    into: ['Grundsicherung im Alter und bei Erwerbsminderung', 'Hilfe zum Lebensunterhalt, Bildung und Teilhabe'],
  },
} as const;
