#!/usr/bin/env python3
"""Convert the shared reference compilation into the Chaord Atlas data contract.

Reads  ../shared/reference-data/events.csv  (columns iso3,country,treaty,event,date,source_url,source_as_of,note)
Writes data/events.csv   (iso3,treaty,event,date,known_by,source,note)
       data/treaties.csv (id,short_name,full_name,depositary,adopted,opened_for_signature,
                          closes_for_signature,instruments_for_entry_into_force,entry_into_force_rule,
                          entered_into_force,url)

Rules (see data/README.md):
  * `date` keeps only what a source states: a day, a month (YYYY-MM) or a year. Months that the reference
    marks as an "inference" (worked back from an entry-into-force date) never go into `date`.
  * an empty `date` always gets `known_by`: the date by which the cited source shows the event had happened
    (source as-of, or the entry-into-force date of the same State, whichever is earlier).
  * computed entry-into-force dates are never written to `date`.
  * every row has an http(s) source.
Overrides (corrections and additions from primary sources found after the reference was compiled) are listed
in OVERRIDES / ADDITIONS below, each with its source URL.

Usage:  python3 data/tools/convert_reference.py [--reference DIR] [--out DIR] [--check-only]
Stdlib only.
"""
import argparse
import calendar
import collections
import csv
import datetime as dt
import io
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)
DEFAULT_REF = os.path.normpath(os.path.join(DATA, '..', '..', 'shared', 'reference-data'))

EVENTS_HEADER = ['iso3', 'treaty', 'event', 'date', 'known_by', 'source', 'note']
TREATIES_HEADER = ['id', 'short_name', 'full_name', 'depositary', 'adopted', 'opened_for_signature',
                   'closes_for_signature', 'instruments_for_entry_into_force', 'entry_into_force_rule',
                   'entered_into_force', 'url']
EVENTS = {'signed', 'ratified', 'acceded', 'accepted', 'approved', 'entered_into_force', 'invited',
          'observer', 'denounced'}
DEPOSITS = {'ratified', 'acceded', 'accepted', 'approved'}
TREATY_IDS = ['UNCC', 'ETS185', 'ETS189', 'CETS224']

