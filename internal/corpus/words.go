package corpus

// The vocabulary the generator draws names, titles and prose from. It is
// invented text in the register of briefing notes; nothing here describes
// real people or events.

// countryNames are the 65 countries briefs name. They are common English
// names from ISO 3166-1, as package country spells them.
var countryNames = []string{
	"Afghanistan", "Algeria", "Angola", "Argentina", "Australia", "Bangladesh", "Belgium", "Benin",
	"Bolivia", "Brazil", "Burkina Faso", "Cameroon", "Canada", "Chad", "Chile", "China",
	"Colombia", "Cuba", "Democratic Republic of the Congo", "Djibouti", "Dominican Republic", "Ecuador", "Egypt", "Eritrea",
	"Ethiopia", "France", "Germany", "Ghana", "Guatemala", "Haiti", "Honduras", "India",
	"Indonesia", "Iran", "Iraq", "Israel", "Italy", "Jamaica", "Japan", "Jordan",
	"Kenya", "Lebanon", "Libya", "Mali", "Mexico", "Morocco", "Mozambique", "Niger",
	"Nigeria", "Pakistan", "Panama", "Peru", "Philippines", "Russia", "Rwanda", "Saudi Arabia",
	"Senegal", "Somalia", "South Africa", "South Sudan", "Sudan", "Syria", "Türkiye", "Ukraine",
	"United States",
}

var firstNames = []string{
	"Amina", "Samuel", "Grace", "Tomás", "Leila", "Daniel", "Fatou", "Joseph", "Mariana", "Kwame",
	"Ingrid", "Hassan", "Nadia", "Olumide", "Carmen", "Dmitri", "Aisha", "Peter", "Yuki", "Rahul",
	"Sofia", "Ibrahim", "Elena", "Musa", "Claire", "Javier", "Wanjiru", "Ahmed", "Lucía", "Kofi",
	"Marta", "Viktor", "Zainab", "Martin", "Priya", "Omar", "Helena", "Chinedu", "Ana", "Yusuf",
	"Rosa", "Pierre", "Nkechi", "Jean", "Mei", "Andrés", "Farida", "Thomas", "Esther", "Karim",
	"Beatriz", "Sipho", "Irina", "Abdi", "Laura", "Emeka", "Noura", "Paulo", "Hana", "Gustavo",
	"Alice", "Moses", "Dina", "Rafael", "Achieng", "Tariq", "Julia", "Bashir", "Marie", "Kenji",
	"Lina", "Oscar", "Halima", "Felipe", "Ruth", "Ali", "Camille", "Jomo", "Selin", "Nikolai",
}

var lastNames = []string{
	"Okafor", "Mwangi", "Haddad", "Silva", "Diallo", "Kamau", "Petrov", "Mendoza", "Nakamura", "Osei",
	"Rahman", "Lindqvist", "Moreau", "Abubakar", "Castillo", "Kovalenko", "Otieno", "Farah", "Bauer", "Mensah",
	"Nasser", "Reyes", "Tanaka", "Adeyemi", "Dubois", "Hussein", "Ferreira", "Wekesa", "Sokolov", "Ndiaye",
	"Chowdhury", "Alvarez", "Kimani", "Yilmaz", "Mutua", "Boateng", "Garcia", "Ivanova", "Toure", "Oduya",
	"Santos", "Keita", "Demir", "Njoroge", "Herrera", "Bello", "Kaur", "Volkov", "Achterberg", "Mbeki",
	"Rossi", "Suleiman", "Morales", "Traore", "Ochieng", "Schmidt", "Azikiwe", "Navarro", "Qureshi", "Banda",
	"Hoffmann", "Ortega", "Sesay", "Karimi", "Wanyama", "Lopes", "Kagame", "Novak", "Obi", "Jaramillo",
	"Mahmoud", "Dlamini", "Fontaine", "Kiplagat", "Vargas", "Amoah", "Eriksen", "Saleh", "Cruz", "Tshabalala",
	"Barasa", "Pereira", "Mansour", "Chen", "Wairimu", "Gómez", "Nyambura", "Hakimi", "Leclerc", "Juma",
	"Okonkwo", "Ramírez", "Koroma", "Abebe", "Fischer", "Nuñez", "Owusu", "Said", "Bianchi", "Makena",
}

var titles = []string{"President", "Minister", "General", "Ambassador", "Commissioner", "Senator", "Envoy", "Colonel", "Governor", "Director"}

var personKinds = []string{"person", "person", "person", "official", "commander", "diplomat"}

var orgPrefixes = []string{
	"National", "Joint", "Regional", "Federal", "Independent", "Provisional", "United", "Central",
	"Coastal", "Northern", "Southern", "Eastern", "Western", "Interim", "Special", "Allied",
}

var orgCores = []string{
	"Electoral", "Security", "Border", "Maritime", "Humanitarian", "Reconstruction", "Police", "Defence",
	"Health", "Energy", "Water", "Transport", "Justice", "Finance", "Customs", "Intelligence",
	"Relief", "Mining", "Agriculture", "Telecommunications",
}

var orgTypes = []string{
	"Commission", "Council", "Authority", "Agency", "Directorate", "Task Force", "Mission", "Office",
	"Front", "Alliance", "Coalition", "Brigade", "Service", "Board", "Movement", "Institute",
}

var orgKinds = map[string]string{
	"Front": "armed group", "Alliance": "coalition", "Coalition": "coalition", "Brigade": "force",
	"Task Force": "force", "Mission": "mission", "Movement": "movement",
}

