#!/usr/bin/env python3
"""Splits each backtest window's bias on the demo world into the model's error (forecast vs
the generator's expected volume) and chance (the window's actuals vs that expectation).

usage: demo_truth.py DIR [QUEUE,QUEUE...]   (DIR: run.sh's OUT, with *-history.csv and
*-intervals.csv of demo-world queues, `demo --scale full --now 2026-12-07`)

The expectation is a port of Sources/DemoWorld/Demand (VolumeModel: weekly shape x the
account's growth x PeakCalendar's multipliers; keep it in step with them), its level fitted
per queue and weekday as the median ratio over the queue's whole history. A diagnostic for
the demo world only: real data has no truth to compare with."""
import csv,sys,glob,collections,datetime,math,os
D=datetime.date.fromisoformat
def nth(o,wd,m,y):
    if o>0:
        d=datetime.date(y,m,1); d+=datetime.timedelta(days=(wd-d.weekday())%7); return d+datetime.timedelta(weeks=o-1)
    nm=datetime.date(y+(m==12),m%12+1,1)-datetime.timedelta(days=1)
    return nm-datetime.timedelta(days=(nm.weekday()-wd)%7)
W=dict(US=1,GB=.85,DE=.8,FR=.75,BE=.7,BR=1.15,MX=.35,KR=.7,MY=.25,SG=.3)
E={k:1 for k in W}
def wo(o,wd,m,p): return lambda y: nth(o,wd,m,y)+datetime.timedelta(days=p)
def fx(m,d): return lambda y: datetime.date(y,m,d)
def ls(t): return lambda y: D(t[y]) if y in t else None
ev=[("bf",wo(4,3,11,1),-7,[.05,.08,.1,.12,.15,.2,.25,1.6,1.1,.8],W,None,True),
("cm",wo(4,3,11,4),0,[1.4,.8,.6,.5,.4,.35,.3,.3,.25,.2,.15],W,None,True),
("tg",wo(4,3,11,0),0,[-.45],{"US":1},None,False),
("xmas",fx(12,25),-24,[.15,.16,.17,.18,.2,.22,.24,.26,.28,.3,.32,.34,.36,.38,.4,.42,.44,.45,.45,.42,.38,.35,.15,-.3,-.65,.2,.45,.4,.35,.3,.25,.2,.2,.15,.15,.1,.1],dict(E,KR=.3,MY=.3,SG=.5,BR=.8,MX=.8),dict(tabula=1.3,pawsome=1,verlaine=1.2,voltaico=1,verdant=.6,selara=.5),True),
("box",fx(12,26),0,[.9,.4,.2],{"GB":1},None,True),
("ny",fx(1,1),0,[-.4],E,None,False),
("prime",ls({2023:'2023-07-11',2024:'2024-07-16',2025:'2025-07-08',2026:'2026-07-14',2027:'2027-07-13'}),-3,[.05,.1,.2,1.2,1.0,.5,.3,.15],dict(US=1,GB=.8,DE=.8,FR=.7,MX=.8,BR=.3),dict(pawsome=1,tabula=.25,verlaine=.2,voltaico=.2,verdant=.3),True),
("11.11",fx(11,11),-1,[.2,1.5,1.0,.6,.4,.3,.2],dict(MY=1,SG=.9,KR=.35),None,True),
("12.12",fx(12,12),0,[.8,.4,.2],dict(MY=1,SG=.8),None,True),
("ebf",wo(3,0,11,-3),-1,[.15,1.1,1.0,.8,1.0,.4,.3,.2,.1],{"MX":1},None,True),
("hot",wo(-1,0,5,0),0,[.5,.5,.45,.4,.4,.35,.3,.3,.35],{"MX":1},None,True),
("launch",wo(2,1,9,0),0,[.7,.6,.5,.4,.35,.3,.3,.25,.2,.2,.15,.15,.1],E,dict(tabula=1),True),
("chuseok",ls({2024:'2024-09-17',2025:'2025-10-06',2026:'2026-09-25',2027:'2027-09-15'}),-1,[-.25,-.4,-.25],{"KR":1},None,False),
("seollal",ls({2025:'2025-01-29',2026:'2026-02-17',2027:'2027-02-07'}),-1,[-.25,-.4,-.25],{"KR":1},None,False),
("carnaval",ls({2025:'2025-03-03',2026:'2026-02-16',2027:'2027-02-08'}),0,[-.3,-.3],{"BR":1},None,False),
("hari",ls({2025:'2025-03-31',2026:'2026-03-21',2027:'2027-03-10'}),0,[-.35,-.3],dict(MY=1,SG=.5),None,False)]
WS=dict(voice=[1.2,1.1,1.05,1.02,.97,.62,.5],chat=[1.1,1.04,1.0,.98,.95,.88,.95],email=[1.2,1.08,1.02,1.0,.95,.75,.8],social=[.9,.88,.88,.9,.95,1.2,1.3])
CH=dict(voice=.8,chat=1.05,email=1.0,social=.75)
G=dict(tabula=.1,pawsome=.3,verlaine=.12,voltaico=.22,verdant=.18,selara=.25)
MK=dict(us='US',gb='GB',de='DE',fr='FR',be='BE',br='BR',mx='MX',kr='KR',my='MY',sg='SG')
def shape(q,days):
    acct,ch,lang,cc=q.split('-'); mkt=MK[cc]
    extra=collections.defaultdict(float)
    for name,when,first,up,mk,ac,shop in ev:
        reach=mk.get(mkt,0)*(ac.get(acct,0) if ac else 1)*(CH[ch] if shop else 1)
        if reach<=0: continue
        for y in range(2023,2028):
            d0=when(y)
            if d0 is None: continue
            for s,u in enumerate(up): extra[d0+datetime.timedelta(days=first+s)]+=reach*u
    today=D(os.environ.get('DEMO_TODAY','2026-12-07')); g=math.log(1+G[acct])/365.25
    return {d: WS[ch][d.weekday()]*math.exp(g*(d-today).days)*max(.15,1+extra[d]) for d in days}
