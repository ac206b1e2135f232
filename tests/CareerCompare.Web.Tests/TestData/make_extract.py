#!/usr/bin/env python3
"""Builds official-extract/ from the repository's seed-data/: the same files, cut to a few occupations chosen
because each shows one of the data's markers or joins (see README.md beside this script).

Usage: python3 tests/CareerCompare.Web.Tests/TestData/make_extract.py
"""
import csv
import os
import shutil

here = os.path.dirname(os.path.abspath(__file__))
src = os.path.join(here, '..', '..', '..', 'seed-data')
dst = os.path.join(here, 'official-extract')

CODES = ['11-9111', '29-1141', '29-1211', '27-2011', '25-1011', '25-1021', '13-1020', '11-2011', '11-2021', '11-9199', '11-1031', '29-1024']


def keep_code(code):
    return any(code.startswith(c) for c in CODES)


def filter_lines(path, keep, header_lines=1, encoding='utf-8', edit=None):
    with open(os.path.join(src, path), encoding=encoding, newline='') as f:
        lines = f.read().splitlines(keepends=True)
    out = lines[:header_lines] + [l for l in lines[header_lines:] if keep(l)]
    if edit:
        out = [edit(l) for l in out]
    os.makedirs(os.path.dirname(os.path.join(dst, path)), exist_ok=True)
    with open(os.path.join(dst, path), 'w', encoding=encoding, newline='') as f:
        f.writelines(out)


def copy(path):
    os.makedirs(os.path.dirname(os.path.join(dst, path)), exist_ok=True)
    shutil.copyfile(os.path.join(src, path), os.path.join(dst, path))


shutil.rmtree(dst, ignore_errors=True)


def oews_edit(line):
    # Hand edit: no detailed row of May 2024 or May 2025 has "**" (employment not available); Marketing Managers gets one here.
    if line.startswith('11-2021,'):
        parts = next(csv.reader([line]))
        parts[3] = '**'
        return ','.join('"%s"' % p if ',' in p else p for p in parts) + '\r\n'
    return line


filter_lines('bls-oews/national_M2024_dl.csv', lambda l: keep_code(l[:7]) or ',major,' in l, encoding='utf-8-sig', edit=oews_edit)
filter_lines('bls-oews/national_M2023_dl.csv', lambda l: keep_code(l[:7]), encoding='utf-8-sig')
# May 2025 (the current release: no "#"; no 11-1031 Legislators) with its major groups and all-occupations row, and the
# history: 11-9199 is a hybrid code's year short (11-9198 in 2019 and 2020), 29-1024 is missing from May 2022.
filter_lines('bls-oews/national_M2025_dl.from-xlsx.csv', lambda l: keep_code(l[:7]) or ',major,' in l or l.startswith('00-0000,'), edit=oews_edit)
for year in (2019, 2020, 2021, 2022):
    filter_lines('bls-oews/history/national_M%d_dl.from-xlsx.csv' % year, lambda l: keep_code(l[:7]))
filter_lines('bls-oews/state_M2023_dl.columns-subset.csv', lambda l: keep_code(l.split(';')[1]) or l.split(';')[1] == '00-0000',
             encoding='utf-8-sig')
copy('bea-rpp/SARPP_STATE_2008_2023.csv')
# The industry sectors (May 2024) of the chosen occupations: "**" (Medical and Health Services Managers in Information),
# "*" (Actors' yearly wages; their hourly median in Arts, Entertainment, and Recreation), "#" (Anesthesiologists).
filter_lines('bls-oews/natsector_M2024_dl.from-xlsx.csv', lambda l: keep_code(next(csv.reader([l]))[3]))


def ep_edit(line):
    # Hand edit: "—" (not applicable) in a text column of a line item.
    if ',11-2021,' in line:
        return line.replace('5 years or more', '—', 1).replace('Less than 5 years', '—', 1)
    return line


filter_lines('bls-ep/occupation_table_1_2.from-xlsx.csv', lambda l: any(',%s,' % c in l for c in CODES), edit=ep_edit)
copy('bls-cps/cpsaat11_2025.csv')
copy('bls-cps/cpsaat11b.from-xlsx.csv')
copy('bls-cps/cpsaat39_2025.from-xlsx.csv')
copy('census/2018-census-occ-code-list.from-xlsx.csv')
# O*NET codes of the chosen occupations: their own and their children, and those the crosswalk maps to them
# (13-1020 is only reached that way: O*NET has 13-1021.00, 13-1022.00 and 13-1023.00).
with open(os.path.join(src, 'crosswalks/nem-onet-to-soc-crosswalk.cp1252.csv'), encoding='cp1252') as f:
    rows = list(csv.reader(f))[4:]
onet_codes = {r[1] for r in rows if len(r) > 3 and (keep_code(r[1][:7]) or r[3] in CODES)}
filter_lines('crosswalks/nem-onet-to-soc-crosswalk.cp1252.csv', lambda l: next(csv.reader([l]))[1] in onet_codes, header_lines=4, encoding='cp1252')


def keep_onet(line):
    return keep_code(line[:7]) or line[:10] in onet_codes


onet = 'onet-29.3/'
for name in ['Occupation Data.txt', 'Task Statements.txt', 'Skills.from-xlsx.tsv', 'Knowledge.from-xlsx.tsv', 'Technology Skills.txt',
             'Education, Training, and Experience.from-xlsx.tsv', 'Interests.txt', 'Job Zones.txt',
             'Related Occupations.txt', 'Alternate Titles.from-xlsx.tsv', 'Sample of Reported Titles.txt']:
    filter_lines(onet + name, keep_onet)
copy(onet + 'Education, Training, and Experience Categories.txt')
copy(onet + 'Level Scale Anchors.txt')
copy(onet + 'RIASEC Keywords.txt')
copy(onet + 'Interests Illustrative Activities.txt')
# The AI-exposure studies: the chosen occupations' rows. "GPTs are GPTs" rates 11-9199 only through its child codes
# (11-9199.01, .02, .08…: combined on the page) and not 13-1020 at all; one of 29-1024's O*NET tasks has no label.
gpts = 'ai-exposure/gpts-are-gpts/'
filter_lines(gpts + 'occ_level.csv', keep_onet)
filter_lines(gpts + 'full_labelset.tsv', keep_onet)
copy(gpts + 'LICENSE')
wwai = 'ai-exposure/working-with-ai/'
for name in ['soc_ai_applicability_scores.csv', 'soc_iwa_weights.csv', 'soc_to_iwas.csv']:
    filter_lines(wwai + name, lambda l: keep_code(l[:7]))
for name in ['iwa_metrics.csv', 'LICENSE.txt', 'NOTICE.md']:
    copy(wwai + name)
# The Occupational Outlook Handbook's pages the extract's crosswalk names, as trimmed in seed-data/ (a page with every
# tab: registered-nurses; a page of several occupations: advertising-promotions-and-marketing-managers, for 11-2011 and
# 11-2021; a Summary whose line is not in a paragraph: medical-and-health-services-managers).
for r in rows:
    if len(r) > 9 and r[1] in onet_codes and r[9].startswith('http'):
        name = r[9].rsplit('/', 1)[-1].rsplit('.', 1)[0].rstrip('-') + '.html'
        copy('bls-ooh/html/' + name)
print('written', dst)