TREATIES = [
    {'id': 'UNCC',
     'short_name': 'UN Convention against Cybercrime (Hanoi Convention)',
     'full_name': 'United Nations Convention against Cybercrime; Strengthening International Cooperation for '
                  'Combating Certain Crimes Committed by Means of Information and Communications Technology '
                  'Systems and for the Sharing of Evidence in Electronic Form of Serious Crimes',
     'depositary': 'Secretary-General of the United Nations',
     'adopted': '2024-12-24',
     'opened_for_signature': '2025-10-25',
     'closes_for_signature': '2026-12-31',
     'instruments_for_entry_into_force': '40',
     'entry_into_force_rule': 'Art. 65(1): on the ninetieth day after the date of deposit of the fortieth instrument '
                              'of ratification, acceptance, approval or accession; an instrument deposited by a '
                              'regional economic integration organization is not counted as additional to those of '
                              'its member States. Art. 65(2): for a State or organization depositing later, the '
                              'thirtieth day after its deposit or the entry into force of the Convention, whichever '
                              'is later. Adopted by UNGA resolution 79/243; opened for signature in Hanoi on '
                              '25-26 Oct 2025 and thereafter at UN Headquarters, New York, until 31 Dec 2026.',
     'entered_into_force': '',
     'url': 'https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XVIII-16&chapter=18'},
    {'id': 'ETS185',
     'short_name': 'Budapest Convention',
     'full_name': 'Convention on Cybercrime (ETS No. 185)',
     'depositary': 'Secretary General of the Council of Europe',
     'adopted': '2001-11-08',
     'opened_for_signature': '2001-11-23',
     'closes_for_signature': '',
     'instruments_for_entry_into_force': '5',
     'entry_into_force_rule': 'Art. 36(3): first day of the month following the expiration of a period of three '
                              'months after five States, including at least three member States of the Council of '
                              'Europe, have expressed their consent to be bound; arts. 36(4) and 37(2): for a later '
                              'ratifying or acceding State, first day of the month following three months after its '
                              'deposit. Adopted by the Committee of Ministers on 8 Nov 2001 (109th session); opened '
                              'for signature in Budapest.',
     'entered_into_force': '2004-07-01',
     'url': 'https://www.coe.int/en/web/conventions/full-list?module=treaty-detail&treatynum=185'},
    {'id': 'ETS189',
     'short_name': 'First Additional Protocol (racism and xenophobia)',
     'full_name': 'Additional Protocol to the Convention on Cybercrime, concerning the criminalisation of acts of a '
                  'racist and xenophobic nature committed through computer systems (ETS No. 189)',
     'depositary': 'Secretary General of the Council of Europe',
     'adopted': '2002-11-07',
     'opened_for_signature': '2003-01-28',
     'closes_for_signature': '',
     'instruments_for_entry_into_force': '5',
     'entry_into_force_rule': 'Art. 10(1): first day of the month following the expiration of a period of three '
                              'months after five States have expressed their consent to be bound; art. 10(2): for a '
                              'later State, first day of the month following three months after its deposit. Open '
                              'only to signatories of / Parties to ETS 185. Adopted by the Committee of Ministers on '
                              '7 Nov 2002; opened for signature in Strasbourg.',
     'entered_into_force': '2006-03-01',
     'url': 'https://www.coe.int/en/web/conventions/full-list?module=treaty-detail&treatynum=189'},
    {'id': 'CETS224',
     'short_name': 'Second Additional Protocol (e-evidence)',
     'full_name': 'Second Additional Protocol to the Convention on Cybercrime on enhanced co-operation and '
                  'disclosure of electronic evidence (CETS No. 224)',
     'depositary': 'Secretary General of the Council of Europe',
     'adopted': '2021-11-17',
     'opened_for_signature': '2022-05-12',
     'closes_for_signature': '',
     'instruments_for_entry_into_force': '5',
     'entry_into_force_rule': 'Art. 16(3): first day of the month following the expiration of a period of three '
                              'months after five Parties to the Convention have expressed their consent to be bound; '
                              'art. 16(4): for a later Party, first day of the month following three months after its '
                              'consent. Open only to Parties to ETS 185. Adopted by the Committee of Ministers on '
                              '17 Nov 2021; opened for signature in Strasbourg.',
     'entered_into_force': '',
     'url': 'https://www.coe.int/en/web/conventions/full-list?module=treaty-detail&treatynum=224'},
]

# known_by for undated rows whose reference row has no source_as_of: the as-of implied by the source
# (reference README section 4), or a bound stated in the note.
FLIPBOOK_ASOF = '2022-07-06'  # bulletin shows 66 Parties and Nigeria as invitee: status before Nigeria acceded 2022-07-06
HANOI_LAST_DAY = '2025-10-26'