def load(q,base):
    hist=collections.defaultdict(float); bad=set()
    for r in csv.DictReader(open(f"{base}/{q}-history.csv")):
        d=r['local_start'][:10]
        if r['missing']=='1' or r['excluded']: bad.add(d)
        hist[d]+=float(r['offered'])
    return hist,bad
def run(base, only=None, verbose=False):
    out=[]
    for path in sorted(glob.glob(base+'/*-intervals.csv')):
        q=path.split('/')[-1].replace('-intervals.csv','')
        if only and q not in only: continue
        hist,bad=load(q,base)
        days=[D(d) for d in hist]; sh=shape(q,days)
        # fit L on ordinary days with volume (robust: median of ratio)
        Ls={}
        for wd in range(7):
            rat=sorted(hist[str(d)]/sh[d] for d in days if d.weekday()==wd and str(d) not in bad and hist[str(d)]>0 and sh[d]>0)
            Ls[wd]=rat[len(rat)//2] if rat else 0
        res=[math.log(hist[str(d)]/(Ls[d.weekday()]*sh[d])) for d in days if str(d) not in bad and hist[str(d)]>0]
        sd=(sum(x*x for x in res)/len(res))**.5
        win=collections.defaultdict(lambda:collections.defaultdict(lambda:[0.,0.,0.]))
        for r in csv.DictReader(open(path)):
            if r['excluded']: continue
            d=r['local_start'][:10]; a=win[r['origin']][d]; a[0]+=float(r['p50']); a[1]+=float(r['actual'])
        for o,dd in win.items():
            P=A=T=0
            for d,(p,a,_) in dd.items():
                # truth for the scored part of the day: scale by scored share (actual/hist full day)
                full=hist.get(d,0); share=(a/full) if full>0 else 1
                P+=p; A+=a; T+=Ls[D(d).weekday()]*sh[D(d)]*share
            out.append((q,o,100*(P-A)/A,100*(P-T)/T,100*(A-T)/T,sd))
    return out
if __name__=='__main__':
    base=sys.argv[1]
    rows=run(base, set(sys.argv[2].split(',')) if len(sys.argv)>2 else None)
    print(f"{'queue':24s} origin      bias  model-vs-truth  actual-vs-truth  (resid sd)")
    for q,o,b,m,n,sd in rows: print(f"{q:24s} {o} {b:+6.1f}  {m:+6.1f}  {n:+6.1f}  ({sd:.3f})")
