#!/usr/bin/env python3
# A synthetic archive for `tally check`: 2,000 stories of 5 articles each (10,000 files). Each story
# is one of the seed or sample stories with every capitalized word made its own (so stories do not
# share names) and its figures moved by a story factor, some per article (so reports conflict).
import glob
import os
import random
import re
import sys
random.seed(11)
if len(sys.argv) != 4:
    sys.exit('usage: synthetic_archive.py SEED_DIR SAMPLE_DIR OUT_DIR')
seed_dir, sample_dir, out = sys.argv[1:]
groups=[[open(p,encoding='utf-8').read() for p in sorted(glob.glob(os.path.join(seed_dir, '*.txt')))],
        [open(p,encoding='utf-8').read() for p in sorted(glob.glob(os.path.join(sample_dir, '*.txt')))]]
def tag(k):
    s=''
    while True:
        s+=chr(ord('a')+k%26); k//=26
        if k==0: return s
total=0; n=0
for story in range(2000):
    g=random.choice(groups)
    t=tag(story)
    factor={}
    def perturb(m):
        s=m.group(0)
        if s not in factor: factor[s]=random.uniform(0.6,1.6) if random.random()<0.7 else 1.0
        f=factor[s]*(random.uniform(0.85,1.15) if random.random()<0.2 else 1.0)
        v=int(s.replace(',',''))
        if 1900<=v<=2100: return s
        v=max(1,int(v*f))
        return f"{v:,}" if ',' in s else str(v)
    for a in range(5):
        text=re.sub(r"(?<![\w./-])([^\W\d_]\w+)", lambda m: m.group(1)+t if m.group(1)[0].isupper() else m.group(1), g[a])
        text=re.sub(r'\d[\d,]*\d|\d', perturb, text)
        text=text+"\n\n"+text
        total+=len(text.encode()); n+=1
        open(os.path.join(out, f"s{story:04d}-{a}.txt"),"w",encoding='utf-8').write(text)
print(n, round(total/1e6,1),"MB")
