package build

import "testing/fstest"

// fixture is a small site with aliases, accented names, fuzzy dates,
// wikilinks, an entity file, a country by code and a bundle brief.
func fixture() fstest.MapFS {
	return fstest.MapFS{
		"brief.yaml": {Data: []byte("title: Test briefing\ndescription: A fixture for the golden test.\nbase_url: https://example.org/repo/\n")},
		"content/about.md": {Data: []byte(`---
title: About this briefing
summary: What the fixture follows.
---
It follows [[Talks resume in Nairobi]] and [[Kenya]].
`)},
		"content/briefs/talks-resume.md": {Data: []byte(`---
title: Talks resume in Nairobi
summary: Negotiators meet again.
date: 2023-07
updated: 2023-08-14
aliases: [talks-restart]
actors: [Korir Sing'oei, PNH]
countries: [Kenya, US]
topics: [Diplomacy]
sources:
  - title: A report
    publisher: The Paper
    date: 2023-07-02
    url: https://example.com/report
events:
  - date: late 2023
    text: Talks break off.
    actors: [Korir Singoei]
    countries: [U.S.]
---
The talks, first reported in [[Funding gap|the funding brief]], resumed.

## Résumé des négociations

[[Haitian National Police]] officers attended; [[Nobody Known]] did not.
`)},
		"content/briefs/funding-gap.md": {Data: []byte(`---
title: Funding gap
date: 2024-09/2024-12
actors: [Haitian National Police]
countries: [Haïti, United States]
topics: [Funding]
sources:
  - title: A report
    publisher: The Paper
    date: 2023-07-02
    url: https://example.com/report
  - title: Another report
    note: No date given.
events:
  - date: 2024-10
    text: Money runs short.
    actors: [PNH]
---
See [[talks-resume]] and the [chart](chart.txt).
`)},
		"content/briefs/bundle/index.md": {Data: []byte(`---
title: A bundle brief
date: 2025~
countries: [Kenya]
sources: [{title: Field notes}]
---
![Map](map.png)

Notes on [[Haitian National Police]] posts.
`)},
		"content/briefs/bundle/map.png": {Data: []byte("\x89PNG fake")},
		"content/actors/haitian-national-police.md": {Data: []byte(`---
name: Haitian National Police
aliases: [PNH, Police nationale d'Haïti]
kind: force
country: Haiti
summary: Haiti's national police.
---
The national police force of [[Haiti]].
`)},
		"content/actors/korir-singoei.md": {Data: []byte(`---
name: Korir Sing'oei
kind: person
country: Kenya
---
`)},
		"static/logo.txt": {Data: []byte("logo")},
	}
}