# (iso3, treaty, event) -> dict of changes: date, known_by, event, source, note (replaces), note_add (appends)
OVERRIDES = {
    # --- UNCC ---------------------------------------------------------------------------------------------
    ('CAN', 'UNCC', 'signed'): {'date': '2026-07',
        'note_add': 'Month stated by the source (July 2026); day not found.'},
    ('VNM', 'UNCC', 'ratified'): {'note_add': 'On 26-28 Jan 2026 Viet Nam said it was still completing domestic procedures (https://en.baochinhphu.vn/viet-nam-calls-for-early-ratification-of-ha-noi-convention-11126012815110605.htm), so any deposit is later than that; none found at the UN.'},
    ('ZAF', 'UNCC', 'signed'): {'known_by': HANOI_LAST_DAY,
        'note_add': 'known_by = last day of the Hanoi signing ceremony (25-26 Oct 2025): the source says it signed there.'},
    ('SWE', 'UNCC', 'signed'): {'known_by': HANOI_LAST_DAY,
        'note_add': 'known_by = last day of the Hanoi signing ceremony (25-26 Oct 2025): the source lists it among the Hanoi signers.'},
    ('UGA', 'UNCC', 'signed'): {'known_by': HANOI_LAST_DAY,
        'note_add': 'known_by = last day of the Hanoi signing ceremony (25-26 Oct 2025): the UNODC list covers signatures at Hanoi.'},
    ('GBR', 'UNCC', 'signed'): {'known_by': HANOI_LAST_DAY,
        'note_add': 'known_by = last day of the Hanoi signing ceremony (25-26 Oct 2025): the statement says it signed in Hanoi.'},
    ('AZE', 'UNCC', 'ratified'): {'known_by': '2026-05-21',
        'source': 'https://machineherald-io.pages.dev/article/2026-05/21-un-cybercrime-convention-stalls-at-one-ratification-as-implementation-deadlock-deepens',
        'note_add': 'known_by = date of the article listing Azerbaijan as a ratifier (report.az, 2026-02-23, shows only the domestic approval law: https://report.az/en/incident/azerbaijan-designates-competent-authorities-under-un-convention-against-cybercrime).'},
    # --- ETS185 -------------------------------------------------------------------------------------------
    ('JPN', 'ETS185', 'ratified'): {'event': 'accepted'},
    ('NLD', 'ETS185', 'ratified'): {'event': 'accepted'},
    ('MUS', 'ETS185', 'acceded'): {'date': '2013-11', 'note_add': 'Month stated by the source.'},
    ('SEN', 'ETS185', 'acceded'): {'date': '2016-12', 'note_add': 'Month stated by the source.'},
    ('PAN', 'ETS185', 'acceded'): {'date': '2014-03',
        'note_add': 'Both readings of the source agree on March 2014; date kept at month precision.'},
    ('TUR', 'ETS185', 'signed'): {'date': '2010-11',
        'note_add': 'Month from the humanrightseurope blog (Nov 2010).'},
    ('SLE', 'ETS185', 'invited'): {'date': '2023-02', 'note_add': 'Month stated by the source.'},
    ('NZL', 'ETS185', 'invited'): {'date': '2020-09',
        'note_add': 'Month in which MFAT says the invitation was received.'},
    ('NGA', 'ETS185', 'invited'): {'note_add': 'known_by = date of the CoE news item.'},
    ('ECU', 'ETS185', 'acceded'): {'known_by': '2025-12-04',
        'note_add': 'known_by = date of Ecuador declarations recorded against its existing party entry.'},
    ('PRY', 'ETS185', 'acceded'): {'known_by': '2019-02-13',
        'note_add': 'known_by = date of the bnamericas report listing Paraguay as a Party.'},
    ('PHL', 'ETS185', 'acceded'): {'known_by': '2018-03-06',
        'note_add': 'known_by = date Philippines announced as 57th Party (lorenlegarda.com.ph).'},
    ('URY', 'ETS185', 'invited'): {'known_by': '2026-11-28',
        'note_add': 'The article states no date; it says the invitation answers the interest Uruguay expressed in September 2022, so the invitation is later than that. known_by = the date the reference compilation read the article (the only certain bound); the real date is probably 2022-2023. APPROXIMATE.'},
    ('GTM', 'ETS185', 'invited'): {'known_by': FLIPBOOK_ASOF,
        'source': 'https://online.flippingbook.com/view/316427122/2',
        'note_add': 'known_by = status date of the bulletin listing Guatemala as invited (66 Parties, Nigeria still an invitee, i.e. before 2022-07-06). T-CY news page: https://www.coe.int/en/web/cybercrime/t-cy-news'},
    ('NER', 'ETS185', 'invited'): {'known_by': FLIPBOOK_ASOF,
        'source': 'https://online.flippingbook.com/view/316427122/2',
        'note_add': 'known_by = status date of the bulletin listing Niger as invited (66 Parties, Nigeria still an invitee, i.e. before 2022-07-06). T-CY news page: https://www.coe.int/en/web/cybercrime/t-cy-news'},
    ('SVK', 'ETS185', 'ratified'): {'source': 'http://www.ucps.sk/Dohovor_o_pocitacovej_kriminalite',
        'note': 'Slovak MFA notice 137/2008 Z.z. (copy at ucps.sk): National Council consent 23 Oct 2007 (res. 583), '
                'President ratified 12 Dec 2007, instrument deposited with the CoE Secretary General on 8 Jan 2008; '
                'same date on the CoE declarations page. Signature date not found.'},
    ('SVK', 'ETS185', 'entered_into_force'): {'source': 'http://www.ucps.sk/Dohovor_o_pocitacovej_kriminalite',
        'note': 'Slovak MFA notice 137/2008 Z.z.: in force for Slovakia 1 May 2008 (art. 36(4)).'},
    ('ARG', 'ETS185', 'acceded'): {'known_by': '2018-06-05',
        'source': 'https://shadowchildrenproject.com/2018/06/27/largentina-aderisce-alla-convenzione-sulla-criminalita-informatica-ets-n-185-good-news-agency-5-6-2018/',
        'note_add': 'known_by = date of the Good News Agency item (5 Jun 2018) reporting that Argentina accedes, citing the CoE monthly summary of treaty changes. Approval Law 27.411 published 15 Dec 2017.'},
    ('PER', 'ETS185', 'acceded'): {'known_by': '2019-09-22',
        'source': 'https://perurec.com/convenio-sobre-la-ciberdelincuencia-permite-a-jueces-y-fiscales-realizar-requerimientos-de-cooperacion-internacional/',
        'note_add': 'known_by = publication in El Peruano (22 Sep 2019) of the Convention with its entry into force for Peru on 1 Dec 2019 (also iapp.org).'},
    ('SVN', 'ETS185', 'ratified'): {'note_add': 'Domestic: ratification law MKKKDP adopted 20 May 2004, promulgated 28 May 2004 (Uradni list RS 62/2004 - MP, https://uradni-list.si/glasilo-uradni-list-rs/vsebina/2004-02-0068/); deposit date not found.'},
    ('ITA', 'ETS185', 'ratified'): {'note_add': 'Domestic: Law no. 48 of 18 Mar 2008 authorised ratification (in force 5 Apr 2008; normattiva.it).'},
    # --- ETS189 -------------------------------------------------------------------------------------------
    ('SVN', 'ETS189', 'ratified'): {'note_add': 'Domestic: the same 2004 law (Uradni list RS 62/2004 - MP) ratified ETS185 and ETS189; deposit date not found.'},
    ('PRY', 'ETS189', 'acceded'): {'known_by': '2025-06-15',
        'note_add': 'known_by = date of the report giving 38 Parties (mattdotvu.blog), which the data reach only with this row.'},
    ('SRB', 'ETS189', 'ratified'): {'known_by': '2025-06-15',
        'note_add': 'known_by = date of the report giving 38 Parties (mattdotvu.blog), which the data reach only with this row.'},
    ('ROU', 'ETS189', 'ratified'): {'known_by': '2025-10-01',
        'note_add': 'known_by = content date of the NL database pages consulted (latest entry 01-10-2025).'},
}

