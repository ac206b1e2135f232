#!/usr/bin/env python3
"""Copy the official data files the importer uses into seed-data/, trimmed to the rows and columns it reads.

Usage: python3 seed-data/tools/trim.py PATH/TO/data   (the folder with bls-oews/, bls-ep/, onet-29.3/ ...)

Each output keeps its publisher's format (delimiter, quoting, encoding, header names) and a recognisable
name, so a new release can also be dropped in untrimmed: the importer finds columns by their header.
"""
import csv
import os
import re
import shutil
import sys

src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..', '..', '..', 'shared', 'data')
dst = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')


def out(path):
    full = os.path.join(dst, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    return full


def trim_csv(path, columns, keep=lambda row: True, encoding='utf-8-sig', delimiter=',', preamble=0, out_encoding=None):
    with open(os.path.join(src, path), encoding=encoding, newline='') as f:
        head = [next(f) for _ in range(preamble)]
        reader = csv.DictReader(f, delimiter=delimiter)
        rows = [r for r in reader if keep(r)]
    bom = encoding == 'utf-8-sig' and open(os.path.join(src, path), 'rb').read(3) == b'\xef\xbb\xbf'
    raw = open(os.path.join(src, path), 'rb').read(4096)
    newline = '\r\n' if b'\r\n' in raw else '\n'
    with open(out(path), 'w', encoding=out_encoding or ('utf-8-sig' if bom else 'utf-8'), newline='') as f:
        f.writelines(head)
        writer = csv.DictWriter(f, fieldnames=columns, delimiter=delimiter, extrasaction='ignore',
                                lineterminator=newline,
                                quoting=csv.QUOTE_MINIMAL)
        writer.writeheader()
        writer.writerows(rows)
    return rows


def trim_tsv(path, columns, keep=lambda cells: True):
    """O*NET's tab-delimited files have no quoting: split on tabs, keep the named columns (of the rows kept)."""
    with open(os.path.join(src, path), encoding='utf-8', newline='') as f:
        lines = f.read().splitlines()
    header = lines[0].split('\t')
    index = [header.index(c) for c in columns]
    with open(out(path), 'w', encoding='utf-8', newline='') as f:
        for line in lines:
            split = line.split('\t')
            cells = [split[i] for i in index]
            if not keep(cells):
                continue
            f.write('\t'.join(cells) + '\n')


def copy(path):
    shutil.copyfile(os.path.join(src, path), out(path))


wage = ['H_MEAN', 'A_MEAN', 'H_PCT10', 'H_PCT25', 'H_MEDIAN', 'H_PCT75', 'H_PCT90',
        'A_PCT10', 'A_PCT25', 'A_MEDIAN', 'A_PCT75', 'A_PCT90', 'ANNUAL', 'HOURLY']
detailed = trim_csv('bls-oews/national_M2024_dl.csv', ['OCC_CODE', 'OCC_TITLE', 'O_GROUP', 'TOT_EMP'] + wage,
                    keep=lambda r: r['O_GROUP'] in ('detailed', 'major'))
codes = {r['OCC_CODE'] for r in detailed if r['O_GROUP'] == 'detailed'}
trim_csv('bls-oews/national_M2023_dl.csv', ['OCC_CODE', 'OCC_TITLE', 'O_GROUP', 'TOT_EMP'] + wage,
         keep=lambda r: r['O_GROUP'] == 'detailed')
# May 2025, the current release (830 detailed occupations; 11-1031 Legislators is no longer published), and the
# history since May 2019 (2019 writes its headers in lower case; 2019 and 2020 use BLS's hybrid codes): the importer
# reads the same columns of each. May 2023 and May 2024 are the files above.
# Its all-occupations row (00-0000) too: the median of all occupations drawn beside each occupation's wages.
trim_csv('bls-oews/national_M2025_dl.from-xlsx.csv', ['OCC_CODE', 'OCC_TITLE', 'O_GROUP', 'TOT_EMP'] + wage,
         keep=lambda r: r['O_GROUP'] in ('detailed', 'major', 'total'))
for year in (2019, 2020, 2021, 2022):
    lower = year == 2019
    cols = ['OCC_CODE', 'OCC_TITLE', 'O_GROUP', 'TOT_EMP'] + wage
    trim_csv('bls-oews/history/national_M%d_dl.from-xlsx.csv' % year, [c.lower() for c in cols] if lower else cols,
             keep=lambda r, g='o_group' if lower else 'O_GROUP': r[g] == 'detailed')
trim_csv('bls-oews/state_M2023_dl.columns-subset.csv', ['AREA_TITLE', 'OCC_CODE', 'OCC_TITLE', 'H_MEAN', 'A_MEAN'],
         keep=lambda r: r['OCC_CODE'] in codes or r['OCC_CODE'] == '00-0000', delimiter=';')

# The industry-sector estimates (May 2024, the newest by sector): each detailed occupation's jobs, their relative
# standard error, and its median and mean in each of the 20 sectors (I_GROUP = sector).
trim_csv('bls-oews/natsector_M2024_dl.from-xlsx.csv', ['NAICS', 'NAICS_TITLE', 'I_GROUP', 'OCC_CODE', 'OCC_TITLE', 'O_GROUP', 'TOT_EMP',
                                                       'EMP_PRSE', 'H_MEAN', 'A_MEAN', 'MEAN_PRSE', 'H_MEDIAN', 'A_MEDIAN'],
         keep=lambda r: r['O_GROUP'] == 'detailed' and r['I_GROUP'] == 'sector')


def trim_rpp(path):
    """BEA's file: the header, the all-items price parities (LineCode 5) and the notes below the table, each line as
    published (its quoting starts some fields with a space, which a CSV writer would not keep)."""
    with open(os.path.join(src, path), encoding='utf-8', newline='') as f:
        lines = f.read().splitlines(keepends=True)
    keep = [lines[0]]
    for line in lines[1:]:
        cells = next(csv.reader([line], skipinitialspace=True), [])
        if len(cells) < 5 or cells[4] == '5':
            keep.append(line)
    with open(out(path), 'w', encoding='utf-8', newline='') as f:
        f.writelines(keep)


trim_rpp('bea-rpp/SARPP_STATE_2008_2023.csv')
copy('bls-ep/occupation_table_1_2.from-xlsx.csv')
copy('bls-cps/cpsaat11_2025.csv')
copy('bls-cps/cpsaat11b.from-xlsx.csv')
copy('bls-cps/cpsaat39_2025.from-xlsx.csv')
copy('census/2018-census-occ-code-list.from-xlsx.csv')
copy('crosswalks/nem-onet-to-soc-crosswalk.cp1252.csv')

onet = 'onet-29.3/'
for name in ['Occupation Data.txt', 'Job Zones.txt', 'Education, Training, and Experience Categories.txt', 'Read Me.txt']:
    copy(onet + name)
trim_tsv(onet + 'Task Statements.txt', ['O*NET-SOC Code', 'Task ID', 'Task', 'Task Type'])
# Skills and Knowledge on both scales: importance (IM, 1-5) and level (LV, 0-7); the anchors say what a level means.
for name in ['Skills.from-xlsx.tsv', 'Knowledge.from-xlsx.tsv']:
    trim_tsv(onet + name, ['O*NET-SOC Code', 'Element Name', 'Scale ID', 'Data Value', 'Recommend Suppress', 'Not Relevant'])
trim_tsv(onet + 'Level Scale Anchors.txt', ['Element ID', 'Element Name', 'Scale ID', 'Anchor Value', 'Anchor Description'])
trim_tsv(onet + 'Technology Skills.txt', ['O*NET-SOC Code', 'Example', 'Commodity Title', 'Hot Technology', 'In Demand'])
# Education, Training, and Experience: required education (RL), related work experience (RW) and on-the-job
# training (OJ), the three distributions the site shows; the other scales are left out.
trim_tsv(onet + 'Education, Training, and Experience.from-xlsx.tsv',
         ['O*NET-SOC Code', 'Scale ID', 'Category', 'Data Value', 'Recommend Suppress'], keep=lambda c: c[1] in ('Scale ID', 'RL', 'RW', 'OJ'))
# Interests (RIASEC): the six scores (OI) and the three high points (IH); O*NET's keywords and example activities say
# what each interest means.
trim_tsv(onet + 'Interests.txt', ['O*NET-SOC Code', 'Element Name', 'Scale ID', 'Data Value'])
copy(onet + 'RIASEC Keywords.txt')
trim_tsv(onet + 'Interests Illustrative Activities.txt', ['Element ID', 'Element Name', 'Interest Type', 'Activity'],
         keep=lambda c: c[2] in ('Interest Type', 'General'))
trim_tsv(onet + 'Related Occupations.txt', ['O*NET-SOC Code', 'Related O*NET-SOC Code', 'Relatedness Tier', 'Index'])
trim_tsv(onet + 'Alternate Titles.from-xlsx.tsv', ['O*NET-SOC Code', 'Alternate Title', 'Short Title'])
trim_tsv(onet + 'Sample of Reported Titles.txt', ['O*NET-SOC Code', 'Reported Job Title'])
# AI exposure, two studies (see SOURCES.md): the columns the importer reads, with each study's licence files.
# "GPTs are GPTs": the occupation-level β rated by people and by GPT-4; its task labels joined to O*NET's tasks by Task
# ID (the task text is O*NET's, already imported, so it is left out here).
gpts = 'ai-exposure/gpts-are-gpts/'
trim_csv(gpts + 'occ_level.csv', ['O*NET-SOC Code', 'Title', 'dv_rating_beta', 'human_rating_beta'])
trim_csv(gpts + 'full_labelset.tsv', ['O*NET-SOC Code', 'Task ID', 'human_exposure_agg'], delimiter='\t')
copy(gpts + 'LICENSE')
# "Working with AI": the applicability score by SOC code, and what it is made of per work activity (IWA): each
# occupation's IWAs and their weights, and each IWA's title and its user-goal and AI-action terms.
wwai = 'ai-exposure/working-with-ai/'
trim_csv(wwai + 'soc_ai_applicability_scores.csv', ['SOC Code', 'title', 'ai_applicability_score'])
trim_csv(wwai + 'iwa_metrics.csv', ['IWA', 'title', 'share_user', 'share_ai', 'completion_x_scope_x_coverage_user', 'completion_x_scope_x_coverage_ai'])
for name in ['soc_iwa_weights.csv', 'soc_to_iwas.csv', 'LICENSE.txt', 'NOTICE.md', 'README.md']:
    copy(wwai + name)

# The Occupational Outlook Handbook's profile pages the crosswalk's "OOH Profile Website" column points to, each cut
# down to what the importer reads (Data/Import/HandbookPages.cs): the page's title, address and date, the Quick Facts
# table (whose "Job Outlook" row names the edition) and the tabs Summary, What They Do, Work Environment and How to
# Become One, with their headings, paragraphs, lists and tables as BLS wrote them. Images, video, scripts, navigation
# and the "About this section" pop-ups are left out; so are the Pay, Job Outlook, State & Area Data, Similar
# Occupations and More Info tabs. The trimmed page keeps the published page's elements and ids, so a page saved from
# bls.gov reads the same.
from html import escape
from html.parser import HTMLParser

VOID = {'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'}
KEEP_ATTRS = {'id', 'href', 'rel', 'name', 'content', 'class', 'headers', 'scope', 'colspan', 'rowspan'}


class HandbookTrimmer(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.keep_depth = 0  # inside a kept element: the depth of open elements below it
        self.skip_depth = 0  # inside a dropped element (an image, a script, a pop-up link…)

    @staticmethod
    def kept(tag, a):
        return (tag == 'title' or (tag == 'link' and a.get('rel') == 'canonical') or (tag == 'meta' and a.get('name') == 'date')
                or tag == 'h1' or (tag == 'table' and a.get('id') == 'quickfacts')
                or (tag == 'div' and a.get('id') in ('tab-1', 'tab-2', 'tab-3', 'tab-4'))
                or (tag == 'div' and a.get('class') == 'citation') or (tag == 'p' and a.get('class') == 'update'))

    @staticmethod
    def dropped(tag, a):
        cls = a.get('class') or ''
        return (tag in ('img', 'script', 'style', 'nav', 'noscript', 'iframe') or 'ooh_right_img' in cls or 'youtube-player' in cls
                or 'about-this-section' in cls or 'image-caption' in cls or (tag == 'a' and 'youtube.com' in (a.get('href') or '')))

    def write_start(self, tag, attrs):
        kept = ''.join(' %s="%s"' % (k, escape(v or '', quote=True)) for k, v in attrs if k in KEEP_ATTRS)
        self.out.append('<%s%s>' % (tag, kept))

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        void = tag in VOID
        if self.skip_depth:
            if not void:
                self.skip_depth += 1
            return
        if self.keep_depth:
            if self.dropped(tag, a):
                if not void:
                    self.skip_depth = 1
                return
            self.write_start(tag, attrs)
            if not void:
                self.keep_depth += 1
            return
        if self.kept(tag, a):
            self.write_start(tag, attrs)
            if void:
                self.out.append('\n')
            else:
                self.keep_depth = 1

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID and (self.keep_depth or self.skip_depth):
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if self.skip_depth:
            self.skip_depth -= 1
            return
        if self.keep_depth:
            self.out.append('</%s>' % tag)
            self.keep_depth -= 1
            if self.keep_depth == 0:
                self.out.append('\n')

    def handle_data(self, data):
        if self.keep_depth and not self.skip_depth:
            # Runs of spaces and line breaks read as one space in HTML: one is kept (a no-break space stays).
            self.out.append(escape(re.sub(r'[ \t\r\n\f]+', ' ', data), quote=False))


def trim_handbook(crosswalk_path):
    with open(os.path.join(src, crosswalk_path), encoding='cp1252', newline='') as f:
        lines = f.read().splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith('Sort Order'))
    pages = {r['OOH Profile Website'].strip() for r in csv.DictReader(lines[header:]) if r['OOH Profile Website'].strip().startswith('http')}
    names = set()
    for address in pages:
        # The file is named after the address's last part; one address in the crosswalk is cut short
        # ("semiconductor-processing-technicians-.htm"), and the importer reads it the same way.
        names.add(address.rsplit('/', 1)[-1].rsplit('.', 1)[0].rstrip('-') + '.html')
    for name in sorted(names):
        trimmer = HandbookTrimmer()
        with open(os.path.join(src, 'bls-ooh', 'html', name), encoding='utf-8') as f:
            trimmer.feed(f.read())
        trimmer.close()
        with open(out(os.path.join('bls-ooh', 'html', name)), 'w', encoding='utf-8', newline='\n') as f:
            f.write('<!DOCTYPE html>\n<html lang="en"><head><meta charset="UTF-8">\n' + ''.join(trimmer.out) + '</html>\n')


trim_handbook('crosswalks/nem-onet-to-soc-crosswalk.cp1252.csv')
print('seed-data written to', os.path.abspath(dst))
