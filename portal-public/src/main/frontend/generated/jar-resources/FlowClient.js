export function init() {
function client(){var Jb='',Kb=0,Lb='gwt.codesvr=',Mb='gwt.hosted=',Nb='gwt.hybrid',Ob='client',Pb='#',Qb='?',Rb='/',Sb=1,Tb='img',Ub='clear.cache.gif',Vb='baseUrl',Wb='script',Xb='client.nocache.js',Yb='base',Zb='//',$b='meta',_b='name',ac='gwt:property',bc='content',cc='=',dc='gwt:onPropertyErrorFn',ec='Bad handler "',fc='" for "gwt:onPropertyErrorFn"',gc='gwt:onLoadErrorFn',hc='" for "gwt:onLoadErrorFn"',ic='user.agent',jc='webkit',kc='safari',lc='msie',mc=10,nc=11,oc='ie10',pc=9,qc='ie9',rc=8,sc='ie8',tc='gecko',uc='gecko1_8',vc=2,wc=3,xc=4,yc='Single-script hosted mode not yet implemented. See issue ',zc='http://code.google.com/p/google-web-toolkit/issues/detail?id=2079',Ac='C2E23FD5F59B73D234B4676ED4A8FF10',Bc=':1',Cc=':',Dc='DOMContentLoaded',Ec=50;var l=Jb,m=Kb,n=Lb,o=Mb,p=Nb,q=Ob,r=Pb,s=Qb,t=Rb,u=Sb,v=Tb,w=Ub,A=Vb,B=Wb,C=Xb,D=Yb,F=Zb,G=$b,H=_b,I=ac,J=bc,K=cc,L=dc,M=ec,N=fc,O=gc,P=hc,Q=ic,R=jc,S=kc,T=lc,U=mc,V=nc,W=oc,X=pc,Y=qc,Z=rc,$=sc,_=tc,ab=uc,bb=vc,cb=wc,db=xc,eb=yc,fb=zc,gb=Ac,hb=Bc,ib=Cc,jb=Dc,kb=Ec;var lb=window,mb=document,nb,ob,pb=l,qb={},rb=[],sb=[],tb=[],ub=m,vb,wb;if(!lb.__gwt_stylesLoaded){lb.__gwt_stylesLoaded={}}if(!lb.__gwt_scriptsLoaded){lb.__gwt_scriptsLoaded={}}function xb(){var b=false;try{var c=lb.location.search;return (c.indexOf(n)!=-1||(c.indexOf(o)!=-1||lb.external&&lb.external.gwtOnLoad))&&c.indexOf(p)==-1}catch(a){}xb=function(){return b};return b}
function yb(){if(nb&&ob){nb(vb,q,pb,ub)}}
function zb(){function e(a){var b=a.lastIndexOf(r);if(b==-1){b=a.length}var c=a.indexOf(s);if(c==-1){c=a.length}var d=a.lastIndexOf(t,Math.min(c,b));return d>=m?a.substring(m,d+u):l}
function f(a){if(a.match(/^\w+:\/\//)){}else{var b=mb.createElement(v);b.src=a+w;a=e(b.src)}return a}
function g(){var a=Cb(A);if(a!=null){return a}return l}
function h(){var a=mb.getElementsByTagName(B);for(var b=m;b<a.length;++b){if(a[b].src.indexOf(C)!=-1){return e(a[b].src)}}return l}
function i(){var a=mb.getElementsByTagName(D);if(a.length>m){return a[a.length-u].href}return l}
function j(){var a=mb.location;return a.href==a.protocol+F+a.host+a.pathname+a.search+a.hash}
var k=g();if(k==l){k=h()}if(k==l){k=i()}if(k==l&&j()){k=e(mb.location.href)}k=f(k);return k}
function Ab(){var b=document.getElementsByTagName(G);for(var c=m,d=b.length;c<d;++c){var e=b[c],f=e.getAttribute(H),g;if(f){if(f==I){g=e.getAttribute(J);if(g){var h,i=g.indexOf(K);if(i>=m){f=g.substring(m,i);h=g.substring(i+u)}else{f=g;h=l}qb[f]=h}}else if(f==L){g=e.getAttribute(J);if(g){try{wb=eval(g)}catch(a){alert(M+g+N)}}}else if(f==O){g=e.getAttribute(J);if(g){try{vb=eval(g)}catch(a){alert(M+g+P)}}}}}}
var Bb=function(a,b){return b in rb[a]};var Cb=function(a){var b=qb[a];return b==null?null:b};function Db(a,b){var c=tb;for(var d=m,e=a.length-u;d<e;++d){c=c[a[d]]||(c[a[d]]=[])}c[a[e]]=b}
function Eb(a){var b=sb[a](),c=rb[a];if(b in c){return b}var d=[];for(var e in c){d[c[e]]=e}if(wb){wb(a,d,b)}throw null}
sb[Q]=function(){var a=navigator.userAgent.toLowerCase();var b=mb.documentMode;if(function(){return a.indexOf(R)!=-1}())return S;if(function(){return a.indexOf(T)!=-1&&(b>=U&&b<V)}())return W;if(function(){return a.indexOf(T)!=-1&&(b>=X&&b<V)}())return Y;if(function(){return a.indexOf(T)!=-1&&(b>=Z&&b<V)}())return $;if(function(){return a.indexOf(_)!=-1||b>=V}())return ab;return S};rb[Q]={'gecko1_8':m,'ie10':u,'ie8':bb,'ie9':cb,'safari':db};client.onScriptLoad=function(a){client=null;nb=a;yb()};if(xb()){alert(eb+fb);return}zb();Ab();try{var Fb;Db([ab],gb);Db([S],gb+hb);Fb=tb[Eb(Q)];var Gb=Fb.indexOf(ib);if(Gb!=-1){ub=Number(Fb.substring(Gb+u))}}catch(a){return}var Hb;function Ib(){if(!ob){ob=true;yb();if(mb.removeEventListener){mb.removeEventListener(jb,Ib,false)}if(Hb){clearInterval(Hb)}}}
if(mb.addEventListener){mb.addEventListener(jb,function(){Ib()},false)}var Hb=setInterval(function(){if(/loaded|complete/.test(mb.readyState)){Ib()}},kb)}
client();(function () {var $gwt_version = "2.9.0";var $wnd = window;var $doc = $wnd.document;var $moduleName, $moduleBase;var $stats = $wnd.__gwtStatsEvent ? function(a) {$wnd.__gwtStatsEvent(a)} : null;var $strongName = 'C2E23FD5F59B73D234B4676ED4A8FF10';function I(){}
function Ij(){}
function dj(){}
function jj(){}
function Wj(){}
function $j(){}
function _i(){}
function nc(){}
function uc(){}
function Jk(){}
function Lk(){}
function Nk(){}
function kl(){}
function nl(){}
function pl(){}
function sl(){}
function Cl(){}
function Cr(){}
function Ar(){}
function Er(){}
function Gr(){}
function Pm(){}
function Rm(){}
function Tm(){}
function qn(){}
function sn(){}
function uo(){}
function Lo(){}
function uq(){}
function fs(){}
function js(){}
function ju(){}
function Uu(){}
function Jt(){}
function Nt(){}
function Qt(){}
function Nv(){}
function Rv(){}
function ew(){}
function nw(){}
function Wx(){}
function wy(){}
function yy(){}
function rz(){}
function xz(){}
function CA(){}
function kB(){}
function rC(){}
function VC(){}
function IE(){}
function eG(){}
function lH(){}
function wH(){}
function yH(){}
function AH(){}
function RH(){}
function iA(){fA()}
function T(a){S=a;Jb()}
function nk(a){throw a}
function yj(a,b){a.c=b}
function zj(a,b){a.d=b}
function Aj(a,b){a.e=b}
function Cj(a,b){a.g=b}
function Dj(a,b){a.h=b}
function Ej(a,b){a.i=b}
function Fj(a,b){a.j=b}
function Gj(a,b){a.k=b}
function Hj(a,b){a.l=b}
function tu(a,b){a.b=b}
function QH(a,b){a.a=b}
function bc(a){this.a=a}
function dc(a){this.a=a}
function Yj(a){this.a=a}
function tk(a){this.a=a}
function vk(a){this.a=a}
function Pk(a){this.a=a}
function il(a){this.a=a}
function wl(a){this.a=a}
function yl(a){this.a=a}
function Al(a){this.a=a}
function Il(a){this.a=a}
function Kl(a){this.a=a}
function nm(a){this.a=a}
function Vm(a){this.a=a}
function Zm(a){this.a=a}
function Zn(a){this.a=a}
function kn(a){this.a=a}
function vn(a){this.a=a}
function Vn(a){this.a=a}
function Yn(a){this.a=a}
function eo(a){this.a=a}
function so(a){this.a=a}
function xo(a){this.a=a}
function Ao(a){this.a=a}
function Co(a){this.a=a}
function Eo(a){this.a=a}
function Go(a){this.a=a}
function Io(a){this.a=a}
function Mo(a){this.a=a}
function So(a){this.a=a}
function kp(a){this.a=a}
function Bp(a){this.a=a}
function dq(a){this.a=a}
function sq(a){this.a=a}
function wq(a){this.a=a}
function yq(a){this.a=a}
function kq(a){this.b=a}
function fr(a){this.a=a}
function hr(a){this.a=a}
function jr(a){this.a=a}
function sr(a){this.a=a}
function vr(a){this.a=a}
function ls(a){this.a=a}
function ss(a){this.a=a}
function us(a){this.a=a}
function ws(a){this.a=a}
function Qs(a){this.a=a}
function Vs(a){this.a=a}
function ct(a){this.a=a}
function kt(a){this.a=a}
function mt(a){this.a=a}
function ot(a){this.a=a}
function qt(a){this.a=a}
function st(a){this.a=a}
function tt(a){this.a=a}
function xt(a){this.a=a}
function Ht(a){this.a=a}
function $t(a){this.a=a}
function hu(a){this.a=a}
function lu(a){this.a=a}
function xu(a){this.a=a}
function zu(a){this.a=a}
function Mu(a){this.a=a}
function Su(a){this.a=a}
function uu(a){this.c=a}
function lv(a){this.a=a}
function pv(a){this.a=a}
function Pv(a){this.a=a}
function tw(a){this.a=a}
function xw(a){this.a=a}
function Bw(a){this.a=a}
function Dw(a){this.a=a}
function Fw(a){this.a=a}
function Kw(a){this.a=a}
function Cy(a){this.a=a}
function Ey(a){this.a=a}
function Ry(a){this.a=a}
function Vy(a){this.a=a}
function Zy(a){this.a=a}
function _y(a){this.a=a}
function By(a){this.b=a}
function Bz(a){this.a=a}
function vz(a){this.a=a}
function zz(a){this.a=a}
function Fz(a){this.a=a}
function Nz(a){this.a=a}
function Pz(a){this.a=a}
function Rz(a){this.a=a}
function Tz(a){this.a=a}
function Vz(a){this.a=a}
function aA(a){this.a=a}
function cA(a){this.a=a}
function tA(a){this.a=a}
function wA(a){this.a=a}
function EA(a){this.a=a}
function GA(a){this.e=a}
function iB(a){this.a=a}
function mB(a){this.a=a}
function oB(a){this.a=a}
function KB(a){this.a=a}
function $B(a){this.a=a}
function aC(a){this.a=a}
function cC(a){this.a=a}
function nC(a){this.a=a}
function pC(a){this.a=a}
function FC(a){this.a=a}
function _C(a){this.a=a}
function EE(a){this.a=a}
function GE(a){this.a=a}
function JE(a){this.a=a}
function tF(a){this.a=a}
function UH(a){this.a=a}
function oG(a){this.b=a}
function CG(a){this.c=a}
function R(){this.a=xb()}
function uj(){this.a=++tj}
function ej(){sp();wp()}
function sp(){sp=_i;rp=[]}
function Si(a){return a.e}
function iv(a,b){b.ib(a)}
function zx(a,b){Sx(b,a)}
function Ex(a,b){Rx(b,a)}
function Jx(a,b){vx(b,a)}
function UA(a,b){Gv(b,a)}
function wt(a,b){zs(b.a,a)}
function Dt(a,b){QC(a.a,b)}
function CC(a){bB(a.a,a.b)}
function aE(b,a){b.data=a}
function iE(b,a){b.warn(a)}
function hE(b,a){b.log(a)}
function fE(b,a){b.debug(a)}
function gE(b,a){b.error(a)}
function Kp(a,b){a.push(b)}
function Bj(a,b){a.f=b;ik=b}
function Kr(a){a.i||Lr(a.a)}
function Z(a,b){a.e=b;W(a,b)}
function Yb(a){return a.B()}
function Om(a){return tm(a)}
function hc(a){gc();fc.D(a)}
function cl(a){Vk();this.a=a}
function kb(){ab.call(this)}
function PE(){ab.call(this)}
function NE(){kb.call(this)}
function AF(){kb.call(this)}
function JG(){kb.call(this)}
function fA(){fA=_i;eA=rA()}
function pb(){pb=_i;ob=new I}
function Qb(){Qb=_i;Pb=new Lo}
function cu(){cu=_i;bu=new ju}
function LA(){LA=_i;KA=new kB}
function pk(a){S=a;!!a&&Jb()}
function fm(a,b){a.a.add(b.d)}
function Mm(a,b,c){a.set(b,c)}
function cB(a,b,c){a.Qb(c,b)}
function em(a,b,c){_l(a,c,b)}
function my(a,b){b.forEach(a)}
function WD(b,a){b.display=a}
function QG(a){NG();this.a=a}
function fB(a){eB.call(this,a)}
function HB(a){eB.call(this,a)}
function XB(a){eB.call(this,a)}
function LE(a){lb.call(this,a)}
function rF(a){lb.call(this,a)}
function sF(a){lb.call(this,a)}
function CF(a){lb.call(this,a)}
function BF(a){nb.call(this,a)}
function ME(a){LE.call(this,a)}
function aG(a){LE.call(this,a)}
function gG(a){lb.call(this,a)}
function ZF(){JE.call(this,'')}
function $F(){JE.call(this,'')}
function Vi(){Ti==null&&(Ti=[])}
function Db(){Db=_i;!!(gc(),fc)}
function cG(){cG=_i;bG=new IE}
function YE(a){XE(a);return a.i}
function tE(b,a){return a in b}
function UE(a){return cI(a),a}
function pF(a){return cI(a),a}
function Q(a){return xb()-a.a}
function sE(a){return Object(a)}
function Wc(a,b){return $c(a,b)}
function xc(a,b){return eF(a,b)}
function cr(a,b){return a.a>b.a}
function dG(a){return Ic(a,5).e}
function Xz(a){Lx(a.b,a.a,a.c)}
function Xu(a,b){a.c.forEach(b)}
function jC(a,b){a.e||a.c.add(b)}
function In(a,b){a.e?Kn(b):dl()}
function Hm(a,b){xC(new hn(b,a))}
function Cx(a,b){xC(new Xy(b,a))}
function Dx(a,b){xC(new bz(b,a))}
function al(a,b){++Uk;b.cb(a,Rk)}
function LH(a,b,c){b.gb(dG(c))}
function eH(a,b,c){b.gb(a.a[c])}
function gy(a,b,c){lC(Yx(a,c,b))}
function VG(a,b){while(a.ic(b));}
function FH(a,b){BH(a);a.a.hc(b)}
function vH(a,b){Ic(a,105)._b(b)}
function jy(a,b){return Nl(a.b,b)}
function ly(a,b){return Ml(a.b,b)}
function Qy(a,b){return iy(a.a,b)}
function MA(a,b){return $A(a.a,b)}
function MB(a,b){return $A(a.a,b)}
function yB(a,b){return $A(a.a,b)}
function Hx(a,b){return hx(b.a,a)}
function fj(b,a){return b.exec(a)}
function Ub(a){return !!a.b||!!a.g}
function PA(a){dB(a.a);return a.h}
function TA(a){dB(a.a);return a.c}
function Ww(b,a){Pw();delete b[a]}
function ak(a,b){this.b=a;this.a=b}
function El(a,b){this.b=a;this.a=b}
function Gl(a,b){this.b=a;this.a=b}
function ul(a,b){this.a=a;this.b=b}
function Ul(a,b){this.a=a;this.b=b}
function Wl(a,b){this.a=a;this.b=b}
function jm(a,b){this.a=a;this.b=b}
function lm(a,b){this.a=a;this.b=b}
function _m(a,b){this.a=a;this.b=b}
function bn(a,b){this.a=a;this.b=b}
function dn(a,b){this.a=a;this.b=b}
function fn(a,b){this.a=a;this.b=b}
function hn(a,b){this.a=a;this.b=b}
function ao(a,b){this.a=a;this.b=b}
function go(a,b){this.b=a;this.a=b}
function io(a,b){this.b=a;this.a=b}
function Xm(a,b){this.b=a;this.a=b}
function Ir(a,b){this.b=a;this.a=b}
function Wo(a,b){this.b=a;this.c=b}
function os(a,b){this.a=a;this.b=b}
function qs(a,b){this.a=a;this.b=b}
function Rs(a,b){this.a=a;this.b=b}
function Au(a,b){this.b=a;this.a=b}
function Ou(a,b){this.a=a;this.b=b}
function Qu(a,b){this.a=a;this.b=b}
function jv(a,b){this.a=a;this.b=b}
function nv(a,b){this.a=a;this.b=b}
function rv(a,b){this.a=a;this.b=b}
function vw(a,b){this.a=a;this.b=b}
function ep(a,b){Wo.call(this,a,b)}
function qq(a,b){Wo.call(this,a,b)}
function oF(){lb.call(this,null)}
function Ob(){yb!=0&&(yb=0);Cb=-1}
function Eu(){this.a=new $wnd.Map}
function UC(){this.c=new $wnd.Map}
function Gy(a,b){this.b=a;this.a=b}
function Iy(a,b){this.b=a;this.a=b}
function Oy(a,b){this.b=a;this.a=b}
function Xy(a,b){this.b=a;this.a=b}
function bz(a,b){this.b=a;this.a=b}
function Hz(a,b){this.b=a;this.a=b}
function jz(a,b){this.a=a;this.b=b}
function nz(a,b){this.a=a;this.b=b}
function pz(a,b){this.a=a;this.b=b}
function Jz(a,b){this.a=a;this.b=b}
function $z(a,b){this.a=a;this.b=b}
function mA(a,b){this.a=a;this.b=b}
function qB(a,b){this.a=a;this.b=b}
function eC(a,b){this.a=a;this.b=b}
function DC(a,b){this.a=a;this.b=b}
function GC(a,b){this.a=a;this.b=b}
function oA(a,b){this.b=a;this.a=b}
function xB(a,b){this.d=a;this.e=b}
function oD(a,b){Wo.call(this,a,b)}
function yD(a,b){Wo.call(this,a,b)}
function FD(a,b){Wo.call(this,a,b)}
function ND(a,b){Wo.call(this,a,b)}
function CE(a,b){Wo.call(this,a,b)}
function sH(a,b){Wo.call(this,a,b)}
function uH(a,b){this.a=a;this.b=b}
function OH(a,b){this.a=a;this.b=b}
function VH(a,b){this.b=a;this.a=b}
function Bx(a,b,c){Px(a,b);qx(c.e)}
function Ut(a,b,c,d){Tt(a,b.d,c,d)}
function Mq(a,b){Eq(a,(br(),_q),b)}
function XH(a,b,c){a.splice(b,0,c)}
function jp(a,b){return hp(b,ip(a))}
function Yl(a,b){return Nc(a.b[b])}
function Yc(a){return typeof a===tI}
function qF(a){return ad((cI(a),a))}
function QF(a,b){return a.substr(b)}
function hA(a,b){mC(b);eA.delete(a)}
function kE(b,a){b.clearTimeout(a)}
function Nb(a){$wnd.clearTimeout(a)}
function lj(a){$wnd.clearTimeout(a)}
function jE(b,a){b.clearInterval(a)}
function qA(a){a.length=0;return a}
function WF(a,b){a.a+=''+b;return a}
function XF(a,b){a.a+=''+b;return a}
function YF(a,b){a.a+=''+b;return a}
function bd(a){fI(a==null);return a}
function JH(a,b,c){vH(b,c);return b}
function Tq(a,b){Eq(a,(br(),ar),b.a)}
function dm(a,b){return a.a.has(b.d)}
function H(a,b){return _c(a)===_c(b)}
function LF(a,b){return a.indexOf(b)}
function qE(a){return a&&a.valueOf()}
function rE(a){return a&&a.valueOf()}
function LG(a){return a!=null?O(a):0}
function _c(a){return a==null?null:a}
function NG(){NG=_i;MG=new QG(null)}
function gw(){gw=_i;fw=new $wnd.Map}
function Pw(){Pw=_i;Ow=new $wnd.Map}
function TE(){TE=_i;RE=false;SE=true}
function Wq(a){!!a.b&&Rq(a,(br(),ar))}
function Iq(a){!!a.b&&Rq(a,(br(),$q))}
function U(a){a.h=zc(ki,wI,31,0,0,1)}
function kj(a){$wnd.clearInterval(a)}
function qr(a){this.a=a;jj.call(this)}
function hs(a){this.a=a;jj.call(this)}
function at(a){this.a=a;jj.call(this)}
function Gt(a){this.a=new UC;this.c=a}
function hD(a){this.c=a.toLowerCase()}
function av(a,b){return a.h.delete(b)}
function cv(a,b){return a.b.delete(b)}
function bB(a,b){return a.a.delete(b)}
function hy(a,b,c){return Yx(a,c.a,b)}
function TH(a,b,c){return JH(a.a,b,c)}
function KH(a,b,c){QH(a,TH(b,a.a,c))}
function fl(a,b,c,d){Vk();En(a,c,d,b)}
function gl(a,b,c,d){Vk();Hn(a,c,d,b)}
function ky(a,b){return zm(a.b.root,b)}
function rA(){return new $wnd.WeakMap}
function VF(a){return a==null?AI:cj(a)}
function Nr(a){return wJ in a?a[wJ]:-1}
function Vr(a){Ko((Qb(),Pb),new ws(a))}
function Zk(a){Ko((Qb(),Pb),new Al(a))}
function Ap(a){Ko((Qb(),Pb),new Bp(a))}
function Pp(a){Ko((Qb(),Pb),new dq(a))}
function oy(a){Ko((Qb(),Pb),new Vz(a))}
function _F(a){JE.call(this,(cI(a),a))}
function ab(){U(this);V(this);this.w()}
function wG(){this.a=zc(ii,wI,1,0,5,1)}
function mI(){mI=_i;jI=new I;lI=new I}
function sk(a){rk()&&iE($wnd.console,a)}
function jk(a){rk()&&fE($wnd.console,a)}
function lk(a){rk()&&gE($wnd.console,a)}
function qk(a){rk()&&hE($wnd.console,a)}
function ko(a){rk()&&gE($wnd.console,a)}
function iI(a){return a.$H||(a.$H=++hI)}
function Sc(a,b){return a!=null&&Hc(a,b)}
function PG(a,b){return a.a!=null?a.a:b}
function on(a){return ''+pn(mn.lb()-a,3)}
function YD(a,b,c,d){return QD(a,b,c,d)}
function Gx(a,b){var c;c=hx(b,a);lC(c)}
function Xs(a,b){b.a.b==(dp(),cp)&&Zs(a)}
function AB(a,b){dB(a.a);a.c.forEach(b)}
function NB(a,b){dB(a.a);a.b.forEach(b)}
function kC(a){if(a.d||a.e){return}iC(a)}
function Ds(a){if(a.f){gj(a.f);a.f=null}}
function Zs(a){if(a.a){gj(a.a);a.a=null}}
function _H(a){if(!a){throw Si(new NE)}}
function aI(a){if(!a){throw Si(new JG)}}
function fI(a){if(!a){throw Si(new oF)}}
function XE(a){if(a.i!=null){return}iF(a)}
function tb(a){return a==null?null:a.name}
function ZD(a,b){return a.appendChild(b)}
function $D(b,a){return b.appendChild(a)}
function MF(a,b){return a.lastIndexOf(b)}
function RF(a,b,c){return a.substr(b,c-b)}
function el(a,b,c){Vk();return a.set(c,b)}
function XD(d,a,b,c){d.setProperty(a,b,c)}
function dB(a){var b;b=tC;!!b&&gC(b,a.b)}
function sB(a,b){GA.call(this,a);this.a=b}
function IH(a,b){DH.call(this,a);this.a=b}
function Jc(a){fI(a==null||Tc(a));return a}
function Kc(a){fI(a==null||Uc(a));return a}
function Lc(a){fI(a==null||Yc(a));return a}
function Pc(a){fI(a==null||Xc(a));return a}
function Xc(a){return typeof a==='string'}
function Uc(a){return typeof a==='number'}
function Tc(a){return typeof a==='boolean'}
function Vo(a){return a.b!=null?a.b:''+a.c}
function bE(b,a){return b.createElement(a)}
function VE(a,b){return cI(a),_c(a)===_c(b)}
function JF(a,b){return cI(a),_c(a)===_c(b)}
function $c(a,b){return a&&b&&a instanceof b}
function sb(a){return a==null?null:a.message}
function Eb(a,b,c){return a.apply(b,c);var d}
function kc(a){gc();return parseInt(a)||-1}
function pj(a,b){return $wnd.setTimeout(a,b)}
function lr(a,b){b.a.b==(dp(),cp)&&or(a,-1)}
function Xb(a,b){a.b=Zb(a.b,[b,false]);Vb(a)}
function mo(a,b){no(a,b,Ic(xk(a.a,td),7).j)}
function Ur(a,b){Fu(Ic(xk(a.i,Zf),86),b[yJ])}
function hl(a){Vk();Uk==0?a.C():Tk.push(a)}
function xC(a){uC==null&&(uC=[]);uC.push(a)}
function yC(a){wC==null&&(wC=[]);wC.push(a)}
function eB(a){this.a=new $wnd.Set;this.b=a}
function $l(){this.a=new $wnd.Map;this.b=[]}
function fq(a,b,c){this.a=a;this.c=b;this.b=c}
function dr(a,b,c){Wo.call(this,a,b);this.a=c}
function jw(a,b,c){this.c=a;this.d=b;this.j=c}
function Mw(a,b,c){this.b=a;this.a=b;this.c=c}
function Ky(a,b,c){this.c=a;this.b=b;this.a=c}
function My(a,b,c){this.b=a;this.c=b;this.a=c}
function Ty(a,b,c){this.a=a;this.b=b;this.c=c}
function dz(a,b,c){this.a=a;this.b=b;this.c=c}
function fz(a,b,c){this.a=a;this.b=b;this.c=c}
function hz(a,b,c){this.a=a;this.b=b;this.c=c}
function tz(a,b,c){this.c=a;this.b=b;this.a=c}
function Dz(a,b,c){this.b=a;this.a=b;this.c=c}
function Lz(a,b,c){this.b=a;this.c=b;this.a=c}
function Yz(a,b,c){this.b=a;this.a=b;this.c=c}
function Qo(){this.b=(dp(),ap);this.a=new UC}
function Vk(){Vk=_i;Tk=[];Rk=new kl;Sk=new pl}
function zF(){zF=_i;yF=zc(ei,wI,27,256,0,1)}
function pw(a){a.c?jE($wnd,a.d):kE($wnd,a.d)}
function oj(a,b){return $wnd.setInterval(a,b)}
function NF(a,b,c){return a.lastIndexOf(b,c)}
function _D(c,a,b){return c.insertBefore(a,b)}
function VD(b,a){return b.getPropertyValue(a)}
function mj(a,b){return qI(function(){a.H(b)})}
function rk(){if(!ik){return true}return mk()}
function nE(a){if(a==null){return 0}return +a}
function Ic(a,b){fI(a==null||Hc(a,b));return a}
function Oc(a,b){fI(a==null||$c(a,b));return a}
function cF(a,b){var c;c=_E(a,b);c.e=2;return c}
function rG(a,b){a.a[a.a.length]=b;return true}
function sG(a,b){bI(b,a.a.length);return a.a[b]}
function Vu(a,b){a.b.add(b);return new rv(a,b)}
function Wu(a,b){a.h.add(b);return new nv(a,b)}
function Ns(a,b){$wnd.navigator.sendBeacon(a,b)}
function WA(a,b){a.d=true;NA(a,b);yC(new mB(a))}
function mC(a){a.e=true;iC(a);a.c.clear();hC(a)}
function vp(a){return $wnd.Vaadin.Flow.getApp(a)}
function Hw(a,b){return Iw(new Kw(a),b,19,true)}
function im(a,b,c){return a.set(c,(dB(b.a),b.h))}
function jt(a,b,c){a.set(c,(dB(b.a),Pc(b.h)))}
function yr(a,b,c){a.gb(xF(QA(Ic(c.e,17),b)))}
function Bk(a,b,c){Ak(a,b,c.bb());a.b.set(b,c)}
function PC(a,b,c,d){var e;e=RC(a,b,c);e.push(d)}
function NC(a,b){a.a==null&&(a.a=[]);a.a.push(b)}
function Yq(a,b){this.a=a;this.b=b;jj.call(this)}
function Os(a,b){this.a=a;this.b=b;jj.call(this)}
function ru(a,b){this.a=a;this.b=b;jj.call(this)}
function lb(a){U(this);this.g=a;V(this);this.w()}
function gu(a){cu();this.c=[];this.a=bu;this.d=a}
function qj(a){a.onreadystatechange=function(){}}
function bl(a){++Uk;In(Ic(xk(a.a,te),54),new sl)}
function Ts(a,b){var c;c=ad(pF(Kc(b.a)));Ys(a,c)}
function cE(c,a,b){return c.createElementNS(a,b)}
function UD(b,a){return b.getPropertyPriority(a)}
function Zc(a){return typeof a===rI||typeof a===tI}
function Bc(a){return Array.isArray(a)&&a.lc===dj}
function Rc(a){return !Array.isArray(a)&&a.lc===dj}
function Vc(a){return a!=null&&Zc(a)&&!(a.lc===dj)}
function HG(a){return new IH(null,GG(a,a.length))}
function GG(a,b){return WG(b,a.length),new fH(a,b)}
function Jm(a,b,c){return a.push(MA(c,new fn(c,b)))}
function TG(a){NG();return a==null?MG:new QG(cI(a))}
function qx(a){var b;b=a.a;dv(a,null);dv(a,b);dw(a)}
function aF(a,b,c){var d;d=_E(a,b);mF(c,d);return d}
function _E(a,b){var c;c=new ZE;c.f=a;c.d=b;return c}
function Zb(a,b){!a&&(a=[]);a[a.length]=b;return a}
function yk(a,b,c){a.a.delete(c);a.a.set(c,b.bb())}
function TD(a,b,c,d){a.removeEventListener(b,c,d)}
function vv(a,b){var c;c=b;return Ic(a.a.get(c),6)}
function Jb(){Db();if(zb){return}zb=true;Kb(false)}
function BH(a){if(!a.b){CH(a);a.c=true}else{BH(a.b)}}
function _G(a,b){cI(b);while(a.c<a.d){eH(a,b,a.c++)}}
function GH(a,b){CH(a);return new IH(a,new MH(b,a.a))}
function kk(a){$wnd.setTimeout(function(){a.I()},0)}
function Lb(a){$wnd.setTimeout(function(){throw a},0)}
function zk(a){a.b.forEach(aj(vn.prototype.cb,vn,[a]))}
function hm(a){this.a=new $wnd.Set;this.b=[];this.c=a}
function uB(a,b,c){GA.call(this,a);this.b=b;this.a=c}
function Cc(a,b,c){_H(c==null||wc(a,c));return a[b]=c}
function Mc(a){fI(a==null||Array.isArray(a));return a}
function cI(a){if(a==null){throw Si(new AF)}return a}
function pI(){if(kI==256){jI=lI;lI=new I;kI=0}++kI}
function V(a){if(a.j){a.e!==xI&&a.w();a.h=null}return a}
function ox(a){var b;b=new $wnd.Map;a.push(b);return b}
function gC(a,b){var c;if(!a.e){c=b.Pb(a);a.b.push(c)}}
function xr(a,b,c,d){var e;e=OB(a,b);MA(e,new Ir(c,d))}
function Oo(a,b){return OC(a.a,(!Ro&&(Ro=new uj),Ro),b)}
function At(a,b){return OC(a.a,(!vt&&(vt=new uj),vt),b)}
function Bt(a,b){return OC(a.a,(!Mt&&(Mt=new uj),Mt),b)}
function KG(a,b){return _c(a)===_c(b)||a!=null&&K(a,b)}
function pn(a,b){return +(Math.round(a+'e+'+b)+'e-'+b)}
function IF(a,b){eI(b,a.length);return a.charCodeAt(b)}
function Ys(a,b){Zs(a);if(b>=0){a.a=new at(a);ij(a.a,b)}}
function DH(a){if(!a){this.b=null;new wG}else{this.b=a}}
function dE(a,b,c,d){this.b=a;this.c=b;this.a=c;this.d=d}
function ms(a,b,c,d){this.a=a;this.d=b;this.b=c;this.c=d}
function fH(a,b){this.c=0;this.d=b;this.b=17488;this.a=a}
function $G(a,b){this.d=a;this.c=(b&64)!=0?b|16384:b}
function $s(a){this.b=a;Oo(Ic(xk(a,Ge),13),new ct(this))}
function Dq(a,b){oo(Ic(xk(a.c,Be),23),'',b,'',null,null)}
function no(a,b,c){oo(a,c.caption,c.message,b,c.url,null)}
function Dv(a,b,c,d){yv(a,b)&&Ut(Ic(xk(a.c,Kf),33),b,c,d)}
function Xt(a,b){var c;c=Ic(xk(a.a,Of),37);du(c,b);fu(c)}
function AC(a,b){var c;c=tC;tC=a;try{b.C()}finally{tC=c}}
function $(a,b){var c;c=YE(a.jc);return b==null?c:c+': '+b}
function WC(a,b,c){this.a=a;this.d=b;this.c=null;this.b=c}
function ek(){this.a=new hD($wnd.navigator.userAgent);dk()}
function Nc(a){fI(a==null||Zc(a)&&!(a.lc===dj));return a}
function Am(a){var b;b=a.f;while(!!b&&!b.a){b=b.f}return b}
function Pn(a,b,c){this.b=a;this.d=b;this.c=c;this.a=new R}
function Nm(a,b,c,d,e){a.splice.apply(a,[b,c,d].concat(e))}
function er(){br();return Dc(xc(Te,1),wI,67,0,[$q,_q,ar])}
function fp(){dp();return Dc(xc(Fe,1),wI,65,0,[ap,bp,cp])}
function OD(){MD();return Dc(xc(Ih,1),wI,46,0,[KD,JD,LD])}
function tH(){rH();return Dc(xc(Ei,1),wI,52,0,[oH,pH,qH])}
function ry(a){return VE((TE(),RE),PA(OB($u(a,0),LJ)))}
function Qc(a){return a.jc||Array.isArray(a)&&xc(ed,1)||ed}
function mE(c,a,b){return c.setTimeout(qI(a.Ub).bind(a),b)}
function BA(a){if(!zA){return a}return $wnd.Polymer.dom(a)}
function EH(a,b){var c;return HH(a,new wG,(c=new UH(b),c))}
function dI(a,b){if(a<0||a>b){throw Si(new LE(CK+a+DK+b))}}
function SD(a,b){Rc(a)?a.U(b):(a.handleEvent(b),undefined)}
function bv(a,b){_c(b.V(a))===_c((TE(),SE))&&a.b.delete(b)}
function zw(a,b){vA(b).forEach(aj(Dw.prototype.gb,Dw,[a]))}
function bI(a,b){if(a<0||a>=b){throw Si(new LE(CK+a+DK+b))}}
function eI(a,b){if(a<0||a>=b){throw Si(new aG(CK+a+DK+b))}}
function zr(a){gk('applyDefaultTheme',(TE(),a?true:false))}
function qo(a){FH(HG(Ic(xk(a.a,td),7).c),new uo);a.b=false}
function gc(){gc=_i;var a,b;b=!mc();a=new uc;fc=b?new nc:a}
function Rn(a,b,c){this.a=a;this.c=b;this.b=c;jj.call(this)}
function Tn(a,b,c){this.a=a;this.c=b;this.b=c;jj.call(this)}
function OE(a,b){U(this);this.f=b;this.g=a;V(this);this.w()}
function lE(c,a,b){return c.setInterval(qI(a.Ub).bind(a),b)}
function qm(a,b){a.updateComplete.then(qI(function(){b.I()}))}
function Kx(a,b,c){return a.set(c,OA(OB($u(b.e,1),c),b.b[c]))}
function yA(a,b,c,d){return a.splice.apply(a,[b,c].concat(d))}
function rq(){pq();return Dc(xc(Me,1),wI,57,0,[mq,lq,oq,nq])}
function GD(){ED();return Dc(xc(Hh,1),wI,48,0,[DD,BD,CD,AD])}
function Es(a){if(Cs(a)){a.b.a=zc(ii,wI,1,0,5,1);Ds(a);Gs(a)}}
function gF(a){if(a.$b()){return null}var b=a.h;return Yi[b]}
function eu(a){a.a=bu;if(!a.b){return}Gs(Ic(xk(a.d,tf),16))}
function NA(a,b){if(!a.b&&a.c&&KG(b,a.h)){return}XA(a,b,true)}
function ww(a,b){vA(b).forEach(aj(Bw.prototype.gb,Bw,[a.a]))}
function eF(a,b){var c=a.a=a.a||[];return c[b]||(c[b]=a.Vb(b))}
function Up(a){$wnd.vaadinPush.atmosphere.unsubscribeUrl(a)}
function np(a){a?($wnd.location=a):$wnd.location.reload(false)}
function BC(a){this.a=a;this.b=[];this.c=new $wnd.Set;iC(this)}
function rb(a){pb();nb.call(this,a);this.a='';this.b=a;this.a=''}
function BG(a){aI(a.a<a.c.a.length);a.b=a.a++;return a.c.a[a.b]}
function Lr(a){a&&a.afterServerUpdate&&a.afterServerUpdate()}
function VA(a){if(a.c){a.d=true;XA(a,null,false);yC(new oB(a))}}
function XA(a,b,c){var d;d=a.h;a.c=c;a.h=b;aB(a.a,new uB(a,d,b))}
function iq(a,b,c){return RF(a.b,b,$wnd.Math.min(a.b.length,c))}
function YC(a,b,c,d){return $C(new $wnd.XMLHttpRequest,a,b,c,d)}
function Cm(a,b,c){var d;d=[];c!=null&&d.push(c);return um(a,b,d)}
function bF(a,b,c,d){var e;e=_E(a,b);mF(c,e);e.e=d?8:0;return e}
function bj(a){function b(){}
;b.prototype=a||{};return new b}
function cb(b){if(!('stack' in b)){try{throw b}catch(a){}}return b}
function Tl(a,b){var c;if(b.length!=0){c=new DA(b);a.e.set(Yg,c)}}
function Fu(a,b){var c,d;for(c=0;c<b.length;c++){d=b[c];Hu(a,d)}}
function DB(a,b){xB.call(this,a,b);this.c=[];this.a=new HB(this)}
function lz(a,b,c,d,e){this.b=a;this.e=b;this.c=c;this.d=d;this.a=e}
function Yk(a,b,c,d){Wk(a,d,c).forEach(aj(wl.prototype.cb,wl,[b]))}
function PB(a){var b;b=[];NB(a,aj(aC.prototype.cb,aC,[b]));return b}
function OG(a,b){cI(b);if(a.a!=null){return TG(Qy(b,a.a))}return MG}
function RB(a,b,c){dB(b.a);b.c&&(a[c]=wB((dB(b.a),b.h)),undefined)}
function Ko(a,b){++a.a;a.b=Zb(a.b,[b,false]);Vb(a);Xb(a,new Mo(a))}
function Zl(a,b){var c;c=Nc(a.b[b]);if(c){a.b[b]=null;a.a.delete(c)}}
function Xw(a){Pw();var b;b=a[SJ];if(!b){b={};Uw(b);a[SJ]=b}return b}
function zp(a){var b=qI(Ap);$wnd.Vaadin.Flow.registerWidgetset(a,b)}
function Wp(){return $wnd.vaadinPush&&$wnd.vaadinPush.atmosphere}
function ad(a){return Math.max(Math.min(a,2147483647),-2147483648)|0}
function pD(){nD();return Dc(xc(Dh,1),wI,47,0,[lD,iD,mD,jD,kD])}
function DE(){BE();return Dc(xc(Lh,1),wI,42,0,[zE,vE,AE,yE,wE,xE])}
function ID(){ID=_i;HD=Xo((ED(),Dc(xc(Hh,1),wI,48,0,[DD,BD,CD,AD])))}
function hC(a){while(a.b.length!=0){Ic(a.b.splice(0,1)[0],49).Fb()}}
function QE(a){OE.call(this,a==null?AI:cj(a),Sc(a,5)?Ic(a,5):null)}
function gj(a){if(!a.f){return}++a.d;a.e?kj(a.f.a):lj(a.f.a);a.f=null}
function lC(a){if(a.d&&!a.e){try{AC(a,new pC(a))}finally{a.d=false}}}
function cm(a,b){if(dm(a,b.e.e)){a.b.push(b);return true}return false}
function xv(a,b){var c;c=zv(b);if(!c||!b.f){return c}return xv(a,b.f)}
function nH(a,b,c,d){cI(a);cI(b);cI(c);cI(d);return new uH(b,new lH)}
function WB(a,b,c,d){var e;dB(c.a);if(c.c){e=Om((dB(c.a),c.h));b[d]=e}}
function to(a,b){var c;c=b.keyCode;if(c==27){b.preventDefault();np(a)}}
function rj(c,a){var b=c;c.onreadystatechange=qI(function(){a.J(b)})}
function Kn(a){$wnd.HTMLImports.whenReady(qI(function(){a.I()}))}
function Km(a){return $wnd.customElements&&a.localName.indexOf('-')>-1}
function mp(a){var b;b=$doc.createElement('a');b.href=a;return b.href}
function wB(a){var b;if(Sc(a,6)){b=Ic(a,6);return Yu(b)}else{return a}}
function Gb(b){Db();return function(){return Hb(b,this,arguments);var a}}
function zD(){xD();return Dc(xc(Eh,1),wI,35,0,[wD,vD,qD,sD,uD,tD,rD])}
function xb(){if(Date.now){return Date.now()}return (new Date).getTime()}
function _A(a,b){if(!b){debugger;throw Si(new PE)}return $A(a,a.Rb(b))}
function Bu(a,b){if(b==null){debugger;throw Si(new PE)}return a.a.get(b)}
function Cu(a,b){if(b==null){debugger;throw Si(new PE)}return a.a.has(b)}
function MH(a,b){$G.call(this,b.gc(),b.fc()&-6);cI(a);this.a=a;this.b=b}
function iH(a,b){!a.a?(a.a=new _F(a.d)):YF(a.a,a.b);WF(a.a,b);return a}
function uG(a){var b;b=(bI(0,a.a.length),a.a[0]);a.a.splice(0,1);return b}
function vA(a){var b;b=[];a.forEach(aj(wA.prototype.cb,wA,[b]));return b}
function BB(a,b){var c;c=a.c.splice(0,b);aB(a.a,new IA(a,0,c,[],false))}
function Ax(a,b){var c;c=b.f;vy(Ic(xk(b.e.e.g.c,td),7),a,c,(dB(b.a),b.h))}
function Im(a,b,c){var d;d=c.a;a.push(MA(d,new bn(d,b)));xC(new Xm(d,b))}
function Us(a,b){var c,d;c=$u(a,8);d=OB(c,'pollInterval');MA(d,new Vs(b))}
function SB(a,b){xB.call(this,a,b);this.b=new $wnd.Map;this.a=new XB(this)}
function nb(a){U(this);V(this);this.e=a;W(this,a);this.g=a==null?AI:cj(a)}
function mb(a){U(this);this.g=!a?null:$(a,a.v());this.f=a;V(this);this.w()}
function as(a){this.j=new $wnd.Set;this.g=[];this.c=new hs(this);this.i=a}
function jH(){this.b=', ';this.d='[';this.e=']';this.c=this.d+(''+this.e)}
function Ms(a){this.b=new wG;this.e=a;At(Ic(xk(this.e,Gf),12),new Qs(this))}
function ht(a){this.a=a;MA(OB($u(Ic(xk(this.a,cg),8).e,5),jJ),new kt(this))}
function Lu(a){Ic(xk(a.a,Ge),13).b==(dp(),cp)||Po(Ic(xk(a.a,Ge),13),cp)}
function QB(a,b){if(!a.b.has(b)){return false}return TA(Ic(a.b.get(b),17))}
function aH(a,b){cI(b);if(a.c<a.d){eH(a,b,a.c++);return true}return false}
function HH(a,b,c){var d;BH(a);d=new RH;d.a=b;a.a.hc(new VH(d,c));return d.a}
function OF(a,b){var c;b=UF(b);c=new RegExp('-\\d+$');return a.replace(c,b)}
function pp(a,b,c){c==null?BA(a).removeAttribute(b):BA(a).setAttribute(b,c)}
function Em(a,b){$wnd.customElements.whenDefined(a).then(function(){b.I()})}
function xp(a){sp();!$wnd.WebComponents||$wnd.WebComponents.ready?up(a):tp(a)}
function DA(a){this.a=new $wnd.Set;a.forEach(aj(EA.prototype.gb,EA,[this.a]))}
function Nx(a){var b;b=BA(a);while(b.firstChild){b.removeChild(b.firstChild)}}
function it(a){var b;if(a==null){return false}b=Pc(a);return !JF('DISABLED',b)}
function Tv(a,b){var c,d,e;e=ad(rE(a[TJ]));d=$u(b,e);c=a['key'];return OB(d,c)}
function zc(a,b,c,d,e,f){var g;g=Ac(e,d);e!=10&&Dc(xc(a,f),b,c,e,g);return g}
function CB(a,b,c,d){var e,f;e=d;f=yA(a.c,b,c,e);aB(a.a,new IA(a,b,f,d,false))}
function _u(a,b,c,d){var e;e=c.Tb();!!e&&(b[uv(a.g,ad((cI(d),d)))]=e,undefined)}
function un(a,b,c){a.addReadyCallback&&a.addReadyCallback(b,qI(c.I.bind(c)))}
function Gq(a,b){lk('Heartbeat exception: '+b.v());Eq(a,(br(),$q),null)}
function tG(a,b,c){for(;c<a.a.length;++c){if(KG(b,a.a[c])){return c}}return -1}
function _o(a,b){var c;cI(b);c=a[':'+b];ZH(!!c,Dc(xc(ii,1),wI,1,5,[b]));return c}
function gp(a,b,c){JF(c.substr(0,a.length),a)&&(c=b+(''+QF(c,a.length)));return c}
function iy(a,b){return TE(),_c(a)===_c(b)||a!=null&&K(a,b)||a==b?false:true}
function M(a){return Xc(a)?ni:Uc(a)?Zh:Tc(a)?Wh:Rc(a)?a.jc:Bc(a)?a.jc:Qc(a)}
function YH(a,b){return yc(b)!=10&&Dc(M(b),b.kc,b.__elementTypeId$,yc(b),a),a}
function yc(a){return a.__elementTypeCategory$==null?10:a.__elementTypeCategory$}
function hk(a){$wnd.Vaadin.connectionState&&($wnd.Vaadin.connectionState.state=a)}
function Lp(a){switch(a.f.c){case 0:case 1:return true;default:return false;}}
function Tr(a){var b;b=a['meta'];if(!b||!('async' in b)){return true}return false}
function sA(a){var b;b=new $wnd.Set;a.forEach(aj(tA.prototype.gb,tA,[b]));return b}
function qy(a){var b;b=Ic(a.e.get(lg),78);!!b&&(!!b.a&&Xz(b.a),b.b.e.delete(lg))}
function Rb(a){var b,c;if(a.c){c=null;do{b=a.c;a.c=null;c=$b(b,c)}while(a.c);a.c=c}}
function Sb(a){var b,c;if(a.d){c=null;do{b=a.d;a.d=null;c=$b(b,c)}while(a.d);a.d=c}}
function mF(a,b){var c;if(!a){return}b.h=a;var d=gF(b);if(!d){Yi[a]=[b];return}d.jc=b}
function $A(a,b){var c,d;a.a.add(b);d=new DC(a,b);c=tC;!!c&&jC(c,new FC(d));return d}
function gt(a,b){var c,d;d=it(b.b);c=it(b.a);!d&&c?xC(new mt(a)):d&&!c&&xC(new ot(a))}
function Ix(a,b,c){var d,e;e=(dB(a.a),a.c);d=b.d.has(c);e!=d&&(e?ax(c,b):Ox(c,b))}
function wx(a,b,c,d){var e,f,g;g=c[MJ];e="id='"+g+"'";f=new pz(a,g);px(a,b,d,f,g,e)}
function aj(a,b,c){var d=function(){return a.apply(d,arguments)};b.apply(d,c);return d}
function aw(){var a;aw=_i;_v=(a=[],a.push(new Wx),a.push(new iA),a);$v=new ew}
function Ui(){Vi();var a=Ti;for(var b=0;b<arguments.length;b++){a.push(arguments[b])}}
function zB(a){var b;a.b=true;b=a.c.splice(0,a.c.length);aB(a.a,new IA(a,0,b,[],true))}
function ok(a){var b;b=S;T(new vk(b));if(Sc(a,32)){nk(Ic(a,32).A())}else{throw Si(a)}}
function jc(a){var b=/function(?:\s+([\w$]+))?\s*\(/;var c=b.exec(a);return c&&c[1]||EI}
function Dp(){if(Wp()){return $wnd.vaadinPush.atmosphere.version}else{return null}}
function ZH(a,b){if(!a){throw Si(new rF(gI('Enum constant undefined: %s',b)))}}
function Np(a,b){if(b.a.b==(dp(),cp)){if(a.f==(pq(),oq)||a.f==nq){return}Ip(a,new uq)}}
function XC(a,b){var c;c=new $wnd.XMLHttpRequest;c.withCredentials=true;return ZC(c,a,b)}
function Jv(a){this.a=new $wnd.Map;this.e=new fv(1,this);this.c=a;Cv(this,this.e)}
function Ay(a,b,c){this.c=new $wnd.Map;this.d=new $wnd.Map;this.e=a;this.b=b;this.a=c}
function gk(a,b){$wnd.Vaadin.connectionIndicator&&($wnd.Vaadin.connectionIndicator[a]=b)}
function Xi(a,b){typeof window===rI&&typeof window['$gwt']===rI&&(window['$gwt'][a]=b)}
function Ql(a,b){return !!(a[WI]&&a[WI][XI]&&a[WI][XI][b])&&typeof a[WI][XI][b][YI]!=CI}
function nu(a){return PD(PD(Ic(xk(a.a,td),7).h,'v-r=uidl'),nJ+(''+Ic(xk(a.a,td),7).k))}
function Fv(a,b,c,d,e){if(!tv(a,b)){debugger;throw Si(new PE)}Wt(Ic(xk(a.c,Kf),33),b,c,d,e)}
function lw(a,b,c){gw();b==(LA(),KA)&&a!=null&&c!=null&&a.has(c)?Ic(a.get(c),15).I():b.I()}
function Tb(a){var b;if(a.b){b=a.b;a.b=null;!a.g&&(a.g=[]);$b(b,a.g)}!!a.g&&(a.g=Wb(a.g))}
function Yu(a){var b;b=$wnd.Object.create(null);Xu(a,aj(jv.prototype.cb,jv,[a,b]));return b}
function Zx(a,b){var c;c=a;while(true){c=c.f;if(!c){return false}if(K(b,c.a)){return true}}}
function Fx(a,b){var c,d;c=a.a;if(c.length!=0){for(d=0;d<c.length;d++){bx(b,Ic(c[d],6))}}}
function Lx(a,b,c){var d,e,f,g;for(e=a,f=0,g=e.length;f<g;++f){d=e[f];xx(d,new $z(b,d),c)}}
function ny(a,b,c){var d,e,f;e=$u(a,1);f=OB(e,c);d=b[c];f.g=(NG(),d==null?MG:new QG(cI(d)))}
function QD(e,a,b,c){var d=!b?null:RD(b);e.addEventListener(a,d,c);return new dE(e,a,d,c)}
function tp(a){var b=function(){up(a)};$wnd.addEventListener('WebComponentsReady',qI(b))}
function or(a,b){rk()&&fE($wnd.console,'Setting heartbeat interval to '+b+'sec.');a.a=b;mr(a)}
function WG(a,b){if(0>a||a>b){throw Si(new ME('fromIndex: 0, toIndex: '+a+', length: '+b))}}
function ij(a,b){if(b<=0){throw Si(new rF(II))}!!a.f&&gj(a);a.e=true;a.f=xF(oj(mj(a,a.d),b))}
function hj(a,b){if(b<0){throw Si(new rF(HI))}!!a.f&&gj(a);a.e=false;a.f=xF(pj(mj(a,a.d),b))}
function YA(a,b,c){LA();this.a=new fB(this);this.g=(NG(),NG(),MG);this.f=a;this.e=b;this.b=c}
function EF(a,b,c){if(a==null){debugger;throw Si(new PE)}this.a=GI;this.d=a;this.b=b;this.c=c}
function Ev(a,b,c,d,e,f){if(!tv(a,b)){debugger;throw Si(new PE)}Vt(Ic(xk(a.c,Kf),33),b,c,d,e,f)}
function yx(a,b,c,d){var e,f,g;g=c[MJ];e="path='"+wb(g)+"'";f=new nz(a,g);px(a,b,d,f,null,e)}
function JC(a,b){var c,d,e,f;e=[];for(d=0;d<b.length;d++){f=b[d];c=MC(a,f);e.push(c)}return e}
function Gp(c,a){var b=c.getConfig(a);if(b===null||b===undefined){return null}else{return b+''}}
function Fp(c,a){var b=c.getConfig(a);if(b===null||b===undefined){return null}else{return xF(b)}}
function qu(b){if(b.readyState!=1){return false}try{b.send();return true}catch(a){return false}}
function fu(a){if(bu!=a.a||a.c.length==0){return}a.b=true;a.a=new hu(a);Ko((Qb(),Pb),new lu(a))}
function Ks(a,b){b&&(!a.c||!Lp(a.c))?(a.c=new Tp(a.e)):!b&&!!a.c&&Lp(a.c)&&Ip(a.c,new Rs(a,true))}
function Av(a,b){var c;if(b!=a.e){c=b.a;!!c&&(Pw(),!!c[SJ])&&Vw((Pw(),c[SJ]));Iv(a,b);b.f=null}}
function Lv(a,b){var c;if(Sc(a,30)){c=Ic(a,30);ad((cI(b),b))==2?BB(c,(dB(c.a),c.c.length)):zB(c)}}
function Ox(a,b){var c;c=Ic(b.d.get(a),49);b.d.delete(a);if(!c){debugger;throw Si(new PE)}c.Fb()}
function ix(a,b,c,d){var e;e=$u(d,a);NB(e,aj(Gy.prototype.cb,Gy,[b,c]));return MB(e,new Iy(b,c))}
function IC(b,c,d){return qI(function(){var a=Array.prototype.slice.call(arguments);d.Bb(b,c,a)})}
function _b(b,c){Qb();function d(){var a=qI(Yb)(b);a&&$wnd.setTimeout(d,c)}
$wnd.setTimeout(d,c)}
function br(){br=_i;$q=new dr('HEARTBEAT',0,0);_q=new dr('PUSH',1,1);ar=new dr('XHR',2,2)}
function MD(){MD=_i;KD=new ND('INLINE',0);JD=new ND('EAGER',1);LD=new ND('LAZY',2)}
function dp(){dp=_i;ap=new ep('INITIALIZING',0);bp=new ep('RUNNING',1);cp=new ep('TERMINATED',2)}
function Fn(a,b){var c,d;c=new Yn(a);d=new $wnd.Function(a);On(a,new eo(d),new go(b,c),new io(b,c))}
function RD(b){var c=b.handler;if(!c){c=qI(function(a){SD(b,a)});c.listener=b;b.handler=c}return c}
function hp(a,b){var c;if(a==null){return null}c=gp('context://',b,a);c=gp('base://','',c);return c}
function Ri(a){var b;if(Sc(a,5)){return a}b=a&&a.__java$exception;if(!b){b=new rb(a);hc(b)}return b}
function Sr(a,b){if(b==-1){return true}if(b==a.f+1){return true}if(a.f==-1){return true}return false}
function pE(c){return $wnd.JSON.stringify(c,function(a,b){if(a=='$H'){return undefined}return b},0)}
function ac(b,c){Qb();var d=$wnd.setInterval(function(){var a=qI(Yb)(b);!a&&$wnd.clearInterval(d)},c)}
function Vb(a){if(!a.i){a.i=true;!a.f&&(a.f=new bc(a));_b(a.f,1);!a.h&&(a.h=new dc(a));_b(a.h,50)}}
function Ls(a,b){b&&(!a.c||!Lp(a.c))?(a.c=new Tp(a.e)):!b&&!!a.c&&Lp(a.c)&&Ip(a.c,new Rs(a,false))}
function zs(a,b){jk('Re-sending queued messages to the server (attempt '+b.a+') ...');Ds(a);ys(a)}
function Pq(a,b){oo(Ic(xk(a.c,Be),23),'',b+' could not be loaded. Push will not work.','',null,null)}
function Lq(a,b,c){Mp(b)&&Ct(Ic(xk(a.c,Gf),12));Qq(c)||Fq(a,'Invalid JSON from server: '+c,null)}
function Kq(a){Ic(xk(a.c,_e),28).a>=0&&or(Ic(xk(a.c,_e),28),Ic(xk(a.c,td),7).d);Eq(a,(br(),$q),null)}
function pu(a){this.a=a;QD($wnd,'beforeunload',new xu(this),false);Bt(Ic(xk(a,Gf),12),new zu(this))}
function Is(a){var b,c,d;b=[];c={};c['UNLOAD']=Object(true);d=Bs(a,b,c);Ns(nu(Ic(xk(a.e,Uf),62)),pE(d))}
function Tt(a,b,c,d){var e;e={};e[QI]=GJ;e[HJ]=Object(b);e[GJ]=c;!!d&&(e['data']=d,undefined);Xt(a,e)}
function Dc(a,b,c,d,e){e.jc=a;e.kc=b;e.lc=dj;e.__elementTypeId$=c;e.__elementTypeCategory$=d;return e}
function Y(a){var b,c,d,e;for(b=(a.h==null&&(a.h=(gc(),e=fc.F(a),ic(e))),a.h),c=0,d=b.length;c<d;++c);}
function _k(a,b){var c;c=new $wnd.Map;b.forEach(aj(ul.prototype.cb,ul,[a,c]));c.size==0||hl(new yl(c))}
function xj(a,b){var c;c='/'.length;if(!JF(b.substr(b.length-c,c),'/')){debugger;throw Si(new PE)}a.b=b}
function Ju(a,b){var c;c=!!b.a&&!VE((TE(),RE),PA(OB($u(b,0),LJ)));if(!c||!b.f){return c}return Ju(a,b.f)}
function QA(a,b){var c;dB(a.a);if(a.c){c=(dB(a.a),a.h);if(c==null){return b}return qF(Kc(c))}else{return b}}
function yn(a,b){var c;if(b!=null){c=Pc(a.a.get(b));if(c!=null){a.c.delete(c);a.b.delete(c);a.a.delete(b)}}}
function ax(a,b){var c;if(b.d.has(a)){debugger;throw Si(new PE)}c=YD(b.b,a,new Fz(b),false);b.d.set(a,c)}
function zv(a){var b,c;if(!a.c.has(0)){return true}c=$u(a,0);b=Jc(PA(OB(c,LI)));return !VE((TE(),RE),b)}
function Et(a){var b,c;c=Ic(xk(a.c,Ge),13).b==(dp(),cp);b=a.b||Ic(xk(a.c,Of),37).b;(c||!b)&&hk('connected')}
function ft(a){if(QB($u(Ic(xk(a.a,cg),8).e,5),FJ)){return Pc(PA(OB($u(Ic(xk(a.a,cg),8).e,5),FJ)))}return null}
function uE(c){var a=[];for(var b in c){Object.prototype.hasOwnProperty.call(c,b)&&b!='$H'&&a.push(b)}return a}
function IG(a){var b,c,d;d=1;for(c=new CG(a);c.a<c.c.a.length;){b=BG(c);d=31*d+(b!=null?O(b):0);d=d|0}return d}
function FG(a){var b,c,d,e,f;f=1;for(c=a,d=0,e=c.length;d<e;++d){b=c[d];f=31*f+(b!=null?O(b):0);f=f|0}return f}
function SA(a){var b;dB(a.a);if(a.c){b=(dB(a.a),a.h);if(b==null){return true}return UE(Jc(b))}else{return true}}
function Ep(c,a){var b=c.getConfig(a);if(b===null||b===undefined){return false}else{return TE(),b?true:false}}
function ib(a){var b;if(a!=null){b=a.__java$exception;if(b){return b}}return Wc(a,TypeError)?new BF(a):new nb(a)}
function dw(a){var b,c;c=cw(a);b=a.a;if(!a.a){b=c.Jb(a);if(!b){debugger;throw Si(new PE)}dv(a,b)}bw(a,b);return b}
function Xo(a){var b,c,d,e,f;b={};for(d=a,e=0,f=d.length;e<f;++e){c=d[e];b[':'+(c.b!=null?c.b:''+c.c)]=c}return b}
function lx(a){var b,c;b=Zu(a.e,24);for(c=0;c<(dB(b.a),b.c.length);c++){bx(a,Ic(b.c[c],6))}return yB(b,new Zy(a))}
function xF(a){var b,c;if(a>-129&&a<128){b=a+128;c=(zF(),yF)[b];!c&&(c=yF[b]=new tF(a));return c}return new tF(a)}
function aB(a,b){var c;if(b.Ob()!=a.b){debugger;throw Si(new PE)}c=sA(a.a);c.forEach(aj(GC.prototype.gb,GC,[a,b]))}
function uy(a,b,c,d){if(d==null){!!c&&(delete c['for'],undefined)}else{!c&&(c={});c['for']=d}Dv(a.g,a,b,c)}
function Op(a,b,c){KF(b,'true')||KF(b,'false')?(a.a[c]=KF(b,'true'),undefined):(a.a[c]=b,undefined)}
function Oq(a,b){rk()&&($wnd.console.debug('Reopening push connection'),undefined);Mp(b)&&Eq(a,(br(),_q),null)}
function Cq(a){a.b=null;Ic(xk(a.c,Gf),12).b&&Ct(Ic(xk(a.c,Gf),12));hk('connection-lost');or(Ic(xk(a.c,_e),28),0)}
function sm(a,b){var c;rm==null&&(rm=rA());c=Oc(rm.get(a),$wnd.Set);if(c==null){c=new $wnd.Set;rm.set(a,c)}c.add(b)}
function rw(a,b){if(b<=0){throw Si(new rF(II))}a.c?jE($wnd,a.d):kE($wnd,a.d);a.c=true;a.d=lE($wnd,new GE(a),b)}
function qw(a,b){if(b<0){throw Si(new rF(HI))}a.c?jE($wnd,a.d):kE($wnd,a.d);a.c=false;a.d=mE($wnd,new EE(a),b)}
function gx(a){if(!a.b){debugger;throw Si(new QE('Cannot bind client delegate methods to a Node'))}return Hw(a.b,a.e)}
function hx(a,b){var c,d;d=a.f;if(b.c.has(d)){debugger;throw Si(new PE)}c=new BC(new Dz(a,b,d));b.c.set(d,c);return c}
function Yw(a){var b;b=Lc(Ow.get(a));if(b==null){b=Lc(new $wnd.Function(GJ,ZJ,'return ('+a+')'));Ow.set(a,b)}return b}
function RA(a){var b;dB(a.a);if(a.c){b=(dB(a.a),a.h);if(b==null){return null}return dB(a.a),Pc(a.h)}else{return null}}
function Ln(a,b,c){var d;d=Mc(c.get(a));if(d==null){d=[];d.push(b);c.set(a,d);return true}else{d.push(b);return false}}
function Qq(a){var b;b=fj(new RegExp('Vaadin-Refresh(:\\s*(.*?))?(\\s|$)'),a);if(b){np(b[2]);return true}return false}
function wv(a,b){var c,d,e;e=vA(a.a);for(c=0;c<e.length;c++){d=Ic(e[c],6);if(b.isSameNode(d.a)){return d}}return null}
function Uq(a,b){var c;Ct(Ic(xk(a.c,Gf),12));c=b.b.responseText;Qq(c)||Fq(a,'Invalid JSON response from server: '+c,b)}
function bm(a){var b;if(!Ic(xk(a.c,cg),8).f){b=new $wnd.Map;a.a.forEach(aj(jm.prototype.gb,jm,[a,b]));yC(new lm(a,b))}}
function fv(a,b){this.c=new $wnd.Map;this.h=new $wnd.Set;this.b=new $wnd.Set;this.e=new $wnd.Map;this.d=a;this.g=b}
function ZE(){++WE;this.i=null;this.g=null;this.f=null;this.d=null;this.b=null;this.h=null;this.a=null}
function rH(){rH=_i;oH=new sH('CONCURRENT',0);pH=new sH('IDENTITY_FINISH',1);qH=new sH('UNORDERED',2)}
function up(a){var b,c,d,e;b=(e=new Ij,e.a=a,yp(e,vp(a)),e);c=new Nj(b);rp.push(c);d=vp(a).getConfig('uidl');Mj(c,d)}
function Jq(a,b){var c;if(b.a.b==(dp(),cp)){if(a.b){Cq(a);c=Ic(xk(a.c,Ge),13);c.b!=cp&&Po(c,cp)}!!a.d&&!!a.d.f&&gj(a.d)}}
function Fq(a,b,c){var d,e;c&&(e=c.b);oo(Ic(xk(a.c,Be),23),'',b,'',null,null);d=Ic(xk(a.c,Ge),13);d.b!=(dp(),cp)&&Po(d,cp)}
function am(a,b){var c;a.a.clear();while(a.b.length>0){c=Ic(a.b.splice(0,1)[0],17);gm(c,b)||Gv(Ic(xk(a.c,cg),8),c);zC()}}
function SC(a,b){var c,d;d=Oc(a.c.get(b),$wnd.Map);if(d==null){return []}c=Mc(d.get(null));if(c==null){return []}return c}
function cj(a){var b;if(Array.isArray(a)&&a.lc===dj){return YE(M(a))+'@'+(b=O(a)>>>0,b.toString(16))}return a.toString()}
function Nl(b,c){return Array.from(b.querySelectorAll('[name]')).find(function(a){return a.getAttribute('name')==c})}
function Vw(c){Pw();var b=c['}p'].promises;b!==undefined&&b.forEach(function(a){a[1](Error('Client is resynchronizing'))})}
function Mb(a,b){Db();var c;c=S;if(c){if(c==Ab){return}c.q(a);return}if(b){Lb(Sc(a,32)?Ic(a,32).A():a)}else{cG();X(a,bG,'')}}
function TC(a){var b,c;if(a.a!=null){try{for(c=0;c<a.a.length;c++){b=Ic(a.a[c],341);PC(b.a,b.d,b.c,b.b)}}finally{a.a=null}}}
function dl(){Vk();var a,b;--Uk;if(Uk==0&&Tk.length!=0){try{for(b=0;b<Tk.length;b++){a=Ic(Tk[b],29);a.C()}}finally{qA(Tk)}}}
function KC(a,b){var c,d,e,f,g,h,i,j;for(e=(j=uE(b),j),f=0,g=e.length;f<g;++f){d=e[f];i=b[d];c=MC(a,i);h=c;b[d]=h}return b}
function fx(a,b){var c,d;c=Zu(b,11);for(d=0;d<(dB(c.a),c.c.length);d++){BA(a).classList.add(Pc(c.c[d]))}return yB(c,new Pz(a))}
function gm(a,b){var c,d;c=Oc(b.get(a.e.e.d),$wnd.Map);if(c!=null&&c.has(a.f)){d=c.get(a.f);WA(a,d);return true}return false}
function Fm(a){while(a.parentNode&&(a=a.parentNode)){if(a.toString()==='[object ShadowRoot]'){return true}}return false}
function Tw(a,b){if(typeof a.get===tI){var c=a.get(b);if(typeof c===rI&&typeof c[_I]!==CI){return {nodeId:c[_I]}}}return null}
function ip(a){var b,c;b=Ic(xk(a.a,td),7).b;c='/'.length;if(!JF(b.substr(b.length-c,c),'/')){debugger;throw Si(new PE)}return b}
function Ft(a){if(a.b){throw Si(new sF('Trying to start a new request while another is active'))}a.b=true;Dt(a,new Jt)}
function CH(a){if(a.b){CH(a.b)}else if(a.c){throw Si(new sF("Stream already terminated, can't be modified or used"))}}
function uw(a){if(a.a.b){mw(XJ,a.a.b,a.a.a,null);if(a.b.has(WJ)){a.a.g=a.a.b;a.a.h=a.a.a}a.a.b=null;a.a.a=null}else{iw(a.a)}}
function sw(a){if(a.a.b){mw(WJ,a.a.b,a.a.a,a.a.i);a.a.b=null;a.a.a=null;a.a.i=null}else !!a.a.g&&mw(WJ,a.a.g,a.a.h,null);iw(a.a)}
function mk(){try{return $wnd.localStorage&&$wnd.localStorage.getItem('vaadin.browserLog')==='true'}catch(a){return false}}
function fk(){return /iPad|iPhone|iPod/.test(navigator.platform)||navigator.platform==='MacIntel'&&navigator.maxTouchPoints>1}
function ED(){ED=_i;DD=new FD('STYLESHEET',0);BD=new FD('JAVASCRIPT',1);CD=new FD('JS_MODULE',2);AD=new FD('DYNAMIC_IMPORT',3)}
function nD(){nD=_i;lD=new oD('UNKNOWN',0);iD=new oD('GECKO',1);mD=new oD('WEBKIT',2);jD=new oD('PRESTO',3);kD=new oD('TRIDENT',4)}
function xm(a){var b;if(rm==null){return}b=Oc(rm.get(a),$wnd.Set);if(b!=null){rm.delete(a);b.forEach(aj(Tm.prototype.gb,Tm,[]))}}
function iC(a){var b;a.d=true;hC(a);a.e||xC(new nC(a));if(a.c.size!=0){b=a.c;a.c=new $wnd.Set;b.forEach(aj(rC.prototype.gb,rC,[]))}}
function mw(a,b,c,d){gw();JF(WJ,a)?c.forEach(aj(Fw.prototype.cb,Fw,[d])):vA(c).forEach(aj(nw.prototype.gb,nw,[]));uy(b.b,b.c,b.a,a)}
function Yt(a,b,c,d,e){var f;f={};f[QI]='mSync';f[HJ]=sE(b.d);f['feature']=Object(c);f['property']=d;f[YI]=e==null?null:e;Xt(a,f)}
function Vj(a,b,c){var d;if(a==c.d){d=new $wnd.Function('callback','callback();');d.call(null,b);return TE(),true}return TE(),false}
function mc(){if(Error.stackTraceLimit>0){$wnd.Error.stackTraceLimit=Error.stackTraceLimit=64;return true}return 'stack' in new Error}
function Xq(a){this.c=a;Oo(Ic(xk(a,Ge),13),new fr(this));QD($wnd,'offline',new hr(this),false);QD($wnd,'online',new jr(this),false)}
function OB(a,b){var c;c=Ic(a.b.get(b),17);if(!c){c=new YA(b,a,JF('innerHTML',b)&&a.d==1);a.b.set(b,c);aB(a.a,new sB(a,c))}return c}
function Zu(a,b){var c,d;d=b;c=Ic(a.c.get(d),34);if(!c){c=new DB(b,a);a.c.set(d,c)}if(!Sc(c,30)){debugger;throw Si(new PE)}return Ic(c,30)}
function $u(a,b){var c,d;d=b;c=Ic(a.c.get(d),34);if(!c){c=new SB(b,a);a.c.set(d,c)}if(!Sc(c,45)){debugger;throw Si(new PE)}return Ic(c,45)}
function Rl(a,b){var c,d;d=$u(a,1);if(!a.a){Em(Pc(PA(OB($u(a,0),'tag'))),new Ul(a,b));return}for(c=0;c<b.length;c++){Sl(a,d,Pc(b[c]))}}
function $r(a){var b=$doc.querySelectorAll('link[data-id="'+a+'"], style[data-id="'+a+'"]');for(var c=0;c<b.length;c++){b[c].remove()}}
function pm(a){return typeof a.update==tI&&a.updateComplete instanceof Promise&&typeof a.shouldUpdate==tI&&typeof a.firstUpdated==tI}
function lF(a,b){var c=0;while(!b[c]||b[c]==''){c++}var d=b[c++];for(;c<b.length;c++){if(!b[c]||b[c]==''){continue}d+=a+b[c]}return d}
function vG(a,b){var c,d;d=a.a.length;b.length<d&&(b=YH(new Array(d),b));for(c=0;c<d;++c){Cc(b,c,a.a[c])}b.length>d&&Cc(b,d,null);return b}
function kx(a){var b;if(!a.b){debugger;throw Si(new QE('Cannot bind shadow root to a Node'))}b=$u(a.e,20);cx(a);return MB(b,new aA(a))}
function Ak(a,b,c){if(a.a.has(b)){debugger;throw Si(new QE((XE(b),'Registry already has a class of type '+b.i+' registered')))}a.a.set(b,c)}
function KF(a,b){cI(a);if(b==null){return false}if(JF(a,b)){return true}return a.length==b.length&&JF(a.toLowerCase(),b.toLowerCase())}
function wo(a){rk()&&($wnd.console.debug('Re-establish PUSH connection'),undefined);Ks(Ic(xk(a.a.a,tf),16),true);Ko((Qb(),Pb),new Co(a))}
function pq(){pq=_i;mq=new qq('CONNECT_PENDING',0);lq=new qq('CONNECTED',1);oq=new qq('DISCONNECT_PENDING',2);nq=new qq('DISCONNECTED',3)}
function Wt(a,b,c,d,e){var f;f={};f[QI]='attachExistingElementById';f[HJ]=sE(b.d);f[IJ]=Object(c);f[JJ]=Object(d);f['attachId']=e;Xt(a,f)}
function Bv(a){AB(Zu(a.e,24),aj(Nv.prototype.gb,Nv,[]));Xu(a.e,aj(Rv.prototype.cb,Rv,[]));a.a.forEach(aj(Pv.prototype.cb,Pv,[a]));a.d=true}
function $k(a){rk()&&($wnd.console.debug('Finished loading eager dependencies, loading lazy.'),undefined);a.forEach(aj(Cl.prototype.cb,Cl,[]))}
function Aw(a,b){if(b.e){!!b.b&&mw(WJ,b.b,b.a,null)}else{mw(XJ,b.b,b.a,null);rw(b.f,ad(b.j))}if(b.b){rG(a,b.b);b.b=null;b.a=null;b.i=null}}
function oI(a){mI();var b,c,d;c=':'+a;d=lI[c];if(d!=null){return ad((cI(d),d))}d=jI[c];b=d==null?nI(a):ad((cI(d),d));pI();lI[c]=b;return b}
function O(a){return Xc(a)?oI(a):Uc(a)?ad((cI(a),a)):Tc(a)?(cI(a),a)?1231:1237:Rc(a)?a.o():Bc(a)?iI(a):!!a&&!!a.hashCode?a.hashCode():iI(a)}
function Qx(a,b){var c,d;d=OB(b,bK);dB(d.a);d.c||WA(d,a.getAttribute(bK));c=OB(b,cK);Fm(a)&&(dB(c.a),!c.c)&&!!a.style&&WA(c,a.style.display)}
function Pl(a,b,c,d){var e,f;if(!d){f=Ic(xk(a.g.c,Wd),64);e=Ic(f.a.get(c),27);if(!e){f.b[b]=c;f.a.set(c,xF(b));return xF(b)}return e}return d}
function by(a,b){var c,d;while(b!=null){for(c=a.length-1;c>-1;c--){d=Ic(a[c],6);if(b.isSameNode(d.a)){return d.d}}b=BA(b.parentNode)}return -1}
function Sl(a,b,c){var d;if(Ql(a.a,c)){d=Ic(a.e.get(Yg),79);if(!d||!d.a.has(c)){return}OA(OB(b,c),a.a[c]).I()}else{QB(b,c)||WA(OB(b,c),null)}}
function _l(a,b,c){var d,e;e=vv(Ic(xk(a.c,cg),8),ad((cI(b),b)));if(e.c.has(1)){d=new $wnd.Map;NB($u(e,1),aj(nm.prototype.cb,nm,[d]));c.set(b,d)}}
function RC(a,b,c){var d,e;e=Oc(a.c.get(b),$wnd.Map);if(e==null){e=new $wnd.Map;a.c.set(b,e)}d=Mc(e.get(c));if(d==null){d=[];e.set(c,d)}return d}
function ay(a){var b;$w==null&&($w=new $wnd.Map);b=Lc($w.get(a));if(b==null){b=Lc(new $wnd.Function(GJ,ZJ,'return ('+a+')'));$w.set(a,b)}return b}
function bs(){if($wnd.performance&&$wnd.performance.timing){return (new Date).getTime()-$wnd.performance.timing.responseStart}else{return -1}}
function bw(a,b){aw();var c;if(a.g.f){debugger;throw Si(new QE('Binding state node while processing state tree changes'))}c=cw(a);c.Ib(a,b,$v)}
function Iv(a,b){if(!tv(a,b)){debugger;throw Si(new PE)}if(b==a.e){debugger;throw Si(new QE("Root node can't be unregistered"))}a.a.delete(b.d);ev(b)}
function IA(a,b,c,d,e){this.e=a;if(c==null){debugger;throw Si(new PE)}if(d==null){debugger;throw Si(new PE)}this.c=b;this.d=c;this.a=d;this.b=e}
function Yx(a,b,c){var d,e;e=b.f;if(c.has(e)){debugger;throw Si(new QE("There's already a binding for "+e))}d=new BC(new Oy(a,b));c.set(e,d);return d}
function xk(a,b){if(!a.a.has(b)){debugger;throw Si(new QE((XE(b),'Tried to lookup type '+b.i+' but no instance has been registered')))}return a.a.get(b)}
function Jw(a,b,c,d){var e,f,g,h,i;i=Nc(a.bb());h=d.d;for(g=0;g<h.length;g++){Ww(i,Pc(h[g]))}e=d.a;for(f=0;f<e.length;f++){Qw(i,Pc(e[f]),b,c)}}
function py(a,b){var c,d,e,f,g;d=BA(a).classList;g=b.d;for(f=0;f<g.length;f++){d.remove(Pc(g[f]))}c=b.a;for(e=0;e<c.length;e++){d.add(Pc(c[e]))}}
function tx(a,b){var c,d,e,f,g;g=Zu(b.e,2);d=0;f=null;for(e=0;e<(dB(g.a),g.c.length);e++){if(d==a){return f}c=Ic(g.c[e],6);if(c.a){f=c;++d}}return f}
function Bm(a){var b,c,d,e;d=-1;b=Zu(a.f,16);for(c=0;c<(dB(b.a),b.c.length);c++){e=b.c[c];if(K(a,e)){d=c;break}}if(d<0){return null}return ''+d}
function Dm(a){var b,c,d,e,f;e=null;c=$u(a.f,1);f=PB(c);for(b=0;b<f.length;b++){d=Pc(f[b]);if(K(a,PA(OB(c,d)))){e=d;break}}if(e==null){return null}return e}
function Hc(a,b){if(Xc(a)){return !!Gc[b]}else if(a.kc){return !!a.kc[b]}else if(Uc(a)){return !!Fc[b]}else if(Tc(a)){return !!Ec[b]}return false}
function K(a,b){return Xc(a)?JF(a,b):Uc(a)?(cI(a),_c(a)===_c(b)):Tc(a)?VE(a,b):Rc(a)?a.m(b):Bc(a)?H(a,b):!!a&&!!a.equals?a.equals(b):_c(a)===_c(b)}
function X(a,b,c){var d,e,f,g,h;Y(a);for(e=(a.i==null&&(a.i=zc(pi,wI,5,0,0,1)),a.i),f=0,g=e.length;f<g;++f){d=e[f];X(d,b,'\t'+c)}h=a.f;!!h&&X(h,b,c)}
function Jn(a){this.c=new $wnd.Set;this.b=new $wnd.Map;this.a=new $wnd.Map;this.e=!!($wnd.HTMLImports&&$wnd.HTMLImports.whenReady);this.d=a;Cn(this)}
function BE(){BE=_i;zE=new CE('OBJECT',0);vE=new CE('ARRAY',1);AE=new CE('STRING',2);yE=new CE('NUMBER',3);wE=new CE('BOOLEAN',4);xE=new CE('NULL',5)}
function cs(){if($wnd.performance&&$wnd.performance.timing&&$wnd.performance.timing.fetchStart){return $wnd.performance.timing.fetchStart}else{return 0}}
function tv(a,b){if(!b){debugger;throw Si(new QE(PJ))}if(b.g!=a){debugger;throw Si(new QE(QJ))}if(b!=vv(a,b.d)){debugger;throw Si(new QE(RJ))}return true}
function Ac(a,b){var c=new Array(b);var d;switch(a){case 14:case 15:d=0;break;case 16:d=false;break;default:return c;}for(var e=0;e<b;++e){c[e]=d}return c}
function dv(a,b){var c;if(!(!a.a||!b)){debugger;throw Si(new QE('StateNode already has a DOM node'))}a.a=b;c=sA(a.b);c.forEach(aj(pv.prototype.gb,pv,[a]))}
function lc(a){gc();var b=a.e;if(b&&b.stack){var c=b.stack;var d=b+'\n';c.substring(0,d.length)==d&&(c=c.substring(d.length));return c.split('\n')}return []}
function OC(a,b,c){var d;if(!b){throw Si(new CF('Cannot add a handler with a null type'))}a.b>0?NC(a,new WC(a,b,c)):(d=RC(a,b,null),d.push(c));return new VC}
function wm(a,b){var c,d,e,f,g;f=a.f;d=a.e.e;g=Am(d);if(!g){sk(aJ+d.d+bJ);return}c=tm((dB(a.a),a.h));if(Gm(g.a)){e=Cm(g,d,f);e!=null&&Mm(g.a,e,c);return}b[f]=c}
function et(a){var b,c,d,e;b=OB($u(Ic(xk(a.a,cg),8).e,5),'parameters');e=(dB(b.a),Ic(b.h,6));d=$u(e,6);c=new $wnd.Map;NB(d,aj(qt.prototype.cb,qt,[c]));return c}
function px(a,b,c,d,e,f){var g,h;if(!Ux(a.e,b,e,f)){return}g=Nc(d.bb());if(Vx(g,b,e,f,a)){if(!c){h=Ic(xk(b.g.c,Yd),55);h.a.add(b.d);bm(h)}dv(b,g);dw(b)}c||zC()}
function Gv(a,b){var c,d;if(!b){debugger;throw Si(new PE)}d=b.e;c=d.e;if(cm(Ic(xk(a.c,Yd),55),b)||!yv(a,c)){return}Yt(Ic(xk(a.c,Kf),33),c,d.d,b.f,(dB(b.a),b.h))}
function mr(a){if(a.a>0){jk('Scheduling heartbeat in '+a.a+' seconds');hj(a.c,a.a*1000)}else{rk()&&($wnd.console.debug('Disabling heartbeat'),undefined);gj(a.c)}}
function zn(){var a,b,c,d;b=$doc.head.childNodes;c=b.length;for(d=0;d<c;d++){a=b.item(d);if(a.nodeType==8&&JF('Stylesheet end',a.nodeValue)){return a}}return null}
function Yr(a,b){var c,d;if(!b||b.length==0){return}jk('Processing '+b.length+' stylesheet removals');for(d=0;d<b.length;d++){c=b[d];$r(c);yn(Ic(xk(a.i,te),54),c)}}
function As(a,b){a.c=null;b&&it(PA(OB($u(Ic(xk(Ic(xk(a.e,Bf),38).a,cg),8).e,5),jJ)))&&(!a.c||!Lp(a.c))&&(a.c=new Tp(a.e));Ic(xk(a.e,Of),37).b&&fu(Ic(xk(a.e,Of),37))}
function Px(a,b){var c,d,e;Qx(a,b);e=OB(b,bK);dB(e.a);e.c&&vy(Ic(xk(b.e.g.c,td),7),a,bK,(dB(e.a),e.h));c=OB(b,cK);dB(c.a);if(c.c){d=(dB(c.a),cj(c.h));WD(a.style,d)}}
function Mj(a,b){if(!b){Es(Ic(xk(a.a,tf),16))}else{Ft(Ic(xk(a.a,Gf),12));Qr(Ic(xk(a.a,pf),22),b)}QD($wnd,'pagehide',new Yj(a),false);QD($wnd,'pageshow',new $j,false)}
function Po(a,b){if(b.c!=a.b.c+1){throw Si(new rF('Tried to move from state '+Vo(a.b)+' to '+(b.b!=null?b.b:''+b.c)+' which is not allowed'))}a.b=b;QC(a.a,new So(a))}
function es(a){var b;if(a==null){return null}if(!JF(a.substr(0,9),'for(;;);[')||(b=']'.length,!JF(a.substr(a.length-b,b),']'))){return null}return RF(a,9,a.length-1)}
function Wi(b,c,d,e){Vi();var f=Ti;$moduleName=c;$moduleBase=d;Qi=e;function g(){for(var a=0;a<f.length;a++){f[a]()}}
if(b){try{qI(g)()}catch(a){b(c,a)}}else{qI(g)()}}
function ic(a){var b,c,d,e;b='hc';c='hb';e=$wnd.Math.min(a.length,5);for(d=e-1;d>=0;d--){if(JF(a[d].d,b)||JF(a[d].d,c)){a.length>=d+1&&a.splice(0,d+1);break}}return a}
function Rq(a,b){if(a.b!=b){return}a.b=null;a.a=0;if(a.d){gj(a.d);a.d=null}hk('connected');rk()&&($wnd.console.debug('Re-established connection to server'),undefined)}
function Vt(a,b,c,d,e,f){var g;g={};g[QI]='attachExistingElement';g[HJ]=sE(b.d);g[IJ]=Object(c);g[JJ]=Object(d);g['attachTagName']=e;g['attachIndex']=Object(f);Xt(a,g)}
function Gm(a){var b=typeof $wnd.Polymer===tI&&$wnd.Polymer.Element&&a instanceof $wnd.Polymer.Element;var c=a.constructor.polymerElementVersion!==undefined;return b||c}
function xD(){xD=_i;wD=new yD('UNKNOWN',0);vD=new yD('SAFARI',1);qD=new yD('CHROME',2);sD=new yD('FIREFOX',3);uD=new yD('OPERA',4);tD=new yD('IE',5);rD=new yD('EDGE',6)}
function Iw(a,b,c,d){var e,f,g,h;h=Zu(b,c);dB(h.a);if(h.c.length>0){f=Nc(a.bb());for(e=0;e<(dB(h.a),h.c.length);e++){g=Pc(h.c[e]);Qw(f,g,b,d)}}return yB(h,new Mw(a,b,d))}
function _x(a,b){var c,d,e,f,g;c=BA(b).childNodes;for(e=0;e<c.length;e++){d=Nc(c[e]);for(f=0;f<(dB(a.a),a.c.length);f++){g=Ic(a.c[f],6);if(K(d,g.a)){return d}}}return null}
function UF(a){var b;b=0;while(0<=(b=a.indexOf('\\',b))){eI(b+1,a.length);a.charCodeAt(b+1)==36?(a=a.substr(0,b)+'$'+QF(a,++b)):(a=a.substr(0,b)+(''+QF(a,++b)))}return a}
function Ku(a){var b,c,d;if(!!a.a||!vv(a.g,a.d)){return false}if(QB($u(a,0),MJ)){d=PA(OB($u(a,0),MJ));if(Vc(d)){b=Nc(d);c=b[QI];return JF('@id',c)||JF(NJ,c)}}return false}
function Bn(a,b){var c,d,e,f;jk('Loaded '+b.a);f=b.a;e=Mc(a.b.get(f));a.c.add(f);a.b.delete(f);if(e!=null&&e.length!=0){for(c=0;c<e.length;c++){d=Ic(e[c],25);!!d&&d.eb(b)}}}
function Hv(a,b){if(a.f==b){debugger;throw Si(new QE('Inconsistent state tree updating status, expected '+(b?'no ':'')+' updates in progress.'))}a.f=b;bm(Ic(xk(a.c,Yd),55))}
function qb(a){var b;if(a.c==null){b=_c(a.b)===_c(ob)?null:a.b;a.d=b==null?AI:Vc(b)?tb(Nc(b)):Xc(b)?'String':YE(M(b));a.a=a.a+': '+(Vc(b)?sb(Nc(b)):b+'');a.c='('+a.d+') '+a.a}}
function Dn(a,b,c){var d,e;d=new Yn(b);if(a.c.has(b)){!!c&&c.eb(d);return}if(Ln(b,c,a.b)){e=$doc.createElement(gJ);e.textContent=b;e.type=VI;Mn(e,new Zn(a),d);$D($doc.head,e)}}
function mx(a,b,c){var d;if(!b.b){debugger;throw Si(new QE(_J+b.e.d+cJ))}d=$u(b.e,0);WA(OB(d,LJ),(TE(),zv(b.e)?true:false));Tx(a,b,c);return MA(OB($u(b.e,0),LI),new Ky(a,b,c))}
function Zi(){Yi={};!Array.isArray&&(Array.isArray=function(a){return Object.prototype.toString.call(a)===sI});function b(){return (new Date).getTime()}
!Date.now&&(Date.now=b)}
function Cs(a){switch(a.g){case 0:rk()&&($wnd.console.debug('Resynchronize from server requested'),undefined);a.g=1;return true;case 1:return true;case 2:default:return false;}}
function Vv(a,b){var c,d,e,f,g,h;h=new $wnd.Set;e=b.length;for(d=0;d<e;d++){c=b[d];if(JF('attach',c[QI])){g=ad(rE(c[HJ]));if(g!=a.e.d){f=new fv(g,a);Cv(a,f);h.add(f)}}}return h}
function gA(a,b){var c,d,e;if(!a.c.has(7)){debugger;throw Si(new PE)}if(eA.has(a)){return}eA.set(a,(TE(),true));d=$u(a,7);e=OB(d,'text');c=new BC(new mA(b,e));Wu(a,new oA(a,c))}
function po(a){var b=document.getElementsByTagName(a);for(var c=0;c<b.length;++c){var d=b[c];d.$server.disconnected=function(){};d.parentNode.replaceChild(d.cloneNode(false),d)}}
function Zr(a){var b,c,d;for(b=0;b<a.g.length;b++){c=Ic(a.g[b],56);d=Nr(c.a);if(d!=-1&&d<a.f+1){rk()&&fE($wnd.console,'Removing old message with id '+d);a.g.splice(b,1)[0];--b}}}
function Mp(a){if(a.g==null){return false}if(!JF(a.g,oJ)){return false}if(QB($u(Ic(xk(Ic(xk(a.d,Bf),38).a,cg),8).e,5),'alwaysXhrToServer')){return false}a.f==(pq(),mq);return true}
function nn(){if(typeof $wnd.Vaadin.Flow.gwtStatsEvents==rI){delete $wnd.Vaadin.Flow.gwtStatsEvents;typeof $wnd.__gwtStatsEvent==tI&&($wnd.__gwtStatsEvent=function(){return true})}}
function _r(a,b){a.j.delete(b);if(a.j.size==0){gj(a.c);if(a.g.length!=0){rk()&&($wnd.console.debug('No more response handling locks, handling pending requests.'),undefined);Rr(a)}}}
function Hb(b,c,d){var e,f;e=Fb();try{if(S){try{return Eb(b,c,d)}catch(a){a=Ri(a);if(Sc(a,5)){f=a;Mb(f,true);return undefined}else throw Si(a)}}else{return Eb(b,c,d)}}finally{Ib(e)}}
function du(a,b){if(Ic(xk(a.d,Ge),13).b!=(dp(),bp)){rk()&&($wnd.console.warn('Trying to invoke method on not yet started or stopped application'),undefined);return}a.c[a.c.length]=b}
function PD(a,b){var c,d;if(b.length==0){return a}c=null;d=LF(a,TF(35));if(d!=-1){c=a.substr(d);a=a.substr(0,d)}a.indexOf('?')!=-1?(a+='&'):(a+='?');a+=b;c!=null&&(a+=''+c);return a}
function xn(a){var b;b=zn();!b&&rk()&&($wnd.console.error("Expected to find a 'Stylesheet end' comment inside <head> but none was found. Appending instead."),undefined);_D($doc.head,a,b)}
function SF(a){var b,c,d;c=a.length;d=0;while(d<c&&(eI(d,a.length),a.charCodeAt(d)<=32)){++d}b=c;while(b>d&&(eI(b-1,a.length),a.charCodeAt(b-1)<=32)){--b}return d>0||b<c?a.substr(d,b-d):a}
function An(a,b){var c,d,e,f;ko((Ic(xk(a.d,Be),23),'Error loading '+b.a));f=b.a;e=Mc(a.b.get(f));a.b.delete(f);if(e!=null&&e.length!=0){for(c=0;c<e.length;c++){d=Ic(e[c],25);!!d&&d.db(b)}}}
function LC(a,b){var c,d,e;if(oE(b)==(BE(),zE)){e=b['@v-node'];if(e){if(oE(e)!=yE){throw Si(new rF(hK+oE(e)+iK+pE(b)))}d=ad(nE(e));return c=d,Ic(a.a.get(c),6)}return null}else{return null}}
function Zt(a,b,c,d,e){var f;f={};f[QI]='publishedEventHandler';f[HJ]=sE(b.d);f['templateEventMethodName']=c;f['templateEventMethodArgs']=d;e!=-1&&(f['promise']=Object(e),undefined);Xt(a,f)}
function Rw(a,b,c,d){var e,f,g,h,i,j;if(QB($u(d,18),c)){f=[];e=Ic(xk(d.g.c,Vf),63);i=Pc(PA(OB($u(d,18),c)));g=Mc(Bu(e,i));for(j=0;j<g.length;j++){h=Pc(g[j]);f[j]=Sw(a,b,d,h)}return f}return null}
function Uv(a,b){var c;if(!('featType' in a)){debugger;throw Si(new QE("Change doesn't contain feature type. Don't know how to populate feature"))}c=ad(rE(a[TJ]));qE(a['featType'])?Zu(b,c):$u(b,c)}
function TF(a){var b,c;if(a>=65536){b=55296+(a-65536>>10&1023)&65535;c=56320+(a-65536&1023)&65535;return String.fromCharCode(b)+(''+String.fromCharCode(c))}else{return String.fromCharCode(a&65535)}}
function Ib(a){a&&Sb((Qb(),Pb));--yb;if(yb<0){debugger;throw Si(new QE('Negative entryDepth value at exit '+yb))}if(a){if(yb!=0){debugger;throw Si(new QE('Depth not 0'+yb))}if(Cb!=-1){Nb(Cb);Cb=-1}}}
function Bs(a,b,c){var d,e,f,g,h,i,j,k;i={};d=Ic(xk(a.e,pf),22).b;JF(d,'init')||(i['csrfToken']=d,undefined);i['rpc']=b;if(c){for(f=(j=uE(c),j),g=0,h=f.length;g<h;++g){e=f[g];k=c[e];i[e]=k}}return i}
function oo(a,b,c,d,e,f){var g;if(b==null&&c==null&&d==null){Ic(xk(a.a,td),7).l?ro(a):np(e);return}g=lo(b,c,d,f);if(!Ic(xk(a.a,td),7).l){QD(g,'click',new Go(e),false);QD($doc,'keydown',new Io(e),false)}}
function pr(a){this.c=new qr(this);this.b=a;or(this,Ic(xk(a,td),7).d);this.d=Ic(xk(a,td),7).h;this.d=PD(this.d,'v-r=heartbeat');this.d=PD(this.d,nJ+(''+Ic(xk(a,td),7).k));Oo(Ic(xk(a,Ge),13),new vr(this))}
function sy(a,b,c,d,e){var f,g,h,i,j,k,l;f=false;for(i=0;i<c.length;i++){g=c[i];l=rE(g[0]);if(l==0){f=true;continue}k=new $wnd.Set;for(j=1;j<g.length;j++){k.add(g[j])}h=hw(kw(a,b,l),k,d,e);f=f|h}return f}
function Gn(a,b,c,d,e){var f,g,h;h=mp(b);f=new Yn(h);if(a.c.has(h)){!!c&&c.eb(f);return}if(Ln(h,c,a.b)){g=$doc.createElement(gJ);g.src=h;g.type=e;g.async=false;g.defer=d;Mn(g,new Zn(a),f);$D($doc.head,g)}}
function Sw(a,b,c,d){var e,f,g,h,i;if(!JF(d.substr(0,5),GJ)||JF('event.model.item',d)){return JF(d.substr(0,GJ.length),GJ)?(g=Yw(d),h=g(b,a),i={},i[_I]=sE(rE(h[_I])),i):Tw(c.a,d)}e=Yw(d);f=e(b,a);return f}
function Nq(a,b){if(a.b){Rq(a,(br(),_q));if(Ic(xk(a.c,Gf),12).b){Ct(Ic(xk(a.c,Gf),12));if(Mp(b)){rk()&&($wnd.console.debug('Flush pending messages after PUSH reconnection.'),undefined);Gs(Ic(xk(a.c,tf),16))}}}}
function Fb(){var a;if(yb<0){debugger;throw Si(new QE('Negative entryDepth value at entry '+yb))}if(yb!=0){a=xb();if(a-Bb>2000){Bb=a;Cb=$wnd.setTimeout(Ob,10)}}if(yb++==0){Rb((Qb(),Pb));return true}return false}
function jq(a){var b,c,d;if(a.a>=a.b.length){debugger;throw Si(new PE)}if(a.a==0){c=''+a.b.length+'|';b=4095-c.length;d=c+RF(a.b,0,$wnd.Math.min(a.b.length,b));a.a+=b}else{d=iq(a,a.a,a.a+4095);a.a+=4095}return d}
function Sq(a,b){var c;if(a.a==1){rk()&&fE($wnd.console,'Immediate reconnect attempt for '+b);Bq(a,b)}else{a.d=new Yq(a,b);hj(a.d,QA((c=$u(Ic(xk(Ic(xk(a.c,Df),39).a,cg),8).e,9),OB(c,'reconnectInterval')),5000))}}
function Rr(a){var b,c,d,e;if(a.g.length==0){return false}e=-1;for(b=0;b<a.g.length;b++){c=Ic(a.g[b],56);if(Sr(a,Nr(c.a))){e=b;break}}if(e!=-1){d=Ic(a.g.splice(e,1)[0],56);Pr(a,d.a);return true}else{return false}}
function nr(a){gj(a.c);if(a.a<0){rk()&&($wnd.console.debug('Heartbeat terminated, skipping request'),undefined);return}rk()&&($wnd.console.debug('Sending heartbeat request...'),undefined);YC(a.d,null,null,new sr(a))}
function op(c){return JSON.stringify(c,function(a,b){if(b instanceof Node){throw 'Message JsonObject contained a dom node reference which should not be sent to the server and can cause a cyclic dependecy.'}return b})}
function Hq(a,b){var c,d;c=b.status;rk()&&iE($wnd.console,'Heartbeat request returned '+c);if(c==403){mo(Ic(xk(a.c,Be),23),null);d=Ic(xk(a.c,Ge),13);d.b!=(dp(),cp)&&Po(d,cp)}else if(c==404);else{Eq(a,(br(),$q),null)}}
function Vq(a,b){var c,d;c=b.b.status;rk()&&iE($wnd.console,'Server returned '+c+' for xhr');if(c==401){Ct(Ic(xk(a.c,Gf),12));mo(Ic(xk(a.c,Be),23),'');d=Ic(xk(a.c,Ge),13);d.b!=(dp(),cp)&&Po(d,cp);return}else{Eq(a,(br(),ar),b.a)}}
function kw(a,b,c){gw();var d,e,f;e=Oc(fw.get(a),$wnd.Map);if(e==null){e=new $wnd.Map;fw.set(a,e)}f=Oc(e.get(b),$wnd.Map);if(f==null){f=new $wnd.Map;e.set(b,f)}d=Ic(f.get(c),81);if(!d){d=new jw(a,b,c);f.set(c,d)}return d}
function Fs(a,b){if(a.b.a.length!=0){if(wJ in b){jk('Message not sent because already queued: '+pE(b))}else{rG(a.b,b);jk('Message not sent because other messages are pending. Added to the queue: '+pE(b))}return}rG(a.b,b);Hs(a,b)}
function ex(a){var b,c,d,e,f;d=Zu(a.e,2);d.b&&Nx(a.b);for(f=0;f<(dB(d.a),d.c.length);f++){c=Ic(d.c[f],6);e=Ic(xk(c.g.c,Wd),64);b=Yl(e,c.d);if(b){Zl(e,c.d);dv(c,b);dw(c)}else{b=dw(c);BA(a.b).appendChild(b)}}return yB(d,new Vy(a))}
function ZC(b,c,d){var e,f;try{rj(b,new _C(d));b.open('GET',c,true);b.send(null)}catch(a){a=Ri(a);if(Sc(a,32)){e=a;rk()&&gE($wnd.console,e);or(Ic(xk(d.a.a,_e),28),Ic(xk(d.a.a,td),7).d);f=e;ko(f.v());qj(b)}else throw Si(a)}return b}
function Du(a,b){var c,d,e,f,g,h;if(!b){debugger;throw Si(new PE)}for(d=(g=uE(b),g),e=0,f=d.length;e<f;++e){c=d[e];if(a.a.has(c)){debugger;throw Si(new PE)}h=b[c];if(!(!!h&&oE(h)!=(BE(),xE))){debugger;throw Si(new PE)}a.a.set(c,h)}}
function Nn(b){for(var c=0;c<$doc.styleSheets.length;c++){if($doc.styleSheets[c].href===b){var d=$doc.styleSheets[c];try{var e=d.cssRules;e===undefined&&(e=d.rules);if(e===null){return 1}return e.length}catch(a){return 1}}}return -1}
function iw(a){var b,c;if(a.f){pw(a.f);a.f=null}if(a.e){pw(a.e);a.e=null}b=Oc(fw.get(a.c),$wnd.Map);if(b==null){return}c=Oc(b.get(a.d),$wnd.Map);if(c==null){return}c.delete(a.j);if(c.size==0){b.delete(a.d);b.size==0&&fw.delete(a.c)}}
function On(b,c,d,e){try{var f=c.bb();if(!(f instanceof $wnd.Promise)){throw new Error('The expression "'+b+'" result is not a Promise.')}f.then(function(a){d.I()},function(a){console.error(a);e.I()})}catch(a){console.error(a);e.I()}}
function yv(a,b){var c;c=true;if(!b){rk()&&($wnd.console.warn(PJ),undefined);c=false}else if(K(b.g,a)){if(!K(b,vv(a,b.d))){rk()&&($wnd.console.warn(RJ),undefined);c=false}}else{rk()&&($wnd.console.warn(QJ),undefined);c=false}return c}
function jx(g,b,c){if(Gm(c)){g.Mb(b,c)}else if(Km(c)){var d=g;try{var e=$wnd.customElements.whenDefined(c.localName);var f=new Promise(function(a){setTimeout(a,1000)});Promise.race([e,f]).then(function(){Gm(c)&&d.Mb(b,c)})}catch(a){}}}
function Mx(a,b,c){var d;d=aj(rz.prototype.cb,rz,[]);c.forEach(aj(vz.prototype.gb,vz,[d]));b.c.forEach(d);b.d.forEach(aj(xz.prototype.cb,xz,[]));a.forEach(aj(wy.prototype.gb,wy,[]));if(Zw==null){debugger;throw Si(new PE)}Zw.delete(b.e)}
function $i(a,b,c){var d=Yi,h;var e=d[a];var f=e instanceof Array?e[0]:null;if(e&&!f){_=e}else{_=(h=b&&b.prototype,!h&&(h=Yi[b]),bj(h));_.kc=c;!b&&(_.lc=dj);d[a]=_}for(var g=3;g<arguments.length;++g){arguments[g].prototype=_}f&&(_.jc=f)}
function vm(a,b){var c,d,e,f,g,h,i,j;c=a.a;e=a.c;i=a.d.length;f=Ic(a.e,30).e;j=Am(f);if(!j){sk(aJ+f.d+bJ);return}d=[];c.forEach(aj(kn.prototype.gb,kn,[d]));if(Gm(j.a)){g=Cm(j,f,null);if(g!=null){Nm(j.a,g,e,i,d);return}}h=Mc(b);yA(h,e,i,d)}
function $C(b,c,d,e,f){var g;try{rj(b,new _C(f));b.open('POST',c,true);b.setRequestHeader('Content-type',e);b.withCredentials=true;b.send(d)}catch(a){a=Ri(a);if(Sc(a,32)){g=a;rk()&&gE($wnd.console,g);f.mb(b,g);qj(b)}else throw Si(a)}return b}
function ty(a,b,c,d,e,f){var g,h,i,j,k,l,m,n,o,p,q;o=true;g=false;for(j=(q=uE(c),q),k=0,l=j.length;k<l;++k){i=j[k];p=c[i];n=oE(p)==(BE(),vE);if(!n&&!p){continue}o=false;m=!!d&&qE(d[i]);if(n&&m){h='on-'+b+':'+i;m=sy(a,h,p,e,f)}g=g|m}return o||g}
function ux(a,b){var c,d,e,f,g,h;f=b.b;if(a.b){Nx(f)}else{h=a.d;for(g=0;g<h.length;g++){e=Ic(h[g],6);d=e.a;if(!d){debugger;throw Si(new QE("Can't find element to remove"))}BA(d).parentNode==f&&BA(f).removeChild(d)}}c=a.a;c.length==0||_w(a.c,b,c)}
function ds(b){var c,d;if(b==null){return null}d=mn.lb();try{c=JSON.parse(b);jk('JSON parsing took '+(''+pn(mn.lb()-d,3))+'ms');return c}catch(a){a=Ri(a);if(Sc(a,10)){rk()&&gE($wnd.console,'Unable to parse JSON: '+b);return null}else throw Si(a)}}
function Cv(a,b){var c;if(b.g!=a){debugger;throw Si(new PE)}if(b.i){debugger;throw Si(new QE("Can't re-register a node"))}c=b.d;if(a.a.has(c)){debugger;throw Si(new QE('Node '+c+' is already registered'))}a.a.set(c,b);a.f&&fm(Ic(xk(a.c,Yd),55),b)}
function iF(a){if(a.Zb()){var b=a.c;b.$b()?(a.i='['+b.h):!b.Zb()?(a.i='[L'+b.Xb()+';'):(a.i='['+b.Xb());a.b=b.Wb()+'[]';a.g=b.Yb()+'[]';return}var c=a.f;var d=a.d;d=d.split('/');a.i=lF('.',[c,lF('$',d)]);a.b=lF('.',[c,lF('.',d)]);a.g=d[d.length-1]}
function zm(a,b){var c,d,e;c=a;for(d=0;d<b.length;d++){e=b[d];c=ym(c,ad(nE(e)))}if(c){return c}else !c?rk()&&iE($wnd.console,"There is no element addressed by the path '"+b+"'"):rk()&&iE($wnd.console,'The node addressed by path '+b+cJ);return null}
function Hp(a){var b,c;c=jp(Ic(xk(a.d,He),53),a.h);c=PD(c,'v-r=push');c=PD(c,nJ+(''+Ic(xk(a.d,td),7).k));b=Ic(xk(a.d,pf),22).h;b!=null&&(c=PD(c,'v-pushId='+b));rk()&&($wnd.console.debug('Establishing push connection'),undefined);a.c=c;a.e=Jp(a,c,a.a)}
function zC(){var a,b;if(vC){return}uC==null&&(uC=[]);wC==null&&(wC=[]);a=0;b=0;try{vC=true;while(a<uC.length||b<wC.length){while(a<uC.length){Ic(uC[a],18).fb();++a}if(b<wC.length){Ic(wC[b],18).fb();++b}}}finally{vC=false;uC.splice(0,a);wC.splice(0,b)}}
function rx(b,c,d){var e,f,g;if(!c){return -1}try{g=BA(Nc(c));while(g!=null){f=wv(b,g);if(f){return f.d}g=BA(g.parentNode)}}catch(a){a=Ri(a);if(Sc(a,10)){e=a;jk(aK+c+', returned by an event data expression '+d+'. Error: '+e.v())}else throw Si(a)}return -1}
function ou(a,b){var c,d,e;d=new uu(a);d.a=b;tu(d,mn.lb());c=op(b);e=YC(PD(PD(Ic(xk(a.a,td),7).h,'v-r=uidl'),nJ+(''+Ic(xk(a.a,td),7).k)),c,qJ,d);rk()&&fE($wnd.console,'Sending xhr message to server: '+c);a.b&&gD((!ck&&(ck=new ek),ck).a)&&hj(new ru(a,e),250)}
function Uw(f){var e='}p';Object.defineProperty(f,e,{value:function(a,b,c){var d=this[e].promises[a];if(d!==undefined){delete this[e].promises[a];b?d[0](c):d[1](Error('Something went wrong. Check server-side logs for more information.'))}}});f[e].promises=[]}
function ev(a){var b,c;if(vv(a.g,a.d)){debugger;throw Si(new QE('Node should no longer be findable from the tree'))}if(a.i){debugger;throw Si(new QE('Node is already unregistered'))}a.i=true;c=new Uu;b=sA(a.h);b.forEach(aj(lv.prototype.gb,lv,[c]));a.h.clear()}
function cw(a){aw();var b,c,d;b=null;for(c=0;c<_v.length;c++){d=Ic(_v[c],314);if(d.Kb(a)){if(b){debugger;throw Si(new QE('Found two strategies for the node : '+M(b)+', '+M(d)))}b=d}}if(!b){throw Si(new rF('State node has no suitable binder strategy'))}return b}
function gI(a,b){var c,d,e,f;a=a;c=new $F;f=0;d=0;while(d<b.length){e=a.indexOf('%s',f);if(e==-1){break}YF(c,a.substr(f,e-f));XF(c,b[d++]);f=e+2}YF(c,a.substr(f));if(d<b.length){c.a+=' [';XF(c,b[d++]);while(d<b.length){c.a+=', ';XF(c,b[d++])}c.a+=']'}return c.a}
function Kb(g){Db();function h(a,b,c,d,e){if(!e){e=a+' ('+b+':'+c;d&&(e+=':'+d);e+=')'}var f=ib(e);Mb(f,false)}
;function i(a){var b=a.onerror;if(b&&!g){return}a.onerror=function(){h.apply(this,arguments);b&&b.apply(this,arguments);return false}}
i($wnd);i(window)}
function OA(a,b){var c,d,e;c=(dB(a.a),a.c?(dB(a.a),a.h):null);(_c(b)===_c(c)||b!=null&&K(b,c))&&(a.d=false);if(!((_c(b)===_c(c)||b!=null&&K(b,c))&&(dB(a.a),a.c))&&!a.d){d=a.e.e;e=d.g;if(xv(e,d)){NA(a,b);return new qB(a,e)}else{aB(a.a,new uB(a,c,c));zC()}}return KA}
function QC(b,c){var d,e,f,g,h,i;try{++b.b;h=(e=SC(b,c.L()),e);d=null;for(i=0;i<h.length;i++){g=h[i];try{c.K(g)}catch(a){a=Ri(a);if(Sc(a,10)){f=a;d==null&&(d=[]);d[d.length]=f}else throw Si(a)}}if(d!=null){throw Si(new mb(Ic(d[0],5)))}}finally{--b.b;b.b==0&&TC(b)}}
function Xv(a,b){var c,d,e,f,g;if(a.f){debugger;throw Si(new QE('Previous tree change processing has not completed'))}try{Hv(a,true);f=Vv(a,b);e=b.length;for(d=0;d<e;d++){c=b[d];if(!JF('attach',c[QI])){g=Wv(a,c);!!g&&f.add(g)}}return f}finally{Hv(a,false);a.d=false}}
function Ct(a){if(!a.b){throw Si(new sF('endRequest called when no request is active'))}a.b=false;(Ic(xk(a.c,Ge),13).b==(dp(),bp)&&Ic(xk(a.c,Of),37).b||Ic(xk(a.c,tf),16).g==1||Ic(xk(a.c,tf),16).b.a.length!=0)&&Gs(Ic(xk(a.c,tf),16));Ko((Qb(),Pb),new Ht(a));Dt(a,new Nt)}
function cx(a){var b,c,d,e,f;c=$u(a.e,20);f=Ic(PA(OB(c,$J)),6);if(f){b=new $wnd.Function(ZJ,"if ( element.shadowRoot ) { return element.shadowRoot; } else { return element.attachShadow({'mode' : 'open'});}");e=Nc(b.call(null,a.b));!f.a&&dv(f,e);d=new Ay(f,e,a.a);ex(d)}}
function nx(a){var b,c,d;d=Pc(PA(OB($u(a,0),'tag')));if(d==null){debugger;throw Si(new QE('New child must have a tag'))}b=Pc(PA(OB($u(a,0),'namespace')));if(b!=null){return cE($doc,b,d)}else if(a.f){c=a.f.a.namespaceURI;if(c!=null){return cE($doc,c,d)}}return bE($doc,d)}
function um(a,b,c){var d,e,f,g,h,i;f=b.f;if(f.c.has(1)){h=Dm(b);if(h==null){return null}c.push(h)}else if(f.c.has(16)){e=Bm(b);if(e==null){return null}c.push(e)}if(!K(f,a)){return um(a,f,c)}g=new ZF;i='';for(d=c.length-1;d>=0;d--){YF((g.a+=i,g),Pc(c[d]));i='.'}return g.a}
function Ip(a,b){if(!b){debugger;throw Si(new PE)}switch(a.f.c){case 0:a.f=(pq(),oq);a.b=b;break;case 1:rk()&&($wnd.console.debug('Closing push connection'),undefined);Up(a.c);a.f=(pq(),nq);b.C();break;case 2:case 3:throw Si(new sF('Can not disconnect more than once'));}}
function Sp(a,b){var c,d,e,f,g;if(Wp()){Pp(b.a)}else{f=(Ic(xk(a.d,td),7).f?(e='VAADIN/static/push/vaadinPush-min.js'):(e='VAADIN/static/push/vaadinPush.js'),e);rk()&&fE($wnd.console,'Loading '+f);d=Ic(xk(a.d,te),54);g=Ic(xk(a.d,td),7).h+f;c=new fq(a,f,b);Gn(d,g,c,false,VI)}}
function Or(a,b){var c,d,e,f,g;rk()&&($wnd.console.debug('Handling dependencies'),undefined);c=new $wnd.Map;for(e=(MD(),Dc(xc(Ih,1),wI,46,0,[KD,JD,LD])),f=0,g=e.length;f<g;++f){d=e[f];tE(b,d.b!=null?d.b:''+d.c)&&c.set(d,b[d.b!=null?d.b:''+d.c])}c.size==0||_k(Ic(xk(a.i,Td),74),c)}
function Yv(a,b){var c,d,e,f,g;f=Tv(a,b);if(YI in a){e=a[YI];g=e;WA(f,g)}else if('nodeValue' in a){d=ad(rE(a['nodeValue']));c=vv(b.g,d);if(!c){debugger;throw Si(new PE)}c.f=b;WA(f,c)}else{debugger;throw Si(new QE('Change should have either value or nodeValue property: '+op(a)))}}
function nI(a){var b,c,d,e;b=0;d=a.length;e=d-4;c=0;while(c<e){b=(eI(c+3,a.length),a.charCodeAt(c+3)+(eI(c+2,a.length),31*(a.charCodeAt(c+2)+(eI(c+1,a.length),31*(a.charCodeAt(c+1)+(eI(c,a.length),31*(a.charCodeAt(c)+31*b)))))));b=b|0;c+=4}while(c<d){b=b*31+IF(a,c++)}b=b|0;return b}
function Qp(a,b){a.g=b[pJ];switch(a.f.c){case 0:a.f=(pq(),lq);Nq(Ic(xk(a.d,Re),20),a);break;case 2:a.f=(pq(),lq);if(!a.b){debugger;throw Si(new PE)}Ip(a,a.b);break;case 1:break;default:throw Si(new sF('Got onOpen event when connection state is '+a.f+'. This should never happen.'));}}
function $b(b,c){var d,e,f,g;if(!b){debugger;throw Si(new QE('tasks'))}for(e=0,f=b.length;e<f;e++){if(b.length!=f){debugger;throw Si(new QE(DI+b.length+' != '+f))}g=b[e];try{g[1]?g[0].B()&&(c=Zb(c,g)):g[0].C()}catch(a){a=Ri(a);if(Sc(a,5)){d=a;Db();Mb(d,true)}else throw Si(a)}}return c}
function wp(){sp();if(qp||!($wnd.Vaadin.Flow!=null)){rk()&&($wnd.console.warn('vaadinBootstrap.js was not loaded, skipping vaadin application configuration.'),undefined);return}qp=true;$wnd.performance&&typeof $wnd.performance.now==tI?(mn=new sn):(mn=new qn);nn();zp((Db(),$moduleName))}
function Hu(a,b){var c,d,e,f,g,h,i,j,k,l;l=Ic(xk(a.a,cg),8);g=b.length-1;i=zc(ni,wI,2,g+1,6,1);j=[];e=new $wnd.Map;for(d=0;d<g;d++){h=b[d];f=MC(l,h);j.push(f);i[d]='$'+d;k=LC(l,h);if(k){if(Ku(k)||!Ju(a,k)){Vu(k,new Ou(a,b));return}e.set(f,k)}}c=b[b.length-1];i[i.length-1]=c;Iu(a,i,j,e)}
function Tx(a,b,c){var d,e;if(!b.b){debugger;throw Si(new QE(_J+b.e.d+cJ))}e=$u(b.e,0);d=b.b;if(ry(b.e)&&zv(b.e)){Mx(a,b,c);xC(new My(d,e,b))}else if(zv(b.e)){WA(OB(e,LJ),(TE(),true));Px(d,e)}else{Qx(d,e);vy(Ic(xk(e.e.g.c,td),7),d,bK,(TE(),SE));Fm(d)&&(d.style.display='none',undefined)}}
function W(d,b){if(b instanceof Object){try{b.__java$exception=d;if(navigator.userAgent.toLowerCase().indexOf(yI)!=-1&&$doc.documentMode<9){return}var c=d;Object.defineProperties(b,{cause:{get:function(){var a=c.u();return a&&a.s()}},suppressed:{get:function(){return c.t()}}})}catch(a){}}}
function hw(a,b,c,d){var e;e=b.has('leading')&&!a.e&&!a.f;if(!e&&(b.has(WJ)||b.has(XJ))){a.b=c;a.a=d;!b.has(XJ)&&(!a.e||a.i==null)&&(a.i=d);a.g=null;a.h=null}if(b.has('leading')||b.has(WJ)){!a.e&&(a.e=new tw(a));pw(a.e);qw(a.e,ad(a.j))}if(!a.f&&b.has(XJ)){a.f=new vw(a,b);rw(a.f,ad(a.j))}return e}
function gD(a){!a.a&&(a.c.indexOf('gecko')!=-1&&a.c.indexOf('webkit')==-1&&a.c.indexOf(uK)==-1?(a.a=(nD(),iD)):a.c.indexOf(' presto/')!=-1?(a.a=(nD(),jD)):a.c.indexOf(uK)!=-1?(a.a=(nD(),kD)):a.c.indexOf(uK)==-1&&a.c.indexOf('applewebkit')!=-1?(a.a=(nD(),mD)):(a.a=(nD(),lD)));return a.a==(nD(),mD)}
function oE(a){var b;if(a===null){return BE(),xE}b=typeof a;if(JF('string',b)){return BE(),AE}else if(JF('number',b)){return BE(),yE}else if(JF('boolean',b)){return BE(),wE}else if(JF(rI,b)){return Object.prototype.toString.apply(a)===sI?(BE(),vE):(BE(),zE)}debugger;throw Si(new QE('Unknown Json Type'))}
function Mn(a,b,c){a.onload=qI(function(){a.onload=null;a.onerror=null;a.onreadystatechange=null;b.eb(c)});a.onerror=qI(function(){a.onload=null;a.onerror=null;a.onreadystatechange=null;b.db(c)});a.onreadystatechange=function(){('loaded'===a.readyState||'complete'===a.readyState)&&a.onload(arguments[0])}}
function Aq(a){var b,c,d,e;RA((c=$u(Ic(xk(Ic(xk(a.c,Df),39).a,cg),8).e,9),OB(c,uJ)))!=null&&gk('reconnectingText',RA((d=$u(Ic(xk(Ic(xk(a.c,Df),39).a,cg),8).e,9),OB(d,uJ))));RA((e=$u(Ic(xk(Ic(xk(a.c,Df),39).a,cg),8).e,9),OB(e,vJ)))!=null&&gk('offlineText',RA((b=$u(Ic(xk(Ic(xk(a.c,Df),39).a,cg),8).e,9),OB(b,vJ))))}
function Sx(a,b){var c,d,e,f,g,h;c=a.f;d=b.style;dB(a.a);if(a.c){h=(dB(a.a),Pc(a.h));e=false;if(h.indexOf('!important')!=-1){f=bE($doc,b.tagName);g=f.style;g.cssText=c+': '+h+';';if(JF('important',UD(f.style,c))){XD(d,c,VD(f.style,c),'important');e=true}}e||(d.setProperty(c,h),undefined)}else{d.removeProperty(c)}}
function Kj(f,b,c){var d=f;var e=$wnd.Vaadin.Flow.clients[b];e.isActive=qI(function(){return d.S()});e.getVersionInfo=qI(function(a){return {'flow':c}});e.debug=qI(function(){var a=d.a;return a._().Gb().Db()});e.getNodeInfo=qI(function(a){return {element:d.O(a),javaClass:d.Q(a),hiddenByServer:d.T(a),styles:d.P(a)}})}
function Rx(a,b){var c,d,e,f,g;d=a.f;dB(a.a);if(a.c){f=(dB(a.a),a.h);c=b[d];e=a.g;g=UE(Jc(PG(OG(e,new Ry(f)),(TE(),true))));g&&(c===undefined||!(_c(c)===_c(f)||c!=null&&K(c,f)||c==f))&&AC(null,new Ty(b,d,f))}else Object.prototype.hasOwnProperty.call(b,d)?(delete b[d],undefined):(b[d]=null,undefined);a.g=(NG(),NG(),MG)}
function ym(a,b){var c,d,e,f,g;c=BA(a).children;e=-1;for(f=0;f<c.length;f++){g=c.item(f);if(!g){debugger;throw Si(new QE('Unexpected element type in the collection of children. DomElement::getChildren is supposed to return Element chidren only, but got '+Qc(g)))}d=g;KF('style',d.tagName)||++e;if(e==b){return g}}return null}
function Gs(a){var b;if(Ic(xk(a.e,Ge),13).b!=(dp(),bp)){rk()&&($wnd.console.warn('Trying to send RPC from not yet started or stopped application'),undefined);return}b=Ic(xk(a.e,Gf),12).b;b||!!a.c&&!Lp(a.c)?rk()&&fE($wnd.console,'Postpone sending invocations to server because of '+(b?'active request':'PUSH not active')):ys(a)}
function _w(a,b,c){var d,e,f,g,h,i,j,k;j=Zu(b.e,2);if(a==0){d=_x(j,b.b)}else if(a<=(dB(j.a),j.c.length)&&a>0){k=tx(a,b);d=!k?null:BA(k.a).nextSibling}else{d=null}for(g=0;g<c.length;g++){i=c[g];h=Ic(i,6);f=Ic(xk(h.g.c,Wd),64);e=Yl(f,h.d);if(e){Zl(f,h.d);dv(h,e);dw(h)}else{e=dw(h);BA(b.b).insertBefore(e,d)}d=BA(e).nextSibling}}
function En(a,b,c,d){var e,f;d!=null&&a.a.set(d,b);e=new Yn(b);if(a.c.has(b)){!!c&&c.eb(e);return}if(Ln(b,c,a.b)){f=$doc.createElement('style');f.textContent=b;f.type='text/css';d!=null&&(f.setAttribute(iJ,d),undefined);fD((!ck&&(ck=new ek),ck).a)||fk()||eD((!ck&&(ck=new ek),ck).a)?hj(new Tn(a,b,e),5000):Mn(f,new Vn(a),e);xn(f)}}
function dk(){if(navigator&&'maxTouchPoints' in navigator){return navigator.maxTouchPoints>0}else if(navigator&&'msMaxTouchPoints' in navigator){return navigator.msMaxTouchPoints>0}else{var b=$wnd.matchMedia&&matchMedia(NI);if(b&&b.media===NI){return !!b.matches}}try{$doc.createEvent('TouchEvent');return true}catch(a){return false}}
function sx(b,c){var d,e,f,g,h;if(!c){return -1}try{h=BA(Nc(c));f=[];f.push(b);for(e=0;e<f.length;e++){g=Ic(f[e],6);if(h.isSameNode(g.a)){return g.d}AB(Zu(g,2),aj(Tz.prototype.gb,Tz,[f]))}h=BA(h.parentNode);return by(f,h)}catch(a){a=Ri(a);if(Sc(a,10)){d=a;jk(aK+c+', which was the event.target. Error: '+d.v())}else throw Si(a)}return -1}
function Mr(a){if(a.j.size==0){sk('Gave up waiting for message '+(a.f+1)+' from the server')}else{rk()&&($wnd.console.warn('WARNING: reponse handling was never resumed, forcibly removing locks...'),undefined);a.j.clear()}if(!Rr(a)&&a.g.length!=0){qA(a.g);Cs(Ic(xk(a.i,tf),16));Ic(xk(a.i,Gf),12).b&&Ct(Ic(xk(a.i,Gf),12));Es(Ic(xk(a.i,tf),16))}}
function Cn(a){var b,c,d,e,f,g,h,i,j,k,l;c=$doc;k=c.getElementsByTagName(gJ);for(g=0;g<k.length;g++){d=k.item(g);l=d.src;l!=null&&l.length!=0&&a.c.add(l)}i=c.getElementsByTagName('link');for(f=0;f<i.length;f++){h=i.item(f);j=h.rel;e=h.href;if((KF(hJ,j)||KF('import',j))&&e!=null&&e.length!=0){a.c.add(e);b=h.getAttribute(iJ);b!=null&&a.a.set(b,e)}}}
function Xk(a,b,c,d){var e,f;f=Ic(xk(a.a,te),54);e=c==(MD(),KD);switch(b.c){case 0:if(e){return new El(f,d)}return new Gl(f,d);case 1:if(e){return new il(f)}return new Il(f);case 2:if(e){throw Si(new rF('Inline load mode is not supported for JsModule.'))}return new Kl(f);case 3:return new nl;default:throw Si(new rF('Unknown dependency type '+b));}}
function Qw(n,k,l,m){Pw();n[k]=qI(function(c){var d=Object.getPrototypeOf(this);d[k]!==undefined&&d[k].apply(this,arguments);var e=c||$wnd.event;var f=l.Eb();var g=Rw(this,e,k,l);g===null&&(g=Array.prototype.slice.call(arguments));var h;var i=-1;if(m){var j=this['}p'].promises;i=j.length;h=new Promise(function(a,b){j[i]=[a,b]})}f.Hb(l,k,g,i);return h})}
function Wr(b,c){var d,e,f,g;f=Ic(xk(b.i,cg),8);g=Xv(f,c['changes']);if(!Ic(xk(b.i,td),7).f){try{d=Yu(f.e);rk()&&($wnd.console.debug('StateTree after applying changes:'),undefined);rk()&&fE($wnd.console,d)}catch(a){a=Ri(a);if(Sc(a,10)){e=a;rk()&&($wnd.console.error('Failed to log state tree'),undefined);rk()&&gE($wnd.console,e)}else throw Si(a)}}yC(new us(g))}
function ro(a){var b,c;if(a.b){rk()&&($wnd.console.debug('Web components resynchronization already in progress'),undefined);return}a.b=true;b=Ic(xk(a.a,td),7).h+'web-component/web-component-bootstrap.js';or(Ic(xk(a.a,_e),28),-1);it(PA(OB($u(Ic(xk(Ic(xk(a.a,Bf),38).a,cg),8).e,5),jJ)))&&Ls(Ic(xk(a.a,tf),16),false);c=PD(b,'v-r=webcomponent-resync');XC(c,new xo(a))}
function Hs(a,b){wJ in b||(b[wJ]=sE(Ic(xk(a.e,pf),22).f),undefined);AJ in b||(b[AJ]=sE(a.a++),undefined);Ic(xk(a.e,Gf),12).b||Ft(Ic(xk(a.e,Gf),12));if(!!a.c&&Mp(a.c)){rk()&&($wnd.console.debug('send PUSH'),undefined);a.d=b;Rp(a.c,b)}else{rk()&&($wnd.console.debug('send XHR'),undefined);Ds(a);ou(Ic(xk(a.e,Uf),62),b);a.f=new Os(a,b);hj(a.f,Ic(xk(a.e,td),7).e+500)}}
function PF(a){var b,c,d,e,f,g,h,i;b=new RegExp('\\.','g');h=zc(ni,wI,2,0,6,1);c=0;i=a;e=null;while(true){g=b.exec(i);if(g==null||i==''){h[c]=i;break}else{f=g.index;h[c]=i.substr(0,f);i=RF(i,f+g[0].length,i.length);b.lastIndex=0;if(e==i){h[c]=i.substr(0,1);i=i.substr(1)}e=i;++c}}if(a.length>0){d=h.length;while(d>0&&h[d-1]==''){--d}d<h.length&&(h.length=d)}return h}
function Hn(a,b,c,d){var e,f,g;g=mp(b);d!=null&&a.a.set(d,g);e=new Yn(g);if(a.c.has(g)){!!c&&c.eb(e);return}if(Ln(g,c,a.b)){f=$doc.createElement('link');f.rel=hJ;f.type='text/css';f.href=g;d!=null&&(f.setAttribute(iJ,d),undefined);if(fD((!ck&&(ck=new ek),ck).a)||fk()){ac((Qb(),new Pn(a,g,e)),10)}else{Mn(f,new ao(a,g),e);eD((!ck&&(ck=new ek),ck).a)&&hj(new Rn(a,g,e),5000)}xn(f)}}
function Wk(a,b,c){var d,e,f,g,h,i;g=new $wnd.Map;for(f=0;f<c.length;f++){e=c[f];i=(ED(),_o((ID(),HD),e[QI]));d='id' in e?e['id']:null;h=Xk(a,i,b,d);if(i==AD){al(e['url'],h)}else{switch(b.c){case 1:al(jp(Ic(xk(a.a,He),53),e['url']),h);break;case 2:g.set(jp(Ic(xk(a.a,He),53),e['url']),h);break;case 0:al(e['contents'],h);break;default:throw Si(new rF('Unknown load mode = '+b));}}}return g}
function Ux(a,b,c,d){var e,f,g,h,i;i=Zu(a,24);for(f=0;f<(dB(i.a),i.c.length);f++){e=Ic(i.c[f],6);if(e==b){continue}if(JF((h=$u(b,0),pE(Nc(PA(OB(h,MJ))))),(g=$u(e,0),pE(Nc(PA(OB(g,MJ))))))){sk('There is already a request to attach element addressed by the '+d+". The existing request's node id='"+e.d+"'. Cannot attach the same element twice.");Fv(b.g,a,b.d,e.d,c);return false}}return true}
function wc(a,b){var c;switch(yc(a)){case 6:return Xc(b);case 7:return Uc(b);case 8:return Tc(b);case 3:return Array.isArray(b)&&(c=yc(b),!(c>=14&&c<=16));case 11:return b!=null&&Yc(b);case 12:return b!=null&&(typeof b===rI||typeof b==tI);case 0:return Hc(b,a.__elementTypeId$);case 2:return Zc(b)&&!(b.lc===dj);case 1:return Zc(b)&&!(b.lc===dj)||Hc(b,a.__elementTypeId$);default:return true;}}
function Ml(b,c){if(document.body.$&&document.body.$.hasOwnProperty&&document.body.$.hasOwnProperty(c)){return document.body.$[c]}else if(b.shadowRoot){return b.shadowRoot.getElementById(c)}else if(b.getElementById){return b.getElementById(c)}else if(c&&c.match('^[a-zA-Z0-9-_]*$')){return b.querySelector('#'+c)}else{return Array.from(b.querySelectorAll('[id]')).find(function(a){return a.id==c})}}
function Rp(a,b){var c,d;if(!Mp(a)){throw Si(new sF('This server to client push connection should not be used to send client to server messages'))}if(a.f==(pq(),lq)){d=op(b);jk('Sending push ('+a.g+') message to server: '+d);if(JF(a.g,oJ)){c=new kq(d);while(c.a<c.b.length){Kp(a.e,jq(c))}}else{Kp(a.e,d)}return}if(a.f==mq){Mq(Ic(xk(a.d,Re),20),b);return}throw Si(new sF('Can not push after disconnecting'))}
function Bq(a,b){if(Ic(xk(a.c,Ge),13).b!=(dp(),bp)){rk()&&($wnd.console.warn('Trying to reconnect after application has been stopped. Giving up'),undefined);return}if(b){rk()&&($wnd.console.debug('Trying to re-establish server connection (UIDL)...'),undefined);Dt(Ic(xk(a.c,Gf),12),new xt(a.a))}else{rk()&&($wnd.console.debug('Trying to re-establish server connection (heartbeat)...'),undefined);nr(Ic(xk(a.c,_e),28))}}
function Eq(a,b,c){var d;if(Ic(xk(a.c,Ge),13).b!=(dp(),bp)){return}hk('reconnecting');if(a.b){if(cr(b,a.b)){rk()&&iE($wnd.console,'Now reconnecting because of '+b+' failure');a.b=b}}else{a.b=b;rk()&&iE($wnd.console,'Reconnecting because of '+b+' failure')}if(a.b!=b){return}++a.a;jk('Reconnect attempt '+a.a+' for '+b);a.a>=QA((d=$u(Ic(xk(Ic(xk(a.c,Df),39).a,cg),8).e,9),OB(d,'reconnectAttempts')),10000)?Cq(a):Sq(a,c)}
function Ol(a,b,c,d){var e,f,g,h,i,j,k,l,m,n,o,p,q,r;j=null;g=BA(a.a).childNodes;o=new $wnd.Map;e=!b;i=-1;for(m=0;m<g.length;m++){q=Nc(g[m]);o.set(q,xF(m));K(q,b)&&(e=true);if(e&&!!q&&KF(c,q.tagName)){j=q;i=m;break}}if(!j){Ev(a.g,a,d,-1,c,-1)}else{p=Zu(a,2);k=null;f=0;for(l=0;l<(dB(p.a),p.c.length);l++){r=Ic(p.c[l],6);h=r.a;n=Ic(o.get(h),27);!!n&&n.a<i&&++f;if(K(h,j)){k=xF(r.d);break}}k=Pl(a,d,j,k);Ev(a.g,a,d,k.a,j.tagName,f)}}
function Js(a,b,c){if(b==a.a){!!a.d&&ad(rE(a.d[AJ]))<b&&(a.d=null);if(a.b.a.length!=0){if(rE(Nc(sG(a.b,0))[AJ])+1==b){uG(a.b);Ds(a)}}return}if(c){jk('Forced update of clientId to '+a.a);a.a=b;a.b.a=zc(ii,wI,1,0,5,1);Ds(a);return}if(b>a.a){a.a==0?rk()&&fE($wnd.console,'Updating client-to-server id to '+b+' based on server'):sk('Server expects next client-to-server id to be '+b+' but we were going to use '+a.a+'. Will use '+b+'.');a.a=b}}
function Zv(a,b){var c,d,e,f,g,h,i,j,k,l,m,n,o,p,q;n=ad(rE(a[TJ]));m=Zu(b,n);i=ad(rE(a['index']));UJ in a?(o=ad(rE(a[UJ]))):(o=0);if('add' in a){d=a['add'];c=(j=Mc(d),j);CB(m,i,o,c)}else if('addNodes' in a){e=a['addNodes'];l=e.length;c=[];q=b.g;for(h=0;h<l;h++){g=ad(rE(e[h]));f=(k=g,Ic(q.a.get(k),6));if(!f){debugger;throw Si(new QE('No child node found with id '+g))}f.f=b;c[h]=f}CB(m,i,o,c)}else{p=m.c.splice(i,o);aB(m.a,new IA(m,i,p,[],false))}}
function Wv(a,b){var c,d,e,f,g,h,i;g=b[QI];e=ad(rE(b[HJ]));d=(c=e,Ic(a.a.get(c),6));if(!d&&a.d){return d}if(!d){debugger;throw Si(new QE('No attached node found'))}switch(g){case 'empty':Uv(b,d);break;case 'splice':Zv(b,d);break;case 'put':Yv(b,d);break;case UJ:f=Tv(b,d);VA(f);break;case 'detach':Iv(d.g,d);d.f=null;break;case 'clear':h=ad(rE(b[TJ]));i=Zu(d,h);zB(i);break;default:{debugger;throw Si(new QE('Unsupported change type: '+g))}}return d}
function tm(a){var b,c,d,e,f;if(Sc(a,6)){e=Ic(a,6);d=null;if(e.c.has(1)){d=$u(e,1)}else if(e.c.has(16)){d=Zu(e,16)}else if(e.c.has(23)){return tm(OB($u(e,23),YI))}if(!d){debugger;throw Si(new QE("Don't know how to convert node without map or list features"))}b=d.Sb(new Pm);if(!!b&&!(_I in b)){b[_I]=sE(e.d);Lm(e,d,b)}return b}else if(Sc(a,17)){f=Ic(a,17);if(f.e.d==23){return tm((dB(f.a),f.h))}else{c={};c[f.f]=tm((dB(f.a),f.h));return c}}else{return a}}
function Jp(f,c,d){var e=f;d.url=c;d.onOpen=qI(function(a){e.vb(a)});d.onReopen=qI(function(a){e.xb(a)});d.onMessage=qI(function(a){e.ub(a)});d.onError=qI(function(a){e.tb(a)});d.onTransportFailure=qI(function(a,b){e.yb(a)});d.onClose=qI(function(a){e.sb(a)});d.onReconnect=qI(function(a,b){e.wb(a,b)});d.onClientTimeout=qI(function(a){e.rb(a)});d.headers={'X-Vaadin-LastSeenServerSyncId':function(){return e.qb()}};return $wnd.vaadinPush.atmosphere.subscribe(d)}
function Gu(h,e,f){var g={};g.getNode=qI(function(a){var b=e.get(a);if(b==null){throw new ReferenceError('There is no a StateNode for the given argument.')}return b});g.$appId=h.Cb().replace(/-\d+$/,'');g.registry=h.a;g.attachExistingElement=qI(function(a,b,c,d){Ol(g.getNode(a),b,c,d)});g.populateModelProperties=qI(function(a,b){Rl(g.getNode(a),b)});g.registerUpdatableModelProperties=qI(function(a,b){Tl(g.getNode(a),b)});g.stopApplication=qI(function(){f.I()});return g}
function xx(a,b,c){var d,e,f,g,h,i,j,k,l,m,n,o,p;p=Ic(c.e.get(Yg),79);if(!p||!p.a.has(a)){return}k=PF(a);g=c;f=null;e=0;j=k.length;for(m=k,n=0,o=m.length;n<o;++n){l=m[n];d=$u(g,1);if(!QB(d,l)&&e<j-1){rk()&&fE($wnd.console,"Ignoring property change for property '"+a+"' which isn't defined from server");return}f=OB(d,l);Sc((dB(f.a),f.h),6)&&(g=(dB(f.a),Ic(f.h,6)));++e}if(Sc((dB(f.a),f.h),6)){h=(dB(f.a),Ic(f.h,6));i=Nc(b.a[b.b]);if(!(_I in i)||h.c.has(16)){return}}OA(f,b.a[b.b]).I()}
function vy(a,b,c,d){var e,f,g,h,i;if(d==null||Xc(d)){pp(b,c,Pc(d))}else{f=d;if((BE(),zE)==oE(f)){g=f;if(!('uri' in g)){debugger;throw Si(new QE("Implementation error: JsonObject is recieved as an attribute value for '"+c+"' but it has no "+'uri'+' key'))}i=g['uri'];if(a.l&&!i.match(/^(?:[a-zA-Z]+:)?\/\//)){e=a.h;e=(h='/'.length,JF(e.substr(e.length-h,h),'/')?e:e+'/');BA(b).setAttribute(c,e+(''+i))}else{i==null?BA(b).removeAttribute(c):BA(b).setAttribute(c,i)}}else{pp(b,c,cj(d))}}}
function bD(a){!a.b&&(a.c.indexOf(kK)!=-1||a.c.indexOf(lK)!=-1||a.c.indexOf(mK)!=-1||a.c.indexOf(nK)!=-1?(a.b=(xD(),rD)):(a.c.indexOf(oK)!=-1||a.c.indexOf(pK)!=-1||a.c.indexOf(qK)!=-1)&&a.c.indexOf(rK)==-1?(a.b=(xD(),qD)):a.c.indexOf(sK)!=-1||a.c.indexOf(rK)!=-1?(a.b=(xD(),uD)):a.c.indexOf(yI)!=-1&&a.c.indexOf(tK)==-1||a.c.indexOf(uK)!=-1?(a.b=(xD(),tD)):a.c.indexOf(vK)!=-1||a.c.indexOf(wK)!=-1?(a.b=(xD(),sD)):a.c.indexOf(xK)!=-1?(a.b=(xD(),vD)):(a.b=(xD(),wD)));return a.b==(xD(),qD)}
function cD(a){!a.b&&(a.c.indexOf(kK)!=-1||a.c.indexOf(lK)!=-1||a.c.indexOf(mK)!=-1||a.c.indexOf(nK)!=-1?(a.b=(xD(),rD)):(a.c.indexOf(oK)!=-1||a.c.indexOf(pK)!=-1||a.c.indexOf(qK)!=-1)&&a.c.indexOf(rK)==-1?(a.b=(xD(),qD)):a.c.indexOf(sK)!=-1||a.c.indexOf(rK)!=-1?(a.b=(xD(),uD)):a.c.indexOf(yI)!=-1&&a.c.indexOf(tK)==-1||a.c.indexOf(uK)!=-1?(a.b=(xD(),tD)):a.c.indexOf(vK)!=-1||a.c.indexOf(wK)!=-1?(a.b=(xD(),sD)):a.c.indexOf(xK)!=-1?(a.b=(xD(),vD)):(a.b=(xD(),wD)));return a.b==(xD(),rD)}
function dD(a){!a.b&&(a.c.indexOf(kK)!=-1||a.c.indexOf(lK)!=-1||a.c.indexOf(mK)!=-1||a.c.indexOf(nK)!=-1?(a.b=(xD(),rD)):(a.c.indexOf(oK)!=-1||a.c.indexOf(pK)!=-1||a.c.indexOf(qK)!=-1)&&a.c.indexOf(rK)==-1?(a.b=(xD(),qD)):a.c.indexOf(sK)!=-1||a.c.indexOf(rK)!=-1?(a.b=(xD(),uD)):a.c.indexOf(yI)!=-1&&a.c.indexOf(tK)==-1||a.c.indexOf(uK)!=-1?(a.b=(xD(),tD)):a.c.indexOf(vK)!=-1||a.c.indexOf(wK)!=-1?(a.b=(xD(),sD)):a.c.indexOf(xK)!=-1?(a.b=(xD(),vD)):(a.b=(xD(),wD)));return a.b==(xD(),tD)}
function eD(a){!a.b&&(a.c.indexOf(kK)!=-1||a.c.indexOf(lK)!=-1||a.c.indexOf(mK)!=-1||a.c.indexOf(nK)!=-1?(a.b=(xD(),rD)):(a.c.indexOf(oK)!=-1||a.c.indexOf(pK)!=-1||a.c.indexOf(qK)!=-1)&&a.c.indexOf(rK)==-1?(a.b=(xD(),qD)):a.c.indexOf(sK)!=-1||a.c.indexOf(rK)!=-1?(a.b=(xD(),uD)):a.c.indexOf(yI)!=-1&&a.c.indexOf(tK)==-1||a.c.indexOf(uK)!=-1?(a.b=(xD(),tD)):a.c.indexOf(vK)!=-1||a.c.indexOf(wK)!=-1?(a.b=(xD(),sD)):a.c.indexOf(xK)!=-1?(a.b=(xD(),vD)):(a.b=(xD(),wD)));return a.b==(xD(),uD)}
function fD(a){!a.b&&(a.c.indexOf(kK)!=-1||a.c.indexOf(lK)!=-1||a.c.indexOf(mK)!=-1||a.c.indexOf(nK)!=-1?(a.b=(xD(),rD)):(a.c.indexOf(oK)!=-1||a.c.indexOf(pK)!=-1||a.c.indexOf(qK)!=-1)&&a.c.indexOf(rK)==-1?(a.b=(xD(),qD)):a.c.indexOf(sK)!=-1||a.c.indexOf(rK)!=-1?(a.b=(xD(),uD)):a.c.indexOf(yI)!=-1&&a.c.indexOf(tK)==-1||a.c.indexOf(uK)!=-1?(a.b=(xD(),tD)):a.c.indexOf(vK)!=-1||a.c.indexOf(wK)!=-1?(a.b=(xD(),sD)):a.c.indexOf(xK)!=-1?(a.b=(xD(),vD)):(a.b=(xD(),wD)));return a.b==(xD(),vD)}
function Nj(a){var b,c,d,e,f,g,h,i;this.a=new Ik(this,a);T((Ic(xk(this.a,Be),23),new Wj));f=Ic(xk(this.a,cg),8).e;Us(f,Ic(xk(this.a,xf),75));new BC(new tt(Ic(xk(this.a,Re),20)));h=$u(f,10);xr(h,'first',new Ar,450);xr(h,'second',new Cr,1500);xr(h,'third',new Er,5000);i=OB(h,'theme');MA(i,new Gr);c=$doc.body;dv(f,c);bw(f,c);jk('Starting application '+a.a);b=a.a;b=OF(b,'');d=a.f;e=a.g;Lj(this,b,d,e,a.c);if(!d){g=a.i;Kj(this,b,g);rk()&&fE($wnd.console,'Vaadin application servlet version: '+g)}hk('loading')}
function Wb(a){var b,c,d,e,f,g,h;if(!a){debugger;throw Si(new QE('tasks'))}f=a.length;if(f==0){return null}b=false;c=new R;while(xb()-c.a<16){d=false;for(e=0;e<f;e++){if(a.length!=f){debugger;throw Si(new QE(DI+a.length+' != '+f))}h=a[e];if(!h){continue}d=true;if(!h[1]){debugger;throw Si(new QE('Found a non-repeating Task'))}if(!h[0].B()){a[e]=null;b=true}}if(!d){break}}if(b){g=[];for(e=0;e<f;e++){!!a[e]&&(g[g.length]=a[e],undefined)}if(g.length>=f){debugger;throw Si(new PE)}return g.length==0?null:g}else{return a}}
function Qr(a,b){var c,d;if(!b){throw Si(new rF('The json to handle cannot be null'))}if((wJ in b?b[wJ]:-1)==-1){c=b['meta'];(!c||!(DJ in c))&&rk()&&($wnd.console.error("Response didn't contain a server id. Please verify that the server is up-to-date and that the response data has not been modified in transmission."),undefined)}d=Ic(xk(a.i,Ge),13).b;if(d==(dp(),ap)){d=bp;Po(Ic(xk(a.i,Ge),13),d)}d==bp?Pr(a,b):rk()&&($wnd.console.warn('Ignored received message because application has already been stopped'),undefined)}
function cy(a,b,c,d,e){var f,g,h;h=vv(e,ad(a));if(!h.c.has(1)){return}if(!Zx(h,b)){debugger;throw Si(new QE('Host element is not a parent of the node whose property has changed. This is an implementation error. Most likely it means that there are several StateTrees on the same page (might be possible with portlets) and the target StateTree should not be passed into the method as an argument but somehow detected from the host element. Another option is that host element is calculated incorrectly.'))}f=$u(h,1);g=OB(f,c);OA(g,d).I()}
function lo(a,b,c,d){var e,f,g,h,i,j;h=$doc;j=h.createElement('div');j.className='v-system-error';if(a!=null){f=h.createElement('div');f.className='caption';f.textContent=a;j.appendChild(f);rk()&&gE($wnd.console,a)}if(b!=null){i=h.createElement('div');i.className='message';i.textContent=b;j.appendChild(i);rk()&&gE($wnd.console,b)}if(c!=null){g=h.createElement('div');g.className='details';g.textContent=c;j.appendChild(g);rk()&&gE($wnd.console,c)}if(d!=null){e=h.querySelector(d);!!e&&ZD(Nc(PG(TG(e.shadowRoot),e)),j)}else{$D(h.body,j)}return j}
function yp(a,b){var c,d,e;c=Gp(b,'serviceUrl');Hj(a,Ep(b,'webComponentMode'));if(c==null){Dj(a,mp('.'));xj(a,mp(Gp(b,lJ)))}else{a.h=c;xj(a,mp(c+(''+Gp(b,lJ))))}Gj(a,Fp(b,'v-uiId').a);zj(a,Fp(b,'heartbeatInterval').a);Aj(a,Fp(b,'maxMessageSuspendTimeout').a);Ej(a,(d=b.getConfig(mJ),d?d.vaadinVersion:null));e=b.getConfig(mJ);Dp();Fj(a,b.getConfig('sessExpMsg'));Bj(a,!Ep(b,'debug'));Cj(a,Ep(b,'requestTiming'));yj(a,b.getConfig('webcomponents'));Ep(b,'devToolsEnabled');Gp(b,'liveReloadUrl');Gp(b,'liveReloadBackend');Gp(b,'springBootLiveReloadPort')}
function qc(a,b){var c,d,e,f,g,h,i,j,k;j='';if(b.length==0){return a.G(GI,EI,-1,-1)}k=SF(b);JF(k.substr(0,3),'at ')&&(k=k.substr(3));k=k.replace(/\[.*?\]/g,'');g=k.indexOf('(');if(g==-1){g=k.indexOf('@');if(g==-1){j=k;k=''}else{j=SF(k.substr(g+1));k=SF(k.substr(0,g))}}else{c=k.indexOf(')',g);j=k.substr(g+1,c-(g+1));k=SF(k.substr(0,g))}g=LF(k,TF(46));g!=-1&&(k=k.substr(g+1));(k.length==0||JF(k,'Anonymous function'))&&(k=EI);h=MF(j,TF(58));e=NF(j,TF(58),h-1);i=-1;d=-1;f=GI;if(h!=-1&&e!=-1){f=j.substr(0,e);i=kc(j.substr(e+1,h-(e+1)));d=kc(j.substr(h+1))}return a.G(f,k,i,d)}
function bx(a,b){var c,d,e,f,g,h;g=(e=$u(b,0),Nc(PA(OB(e,MJ))));h=g[QI];if(JF('inMemory',h)){dw(b);return}if(!a.b){debugger;throw Si(new QE('Unexpected html node. The node is supposed to be a custom element'))}if(JF('@id',h)){if(pm(a.b)){qm(a.b,new dz(a,b,g));return}else if(!(typeof a.b.$!=CI)){sm(a.b,new fz(a,b,g));return}wx(a,b,g,true)}else if(JF(NJ,h)){if(!a.b.root){sm(a.b,new hz(a,b,g));return}yx(a,b,g,true)}else if(JF('@name',h)){f=g[MJ];c="name='"+f+"'";d=new jz(a,f);if(!jy(d.a,d.b)){un(a.b,f,new lz(a,b,d,f,c));return}px(a,b,true,d,f,c)}else{debugger;throw Si(new QE('Unexpected payload type '+h))}}
function Ik(a,b){var c;this.a=new $wnd.Map;this.b=new $wnd.Map;Ak(this,yd,a);Ak(this,td,b);Ak(this,te,new Jn(this));Ak(this,He,new kp(this));Ak(this,Td,new cl(this));Ak(this,Be,new so(this));Bk(this,Ge,new Jk);Ak(this,cg,new Jv(this));Ak(this,Gf,new Gt(this));Ak(this,pf,new as(this));Ak(this,tf,new Ms(this));Ak(this,Of,new gu(this));Ak(this,Kf,new $t(this));Ak(this,Zf,new Mu(this));Bk(this,Vf,new Lk);Bk(this,Wd,new Nk);Ak(this,Yd,new hm(this));c=new Pk(this);Ak(this,_e,new pr(c.a));this.b.set(_e,c);Ak(this,Re,new Xq(this));Ak(this,Uf,new pu(this));Ak(this,Bf,new ht(this));Ak(this,Df,new st(this));Ak(this,xf,new $s(this))}
function wb(b){var c=function(a){return typeof a!=CI};var d=function(a){return a.replace(/\r\n/g,'')};if(c(b.outerHTML))return d(b.outerHTML);c(b.innerHTML)&&b.cloneNode&&$doc.createElement('div').appendChild(b.cloneNode(true)).innerHTML;if(c(b.nodeType)&&b.nodeType==3){return "'"+b.data.replace(/ /g,'\u25AB').replace(/\u00A0/,'\u25AA')+"'"}if(typeof c(b.htmlText)&&b.collapse){var e=b.htmlText;if(e){return 'IETextRange ['+d(e)+']'}else{var f=b.duplicate();f.pasteHTML('|');var g='IETextRange '+d(b.parentElement().outerHTML);f.moveStart('character',-1);f.pasteHTML('');return g}}return b.toString?b.toString():'[JavaScriptObject]'}
function Lm(a,b,c){var d,e,f;f=[];if(a.c.has(1)){if(!Sc(b,45)){debugger;throw Si(new QE('Received an inconsistent NodeFeature for a node that has a ELEMENT_PROPERTIES feature. It should be NodeMap, but it is: '+b))}e=Ic(b,45);NB(e,aj(dn.prototype.cb,dn,[f,c]));f.push(MB(e,new _m(f,c)))}else if(a.c.has(16)){if(!Sc(b,30)){debugger;throw Si(new QE('Received an inconsistent NodeFeature for a node that has a TEMPLATE_MODELLIST feature. It should be NodeList, but it is: '+b))}d=Ic(b,30);f.push(yB(d,new Vm(c)))}if(f.length==0){debugger;throw Si(new QE('Node should have ELEMENT_PROPERTIES or TEMPLATE_MODELLIST feature'))}f.push(Wu(a,new Zm(f)))}
function MC(a,b){var c,d,e,f,g,h,i,j,k,l,m,n,o;if(oE(b)==(BE(),zE)){f=b;l=f['@v-node'];if(l){if(oE(l)!=yE){throw Si(new rF(hK+oE(l)+iK+pE(b)))}k=ad(nE(l));e=(g=k,Ic(a.a.get(g),6)).a;return e}m=f['@v-return'];if(m){if(oE(m)!=vE){throw Si(new rF('@v-return value must be an array, got '+oE(m)+iK+pE(b)))}c=m;if(c.length<2){throw Si(new rF('@v-return array must have at least 2 elements, got '+c.length+iK+pE(b)))}n=ad(rE(c[0]));d=ad(rE(c[1]));return IC(n,d,Ic(xk(a.c,Kf),33))}for(h=(o=uE(f),o),i=0,j=h.length;i<j;++i){g=h[i];if(JF(g.substr(0,3),'@v-')){throw Si(new rF("Unsupported @v type '"+g+"' in "+pE(b)))}}return KC(a,f)}else return oE(b)==vE?JC(a,b):b}
function ys(a){var b,c,d,e;if(a.d){qk('Sending pending push message '+pE(a.d));c=a.d;a.d=null;Ft(Ic(xk(a.e,Gf),12));Hs(a,c);return}else if(a.b.a.length!=0){rk()&&($wnd.console.debug('Sending queued messages to server'),undefined);!!a.f&&Ds(a);Hs(a,Nc(sG(a.b,0)));return}e=Ic(xk(a.e,Of),37);if(e.c.length==0&&a.g!=1){return}d=e.c;e.c=[];e.b=false;e.a=bu;if(d.length==0&&a.g!=1){rk()&&($wnd.console.warn('All RPCs filtered out, not sending anything to the server'),undefined);return}b={};if(a.g==1){a.g=2;rk()&&($wnd.console.warn('Resynchronizing from server'),undefined);a.b.a=zc(ii,wI,1,0,5,1);Ds(a);b[xJ]=Object(true)}hk('loading');Ft(Ic(xk(a.e,Gf),12));Fs(a,Bs(a,d,b))}
function Vx(a,b,c,d,e){var f,g,h,i,j,k,l,m,n,o;l=e.e;o=Pc(PA(OB($u(b,0),'tag')));h=false;if(!a){h=true;rk()&&iE($wnd.console,dK+d+" is not found. The requested tag name is '"+o+"'")}else if(!(!!a&&KF(o,a.tagName))){h=true;sk(dK+d+" has the wrong tag name '"+a.tagName+"', the requested tag name is '"+o+"'")}if(h){Fv(l.g,l,b.d,-1,c);return false}if(!l.c.has(20)){return true}k=$u(l,20);m=Ic(PA(OB(k,$J)),6);if(!m){return true}j=Zu(m,2);g=null;for(i=0;i<(dB(j.a),j.c.length);i++){n=Ic(j.c[i],6);f=n.a;if(K(f,a)){g=xF(n.d);break}}if(g){rk()&&iE($wnd.console,dK+d+" has been already attached previously via the node id='"+g+"'");Fv(l.g,l,b.d,g.a,c);return false}return true}
function Iu(b,c,d,e){var f,g,h,i,j,k,l,m,n;if(c.length!=d.length+1){debugger;throw Si(new PE)}try{j=new ($wnd.Function.bind.apply($wnd.Function,[null].concat(c)));j.apply(Gu(b,e,new Su(b)),d)}catch(a){a=Ri(a);if(Sc(a,10)){i=a;kk(new tk(i));rk()&&($wnd.console.error('Exception is thrown during JavaScript execution. Stacktrace will be dumped separately.'),undefined);if(!Ic(xk(b.a,td),7).f){g=new _F('[');h='';for(l=c,m=0,n=l.length;m<n;++m){k=l[m];YF((g.a+=h,g),k);h=', '}g.a+=']';f=g.a;eI(0,f.length);f.charCodeAt(0)==91&&(f=f.substr(1));IF(f,f.length-1)==93&&(f=RF(f,0,f.length-1));rk()&&gE($wnd.console,"The error has occurred in the JS code: '"+f+"'")}}else throw Si(a)}}
function dx(a,b,c,d){var e,f,g,h,i,j,k;g=zv(b);i=Pc(PA(OB($u(b,0),'tag')));if(!(i==null||KF(c.tagName,i))){debugger;throw Si(new QE("Element tag name is '"+c.tagName+"', but the required tag name is "+Pc(PA(OB($u(b,0),'tag')))))}Zw==null&&(Zw=rA());if(Zw.has(b)){return}Zw.set(b,(TE(),true));f=new Ay(b,c,d);e=[];h=[];if(g){h.push(gx(f));h.push(Iw(new Rz(f),f.e,17,false));h.push((j=$u(f.e,4),NB(j,aj(zz.prototype.cb,zz,[f])),MB(j,new Bz(f))));h.push(lx(f));h.push(ex(f));h.push(kx(f));h.push(fx(c,b));h.push(ix(12,new Cy(c),ox(e),b));h.push(ix(3,new Ey(c),ox(e),b));h.push(ix(1,new _y(c),ox(e),b));jx(a,b,c);h.push(Wu(b,new tz(h,f,e)))}h.push(mx(h,f,e));k=new By(b);b.e.set(lg,k);yC(new Nz(b))}
function Lj(k,e,f,g,h){var i=k;var j={};j.isActive=qI(function(){return i.S()});j.getByNodeId=qI(function(a){return i.O(a)});j.getNodeId=qI(function(a){return i.R(a)});j.getUIId=qI(function(){var a=i.a.W();return a.M()});j.addDomBindingListener=qI(function(a,b){i.N(a,b)});j.productionMode=f;j.poll=qI(function(){var a=i.a.Y();a.zb()});j.connectWebComponent=qI(function(a){var b=i.a;var c=b.Z();var d=b._().Gb().d;c.Ab(d,'connect-web-component',a)});g&&(j.getProfilingData=qI(function(){var a=i.a.X();var b=[a.e,a.l];null!=a.k?(b=b.concat(a.k)):(b=b.concat(-1,-1));b[b.length]=a.a;return b}));j.resolveUri=qI(function(a){var b=i.a.ab();return b.pb(a)});j.sendEventMessage=qI(function(a,b,c){var d=i.a.Z();d.Ab(a,b,c)});j.initializing=false;j.exportedWebComponents=h;$wnd.Vaadin.Flow.clients[e]=j}
function Xr(a,b,c,d){var e,f,g,h,i,j,k,l,m;if(!((wJ in b?b[wJ]:-1)==-1||(wJ in b?b[wJ]:-1)==a.f)){debugger;throw Si(new PE)}try{k=xb();i=b;if('constants' in i){e=Ic(xk(a.i,Vf),63);f=i['constants'];Du(e,f)}'changes' in i&&Wr(a,i);EJ in i&&Yr(a,i[EJ]);yJ in i&&yC(new os(a,i));jk('handleUIDLMessage: '+(xb()-k)+' ms');zC();j=b['meta'];if(j){m=Ic(xk(a.i,Ge),13).b;if(DJ in j){if(m!=(dp(),cp)){Po(Ic(xk(a.i,Ge),13),cp);_b((Qb(),new ss(a)),250)}}else if('appError' in j&&m!=(dp(),cp)){g=j['appError'];oo(Ic(xk(a.i,Be),23),g['caption'],g['message'],g['details'],g['url'],g['querySelector']);Po(Ic(xk(a.i,Ge),13),(dp(),cp))}}a.e=ad(xb()-d);a.l+=a.e;if(!a.d){a.d=true;h=cs();if(h!=0){l=ad(xb()-h);rk()&&fE($wnd.console,'First response processed '+l+' ms after fetchStart')}a.a=bs()}}finally{jk(' Processing time was '+(''+a.e)+'ms');Tr(b)&&Ct(Ic(xk(a.i,Gf),12));_r(a,c)}}
function Tp(a){var b,c,d,e;this.f=(pq(),mq);this.d=a;Oo(Ic(xk(a,Ge),13),new sq(this));this.a={transport:oJ,maxStreamingLength:1000000,fallbackTransport:'long-polling',contentType:qJ,reconnectInterval:5000,withCredentials:true,maxWebsocketErrorRetries:12,timeout:-1,maxReconnectOnClose:10000000,trackMessageLength:true,enableProtocol:true,handleOnlineOffline:false,executeCallbackBeforeReconnect:true,messageDelimiter:String.fromCharCode(124)};this.a['logLevel']='debug';et(Ic(xk(this.d,Bf),38)).forEach(aj(wq.prototype.cb,wq,[this]));c=ft(Ic(xk(this.d,Bf),38));if(c==null||SF(c).length==0||JF('/',c)){this.h=rJ;d=Ic(xk(a,td),7).h;if(!JF(d,'.')){e='/'.length;JF(d.substr(d.length-e,e),'/')||(d+='/');this.h=d+(''+this.h)}}else{b=Ic(xk(a,td),7).b;e='/'.length;JF(b.substr(b.length-e,e),'/')&&JF(c.substr(0,1),'/')&&(c=c.substr(1));this.h=b+(''+c)+rJ}Sp(this,new yq(this))}
function uv(a,b){if(a.b==null){a.b=new $wnd.Map;a.b.set(xF(0),'elementData');a.b.set(xF(1),'elementProperties');a.b.set(xF(2),'elementChildren');a.b.set(xF(3),'elementAttributes');a.b.set(xF(4),'elementListeners');a.b.set(xF(5),'pushConfiguration');a.b.set(xF(6),'pushConfigurationParameters');a.b.set(xF(7),'textNode');a.b.set(xF(8),'pollConfiguration');a.b.set(xF(9),'reconnectDialogConfiguration');a.b.set(xF(10),'loadingIndicatorConfiguration');a.b.set(xF(11),'classList');a.b.set(xF(12),'elementStyleProperties');a.b.set(xF(15),'componentMapping');a.b.set(xF(16),'modelList');a.b.set(xF(17),'polymerServerEventHandlers');a.b.set(xF(18),'polymerEventListenerMap');a.b.set(xF(19),'clientDelegateHandlers');a.b.set(xF(20),'shadowRootData');a.b.set(xF(21),'shadowRootHost');a.b.set(xF(22),'attachExistingElementFeature');a.b.set(xF(24),'virtualChildrenList');a.b.set(xF(23),'basicTypeValue')}return a.b.has(xF(b))?Pc(a.b.get(xF(b))):'Unknown node feature: '+b}
function vx(a,b){var c,d,e,f,g,h,i,j,k,l,m,n,o,p,q,r,s,t,u,v,w,A,B,C,D,F,G;if(!b){debugger;throw Si(new PE)}f=b.b;t=b.e;if(!f){debugger;throw Si(new QE('Cannot handle DOM event for a Node'))}D=a.type;s=$u(t,4);e=Ic(xk(t.g.c,Vf),63);i=Pc(PA(OB(s,D)));if(i==null){debugger;throw Si(new PE)}if(!Cu(e,i)){debugger;throw Si(new PE)}j=Nc(Bu(e,i));p=(A=uE(j),A);B=new $wnd.Set;p.length==0?(g=null):(g={});for(l=p,m=0,n=l.length;m<n;++m){k=l[m];if(JF(k.substr(0,1),'}')){u=k.substr(1);B.add(u)}else if(JF(k,']')){C=sx(t,a.target);g[']']=Object(C)}else if(JF(k.substr(0,1),']')){r=k.substr(1);h=ay(r);o=h(a,f);C=rx(t.g,o,r);g[k]=Object(C)}else{h=ay(k);o=h(a,f);g[k]=o}}B.forEach(aj(Hz.prototype.gb,Hz,[t,f]));d=new $wnd.Map;B.forEach(aj(Jz.prototype.gb,Jz,[d,b]));v=new Lz(t,D,g);w=ty(f,D,j,g,v,d);if(w){c=false;q=B.size==0;q&&(c=tG((gw(),F=new wG,G=aj(xw.prototype.cb,xw,[F]),fw.forEach(G),F),v,0)!=-1);if(!c){vA(d).forEach(aj(yy.prototype.gb,yy,[]));uy(v.b,v.c,v.a,null)}}}
function Pr(a,b){var c,d,e,f,g,h,i,j,k,l,m,n;j=wJ in b?b[wJ]:-1;e=xJ in b;if(!e&&Ic(xk(a.i,tf),16).g==2){g=b;if(yJ in g){d=g[yJ];for(f=0;f<d.length;f++){c=d[f];if(c.length>0&&JF('window.location.reload();',c[0])){rk()&&($wnd.console.warn('Executing forced page reload while a resync request is ongoing.'),undefined);$wnd.location.reload();return}}}rk()&&($wnd.console.warn('Queueing message from the server as a resync request is ongoing.'),undefined);a.g.push(new ls(b));return}Ic(xk(a.i,tf),16).g=0;if(e&&!Sr(a,j)){jk('Received resync message with id '+j+' while waiting for '+(a.f+1));a.f=j-1;Zr(a)}i=a.j.size!=0;if(i||!Sr(a,j)){if(i){rk()&&($wnd.console.debug('Postponing UIDL handling due to lock...'),undefined)}else{if(j<=a.f){sk(zJ+j+' but have already seen '+a.f+'. Ignoring it');Tr(b)&&Ct(Ic(xk(a.i,Gf),12));return}jk(zJ+j+' but expected '+(a.f+1)+'. Postponing handling until the missing message(s) have been received')}a.g.push(new ls(b));if(!a.c.f){m=Ic(xk(a.i,td),7).e;hj(a.c,m)}return}xJ in b&&Bv(Ic(xk(a.i,cg),8));l=xb();h=new I;a.j.add(h);rk()&&($wnd.console.debug('Handling message from server'),undefined);Dt(Ic(xk(a.i,Gf),12),new Qt);if(AJ in b){k=b[AJ];Js(Ic(xk(a.i,tf),16),k,xJ in b)}j!=-1&&(a.f=j);if('redirect' in b){n=b['redirect']['url'];rk()&&fE($wnd.console,'redirecting to '+n);np(n);return}BJ in b&&(a.b=b[BJ]);CJ in b&&(a.h=b[CJ]);Or(a,b);a.d||bl(Ic(xk(a.i,Td),74));'timings' in b&&(a.k=b['timings']);hl(new fs);hl(new ms(a,b,h,l))}
var rI='object',sI='[object Array]',tI='function',uI='java.lang',vI='com.google.gwt.core.client',wI={3:1},xI='__noinit__',yI='msie',zI={3:1,10:1,9:1,5:1},AI='null',BI='com.google.gwt.core.client.impl',CI='undefined',DI='Working array length changed ',EI='anonymous',FI='fnStack',GI='Unknown',HI='must be non-negative',II='must be positive',JI='com.google.web.bindery.event.shared',KI='com.vaadin.client',LI='visible',MI={61:1},NI='(pointer:coarse)',OI={26:1},QI='type',RI={51:1},SI={25:1},TI={15:1},UI={29:1},VI='text/javascript',WI='constructor',XI='properties',YI='value',ZI='com.vaadin.client.flow.reactive',$I={18:1},_I='nodeId',aJ='Root node for node ',bJ=' could not be found',cJ=' is not an Element',dJ={68:1},eJ={83:1},fJ={50:1},gJ='script',hJ='stylesheet',iJ='data-id',jJ='pushMode',kJ='com.vaadin.flow.shared',lJ='contextRootUrl',mJ='versionInfo',nJ='v-uiId=',oJ='websocket',pJ='transport',qJ='application/json; charset=UTF-8',rJ='VAADIN/push',sJ='com.vaadin.client.communication',tJ={93:1},uJ='dialogText',vJ='dialogTextGaveUp',wJ='syncId',xJ='resynchronize',yJ='execute',zJ='Received message with server id ',AJ='clientId',BJ='Vaadin-Security-Key',CJ='Vaadin-Push-ID',DJ='sessionExpired',EJ='stylesheetRemovals',FJ='pushServletMapping',GJ='event',HJ='node',IJ='attachReqId',JJ='attachAssignedId',KJ='com.vaadin.client.flow',LJ='bound',MJ='payload',NJ='subTemplate',OJ={49:1},PJ='Node is null',QJ='Node is not created for this tree',RJ='Node id is not registered with this tree',SJ='$server',TJ='feat',UJ='remove',VJ='com.vaadin.client.flow.binding',WJ='trailing',XJ='intermediate',YJ='elemental.util',ZJ='element',$J='shadowRoot',_J='The HTML node for the StateNode with id=',aK='An error occurred when Flow tried to find a state node matching the element ',bK='hidden',cK='styleDisplay',dK='Element addressed by the ',eK='dom-repeat',fK='dom-change',gK='com.vaadin.client.flow.nodefeature',hK='@v-node value must be a number, got ',iK=' in ',jK='com.vaadin.client.gwt.com.google.web.bindery.event.shared',kK=' edge/',lK=' edg/',mK=' edga/',nK=' edgios/',oK=' chrome/',pK=' crios/',qK=' headlesschrome/',rK=' opr/',sK='opera',tK='webtv',uK='trident/',vK=' firefox/',wK='fxios/',xK='safari',yK='com.vaadin.flow.shared.ui',zK='java.io',AK='java.util',BK='java.util.stream',CK='Index: ',DK=', Size: ',EK='user.agent';var _,Yi,Ti,Qi=-1;$wnd.goog=$wnd.goog||{};$wnd.goog.global=$wnd.goog.global||$wnd;Zi();$i(1,null,{},I);_.m=function J(a){return H(this,a)};_.n=function L(){return this.jc};_.o=function N(){return iI(this)};_.p=function P(){var a;return YE(M(this))+'@'+(a=O(this)>>>0,a.toString(16))};_.equals=function(a){return this.m(a)};_.hashCode=function(){return this.o()};_.toString=function(){return this.p()};var Ec,Fc,Gc;$i(70,1,{70:1},ZE);_.Vb=function $E(a){var b;b=new ZE;b.e=4;a>1?(b.c=eF(this,a-1)):(b.c=this);return b};_.Wb=function dF(){XE(this);return this.b};_.Xb=function fF(){return YE(this)};_.Yb=function hF(){XE(this);return this.g};_.Zb=function jF(){return (this.e&4)!=0};_.$b=function kF(){return (this.e&1)!=0};_.p=function nF(){return ((this.e&2)!=0?'interface ':(this.e&1)!=0?'':'class ')+(XE(this),this.i)};_.e=0;var WE=1;var ii=aF(uI,'Object',1);var Yh=aF(uI,'Class',70);$i(97,1,{},R);_.a=0;var cd=aF(vI,'Duration',97);var S=null;$i(5,1,{3:1,5:1});_.r=function bb(a){return new Error(a)};_.s=function db(){return this.e};_.t=function eb(){var a;return a=Ic(EH(GH(HG((this.i==null&&(this.i=zc(pi,wI,5,0,0,1)),this.i)),new eG),nH(new yH,new wH,new AH,Dc(xc(Ei,1),wI,52,0,[(rH(),pH)]))),94),vG(a,zc(ii,wI,1,a.a.length,5,1))};_.u=function fb(){return this.f};_.v=function gb(){return this.g};_.w=function hb(){Z(this,cb(this.r($(this,this.g))));hc(this)};_.p=function jb(){return $(this,this.v())};_.e=xI;_.j=true;var pi=aF(uI,'Throwable',5);$i(10,5,{3:1,10:1,5:1});var ai=aF(uI,'Exception',10);$i(9,10,zI,mb);var ji=aF(uI,'RuntimeException',9);$i(60,9,zI,nb);var fi=aF(uI,'JsException',60);$i(121,60,zI);var gd=aF(BI,'JavaScriptExceptionBase',121);$i(32,121,{32:1,3:1,10:1,9:1,5:1},rb);_.v=function ub(){return qb(this),this.c};_.A=function vb(){return _c(this.b)===_c(ob)?null:this.b};var ob;var dd=aF(vI,'JavaScriptException',32);var ed=aF(vI,'JavaScriptObject$',0);$i(316,1,{});var fd=aF(vI,'Scheduler',316);var yb=0,zb=false,Ab,Bb=0,Cb=-1;$i(131,316,{});_.e=false;_.i=false;var Pb;var kd=aF(BI,'SchedulerImpl',131);$i(132,1,{},bc);_.B=function cc(){this.a.e=true;Tb(this.a);this.a.e=false;return this.a.i=Ub(this.a)};var hd=aF(BI,'SchedulerImpl/Flusher',132);$i(133,1,{},dc);_.B=function ec(){this.a.e&&_b(this.a.f,1);return this.a.i};var jd=aF(BI,'SchedulerImpl/Rescuer',133);var fc;$i(327,1,{});var od=aF(BI,'StackTraceCreator/Collector',327);$i(122,327,{},nc);_.D=function oc(a){var b={},j;var c=[];a[FI]=c;var d=arguments.callee.caller;while(d){var e=(gc(),d.name||(d.name=jc(d.toString())));c.push(e);var f=':'+e;var g=b[f];if(g){var h,i;for(h=0,i=g.length;h<i;h++){if(g[h]===d){return}}}(g||(b[f]=[])).push(d);d=d.caller}};_.F=function pc(a){var b,c,d,e;d=(gc(),a&&a[FI]?a[FI]:[]);c=d.length;e=zc(ki,wI,31,c,0,1);for(b=0;b<c;b++){e[b]=new EF(d[b],null,-1)}return e};var ld=aF(BI,'StackTraceCreator/CollectorLegacy',122);$i(328,327,{});_.D=function rc(a){};_.G=function sc(a,b,c,d){return new EF(b,a+'@'+d,c<0?-1:c)};_.F=function tc(a){var b,c,d,e,f,g;e=lc(a);f=zc(ki,wI,31,0,0,1);b=0;d=e.length;if(d==0){return f}g=qc(this,e[0]);JF(g.d,EI)||(f[b++]=g);for(c=1;c<d;c++){f[b++]=qc(this,e[c])}return f};var nd=aF(BI,'StackTraceCreator/CollectorModern',328);$i(123,328,{},uc);_.G=function vc(a,b,c,d){return new EF(b,a,-1)};var md=aF(BI,'StackTraceCreator/CollectorModernNoSourceMap',123);$i(40,1,{});_.H=function nj(a){if(a!=this.d){return}this.e||(this.f=null);this.I()};_.d=0;_.e=false;_.f=null;var pd=aF('com.google.gwt.user.client','Timer',40);$i(334,1,{});_.p=function sj(){return 'An event type'};var sd=aF(JI,'Event',334);$i(87,1,{},uj);_.o=function vj(){return this.a};_.p=function wj(){return 'Event type'};_.a=0;var tj=0;var qd=aF(JI,'Event/Type',87);$i(335,1,{});var rd=aF(JI,'EventBus',335);$i(7,1,{7:1},Ij);_.M=function Jj(){return this.k};_.d=0;_.e=0;_.f=false;_.g=false;_.k=0;_.l=false;var td=aF(KI,'ApplicationConfiguration',7);$i(95,1,{95:1},Nj);_.N=function Oj(a,b){Vu(vv(Ic(xk(this.a,cg),8),a),new ak(a,b))};_.O=function Pj(a){var b;b=vv(Ic(xk(this.a,cg),8),a);return !b?null:b.a};_.P=function Qj(a){var b,c,d,e,f;e=vv(Ic(xk(this.a,cg),8),a);f={};if(e){d=PB($u(e,12));for(b=0;b<d.length;b++){c=Pc(d[b]);f[c]=PA(OB($u(e,12),c))}}return f};_.Q=function Rj(a){var b;b=vv(Ic(xk(this.a,cg),8),a);return !b?null:RA(OB($u(b,0),'jc'))};_.R=function Sj(a){var b;b=wv(Ic(xk(this.a,cg),8),BA(a));return !b?-1:b.d};_.S=function Tj(){var a;return Ic(xk(this.a,pf),22).a==0||Ic(xk(this.a,Gf),12).b||(a=(Qb(),Pb),!!a&&a.a!=0)};_.T=function Uj(a){var b,c;b=vv(Ic(xk(this.a,cg),8),a);c=!b||SA(OB($u(b,0),LI));return !c};var yd=aF(KI,'ApplicationConnection',95);$i(148,1,{},Wj);_.q=function Xj(a){var b;b=a;Sc(b,4)?ko('Assertion error: '+b.v()):ko(b.v())};var ud=aF(KI,'ApplicationConnection/0methodref$handleError$Type',148);$i(149,1,{},Yj);_.U=function Zj(a){Is(Ic(xk(this.a.a,tf),16))};var vd=aF(KI,'ApplicationConnection/lambda$1$Type',149);$i(150,1,{},$j);_.U=function _j(a){$wnd.location.reload()};var wd=aF(KI,'ApplicationConnection/lambda$2$Type',150);$i(151,1,MI,ak);_.V=function bk(a){return Vj(this.b,this.a,a)};_.b=0;var xd=aF(KI,'ApplicationConnection/lambda$3$Type',151);$i(41,1,{},ek);var ck;var zd=aF(KI,'BrowserInfo',41);var Ad=cF(KI,'Command');var ik=false;$i(130,1,{},tk);_.I=function uk(){ok(this.a)};var Bd=aF(KI,'Console/lambda$0$Type',130);$i(129,1,{},vk);_.q=function wk(a){pk(this.a)};var Cd=aF(KI,'Console/lambda$1$Type',129);$i(155,1,{});_.W=function Ck(){return Ic(xk(this,td),7)};_.X=function Dk(){return Ic(xk(this,pf),22)};_.Y=function Ek(){return Ic(xk(this,xf),75)};_.Z=function Fk(){return Ic(xk(this,Kf),33)};_._=function Gk(){return Ic(xk(this,cg),8)};_.ab=function Hk(){return Ic(xk(this,He),53)};var he=aF(KI,'Registry',155);$i(156,155,{},Ik);var Hd=aF(KI,'DefaultRegistry',156);$i(157,1,OI,Jk);_.bb=function Kk(){return new Qo};var Dd=aF(KI,'DefaultRegistry/0methodref$ctor$Type',157);$i(158,1,OI,Lk);_.bb=function Mk(){return new Eu};var Ed=aF(KI,'DefaultRegistry/1methodref$ctor$Type',158);$i(159,1,OI,Nk);_.bb=function Ok(){return new $l};var Fd=aF(KI,'DefaultRegistry/2methodref$ctor$Type',159);$i(160,1,OI,Pk);_.bb=function Qk(){return new pr(this.a)};var Gd=aF(KI,'DefaultRegistry/lambda$3$Type',160);$i(74,1,{74:1},cl);var Rk,Sk,Tk,Uk=0;var Td=aF(KI,'DependencyLoader',74);$i(206,1,RI,il);_.cb=function jl(a,b){Dn(this.a,a,Ic(b,25))};var Id=aF(KI,'DependencyLoader/0methodref$inlineScript$Type',206);var ne=cF(KI,'ResourceLoader/ResourceLoadListener');$i(200,1,SI,kl);_.db=function ll(a){lk("'"+a.a+"' could not be loaded.");dl()};_.eb=function ml(a){dl()};var Jd=aF(KI,'DependencyLoader/1',200);$i(209,1,RI,nl);_.cb=function ol(a,b){Fn(a,Ic(b,25))};var Kd=aF(KI,'DependencyLoader/1methodref$loadDynamicImport$Type',209);$i(201,1,SI,pl);_.db=function ql(a){lk(a.a+' could not be loaded.')};_.eb=function rl(a){};var Ld=aF(KI,'DependencyLoader/2',201);$i(210,1,TI,sl);_.I=function tl(){dl()};var Md=aF(KI,'DependencyLoader/2methodref$endEagerDependencyLoading$Type',210);$i(355,$wnd.Function,{},ul);_.cb=function vl(a,b){Yk(this.a,this.b,Nc(a),Ic(b,46))};$i(356,$wnd.Function,{},wl);_.cb=function xl(a,b){el(this.a,Ic(a,51),Pc(b))};$i(203,1,UI,yl);_.C=function zl(){Zk(this.a)};var Nd=aF(KI,'DependencyLoader/lambda$2$Type',203);$i(202,1,{},Al);_.C=function Bl(){$k(this.a)};var Od=aF(KI,'DependencyLoader/lambda$3$Type',202);$i(357,$wnd.Function,{},Cl);_.cb=function Dl(a,b){Ic(a,51).cb(Pc(b),(Vk(),Sk))};$i(204,1,RI,El);_.cb=function Fl(a,b){fl(this.b,this.a,a,Ic(b,25))};var Pd=aF(KI,'DependencyLoader/lambda$5$Type',204);$i(205,1,RI,Gl);_.cb=function Hl(a,b){gl(this.b,this.a,a,Ic(b,25))};var Qd=aF(KI,'DependencyLoader/lambda$6$Type',205);$i(207,1,RI,Il);_.cb=function Jl(a,b){Vk();Gn(this.a,a,Ic(b,25),true,VI)};var Rd=aF(KI,'DependencyLoader/lambda$8$Type',207);$i(208,1,RI,Kl);_.cb=function Ll(a,b){Vk();Gn(this.a,a,Ic(b,25),true,'module')};var Sd=aF(KI,'DependencyLoader/lambda$9$Type',208);$i(309,1,TI,Ul);_.I=function Vl(){yC(new Wl(this.a,this.b))};var Ud=aF(KI,'ExecuteJavaScriptElementUtils/lambda$0$Type',309);var sh=cF(ZI,'FlushListener');$i(308,1,$I,Wl);_.fb=function Xl(){Rl(this.a,this.b)};var Vd=aF(KI,'ExecuteJavaScriptElementUtils/lambda$1$Type',308);$i(64,1,{64:1},$l);var Wd=aF(KI,'ExistingElementMap',64);$i(55,1,{55:1},hm);var Yd=aF(KI,'InitialPropertiesHandler',55);$i(358,$wnd.Function,{},jm);_.gb=function km(a){em(this.a,this.b,Kc(a))};$i(217,1,$I,lm);_.fb=function mm(){am(this.a,this.b)};var Xd=aF(KI,'InitialPropertiesHandler/lambda$1$Type',217);$i(359,$wnd.Function,{},nm);_.cb=function om(a,b){im(this.a,Ic(a,17),Pc(b))};var rm;$i(297,1,MI,Pm);_.V=function Qm(a){return Om(a)};var Zd=aF(KI,'PolymerUtils/0methodref$createModelTree$Type',297);$i(380,$wnd.Function,{},Rm);_.gb=function Sm(a){Ic(a,49).Fb()};$i(379,$wnd.Function,{},Tm);_.gb=function Um(a){Ic(a,15).I()};$i(298,1,dJ,Vm);_.hb=function Wm(a){Hm(this.a,a)};var $d=aF(KI,'PolymerUtils/lambda$1$Type',298);$i(92,1,$I,Xm);_.fb=function Ym(){wm(this.b,this.a)};var _d=aF(KI,'PolymerUtils/lambda$10$Type',92);$i(299,1,{106:1},Zm);_.ib=function $m(a){this.a.forEach(aj(Rm.prototype.gb,Rm,[]))};var ae=aF(KI,'PolymerUtils/lambda$2$Type',299);$i(301,1,eJ,_m);_.jb=function an(a){Im(this.a,this.b,a)};var be=aF(KI,'PolymerUtils/lambda$4$Type',301);$i(300,1,fJ,bn);_.kb=function cn(a){xC(new Xm(this.a,this.b))};var ce=aF(KI,'PolymerUtils/lambda$5$Type',300);$i(377,$wnd.Function,{},dn);_.cb=function en(a,b){var c;Jm(this.a,this.b,(c=Ic(a,17),Pc(b),c))};$i(302,1,fJ,fn);_.kb=function gn(a){xC(new Xm(this.a,this.b))};var de=aF(KI,'PolymerUtils/lambda$7$Type',302);$i(303,1,$I,hn);_.fb=function jn(){vm(this.a,this.b)};var ee=aF(KI,'PolymerUtils/lambda$8$Type',303);$i(378,$wnd.Function,{},kn);_.gb=function ln(a){this.a.push(tm(a))};var mn;$i(114,1,{},qn);_.lb=function rn(){return (new Date).getTime()};var fe=aF(KI,'Profiler/DefaultRelativeTimeSupplier',114);$i(113,1,{},sn);_.lb=function tn(){return $wnd.performance.now()};var ge=aF(KI,'Profiler/HighResolutionTimeSupplier',113);$i(351,$wnd.Function,{},vn);_.cb=function wn(a,b){yk(this.a,Ic(a,26),Ic(b,70))};$i(54,1,{54:1},Jn);_.e=false;var te=aF(KI,'ResourceLoader',54);$i(193,1,{},Pn);_.B=function Qn(){var a;a=Nn(this.d);if(Nn(this.d)>0){Bn(this.b,this.c);return false}else if(a==0){An(this.b,this.c);return true}else if(Q(this.a)>60000){An(this.b,this.c);return false}else{return true}};var ie=aF(KI,'ResourceLoader/1',193);$i(194,40,{},Rn);_.I=function Sn(){this.a.c.has(this.c)||An(this.a,this.b)};var je=aF(KI,'ResourceLoader/2',194);$i(198,40,{},Tn);_.I=function Un(){this.a.c.has(this.c)?Bn(this.a,this.b):An(this.a,this.b)};var ke=aF(KI,'ResourceLoader/3',198);$i(199,1,SI,Vn);_.db=function Wn(a){An(this.a,a)};_.eb=function Xn(a){Bn(this.a,a)};var le=aF(KI,'ResourceLoader/4',199);$i(66,1,{},Yn);var me=aF(KI,'ResourceLoader/ResourceLoadEvent',66);$i(101,1,SI,Zn);_.db=function $n(a){An(this.a,a)};_.eb=function _n(a){Bn(this.a,a)};var oe=aF(KI,'ResourceLoader/SimpleLoadListener',101);$i(192,1,SI,ao);_.db=function bo(a){An(this.a,a)};_.eb=function co(a){var b;if(bD((!ck&&(ck=new ek),ck).a)||dD((!ck&&(ck=new ek),ck).a)||cD((!ck&&(ck=new ek),ck).a)){b=Nn(this.b);if(b==0){An(this.a,a);return}}Bn(this.a,a)};var pe=aF(KI,'ResourceLoader/StyleSheetLoadListener',192);$i(195,1,OI,eo);_.bb=function fo(){return this.a.call(null)};var qe=aF(KI,'ResourceLoader/lambda$0$Type',195);$i(196,1,TI,go);_.I=function ho(){this.b.eb(this.a)};var re=aF(KI,'ResourceLoader/lambda$1$Type',196);$i(197,1,TI,io);_.I=function jo(){this.b.db(this.a)};var se=aF(KI,'ResourceLoader/lambda$2$Type',197);$i(23,1,{23:1},so);_.b=false;var Be=aF(KI,'SystemErrorHandler',23);$i(167,1,{},uo);_.gb=function vo(a){po(Pc(a))};var ue=aF(KI,'SystemErrorHandler/0methodref$recreateNodes$Type',167);$i(163,1,{},xo);_.mb=function yo(a,b){var c;or(Ic(xk(this.a.a,_e),28),Ic(xk(this.a.a,td),7).d);c=b;ko(c.v())};_.nb=function zo(a){var b,c,d,e;qk('Received xhr HTTP session resynchronization message: '+a.responseText);or(Ic(xk(this.a.a,_e),28),-1);e=Ic(xk(this.a.a,td),7).k;b=ds(es(a.responseText));c=b['uiId'];if(c!=e){rk()&&fE($wnd.console,'UI ID switched from '+e+' to '+c+' after resynchronization');Gj(Ic(xk(this.a.a,td),7),c)}zk(this.a.a);Po(Ic(xk(this.a.a,Ge),13),(dp(),bp));Qr(Ic(xk(this.a.a,pf),22),b);d=it(PA(OB($u(Ic(xk(Ic(xk(this.a.a,Bf),38).a,cg),8).e,5),jJ)));d?Ko((Qb(),Pb),new Ao(this)):Ko((Qb(),Pb),new Eo(this))};var ye=aF(KI,'SystemErrorHandler/1',163);$i(165,1,{},Ao);_.C=function Bo(){wo(this.a)};var ve=aF(KI,'SystemErrorHandler/1/lambda$0$Type',165);$i(164,1,{},Co);_.C=function Do(){qo(this.a.a)};var we=aF(KI,'SystemErrorHandler/1/lambda$1$Type',164);$i(166,1,{},Eo);_.C=function Fo(){qo(this.a.a)};var xe=aF(KI,'SystemErrorHandler/1/lambda$2$Type',166);$i(161,1,{},Go);_.U=function Ho(a){np(this.a)};var ze=aF(KI,'SystemErrorHandler/lambda$0$Type',161);$i(162,1,{},Io);_.U=function Jo(a){to(this.a,a)};var Ae=aF(KI,'SystemErrorHandler/lambda$1$Type',162);$i(135,131,{},Lo);_.a=0;var De=aF(KI,'TrackingScheduler',135);$i(136,1,{},Mo);_.C=function No(){this.a.a--};var Ce=aF(KI,'TrackingScheduler/lambda$0$Type',136);$i(13,1,{13:1},Qo);var Ge=aF(KI,'UILifecycle',13);$i(171,334,{},So);_.K=function To(a){Ic(a,93).ob(this)};_.L=function Uo(){return Ro};var Ro=null;var Ee=aF(KI,'UILifecycle/StateChangeEvent',171);$i(14,1,{3:1,21:1,14:1});_.m=function Yo(a){return this===a};_.o=function Zo(){return iI(this)};_.p=function $o(){return this.b!=null?this.b:''+this.c};_.c=0;var $h=aF(uI,'Enum',14);$i(65,14,{65:1,3:1,21:1,14:1},ep);var ap,bp,cp;var Fe=bF(KI,'UILifecycle/UIState',65,fp);$i(333,1,wI);var Gh=aF(kJ,'VaadinUriResolver',333);$i(53,333,{53:1,3:1},kp);_.pb=function lp(a){return jp(this,a)};var He=aF(KI,'URIResolver',53);var qp=false,rp;$i(115,1,{},Bp);_.C=function Cp(){xp(this.a)};var Ie=aF('com.vaadin.client.bootstrap','Bootstrapper/lambda$0$Type',115);$i(89,1,{},Tp);_.qb=function Vp(){return Ic(xk(this.d,pf),22).f};_.rb=function Xp(a){this.f=(pq(),nq);oo(Ic(xk(Ic(xk(this.d,Re),20).c,Be),23),'','Client unexpectedly disconnected. Ensure client timeout is disabled.','',null,null)};_.sb=function Yp(a){this.f=(pq(),mq);Ic(xk(this.d,Re),20);rk()&&($wnd.console.debug('Push connection closed'),undefined)};_.tb=function Zp(a){this.f=(pq(),nq);Dq(Ic(xk(this.d,Re),20),'Push connection using '+a[pJ]+' failed!')};_.ub=function $p(a){var b,c;c=a['responseBody'];b=ds(es(c));if(!b){Lq(Ic(xk(this.d,Re),20),this,c);return}else{jk('Received push ('+this.g+') message: '+c);Qr(Ic(xk(this.d,pf),22),b)}};_.vb=function _p(a){jk('Push connection established using '+a[pJ]);Qp(this,a)};_.wb=function aq(a,b){this.f==(pq(),lq)&&(this.f=mq);Oq(Ic(xk(this.d,Re),20),this)};_.xb=function bq(a){jk('Push connection re-established using '+a[pJ]);Qp(this,a)};_.yb=function cq(){sk('Push connection using primary method ('+this.a[pJ]+') failed. Trying with '+this.a['fallbackTransport'])};var Qe=aF(sJ,'AtmospherePushConnection',89);$i(250,1,{},dq);_.C=function eq(){Hp(this.a)};var Je=aF(sJ,'AtmospherePushConnection/0methodref$connect$Type',250);$i(252,1,SI,fq);_.db=function gq(a){Pq(Ic(xk(this.a.d,Re),20),a.a)};_.eb=function hq(a){if(Wp()){jk(this.c+' loaded');Pp(this.b.a)}else{Pq(Ic(xk(this.a.d,Re),20),a.a)}};var Ke=aF(sJ,'AtmospherePushConnection/1',252);$i(247,1,{},kq);_.a=0;var Le=aF(sJ,'AtmospherePushConnection/FragmentedMessage',247);$i(57,14,{57:1,3:1,21:1,14:1},qq);var lq,mq,nq,oq;var Me=bF(sJ,'AtmospherePushConnection/State',57,rq);$i(249,1,tJ,sq);_.ob=function tq(a){Np(this.a,a)};var Ne=aF(sJ,'AtmospherePushConnection/lambda$0$Type',249);$i(248,1,UI,uq);_.C=function vq(){};var Oe=aF(sJ,'AtmospherePushConnection/lambda$1$Type',248);$i(366,$wnd.Function,{},wq);_.cb=function xq(a,b){Op(this.a,Pc(a),Pc(b))};$i(251,1,UI,yq);_.C=function zq(){Pp(this.a)};var Pe=aF(sJ,'AtmospherePushConnection/lambda$3$Type',251);var Re=cF(sJ,'ConnectionStateHandler');$i(221,1,{20:1},Xq);_.a=0;_.b=null;var Xe=aF(sJ,'DefaultConnectionStateHandler',221);$i(223,40,{},Yq);_.I=function Zq(){!!this.a.d&&gj(this.a.d);this.a.d=null;jk('Scheduled reconnect attempt '+this.a.a+' for '+this.b);Bq(this.a,this.b)};var Se=aF(sJ,'DefaultConnectionStateHandler/1',223);$i(67,14,{67:1,3:1,21:1,14:1},dr);_.a=0;var $q,_q,ar;var Te=bF(sJ,'DefaultConnectionStateHandler/Type',67,er);$i(222,1,tJ,fr);_.ob=function gr(a){Jq(this.a,a)};var Ue=aF(sJ,'DefaultConnectionStateHandler/lambda$0$Type',222);$i(224,1,{},hr);_.U=function ir(a){Cq(this.a)};var Ve=aF(sJ,'DefaultConnectionStateHandler/lambda$1$Type',224);$i(225,1,{},jr);_.U=function kr(a){Kq(this.a)};var We=aF(sJ,'DefaultConnectionStateHandler/lambda$2$Type',225);$i(28,1,{28:1},pr);_.a=-1;var _e=aF(sJ,'Heartbeat',28);$i(218,40,{},qr);_.I=function rr(){nr(this.a)};var Ye=aF(sJ,'Heartbeat/1',218);$i(220,1,{},sr);_.mb=function tr(a,b){!b?this.a.a<0?rk()&&($wnd.console.debug('Heartbeat terminated, ignoring failure.'),undefined):Hq(Ic(xk(this.a.b,Re),20),a):Gq(Ic(xk(this.a.b,Re),20),b);mr(this.a)};_.nb=function ur(a){Iq(Ic(xk(this.a.b,Re),20));mr(this.a)};var Ze=aF(sJ,'Heartbeat/2',220);$i(219,1,tJ,vr);_.ob=function wr(a){lr(this.a,a)};var $e=aF(sJ,'Heartbeat/lambda$0$Type',219);$i(173,1,{},Ar);_.gb=function Br(a){gk('firstDelay',xF(Ic(a,27).a))};var af=aF(sJ,'LoadingIndicatorConfigurator/0methodref$setFirstDelay$Type',173);$i(174,1,{},Cr);_.gb=function Dr(a){gk('secondDelay',xF(Ic(a,27).a))};var bf=aF(sJ,'LoadingIndicatorConfigurator/1methodref$setSecondDelay$Type',174);$i(175,1,{},Er);_.gb=function Fr(a){gk('thirdDelay',xF(Ic(a,27).a))};var cf=aF(sJ,'LoadingIndicatorConfigurator/2methodref$setThirdDelay$Type',175);$i(176,1,fJ,Gr);_.kb=function Hr(a){zr(SA(Ic(a.e,17)))};var df=aF(sJ,'LoadingIndicatorConfigurator/lambda$3$Type',176);$i(177,1,fJ,Ir);_.kb=function Jr(a){yr(this.b,this.a,a)};_.a=0;var ef=aF(sJ,'LoadingIndicatorConfigurator/lambda$4$Type',177);$i(22,1,{22:1},as);_.a=0;_.b='init';_.d=false;_.e=0;_.f=-1;_.h=null;_.l=0;var pf=aF(sJ,'MessageHandler',22);$i(184,1,UI,fs);_.C=function gs(){!AA&&$wnd.Polymer!=null&&JF($wnd.Polymer.version.substr(0,'1.'.length),'1.')&&(AA=true,rk()&&($wnd.console.debug('Polymer micro is now loaded, using Polymer DOM API'),undefined),zA=new CA,undefined)};var ff=aF(sJ,'MessageHandler/0methodref$updateApiImplementation$Type',184);$i(183,40,{},hs);_.I=function is(){Mr(this.a)};var gf=aF(sJ,'MessageHandler/1',183);$i(354,$wnd.Function,{},js);_.gb=function ks(a){Kr(Ic(a,6))};$i(56,1,{56:1},ls);var hf=aF(sJ,'MessageHandler/PendingUIDLMessage',56);$i(185,1,UI,ms);_.C=function ns(){Xr(this.a,this.d,this.b,this.c)};_.c=0;var jf=aF(sJ,'MessageHandler/lambda$1$Type',185);$i(187,1,$I,os);_.fb=function ps(){yC(new qs(this.a,this.b))};var kf=aF(sJ,'MessageHandler/lambda$3$Type',187);$i(186,1,$I,qs);_.fb=function rs(){Ur(this.a,this.b)};var lf=aF(sJ,'MessageHandler/lambda$4$Type',186);$i(188,1,{},ss);_.B=function ts(){return mo(Ic(xk(this.a.i,Be),23),null),false};var mf=aF(sJ,'MessageHandler/lambda$5$Type',188);$i(190,1,$I,us);_.fb=function vs(){Vr(this.a)};var nf=aF(sJ,'MessageHandler/lambda$6$Type',190);$i(189,1,{},ws);_.C=function xs(){this.a.forEach(aj(js.prototype.gb,js,[]))};var of=aF(sJ,'MessageHandler/lambda$7$Type',189);$i(16,1,{16:1},Ms);_.a=0;_.g=0;var tf=aF(sJ,'MessageSender',16);$i(180,40,{},Os);_.I=function Ps(){hj(this.a.f,Ic(xk(this.a.e,td),7).e+500);if(!Ic(xk(this.a.e,Gf),12).b){Ft(Ic(xk(this.a.e,Gf),12));ou(Ic(xk(this.a.e,Uf),62),this.b)}};var qf=aF(sJ,'MessageSender/1',180);$i(179,1,{338:1},Qs);var rf=aF(sJ,'MessageSender/lambda$0$Type',179);$i(100,1,UI,Rs);_.C=function Ss(){As(this.a,this.b)};_.b=false;var sf=aF(sJ,'MessageSender/lambda$1$Type',100);$i(168,1,fJ,Vs);_.kb=function Ws(a){Ts(this.a,a)};var uf=aF(sJ,'PollConfigurator/lambda$0$Type',168);$i(75,1,{75:1},$s);_.zb=function _s(){var a;a=Ic(xk(this.b,cg),8);Dv(a,a.e,'ui-poll',null)};_.a=null;var xf=aF(sJ,'Poller',75);$i(170,40,{},at);_.I=function bt(){var a;a=Ic(xk(this.a.b,cg),8);Dv(a,a.e,'ui-poll',null)};var vf=aF(sJ,'Poller/1',170);$i(169,1,tJ,ct);_.ob=function dt(a){Xs(this.a,a)};var wf=aF(sJ,'Poller/lambda$0$Type',169);$i(38,1,{38:1},ht);var Bf=aF(sJ,'PushConfiguration',38);$i(231,1,fJ,kt);_.kb=function lt(a){gt(this.a,a)};var yf=aF(sJ,'PushConfiguration/0methodref$onPushModeChange$Type',231);$i(232,1,$I,mt);_.fb=function nt(){Ks(Ic(xk(this.a.a,tf),16),true)};var zf=aF(sJ,'PushConfiguration/lambda$1$Type',232);$i(233,1,$I,ot);_.fb=function pt(){Ks(Ic(xk(this.a.a,tf),16),false)};var Af=aF(sJ,'PushConfiguration/lambda$2$Type',233);$i(360,$wnd.Function,{},qt);_.cb=function rt(a,b){jt(this.a,Ic(a,17),Pc(b))};$i(39,1,{39:1},st);var Df=aF(sJ,'ReconnectConfiguration',39);$i(172,1,UI,tt);_.C=function ut(){Aq(this.a)};var Cf=aF(sJ,'ReconnectConfiguration/lambda$0$Type',172);$i(181,334,{},xt);_.K=function yt(a){wt(this,Ic(a,338))};_.L=function zt(){return vt};_.a=0;var vt=null;var Ef=aF(sJ,'ReconnectionAttemptEvent',181);$i(12,1,{12:1},Gt);_.b=false;var Gf=aF(sJ,'RequestResponseTracker',12);$i(182,1,{},Ht);_.C=function It(){Et(this.a)};var Ff=aF(sJ,'RequestResponseTracker/lambda$0$Type',182);$i(246,334,{},Jt);_.K=function Kt(a){bd(a);null.mc()};_.L=function Lt(){return null};var Hf=aF(sJ,'RequestStartingEvent',246);$i(230,334,{},Nt);_.K=function Ot(a){Ic(a,339).a.b=false};_.L=function Pt(){return Mt};var Mt;var If=aF(sJ,'ResponseHandlingEndedEvent',230);$i(290,334,{},Qt);_.K=function Rt(a){bd(a);null.mc()};_.L=function St(){return null};var Jf=aF(sJ,'ResponseHandlingStartedEvent',290);$i(33,1,{33:1},$t);_.Ab=function _t(a,b,c){Tt(this,a,b,c)};_.Bb=function au(a,b,c){var d;d={};d[QI]='channel';d[HJ]=Object(a);d['channel']=Object(b);d['args']=c;Xt(this,d)};var Kf=aF(sJ,'ServerConnector',33);$i(37,1,{37:1},gu);_.b=false;var bu;var Of=aF(sJ,'ServerRpcQueue',37);$i(212,1,TI,hu);_.I=function iu(){eu(this.a)};var Lf=aF(sJ,'ServerRpcQueue/0methodref$doFlush$Type',212);$i(211,1,TI,ju);_.I=function ku(){cu()};var Mf=aF(sJ,'ServerRpcQueue/lambda$0$Type',211);$i(213,1,{},lu);_.C=function mu(){this.a.a.I()};var Nf=aF(sJ,'ServerRpcQueue/lambda$2$Type',213);$i(62,1,{62:1},pu);_.b=false;var Uf=aF(sJ,'XhrConnection',62);$i(229,40,{},ru);_.I=function su(){qu(this.b)&&this.a.b&&hj(this,250)};var Pf=aF(sJ,'XhrConnection/1',229);$i(226,1,{},uu);_.mb=function vu(a,b){var c;c=new Au(a,this.a);if(!b){Vq(Ic(xk(this.c.a,Re),20),c);return}else{Tq(Ic(xk(this.c.a,Re),20),c)}};_.nb=function wu(a){var b,c;jk('Server visit took '+on(this.b)+'ms');c=a.responseText;b=ds(es(c));if(!b){Uq(Ic(xk(this.c.a,Re),20),new Au(a,this.a));return}Wq(Ic(xk(this.c.a,Re),20));rk()&&fE($wnd.console,'Received xhr message: '+c);Qr(Ic(xk(this.c.a,pf),22),b)};_.b=0;var Qf=aF(sJ,'XhrConnection/XhrResponseHandler',226);$i(227,1,{},xu);_.U=function yu(a){this.a.b=true};var Rf=aF(sJ,'XhrConnection/lambda$0$Type',227);$i(228,1,{339:1},zu);var Sf=aF(sJ,'XhrConnection/lambda$1$Type',228);$i(104,1,{},Au);var Tf=aF(sJ,'XhrConnectionError',104);$i(63,1,{63:1},Eu);var Vf=aF(KJ,'ConstantPool',63);$i(86,1,{86:1},Mu);_.Cb=function Nu(){return Ic(xk(this.a,td),7).a};var Zf=aF(KJ,'ExecuteJavaScriptProcessor',86);$i(215,1,MI,Ou);_.V=function Pu(a){var b;return yC(new Qu(this.a,(b=this.b,b))),TE(),true};var Wf=aF(KJ,'ExecuteJavaScriptProcessor/lambda$0$Type',215);$i(214,1,$I,Qu);_.fb=function Ru(){Hu(this.a,this.b)};var Xf=aF(KJ,'ExecuteJavaScriptProcessor/lambda$1$Type',214);$i(216,1,TI,Su);_.I=function Tu(){Lu(this.a)};var Yf=aF(KJ,'ExecuteJavaScriptProcessor/lambda$2$Type',216);$i(307,1,{},Uu);var $f=aF(KJ,'NodeUnregisterEvent',307);$i(6,1,{6:1},fv);_.Db=function gv(){return Yu(this)};_.Eb=function hv(){return this.g};_.d=0;_.i=false;var bg=aF(KJ,'StateNode',6);$i(347,$wnd.Function,{},jv);_.cb=function kv(a,b){_u(this.a,this.b,Ic(a,34),Kc(b))};$i(348,$wnd.Function,{},lv);_.gb=function mv(a){iv(this.a,Ic(a,106))};var Jh=cF('elemental.events','EventRemover');$i(153,1,OJ,nv);_.Fb=function ov(){av(this.a,this.b)};var _f=aF(KJ,'StateNode/lambda$2$Type',153);$i(349,$wnd.Function,{},pv);_.gb=function qv(a){bv(this.a,Ic(a,61))};$i(154,1,OJ,rv);_.Fb=function sv(){cv(this.a,this.b)};var ag=aF(KJ,'StateNode/lambda$4$Type',154);$i(8,1,{8:1},Jv);_.Gb=function Kv(){return this.e};_.Hb=function Mv(a,b,c,d){var e;if(yv(this,a)){e=Nc(c);Zt(Ic(xk(this.c,Kf),33),a,b,e,d)}};_.d=false;_.f=false;var cg=aF(KJ,'StateTree',8);$i(352,$wnd.Function,{},Nv);_.gb=function Ov(a){Xu(Ic(a,6),aj(Rv.prototype.cb,Rv,[]))};$i(353,$wnd.Function,{},Pv);_.cb=function Qv(a,b){var c;Av(this.a,(c=Ic(a,6),Kc(b),c))};$i(337,$wnd.Function,{},Rv);_.cb=function Sv(a,b){Lv(Ic(a,34),Kc(b))};var $v,_v;$i(178,1,{},ew);var dg=aF(VJ,'Binder/BinderContextImpl',178);var eg=cF(VJ,'BindingStrategy');$i(81,1,{81:1},jw);_.j=0;var fw;var hg=aF(VJ,'Debouncer',81);$i(383,$wnd.Function,{},nw);_.gb=function ow(a){Ic(a,15).I()};$i(336,1,{});_.c=false;_.d=0;var Oh=aF(YJ,'Timer',336);$i(310,336,{},tw);var fg=aF(VJ,'Debouncer/1',310);$i(311,336,{},vw);var gg=aF(VJ,'Debouncer/2',311);$i(384,$wnd.Function,{},xw);_.cb=function yw(a,b){var c;ww(this,(c=Oc(a,$wnd.Map),Nc(b),c))};$i(385,$wnd.Function,{},Bw);_.gb=function Cw(a){zw(this.a,Oc(a,$wnd.Map))};$i(386,$wnd.Function,{},Dw);_.gb=function Ew(a){Aw(this.a,Ic(a,81))};$i(382,$wnd.Function,{},Fw);_.cb=function Gw(a,b){lw(this.a,Ic(a,15),Pc(b))};$i(304,1,OI,Kw);_.bb=function Lw(){return Xw(this.a)};var ig=aF(VJ,'ServerEventHandlerBinder/lambda$0$Type',304);$i(305,1,dJ,Mw);_.hb=function Nw(a){Jw(this.b,this.a,this.c,a)};_.c=false;var jg=aF(VJ,'ServerEventHandlerBinder/lambda$1$Type',305);var Ow;$i(253,1,{314:1},Wx);_.Ib=function Xx(a,b,c){dx(this,a,b,c)};_.Jb=function $x(a){return nx(a)};_.Lb=function dy(a,b){var c,d,e;d=Object.keys(a);e=new Yz(d,a,b);c=Ic(b.e.get(lg),78);!c?Lx(e.b,e.a,e.c):(c.a=e)};_.Mb=function ey(r,s){var t=this;var u=s._propertiesChanged;u&&(s._propertiesChanged=function(a,b,c){qI(function(){t.Lb(b,r)})();u.apply(this,arguments)});var v=r.Eb();var w=s.ready;s.ready=function(){w.apply(this,arguments);xm(s);var q=function(){var o=s.root.querySelector(eK);if(o){s.removeEventListener(fK,q)}else{return}if(!o.constructor.prototype.$propChangedModified){o.constructor.prototype.$propChangedModified=true;var p=o.constructor.prototype._propertiesChanged;o.constructor.prototype._propertiesChanged=function(a,b,c){p.apply(this,arguments);var d=Object.getOwnPropertyNames(b);var e='items.';var f;for(f=0;f<d.length;f++){var g=d[f].indexOf(e);if(g==0){var h=d[f].substr(e.length);g=h.indexOf('.');if(g>0){var i=h.substr(0,g);var j=h.substr(g+1);var k=a.items[i];if(k&&k.nodeId){var l=k.nodeId;var m=k[j];var n=this.__dataHost;while(!n.localName||n.__dataHost){n=n.__dataHost}qI(function(){cy(l,n,j,m,v)})()}}}}}}};s.root&&s.root.querySelector(eK)?q():s.addEventListener(fK,q)}};_.Kb=function fy(a){if(a.c.has(0)){return true}return !!a.g&&K(a,a.g.e)};var Zw,$w;var Tg=aF(VJ,'SimpleElementBindingStrategy',253);$i(371,$wnd.Function,{},wy);_.gb=function xy(a){Ic(a,49).Fb()};$i(375,$wnd.Function,{},yy);_.gb=function zy(a){Ic(a,15).I()};$i(102,1,{},Ay);var kg=aF(VJ,'SimpleElementBindingStrategy/BindingContext',102);$i(78,1,{78:1},By);var lg=aF(VJ,'SimpleElementBindingStrategy/InitialPropertyUpdate',78);$i(254,1,{},Cy);_.Nb=function Dy(a){zx(this.a,a)};var mg=aF(VJ,'SimpleElementBindingStrategy/lambda$0$Type',254);$i(255,1,{},Ey);_.Nb=function Fy(a){Ax(this.a,a)};var ng=aF(VJ,'SimpleElementBindingStrategy/lambda$1$Type',255);$i(367,$wnd.Function,{},Gy);_.cb=function Hy(a,b){var c;gy(this.b,this.a,(c=Ic(a,17),Pc(b),c))};$i(264,1,eJ,Iy);_.jb=function Jy(a){hy(this.b,this.a,a)};var og=aF(VJ,'SimpleElementBindingStrategy/lambda$11$Type',264);$i(265,1,fJ,Ky);_.kb=function Ly(a){Tx(this.c,this.b,this.a)};var pg=aF(VJ,'SimpleElementBindingStrategy/lambda$12$Type',265);$i(266,1,$I,My);_.fb=function Ny(){Bx(this.b,this.c,this.a)};var qg=aF(VJ,'SimpleElementBindingStrategy/lambda$13$Type',266);$i(267,1,UI,Oy);_.C=function Py(){this.b.Nb(this.a)};var rg=aF(VJ,'SimpleElementBindingStrategy/lambda$14$Type',267);$i(268,1,MI,Ry);_.V=function Sy(a){return Qy(this,a)};var sg=aF(VJ,'SimpleElementBindingStrategy/lambda$15$Type',268);$i(269,1,UI,Ty);_.C=function Uy(){this.a[this.b]=tm(this.c)};var tg=aF(VJ,'SimpleElementBindingStrategy/lambda$16$Type',269);$i(271,1,dJ,Vy);_.hb=function Wy(a){Cx(this.a,a)};var ug=aF(VJ,'SimpleElementBindingStrategy/lambda$17$Type',271);$i(270,1,$I,Xy);_.fb=function Yy(){ux(this.b,this.a)};var vg=aF(VJ,'SimpleElementBindingStrategy/lambda$18$Type',270);$i(273,1,dJ,Zy);_.hb=function $y(a){Dx(this.a,a)};var wg=aF(VJ,'SimpleElementBindingStrategy/lambda$19$Type',273);$i(256,1,{},_y);_.Nb=function az(a){Ex(this.a,a)};var xg=aF(VJ,'SimpleElementBindingStrategy/lambda$2$Type',256);$i(272,1,$I,bz);_.fb=function cz(){Fx(this.b,this.a)};var yg=aF(VJ,'SimpleElementBindingStrategy/lambda$20$Type',272);$i(274,1,TI,dz);_.I=function ez(){wx(this.a,this.b,this.c,false)};var zg=aF(VJ,'SimpleElementBindingStrategy/lambda$21$Type',274);$i(275,1,TI,fz);_.I=function gz(){wx(this.a,this.b,this.c,false)};var Ag=aF(VJ,'SimpleElementBindingStrategy/lambda$22$Type',275);$i(276,1,TI,hz);_.I=function iz(){yx(this.a,this.b,this.c,false)};var Bg=aF(VJ,'SimpleElementBindingStrategy/lambda$23$Type',276);$i(277,1,OI,jz);_.bb=function kz(){return jy(this.a,this.b)};var Cg=aF(VJ,'SimpleElementBindingStrategy/lambda$24$Type',277);$i(278,1,TI,lz);_.I=function mz(){px(this.b,this.e,false,this.c,this.d,this.a)};var Dg=aF(VJ,'SimpleElementBindingStrategy/lambda$25$Type',278);$i(279,1,OI,nz);_.bb=function oz(){return ky(this.a,this.b)};var Eg=aF(VJ,'SimpleElementBindingStrategy/lambda$26$Type',279);$i(280,1,OI,pz);_.bb=function qz(){return ly(this.a,this.b)};var Fg=aF(VJ,'SimpleElementBindingStrategy/lambda$27$Type',280);$i(368,$wnd.Function,{},rz);_.cb=function sz(a,b){var c;mC((c=Ic(a,76),Pc(b),c))};$i(257,1,{106:1},tz);_.ib=function uz(a){Mx(this.c,this.b,this.a)};var Gg=aF(VJ,'SimpleElementBindingStrategy/lambda$3$Type',257);$i(369,$wnd.Function,{},vz);_.gb=function wz(a){my(this.a,Oc(a,$wnd.Map))};$i(370,$wnd.Function,{},xz);_.cb=function yz(a,b){var c;(c=Ic(a,49),Pc(b),c).Fb()};$i(372,$wnd.Function,{},zz);_.cb=function Az(a,b){var c;Gx(this.a,(c=Ic(a,17),Pc(b),c))};$i(281,1,eJ,Bz);_.jb=function Cz(a){Hx(this.a,a)};var Hg=aF(VJ,'SimpleElementBindingStrategy/lambda$34$Type',281);$i(282,1,UI,Dz);_.C=function Ez(){Ix(this.b,this.a,this.c)};var Ig=aF(VJ,'SimpleElementBindingStrategy/lambda$35$Type',282);$i(283,1,{},Fz);_.U=function Gz(a){Jx(this.a,a)};var Jg=aF(VJ,'SimpleElementBindingStrategy/lambda$36$Type',283);$i(373,$wnd.Function,{},Hz);_.gb=function Iz(a){ny(this.b,this.a,Pc(a))};$i(374,$wnd.Function,{},Jz);_.gb=function Kz(a){Kx(this.a,this.b,Pc(a))};$i(284,1,{},Lz);_.gb=function Mz(a){uy(this.b,this.c,this.a,Pc(a))};var Kg=aF(VJ,'SimpleElementBindingStrategy/lambda$39$Type',284);$i(259,1,$I,Nz);_.fb=function Oz(){oy(this.a)};var Lg=aF(VJ,'SimpleElementBindingStrategy/lambda$4$Type',259);$i(285,1,dJ,Pz);_.hb=function Qz(a){py(this.a,a)};var Mg=aF(VJ,'SimpleElementBindingStrategy/lambda$41$Type',285);$i(286,1,OI,Rz);_.bb=function Sz(){return this.a.b};var Ng=aF(VJ,'SimpleElementBindingStrategy/lambda$42$Type',286);$i(376,$wnd.Function,{},Tz);_.gb=function Uz(a){this.a.push(Ic(a,6))};$i(258,1,{},Vz);_.C=function Wz(){qy(this.a)};var Og=aF(VJ,'SimpleElementBindingStrategy/lambda$5$Type',258);$i(261,1,TI,Yz);_.I=function Zz(){Xz(this)};var Pg=aF(VJ,'SimpleElementBindingStrategy/lambda$6$Type',261);$i(260,1,OI,$z);_.bb=function _z(){return this.a[this.b]};var Qg=aF(VJ,'SimpleElementBindingStrategy/lambda$7$Type',260);$i(263,1,eJ,aA);_.jb=function bA(a){xC(new cA(this.a))};var Rg=aF(VJ,'SimpleElementBindingStrategy/lambda$8$Type',263);$i(262,1,$I,cA);_.fb=function dA(){cx(this.a)};var Sg=aF(VJ,'SimpleElementBindingStrategy/lambda$9$Type',262);$i(287,1,{314:1},iA);_.Ib=function jA(a,b,c){gA(a,b)};_.Jb=function kA(a){return $doc.createTextNode('')};_.Kb=function lA(a){return a.c.has(7)};var eA;var Wg=aF(VJ,'TextBindingStrategy',287);$i(288,1,UI,mA);_.C=function nA(){fA();aE(this.a,Pc(PA(this.b)))};var Ug=aF(VJ,'TextBindingStrategy/lambda$0$Type',288);$i(289,1,{106:1},oA);_.ib=function pA(a){hA(this.b,this.a)};var Vg=aF(VJ,'TextBindingStrategy/lambda$1$Type',289);$i(346,$wnd.Function,{},tA);_.gb=function uA(a){this.a.add(a)};$i(350,$wnd.Function,{},wA);_.cb=function xA(a,b){this.a.push(a)};var zA,AA=false;$i(296,1,{},CA);var Xg=aF('com.vaadin.client.flow.dom','PolymerDomApiImpl',296);$i(79,1,{79:1},DA);var Yg=aF('com.vaadin.client.flow.model','UpdatableModelProperties',79);$i(381,$wnd.Function,{},EA);_.gb=function FA(a){this.a.add(Pc(a))};$i(90,1,{});_.Ob=function HA(){return this.e};var xh=aF(ZI,'ReactiveValueChangeEvent',90);$i(59,90,{59:1},IA);_.Ob=function JA(){return Ic(this.e,30)};_.b=false;_.c=0;var Zg=aF(gK,'ListSpliceEvent',59);$i(17,1,{17:1,315:1},YA);_.Pb=function ZA(a){return _A(this.a,a)};_.b=false;_.c=false;_.d=false;var KA;var hh=aF(gK,'MapProperty',17);$i(88,1,{});var wh=aF(ZI,'ReactiveEventRouter',88);$i(239,88,{},fB);_.Qb=function gB(a,b){Ic(a,50).kb(Ic(b,80))};_.Rb=function hB(a){return new iB(a)};var _g=aF(gK,'MapProperty/1',239);$i(240,1,fJ,iB);_.kb=function jB(a){kC(this.a)};var $g=aF(gK,'MapProperty/1/0methodref$onValueChange$Type',240);$i(238,1,TI,kB);_.I=function lB(){LA()};var ah=aF(gK,'MapProperty/lambda$0$Type',238);$i(241,1,$I,mB);_.fb=function nB(){this.a.d=false};var bh=aF(gK,'MapProperty/lambda$1$Type',241);$i(242,1,$I,oB);_.fb=function pB(){this.a.d=false};var dh=aF(gK,'MapProperty/lambda$2$Type',242);$i(243,1,TI,qB);_.I=function rB(){UA(this.a,this.b)};var eh=aF(gK,'MapProperty/lambda$3$Type',243);$i(91,90,{91:1},sB);_.Ob=function tB(){return Ic(this.e,45)};var fh=aF(gK,'MapPropertyAddEvent',91);$i(80,90,{80:1},uB);_.Ob=function vB(){return Ic(this.e,17)};var gh=aF(gK,'MapPropertyChangeEvent',80);$i(34,1,{34:1});_.d=0;var ih=aF(gK,'NodeFeature',34);$i(30,34,{34:1,30:1,315:1},DB);_.Pb=function EB(a){return _A(this.a,a)};_.Sb=function FB(a){var b,c,d;c=[];for(b=0;b<this.c.length;b++){d=this.c[b];c[c.length]=tm(d)}return c};_.Tb=function GB(){var a,b,c,d;b=[];for(a=0;a<this.c.length;a++){d=this.c[a];c=wB(d);b[b.length]=c}return b};_.b=false;var lh=aF(gK,'NodeList',30);$i(293,88,{},HB);_.Qb=function IB(a,b){Ic(a,68).hb(Ic(b,59))};_.Rb=function JB(a){return new KB(a)};var kh=aF(gK,'NodeList/1',293);$i(294,1,dJ,KB);_.hb=function LB(a){kC(this.a)};var jh=aF(gK,'NodeList/1/0methodref$onValueChange$Type',294);$i(45,34,{34:1,45:1,315:1},SB);_.Pb=function TB(a){return _A(this.a,a)};_.Sb=function UB(a){var b;b={};this.b.forEach(aj(eC.prototype.cb,eC,[a,b]));return b};_.Tb=function VB(){var a,b;a={};this.b.forEach(aj(cC.prototype.cb,cC,[a]));if((b=uE(a),b).length==0){return null}return a};var oh=aF(gK,'NodeMap',45);$i(234,88,{},XB);_.Qb=function YB(a,b){Ic(a,83).jb(Ic(b,91))};_.Rb=function ZB(a){return new $B(a)};var nh=aF(gK,'NodeMap/1',234);$i(235,1,eJ,$B);_.jb=function _B(a){kC(this.a)};var mh=aF(gK,'NodeMap/1/0methodref$onValueChange$Type',235);$i(361,$wnd.Function,{},aC);_.cb=function bC(a,b){this.a.push((Ic(a,17),Pc(b)))};$i(362,$wnd.Function,{},cC);_.cb=function dC(a,b){RB(this.a,Ic(a,17),Pc(b))};$i(363,$wnd.Function,{},eC);_.cb=function fC(a,b){WB(this.a,this.b,Ic(a,17),Pc(b))};$i(76,1,{76:1});_.d=false;_.e=false;var rh=aF(ZI,'Computation',76);$i(244,1,$I,nC);_.fb=function oC(){lC(this.a)};var ph=aF(ZI,'Computation/0methodref$recompute$Type',244);$i(245,1,UI,pC);_.C=function qC(){this.a.a.C()};var qh=aF(ZI,'Computation/1methodref$doRecompute$Type',245);$i(365,$wnd.Function,{},rC);_.gb=function sC(a){CC(Ic(a,340).a)};var tC=null,uC,vC=false,wC;$i(77,76,{76:1},BC);var th=aF(ZI,'Reactive/1',77);$i(236,1,OJ,DC);_.Fb=function EC(){CC(this)};var uh=aF(ZI,'ReactiveEventRouter/lambda$0$Type',236);$i(237,1,{340:1},FC);var vh=aF(ZI,'ReactiveEventRouter/lambda$1$Type',237);$i(364,$wnd.Function,{},GC);_.gb=function HC(a){cB(this.a,this.b,a)};$i(103,335,{},UC);_.b=0;var Bh=aF(jK,'SimpleEventBus',103);var yh=cF(jK,'SimpleEventBus/Command');$i(291,1,{},VC);var zh=aF(jK,'SimpleEventBus/lambda$0$Type',291);$i(292,1,{341:1},WC);var Ah=aF(jK,'SimpleEventBus/lambda$1$Type',292);$i(99,1,{},_C);_.J=function aD(a){if(a.readyState==4){if(a.status==200){this.a.nb(a);qj(a);return}this.a.mb(a,null);qj(a)}};var Ch=aF('com.vaadin.client.gwt.elemental.js.util','Xhr/Handler',99);$i(306,1,wI,hD);var Fh=aF(kJ,'BrowserDetails',306);$i(47,14,{47:1,3:1,21:1,14:1},oD);var iD,jD,kD,lD,mD;var Dh=bF(kJ,'BrowserDetails/BrowserEngine',47,pD);$i(35,14,{35:1,3:1,21:1,14:1},yD);var qD,rD,sD,tD,uD,vD,wD;var Eh=bF(kJ,'BrowserDetails/BrowserName',35,zD);$i(48,14,{48:1,3:1,21:1,14:1},FD);var AD,BD,CD,DD;var Hh=bF(yK,'Dependency/Type',48,GD);var HD;$i(46,14,{46:1,3:1,21:1,14:1},ND);var JD,KD,LD;var Ih=bF(yK,'LoadMode',46,OD);$i(116,1,OJ,dE);_.Fb=function eE(){TD(this.b,this.c,this.a,this.d)};_.d=false;var Kh=aF('elemental.js.dom','JsElementalMixinBase/Remover',116);$i(42,14,{42:1,3:1,21:1,14:1},CE);var vE,wE,xE,yE,zE,AE;var Lh=bF('elemental.json','JsonType',42,DE);$i(312,1,{},EE);_.Ub=function FE(){sw(this.a)};var Mh=aF(YJ,'Timer/1',312);$i(313,1,{},GE);_.Ub=function HE(){uw(this.a)};var Nh=aF(YJ,'Timer/2',313);$i(329,1,{});var Qh=aF(zK,'OutputStream',329);$i(330,329,{});var Ph=aF(zK,'FilterOutputStream',330);$i(126,330,{},IE);var Rh=aF(zK,'PrintStream',126);$i(85,1,{112:1});_.p=function KE(){return this.a};var Sh=aF(uI,'AbstractStringBuilder',85);$i(72,9,zI,LE);var di=aF(uI,'IndexOutOfBoundsException',72);$i(191,72,zI,ME);var Th=aF(uI,'ArrayIndexOutOfBoundsException',191);$i(127,9,zI,NE);var Uh=aF(uI,'ArrayStoreException',127);$i(43,5,{3:1,43:1,5:1});var _h=aF(uI,'Error',43);$i(4,43,{3:1,4:1,43:1,5:1},PE,QE);var Vh=aF(uI,'AssertionError',4);Ec={3:1,117:1,21:1};var RE,SE;var Wh=aF(uI,'Boolean',117);$i(119,9,zI,oF);var Xh=aF(uI,'ClassCastException',119);$i(84,1,{3:1,84:1});var hi=aF(uI,'Number',84);Fc={3:1,21:1,118:1,84:1};var Zh=aF(uI,'Double',118);$i(19,9,zI,rF);var bi=aF(uI,'IllegalArgumentException',19);$i(44,9,zI,sF);var ci=aF(uI,'IllegalStateException',44);$i(27,84,{3:1,21:1,27:1,84:1},tF);_.m=function uF(a){return Sc(a,27)&&Ic(a,27).a==this.a};_.o=function vF(){return this.a};_.p=function wF(){return ''+this.a};_.a=0;var ei=aF(uI,'Integer',27);var yF;$i(486,1,{});$i(69,60,zI,AF,BF,CF);_.r=function DF(a){return new TypeError(a)};var gi=aF(uI,'NullPointerException',69);$i(31,1,{3:1,31:1},EF);_.m=function FF(a){var b;if(Sc(a,31)){b=Ic(a,31);return this.c==b.c&&this.d==b.d&&this.a==b.a&&this.b==b.b}return false};_.o=function GF(){return FG(Dc(xc(ii,1),wI,1,5,[xF(this.c),this.a,this.d,this.b]))};_.p=function HF(){return this.a+'.'+this.d+'('+(this.b!=null?this.b:'Unknown Source')+(this.c>=0?':'+this.c:'')+')'};_.c=0;var ki=aF(uI,'StackTraceElement',31);Gc={3:1,112:1,21:1,2:1};var ni=aF(uI,'String',2);$i(71,85,{112:1},ZF,$F,_F);var li=aF(uI,'StringBuilder',71);$i(125,72,zI,aG);var mi=aF(uI,'StringIndexOutOfBoundsException',125);$i(490,1,{});var bG;$i(107,1,MI,eG);_.V=function fG(a){return dG(a)};var oi=aF(uI,'Throwable/lambda$0$Type',107);$i(96,9,zI,gG);var qi=aF(uI,'UnsupportedOperationException',96);$i(331,1,{105:1});_._b=function hG(a){throw Si(new gG('Add not supported on this collection'))};_.p=function iG(){var a,b,c;c=new jH;for(b=this.ac();b.dc();){a=b.ec();iH(c,a===this?'(this Collection)':a==null?AI:cj(a))}return !c.a?c.c:c.e.length==0?c.a.a:c.a.a+(''+c.e)};var ri=aF(AK,'AbstractCollection',331);$i(332,331,{105:1,94:1});_.cc=function jG(a,b){throw Si(new gG('Add not supported on this list'))};_._b=function kG(a){this.cc(this.bc(),a);return true};_.m=function lG(a){var b,c,d,e,f;if(a===this){return true}if(!Sc(a,36)){return false}f=Ic(a,94);if(this.a.length!=f.a.length){return false}e=new CG(f);for(c=new CG(this);c.a<c.c.a.length;){b=BG(c);d=BG(e);if(!(_c(b)===_c(d)||b!=null&&K(b,d))){return false}}return true};_.o=function mG(){return IG(this)};_.ac=function nG(){return new oG(this)};var ti=aF(AK,'AbstractList',332);$i(134,1,{},oG);_.dc=function pG(){return this.a<this.b.a.length};_.ec=function qG(){aI(this.a<this.b.a.length);return sG(this.b,this.a++)};_.a=0;var si=aF(AK,'AbstractList/IteratorImpl',134);$i(36,332,{3:1,36:1,105:1,94:1},wG);_.cc=function xG(a,b){dI(a,this.a.length);XH(this.a,a,b)};_._b=function yG(a){return rG(this,a)};_.ac=function zG(){return new CG(this)};_.bc=function AG(){return this.a.length};var vi=aF(AK,'ArrayList',36);$i(73,1,{},CG);_.dc=function DG(){return this.a<this.c.a.length};_.ec=function EG(){return BG(this)};_.a=0;_.b=-1;var ui=aF(AK,'ArrayList/1',73);$i(152,9,zI,JG);var wi=aF(AK,'NoSuchElementException',152);$i(58,1,{58:1},QG);_.m=function RG(a){var b;if(a===this){return true}if(!Sc(a,58)){return false}b=Ic(a,58);return KG(this.a,b.a)};_.o=function SG(){return LG(this.a)};_.p=function UG(){return this.a!=null?'Optional.of('+VF(this.a)+')':'Optional.empty()'};var MG;var xi=aF(AK,'Optional',58);$i(140,1,{});_.hc=function ZG(a){VG(this,a)};_.fc=function XG(){return this.c};_.gc=function YG(){return this.d};_.c=0;_.d=0;var Bi=aF(AK,'Spliterators/BaseSpliterator',140);$i(141,140,{});var yi=aF(AK,'Spliterators/AbstractSpliterator',141);$i(137,1,{});_.hc=function dH(a){VG(this,a)};_.fc=function bH(){return this.b};_.gc=function cH(){return this.d-this.c};_.b=0;_.c=0;_.d=0;var Ai=aF(AK,'Spliterators/BaseArraySpliterator',137);$i(138,137,{},fH);_.hc=function gH(a){_G(this,a)};_.ic=function hH(a){return aH(this,a)};var zi=aF(AK,'Spliterators/ArraySpliterator',138);$i(124,1,{},jH);_.p=function kH(){return !this.a?this.c:this.e.length==0?this.a.a:this.a.a+(''+this.e)};var Ci=aF(AK,'StringJoiner',124);$i(111,1,MI,lH);_.V=function mH(a){return a};var Di=aF('java.util.function','Function/lambda$0$Type',111);$i(52,14,{3:1,21:1,14:1,52:1},sH);var oH,pH,qH;var Ei=bF(BK,'Collector/Characteristics',52,tH);$i(295,1,{},uH);var Fi=aF(BK,'CollectorImpl',295);$i(109,1,RI,wH);_.cb=function xH(a,b){vH(a,b)};var Gi=aF(BK,'Collectors/20methodref$add$Type',109);$i(108,1,OI,yH);_.bb=function zH(){return new wG};var Hi=aF(BK,'Collectors/21methodref$ctor$Type',108);$i(110,1,{},AH);var Ii=aF(BK,'Collectors/lambda$42$Type',110);$i(139,1,{});_.c=false;var Pi=aF(BK,'TerminatableStream',139);$i(98,139,{},IH);var Oi=aF(BK,'StreamImpl',98);$i(142,141,{},MH);_.ic=function NH(a){return this.b.ic(new OH(this,a))};var Ki=aF(BK,'StreamImpl/MapToObjSpliterator',142);$i(144,1,{},OH);_.gb=function PH(a){LH(this.a,this.b,a)};var Ji=aF(BK,'StreamImpl/MapToObjSpliterator/lambda$0$Type',144);$i(143,1,{},RH);_.gb=function SH(a){QH(this,a)};var Li=aF(BK,'StreamImpl/ValueConsumer',143);$i(145,1,{},UH);var Mi=aF(BK,'StreamImpl/lambda$4$Type',145);$i(146,1,{},VH);_.gb=function WH(a){KH(this.b,this.a,a)};var Ni=aF(BK,'StreamImpl/lambda$5$Type',146);$i(488,1,{});$i(485,1,{});var hI=0;var jI,kI=0,lI;var qI=(Db(),Gb);var gwtOnLoad=gwtOnLoad=Wi;Ui(ej);Xi('permProps',[[[EK,'gecko1_8']],[[EK,xK]]]);if (client) client.onScriptLoad(gwtOnLoad);})();
};