# Rows not in the reference (each with a source that states the fact).
ADDITIONS = [
    {'iso3': 'SVK', 'treaty': 'ETS189', 'event': 'ratified', 'date': '2023-06-28', 'known_by': '',
     'source': 'https://www.onlinezakony.sk/33/382-2023-z-z-oznamenie-ministerstva-zahranicnych-veci-a-europskych-zalezitosti-slovenskej-republiky-k-dodatkovemu-protokolu-k-dohovoru-o-pocitacovej-kriminalite-tykajuci-sa-uniqueidOhwOuzC33qd2W4_6TwF4qGjccpiryLEeVfq3Mi8NaA2VdaLTRYHmJQ/?serp=1',
     'note': 'Slovak MFA notice 382/2023 Z.z.: National Council consent 15 Mar 2023 (res. 2062), President ratified 24 May 2023, '
             'instrument deposited with the CoE Secretary General on 28 Jun 2023. Not in the reference compilation: this is '
             'the Party missing from it (Dutch name Slowakije sorts after Oekraine). Signature date not found.'},
    {'iso3': 'SVK', 'treaty': 'ETS189', 'event': 'entered_into_force', 'date': '2023-10-01', 'known_by': '',
     'source': 'https://www.onlinezakony.sk/33/382-2023-z-z-oznamenie-ministerstva-zahranicnych-veci-a-europskych-zalezitosti-slovenskej-republiky-k-dodatkovemu-protokolu-k-dohovoru-o-pocitacovej-kriminalite-tykajuci-sa-uniqueidOhwOuzC33qd2W4_6TwF4qGjccpiryLEeVfq3Mi8NaA2VdaLTRYHmJQ/?serp=1',
     'note': 'Slovak MFA notice 382/2023 Z.z.: in force for Slovakia 1 Oct 2023 (art. 10).'},
    {'iso3': 'ESP', 'treaty': 'ETS189', 'event': 'ratified', 'date': '', 'known_by': '2015-04-01',
     'source': 'https://www.prawo.pl/akty/dz-u-2015-731,18197524.html',
     'note': 'Deposit date not found. The source (Polish government statement of 24 Mar 2015, list of Parties) gives '
             'entry into force for Spain on 1 Apr 2015, so the instrument was deposited by then (by the rule of '
             'art. 10(2), in Dec 2014: inference only). known_by = that entry-into-force date.'},
]

