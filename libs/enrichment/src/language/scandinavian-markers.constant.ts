export type ScandinavianLanguage = 'da' | 'no' | 'sv';

// Everyday words whose spelling differs between written Danish, Norwegian
// (Bokmål, plus a few Nynorsk forms) and Swedish: function words, pronouns and
// frequent verb forms ("af"/"av", "meget"/"mye"/"mycket", "tager"/"tar").
// Character trigrams confuse Danish and Bokmål on short posts because the two
// share most of their letters; these words are what a Scandinavian reader
// decides by. A word listed for two languages counts for both.
const MARKERS: ReadonlyArray<
  readonly [readonly ScandinavianLanguage[], string]
> = [
  [
    ['da'],
    `af hvad meget nogen noget nogle måske desværre uge uger ugen tak fik bliver gøre gør
     end hej jer jeres hvornår havde været lidt siger lige os sgu tilbage spørgsmål købe
     køber købt hjælp hjælpe ud op uden tusind rejse vej der tager giver søger aften aftes
     mellem gået fået set nej`,
  ],
  [
    ['no'],
    `hva mye noen noe kanskje dessverre uke uker uka takk fikk ble gjøre gjør enn hei dere
     meg deg seg hadde vært litt sier oss å fortsatt nettopp skikkelig veldig koselig hjelp
     hjelpe opp igjen uten tilbake spørsmål kjøpe kjøpt ikkje eg kva berre heilt noko mykje
     heile tar gir søker kveld mellom hatt nå`,
  ],
  [
    ['sv'],
    `och inte är jag att för också mycket någon något några hur vad från när här där tack
     väldigt kanske ska hon vara varit finns till upp utan tillbaka fick gör hade varför
     vilken vem många själv mellan kväll söker ger tillsammans`,
  ],
  [
    ['da', 'no'],
    'jeg ikke og hvordan hvorfor hvis hvor hvem hvilken også mange kun selv sammen fordi være er',
  ],
  [['da', 'sv'], 'efter nu mig dig sig blev igen haft'],
  [['no', 'sv'], 'av blir bra tusen ut vår vet jobb gått fått sett'],
];

export const SCANDINAVIAN_MARKERS: ReadonlyMap<
  string,
  readonly ScandinavianLanguage[]
> = new Map(
  MARKERS.flatMap(([languages, list]) =>
    list
      .split(/\s+/)
      .filter(Boolean)
      .map((word) => [word, languages] as const),
  ),
);