var topicBases = []string{
	"Border security", "Humanitarian access", "Elections", "Sanctions", "Maritime security", "Migration",
	"Public health", "Energy supply", "Food security", "Cyber operations", "Peacekeeping", "Arms control",
	"Counter-terrorism", "Refugees", "Mandate and authorisation", "Funding and equipment", "Deployment and personnel",
	"Ceasefire talks", "Human rights", "Mining and resources", "Trade routes", "Disinformation", "Policing reform",
	"Justice and accountability", "Water disputes", "Climate and drought", "Debt and finance", "Ports and shipping",
	"Aviation safety", "Protests and unrest", "Constitutional reform", "Kidnapping", "Organised crime",
	"Small arms trafficking", "Displacement", "Demining", "Prisoner exchanges", "Telecom shutdowns",
	"Press freedom", "Gang violence",
}

var regions = []string{
	"the Sahel", "the Horn of Africa", "the Caribbean", "the Great Lakes", "the Gulf", "the Levant",
	"the Andes", "Central America", "the Black Sea", "the Red Sea", "West Africa", "Southern Africa",
	"the Mediterranean", "South Asia", "Southeast Asia", "the Pacific", "the Balkans", "the Caucasus",
	"East Africa", "North Africa", "the Amazon", "Central Asia", "the Arctic", "the Lake Chad basin",
}

var verbs = []string{
	"pledges", "rejects", "announces", "suspends", "expands", "questions", "backs", "delays",
	"renews", "reviews", "extends", "proposes", "signs", "withdraws from", "condemns", "welcomes",
	"funds", "restricts", "resumes", "seeks",
}

var objects = []string{
	"troops for", "a ceasefire plan for", "new sanctions on", "aid convoys to", "talks on", "a joint patrol in",
	"elections in", "funding for", "a security pact with", "border controls with", "an inquiry into", "a trade deal with",
	"a mission to", "emergency powers in", "evacuations from", "port access in", "a deployment to", "a review of operations in",
}

var publishers = []struct{ name, domain string }{
	{"Reuters", "reuters.example"}, {"Associated Press", "apnews.example"}, {"Agence France-Presse", "afp.example"},
	{"Al Jazeera", "aljazeera.example"}, {"BBC News", "bbc.example"}, {"The Guardian", "theguardian.example"},
	{"Le Monde", "lemonde.example"}, {"Daily Nation", "nation.example"}, {"The Standard", "standardmedia.example"},
	{"Miami Herald", "miamiherald.example"}, {"El País", "elpais.example"}, {"Crisis Group", "crisisgroup.example"},
	{"UN News", "news.un.example"}, {"ReliefWeb", "reliefweb.example"}, {"Financial Times", "ft.example"},
	{"The New Humanitarian", "thenewhumanitarian.example"}, {"Deutsche Welle", "dw.example"},
	{"Premium Times", "premiumtimesng.example"}, {"Haiti Libre", "haitilibre.example"}, {"The EastAfrican", "theeastafrican.example"},
}

var months = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

var seasons = []string{"spring", "summer", "autumn", "winter"}

// Prose. Sentences are built from an opener, a subject, a verb phrase and
// a tail; the slots are filled with names and inline markup.
var openers = []string{
	"According to officials,", "In a statement,", "By most accounts,", "Two weeks later,", "Meanwhile,",
	"Earlier in the year,", "At a press briefing,", "Diplomats say", "Local reports suggest that", "In parliament,",
	"", "", "", "", "",
}

var predicates = []string{
	"said the operation would continue until the end of the mandate",
	"asked partners for logistical and financial support",
	"warned that the security situation had deteriorated sharply",
	"described the talks as constructive but incomplete",
	"announced a review of the deployment and its rules of engagement",
	"rejected claims that the mission was underfunded",
	"confirmed that a second contingent was expected within weeks",
	"called for an independent inquiry into the incident",
	"signed a memorandum of understanding on border cooperation",
	"said that negotiations would resume after the elections",
	"reported that more than a thousand families had been displaced",
	"estimated the cost of the programme at several hundred million dollars",
	"noted that the agreement left key questions unresolved",
	"suspended cooperation pending a formal apology",
	"proposed a phased withdrawal tied to measurable benchmarks",
	"welcomed the vote but cautioned against rapid expectations",
	"did not respond to requests for comment",
	"released figures showing a rise in attacks on aid workers",
	"said the port had reopened under military escort",
	"accused neighbouring states of harbouring armed groups",
}

var tails = []string{
	"", "", "", " in the capital", " after weeks of delay", " despite objections from the opposition",
	" according to two people familiar with the matter", " ahead of the donor conference",
	" while the mandate was under review", " amid reports of renewed fighting", " in a closed session",
}

var headings = []string{
	"Background", "Key developments", "Assessment", "Outlook", "Reactions", "What to watch",
	"Context", "Security situation", "Diplomatic track", "Humanitarian picture", "Open questions", "Sources and gaps",
}

var listItems = []string{
	"Funding pledges remain below the stated requirement",
	"Access to the northern districts is limited to daylight convoys",
	"The mandate expires at the end of the quarter unless renewed",
	"Two contributing states have not confirmed their contingents",
	"Casualty figures are disputed between officials and monitors",
	"Talks are scheduled to resume after the religious holiday",
	"The airport remains open to humanitarian flights only",
	"Opposition parties have called for a boycott",
	"Prices of staple foods rose sharply in the reporting period",
	"The inquiry's findings have not been published",
	"Police numbers are roughly half the planned strength",
	"Satellite imagery shows new checkpoints along the main road",
}

var linkTexts = []string{"the full statement", "the resolution text", "a recent report", "official figures", "the press release", "the transcript"}

var emphasised = []string{"not", "before", "only", "formally", "publicly", "provisionally", "for the first time", "unanimously"}