# Month names for the checker of notes
MONTH_RE = re.compile(r'\binference\b', re.I)


def parse_date(s):
    """Return (start, end) dates for '', YYYY, YYYY-MM, YYYY-MM-DD; raise ValueError on bad input."""
    if re.fullmatch(r'\d{4}-\d{2}-\d{2}', s):
        d = dt.date.fromisoformat(s)
        return d, d
    if re.fullmatch(r'\d{4}-\d{2}', s):
        y, m = int(s[:4]), int(s[5:])
        return dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])
    if re.fullmatch(r'\d{4}', s):
        y = int(s)
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    raise ValueError('bad date %r' % s)


def effective(row):
    if row['date']:
        return parse_date(row['date'])[1]
    return dt.date.fromisoformat(row['known_by'])


def coe_eif(deposit):
    """First day of the month following three months after the deposit."""
    y, m = deposit.year, deposit.month + 4
    while m > 12:
        y, m = y + 1, m - 12
    return dt.date(y, m, 1)


def convert(ref_dir):
    ref = list(csv.DictReader(open(os.path.join(ref_dir, 'events.csv'), encoding='utf-8-sig', newline='')))
    eif = {(r['iso3'], r['treaty']): r['date'] for r in ref if r['event'] == 'entered_into_force' and r['date']}
    out = []
    for r in ref:
        row = {'iso3': r['iso3'], 'treaty': r['treaty'], 'event': r['event'], 'date': r['date'],
               'known_by': '', 'source': r['source_url'], 'note': r['note']}
        ov = OVERRIDES.get((r['iso3'], r['treaty'], r['event']), {})
        for k in ('date', 'known_by', 'event', 'source', 'note'):
            if k in ov:
                row[k] = ov[k]
        if not row['date'] and not row['known_by']:
            bounds = []
            if r['source_as_of']:
                bounds.append(r['source_as_of'])
            if r['event'] in DEPOSITS and eif.get((r['iso3'], r['treaty'])):
                bounds.append(eif[(r['iso3'], r['treaty'])])
            if 'flippingbook' in r['source_url']:
                bounds.append(FLIPBOOK_ASOF)
            if bounds:
                row['known_by'] = min(bounds)
                why = []
                if r['source_as_of'] and row['known_by'] == r['source_as_of']:
                    why.append('date of the source')
                elif eif.get((r['iso3'], r['treaty'])) == row['known_by']:
                    why.append('entry into force for this State (deposit certainly made by then)')
                elif row['known_by'] == FLIPBOOK_ASOF:
                    why.append('the bulletin shows 66 Parties with Nigeria still an invitee, i.e. status before Nigeria acceded on 2022-07-06')
                ov = dict(ov)
                ov['note_add'] = ('known_by = ' + '; '.join(why) + '.') + (' ' + ov['note_add'] if ov.get('note_add') else '')
        if ov.get('note_add'):
            base = row['note'].rstrip()
            if base and not base.endswith(('.', ')')):
                base += '.'
            row['note'] = (base + ' ' if base else '') + ov['note_add']
        out.append(row)
    out.extend(ADDITIONS)
    return out


