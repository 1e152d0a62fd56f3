<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
<context>
    <name>AccuracyPanel</name>
    <message>
        <source>How accurate has it been?</source>
        <translation>Hvor præcis har den været?</translation>
    </message>
    <message>
        <source>The baseline is the average of the same weekday over the last four weeks. Errors are from forecasting each past week as if it were still to come.</source>
        <translation>Basislinjen er gennemsnittet af samme ugedag de seneste fire uger. Fejlene kommer fra at beregne hver tidligere uge, som om den endnu lå forude.</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Model:</translation>
    </message>
    <message>
        <source>Its error:</source>
        <translation>Dens fejl:</translation>
    </message>
    <message>
        <source>Simple baseline:</source>
        <translation>Simpel basislinje:</translation>
    </message>
    <message>
        <source>Range held:</source>
        <translation>Intervallet holdt:</translation>
    </message>
    <message>
        <source>%1 covers a day (%2)</source>
        <translation>%1 kuverter pr. dag (%2)</translation>
    </message>
    <message>
        <source>Calculate the forecast to see how it did on the past half year.</source>
        <translation>Beregn prognosen for at se, hvordan den har ramt det seneste halve år.</translation>
    </message>
    <message>
        <source>%1 of %2 days</source>
        <translation>%1 af %2 dage</translation>
    </message>
    <message>
        <source>Too little history to compare with the baseline yet.</source>
        <translation>Endnu for lidt historik til at sammenligne med basislinjen.</translation>
    </message>
    <message>
        <source>The forecast missed by %1 less than the baseline.</source>
        <translation>Prognosen ramte %1 tættere end basislinjen.</translation>
    </message>
    <message>
        <source>The forecast is about as good as the baseline.</source>
        <translation>Prognosen er omtrent lige så god som basislinjen.</translation>
    </message>
</context>
<context>
    <name>AllergenModel</name>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Allergen</source>
        <translation>Allergen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Allergens</name>
    <message>
        <source>Gluten</source>
        <translation>Gluten</translation>
    </message>
    <message>
        <source>Crustaceans</source>
        <translation>Krebsdyr</translation>
    </message>
    <message>
        <source>Eggs</source>
        <translation>Æg</translation>
    </message>
    <message>
        <source>Fish</source>
        <translation>Fisk</translation>
    </message>
    <message>
        <source>Peanuts</source>
        <translation>Jordnødder</translation>
    </message>
    <message>
        <source>Soy</source>
        <translation>Soja</translation>
    </message>
    <message>
        <source>Milk</source>
        <translation>Mælk</translation>
    </message>
    <message>
        <source>Tree nuts</source>
        <translation>Nødder</translation>
    </message>
    <message>
        <source>Celery</source>
        <translation>Selleri</translation>
    </message>
    <message>
        <source>Mustard</source>
        <translation>Sennep</translation>
    </message>
    <message>
        <source>Sesame</source>
        <translation>Sesam</translation>
    </message>
    <message>
        <source>Sulphites</source>
        <translation>Sulfitter</translation>
    </message>
    <message>
        <source>Lupin</source>
        <translation>Lupin</translation>
    </message>
    <message>
        <source>Molluscs</source>
        <translation>Bløddyr</translation>
    </message>
    <message>
        <source>Contains</source>
        <translation>Indeholder</translation>
    </message>
    <message>
        <source>May contain traces</source>
        <translation>Kan indeholde spor</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Ikke oplyst</translation>
    </message>
    <message>
        <source>Free from</source>
        <translation>Fri for</translation>
    </message>
</context>
<context>
    <name>ApplyCycleDialog</name>
    <message>
        <source>Apply a menu cycle</source>
        <translation>Brug en menucyklus</translation>
    </message>
    <message>
        <source>&amp;Delete cycle</source>
        <translation>&amp;Slet cyklus</translation>
    </message>
    <message>
        <source>week </source>
        <translation>uge </translation>
    </message>
    <message>
        <source>&amp;Replace dishes already planned</source>
        <translation>&amp;Erstat retter der allerede er planlagt</translation>
    </message>
    <message>
        <source>Public holidays, customary days off and days the canteen is closed are left empty. Dishes already planned are kept unless you choose to replace them.</source>
        <translation>Helligdage, sædvanlige fridage og dage hvor kantinen er lukket, bliver ikke planlagt. Retter der allerede er planlagt, bliver stående, medmindre du vælger at erstatte dem.</translation>
    </message>
    <message>
        <source>&amp;Cycle:</source>
        <translation>&amp;Cyklus:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <source>&amp;Start with:</source>
        <translation>&amp;Begynd med:</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n weeks)</source>
        <translation>
            <numerusform>%1 (%n uge)</numerusform>
            <numerusform>%1 (%n uger)</numerusform>
        </translation>
    </message>
    <message>
        <source>No cycles saved yet</source>
        <translation>Ingen cyklusser gemt endnu</translation>
    </message>
    <message>
        <source>Delete cycle</source>
        <translation>Slet cyklus</translation>
    </message>
    <message>
        <source>Delete the cycle “%1”? Weeks already planned from it stay.</source>
        <translation>Slet cyklussen “%1”? Uger der allerede er planlagt ud fra den, bliver stående.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behold</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>Overview</source>
        <translation>Oversigt</translation>
    </message>
    <message>
        <source>Menus</source>
        <translation>Menuer</translation>
    </message>
    <message>
        <source>Recipes</source>
        <translation>Opskrifter</translation>
    </message>
    <message>
        <source>Covers &amp; forecast</source>
        <translation>Kuverter &amp; prognose</translation>
    </message>
    <message>
        <source>Ordering</source>
        <translation>Bestilling</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Økonomi</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Synkronisering</translation>
    </message>
</context>
<context>
    <name>BudgetChart</name>
    <message>
        <source>Budget and actual (1,000 kr)</source>
        <translation>Budget og faktisk (1.000 kr)</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Faktisk</translation>
    </message>
</context>
<context>
    <name>CellPanel</name>
    <message>
        <source>Enter: choose a dish · Delete: clear · Insert: add a dish · F2: portions</source>
        <translation>Enter: vælg ret · Delete: ryd · Insert: tilføj ret · F2: portioner</translation>
    </message>
    <message>
        <source>&amp;Portions:</source>
        <translation>&amp;Portioner:</translation>
    </message>
    <message>
        <source>Left over:</source>
        <translation>Madspild:</translation>
    </message>
    <message>
        <source>Per portion:</source>
        <translation>Pr. portion:</translation>
    </message>
    <message>
        <source>Organic:</source>
        <translation>Økologi:</translation>
    </message>
    <message>
        <source>Climate:</source>
        <translation>Klima:</translation>
    </message>
    <message>
        <source>Choose a cell in the week.</source>
        <translation>Vælg en celle i ugen.</translation>
    </message>
    <message>
        <source>No dish planned</source>
        <translation>Ingen ret planlagt</translation>
    </message>
    <message>
        <source>Free from all 14 allergens</source>
        <translation>Fri for alle 14 allergener</translation>
    </message>
    <message>
        <source>Not weighed lately</source>
        <translation>Ikke vejet for nylig</translation>
    </message>
    <message>
        <source>%1 per cover (%2 days in 4 weeks)</source>
        <translation>%1 pr. kuvert (%2 dage på 4 uger)</translation>
    </message>
    <message>
        <source>Plan %1 portions (keeps leaving food)</source>
        <translation>Planlæg %1 portioner (der bliver ofte mad tilovers)</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <source>When</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Række</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Beholdt</translation>
    </message>
</context>
<context>
    <name>CostPerCoverChart</name>
    <message>
        <source>Cost per cover (kr)</source>
        <translation>Omkostning pr. kuvert (kr)</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>Omkostninger i alt</translation>
    </message>
    <message>
        <source>Raw materials</source>
        <translation>Råvarer</translation>
    </message>
</context>
<context>
    <name>CostTableModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Kuverter</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Omsætning</translation>
    </message>
    <message>
        <source>Raw materials</source>
        <translation>Råvarer</translation>
    </message>
    <message>
        <source>Raw mat./cover</source>
        <translation>Råvarer/kuvert</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Råvaredækning</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>Løn</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Øvrige</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>Omkostninger i alt</translation>
    </message>
    <message>
        <source>Cost/cover</source>
        <translation>Pr. kuvert</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Afvigelse</translation>
    </message>
    <message>
        <source>Waste kg</source>
        <translation>Madspild kg</translation>
    </message>
    <message>
        <source>Waste g/cover</source>
        <translation>Madspild g/kuvert</translation>
    </message>
    <message>
        <source>Organic kr</source>
        <translation>Øko kr</translation>
    </message>
    <message>
        <source>Organic kg</source>
        <translation>Øko kg</translation>
    </message>
    <message>
        <source>kg CO2e/cover</source>
        <translation>kg CO2e/kuvert</translation>
    </message>
</context>
<context>
    <name>CostsText</name>
    <message>
        <source>Raw materials</source>
        <translation>Råvarer</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>Løn</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Øvrige</translation>
    </message>
    <message>
        <source>Waste</source>
        <translation>Madspild</translation>
    </message>
    <message>
        <source>Production waste</source>
        <translation>Produktionsspild</translation>
    </message>
    <message>
        <source>Buffet waste</source>
        <translation>Buffetsvind</translation>
    </message>
    <message>
        <source>Plate waste</source>
        <translation>Tallerkenspild</translation>
    </message>
    <message>
        <source>Spoilage</source>
        <translation>Fordærvet</translation>
    </message>
    <message>
        <source>Breakfast</source>
        <translation>Morgenmad</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Frokost</translation>
    </message>
    <message>
        <source>Dinner</source>
        <translation>Aftensmad</translation>
    </message>
    <message>
        <source>Organic label: gold</source>
        <translation>Spisemærke: guld</translation>
    </message>
    <message>
        <source>Organic label: silver</source>
        <translation>Spisemærke: sølv</translation>
    </message>
    <message>
        <source>Organic label: bronze</source>
        <translation>Spisemærke: bronze</translation>
    </message>
    <message>
        <source>Organic label: not reached</source>
        <translation>Spisemærke: ikke nået</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kvartal</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>The last month is before the first.</source>
        <translation>Den sidste måned ligger før den første.</translation>
    </message>
    <message>
        <source>That is not a month.</source>
        <translation>Det er ikke en måned.</translation>
    </message>
    <message>
        <source>That district does not exist.</source>
        <translation>Den kreds findes ikke.</translation>
    </message>
    <message>
        <source>That month is closed.</source>
        <translation>Den måned er lukket.</translation>
    </message>
    <message>
        <source>That month is already closed.</source>
        <translation>Den måned er allerede lukket.</translation>
    </message>
    <message>
        <source>That entry is already reversed.</source>
        <translation>Den post er allerede tilbageført.</translation>
    </message>
    <message>
        <source>Only cost entries can be reversed.</source>
        <translation>Kun omkostningsposter kan tilbageføres.</translation>
    </message>
    <message>
        <source>A month can be closed once it is over.</source>
        <translation>En måned kan først lukkes, når den er forbi.</translation>
    </message>
    <message>
        <source>An entry of 0 kr books nothing.</source>
        <translation>En post på 0 kr bogfører intet.</translation>
    </message>
    <message>
        <source>That amount is implausibly large.</source>
        <translation>Beløbet er usandsynligt stort.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file has refused rows (all or nothing).</source>
        <translation>Intet blev importeret: filen har afviste rækker (alt eller intet).</translation>
    </message>
    <message>
        <source>A weighing needs a weight above 0 kg.</source>
        <translation>En vejning skal være over 0 kg.</translation>
    </message>
    <message>
        <source>That weight is implausibly large.</source>
        <translation>Vægten er usandsynligt stor.</translation>
    </message>
    <message>
        <source>That waste record is gone.</source>
        <translation>Den madspildsregistrering findes ikke længere.</translation>
    </message>
    <message>
        <source>The file lacks a needed column.</source>
        <translation>Filen mangler en nødvendig kolonne.</translation>
    </message>
    <message>
        <source>That month is closed: its sales stay as closed.</source>
        <translation>Måneden er lukket: dens salg står som ved lukningen.</translation>
    </message>
    <message>
        <source>Covers and revenue cannot be negative.</source>
        <translation>Kuverter og omsætning kan ikke være negative.</translation>
    </message>
    <message>
        <source>Covers sold is a whole number.</source>
        <translation>Solgte kuverter er et helt tal.</translation>
    </message>
    <message>
        <source>Empty cell</source>
        <translation>Tom celle</translation>
    </message>
    <message>
        <source>Not a date</source>
        <translation>Ikke en dato</translation>
    </message>
    <message>
        <source>Not a month</source>
        <translation>Ikke en måned</translation>
    </message>
    <message>
        <source>Unknown site</source>
        <translation>Ukendt kantine</translation>
    </message>
    <message>
        <source>Unknown category</source>
        <translation>Ukendt kategori</translation>
    </message>
    <message>
        <source>Unknown service</source>
        <translation>Ukendt måltid</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativ</translation>
    </message>
    <message>
        <source>Zero amount</source>
        <translation>Beløb på nul</translation>
    </message>
    <message>
        <source>Implausibly large</source>
        <translation>Usandsynligt stort</translation>
    </message>
    <message>
        <source>Not a whole number</source>
        <translation>Ikke et helt tal</translation>
    </message>
    <message>
        <source>More than two decimals</source>
        <translation>Mere end to decimaler</translation>
    </message>
    <message>
        <source>Not a number</source>
        <translation>Ikke et tal</translation>
    </message>
    <message>
        <source>Number can be read two ways</source>
        <translation>Tallet kan læses på to måder</translation>
    </message>
    <message>
        <source>Duplicate row</source>
        <translation>Dobbelt række</translation>
    </message>
    <message>
        <source>Month is closed</source>
        <translation>Måneden er lukket</translation>
    </message>
    <message>
        <source>Already booked</source>
        <translation>Allerede bogført</translation>
    </message>
    <message>
        <source>Sales from the till</source>
        <translation>Salg fra kassen</translation>
    </message>
    <message>
        <source>Labour and other costs</source>
        <translation>Løn og andre omkostninger</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>Budgetter</translation>
    </message>
</context>
<context>
    <name>CostsView</name>
    <message>
        <source>Finance</source>
        <translation>Økonomi</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Rapport</translation>
    </message>
    <message>
        <source>&amp;Entries</source>
        <translation>&amp;Poster</translation>
    </message>
</context>
<context>
    <name>CountModel</name>
    <message>
        <source>Ingredient</source>
        <translation>Råvare</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <source>Last count</source>
        <translation>Sidste optælling</translation>
    </message>
    <message>
        <source>Counted on</source>
        <translation>Optalt den</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Forventet</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Værdi</translation>
    </message>
    <message>
        <source>Counted now</source>
        <translation>Optalt nu</translation>
    </message>
