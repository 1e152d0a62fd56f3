<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
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
    <name>CostsView</name>
    <message>
        <source>Finance</source>
        <translation>Økonomi</translation>
    </message>
    <message>
        <source>Follow raw-material cost against sales revenue per month (coverage).</source>
        <translation>Følg råvareforbruget op mod salgsindtægterne måned for måned (dækningsgrad).</translation>
    </message>
    <message>
        <source>Compare labour and other costs with the district&apos;s budget.</source>
        <translation>Sammenlign løn og andre omkostninger med politikredsens budget.</translation>
    </message>
    <message>
        <source>Calculate the organic share for the organic dining label.</source>
        <translation>Beregn økologiandelen til Det Økologiske Spisemærke.</translation>
    </message>
    <message>
        <source>Compare sites across a district, and record food waste.</source>
        <translation>Sammenlign kantinerne i en politikreds, og registrér madspild.</translation>
    </message>
</context>
<context>
    <name>CoversView</name>
    <message>
        <source>Covers &amp; forecast</source>
        <translation>Kuverter &amp; prognose</translation>
    </message>
    <message>
        <source>Enter the covers served per day and service.</source>
        <translation>Indtast antal kuverter pr. dag og måltid.</translation>
    </message>
    <message>
        <source>See the forecast of covers per day and menu line, with an interval.</source>
        <translation>Se prognosen for kuverter pr. dag og menulinje, med usikkerhedsinterval.</translation>
    </message>
    <message>
        <source>Enter known events (courses, operations, closed days) that change covers.</source>
        <translation>Indtast kendte begivenheder (kurser, indsatser, lukkedage), der ændrer antallet af kuverter.</translation>
    </message>
    <message>
        <source>Override the forecast with your own number and a reason.</source>
        <translation>Erstat prognosen med dit eget tal og en begrundelse.</translation>
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
</context>
<context>
    <name>MenusView</name>
    <message>
        <source>Menus</source>
        <translation>Menuer</translation>
    </message>
    <message>
        <source>Plan the menu of each ISO week: recipes per day and menu line, for each service.</source>
        <translation>Planlæg menuen for hver uge: opskrifter pr. dag og menulinje for hvert måltid.</translation>
    </message>
    <message>
        <source>Start from a rotating menu cycle and adjust for holidays.</source>
        <translation>Start fra en rullende menuplan, og tilpas den til helligdage.</translation>
    </message>
    <message>
        <source>See the allergens of every dish, with unknown allergens clearly marked.</source>
        <translation>Se allergenerne i hver ret – ukendte allergener er tydeligt markeret.</translation>
    </message>
    <message>
        <source>Print the weekly menu in Danish, English or both, with an allergen legend.</source>
        <translation>Udskriv ugens menu på dansk, engelsk eller begge dele, med forklaring af allergenerne.</translation>
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
    <name>OrderingView</name>
    <message>
        <source>Ordering</source>
        <translation>Bestilling</translation>
    </message>
    <message>
        <source>Work out what to order from the menus, the forecast, stock and open orders.</source>
        <translation>Beregn, hvad der skal bestilles, ud fra menuerne, prognosen, lageret og åbne ordrer.</translation>
    </message>
    <message>
        <source>Round up to whole packs and respect each supplier&apos;s delivery days and cut-off.</source>
        <translation>Rund op til hele kolli, og overhold hver leverandørs leveringsdage og bestillingsfrist.</translation>
    </message>
    <message>
        <source>Send orders as PDF, CSV or electronic order (OIOUBL).</source>
        <translation>Send ordrer som PDF, CSV eller elektronisk ordre (OIOUBL).</translation>
    </message>
    <message>
        <source>Receive goods and record what was actually delivered.</source>
        <translation>Modtag varer, og registrér, hvad der faktisk blev leveret.</translation>
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
    <name>PlaceholderView</name>
    <message>
        <source>Not built yet. This is what will come here:</source>
        <translation>Endnu ikke bygget. Her kommer:</translation>
    </message>
</context>
<context>
    <name>RecipesView</name>
    <message>
        <source>Recipes</source>
        <translation>Opskrifter</translation>
    </message>
    <message>
        <source>Browse the central recipe library and the canteen&apos;s own recipes.</source>
        <translation>Gennemse det fælles opskriftsbibliotek og kantinens egne opskrifter.</translation>
    </message>
    <message>
        <source>Edit ingredients, quantities, preparation loss and method.</source>
        <translation>Redigér råvarer, mængder, svind ved tilberedning og fremgangsmåde.</translation>
    </message>
    <message>
        <source>See cost per portion, allergens, climate footprint and nutrition per recipe.</source>
        <translation>Se pris pr. portion, allergener, klimaaftryk og næringsindhold for hver opskrift.</translation>
    </message>
    <message>
        <source>Copy a central recipe to make a local version.</source>
        <translation>Kopiér en fælles opskrift for at lave en lokal udgave.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>Same as the computer (Danish or English)</source>
        <translation>Som computerens sprog (dansk eller engelsk)</translation>
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
    <name>SyncView</name>
    <message>
        <source>Synchronisation</source>
        <translation>Synkronisering</translation>
    </message>
    <message>
        <source>Send this canteen&apos;s data to the central server and fetch shared master data.</source>
        <translation>Send kantinens data til den centrale server, og hent fælles stamdata.</translation>
    </message>
    <message>
        <source>See when the last synchronisation happened and what is still waiting.</source>
        <translation>Se, hvornår der sidst blev synkroniseret, og hvad der stadig venter.</translation>
    </message>
    <message>
        <source>Resolve changes the server rejected.</source>
        <translation>Løs ændringer, som serveren har afvist.</translation>
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
</TS>