def validate(rows):
    problems = []
    seen = set()
    for i, r in enumerate(rows, start=2):
        key = (r['iso3'], r['treaty'], r['event'])
        if key in seen:
            problems.append((i, 'duplicate %s' % (key,)))
        seen.add(key)
        if r['treaty'] not in TREATY_IDS:
            problems.append((i, 'unknown treaty'))
        if r['event'] not in EVENTS:
            problems.append((i, 'unknown event %s' % r['event']))
        if not re.fullmatch(r'[A-Z]{3}', r['iso3']):
            problems.append((i, 'bad iso3'))
        if not re.match(r'https?://', r['source']):
            problems.append((i, 'source not http(s)'))
        try:
            if r['date']:
                parse_date(r['date'])
            else:
                if not re.fullmatch(r'\d{4}-\d{2}-\d{2}', r['known_by']):
                    problems.append((i, 'empty date needs full known_by'))
                else:
                    dt.date.fromisoformat(r['known_by'])
        except ValueError as e:
            problems.append((i, str(e)))
    by = collections.defaultdict(dict)
    for r in rows:
        by[(r['iso3'], r['treaty'])][r['event']] = r
    for (iso, t), evs in by.items():
        if 'entered_into_force' in evs:
            e = evs['entered_into_force']
            if not e['date']:
                problems.append((0, '%s %s EIF without date' % (iso, t)))
                continue
            eifd = parse_date(e['date'])[0]
            deps = [evs[k] for k in DEPOSITS if k in evs]
            if not deps:
                problems.append((0, '%s %s EIF without deposit row' % (iso, t)))
            for d in deps:
                start = parse_date(d['date'])[0] if d['date'] else None
                if start and start > eifd:
                    problems.append((0, '%s %s EIF %s before deposit %s' % (iso, t, e['date'], d['date'])))
                if not d['date'] and dt.date.fromisoformat(d['known_by']) > eifd:
                    problems.append((0, '%s %s EIF %s before deposit known_by %s' % (iso, t, e['date'], d['known_by'])))
        if 'signed' in evs and any(k in evs for k in DEPOSITS):
            pass  # accession without signature is normal; ratified before signed is not checked
    return problems


def coe_parties(rows, treaty, day, treaty_eif):
    parties = set()
    by = collections.defaultdict(dict)
    for r in rows:
        if r['treaty'] == treaty:
            by[r['iso3']][r['event']] = r
    for iso, evs in by.items():
        if 'denounced' in evs and effective(evs['denounced']) <= day:
            continue
        e = evs.get('entered_into_force')
        if e and effective(e) <= day:
            parties.add(iso)
            continue
        for k in DEPOSITS:
            if k in evs:
                dep = effective(evs[k])
                computed = max(coe_eif(dep), treaty_eif) if treaty_eif else None
                if computed and computed <= day:
                    parties.add(iso)
    return parties


def count(rows, treaty, event_set, day):
    return {r['iso3'] for r in rows if r['treaty'] == treaty and r['event'] in event_set and effective(r) <= day}