</context>
<context>
    <name>CountSheetDialog</name>
    <message>
        <source>Count sheet: %1</source>
        <translation>Optællingsark: %1</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <source>Making the count sheet…</source>
        <translation>Laver optællingsarket…</translation>
    </message>
    <message>
        <source>Stock count sheet</source>
        <translation>Optællingsark</translation>
    </message>
    <message>
        <source>count-sheet-%1-%2.pdf</source>
        <translation>optaellingsark-%1-%2.pdf</translation>
    </message>
    <message>
        <source>Save the count sheet as PDF</source>
        <translation>Gem optællingsarket som PDF</translation>
    </message>
    <message>
        <source>The count sheet was not saved</source>
        <translation>Optællingsarket blev ikke gemt</translation>
    </message>
</context>
<context>
    <name>CoversEditor</name>
    <message>
        <source>changing covers on %1</source>
        <translation>ændring af kuverter %1</translation>
    </message>
</context>
<context>
    <name>CoversGridModel</name>
    <message>
        <source>Note</source>
        <translation>Bemærkning</translation>
    </message>
    <message>
        <source>Covers can be entered from the day itself.</source>
        <translation>Kuverter kan indtastes fra selve dagen.</translation>
    </message>
</context>
<context>
    <name>CoversImportDialog</name>
    <message>
        <source>Import covers from the till</source>
        <translation>Importér kuverter fra kassesystemet</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Tilbage</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Næste &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>A CSV or Excel file exported from the till</source>
        <translation>En CSV- eller Excel-fil udlæst fra kassesystemet</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Gennemse…</translation>
    </message>
    <message>
        <source>The file needs a column with the date (25-11-2026, 25.11.2026 or 2026-11-25) and one with the number of covers; a column with the service is optional. The next step shows how the rows are read before anything is saved.</source>
        <translation>Filen skal have en kolonne med datoen (25-11-2026, 25.11.2026 eller 2026-11-25) og en med antal kuverter; en kolonne med måltidet er valgfri. Næste trin viser, hvordan rækkerne læses, før noget gemmes.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>&amp;Date column:</source>
        <translation>&amp;Datokolonne:</translation>
    </message>
    <message>
        <source>&amp;Covers column:</source>
        <translation>&amp;Kuvertkolonne:</translation>
    </message>
    <message>
        <source>&amp;Service column:</source>
        <translation>&amp;Måltidskolonne:</translation>
    </message>
    <message>
        <source>Service when not &amp;given:</source>
        <translation>Måltid, når det ikke er &amp;angivet:</translation>
    </message>
    <message>
        <source>Can&amp;teen column:</source>
        <translation>Kan&amp;tinekolonne:</translation>
    </message>
    <message>
        <source>&amp;Replace numbers typed by hand</source>
        <translation>&amp;Erstat tal, der er tastet i hånden</translation>
    </message>
    <message>
        <source>Left off, a number someone typed in the covers grid is kept.</source>
        <translation>Når den ikke er slået til, beholdes tal, som nogen har tastet i kuvertgitteret.</translation>
    </message>
    <message>
        <source>Import the &amp;questionable figures too (as confirmed)</source>
        <translation>Importér også de &amp;tvivlsomme tal (som bekræftede)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importér</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <source>Choose the till&apos;s export</source>
        <translation>Vælg udlæsningen fra kassesystemet</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Tabeller (*.csv *.xlsx *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Læser filen …</translation>
    </message>
    <message>
        <source>%1 new days; %2 change a recorded number (%3 of them typed by hand); %4 already recorded; %5 questionable; %6 will be left out (in red, with the reason).</source>
        <translation>%1 nye dage; %2 ændrer et registreret tal (%3 af dem tastet i hånden); %4 er allerede registreret; %5 er tvivlsomme; %6 udelades (med rødt og med årsagen).</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Typed by hand: %1 → %2</source>
        <translation>Tastet i hånden: %1 → %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Questionable: %1</source>
        <translation>Tvivlsom: %1</translation>
    </message>
    <message>
        <source>Imported: %1 new days, %2 changed, %3 already recorded; %4 numbers typed by hand kept, %5 questionable figures skipped. Undo (Ctrl+Z) in the covers grid takes the whole import back. %6 rows were left out:</source>
        <translation>Importeret: %1 nye dage, %2 ændret, %3 allerede registreret; %4 tal tastet i hånden beholdt, %5 tvivlsomme tal sprunget over. Fortryd (Ctrl+Z) i kuvertgitteret tager hele importen tilbage. %6 rækker blev udeladt:</translation>
    </message>
    <message>
        <source>— not in the file —</source>
        <translation>— ikke i filen —</translation>
    </message>
    <message>
        <source>The date and the covers must be different columns.</source>
        <translation>Dato og kuverter skal være forskellige kolonner.</translation>
    </message>
    <message>
        <source>The import was stopped: nothing was saved.</source>
        <translation>Importen blev stoppet: intet blev gemt.</translation>
    </message>
</context>
<context>
    <name>CoversTab</name>
    <message>
        <source>◀ &amp;Previous week</source>
        <translation>◀ &amp;Forrige uge</translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation>&amp;Denne uge</translation>
    </message>
    <message>
        <source>&amp;Next week ▶</source>
        <translation>&amp;Næste uge ▶</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <source>&amp;Import from till…</source>
        <translation>&amp;Importér fra kassesystem…</translation>
    </message>
    <message>
        <source>Type the covers served. Enter moves down, Tab to the next column, Delete empties a day; each number is saved at once. Alt+Left and Alt+Right change week.</source>
        <translation>Skriv antal serverede kuverter. Enter flytter ned, Tab til næste kolonne, Delete tømmer en dag; hvert tal gemmes med det samme. Alt+Venstre og Alt+Højre skifter uge.</translation>
    </message>
    <message>
        <source>&amp;Save %1</source>
        <translation>&amp;Gem %1</translation>
    </message>
    <message>
        <source>&amp;Correct it</source>
        <translation>&amp;Ret det</translation>
    </message>
    <message>
        <source>Numbers in red were not saved (%1): the reason shows on the cell.</source>
        <translation>Tal med rødt blev ikke gemt (%1): årsagen står på cellen.</translation>
    </message>
    <message>
        <source>Week total: %1</source>
        <translation>I alt for ugen: %1</translation>
    </message>
    <message>
        <source>%1: not saved. %2</source>
        <translation>%1: ikke gemt. %2</translation>
    </message>
    <message>
        <source>importing covers for %1 days</source>
        <translation>import af kuverter for %1 dage</translation>
    </message>
</context>
<context>
    <name>CoversText</name>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1” er ikke et tal.</translation>
    </message>
    <message>
        <source>Covers cannot be negative (%1).</source>
        <translation>Antal kuverter kan ikke være negativt (%1).</translation>
    </message>
    <message>
        <source>Covers must be a whole number (%1).</source>
        <translation>Antal kuverter skal være et helt tal (%1).</translation>
    </message>
    <message>
        <source>%1 covers is more than any canteen serves.</source>
        <translation>%1 kuverter er flere, end nogen kantine serverer.</translation>
    </message>
    <message>
        <source>The day has not come yet: covers are entered on the day or later.</source>
        <translation>Dagen er ikke kommet endnu: kuverter tastes på dagen eller senere.</translation>
    </message>
    <message>
        <source>%1 is far more than the canteen usually has: type it again and confirm it if it is right.</source>
        <translation>%1 er langt flere end kantinen plejer at have: tast det igen, og bekræft det, hvis det er rigtigt.</translation>
    </message>
    <message>
        <source>The date %1 is outside any sensible range.</source>
        <translation>Datoen %1 ligger uden for ethvert rimeligt tidsrum.</translation>
    </message>
    <message>
        <source>“%1” is not a date (use 25-11-2026 or 2026-11-25).</source>
        <translation>“%1” er ikke en dato (brug 25-11-2026 eller 2026-11-25).</translation>
    </message>
    <message>
        <source>The date is missing.</source>
        <translation>Datoen mangler.</translation>
    </message>
    <message>
        <source>The number of covers is missing.</source>
        <translation>Antal kuverter mangler.</translation>
    </message>
    <message>
        <source>The day %1 appears more than once.</source>
        <translation>Dagen %1 forekommer mere end én gang.</translation>
    </message>
    <message>
        <source>The day was entered more than once.</source>
        <translation>Dagen blev indtastet mere end én gang.</translation>
    </message>
    <message>
        <source>“%1” is not a known service.</source>
        <translation>“%1” er ikke et kendt måltid.</translation>
    </message>
    <message>
        <source>The canteen does not serve %1.</source>
        <translation>Kantinen serverer ikke %1.</translation>
    </message>
    <message>
        <source>The row is for another canteen (%1).</source>
        <translation>Rækken gælder en anden kantine (%1).</translation>
    </message>
    <message>
        <source>The value “%1” was not accepted.</source>
        <translation>Værdien “%1” blev ikke godtaget.</translation>
    </message>
    <message>
        <source>The event ends before it starts.</source>
        <translation>Begivenheden slutter, før den begynder.</translation>
    </message>
    <message>
        <source>The dates are outside any sensible range (at most a year, from 2000).</source>
        <translation>Datoerne ligger uden for ethvert rimeligt tidsrum (højst et år, fra år 2000).</translation>
    </message>
    <message>
        <source>The effect must be between −100 % and +500 %.</source>
        <translation>Virkningen skal være mellem −100 % og +500 %.</translation>
    </message>
    <message>
        <source>The description is too long (at most 200 letters).</source>
        <translation>Beskrivelsen er for lang (højst 200 tegn).</translation>
    </message>
    <message>
        <source>Choose what kind of event it is.</source>
        <translation>Vælg, hvilken slags begivenhed det er.</translation>
    </message>
    <message>
        <source>Choose a service the canteen has.</source>
        <translation>Vælg et måltid, som kantinen har.</translation>
    </message>
    <message>
        <source>The event could not be saved.</source>
        <translation>Begivenheden kunne ikke gemmes.</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>et PDF-dokument</translation>
    </message>
    <message>
        <source>a picture (PNG)</source>
        <translation>et billede (PNG)</translation>
    </message>
    <message>
        <source>a picture (JPEG)</source>
        <translation>et billede (JPEG)</translation>
    </message>
    <message>
        <source>a picture (GIF)</source>
        <translation>et billede (GIF)</translation>
    </message>
    <message>
        <source>a picture (TIFF)</source>
        <translation>et billede (TIFF)</translation>
    </message>
    <message>
        <source>an old Excel workbook (.xls) or another Office document</source>
        <translation>en gammel Excel-projektmappe (.xls) eller et andet Office-dokument</translation>
    </message>
    <message>
        <source>a LibreOffice spreadsheet (.ods)</source>
        <translation>et LibreOffice-regneark (.ods)</translation>
    </message>
    <message>
        <source>a Word document</source>
        <translation>et Word-dokument</translation>
    </message>
    <message>
        <source>a zip archive</source>
        <translation>et zip-arkiv</translation>
    </message>
    <message>
        <source>a text document (RTF)</source>
        <translation>et tekstdokument (RTF)</translation>
    </message>
    <message>
        <source>a compressed archive</source>
        <translation>et komprimeret arkiv</translation>
    </message>
    <message>
        <source>not text but a program or data file</source>
        <translation>ikke tekst, men en program- eller datafil</translation>
    </message>
    <message>
        <source>not a table</source>
        <translation>ikke en tabel</translation>
    </message>
    <message>
        <source>Expected: a table saved from the till as CSV or Excel (.xlsx), with a date column and a covers column.</source>
        <translation>Forventet: en tabel gemt fra kassen som CSV eller Excel (.xlsx) med en datokolonne og en kuvertkolonne.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Filen findes ikke.</translation>
    </message>
    <message>
        <source>The file cannot be opened (%1).</source>
        <translation>Filen kan ikke åbnes (%1).</translation>
    </message>
    <message>
        <source>The file is too big for a till export (over 50 MB).</source>
        <translation>Filen er for stor til en kasseeksport (over 50 MB).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Filen er tom.</translation>
    </message>
    <message>
        <source>The file has no column “%1”.</source>
        <translation>Filen har ingen kolonne “%1”.</translation>
    </message>
    <message>
        <source>The file has fewer than two columns, so it cannot hold dates and covers.</source>
        <translation>Filen har under to kolonner og kan derfor ikke rumme datoer og kuverter.</translation>
    </message>
    <message>
        <source>The workbook has no sheet “%1” (it has: %2).</source>
        <translation>Projektmappen har intet ark »%1« (den har: %2).</translation>
    </message>
    <message>
        <source>The Excel file is damaged or cut short and cannot be read.</source>
        <translation>Excel-filen er beskadiget eller afkortet og kan ikke læses.</translation>
    </message>
    <message>
        <source>The file is damaged or cut short and cannot be read.</source>
        <translation>Filen er beskadiget eller afkortet og kan ikke læses.</translation>
    </message>
    <message>
        <source>The file is %1, not a table.</source>
        <translation>Filen er %1, ikke en tabel.</translation>
    </message>
    <message>
        <source>The file could not be read as a table.</source>
        <translation>Filen kunne ikke læses som en tabel.</translation>
    </message>
    <message>
        <source>Average of the last four weeks</source>
        <translation>Gennemsnit af de seneste fire uger</translation>
    </message>
    <message>
        <source>Same day last week</source>
        <translation>Samme dag sidste uge</translation>
    </message>
    <message>
        <source>Weekday profile with holidays</source>
        <translation>Ugedagsprofil med ferier og helligdage</translation>
    </message>
    <message>
        <source>Exponential smoothing</source>
        <translation>Eksponentiel udjævning</translation>
    </message>
    <message>
        <source>Gradient boosting</source>
        <translation>Gradient boosting</translation>
    </message>
    <message>
        <source>The canteen&apos;s usual covers</source>
        <translation>Kantinens sædvanlige antal kuverter</translation>
    </message>
    <message>
        <source>school holiday, week %1</source>
        <translation>skoleferie, uge %1</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>fridag</translation>
    </message>
    <message>
        <source>day before a closure</source>
        <translation>dagen før en lukning</translation>
    </message>
    <message>
        <source>day after a closure</source>
        <translation>dagen efter en lukning</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Lukket</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kursus</translation>
    </message>
    <message>
        <source>Large operation</source>
        <translation>Større indsats</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besøg</translation>
    </message>
    <message>
        <source>Building works</source>
        <translation>Byggearbejde</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>No covers recorded for %1 yet: the usual covers stand in.</source>
        <translation>Endnu ingen kuverter registreret til %1: det sædvanlige antal bruges i stedet.</translation>
    </message>
    <message>
        <source>Only %1 days recorded for %2: the forecast is rough until more are.</source>
        <translation>Kun %1 dage registreret til %2: prognosen er grov, indtil der kommer flere.</translation>
    </message>
    <message>
        <source>Too little history for %1 to compare models: %2 is used.</source>
        <translation>For lidt historik til %1 til at sammenligne modeller: %2 bruges.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 den %2</translation>
    </message>
    <message>
        <source>Left out of the %1 forecast as implausible: %2. Correct the number on the Covers tab, or confirm it there if it is real.</source>
        <translation>Udeladt af prognosen for %1 som usandsynligt: %2. Ret tallet under Kuverter, eller bekræft det dér, hvis det er rigtigt.</translation>
    </message>
    <message>
        <source>Unusual number of covers</source>
        <translation>Usædvanligt antal kuverter</translation>
    </message>
    <message>
        <source>The canteen has room for %1. Is %2 covers on %3 right?</source>
        <translation>Kantinen har plads til %1. Er %2 kuverter %3 rigtigt?</translation>
    </message>
    <message>
        <source>The canteen usually has %1–%2 covers at %3. Are %4 covers on %5 right?</source>
        <translation>Kantinen plejer at have %1–%2 kuverter til %3. Er %4 kuverter %5 rigtigt?</translation>
    </message>
</context>
<context>
    <name>CoversView</name>
    <message>
        <source>Covers &amp; forecast</source>
        <translation>Kuverter &amp; prognose</translation>
    </message>
    <message>
        <source>&amp;Covers</source>
        <translation>&amp;Kuverter</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Begivenheder</translation>
    </message>
    <message>
        <source>&amp;Forecast</source>
        <translation>&amp;Prognose</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Uventet fejl</translation>
    </message>
    <message>
        <source>Something went wrong that the program did not expect. What you have typed is still there, and you can go on working, but save your work soon.</source>
        <translation>Der skete en fejl, som programmet ikke havde forudset. Det, du har skrevet, er der stadig, og du kan arbejde videre, men gem dit arbejde snart.</translation>
    </message>
    <message>
        <source>The details are also written to the log file %1.</source>
        <translation>Detaljerne er også skrevet i logfilen %1.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Kopiér detaljer</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>Enroll this PC</source>
        <translation>Tilmeld denne pc</translation>
    </message>
    <message>
        <source>Type the sync server&apos;s address and the enrollment code you got from the central office. The code works once.</source>
        <translation>Skriv synkroniseringsserverens adresse og den tilmeldingskode, du har fået fra centralen. Koden kan bruges én gang.</translation>
    </message>
    <message>
        <source>enrollment code</source>
        <translation>tilmeldingskode</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>&amp;Serveradresse:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kode:</translation>
    </message>
    <message>
        <source>&amp;Enroll</source>
        <translation>&amp;Tilmeld</translation>
    </message>
    <message>
        <source>Type the server&apos;s address, e.g. http://kantine-sync:8765.</source>
        <translation>Skriv serverens adresse, fx http://kantine-sync:8765.</translation>
    </message>
    <message>
        <source>Type the enrollment code.</source>
        <translation>Skriv tilmeldingskoden.</translation>
    </message>
    <message>
        <source>Enrollment failed because of an error in the program (it is logged). Try again, or ask IT support.</source>
        <translation>Tilmeldingen mislykkedes på grund af en fejl i programmet (den er logget). Prøv igen, eller spørg IT-support.</translation>
    </message>
</context>
<context>
    <name>EntriesTab</name>
    <message>
        <source>C&amp;lose month…</source>
        <translation>&amp;Luk måned…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importér…</translation>
    </message>
    <message>
        <source>Re&amp;verse entry</source>
        <translation>&amp;Tilbagefør post</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Amount, kr</source>
        <translation>Beløb, kr</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Bogfør</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>Value, kr</source>
        <translation>Værdi, kr</translation>
    </message>
    <message>
        <source>Record &amp;waste</source>
        <translation>Registrér &amp;madspild</translation>
    </message>
    <message>
        <source>Covers sold</source>
        <translation>Solgte kuverter</translation>
    </message>
    <message>
        <source>Revenue, kr</source>
        <translation>Omsætning, kr</translation>
    </message>
    <message>
        <source>Record &amp;sale</source>
        <translation>Registrér &amp;salg</translation>
    </message>
    <message>
        <source>&amp;Correct booked day</source>
        <translation>&amp;Ret bogført dag</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Måned:</translation>
    </message>
    <message>
        <source>New entry:</source>
        <translation>Ny post:</translation>
    </message>
    <message>
        <source>Waste:</source>
        <translation>Madspild:</translation>
    </message>
    <message>
        <source>Sales:</source>
        <translation>Salg:</translation>
    </message>
    <message>
        <source>(no menu line)</source>
        <translation>(ingen menulinje)</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>That day is already booked with these figures.</source>
        <translation>Dagen er allerede bogført med disse tal.</translation>
    </message>
    <message>
        <source>Sale corrected by a reversing entry (was %1 covers, %2 kr).</source>
        <translation>Salget er rettet med en tilbageførsel (var %1 kuverter, %2 kr).</translation>
    </message>
    <message>
        <source>Booked in %1 because %2 is closed.</source>
        <translation>Bogført i %1, fordi %2 er lukket.</translation>
    </message>
    <message>
        <source>Sale recorded.</source>
        <translation>Salget er registreret.</translation>
    </message>
    <message>
        <source>That day is booked with %1 covers and %2 kr. Correct it?</source>
        <translation>Dagen er bogført med %1 kuverter og %2 kr. Vil du rette den?</translation>
    </message>
    <message>
        <source>Waste recorded.</source>
        <translation>Madspild registreret.</translation>
    </message>
    <message>
        <source>Booked in %1: %2 is closed.</source>
        <translation>Bogført i %1: %2 er lukket.</translation>
    </message>
    <message>
        <source>Booked in %1.</source>
        <translation>Bogført i %1.</translation>
    </message>
    <message>
        <source>Entry reversed.</source>
        <translation>Posten er tilbageført.</translation>
    </message>
    <message>
        <source>Close month</source>
        <translation>Luk måned</translation>
    </message>
    <message>
        <source>Close %1? Entries dated in it will be booked in the next open month.</source>
        <translation>Luk %1? Poster dateret i den bogføres i næste åbne måned.</translation>
    </message>
    <message>
        <source>%1 is closed.</source>
        <translation>%1 er lukket.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Change event</source>
        <translation>Ret begivenhed</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Ny begivenhed</translation>
    </message>
    <message>
        <source>How many more (+) or fewer (−) covers than usual the event brings.</source>
        <translation>Hvor mange flere (+) eller færre (−) kuverter end normalt begivenheden giver.</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Alle måltider</translation>
    </message>
    <message>
        <source>For example “Course for 40, week 12”</source>
        <translation>For eksempel “Kursus for 40, uge 12”</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Hvad:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <source>&amp;Effect on covers:</source>
        <translation>&amp;Virkning på kuverter:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Måltid:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Virkning</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Lukket</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kursus</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Indsats</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besøg</translation>
    </message>
    <message>
        <source>Building works</source>
        <translation>Byggearbejde</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>No covers</source>
        <translation>Ingen kuverter</translation>
    </message>
    <message>
        <source>%1 % covers</source>
        <translation>%1 % kuverter</translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Ny begivenhed…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Ret…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slet</translation>
    </message>
    <message>
        <source>Events known in advance change the forecast: a closed day has no covers, a course or an operation brings more (+ %), a holiday week fewer (− %).</source>
        <translation>Begivenheder, der kendes på forhånd, ændrer prognosen: en lukket dag har ingen kuverter, et kursus eller en indsats giver flere (+ %), en ferieuge færre (− %).</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Slet begivenhed</translation>
    </message>
    <message>
        <source>Delete the event “%1”?</source>
        <translation>Slet begivenheden “%1”?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behold</translation>
    </message>
</context>
<context>
    <name>FiguresPanel</name>
    <message>
        <source>Per portion</source>
        <translation>Pr. portion</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>Pris:</translation>
    </message>
    <message>
        <source>Whole batch:</source>
        <translation>Hele opskriften:</translation>
    </message>
    <message>
        <source>Organic (kroner):</source>
        <translation>Økologi (kroner):</translation>
    </message>
    <message>
        <source>Organic (kilo):</source>
        <translation>Økologi (kilo):</translation>
    </message>
    <message>
        <source>Climate:</source>
        <translation>Klima:</translation>
    </message>
    <message>
        <source>Food eaten:</source>
        <translation>Spiselig mad:</translation>
    </message>
    <message>
        <source>Energy:</source>
        <translation>Energi:</translation>
    </message>
    <message>
        <source>Protein:</source>
        <translation>Protein:</translation>
    </message>
    <message>
        <source>Fat:</source>
        <translation>Fedt:</translation>
    </message>
    <message>
        <source>Carbohydrate:</source>
        <translation>Kulhydrat:</translation>
    </message>
    <message>
        <source>Allergens</source>
        <translation>Allergener</translation>
    </message>
    <message>
        <source>* The cost leaves out ingredients without a price.</source>
        <translation>* Prisen mangler råvarer uden pris.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Kantine</source>
        <translation>Velkommen til Kantine</translation>
    </message>
    <message>
        <source>There is no database yet</source>
        <translation>Der er endnu ingen database</translation>
    </message>
    <message>
        <source>The program keeps all its data in one file on this computer. It will be created here:</source>
        <translation>Programmet gemmer alle sine data i én fil på denne computer. Den bliver oprettet her:</translation>
    </message>
    <message>
        <source>Create a new database with demo data</source>
        <translation>Opret en ny database med demodata</translation>
    </message>
    <message>
        <source>For trying the program: police districts, canteens, recipes, menus and two years of covers, all made up. The window shows clearly that it is demo data.</source>
        <translation>Til at prøve programmet: politikredse, kantiner, opskrifter, menuer og to års kuverter – alt sammen opdigtet. Vinduet viser tydeligt, at det er demodata.</translation>
    </message>
    <message>
        <source>Create an empty database</source>
        <translation>Opret en tom database</translation>
    </message>
    <message>
        <source>For real use: the data comes from synchronisation or is entered by hand.</source>
        <translation>Til rigtig brug: data kommer fra synkronisering eller indtastes manuelt.</translation>
    </message>
    <message>
        <source>Open an existing database file…</source>
        <translation>Åbn en eksisterende databasefil…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsæt</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afslut</translation>
    </message>
</context>
<context>
    <name>FlagsModel</name>
    <message>
        <source>To look at</source>
        <translation>Se på</translation>
    </message>
</context>
<context>
    <name>ForecastChart</name>
    <message>
        <source>Recorded covers</source>
        <translation>Registrerede kuverter</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Likely range</source>
        <translation>Sandsynligt interval</translation>
    </message>
    <message>
        <source>Your numbers</source>
        <translation>Dine tal</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Kuverter</translation>
    </message>
</context>
<context>
    <name>ForecastTab</name>
    <message>
        <source>%1: closed (%2), no forecast.</source>
        <translation>%1: lukket (%2), ingen prognose.</translation>
    </message>
    <message>
        <source>%1: closed, no forecast.</source>
        <translation>%1: lukket, ingen prognose.</translation>
    </message>
    <message>
        <source>%1: %2, the canteen is usually closed, no forecast.</source>
        <translation>%1: %2, kantinen plejer at holde lukket, ingen prognose.</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> uger</translation>
    </message>
    <message>
        <source>&amp;Calculate forecast</source>
        <translation>&amp;Beregn prognose</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Måltid:</translation>
    </message>
    <message>
        <source>Calculated %1</source>
        <translation>Beregnet %1</translation>
    </message>
    <message>
        <source>No forecast calculated yet.</source>
        <translation>Ingen prognose beregnet endnu.</translation>
    </message>
    <message>
        <source>Calculation stopped: the forecast is unchanged.</source>
        <translation>Beregningen blev stoppet: prognosen er uændret.</translation>
    </message>
    <message>
        <source>Your number for %1 was not saved: %2</source>
        <translation>Dit tal for %1 blev ikke gemt: %2</translation>
    </message>
</context>
<context>
    <name>ForecastTableModel</name>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Likely range</source>
        <translation>Sandsynligt interval</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Dit tal</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <source>Type your own number to plan with instead of the forecast.</source>
        <translation>Skriv dit eget tal, som planlægningen skal bruge i stedet for prognosen.</translation>
    </message>
</context>
<context>
    <name>ImpactModel</name>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Dish</source>
        <translation>Ret</translation>
    </message>
    <message>
        <source>Ingredient</source>
        <translation>Råvare</translation>
    </message>
    <message>
        <source>Portions</source>
        <translation>Portioner</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Mangler</translation>
    </message>
</context>
<context>
    <name>ImportRowsModel</name>
    <message>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Måltid</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Kuverter</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>IngredientLinesModel</name>
    <message>
        <source>1 %1 ≈ %2 g</source>
        <translation>1 %1 ≈ %2 g</translation>
    </message>
    <message>
        <source>1 ml ≈ %1 g</source>
        <translation>1 ml ≈ %1 g</translation>
    </message>
    <message>
        <source>Preparation loss: what peeling and trimming take off, in %</source>
        <translation>Svind: hvad skrælning og afpudsning tager, i %</translation>
    </message>
    <message>
        <source>The line&apos;s cost for the whole batch, at today&apos;s prices</source>
        <translation>Linjens pris for hele opskriften, med dagens priser</translation>
    </message>
    <message>
        <source>Ingredient</source>
        <translation>Råvare</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Mængde</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <source>Loss %</source>
        <translation>Svind %</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Bemærkning</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Pris</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>The file already exists</source>
        <translation>Filen findes allerede</translation>
    </message>
    <message>
        <source>%1 already exists and was not changed.</source>
        <translation>%1 findes allerede og er ikke blevet ændret.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Åbn database</translation>
    </message>
    <message>
        <source>Canteen databases (*.db *.sqlite);;All files (*)</source>
        <translation>Kantinedatabaser (*.db *.sqlite);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Creating demo data…</source>
        <translation>Opretter demodata…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Ny database</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopper…</translation>
    </message>
    <message>
        <source>The database could not be opened</source>
        <translation>Databasen kunne ikke åbnes</translation>
    </message>
    <message>
        <source>%1 could not be opened because of an unexpected error.</source>
        <translation>%1 kunne ikke åbnes på grund af en uventet fejl.</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Åbn en anden fil…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afslut</translation>
    </message>
</context>
<context>
    <name>LedgerImportDialog</name>
    <message>
        <source>Import to the ledger</source>
        <translation>Importér til regnskabet</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Vælg fil…</translation>
    </message>
    <message>
        <source>&amp;All or nothing: import only if no row is refused</source>
        <translation>&amp;Alt eller intet: importér kun, hvis ingen række afvises</translation>
    </message>
    <message>
        <source>&amp;Correct booked days that differ (reversing entries)</source>
        <translation>&amp;Ret bogførte dage, der afviger (tilbageførsler)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Række</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsag</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importér</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Hvad:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <source>Import file</source>
        <translation>Importér fil</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Tabeller (*.csv *.xlsx *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Rettelse</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Afvist</translation>
    </message>
    <message>
        <source>%1 rows to write, %2 already booked, %3 refused.</source>
        <translation>%1 rækker skrives, %2 allerede bogført, %3 afvist.</translation>
    </message>
    <message>
        <source>%1 covers</source>
        <translation>%1 kuverter</translation>
    </message>
    <message>
        <source>was %1 covers, %2 kr</source>
        <translation>var %1 kuverter, %2 kr</translation>
    </message>
    <message>
        <source>booked in %1 (%2 is closed)</source>
        <translation>bogføres i %1 (%2 er lukket)</translation>
    </message>
    <message>
        <source>replaces %1 kr</source>
        <translation>erstatter %1 kr</translation>
    </message>
    <message>
        <source>The file cannot be read as a table (%1).</source>
        <translation>Filen kan ikke læses som en tabel (%1).</translation>
    </message>
</context>
<context>
    <name>LedgerLinesModel</name>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløb</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Kuverter</translation>
    </message>
    <message>
        <source>Weight kg</source>
        <translation>Vægt kg</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>counts in %1</source>
        <translation>tæller i %1</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Salg</translation>
    </message>
    <message>
        <source>Sale reversed</source>
        <translation>Salg tilbageført</translation>
    </message>
    <message>
        <source>Sale corrected</source>
        <translation>Salg rettet</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Omkostning</translation>
    </message>
    <message>
        <source>Waste weighed</source>
        <translation>Vejet madspild</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Recipes</source>
        <translation>Opskrifter</translation>
    </message>
    <message>
        <source>Search recipes (Ctrl+L)</source>
        <translation>Søg opskrifter (Ctrl+L)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Kantine</source>
        <translation>Kantine</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Åbn database…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Indstillinger…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Opdater</translation>
    </message>
    <message>
        <source>&amp;Synchronise now</source>
        <translation>&amp;Synkronisér nu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>&amp;About Kantine</source>
        <translation>&amp;Om Kantine</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Værktøjslinje</translation>
    </message>
    <message>
        <source>Canteen:</source>
        <translation>Kantine:</translation>
    </message>
    <message>
        <source>Open another database</source>
        <translation>Åbn en anden database</translation>
    </message>
    <message>
        <source>Refresh the page</source>
        <translation>Opdater siden</translation>
    </message>
    <message>
        <source>Synchronise now</source>
        <translation>Synkronisér nu</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>This help</source>
        <translation>Denne hjælp</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjælp</translation>
    </message>
    <message>
        <source>Choose an area on the left and the canteen in the toolbar. The Overview shows the chosen canteen&apos;s covers, this week&apos;s menu and coming events.</source>
        <translation>Vælg et område til venstre og kantinen i værktøjslinjen. Oversigten viser den valgte kantines kuverter, ugens menu og kommende begivenheder.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts:</source>
        <translation>Genvejstaster:</translation>
    </message>
    <message>
        <source>Kantine – %1</source>
        <translation>Kantine – %1</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (skrivebeskyttet)</translation>
    </message>
</context>
<context>
    <name>MenuLineForm</name>
    <message>
        <source>Menu line</source>
        <translation>Menulinje</translation>
    </message>
    <message>
        <source>New menu line</source>
        <translation>Ny menulinje</translation>
    </message>
    <message>
        <source>This line is the &amp;vegetarian option</source>
        <translation>Denne linje er det &amp;vegetariske tilbud</translation>
    </message>
    <message>
        <source>In &amp;use (shown in the planner)</source>
        <translation>I &amp;brug (vises i planlæggeren)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;English name:</source>
        <translation>&amp;Engelsk navn:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Måltid:</translation>
    </message>
    <message>
        <source>The canteen already has a line with that name.</source>
        <translation>Kantinen har allerede en linje med det navn.</translation>
    </message>
    <message>
        <source>Give the line a name.</source>
        <translation>Giv linjen et navn.</translation>
    </message>
    <message>
        <source>The name must contain letters or digits.</source>
        <translation>Navnet skal indeholde bogstaver eller tal.</translation>
    </message>
</context>
<context>
    <name>MenuLinesDialog</name>
    <message>
        <source>Menu lines</source>
        <translation>Menulinjer</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Tilføj…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>R&amp;et…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flyt &amp;op</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Flyt &amp;ned</translation>
    </message>
    <message>
        <source>Lines not in use are hidden in the planner; dishes already planned on a removed line stay and are pointed out.</source>
        <translation>Linjer der ikke er i brug, vises ikke i planlæggeren; retter der allerede er planlagt på en fjernet linje, bliver stående og markeres.</translation>
    </message>
</context>
<context>
    <name>MenuLinesModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>Engelsk navn</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Måltid</translation>
    </message>
    <message>
        <source>Vegetarian</source>
        <translation>Vegetarisk</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>I brug</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The database cannot be used</source>
        <translation>Databasen kan ikke bruges</translation>
    </message>
    <message>
        <source>The action could not be completed</source>
        <translation>Handlingen kunne ikke gennemføres</translation>
    </message>
    <message>
        <source>What was entered does not fit the rules of the program.</source>
        <translation>Det indtastede passer ikke med programmets regler.</translation>
    </message>
    <message>
        <source>Check the entries and try again.</source>
        <translation>Kontrollér indtastningerne, og prøv igen.</translation>
    </message>
    <message>
        <source>What you asked for no longer exists.</source>
        <translation>Det, du bad om, findes ikke længere.</translation>
    </message>
    <message>
        <source>It may have been deleted, perhaps on another computer. Press F5 to refresh.</source>
        <translation>Det kan være slettet, måske på en anden computer. Tryk F5 for at opdatere.</translation>
    </message>
    <message>
        <source>This is shared master data, which can only be changed centrally.</source>
        <translation>Det er fælles stamdata, som kun kan ændres centralt.</translation>
    </message>
    <message>
        <source>Make a copy for your own canteen if you need a different version.</source>
        <translation>Lav en kopi til din egen kantine, hvis du har brug for en anden udgave.</translation>
    </message>
    <message>
        <source>The program could not do what you asked.</source>
        <translation>Programmet kunne ikke gøre det, du bad om.</translation>
    </message>
    <message>
        <source>The details below say what went wrong.</source>
        <translation>Detaljerne nedenfor fortæller, hvad der gik galt.</translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>Databasefilen %1 findes ikke.</translation>
    </message>
    <message>
        <source>Choose another file, or create a new database.</source>
        <translation>Vælg en anden fil, eller opret en ny database.</translation>
    </message>
    <message>
        <source>The file %1 is not a canteen database.</source>
        <translation>Filen %1 er ikke en kantinedatabase.</translation>
    </message>
    <message>
        <source>Perhaps the wrong file was chosen. The file has not been changed.</source>
        <translation>Måske er der valgt en forkert fil. Filen er ikke blevet ændret.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be written to.</source>
        <translation>Der kan ikke skrives i databasefilen %1.</translation>
    </message>
    <message>
        <source>Check that the file and its folder are not read-only and that you are allowed to change them.</source>
        <translation>Kontrollér, at filen og dens mappe ikke er skrivebeskyttede, og at du har lov til at ændre dem.</translation>
    </message>
    <message>
        <source>The database %1 is in use by another program.</source>
        <translation>Databasen %1 bruges af et andet program.</translation>
    </message>
    <message>
        <source>Perhaps the canteen program is already open on this computer. Close the other program and try again.</source>
        <translation>Måske er kantineprogrammet allerede åbent på denne computer. Luk det andet program, og prøv igen.</translation>
    </message>
    <message>
        <source>The database %1 was made by a newer version of the program.</source>
        <translation>Databasen %1 er lavet af en nyere version af programmet.</translation>
    </message>
    <message>
        <source>Install the newest version of the program to open it. The file has not been changed.</source>
        <translation>Installér den nyeste version af programmet for at åbne den. Filen er ikke blevet ændret.</translation>
    </message>
    <message>
        <source>The database %1 could not be updated to this version.</source>
        <translation>Databasen %1 kunne ikke opdateres til denne version.</translation>
    </message>
    <message>
        <source>A copy of the database from before the update was saved here:
%1
Keep that copy and contact support.</source>
        <translation>Der er gemt en kopi af databasen fra før opdateringen her:
%1
Gem kopien, og kontakt support.</translation>
    </message>
    <message>
        <source>No backup copy was made. Keep the file as it is and contact support.</source>
        <translation>Der blev ikke taget en sikkerhedskopi. Lad filen være, som den er, og kontakt support.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened.</source>
        <translation>Databasen %1 kan ikke åbnes.</translation>
    </message>
    <message>
        <source>The file has not been changed.</source>
        <translation>Filen er ikke blevet ændret.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afslut</translation>
    </message>
    <message>
        <source>Keep the current database</source>
        <translation>Behold den nuværende database</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Åbn en anden fil…</translation>
    </message>
    <message>
        <source>About Kantine</source>
        <translation>Om Kantine</translation>
    </message>
    <message>
        <source>Kantine %1</source>
        <translation>Kantine %1</translation>
    </message>
    <message>
        <source>Menus, covers and forecasts, ordering and cost follow-up for the canteens of the Danish police. Each canteen keeps its data on its own PC and works offline; synchronisation shares it with the district and central staff.</source>
        <translation>Menuer, kuverter og prognoser, bestilling og økonomiopfølgning for politiets kantiner. Hver kantine har sine data på sin egen pc og kan arbejde uden netforbindelse; synkroniseringen deler dem med politikredsen og de centrale medarbejdere.</translation>
    </message>
</context>
<context>
    <name>NoticeModel</name>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Bemærkning</translation>
    </message>
</context>
<context>
    <name>NumberText</name>
    <message>
        <source>“%1” can be read in two ways: type %2 or %3.</source>
        <translation>“%1” kan læses på to måder: skriv %2 eller %3.</translation>
    </message>
    <message>
        <source>“%1” must be a whole number.</source>
        <translation>“%1” skal være et helt tal.</translation>
    </message>
    <message>
        <source>“%1” has more than two decimals (øre).</source>
        <translation>“%1” har mere end to decimaler (øre).</translation>
    </message>
    <message>
        <source>A number is needed.</source>
        <translation>Der skal stå et tal.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1” er ikke et tal.</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>DKK %1</source>
        <translation>%1 kr.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 kg CO2e</source>
        <translation>%1 kg CO2e</translation>
    </message>
    <message>
        <source>%1 g</source>
        <translation>%1 g</translation>
    </message>
    <message>
        <source>%1 kJ (%2 kcal)</source>
        <translation>%1 kJ (%2 kcal)</translation>
    </message>
</context>
<context>
    <name>OrderLinesModel</name>
    <message>
        <source>Ingredient</source>
        <translation>Råvare</translation>
    </message>
    <message>
        <source>Item no.</source>
        <translation>Varenr.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Vare</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>Kolli</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Modtaget</translation>
    </message>
    <message>
        <source>Pack price</source>
        <translation>Kollipris</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Linjebeløb</translation>
    </message>
</context>
<context>
    <name>OrderingText</name>
    <message>
        <source>Draft</source>
        <translation>Kladde</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bekræftet</translation>
    </message>
    <message>
        <source>Partly received</source>
        <translation>Delvist modtaget</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Modtaget</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulleret</translation>
    </message>
    <message>
        <source>pcs</source>
        <translation>stk.</translation>
    </message>
    <message>
        <source>No menu is planned in week %4.</source>
        <translation>Der er ingen menu planlagt i uge %4.</translation>
    </message>
    <message>
        <source>No supplier sells %1.</source>
        <translation>Ingen leverandør sælger %1.</translation>
    </message>
    <message>
        <source>%1 has no price valid on the order day.</source>
        <translation>%1 har ingen pris, der gælder på bestillingsdagen.</translation>
    </message>
    <message>
        <source>%1 has a product with a pack size of zero.</source>
        <translation>%1 har en vare med kollistørrelse nul.</translation>
    </message>
    <message>
        <source>A recipe gives %1 in a unit that cannot be converted.</source>
        <translation>En opskrift angiver %1 i en enhed, der ikke kan omregnes.</translation>
    </message>
    <message>
        <source>%2 has no delivery days for this canteen.</source>
        <translation>%2 har ingen leveringsdage til denne kantine.</translation>
    </message>
    <message>
        <source>%1 cannot arrive in time for %3; placed on the earliest delivery.</source>
        <translation>%1 kan ikke nå frem til %3; lagt på den tidligste levering.</translation>
    </message>
    <message>
        <source>The order to %2 for %3 is under the supplier&apos;s minimum order value.</source>
        <translation>Ordren til %2 til %3 er under leverandørens minimumsordre.</translation>
    </message>
    <message>
        <source>%1 will likely be left over.</source>
        <translation>%1 bliver sandsynligvis tilovers.</translation>
    </message>
    <message>
        <source>%1: %2, %3 portions, %4 %5</source>
        <translation>%1: %2, %3 portioner, %4 %5</translation>
    </message>
    <message>
        <source>Needed %1 %4, in stock %2 %4, on order %3 %4.</source>
        <translation>Behov %1 %4, på lager %2 %4, i ordre %3 %4.</translation>
    </message>
    <message>
        <source>A quantity cannot be negative.</source>
        <translation>En mængde kan ikke være negativ.</translation>
    </message>
    <message>
        <source>A count cannot be negative.</source>
        <translation>En optælling kan ikke være negativ.</translation>
    </message>
    <message>
        <source>A substitute must be a product of the same ingredient (%1).</source>
        <translation>En erstatning skal være en vare af samme råvare (%1).</translation>
    </message>
    <message>
        <source>Nothing was entered as arrived.</source>
        <translation>Der er ikke angivet noget som modtaget.</translation>
    </message>
    <message>
        <source>Only a sent or confirmed order can be received.</source>
        <translation>Kun en sendt eller bekræftet ordre kan modtages.</translation>
    </message>
    <message>
        <source>“%1” is not a number of packs from 1 to %2.</source>
        <translation>«%1» er ikke et antal kolli fra 1 til %2.</translation>
    </message>
    <message>
        <source>Order %1 is %2: only a draft can be changed.</source>
        <translation>Ordre %1 er %2: kun en kladde kan ændres.</translation>
    </message>
    <message>
        <source>The line no longer exists. Press F5 to refresh.</source>
        <translation>Linjen findes ikke længere. Tryk F5 for at opdatere.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Filen kunne ikke skrives: %1</translation>
    </message>
    <message>
        <source>The canteen “%1” has no EAN number (GLN), which an OIOUBL order needs. Use PDF or CSV, or have the EAN number entered.</source>
        <translation>Kantinen «%1» har intet EAN-nummer (GLN), som en OIOUBL-ordre kræver. Brug PDF eller CSV, eller få EAN-nummeret lagt ind.</translation>
    </message>
    <message>
        <source>The order has no lines to export.</source>
        <translation>Ordren har ingen linjer at eksportere.</translation>
    </message>
</context>
<context>
    <name>OrderingView</name>
    <message>
        <source>Ordering</source>
        <translation>Bestilling</translation>
    </message>
    <message>
        <source>&amp;Suggestion</source>
        <translation>&amp;Forslag</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>&amp;Ordrer</translation>
    </message>
    <message>
        <source>&amp;Goods receipt</source>
        <translation>&amp;Varemodtagelse</translation>
    </message>
    <message>
        <source>Stock coun&amp;t</source>
        <translation>Lageropt&amp;ælling</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Leverandør</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Levering</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Linjer</translation>
    </message>
    <message>
        <source>Total excl. VAT</source>
        <translation>I alt ekskl. moms</translation>
    </message>
</context>
<context>
    <name>OrdersTab</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Mark as s&amp;ent</source>
        <translation>Markér som s&amp;endt</translation>
    </message>
    <message>
        <source>Mark as con&amp;firmed</source>
        <translation>Markér som be&amp;kræftet</translation>
    </message>
    <message>
        <source>Cance&amp;l order…</source>
        <translation>Annu&amp;llér ordre…</translation>
    </message>
    <message>
        <source>&amp;Receive goods…</source>
        <translation>&amp;Modtag varer…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Eksportér &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Eksportér &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;OIOUBL…</source>
        <translation>Eksportér &amp;OIOUBL…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Fjern linje</translation>
    </message>
    <message>
        <source>A draft can be changed: type the packs, Delete removes a line, Ctrl+Z undoes.</source>
        <translation>En kladde kan ændres: skriv antal kolli, Delete fjerner en linje, Ctrl+Z fortryder.</translation>
    </message>
    <message>
        <source>Net %1 · VAT %2 % %3 · Total %4</source>
        <translation>Netto %1 · moms %2 % %3 · I alt %4</translation>
    </message>
    <message>
        <source>recalculate drafts</source>
        <translation>genberegne kladder</translation>
    </message>
    <message>
        <source>change packs</source>
        <translation>ændre kolli</translation>
    </message>
    <message>
        <source>remove line</source>
        <translation>fjerne linje</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Annullér ordre</translation>
    </message>
    <message>
        <source>Cancel order %1? It cannot be sent or received afterwards.</source>
        <translation>Annullér ordre %1? Den kan derefter hverken sendes eller modtages.</translation>
    </message>
    <message>
        <source>Cancel the order</source>
        <translation>Annullér ordren</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behold den</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>OIOUBL order (*.xml)</source>
        <translation>OIOUBL-ordre (*.xml)</translation>
    </message>
    <message>
        <source>order</source>
        <translation>ordre</translation>
    </message>
    <message>
        <source>Export the order</source>
        <translation>Eksportér ordren</translation>
    </message>
</context>
<context>
    <name>OverrideEditor</name>
    <message>
        <source>changing your number for %1</source>
        <translation>ændring af dit tal for %1</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Loading…</source>
        <translation>Indlæser…</translation>
    </message>
    <message>
        <source>Covers, latest day</source>
        <translation>Kuverter, seneste dag</translation>
    </message>
    <message>
        <source>Menu this week</source>
        <translation>Ugens menu</translation>
    </message>
    <message>
        <source>Recipes available</source>
        <translation>Tilgængelige opskrifter</translation>
    </message>
    <message>
        <source>Upcoming events</source>
        <translation>Kommende begivenheder</translation>
    </message>
    <message>
        <source>No events are planned.</source>
        <translation>Der er ingen planlagte begivenheder.</translation>
    </message>
    <message>
        <source>Covers per day, last %1 weeks (all services)</source>
        <translation>Kuverter pr. dag, seneste %1 uger (alle måltider)</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Der er ingen database åben.</translation>
    </message>
    <message>
        <source>Its canteens appear here by themselves once the central office has set them up: synchronise later (Ctrl+R), or ask central IT.</source>
        <translation>Kantinerne kommer selv frem her, når centralen har oprettet dem: synkronisér senere (Ctrl+R), eller spørg central-IT.</translation>
    </message>
    <message>
        <source>This district PC is enrolled for %1, which has no canteens yet.</source>
        <translation>Denne kreds-pc er tilmeldt %1, som endnu ikke har nogen kantiner.</translation>
    </message>
    <message>
        <source>This district PC&apos;s district has no canteens yet.</source>
        <translation>Kredsen, som denne pc er tilmeldt, har endnu ingen kantiner.</translation>
    </message>
    <message>
        <source>There is no canteen to show. The database holds no canteens yet, or your user may not see any.</source>
        <translation>Der er ingen kantine at vise. Databasen har endnu ingen kantiner, eller din bruger har ikke adgang til nogen.</translation>
    </message>
    <message>
        <source>Week %1, %2</source>
        <translation>Uge %1, %2</translation>
    </message>
    <message>
        <source>No covers recorded yet</source>
        <translation>Ingen kuverter registreret endnu</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <comment>date pattern of the latest day with covers</comment>
        <translation>dddd &apos;den&apos; d. MMMM</translation>
    </message>
    <message>
        <source>No menu planned</source>
        <translation>Ingen menu planlagt</translation>
    </message>
    <message>
        <source>on the menu (published)</source>
        <translation>på menuen (offentliggjort)</translation>
    </message>
    <message>
        <source>on the menu (draft)</source>
        <translation>på menuen (kladde)</translation>
    </message>
    <message>
        <source>central and the canteen&apos;s own</source>
        <translation>centrale og kantinens egne</translation>
    </message>
    <message>
        <source>from today on</source>
        <translation>fra i dag og frem</translation>
    </message>
</context>
<context>
    <name>PdfPrintDialog</name>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Vis udskrift…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Udskriv…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Gem som PDF…</translation>
    </message>
    <message>
        <source>Check before printing:</source>
        <translation>Tjek før du udskriver:</translation>
    </message>
    <message>
        <source>Nothing is planned: there is nothing to print.</source>
        <translation>Der er ikke planlagt noget: der er intet at udskrive.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>Filen %1 kunne ikke skrives.</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Gemt som %1.</translation>
    </message>
</context>
<context>
    <name>PlaceholderView</name>
    <message>
        <source>Not built yet. This is what will come here:</source>
        <translation>Endnu ikke bygget. Her kommer:</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>planning a dish</source>
        <translation>planlægning af en ret</translation>
    </message>
    <message>
        <source>clearing a cell</source>
        <translation>rydning af en celle</translation>
    </message>
    <message>
        <source>moving a dish</source>
        <translation>flytning af en ret</translation>
    </message>
    <message>
        <source>changing portions</source>
        <translation>ændring af portioner</translation>
    </message>
    <message>
        <source>copying week %1 to week %2</source>
        <translation>kopiering af uge %1 til uge %2</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <source>Mon</source>
        <translation>Man</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Tir</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Ons</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Tor</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fre</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Lør</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Søn</translation>
    </message>
    <message>
        <source>Breakfast</source>
        <translation>Morgenmad</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Frokost</translation>
    </message>
    <message>
        <source>Dinner</source>
        <translation>Aftensmad</translation>
    </message>
</context>
<context>
    <name>PlannerActions</name>
    <message>
        <source>◀ &amp;Previous week</source>
        <translation>◀ &amp;Forrige uge</translation>
    </message>
    <message>
        <source>&amp;Next week ▶</source>
        <translation>&amp;Næste uge ▶</translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation>&amp;Denne uge</translation>
    </message>
    <message>
        <source>&amp;Go to week…</source>
        <translation>&amp;Gå til uge…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <source>&amp;Copy week to…</source>
        <translation>&amp;Kopiér ugen til…</translation>
    </message>
    <message>
        <source>&amp;Save as menu cycle…</source>
        <translation>&amp;Gem som menucyklus…</translation>
    </message>
    <message>
        <source>&amp;Apply menu cycle…</source>
        <translation>&amp;Brug menucyklus…</translation>
    </message>
    <message>
        <source>Menu &amp;lines…</source>
        <translation>Menu&amp;linjer…</translation>
    </message>
    <message>
        <source>&amp;Print menu…</source>
        <translation>&amp;Udskriv menu…</translation>
    </message>
    <message>
        <source>Production &amp;sheet…</source>
        <translation>Produktions&amp;ark…</translation>
    </message>
    <message>
        <source>Search recipes</source>
        <translation>Søg opskrifter</translation>
    </message>
    <message>
        <source>Menu cycles</source>
        <translation>Menucyklusser</translation>
    </message>
    <message>
        <source>Menu c&amp;ycles</source>
        <translation>Menuc&amp;yklusser</translation>
    </message>
</context>
<context>
    <name>PlannerDialogs</name>
    <message>
        <source>Copy week %1</source>
        <translation>Kopiér uge %1</translation>
    </message>
    <message>
        <source>Copy the dishes of this week to &amp;week:</source>
        <translation>Kopiér ugens retter til &amp;uge:</translation>
    </message>
    <message>
        <source>Saved the cycle “%1”.</source>
        <translation>Cyklussen “%1” er gemt.</translation>
    </message>
    <message>
        <source>applying a menu cycle</source>
        <translation>brug af en menucyklus</translation>
    </message>
</context>
<context>
    <name>PlannerText</name>
    <message>
        <source>No vegetarian option at %1.</source>
        <translation>Intet vegetarisk tilbud til %1.</translation>
    </message>
    <message>
        <source>“%1” has been deleted from the recipes: choose another dish.</source>
        <translation>“%1” er slettet fra opskrifterne: vælg en anden ret.</translation>
    </message>
    <message>
        <source>A dish is planned on the line “%1”, which is no longer used.</source>
        <translation>En ret er planlagt på linjen “%1”, som ikke bruges mere.</translation>
    </message>
    <message>
        <source>“%1” has ingredients without a price (%2): its cost is too low.</source>
        <translation>“%1” har råvarer uden pris (%2): prisen er for lav.</translation>
    </message>
    <message>
        <source>Dishes are planned on a day off (%1).</source>
        <translation>Der er planlagt retter på en fridag (%1).</translation>
    </message>
    <message>
        <source>“%1” added</source>
        <translation>“%1” tilføjet</translation>
    </message>
    <message>
        <source>“%1” removed</source>
        <translation>“%1” fjernet</translation>
    </message>
    <message>
        <source>“%1” replaced by “%2”</source>
        <translation>“%1” erstattet af “%2”</translation>
    </message>
    <message>
        <source>“%1” renamed to “%2”</source>
        <translation>“%1” omdøbt til “%2”</translation>
    </message>
    <message>
        <source>“%1”: %2 changed from “%3” to “%4”</source>
        <translation>“%1”: %2 ændret fra “%3” til “%4”</translation>
    </message>
    <message>
        <source>“%1”: ingredient %2 added</source>
        <translation>“%1”: råvaren %2 tilføjet</translation>
    </message>
    <message>
        <source>“%1”: ingredient %2 removed</source>
        <translation>“%1”: råvaren %2 fjernet</translation>
    </message>
    <message>
        <source>“%1”: %2 in %3 changed from “%4” to “%5”</source>
        <translation>“%1”: %2 i %3 ændret fra “%4” til “%5”</translation>
    </message>
    <message>
        <source>What was printed cannot be read back: print the menu again to be sure.</source>
        <translation>Det udskrevne kan ikke læses igen: udskriv menuen igen for at være sikker.</translation>
    </message>
    <message>
        <source>%1: holiday (%2), left empty</source>
        <translation>%1: helligdag (%2), ikke planlagt</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>lukket</translation>
    </message>
    <message>
        <source>%1: %2, left empty</source>
        <translation>%1: %2, ikke planlagt</translation>
    </message>
    <message>
        <source>The printed menu is out of date: print it again (changes: %1).</source>
        <translation>Den udskrevne menu er forældet: udskriv den igen (ændringer: %1).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>“%1” is under “%2” but is not vegetarian.</source>
        <translation>“%1” står under “%2”, men er ikke vegetarisk.</translation>
    </message>
    <message>
        <source>Cells already planned, and kept: %1.</source>
        <translation>Celler der allerede var planlagt og blev beholdt: %1.</translation>
    </message>
    <message>
        <source>Dishes left out because their menu line is no longer used: %1.</source>
        <translation>Retter udeladt, fordi deres menulinje ikke bruges mere: %1.</translation>
    </message>
    <message>
        <source>Dishes left out because their recipe is deleted: %1.</source>
        <translation>Retter udeladt, fordi deres opskrift er slettet: %1.</translation>
    </message>
    <message>
        <source>%1 has no week %2 (its last week is %3).</source>
        <translation>%1 har ingen uge %2 (sidste uge er %3).</translation>
    </message>
    <message>
        <source>Write a week such as “week 48”, “48 2027” or a date such as 23.11.2026.</source>
        <translation>Skriv en uge som “uge 48”, “48 2027” eller en dato som 23.11.2026.</translation>
    </message>
    <message>
        <source>That date does not exist.</source>
        <translation>Den dato findes ikke.</translation>
    </message>
    <message>
        <source>Portions cannot be negative.</source>
        <translation>Portioner kan ikke være negative.</translation>
    </message>
    <message>
        <source>More than %1 portions is not plausible: check the number.</source>
        <translation>Mere end %1 portioner er ikke sandsynligt: tjek tallet.</translation>
    </message>
    <message>
        <source>Write the portions as a whole number, e.g. 120.</source>
        <translation>Skriv portionerne som et helt tal, f.eks. 120.</translation>
    </message>
    <message>
        <source>The recipe has been deleted and cannot be planned.</source>
        <translation>Opskriften er slettet og kan ikke planlægges.</translation>
    </message>
    <message>
        <source>The recipe no longer exists. Press F5 to refresh.</source>
        <translation>Opskriften findes ikke mere. Tryk F5 for at opdatere.</translation>
    </message>
    <message>
        <source>There is no dish in that cell.</source>
        <translation>Der er ingen ret i den celle.</translation>
    </message>
    <message>
        <source>Nothing is planned in those weeks.</source>
        <translation>Der er intet planlagt i de uger.</translation>
    </message>
    <message>
        <source>Give it a name.</source>
        <translation>Giv den et navn.</translation>
    </message>
    <message>
        <source>A cycle has at least one week.</source>
        <translation>En cyklus har mindst én uge.</translation>
    </message>
    <message>
        <source>The last day comes before the first.</source>
        <translation>Sidste dag ligger før første dag.</translation>
    </message>
    <message>
        <source>That is more than two years: check the dates.</source>
        <translation>Det er mere end to år: tjek datoerne.</translation>
    </message>
    <message>
        <source>The cycle has weeks 1 to %1.</source>
        <translation>Cyklussen har uge 1 til %1.</translation>
    </message>
    <message>
        <source>That menu line does not exist at this canteen.</source>
        <translation>Den menulinje findes ikke i denne kantine.</translation>
    </message>
    <message>
        <source>This was not accepted (%1).</source>
        <translation>Det blev ikke godtaget (%1).</translation>
    </message>
    <message>
        <source>%1–%2 %3 %4</source>
        <translation>%1.–%2. %3 %4</translation>
    </message>
    <message>
        <source>%1 %2 – %3 %4 %5</source>
        <translation>%1. %2 – %3. %4 %5</translation>
    </message>
    <message>
        <source>Week %1 · %2</source>
        <translation>Uge %1 · %2</translation>
    </message>
</context>
<context>
    <name>PlannerView</name>
    <message>
        <source>Totals</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Bemærkninger</translation>
    </message>
    <message>
        <source>Changes since printing</source>
        <translation>Ændringer siden udskrift</translation>
    </message>
    <message>
        <source>Notices (%1)</source>
        <translation>Bemærkninger (%1)</translation>
    </message>
    <message>
        <source>Changes since printing (%1)</source>
        <translation>Ændringer siden udskrift (%1)</translation>
    </message>
    <message>
        <source>Cut: %1</source>
        <translation>Klippet: %1</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Kopieret: %1</translation>
    </message>
    <message>
        <source>Portions from the canteen&apos;s usual covers.</source>
        <translation>Portioner ud fra kantinens sædvanlige antal kuverter.</translation>
    </message>
    <message>
        <source>The canteen is closed that day: no portions.</source>
        <translation>Kantinen er lukket den dag: ingen portioner.</translation>
    </message>
    <message>
        <source>No forecast or usual covers for this meal: type the portions.</source>
        <translation>Ingen prognose eller normalt antal kuverter for dette måltid: skriv portionerne.</translation>
    </message>
    <message>
        <source>Portions from the forecast.</source>
        <translation>Portioner ud fra prognosen.</translation>
    </message>
    <message>
        <source>Portions from the covers you entered.</source>
        <translation>Portioner ud fra de kuverter, du har indtastet.</translation>
    </message>
    <message>
        <source>The change was not made</source>
        <translation>Ændringen blev ikke foretaget</translation>
    </message>
</context>
<context>
    <name>PrintBanner</name>
    <message>
        <source>Menu not printed yet</source>
        <translation>Menuen er ikke udskrevet endnu</translation>
    </message>
    <message>
        <source>Menu printed %1</source>
        <translation>Menu udskrevet %1</translation>
    </message>
    <message>
        <source>Show changes</source>
        <translation>Vis ændringer</translation>
    </message>
    <message>
        <source>Print again…</source>
        <translation>Udskriv igen…</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;The printed menu is out of date: print it again.&lt;/b&gt; %n change(s) since it was printed on %1.</source>
        <translation>
            <numerusform>&lt;b&gt;Den udskrevne menu er forældet: udskriv den igen.&lt;/b&gt; %n ændring siden udskriften %1.</numerusform>
            <numerusform>&lt;b&gt;Den udskrevne menu er forældet: udskriv den igen.&lt;/b&gt; %n ændringer siden udskriften %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintMenuDialog</name>
    <message>
        <source>Print the menu for week %1</source>
        <translation>Udskriv menuen for uge %1</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>Danish and English</source>
        <translation>Dansk og engelsk</translation>
    </message>
    <message>
        <source>Landscape (days across)</source>
        <translation>Liggende (dage vandret)</translation>
    </message>
    <message>
        <source>Portrait (days down)</source>
        <translation>Stående (dage lodret)</translation>
    </message>
    <message>
        <source>Show each dish&apos;s &amp;organic share</source>
        <translation>Vis rettens &amp;økologiandel</translation>
    </message>
    <message>
        <source>Show each dish&apos;s &amp;climate footprint (kg CO2e)</source>
        <translation>Vis rettens &amp;klimaaftryk (kg CO2e)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Retning:</translation>
    </message>
    <message>
        <source>Making the menu…</source>
        <translation>Laver menuen…</translation>
    </message>
    <message>
        <source>Nothing is planned this week: there is no menu to print.</source>
        <translation>Der er intet planlagt i denne uge: der er ingen menu at udskrive.</translation>
    </message>
    <message>
        <source>Menu week %1</source>
        <translation>Menu uge %1</translation>
    </message>
    <message>
        <source>menu-week-%1.pdf</source>
        <translation>menu-uge-%1.pdf</translation>
    </message>
    <message>
        <source>Save the menu as PDF</source>
        <translation>Gem menuen som PDF</translation>
    </message>
    <message>
        <source>The menu was not saved</source>
        <translation>Menuen blev ikke gemt</translation>
    </message>
</context>
<context>
    <name>ProductionSheetDialog</name>
    <message>
        <source>Production sheet for week %1</source>
        <translation>Produktionsark for uge %1</translation>
    </message>
    <message>
        <source>The whole week</source>
        <translation>Hele ugen</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>&amp;Print for:</source>
        <translation>&amp;Udskriv for:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <source>Making the production sheet…</source>
        <translation>Laver produktionsarket…</translation>
    </message>
    <message>
        <source>Nothing is planned this day: there is no production sheet to print.</source>
        <translation>Der er ikke planlagt noget denne dag: der er intet produktionsark at udskrive.</translation>
    </message>
    <message>
        <source>Nothing is planned this week: there is no production sheet to print.</source>
        <translation>Der er ikke planlagt noget denne uge: der er intet produktionsark at udskrive.</translation>
    </message>
    <message>
        <source>Production sheet week %1</source>
        <translation>Produktionsark uge %1</translation>
    </message>
    <message>
        <source>production-sheet-%1.pdf</source>
        <translation>produktionsark-%1.pdf</translation>
    </message>
    <message>
        <source>production-sheet-week-%1.pdf</source>
        <translation>produktionsark-uge-%1.pdf</translation>
    </message>
    <message>
        <source>Save the production sheet as PDF</source>
        <translation>Gem produktionsarket som PDF</translation>
    </message>
    <message>
        <source>The production sheet was not saved</source>
        <translation>Produktionsarket blev ikke gemt</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>Read-only PC</source>
        <translation>Skrivebeskyttet pc</translation>
    </message>
    <message>
        <source>This is a district or central PC: it shows the canteens&apos; data but cannot change it.</source>
        <translation>Dette er en kreds- eller central-pc: den viser kantinernes data, men kan ikke ændre dem.</translation>
    </message>
    <message>
        <source>Changes are made on the canteen&apos;s own PC and arrive here by sync.</source>
        <translation>Ændringer foretages på kantinens egen pc og kommer hertil ved synkronisering.</translation>
    </message>
</context>
<context>
    <name>ReceiptModel</name>
    <message>
        <source>Ingredient</source>
        <translation>Råvare</translation>
    </message>
    <message>
        <source>Item no.</source>
        <translation>Varenr.</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Bestilt</translation>
    </message>
    <message>
        <source>Packs received</source>
        <translation>Kolli modtaget</translation>
    </message>
    <message>
        <source>Weighed (g, ml, pcs)</source>
        <translation>Vejet (g, ml, stk.)</translation>
    </message>
    <message>
        <source>Pack price, kr.</source>
        <translation>Kollipris, kr.</translation>
    </message>
</context>
<context>
    <name>ReceiptTab</name>
    <message>
        <source>Choose a sent order on the Orders tab.</source>
        <translation>Vælg en afsendt ordre under fanen Ordrer.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <source>Type what arrived: packs, the weight for goods sold by weight (blank: as packed), the pack price when it differs. Enter moves down, Ctrl+Z undoes.</source>
        <translation>Skriv, hvad der kom: kolli, vægten for varer der sælges efter vægt (tomt: som pakket), kollistykprisen hvis den afviger. Enter går ned, Ctrl+Z fortryder.</translation>
    </message>
    <message>
        <source>Note (missing goods, substitutes, temperature)</source>
        <translation>Bemærkning (manglende varer, erstatninger, temperatur)</translation>
    </message>
    <message>
        <source>Received &amp;on:</source>
        <translation>Modtaget &amp;den:</translation>
    </message>
    <message>
        <source>&amp;Close the order (the rest is not coming)</source>
        <translation>&amp;Afslut ordren (resten kommer ikke)</translation>
    </message>
    <message>
        <source>&amp;Post receipt</source>
        <translation>&amp;Bogfør modtagelse</translation>
    </message>
    <message>
        <source>Open in the &amp;planner</source>
        <translation>Åbn i &amp;menuplanen</translation>
    </message>
    <message>
        <source>Planned dishes the short delivery hits:</source>
        <translation>Planlagte retter, som den manglende levering rammer:</translation>
    </message>
    <message>
        <source>Order %1 · %2 · delivery %3 · %4</source>
        <translation>Ordre %1 · %2 · levering %3 · %4</translation>
    </message>
    <message>
        <source>Posted: %1, of which organic %2 (%3 kg of %4 kg). The order is now %5.</source>
        <translation>Bogført: %1, heraf økologisk %2 (%3 kg af %4 kg). Ordren er nu %5.</translation>
    </message>
    <message>
        <source>%1: ordered %2 %4, received %3 %4</source>
        <translation>%1: bestilt %2 %4, modtaget %3 %4</translation>
    </message>
    <message>
        <source>Far more than ordered</source>
        <translation>Langt mere end bestilt</translation>
    </message>
    <message>
        <source>Some lines are far above what was ordered. Did this really arrive?</source>
        <translation>Nogle linjer er langt over det bestilte. Kom det virkelig?</translation>
    </message>
    <message>
        <source>Yes, post it</source>
        <translation>Ja, bogfør det</translation>
    </message>
    <message>
        <source>No, let me correct it</source>
        <translation>Nej, lad mig rette det</translation>
    </message>
</context>
<context>
    <name>RecipeChooser</name>
    <message>
        <source>Choose a dish</source>
        <translation>Vælg en ret</translation>
    </message>
    <message>
        <source>Type part of the name</source>
        <translation>Skriv en del af navnet</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Søg:</translation>
    </message>
    <message numerus="yes">
        <source>%n recipes</source>
        <translation>
            <numerusform>%n opskrift</numerusform>
            <numerusform>%n opskrifter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecipeEditor</name>
    <message>
        <source>This recipe belongs to the central library and cannot be changed here.</source>
        <translation>Opskriften hører til den centrale samling og kan ikke ændres her.</translation>
    </message>
    <message>
        <source>&amp;Copy to my canteen</source>
        <translation>&amp;Kopiér til min kantine</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>&amp;Tilføj linje</translation>
    </message>
    <message>
        <source>Add an ingredient line (Insert)</source>
        <translation>Tilføj en råvarelinje (Insert)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>Remove the selected line (Ctrl+Delete)</source>
        <translation>Fjern den valgte linje (Ctrl+Delete)</translation>
    </message>
    <message>
        <source>Move the line up</source>
        <translation>Flyt linjen op</translation>
    </message>
    <message>
        <source>Move the line down</source>
        <translation>Flyt linjen ned</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>Save the recipe (Ctrl+S)</source>
        <translation>Gem opskriften (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Fremgangsmåde:</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>Fortryd den seneste ændring (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Annullér fortryd</translation>
    </message>
    <message>
        <source>Redo what was undone (Ctrl+Shift+Z)</source>
        <translation>Gør det fortrudte igen (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>Linje %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>RecipeHeader</name>
    <message>
        <source>How the dish is made</source>
        <translation>Sådan laves retten</translation>
    </message>
    <message>
        <source>portions</source>
        <translation>portioner</translation>
    </message>
    <message>
        <source>Portion &amp;size:</source>
        <translation>Portions&amp;størrelse:</translation>
    </message>
    <message>
        <source>g</source>
        <translation>g</translation>
    </message>
    <message>
        <source>&amp;Yield:</source>
        <translation>&amp;Giver:</translation>
    </message>
    <message>
        <source>&amp;Diet:</source>
        <translation>&amp;Kost:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;English name:</source>
        <translation>&amp;Engelsk navn:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>Kate&amp;gori:</translation>
    </message>
    <message>
        <source>No diet tags</source>
        <translation>Ingen kostmærker</translation>
    </message>
</context>
<context>
    <name>RecipeLibrary</name>
    <message>
        <source>Search by name (Ctrl+F)</source>
        <translation>Søg på navn (Ctrl+F)</translation>
    </message>
    <message>
        <source>Central and own</source>
        <translation>Centrale og egne</translation>
    </message>
    <message>
        <source>Central only</source>
        <translation>Kun centrale</translation>
    </message>
    <message>
        <source>Own only</source>
        <translation>Kun egne</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle kategorier</translation>
    </message>
    <message>
        <source>Any diet</source>
        <translation>Alle kostformer</translation>
    </message>
    <message>
        <source>Free from…</source>
        <translation>Fri for…</translation>
    </message>
    <message>
        <source>Free from %1</source>
        <translation>Fri for %1</translation>
    </message>
    <message numerus="yes">
        <source>Free from %n allergens</source>
        <translation>
            <numerusform>Fri for %n allergen</numerusform>
            <numerusform>Fri for %n allergener</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n recipes</source>
        <translation>
            <numerusform>%1 af %n opskrift</numerusform>
            <numerusform>%1 af %n opskrifter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecipeListModel</name>
    <message>
        <source>Recipe</source>
        <translation>Opskrift</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Diet</source>
        <translation>Kost</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Oprindelse</translation>
    </message>
    <message>
        <source>Yield</source>
        <translation>Giver</translation>
    </message>
    <message>
        <source>Per portion</source>
        <translation>Pr. portion</translation>
    </message>
    <message>
        <source>CO2e/portion</source>
        <translation>CO2e/portion</translation>
    </message>
    <message>
        <source>Allergens</source>
        <translation>Allergener</translation>
    </message>
    <message>
        <source>Free from all 14 allergens</source>
        <translation>Fri for alle 14 allergener</translation>
    </message>
</context>
<context>
    <name>RecipeText</name>
    <message>
        <source>weighed in grams</source>
        <translation>vejes i gram</translation>
    </message>
    <message>
        <source>measured in millilitres</source>
        <translation>måles i milliliter</translation>
    </message>
    <message>
        <source>counted in pieces</source>
        <translation>tælles i stk.</translation>
    </message>
    <message>
        <source>The recipe needs a name.</source>
        <translation>Opskriften skal have et navn.</translation>
    </message>
    <message>
        <source>Choose an ingredient.</source>
        <translation>Vælg en råvare.</translation>
    </message>
    <message>
        <source>Write the quantity.</source>
        <translation>Skriv mængden.</translation>
    </message>
    <message>
        <source>Write how many portions the recipe makes.</source>
        <translation>Skriv hvor mange portioner opskriften giver.</translation>
    </message>
    <message>
        <source>This must be filled in.</source>
        <translation>Dette skal udfyldes.</translation>
    </message>
    <message>
        <source>It cannot be negative.</source>
        <translation>Det kan ikke være negativt.</translation>
    </message>
    <message>
        <source>A recipe must make at least one portion.</source>
        <translation>En opskrift skal give mindst én portion.</translation>
    </message>
    <message>
        <source>It must be more than zero.</source>
        <translation>Det skal være mere end nul.</translation>
    </message>
    <message>
        <source>More than %1 %2 in one line is not plausible: check the quantity.</source>
        <translation>Mere end %1 %2 på én linje er ikke sandsynligt: tjek mængden.</translation>
    </message>
    <message>
        <source>More than %1 portions in one recipe is not plausible: check the yield.</source>
        <translation>Mere end %1 portioner i én opskrift er ikke sandsynligt: tjek antal portioner.</translation>
    </message>
    <message>
        <source>A portion of more than %1 g is not plausible: check the portion size.</source>
        <translation>En portion på mere end %1 g er ikke sandsynlig: tjek portionsstørrelsen.</translation>
    </message>
    <message>
        <source>Preparation loss can be at most %1 %.</source>
        <translation>Svind kan højst være %1 %.</translation>
    </message>
    <message>
        <source>That is %1 %2 per portion (at most %3 %4): check the quantity and the yield.</source>
        <translation>Det er %1 %2 pr. portion (højst %3 %4): tjek mængden og antal portioner.</translation>
    </message>
    <message>
        <source>“%1” is not a unit. Use g, kg, ml, dl, l or %2.</source>
        <translation>“%1” er ikke en enhed. Brug g, kg, ml, dl, l eller %2.</translation>
    </message>
    <message>
        <source>%1 does not fit this ingredient: it is %2 and has no conversion.</source>
        <translation>%1 passer ikke til råvaren: den %2 og kan ikke omregnes.</translation>
    </message>
    <message>
        <source>Choose an ingredient from the list.</source>
        <translation>Vælg en råvare fra listen.</translation>
    </message>
    <message>
        <source>%1 has no current price: the cost is too low.</source>
        <translation>%1 har ingen aktuel pris: prisen er for lav.</translation>
    </message>
    <message>
        <source>%1 has an implausible price: the cost leaves it out.</source>
        <translation>%1 har en usandsynlig pris: den er ikke regnet med i prisen.</translation>
    </message>
    <message>
        <source>%1 has no weight per piece: kilos and CO2e leave it out.</source>
        <translation>%1 har ingen vægt pr. stk.: kilo og CO2e udelader den.</translation>
    </message>
    <message>
        <source>%1 has no CO2e figure.</source>
        <translation>%1 har intet CO2e-tal.</translation>
    </message>
    <message>
        <source>%1 lacks nutrition data.</source>
        <translation>%1 mangler næringsdata.</translation>
    </message>
    <message>
        <source>ingredient</source>
        <translation>råvare</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>mængde</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>enhed</translation>
    </message>
    <message>
        <source>prep loss</source>
        <translation>svind</translation>
    </message>
</context>
<context>
    <name>RecipeUndo</name>
    <message>
        <source>changing the ingredient lines</source>
        <translation>ændring af råvarelinjerne</translation>
    </message>
    <message>
        <source>changing the name</source>
        <translation>ændring af navnet</translation>
    </message>
    <message>
        <source>changing the English name</source>
        <translation>ændring af det engelske navn</translation>
    </message>
    <message>
        <source>changing the category</source>
        <translation>ændring af kategorien</translation>
    </message>
    <message>
        <source>changing the yield</source>
        <translation>ændring af antal portioner</translation>
    </message>
    <message>
        <source>changing the portion size</source>
        <translation>ændring af portionsstørrelsen</translation>
    </message>
    <message>
        <source>changing the diet tags</source>
        <translation>ændring af kostmærkerne</translation>
    </message>
    <message>
        <source>changing the method</source>
        <translation>ændring af fremgangsmåden</translation>
    </message>
    <message>
        <source>changing the recipe</source>
        <translation>ændring af opskriften</translation>
    </message>
</context>
<context>
    <name>Recipes</name>
    <message>
        <source>Main course</source>
        <translation>Hovedret</translation>
    </message>
    <message>
        <source>Soup</source>
        <translation>Suppe</translation>
    </message>
    <message>
        <source>Salad</source>
        <translation>Salat</translation>
    </message>
    <message>
        <source>Bread</source>
        <translation>Brød</translation>
    </message>
    <message>
        <source>Dessert</source>
        <translation>Dessert</translation>
    </message>
    <message>
        <source>Breakfast</source>
        <translation>Morgenmad</translation>
    </message>
    <message>
        <source>Snack</source>
        <translation>Mellemmåltid</translation>
    </message>
    <message>
        <source>Side dish</source>
        <translation>Tilbehør</translation>
    </message>
    <message>
        <source>Sauce</source>
        <translation>Sauce</translation>
    </message>
    <message>
        <source>vegetarian</source>
        <translation>vegetarisk</translation>
    </message>
    <message>
        <source>vegan</source>
        <translation>vegansk</translation>
    </message>
    <message>
        <source>gluten-free</source>
        <translation>glutenfri</translation>
    </message>
    <message>
        <source>lactose-free</source>
        <translation>laktosefri</translation>
    </message>
    <message>
        <source>without pork</source>
        <translation>uden svinekød</translation>
    </message>
    <message>
        <source>halal</source>
        <translation>halal</translation>
    </message>
    <message>
        <source>low fat</source>
        <translation>fedtfattig</translation>
    </message>
    <message>
        <source>Central</source>
        <translation>Central</translation>
    </message>
    <message>
        <source>Own copy</source>
        <translation>Egen kopi</translation>
    </message>
    <message>
        <source>Own</source>
        <translation>Egen</translation>
    </message>
</context>
<context>
    <name>RecipesView</name>
    <message>
        <source>&amp;New recipe</source>
        <translation>&amp;Ny opskrift</translation>
    </message>
    <message>
        <source>&amp;Copy to my canteen</source>
        <translation>&amp;Kopiér til min kantine</translation>
    </message>
    <message>
        <source>&amp;Delete recipe</source>
        <translation>&amp;Slet opskrift</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Søg</translation>
    </message>
    <message>
        <source>the new recipe</source>
        <translation>den nye opskrift</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Kassér ændringer</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Fortsæt redigering</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ændringer er ikke gemt</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>Gem ændringerne i “%1”?</translation>
    </message>
    <message>
        <source>Delete recipe</source>
        <translation>Slet opskrift</translation>
    </message>
    <message>
        <source>“%1” is still planned on: %2.</source>
        <translation>“%1” er stadig planlagt: %2.</translation>
    </message>
    <message>
        <source>Delete anyway</source>
        <translation>Slet alligevel</translation>
    </message>
    <message>
        <source>Keep the recipe</source>
        <translation>Behold opskriften</translation>
    </message>
    <message>
        <source>The planned dishes stay on the menu and are marked, so you can choose another dish.</source>
        <translation>De planlagte retter bliver stående på menuen og markeres, så du kan vælge en anden ret.</translation>
    </message>
</context>
<context>
    <name>RejectedModel</name>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Række</translation>
    </message>
    <message>
        <source>Why the server refused it</source>
        <translation>Hvorfor serveren afviste den</translation>
    </message>
</context>
<context>
    <name>ReportTab</name>
    <message>
        <source>All districts</source>
        <translation>Alle kredse</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Kreds</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Kantine</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>&amp;Niveau</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Fra</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Til</translation>
    </message>
    <message>
        <source>&amp;By</source>
        <translation>&amp;Pr.</translation>
    </message>
    <message>
        <source>◀ &amp;Back</source>
        <translation>◀ &amp;Tilbage</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <source>E&amp;xcel…</source>
        <translation>E&amp;xcel…</translation>
    </message>
    <message>
        <source>&amp;CSV…</source>
        <translation>&amp;CSV…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulleret.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-projektmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>costs</source>
        <translation>omkostninger</translation>
    </message>
    <message>
        <source>Save the cost report</source>
        <translation>Gem omkostningsrapporten</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gemt: %1</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Filen kunne ikke skrives: %1</translation>
    </message>
</context>
<context>
    <name>SaveCycleDialog</name>
    <message>
        <source>Save weeks as a menu cycle</source>
        <translation>Gem uger som menucyklus</translation>
    </message>
    <message>
        <source>e.g. Autumn rotation</source>
        <translation>f.eks. Efterårsrotation</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> uger</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;First week:</source>
        <translation>&amp;Første uge:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Længde:</translation>
    </message>
    <message>
        <source>The dishes planned in these weeks become the rotation, week by week.</source>
        <translation>Retterne i disse uger bliver til rotationen, uge for uge.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>A new language is used the next time the program starts.</source>
        <translation>Et nyt sprog bruges, næste gang programmet starter.</translation>
    </message>
    <message>
        <source>Automatic (first central user, else all canteens)</source>
        <translation>Automatisk (første centrale bruger, ellers alle kantiner)</translation>
    </message>
    <message>
        <source>central</source>
        <translation>central</translation>
    </message>
    <message>
        <source>district</source>
        <translation>politikreds</translation>
    </message>
    <message>
        <source>canteen</source>
        <translation>kantine</translation>
    </message>
    <message>
        <source>The user decides which canteens you can choose from.</source>
        <translation>Brugeren afgør, hvilke kantiner du kan vælge imellem.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Gennemse…</translation>
    </message>
    <message>
        <source>Another database file is opened as soon as you press OK.</source>
        <translation>En anden databasefil åbnes, så snart du trykker OK.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprog:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Bruger:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Choose database</source>
        <translation>Vælg database</translation>
    </message>
    <message>
        <source>Canteen databases (*.db *.sqlite);;All files (*)</source>
        <translation>Kantinedatabaser (*.db *.sqlite);;Alle filer (*)</translation>
    </message>
</context>
<context>
    <name>SiteSelector</name>
    <message>
        <source>You are a site user: you see your own canteen only.</source>
        <translation>Du er kantinebruger og ser kun din egen kantine.</translation>
    </message>
    <message>
        <source>There are no canteens in this database yet.</source>
        <translation>Der er endnu ingen kantiner i databasen.</translation>
    </message>
    <message>
        <source>Choose the canteen to show.</source>
        <translation>Vælg den kantine, der skal vises.</translation>
    </message>
</context>
<context>
    <name>StaleBanner</name>
    <message>
        <source>Recalc&amp;ulate drafts</source>
        <translation>Gen&amp;beregn kladder</translation>
    </message>
    <message>
        <source>The drafts for week %1 are out of date: the menu or forecast changed since they were saved (%2 lines differ).</source>
        <translation>Kladderne for uge %1 er forældede — genberegn: menuen eller prognosen er ændret, siden de blev gemt (%2 linjer afviger).</translation>
    </message>
    <message>
        <source>%1 new lines have no draft for their supplier: save a new suggestion.</source>
        <translation>%1 nye linjer har ingen kladde hos deres leverandør: gem et nyt forslag.</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <source>No database open</source>
        <translation>Ingen database åben</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demodata</translation>
    </message>
    <message>
        <source>This database holds generated demo data, not real figures.</source>
        <translation>Databasen indeholder genererede demodata, ikke rigtige tal.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Skrivebeskyttet</translation>
    </message>
    <message>
        <source>This PC shows the canteens&apos; data through sync and cannot change it.</source>
        <translation>Denne pc viser kantinernes data via synkronisering og kan ikke ændre dem.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Canteen: %1</source>
        <translation>Kantine: %1</translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>Sidst synkroniseret: aldrig</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Sidst synkroniseret: %1</translation>
    </message>
</context>
<context>
    <name>StockTab</name>
    <message>
        <source>Cold store</source>
        <translation>Køl og frys</translation>
    </message>
    <message>
        <source>Fruit and vegetables</source>
        <translation>Frugt og grønt</translation>
    </message>
    <message>
        <source>Bread</source>
        <translation>Brød</translation>
    </message>
    <message>
        <source>Dry store</source>
        <translation>Tørlager</translation>
    </message>
    <message>
        <source>&amp;Storage area:</source>
        <translation>&amp;Lagerområde:</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <source>Save &amp;count</source>
        <translation>Gem &amp;optælling</translation>
    </message>
    <message>
        <source>&amp;Print count sheet…</source>
        <translation>&amp;Udskriv optællingsark…</translation>
    </message>
    <message>
        <source>Counted on %1</source>
        <translation>Optalt %1</translation>
    </message>
    <message>
        <source>Expected stock value: %1</source>
        <translation>Forventet lagerværdi: %1</translation>
    </message>
    <message>
        <source>%1 counts saved.</source>
        <translation>%1 optællinger gemt.</translation>
    </message>
</context>
<context>
    <name>SuggestionModel</name>
    <message>
        <source>Supplier</source>
        <translation>Leverandør</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Levering</translation>
    </message>
    <message>
        <source>Ingredient</source>
        <translation>Råvare</translation>
    </message>
    <message>
        <source>Item no.</source>
        <translation>Varenr.</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Behov</translation>
    </message>
    <message>
        <source>To order</source>
        <translation>At bestille</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>Kolli</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>First needed</source>
        <translation>Først brugt</translation>
    </message>
</context>
<context>
    <name>SuggestionTab</name>
    <message>
        <source>&amp;Week:</source>
        <translation>&amp;Uge:</translation>
    </message>
    <message>
        <source>The forecast</source>
        <translation>Prognosen</translation>
    </message>
    <message>
        <source>Upper %1 % bound</source>
        <translation>Øvre %1 %-grænse</translation>
    </message>
    <message>
        <source>&amp;Plan for:</source>
        <translation>&amp;Planlæg efter:</translation>
    </message>
    <message>
        <source>&amp;Compute</source>
        <translation>&amp;Beregn</translation>
    </message>
    <message>
        <source>&amp;Save as drafts</source>
        <translation>&amp;Gem som kladder</translation>
    </message>
    <message>
        <source>“%1” is not a week: type it as 2026-W50.</source>
        <translation>“%1” er ikke en uge: skriv den som 2026-W50.</translation>
    </message>
    <message>
        <source>Choose a line to see which dishes need it.</source>
        <translation>Vælg en linje for at se, hvilke retter der bruger den.</translation>
    </message>
    <message>
        <source>%1 orders, %2 excl. VAT</source>
        <translation>%1 ordrer, %2 ekskl. moms</translation>
    </message>
    <message>
        <source>Saved as drafts: %1</source>
        <translation>Gemt som kladder: %1</translation>
    </message>
</context>
<context>
    <name>SyncState</name>
    <message>
        <source>%1 Next try at %2.</source>
        <translation>%1 Næste forsøg kl. %2.</translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation>Synkroniserer…</translation>
    </message>
    <message>
        <source>No connection – trying again at %1</source>
        <translation>Ingen forbindelse – prøver igen %1</translation>
    </message>
    <message>
        <source>Sync failed – trying again at %1</source>
        <translation>Synkronisering mislykkedes – prøver igen %1</translation>
    </message>
    <message>
        <source>1 change waiting</source>
        <translation>1 ændring venter</translation>
    </message>
    <message>
        <source>%1 changes waiting</source>
        <translation>%1 ændringer venter</translation>
    </message>
    <message>
        <source>1 refused</source>
        <translation>1 afvist</translation>
    </message>
    <message>
        <source>%1 refused</source>
        <translation>%1 afviste</translation>
    </message>
    <message>
        <source>Not synchronised yet</source>
        <translation>Ikke synkroniseret endnu</translation>
    </message>
    <message>
        <source>Synchronised %1</source>
        <translation>Synkroniseret %1</translation>
    </message>
    <message>
        <source>Not synchronising – update the program</source>
        <translation>Synkroniserer ikke – opdatér programmet</translation>
    </message>
    <message>
        <source>Not synchronising – enroll this PC again</source>
        <translation>Synkroniserer ikke – tilmeld denne pc igen</translation>
    </message>
    <message>
        <source>Not synchronising – check the server address</source>
        <translation>Synkroniserer ikke – kontrollér serveradressen</translation>
    </message>
    <message>
        <source>Not synchronising – contact IT support</source>
        <translation>Synkroniserer ikke – kontakt IT-support</translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <source>The server does not know this kind of data; update the program.</source>
        <translation>Serveren kender ikke denne slags data; opdatér programmet.</translation>
    </message>
    <message>
        <source>This is master data, which only the central office may change.</source>
        <translation>Dette er stamdata, som kun centralen må ændre.</translation>
    </message>
    <message>
        <source>The change has a field the server does not know; update the program.</source>
        <translation>Ændringen har et felt, serveren ikke kender; opdatér programmet.</translation>
    </message>
    <message>
        <source>A value in the change cannot be read by the server.</source>
        <translation>En værdi i ændringen kan ikke læses af serveren.</translation>
    </message>
    <message>
        <source>The change was malformed and the server could not read it.</source>
        <translation>Ændringen var forkert opbygget, og serveren kunne ikke læse den.</translation>
    </message>
    <message>
        <source>The row belongs to another canteen, so this PC may not change it.</source>
        <translation>Rækken tilhører en anden kantine, så denne pc må ikke ændre den.</translation>
    </message>
    <message>
        <source>The server refused the row because it breaks a rule (a missing or duplicate entry).</source>
        <translation>Serveren afviste rækken, fordi den bryder en regel (en manglende eller dobbelt post).</translation>
    </message>
    <message>
        <source>The row no longer exists on this PC.</source>
        <translation>Rækken findes ikke længere på denne pc.</translation>
    </message>
    <message>
        <source>The server has newer data: this old change from a restored copy was not sent.</source>
        <translation>Serveren har nyere data: denne gamle ændring fra en genindlæst kopi blev ikke sendt.</translation>
    </message>
    <message>
        <source>The PC&apos;s synced data was fetched again from the server; this change could not be sent first.</source>
        <translation>Pc&apos;ens synkroniserede data blev hentet forfra fra serveren; denne ændring kunne ikke sendes først.</translation>
    </message>
    <message>
        <source>The server asks to fetch this PC&apos;s data again; it is done at the next sync.</source>
        <translation>Serveren beder om at hente pc&apos;ens data forfra; det sker ved næste synkronisering.</translation>
    </message>
    <message>
        <source>The server asks again to reset this PC&apos;s data; contact IT support.</source>
        <translation>Serveren beder igen om at nulstille pc&apos;ens data; kontakt IT-support.</translation>
    </message>
    <message>
        <source>The server cannot be reached. The changes are kept and sent later.</source>
        <translation>Serveren kan ikke nås. Ændringerne gemmes og sendes senere.</translation>
    </message>
    <message>
        <source>The server no longer accepts this PC. Enroll it again with a new code.</source>
        <translation>Serveren accepterer ikke længere denne pc. Tilmeld den igen med en ny kode.</translation>
    </message>
    <message>
        <source>The server does not allow this for this PC.</source>
        <translation>Serveren tillader ikke dette for denne pc.</translation>
    </message>
    <message>
        <source>The server refused a too large batch of changes. They are kept here; contact IT support if this keeps happening.</source>
        <translation>Serveren afviste en for stor portion ændringer. De gemmes her; kontakt IT-support, hvis det bliver ved.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read (perhaps a proxy answered instead). The changes are kept and sent later.</source>
        <translation>Serverens svar kunne ikke læses (måske svarede en proxy i stedet). Ændringerne gemmes og sendes senere.</translation>
    </message>
    <message>
        <source>No sync server answers at this address. Check the address, or ask IT support.</source>
        <translation>Der svarer ingen synkroniseringsserver på denne adresse. Kontrollér adressen, eller spørg IT-support.</translation>
    </message>
    <message>
        <source>This program is too old for the server: update it. Until then the program works as usual and keeps the changes for later.</source>
        <translation>Programmet er for gammelt til serveren: opdatér det. Indtil da virker programmet som normalt og gemmer ændringerne til senere.</translation>
    </message>
    <message>
        <source>The server is older than this program. The changes are kept; the sync tries again later by itself.</source>
        <translation>Serveren er ældre end dette program. Ændringerne gemmes; synkroniseringen prøver selv igen senere.</translation>
    </message>
    <message>
        <source>The server answered with an error. Try again later.</source>
        <translation>Serveren svarede med en fejl. Prøv igen senere.</translation>
    </message>
    <message>
        <source>The enrollment code is unknown, used or expired. Ask for a new one.</source>
        <translation>Tilmeldingskoden er ukendt, brugt eller udløbet. Bed om en ny.</translation>
    </message>
    <message>
        <source>This PC is not enrolled with a sync server.</source>
        <translation>Denne pc er ikke tilmeldt en synkroniseringsserver.</translation>
    </message>
    <message>
        <source>This PC&apos;s access key is missing. Enroll it again with a new code.</source>
        <translation>Pc&apos;ens adgangsnøgle mangler. Tilmeld den igen med en ny kode.</translation>
    </message>
    <message>
        <source>The server refused the change (%1).</source>
        <translation>Serveren afviste ændringen (%1).</translation>
    </message>
    <message>
        <source>Canteen PC (sends and fetches its canteen&apos;s data)</source>
        <translation>Kantine-pc (sender og henter kantinens data)</translation>
    </message>
    <message>
        <source>District PC (reads the district&apos;s canteens)</source>
        <translation>Kreds-pc (læser kredsens kantiner)</translation>
    </message>
    <message>
        <source>Central PC (reads every canteen)</source>
        <translation>Central-pc (læser alle kantiner)</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>Ikke tilmeldt</translation>
    </message>
    <message>
        <source>Last change wins</source>
        <translation>Seneste ændring vinder</translation>
    </message>
    <message>
        <source>Deletion wins</source>
        <translation>Sletning vinder</translation>
    </message>
    <message>
        <source>This PC</source>
        <translation>Denne pc</translation>
    </message>
    <message>
        <source>The server</source>
        <translation>Serveren</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Kuverter</translation>
    </message>
    <message>
        <source>Forecast correction</source>
        <translation>Prognoserettelse</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Begivenhed</translation>
    </message>
    <message>
        <source>Dish on the menu</source>
        <translation>Ret på menuen</translation>
    </message>
    <message>
        <source>Week menu</source>
        <translation>Ugemenu</translation>
    </message>
    <message>
        <source>Menu line</source>
        <translation>Menulinje</translation>
    </message>
    <message>
        <source>Menu cycle</source>
        <translation>Menucyklus</translation>
    </message>
    <message>
        <source>Dish in a menu cycle</source>
        <translation>Ret i en menucyklus</translation>
    </message>
    <message>
        <source>Recipe</source>
        <translation>Opskrift</translation>
    </message>
    <message>
        <source>Recipe ingredient</source>
        <translation>Ingrediens i opskrift</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Order line</source>
        <translation>Ordrelinje</translation>
    </message>
    <message>
        <source>Goods receipt</source>
        <translation>Varemodtagelse</translation>
    </message>
    <message>
        <source>Goods receipt line</source>
        <translation>Linje i varemodtagelse</translation>
    </message>
    <message>
        <source>Stock count</source>
        <translation>Lageroptælling</translation>
    </message>
    <message>
        <source>Cost entry</source>
        <translation>Omkostningspost</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Salg</translation>
    </message>
    <message>
        <source>Waste</source>
        <translation>Spild</translation>
    </message>
    <message>
        <source>Closed month</source>
        <translation>Lukket måned</translation>
    </message>
    <message>
        <source>The row cannot be discarded while other new rows use it.</source>
        <translation>Rækken kan ikke kasseres, mens andre nye rækker bruger den.</translation>
    </message>
    <message>
        <source>Discard the rows that use it first, or fix it and send it again.</source>
        <translation>Kassér først de rækker, der bruger den, eller ret den og send den igen.</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <source>Synchronisation</source>
        <translation>Synkronisering</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>This PC:</source>
        <translation>Denne pc:</translation>
    </message>
    <message>
        <source>Last successful sync:</source>
        <translation>Seneste vellykkede synkronisering:</translation>
    </message>
    <message>
        <source>Waiting to be sent:</source>
        <translation>Venter på at blive sendt:</translation>
    </message>
    <message>
        <source>Synchronise now</source>
        <translation>Synkronisér nu</translation>
    </message>
    <message>
        <source>Send and fetch changes now (Ctrl+R)</source>
        <translation>Send og hent ændringer nu (Ctrl+R)</translation>
    </message>
    <message>
        <source>Enroll this PC…</source>
        <translation>Tilmeld denne pc…</translation>
    </message>
    <message>
        <source>Fix…</source>
        <translation>Ret…</translation>
    </message>
    <message>
        <source>Go to where the row can be corrected</source>
        <translation>Gå til stedet, hvor rækken kan rettes</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Send igen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Kassér</translation>
    </message>
    <message>
        <source>Give up this PC&apos;s change; the server&apos;s version comes back at the next sync</source>
        <translation>Opgiv denne pc&apos;s ændring; serverens udgave kommer tilbage ved næste synkronisering</translation>
    </message>
    <message>
        <source>Changes the server refused</source>
        <translation>Ændringer, serveren afviste</translation>
    </message>
    <message>
        <source>Conflicts the server settled</source>
        <translation>Konflikter, serveren afgjorde</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n ændring</numerusform>
            <numerusform>%n ændringer</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>intet</translation>
    </message>
    <message>
        <source>This PC&apos;s clock is %1 minutes away from the server&apos;s. Set the clock right, so changes are ordered correctly.</source>
        <translation>Denne pc&apos;s ur går %1 minutter forkert i forhold til serverens. Stil uret, så ændringerne kommer i den rigtige rækkefølge.</translation>
    </message>
    <message>
        <source>Changes the server refused (%1)</source>
        <translation>Ændringer, serveren afviste (%1)</translation>
    </message>
    <message>
        <source>Conflicts the server settled (%1)</source>
        <translation>Konflikter, serveren afgjorde (%1)</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Ingen database er åben.</translation>
    </message>
    <message>
        <source>This PC is not enrolled. Ask the central office for an enrollment code and press “Enroll this PC…”.</source>
        <translation>Denne pc er ikke tilmeldt. Bed centralen om en tilmeldingskode, og tryk på »Tilmeld denne pc…«.</translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation>Synkroniserer…</translation>
    </message>
    <message>
        <source>This PC fetches its data and shows it read-only.</source>
        <translation>Denne pc henter sine data og viser dem skrivebeskyttet.</translation>
    </message>
    <message>
        <source>Synchronisation runs by itself every minute and after each change.</source>
        <translation>Synkroniseringen kører af sig selv hvert minut og efter hver ændring.</translation>
    </message>
    <message>
        <source>Fix the refused change</source>
        <translation>Ret den afviste ændring</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This kind of data has no page of its own. Discard the change to get the server&apos;s version back, or ask the central office.</source>
        <translation>Denne slags data har ingen side for sig selv. Kassér ændringen for at få serverens udgave tilbage, eller spørg centralen.</translation>
    </message>
    <message>
        <source>The row is selected on this page. Correct it and save: the change is then sent again. Or discard it on the Synchronisation page.</source>
        <translation>Rækken er valgt på denne side. Ret den og gem: så sendes ændringen igen. Eller kassér den på siden Synkronisering.</translation>
    </message>
    <message>
        <source>Find the row on this page, correct it and save: the change is then sent again. Or discard it on the Synchronisation page.</source>
        <translation>Find rækken på denne side, ret den og gem: så sendes ændringen igen. Eller kassér den på siden Synkronisering.</translation>
    </message>
    <message>
        <source>The row belongs to a canteen this PC does not show. Discard the change: the server keeps that canteen&apos;s own data.</source>
        <translation>Rækken hører til en kantine, som denne pc ikke viser. Kassér ændringen: serveren beholder kantinens egne data.</translation>
    </message>
    <message>
        <source>Discard the change?</source>
        <translation>Kassér ændringen?</translation>
    </message>
    <message>
        <source>This PC&apos;s change of %1 (%2) is given up.</source>
        <translation>Denne pc&apos;s ændring af %1 (%2) opgives.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behold den</translation>
    </message>
    <message>
        <source>The server&apos;s version comes back at the next synchronisation.</source>
        <translation>Serverens udgave kommer tilbage ved næste synkronisering.</translation>
    </message>
</context>
<context>
    <name>TotalsModel</name>
    <message>
        <source>Covers</source>
        <translation>Kuverter</translation>
    </message>
    <message>
        <source>Portions</source>
        <translation>Portioner</translation>
    </message>
    <message>
        <source>Cost (kr.)</source>
        <translation>Pris (kr.)</translation>
    </message>
    <message>
        <source>Cost per cover (kr.)</source>
        <translation>Pris pr. kuvert (kr.)</translation>
    </message>
    <message>
        <source>Organic share by kroner</source>
        <translation>Økologiandel i kroner</translation>
    </message>
    <message>
        <source>Organic share by kilo</source>
        <translation>Økologiandel i kilo</translation>
    </message>
    <message>
        <source>kg CO2e per cover</source>
        <translation>kg CO2e pr. kuvert</translation>
    </message>
    <message>
        <source>Vegetarian option</source>
        <translation>Vegetarisk tilbud</translation>
    </message>
    <message>
        <source>Allergens</source>
        <translation>Allergener</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Uge</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Mangler: %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>* Some ingredients have no price: the cost is too low.</source>
        <translation>* Nogle råvarer har ingen pris: prisen er for lav.</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>pcs</source>
        <translation>stk.</translation>
    </message>
</context>
<context>
    <name>WeekCoversModel</name>
    <message>
        <source>Mon</source>
        <translation>Man</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Tir</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Ons</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Tor</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fre</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Lør</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Søn</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Uge</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>Week %1, %2</source>
        <translation>Uge %1, %2</translation>
    </message>
</context>
<context>
    <name>WeekDialog</name>
    <message>
        <source>Go to week</source>
        <translation>Gå til uge</translation>
    </message>
    <message>
        <source>&amp;Week or date:</source>
        <translation>&amp;Uge eller dato:</translation>
    </message>
    <message>
        <source>For example “week 48”, “48 2027”, “2026-W48” or “23.11.2026”.</source>
        <translation>F.eks. “uge 48”, “48 2027”, “2026-W48” eller “23.11.2026”.</translation>
    </message>
    <message>
        <source>week %1</source>
        <translation>uge %1</translation>
    </message>
    <message>
        <source>&amp;Replace dishes already planned there</source>
        <translation>&amp;Erstat retter der allerede er planlagt dér</translation>
    </message>
</context>
<context>
    <name>WeekPlanModel</name>
    <message>
        <source>Closed</source>
        <translation>Lukket</translation>
    </message>
    <message>
        <source>this line is no longer on the canteen&apos;s menu</source>
        <translation>linjen er ikke længere på kantinens menu</translation>
    </message>
    <message>
        <source>%1 portions, %2 per portion</source>
        <translation>%1 portioner, %2 pr. portion</translation>
    </message>
    <message>
        <source>Organic %1, %2 per portion</source>
        <translation>Økologi %1, %2 pr. portion</translation>
    </message>
    <message>
        <source>Free from all 14 allergens</source>
        <translation>Fri for alle 14 allergener</translation>
    </message>
    <message>
        <source>The recipe has been deleted: choose another dish.</source>
        <translation>Opskriften er slettet: vælg en anden ret.</translation>
    </message>
    <message numerus="yes">
        <source>%n ptn.</source>
        <translation>
            <numerusform>%n port.</numerusform>
            <numerusform>%n port.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>model</name>
    <message>
        <source>typing</source>
        <translation>indtastning</translation>
    </message>
</context>
</TS>