def report(rows):
    c = collections.Counter((r['treaty'], r['event']) for r in rows)
    prec = collections.Counter()
    for r in rows:
        d = r['date']
        prec[(r['treaty'], 'day' if len(d) == 10 else 'month' if len(d) == 7 else 'year' if len(d) == 4 else 'empty')] += 1
    print('rows:', len(rows))
    for t in TREATY_IDS:
        print(t, {e: n for (tt, e), n in sorted(c.items()) if tt == t},
              {p: n for (tt, p), n in sorted(prec.items()) if tt == t})
    D = dt.date.fromisoformat
    print('UNCC signatories 2025-10-25:', len(count(rows, 'UNCC', {'signed'}, D('2025-10-25'))))
    print('UNCC signatories 2025-10-26:', len(count(rows, 'UNCC', {'signed'}, D('2025-10-26'))))
    print('UNCC signatories 2026-11-28:', len(count(rows, 'UNCC', {'signed'}, D('2026-11-28'))))
    print('UNCC bound 2026-11-28:', sorted(count(rows, 'UNCC', DEPOSITS, D('2026-11-28'))))
    eifs = {'ETS185': D('2004-07-01'), 'ETS189': D('2006-03-01'), 'CETS224': None}
    for t, day in [('ETS185', '2004-07-01'), ('ETS185', '2015-12-03'), ('ETS185', '2017-10-02'),
                   ('ETS185', '2021-04-28'), ('ETS185', '2022-11-30'), ('ETS185', '2024-02-07'),
                   ('ETS185', '2024-06-20'), ('ETS185', '2024-10-09'), ('ETS185', '2025-01-10'),
                   ('ETS185', '2025-06-05'), ('ETS185', '2026-11-28'),
                   ('ETS189', '2006-03-01'), ('ETS189', '2024-06-20'), ('ETS189', '2025-06-05'),
                   ('ETS189', '2026-11-28')]:
        p = coe_parties(rows, t, D(day), eifs[t])
        dep = count(rows, t, DEPOSITS, D(day))
        print('%s Parties on %s: %d (in force); deposits by then: %d' % (t, day, len(p), len(dep)))
    for day in ['2022-05-12', '2022-11-30', '2024-06-20', '2025-06-05', '2025-07-09', '2026-11-28']:
        s = count(rows, 'CETS224', {'signed'}, D(day))
        r = count(rows, 'CETS224', DEPOSITS, D(day))
        print('CETS224 on %s: signatories %d, consents %d' % (day, len(s), len(r)))


def write_csv(path, header, rows):
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=header, lineterminator='\n', quoting=csv.QUOTE_MINIMAL)
    w.writeheader()
    for r in rows:
        w.writerow({k: r.get(k, '') for k in header})
    with open(path, 'w', encoding='utf-8', newline='') as f:
        f.write(buf.getvalue())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--reference', default=DEFAULT_REF)
    ap.add_argument('--out', default=DATA)
    ap.add_argument('--check-only', action='store_true', help='validate and count the existing data/events.csv')
    a = ap.parse_args()
    if a.check_only:
        rows = list(csv.DictReader(open(os.path.join(a.out, 'events.csv'), encoding='utf-8-sig', newline='')))
    else:
        rows = convert(a.reference)
        order = {t: i for i, t in enumerate(TREATY_IDS)}
        ev_order = ['invited', 'observer', 'signed', 'ratified', 'accepted', 'approved', 'acceded',
                    'entered_into_force', 'denounced']
        rows.sort(key=lambda r: (order[r['treaty']], r['iso3'], ev_order.index(r['event'])))
        write_csv(os.path.join(a.out, 'events.csv'), EVENTS_HEADER, rows)
        write_csv(os.path.join(a.out, 'treaties.csv'), TREATIES_HEADER, TREATIES)
    probs = validate(rows)
    for p in probs:
        print('PROBLEM line %s: %s' % p)
    report(rows)
    return 1 if probs else 0


if __name__ == '__main__':
    sys.exit(main())
