import { createRequire as __tandemCreateRequire } from 'node:module'; const require = __tandemCreateRequire(import.meta.url);
import {
  AllSelection,
  DOMParser,
  DOMSerializer,
  Decoration,
  DecorationSet,
  Fragment,
  InvalidContentError,
  Mapping,
  Node,
  NodeRange,
  NodeSelection,
  NodeType,
  Plugin,
  PluginKey,
  RemoveMarkStep,
  ReplaceAroundStep,
  ReplaceStep,
  Schema,
  Selection,
  Slice,
  TextSelection,
  Transform,
  canJoin,
  canSplit,
  dropPoint,
  findWrapping,
  joinPoint,
  liftTarget,
  replaceStep
} from "./chunk-AVV6DORM.js";
import {
  __commonJS,
  __toESM
} from "./chunk-7X6YPGIX.js";

// ../../node_modules/linkifyjs/dist/linkify.cjs
var require_linkify = __commonJS({
  "../../node_modules/linkifyjs/dist/linkify.cjs"(exports) {
    "use strict";
    var encodedTlds = "aaa1rp3bb0ott3vie4c1le2ogado5udhabi7c0ademy5centure6ountant0s9o1tor4d0s1ult4e0g1ro2tna4f0l1rica5g0akhan5ency5i0g1rbus3force5tel5kdn3l0ibaba4pay4lfinanz6state5y2sace3tom5m0azon4ericanexpress7family11x2fam3ica3sterdam8nalytics7droid5quan4z2o0l2partments8p0le4q0uarelle8r0ab1mco4chi3my2pa2t0e3s0da2ia2sociates9t0hleta5torney7u0ction5di0ble3o3spost5thor3o0s4w0s2x0a2z0ure5ba0by2idu3namex4d1k2r0celona5laycard4s5efoot5gains6seball5ketball8uhaus5yern5b0c1t1va3cg1n2d1e0ats2uty4er2rlin4st0buy5t2f1g1h0arti5i0ble3d1ke2ng0o3o1z2j1lack0friday9ockbuster8g1omberg7ue3m0s1w2n0pparibas9o0ats3ehringer8fa2m1nd2o0k0ing5sch2tik2on4t1utique6x2r0adesco6idgestone9oadway5ker3ther5ussels7s1t1uild0ers6siness6y1zz3v1w1y1z0h3ca0b1fe2l0l1vinklein9m0era3p2non3petown5ital0one8r0avan4ds2e0er0s4s2sa1e1h1ino4t0ering5holic7ba1n1re3c1d1enter4o1rn3f0a1d2g1h0anel2nel4rity4se2t2eap3intai5ristmas6ome4urch5i0priani6rcle4sco3tadel4i0c2y3k1l0aims4eaning6ick2nic1que6othing5ud3ub0med6m1n1o0ach3des3ffee4llege4ogne5m0mbank4unity6pany2re3uter5sec4ndos3struction8ulting7tact3ractors9oking4l1p2rsica5untry4pon0s4rses6pa2r0edit0card4union9icket5own3s1uise0s6u0isinella9v1w1x1y0mru3ou3z2dad1nce3ta1e1ing3sun4y2clk3ds2e0al0er2s3gree4livery5l1oitte5ta3mocrat6ntal2ist5si0gn4v2hl2iamonds6et2gital5rect0ory7scount3ver5h2y2j1k1m1np2o0cs1tor4g1mains5t1wnload7rive4tv2ubai3pont4rban5vag2r2z2earth3t2c0o2deka3u0cation8e1g1mail3erck5nergy4gineer0ing9terprises10pson4quipment8r0icsson6ni3s0q1tate5t1u0rovision8s2vents5xchange6pert3osed4ress5traspace10fage2il1rwinds6th3mily4n0s2rm0ers5shion4t3edex3edback6rrari3ero6i0delity5o2lm2nal1nce1ial7re0stone6mdale6sh0ing5t0ness6j1k1lickr3ghts4r2orist4wers5y2m1o0o0d1tball6rd1ex2sale4um3undation8x2r0ee1senius7l1ogans4ntier7tr2ujitsu5n0d2rniture7tbol5yi3ga0l0lery3o1up4me0s3p1rden4y2b0iz3d0n2e0a1nt0ing5orge5f1g0ee3h1i0ft0s3ves2ing5l0ass3e1obal2o4m0ail3bh2o1x2n1odaddy5ld0point6f2odyear5g0le4p1t1v2p1q1r0ainger5phics5tis4een3ipe3ocery4up4s1t1u0cci3ge2ide2tars5ru3w1y2hair2mburg5ngout5us3bo2dfc0bank7ealth0care8lp1sinki6re1mes5iphop4samitsu7tachi5v2k0t2m1n1ockey4ldings5iday5medepot5goods5s0ense7nda3rse3spital5t0ing5t0els3mail5use3w2r1sbc3t1u0ghes5yatt3undai7ibm2cbc2e1u2d1e0ee3fm2kano4l1m0amat4db2mo0bilien9n0c1dustries8finiti5o2g1k1stitute6urance4e4t0ernational10uit4vestments10o1piranga7q1r0ish4s0maili5t0anbul7t0au2v3jaguar4va3cb2e0ep2tzt3welry6io2ll2m0p2nj2o0bs1urg4t1y2p0morgan6rs3uegos6kaufen5ddi3e0rryhotels6properties14fh2g1h1i0a1ds2m1ndle4tchen5wi3m1n1oeln3matsu5sher5p0mg2n2r0d1ed3uokgroup8w1y0oto4z2la0caixa5mborghini8er3nd0rover6xess5salle5t0ino3robe5w0yer5b1c1ds2ease3clerc5frak4gal2o2xus4gbt3i0dl2fe0insurance9style7ghting6ke2lly3mited4o2ncoln4k2ve1ing5k1lc1p2oan0s3cker3us3l1ndon4tte1o3ve3pl0financial11r1s1t0d0a3u0ndbeck6xe1ury5v1y2ma0drid4if1son4keup4n0agement7go3p1rket0ing3s4riott5shalls7ttel5ba2c0kinsey7d1e0d0ia3et2lbourne7me1orial6n0u2rck0msd7g1h1iami3crosoft7l1ni1t2t0subishi9k1l0b1s2m0a2n1o0bi0le4da2e1i1m1nash3ey2ster5rmon3tgage6scow4to0rcycles9v0ie4p1q1r1s0d2t0n1r2u0seum3ic4v1w1x1y1z2na0b1goya4me2vy3ba2c1e0c1t0bank4flix4work5ustar5w0s2xt0direct7us4f0l2g0o2hk2i0co2ke1on3nja3ssan1y5l1o0kia3rton4w0ruz3tv4p1r0a1w2tt2u1yc2z2obi1server7ffice5kinawa6layan0group9lo3m0ega4ne1g1l0ine5oo2pen3racle3nge4g0anic5igins6saka4tsuka4t2vh3pa0ge2nasonic7ris2s1tners4s1y3y2ccw3e0t2f0izer5g1h0armacy6d1ilips5one2to0graphy6s4ysio5ics1tet2ures6d1n0g1k2oneer5zza4k1l0ace2y0station9umbing5s3m1n0c2ohl2ker3litie5rn2st3r0axi3ess3ime3o0d0uctions8f1gressive8mo2perties3y5tection8u0dential9s1t1ub2w0c2y2qa1pon3uebec3st5racing4dio4e0ad1lestate6tor2y4cipes5d0umbrella9hab3ise0n3t2liance6n0t0als5pair3ort3ublican8st0aurant8view0s5xroth6ich0ardli6oh3l1o1p2o0cks3deo3gers4om3s0vp3u0gby3hr2n2w0e2yukyu6sa0arland6fe0ty4kura4le1on3msclub4ung5ndvik0coromant12ofi4p1rl2s1ve2xo3b0i1s2c0b1haeffler7midt4olarships8ol3ule3warz5ience5ot3d1e0arch3t2cure1ity6ek2lect4ner3rvices6ven3w1x0y3fr2g1h0angrila6rp3ell3ia1ksha5oes2p0ping5uji3w3i0lk2na1gles5te3j1k0i0n2y0pe4l0ing4m0art3ile4n0cf3o0ccer3ial4ftbank4ware6hu2lar2utions7ng1y2y2pa0ce3ort2t3r0l2s1t0ada2ples4r1tebank4farm7c0group6ockholm6rage3e3ream4udio2y3yle4u0cks3pplies3y2ort5rf1gery5zuki5v1watch4iss4x1y0dney4stems6z2tab1ipei4lk2obao4rget4tamotors6r2too4x0i3c0i2d0k2eam2ch0nology8l1masek5nnis4va3f1g1h0d1eater2re6iaa2ckets5enda4ps2res2ol4j0maxx4x2k0maxx5l1m0all4n1o0day3kyo3ols3p1ray3shiba5tal3urs3wn2yota3s3r0ade1ing4ining5vel0ers0insurance16ust3v2t1ube2i1nes3shu4v0s2w1z2ua1bank3s2g1k1nicom3versity8o2ol2ps2s1y1z2va0cations7na1guard7c1e0gas3ntures6risign5m\xF6gensberater2ung14sicherung10t2g1i0ajes4deo3g1king4llas4n1p1rgin4sa1ion4va1o3laanderen9n1odka3lvo3te1ing3o2yage5u2wales2mart4ter4ng0gou5tch0es6eather0channel12b0cam3er2site5d0ding5ibo2r3f1hoswho6ien2ki2lliamhill9n0dows4e1ners6me2oodside6rk0s2ld3w2s1tc1f3xbox3erox4ihuan4n2xx2yz3yachts4hoo3maxun5ndex5e1odobashi7ga2kohama6u0tube6t1un3za0ppos4ra3ero3ip2m1one3uerich6w2";
    var encodedUtlds = "\u03B5\u03BB1\u03C52\u0431\u04331\u0435\u043B3\u0434\u0435\u0442\u04384\u0435\u044E2\u043A\u0430\u0442\u043E\u043B\u0438\u043A6\u043E\u043C3\u043C\u043A\u04342\u043E\u043D1\u0441\u043A\u0432\u04306\u043E\u043D\u043B\u0430\u0439\u043D5\u0440\u04333\u0440\u0443\u04412\u04442\u0441\u0430\u0439\u04423\u0440\u04313\u0443\u043A\u04403\u049B\u0430\u04373\u0570\u0561\u05753\u05D9\u05E9\u05E8\u05D0\u05DC5\u05E7\u05D5\u05DD3\u0627\u0628\u0648\u0638\u0628\u064A5\u0631\u0627\u0645\u0643\u06485\u0644\u0627\u0631\u062F\u06464\u0628\u062D\u0631\u064A\u06465\u062C\u0632\u0627\u0626\u06315\u0633\u0639\u0648\u062F\u064A\u06296\u0639\u0644\u064A\u0627\u06465\u0645\u063A\u0631\u06285\u0645\u0627\u0631\u0627\u062A5\u06CC\u0631\u0627\u06465\u0628\u0627\u0631\u062A2\u0632\u0627\u06314\u064A\u062A\u06433\u06BE\u0627\u0631\u062A5\u062A\u0648\u0646\u06334\u0633\u0648\u062F\u0627\u06463\u0631\u064A\u06295\u0634\u0628\u0643\u06294\u0639\u0631\u0627\u06422\u06282\u0645\u0627\u06464\u0641\u0644\u0633\u0637\u064A\u06466\u0642\u0637\u06313\u0643\u0627\u062B\u0648\u0644\u064A\u06436\u0648\u06453\u0645\u0635\u06312\u0644\u064A\u0633\u064A\u06275\u0648\u0631\u064A\u062A\u0627\u0646\u064A\u06277\u0642\u06394\u0647\u0645\u0631\u0627\u06475\u067E\u0627\u06A9\u0633\u062A\u0627\u06467\u0680\u0627\u0631\u062A4\u0915\u0949\u092E3\u0928\u0947\u091F3\u092D\u093E\u0930\u09240\u092E\u094D3\u094B\u09245\u0938\u0902\u0917\u0920\u09285\u09AC\u09BE\u0982\u09B2\u09BE5\u09AD\u09BE\u09B0\u09A42\u09F0\u09A44\u0A2D\u0A3E\u0A30\u0A244\u0AAD\u0ABE\u0AB0\u0AA44\u0B2D\u0B3E\u0B30\u0B244\u0B87\u0BA8\u0BCD\u0BA4\u0BBF\u0BAF\u0BBE6\u0BB2\u0B99\u0BCD\u0B95\u0BC86\u0B9A\u0BBF\u0B99\u0BCD\u0B95\u0BAA\u0BCD\u0BAA\u0BC2\u0BB0\u0BCD11\u0C2D\u0C3E\u0C30\u0C24\u0C4D5\u0CAD\u0CBE\u0CB0\u0CA44\u0D2D\u0D3E\u0D30\u0D24\u0D025\u0DBD\u0D82\u0D9A\u0DCF4\u0E04\u0E2D\u0E213\u0E44\u0E17\u0E223\u0EA5\u0EB2\u0EA73\u10D2\u10D42\u307F\u3093\u306A3\u30A2\u30DE\u30BE\u30F34\u30AF\u30E9\u30A6\u30C94\u30B0\u30FC\u30B0\u30EB4\u30B3\u30E02\u30B9\u30C8\u30A23\u30BB\u30FC\u30EB3\u30D5\u30A1\u30C3\u30B7\u30E7\u30F36\u30DD\u30A4\u30F3\u30C84\u4E16\u754C2\u4E2D\u4FE11\u56FD1\u570B1\u6587\u7F513\u4E9A\u9A6C\u900A3\u4F01\u4E1A2\u4F5B\u5C712\u4FE1\u606F2\u5065\u5EB72\u516B\u53662\u516C\u53F81\u76CA2\u53F0\u6E7E1\u70632\u5546\u57CE1\u5E971\u68072\u5609\u91CC0\u5927\u9152\u5E975\u5728\u7EBF2\u5927\u62FF2\u5929\u4E3B\u65593\u5A31\u4E502\u5BB6\u96FB2\u5E7F\u4E1C2\u5FAE\u535A2\u6148\u55842\u6211\u7231\u4F603\u624B\u673A2\u62DB\u80582\u653F\u52A11\u5E9C2\u65B0\u52A0\u57612\u95FB2\u65F6\u5C1A2\u66F8\u7C4D2\u673A\u67842\u6DE1\u9A6C\u95213\u6E38\u620F2\u6FB3\u95802\u70B9\u770B2\u79FB\u52A82\u7EC4\u7EC7\u673A\u67844\u7F51\u57401\u5E971\u7AD91\u7EDC2\u8054\u901A2\u8C37\u6B4C2\u8D2D\u72692\u901A\u8CA92\u96C6\u56E22\u96FB\u8A0A\u76C8\u79D14\u98DE\u5229\u6D663\u98DF\u54C12\u9910\u53852\u9999\u683C\u91CC\u62C93\u6E2F2\uB2F7\uB1371\uCEF42\uC0BC\uC1312\uD55C\uAD6D2";
    var numeric = "numeric";
    var ascii = "ascii";
    var alpha = "alpha";
    var asciinumeric = "asciinumeric";
    var alphanumeric = "alphanumeric";
    var domain = "domain";
    var emoji = "emoji";
    var scheme = "scheme";
    var slashscheme = "slashscheme";
    var whitespace = "whitespace";
    function registerGroup(name, groups) {
      if (!(name in groups)) {
        groups[name] = [];
      }
      return groups[name];
    }
    function addToGroups(t, flags, groups) {
      if (flags[numeric]) {
        flags[asciinumeric] = true;
        flags[alphanumeric] = true;
      }
      if (flags[ascii]) {
        flags[asciinumeric] = true;
        flags[alpha] = true;
      }
      if (flags[asciinumeric]) {
        flags[alphanumeric] = true;
      }
      if (flags[alpha]) {
        flags[alphanumeric] = true;
      }
      if (flags[alphanumeric]) {
        flags[domain] = true;
      }
      if (flags[emoji]) {
        flags[domain] = true;
      }
      for (const k2 in flags) {
        const group = registerGroup(k2, groups);
        if (group.indexOf(t) < 0) {
          group.push(t);
        }
      }
    }
    function flagsForToken(t, groups) {
      const result = {};
      for (const c in groups) {
        if (groups[c].indexOf(t) >= 0) {
          result[c] = true;
        }
      }
      return result;
    }
    function State(token = null) {
      this.j = {};
      this.jr = [];
      this.jd = null;
      this.t = token;
    }
    State.groups = {};
    State.prototype = {
      accepts() {
        return !!this.t;
      },
      /**
       * Follow an existing transition from the given input to the next state.
       * Does not mutate.
       * @param {string} input character or token type to transition on
       * @returns {?State<T>} the next state, if any
       */
      go(input) {
        const state = this;
        const nextState = state.j[input];
        if (nextState) {
          return nextState;
        }
        for (let i = 0; i < state.jr.length; i++) {
          const regex = state.jr[i][0];
          const nextState2 = state.jr[i][1];
          if (nextState2 && regex.test(input)) {
            return nextState2;
          }
        }
        return state.jd;
      },
      /**
       * Whether the state has a transition for the given input. Set the second
       * argument to true to only look for an exact match (and not a default or
       * regular-expression-based transition)
       * @param {string} input
       * @param {boolean} exactOnly
       */
      has(input, exactOnly = false) {
        return exactOnly ? input in this.j : !!this.go(input);
      },
      /**
       * Short for "transition all"; create a transition from the array of items
       * in the given list to the same final resulting state.
       * @param {string | string[]} inputs Group of inputs to transition on
       * @param {Transition<T> | State<T>} [next] Transition options
       * @param {Flags} [flags] Collections flags to add token to
       * @param {Collections<T>} [groups] Master list of token groups
       */
      ta(inputs, next, flags, groups) {
        for (let i = 0; i < inputs.length; i++) {
          this.tt(inputs[i], next, flags, groups);
        }
      },
      /**
       * Short for "take regexp transition"; defines a transition for this state
       * when it encounters a token which matches the given regular expression
       * @param {RegExp} regexp Regular expression transition (populate first)
       * @param {T | State<T>} [next] Transition options
       * @param {Flags} [flags] Collections flags to add token to
       * @param {Collections<T>} [groups] Master list of token groups
       * @returns {State<T>} taken after the given input
       */
      tr(regexp2, next, flags, groups) {
        groups = groups || State.groups;
        let nextState;
        if (next && next.j) {
          nextState = next;
        } else {
          nextState = new State(next);
          if (flags && groups) {
            addToGroups(next, flags, groups);
          }
        }
        this.jr.push([regexp2, nextState]);
        return nextState;
      },
      /**
       * Short for "take transitions", will take as many sequential transitions as
       * the length of the given input and returns the
       * resulting final state.
       * @param {string | string[]} input
       * @param {T | State<T>} [next] Transition options
       * @param {Flags} [flags] Collections flags to add token to
       * @param {Collections<T>} [groups] Master list of token groups
       * @returns {State<T>} taken after the given input
       */
      ts(input, next, flags, groups) {
        let state = this;
        const len = input.length;
        if (!len) {
          return state;
        }
        for (let i = 0; i < len - 1; i++) {
          state = state.tt(input[i]);
        }
        return state.tt(input[len - 1], next, flags, groups);
      },
      /**
       * Short for "take transition", this is a method for building/working with
       * state machines.
       *
       * If a state already exists for the given input, returns it.
       *
       * If a token is specified, that state will emit that token when reached by
       * the linkify engine.
       *
       * If no state exists, it will be initialized with some default transitions
       * that resemble existing default transitions.
       *
       * If a state is given for the second argument, that state will be
       * transitioned to on the given input regardless of what that input
       * previously did.
       *
       * Specify a token group flags to define groups that this token belongs to.
       * The token will be added to corresponding entires in the given groups
       * object.
       *
       * @param {string} input character, token type to transition on
       * @param {T | State<T>} [next] Transition options
       * @param {Flags} [flags] Collections flags to add token to
       * @param {Collections<T>} [groups] Master list of groups
       * @returns {State<T>} taken after the given input
       */
      tt(input, next, flags, groups) {
        groups = groups || State.groups;
        const state = this;
        if (next && next.j) {
          state.j[input] = next;
          return next;
        }
        const t = next;
        let nextState, templateState = state.go(input);
        if (templateState) {
          nextState = new State();
          Object.assign(nextState.j, templateState.j);
          nextState.jr.push.apply(nextState.jr, templateState.jr);
          nextState.jd = templateState.jd;
          nextState.t = templateState.t;
        } else {
          nextState = new State();
        }
        if (t) {
          if (groups) {
            if (nextState.t && typeof nextState.t === "string") {
              const allFlags = Object.assign(flagsForToken(nextState.t, groups), flags);
              addToGroups(t, allFlags, groups);
            } else if (flags) {
              addToGroups(t, flags, groups);
            }
          }
          nextState.t = t;
        }
        state.j[input] = nextState;
        return nextState;
      }
    };
    var ta = (state, input, next, flags, groups) => state.ta(input, next, flags, groups);
    var tr = (state, regexp2, next, flags, groups) => state.tr(regexp2, next, flags, groups);
    var ts = (state, input, next, flags, groups) => state.ts(input, next, flags, groups);
    var tt2 = (state, input, next, flags, groups) => state.tt(input, next, flags, groups);
    var WORD = "WORD";
    var UWORD = "UWORD";
    var ASCIINUMERICAL = "ASCIINUMERICAL";
    var ALPHANUMERICAL = "ALPHANUMERICAL";
    var LOCALHOST = "LOCALHOST";
    var TLD = "TLD";
    var UTLD = "UTLD";
    var SCHEME = "SCHEME";
    var SLASH_SCHEME = "SLASH_SCHEME";
    var NUM = "NUM";
    var WS = "WS";
    var NL = "NL";
    var OPENBRACE = "OPENBRACE";
    var CLOSEBRACE = "CLOSEBRACE";
    var OPENBRACKET = "OPENBRACKET";
    var CLOSEBRACKET = "CLOSEBRACKET";
    var OPENPAREN = "OPENPAREN";
    var CLOSEPAREN = "CLOSEPAREN";
    var OPENANGLEBRACKET = "OPENANGLEBRACKET";
    var CLOSEANGLEBRACKET = "CLOSEANGLEBRACKET";
    var FULLWIDTHLEFTPAREN = "FULLWIDTHLEFTPAREN";
    var FULLWIDTHRIGHTPAREN = "FULLWIDTHRIGHTPAREN";
    var LEFTCORNERBRACKET = "LEFTCORNERBRACKET";
    var RIGHTCORNERBRACKET = "RIGHTCORNERBRACKET";
    var LEFTWHITECORNERBRACKET = "LEFTWHITECORNERBRACKET";
    var RIGHTWHITECORNERBRACKET = "RIGHTWHITECORNERBRACKET";
    var FULLWIDTHLESSTHAN = "FULLWIDTHLESSTHAN";
    var FULLWIDTHGREATERTHAN = "FULLWIDTHGREATERTHAN";
    var AMPERSAND = "AMPERSAND";
    var APOSTROPHE = "APOSTROPHE";
    var ASTERISK = "ASTERISK";
    var AT = "AT";
    var BACKSLASH = "BACKSLASH";
    var BACKTICK = "BACKTICK";
    var CARET = "CARET";
    var COLON = "COLON";
    var COMMA = "COMMA";
    var DOLLAR = "DOLLAR";
    var DOT = "DOT";
    var EQUALS = "EQUALS";
    var EXCLAMATION = "EXCLAMATION";
    var HYPHEN = "HYPHEN";
    var PERCENT = "PERCENT";
    var PIPE = "PIPE";
    var PLUS = "PLUS";
    var POUND = "POUND";
    var QUERY = "QUERY";
    var QUOTE = "QUOTE";
    var FULLWIDTHMIDDLEDOT = "FULLWIDTHMIDDLEDOT";
    var SEMI = "SEMI";
    var SLASH = "SLASH";
    var TILDE = "TILDE";
    var UNDERSCORE = "UNDERSCORE";
    var EMOJI$1 = "EMOJI";
    var SYM = "SYM";
    var tk = /* @__PURE__ */ Object.freeze({
      __proto__: null,
      ALPHANUMERICAL,
      AMPERSAND,
      APOSTROPHE,
      ASCIINUMERICAL,
      ASTERISK,
      AT,
      BACKSLASH,
      BACKTICK,
      CARET,
      CLOSEANGLEBRACKET,
      CLOSEBRACE,
      CLOSEBRACKET,
      CLOSEPAREN,
      COLON,
      COMMA,
      DOLLAR,
      DOT,
      EMOJI: EMOJI$1,
      EQUALS,
      EXCLAMATION,
      FULLWIDTHGREATERTHAN,
      FULLWIDTHLEFTPAREN,
      FULLWIDTHLESSTHAN,
      FULLWIDTHMIDDLEDOT,
      FULLWIDTHRIGHTPAREN,
      HYPHEN,
      LEFTCORNERBRACKET,
      LEFTWHITECORNERBRACKET,
      LOCALHOST,
      NL,
      NUM,
      OPENANGLEBRACKET,
      OPENBRACE,
      OPENBRACKET,
      OPENPAREN,
      PERCENT,
      PIPE,
      PLUS,
      POUND,
      QUERY,
      QUOTE,
      RIGHTCORNERBRACKET,
      RIGHTWHITECORNERBRACKET,
      SCHEME,
      SEMI,
      SLASH,
      SLASH_SCHEME,
      SYM,
      TILDE,
      TLD,
      UNDERSCORE,
      UTLD,
      UWORD,
      WORD,
      WS
    });
    var ASCII_LETTER = /[a-z]/;
    var LETTER = /[a-z]/i;
    var EMOJI = /[\u{1F000}-\u{1FAFF}\u{2600}-\u{27BF}]|\u{FE0F}/u;
    try {
      LETTER = new RegExp("\\p{L}", "u");
      EMOJI = new RegExp("\\p{Emoji}", "u");
    } catch {
    }
    var EMOJI_VARIATION$1 = /\ufe0f/;
    var DIGIT = /\d/;
    var SPACE = /\s/;
    var regexp = /* @__PURE__ */ Object.freeze({
      __proto__: null,
      ASCII_LETTER,
      DIGIT,
      get EMOJI() {
        return EMOJI;
      },
      EMOJI_VARIATION: EMOJI_VARIATION$1,
      get LETTER() {
        return LETTER;
      },
      SPACE
    });
    var CR = "\r";
    var LF = "\n";
    var EMOJI_VARIATION = "\uFE0F";
    var EMOJI_JOINER = "\u200D";
    var OBJECT_REPLACEMENT = "\uFFFC";
    var tlds = null;
    var utlds = null;
    function init$2(customSchemes = []) {
      const groups = {};
      State.groups = groups;
      const Start = new State();
      if (tlds == null) {
        tlds = decodeTlds(encodedTlds);
      }
      if (utlds == null) {
        utlds = decodeTlds(encodedUtlds);
      }
      tt2(Start, "'", APOSTROPHE);
      tt2(Start, "{", OPENBRACE);
      tt2(Start, "}", CLOSEBRACE);
      tt2(Start, "[", OPENBRACKET);
      tt2(Start, "]", CLOSEBRACKET);
      tt2(Start, "(", OPENPAREN);
      tt2(Start, ")", CLOSEPAREN);
      tt2(Start, "<", OPENANGLEBRACKET);
      tt2(Start, ">", CLOSEANGLEBRACKET);
      tt2(Start, "\uFF08", FULLWIDTHLEFTPAREN);
      tt2(Start, "\uFF09", FULLWIDTHRIGHTPAREN);
      tt2(Start, "\u300C", LEFTCORNERBRACKET);
      tt2(Start, "\u300D", RIGHTCORNERBRACKET);
      tt2(Start, "\u300E", LEFTWHITECORNERBRACKET);
      tt2(Start, "\u300F", RIGHTWHITECORNERBRACKET);
      tt2(Start, "\uFF1C", FULLWIDTHLESSTHAN);
      tt2(Start, "\uFF1E", FULLWIDTHGREATERTHAN);
      tt2(Start, "&", AMPERSAND);
      tt2(Start, "*", ASTERISK);
      tt2(Start, "@", AT);
      tt2(Start, "`", BACKTICK);
      tt2(Start, "^", CARET);
      tt2(Start, ":", COLON);
      tt2(Start, ",", COMMA);
      tt2(Start, "$", DOLLAR);
      tt2(Start, ".", DOT);
      tt2(Start, "=", EQUALS);
      tt2(Start, "!", EXCLAMATION);
      tt2(Start, "-", HYPHEN);
      tt2(Start, "%", PERCENT);
      tt2(Start, "|", PIPE);
      tt2(Start, "+", PLUS);
      tt2(Start, "#", POUND);
      tt2(Start, "?", QUERY);
      tt2(Start, '"', QUOTE);
      tt2(Start, "/", SLASH);
      tt2(Start, ";", SEMI);
      tt2(Start, "~", TILDE);
      tt2(Start, "_", UNDERSCORE);
      tt2(Start, "\\", BACKSLASH);
      tt2(Start, "\u30FB", FULLWIDTHMIDDLEDOT);
      const Num = tr(Start, DIGIT, NUM, {
        [numeric]: true
      });
      tr(Num, DIGIT, Num);
      const Asciinumeric = tr(Num, ASCII_LETTER, ASCIINUMERICAL, {
        [asciinumeric]: true
      });
      const Alphanumeric = tr(Num, LETTER, ALPHANUMERICAL, {
        [alphanumeric]: true
      });
      const Word = tr(Start, ASCII_LETTER, WORD, {
        [ascii]: true
      });
      tr(Word, DIGIT, Asciinumeric);
      tr(Word, ASCII_LETTER, Word);
      tr(Asciinumeric, DIGIT, Asciinumeric);
      tr(Asciinumeric, ASCII_LETTER, Asciinumeric);
      const UWord = tr(Start, LETTER, UWORD, {
        [alpha]: true
      });
      tr(UWord, ASCII_LETTER);
      tr(UWord, DIGIT, Alphanumeric);
      tr(UWord, LETTER, UWord);
      tr(Alphanumeric, DIGIT, Alphanumeric);
      tr(Alphanumeric, ASCII_LETTER);
      tr(Alphanumeric, LETTER, Alphanumeric);
      const Nl2 = tt2(Start, LF, NL, {
        [whitespace]: true
      });
      const Cr = tt2(Start, CR, WS, {
        [whitespace]: true
      });
      const Ws = tr(Start, SPACE, WS, {
        [whitespace]: true
      });
      tt2(Start, OBJECT_REPLACEMENT, Ws);
      tt2(Cr, LF, Nl2);
      tt2(Cr, OBJECT_REPLACEMENT, Ws);
      tr(Cr, SPACE, Ws);
      tt2(Ws, CR);
      tt2(Ws, LF);
      tr(Ws, SPACE, Ws);
      tt2(Ws, OBJECT_REPLACEMENT, Ws);
      const Emoji = tr(Start, EMOJI, EMOJI$1, {
        [emoji]: true
      });
      tt2(Emoji, "#");
      tr(Emoji, EMOJI, Emoji);
      tt2(Emoji, EMOJI_VARIATION, Emoji);
      const EmojiJoiner = tt2(Emoji, EMOJI_JOINER);
      tt2(EmojiJoiner, "#");
      tr(EmojiJoiner, EMOJI, Emoji);
      const wordjr = [[ASCII_LETTER, Word], [DIGIT, Asciinumeric]];
      const uwordjr = [[ASCII_LETTER, null], [LETTER, UWord], [DIGIT, Alphanumeric]];
      for (let i = 0; i < tlds.length; i++) {
        fastts(Start, tlds[i], TLD, WORD, wordjr);
      }
      for (let i = 0; i < utlds.length; i++) {
        fastts(Start, utlds[i], UTLD, UWORD, uwordjr);
      }
      addToGroups(TLD, {
        tld: true,
        ascii: true
      }, groups);
      addToGroups(UTLD, {
        utld: true,
        alpha: true
      }, groups);
      fastts(Start, "file", SCHEME, WORD, wordjr);
      fastts(Start, "mailto", SCHEME, WORD, wordjr);
      fastts(Start, "http", SLASH_SCHEME, WORD, wordjr);
      fastts(Start, "https", SLASH_SCHEME, WORD, wordjr);
      fastts(Start, "ftp", SLASH_SCHEME, WORD, wordjr);
      fastts(Start, "ftps", SLASH_SCHEME, WORD, wordjr);
      addToGroups(SCHEME, {
        scheme: true,
        ascii: true
      }, groups);
      addToGroups(SLASH_SCHEME, {
        slashscheme: true,
        ascii: true
      }, groups);
      customSchemes = customSchemes.sort((a, b2) => a[0] > b2[0] ? 1 : -1);
      for (let i = 0; i < customSchemes.length; i++) {
        const sch = customSchemes[i][0];
        const optionalSlashSlash = customSchemes[i][1];
        const flags = optionalSlashSlash ? {
          [scheme]: true
        } : {
          [slashscheme]: true
        };
        if (sch.indexOf("-") >= 0) {
          flags[domain] = true;
        } else if (!ASCII_LETTER.test(sch)) {
          flags[numeric] = true;
        } else if (DIGIT.test(sch)) {
          flags[asciinumeric] = true;
        } else {
          flags[ascii] = true;
        }
        ts(Start, sch, sch, flags);
      }
      ts(Start, "localhost", LOCALHOST, {
        ascii: true
      });
      Start.jd = new State(SYM);
      return {
        start: Start,
        tokens: Object.assign({
          groups
        }, tk)
      };
    }
    function run$14(start, str) {
      const iterable = stringToArray(str.replace(/[A-Z]/g, (c) => c.toLowerCase()));
      const charCount = iterable.length;
      const tokens = [];
      let cursor = 0;
      let charCursor = 0;
      while (charCursor < charCount) {
        let state = start;
        let nextState = null;
        let tokenLength = 0;
        let latestAccepting = null;
        let sinceAccepts = -1;
        let charsSinceAccepts = -1;
        while (charCursor < charCount && (nextState = state.go(iterable[charCursor]))) {
          state = nextState;
          if (state.accepts()) {
            sinceAccepts = 0;
            charsSinceAccepts = 0;
            latestAccepting = state;
          } else if (sinceAccepts >= 0) {
            sinceAccepts += iterable[charCursor].length;
            charsSinceAccepts++;
          }
          tokenLength += iterable[charCursor].length;
          cursor += iterable[charCursor].length;
          charCursor++;
        }
        cursor -= sinceAccepts;
        charCursor -= charsSinceAccepts;
        tokenLength -= sinceAccepts;
        tokens.push({
          t: latestAccepting.t,
          // token type/name
          v: str.slice(cursor - tokenLength, cursor),
          // string value
          s: cursor - tokenLength,
          // start index
          e: cursor
          // end index (excluding)
        });
      }
      return tokens;
    }
    function stringToArray(str) {
      const result = [];
      const len = str.length;
      let index = 0;
      while (index < len) {
        let first4 = str.charCodeAt(index);
        let second;
        let char = first4 < 55296 || first4 > 56319 || index + 1 === len || (second = str.charCodeAt(index + 1)) < 56320 || second > 57343 ? str[index] : str.slice(index, index + 2);
        result.push(char);
        index += char.length;
      }
      return result;
    }
    function fastts(state, input, t, defaultt, jr) {
      let next;
      const len = input.length;
      for (let i = 0; i < len - 1; i++) {
        const char = input[i];
        if (state.j[char]) {
          next = state.j[char];
        } else {
          next = new State(defaultt);
          next.jr = jr.slice();
          state.j[char] = next;
        }
        state = next;
      }
      next = new State(t);
      next.jr = jr.slice();
      state.j[input[len - 1]] = next;
      return next;
    }
    function decodeTlds(encoded) {
      const words = [];
      const stack = [];
      let i = 0;
      let digits = "0123456789";
      while (i < encoded.length) {
        let popDigitCount = 0;
        while (digits.indexOf(encoded[i + popDigitCount]) >= 0) {
          popDigitCount++;
        }
        if (popDigitCount > 0) {
          words.push(stack.join(""));
          for (let popCount = parseInt(encoded.substring(i, i + popDigitCount), 10); popCount > 0; popCount--) {
            stack.pop();
          }
          i += popDigitCount;
        } else {
          stack.push(encoded[i]);
          i++;
        }
      }
      return words;
    }
    var defaults = {
      defaultProtocol: "http",
      events: null,
      format: noop,
      formatHref: noop,
      nl2br: false,
      tagName: "a",
      target: null,
      rel: null,
      validate: true,
      truncate: Infinity,
      className: null,
      attributes: null,
      ignoreTags: [],
      ignoreClasses: [],
      render: null
    };
    function Options(opts, defaultRender = null) {
      let o = Object.assign({}, defaults);
      if (opts) {
        o = Object.assign(o, opts instanceof Options ? opts.o : opts);
      }
      const ignoredTags = o.ignoreTags;
      const uppercaseIgnoredTags = [];
      for (let i = 0; i < ignoredTags.length; i++) {
        uppercaseIgnoredTags.push(ignoredTags[i].toUpperCase());
      }
      this.o = o;
      if (defaultRender) {
        this.defaultRender = defaultRender;
      }
      this.ignoreTags = uppercaseIgnoredTags;
      this.ignoreClasses = o.ignoreClasses.slice();
    }
    Options.prototype = {
      o: defaults,
      /**
       * @type string[]
       */
      ignoreTags: [],
      /**
       * @type string[]
       */
      ignoreClasses: [],
      /**
       * Returns whether a whitespace-separated class attribute contains an
       * ignored class name.
       * @param {unknown} classNames
       * @returns {boolean}
       */
      isIgnoredClass(classNames) {
        if (typeof classNames !== "string" || this.ignoreClasses.length === 0) {
          return false;
        }
        const classes = classNames.split(/\s+/);
        for (let i = 0; i < classes.length; i++) {
          if (this.ignoreClasses.indexOf(classes[i]) >= 0) {
            return true;
          }
        }
        return false;
      },
      /**
       * @param {IntermediateRepresentation} ir
       * @returns {any}
       */
      defaultRender(ir) {
        return ir;
      },
      /**
       * Returns true or false based on whether a token should be displayed as a
       * link based on the user options.
       * @param {MultiToken} token
       * @returns {boolean}
       */
      check(token) {
        return this.get("validate", token.toString(), token);
      },
      // Private methods
      /**
       * Resolve an option's value based on the value of the option and the given
       * params. If operator and token are specified and the target option is
       * callable, automatically calls the function with the given argument.
       * @template {keyof Opts} K
       * @param {K} key Name of option to use
       * @param {string} [operator] will be passed to the target option if it's a
       * function. If not specified, RAW function value gets returned
       * @param {MultiToken} [token] The token from linkify.tokenize
       * @returns {Opts[K] | any}
       */
      get(key, operator, token) {
        const isCallable = operator != null;
        let option = this.o[key];
        if (!option) {
          return option;
        }
        if (typeof option === "object") {
          option = token.t in option ? option[token.t] : defaults[key];
          if (typeof option === "function" && isCallable) {
            option = option(operator, token);
          }
        } else if (typeof option === "function" && isCallable) {
          option = option(operator, token.t, token);
        }
        return option;
      },
      /**
       * @template {keyof Opts} L
       * @param {L} key Name of options object to use
       * @param {string} [operator]
       * @param {MultiToken} [token]
       * @returns {Opts[L] | any}
       */
      getObj(key, operator, token) {
        let obj = this.o[key];
        if (typeof obj === "function" && operator != null) {
          obj = obj(operator, token.t, token);
        }
        return obj;
      },
      /**
       * Convert the given token to a rendered element that may be added to the
       * calling-interface's DOM
       * @param {MultiToken} token Token to render to an HTML element
       * @returns {any} Render result; e.g., HTML string, DOM element, React
       *   Component, etc.
       */
      render(token) {
        const ir = token.render(this);
        const renderFn = this.get("render", null, token) || this.defaultRender;
        return renderFn(ir, token.t, token);
      }
    };
    function noop(val) {
      return val;
    }
    var options = /* @__PURE__ */ Object.freeze({
      __proto__: null,
      Options,
      defaults
    });
    function MultiToken(value, tokens) {
      this.t = "token";
      this.v = value;
      this.tk = tokens;
    }
    MultiToken.prototype = {
      isLink: false,
      /**
       * Return the string this token represents.
       * @return {string}
       */
      toString() {
        return this.v;
      },
      /**
       * What should the value for this token be in the `href` HTML attribute?
       * Returns the `.toString` value by default.
       * @param {string} [scheme]
       * @return {string}
       */
      toHref(scheme2) {
        return this.toString();
      },
      /**
       * @param {Options} options Formatting options
       * @returns {string}
       */
      toFormattedString(options2) {
        const val = this.toString();
        const truncate = options2.get("truncate", val, this);
        const formatted = options2.get("format", val, this);
        return truncate && formatted.length > truncate ? formatted.substring(0, truncate) + "\u2026" : formatted;
      },
      /**
       *
       * @param {Options} options
       * @returns {string}
       */
      toFormattedHref(options2) {
        return options2.get("formatHref", this.toHref(options2.get("defaultProtocol")), this);
      },
      /**
       * The start index of this token in the original input string
       * @returns {number}
       */
      startIndex() {
        return this.tk[0].s;
      },
      /**
       * The end index of this token in the original input string (up to this
       * index but not including it)
       * @returns {number}
       */
      endIndex() {
        return this.tk[this.tk.length - 1].e;
      },
      /**
      	Returns an object  of relevant values for this token, which includes keys
      	* type - Kind of token ('url', 'email', etc.)
      	* value - Original text
      	* href - The value that should be added to the anchor tag's href
      		attribute
      		@method toObject
      	@param {string} [protocol] `'http'` by default
      */
      toObject(protocol = defaults.defaultProtocol) {
        return {
          type: this.t,
          value: this.toString(),
          isLink: this.isLink,
          href: this.toHref(protocol),
          start: this.startIndex(),
          end: this.endIndex()
        };
      },
      /**
       *
       * @param {Options} options Formatting option
       */
      toFormattedObject(options2) {
        return {
          type: this.t,
          value: this.toFormattedString(options2),
          isLink: this.isLink,
          href: this.toFormattedHref(options2),
          start: this.startIndex(),
          end: this.endIndex()
        };
      },
      /**
       * Whether this token should be rendered as a link according to the given options
       * @param {Options} options
       * @returns {boolean}
       */
      validate(options2) {
        return options2.get("validate", this.toString(), this);
      },
      /**
       * Return an object that represents how this link should be rendered.
       * @param {Options} options Formattinng options
       */
      render(options2) {
        const token = this;
        const href = this.toHref(options2.get("defaultProtocol"));
        const formattedHref = options2.get("formatHref", href, this);
        const tagName = options2.get("tagName", href, token);
        const content = this.toFormattedString(options2);
        const attributes = {};
        const className = options2.get("className", href, token);
        const target = options2.get("target", href, token);
        const rel = options2.get("rel", href, token);
        const attrs = options2.getObj("attributes", href, token);
        const eventListeners = options2.getObj("events", href, token);
        attributes.href = formattedHref;
        if (className) {
          attributes.class = className;
        }
        if (target) {
          attributes.target = target;
        }
        if (rel) {
          attributes.rel = rel;
        }
        if (attrs) {
          Object.assign(attributes, attrs);
        }
        return {
          tagName,
          attributes,
          content,
          eventListeners
        };
      }
    };
    function createTokenClass(type, props) {
      class Token extends MultiToken {
        constructor(value, tokens) {
          super(value, tokens);
          this.t = type;
        }
      }
      for (const p in props) {
        Token.prototype[p] = props[p];
      }
      Token.t = type;
      return Token;
    }
    var Email = createTokenClass("email", {
      isLink: true,
      toHref() {
        return "mailto:" + this.toString();
      }
    });
    var Text2 = createTokenClass("text");
    var Nl = createTokenClass("nl");
    var Url = createTokenClass("url", {
      isLink: true,
      /**
      	Lowercases relevant parts of the domain and adds the protocol if
      	required. Note that this will not escape unsafe HTML characters in the
      	URL.
      		@param {string} [scheme] default scheme (e.g., 'https')
      	@return {string} the full href
      */
      toHref(scheme2 = defaults.defaultProtocol) {
        return this.hasProtocol() ? this.v : `${scheme2}://${this.v}`;
      },
      /**
       * Check whether this URL token has a protocol
       * @return {boolean}
       */
      hasProtocol() {
        const tokens = this.tk;
        return tokens.length >= 2 && tokens[0].t !== LOCALHOST && tokens[1].t === COLON;
      }
    });
    var multi = /* @__PURE__ */ Object.freeze({
      __proto__: null,
      Base: MultiToken,
      Email,
      MultiToken,
      Nl,
      Text: Text2,
      Url,
      createTokenClass
    });
    var makeState = (arg) => new State(arg);
    function init$1({
      groups
    }) {
      const qsAccepting = groups.domain.concat([AMPERSAND, ASTERISK, AT, BACKSLASH, BACKTICK, CARET, DOLLAR, EQUALS, HYPHEN, NUM, PERCENT, PIPE, PLUS, POUND, SLASH, SYM, TILDE, UNDERSCORE]);
      const qsNonAccepting = [APOSTROPHE, COLON, COMMA, DOT, EXCLAMATION, PERCENT, QUERY, QUOTE, SEMI, OPENANGLEBRACKET, CLOSEANGLEBRACKET, OPENBRACE, CLOSEBRACE, CLOSEBRACKET, OPENBRACKET, OPENPAREN, CLOSEPAREN, FULLWIDTHLEFTPAREN, FULLWIDTHRIGHTPAREN, LEFTCORNERBRACKET, RIGHTCORNERBRACKET, LEFTWHITECORNERBRACKET, RIGHTWHITECORNERBRACKET, FULLWIDTHLESSTHAN, FULLWIDTHGREATERTHAN];
      const localpartAccepting = [AMPERSAND, APOSTROPHE, ASTERISK, BACKSLASH, BACKTICK, CARET, DOLLAR, EQUALS, HYPHEN, OPENBRACE, CLOSEBRACE, PERCENT, PIPE, PLUS, POUND, QUERY, SLASH, SYM, TILDE, UNDERSCORE];
      const Start = makeState();
      const Localpart = tt2(Start, TILDE);
      ta(Localpart, localpartAccepting, Localpart);
      ta(Localpart, groups.domain, Localpart);
      const Domain = makeState(), Scheme = makeState(), SlashScheme = makeState();
      ta(Start, groups.domain, Domain);
      ta(Start, groups.scheme, Scheme);
      ta(Start, groups.slashscheme, SlashScheme);
      ta(Domain, localpartAccepting, Localpart);
      ta(Domain, groups.domain, Domain);
      const LocalpartAt = tt2(Domain, AT);
      tt2(Localpart, AT, LocalpartAt);
      tt2(Scheme, AT, LocalpartAt);
      tt2(SlashScheme, AT, LocalpartAt);
      const LocalpartDot = tt2(Localpart, DOT);
      ta(LocalpartDot, localpartAccepting, Localpart);
      ta(LocalpartDot, groups.domain, Localpart);
      const EmailDomain = makeState();
      ta(LocalpartAt, groups.domain, EmailDomain);
      ta(EmailDomain, groups.domain, EmailDomain);
      const EmailDomainDot = tt2(EmailDomain, DOT);
      ta(EmailDomainDot, groups.domain, EmailDomain);
      const Email$1 = makeState(Email);
      ta(EmailDomainDot, groups.tld, Email$1);
      ta(EmailDomainDot, groups.utld, Email$1);
      tt2(LocalpartAt, LOCALHOST, Email$1);
      const EmailDomainHyphen = tt2(EmailDomain, HYPHEN);
      tt2(EmailDomainHyphen, HYPHEN, EmailDomainHyphen);
      ta(EmailDomainHyphen, groups.domain, EmailDomain);
      ta(Email$1, groups.domain, EmailDomain);
      tt2(Email$1, DOT, EmailDomainDot);
      tt2(Email$1, HYPHEN, EmailDomainHyphen);
      const DomainHyphen = tt2(Domain, HYPHEN);
      const DomainDot = tt2(Domain, DOT);
      tt2(DomainHyphen, HYPHEN, DomainHyphen);
      ta(DomainHyphen, groups.domain, Domain);
      ta(DomainDot, localpartAccepting, Localpart);
      ta(DomainDot, groups.domain, Domain);
      const DomainDotTld = makeState(Url);
      ta(DomainDot, groups.tld, DomainDotTld);
      ta(DomainDot, groups.utld, DomainDotTld);
      ta(DomainDotTld, groups.domain, Domain);
      ta(DomainDotTld, localpartAccepting, Localpart);
      tt2(DomainDotTld, DOT, DomainDot);
      tt2(DomainDotTld, HYPHEN, DomainHyphen);
      tt2(DomainDotTld, AT, LocalpartAt);
      const DomainDotTldColon = tt2(DomainDotTld, COLON);
      const DomainDotTldColonPort = makeState(Url);
      ta(DomainDotTldColon, groups.numeric, DomainDotTldColonPort);
      const Url$1 = makeState(Url);
      const UrlNonaccept = makeState();
      ta(Url$1, qsAccepting, Url$1);
      ta(Url$1, qsNonAccepting, UrlNonaccept);
      ta(UrlNonaccept, qsAccepting, Url$1);
      ta(UrlNonaccept, qsNonAccepting, UrlNonaccept);
      tt2(DomainDotTld, SLASH, Url$1);
      tt2(DomainDotTldColonPort, SLASH, Url$1);
      tt2(DomainDotTld, QUERY, UrlNonaccept);
      tt2(DomainDotTld, POUND, Url$1);
      tt2(DomainDotTldColonPort, QUERY, UrlNonaccept);
      tt2(DomainDotTldColonPort, POUND, Url$1);
      const SchemeColon = tt2(Scheme, COLON);
      const SlashSchemeColon = tt2(SlashScheme, COLON);
      const SlashSchemeColonSlash = tt2(SlashSchemeColon, SLASH);
      const UriPrefix = tt2(SlashSchemeColonSlash, SLASH);
      ta(Scheme, groups.domain, Domain);
      tt2(Scheme, DOT, DomainDot);
      tt2(Scheme, HYPHEN, DomainHyphen);
      ta(SlashScheme, groups.domain, Domain);
      tt2(SlashScheme, DOT, DomainDot);
      tt2(SlashScheme, HYPHEN, DomainHyphen);
      ta(SchemeColon, groups.domain, Url$1);
      tt2(SchemeColon, SLASH, Url$1);
      tt2(SchemeColon, QUERY, Url$1);
      ta(UriPrefix, groups.domain, Url$1);
      ta(UriPrefix, qsAccepting, Url$1);
      tt2(UriPrefix, SLASH, Url$1);
      const bracketPairs = [
        [OPENBRACE, CLOSEBRACE],
        // {}
        [OPENBRACKET, CLOSEBRACKET],
        // []
        [OPENPAREN, CLOSEPAREN],
        // ()
        [OPENANGLEBRACKET, CLOSEANGLEBRACKET],
        // <>
        [FULLWIDTHLEFTPAREN, FULLWIDTHRIGHTPAREN],
        // （）
        [LEFTCORNERBRACKET, RIGHTCORNERBRACKET],
        // 「」
        [LEFTWHITECORNERBRACKET, RIGHTWHITECORNERBRACKET],
        // 『』
        [FULLWIDTHLESSTHAN, FULLWIDTHGREATERTHAN]
        // ＜＞
      ];
      for (let i = 0; i < bracketPairs.length; i++) {
        const [OPEN, CLOSE] = bracketPairs[i];
        const UrlOpen = tt2(Url$1, OPEN);
        tt2(UrlNonaccept, OPEN, UrlOpen);
        const UrlOpenQ = makeState(Url);
        ta(UrlOpen, qsAccepting, UrlOpenQ);
        const UrlOpenSyms = makeState();
        ta(UrlOpen, qsNonAccepting, UrlOpenSyms);
        tt2(UrlOpen, CLOSE, Url$1);
        ta(UrlOpenQ, qsAccepting, UrlOpenQ);
        ta(UrlOpenQ, qsNonAccepting, UrlOpenSyms);
        ta(UrlOpenSyms, qsAccepting, UrlOpenQ);
        ta(UrlOpenSyms, qsNonAccepting, UrlOpenSyms);
        tt2(UrlOpenQ, CLOSE, Url$1);
        tt2(UrlOpenSyms, CLOSE, Url$1);
      }
      tt2(Start, LOCALHOST, DomainDotTld);
      tt2(Start, NL, Nl);
      return {
        start: Start,
        tokens: tk
      };
    }
    function run4(start, input, tokens) {
      let len = tokens.length;
      let cursor = 0;
      let multis = [];
      let textTokens = [];
      const dead = [];
      while (cursor < len) {
        let state = start;
        let secondState = null;
        let nextState = null;
        let multiLength = 0;
        let latestAccepting = null;
        let sinceAccepts = -1;
        let visited = [];
        while (cursor < len && !(secondState = state.go(tokens[cursor].t))) {
          textTokens.push(tokens[cursor++]);
        }
        while (cursor < len && (nextState = secondState || state.go(tokens[cursor].t))) {
          secondState = null;
          state = nextState;
          cursor++;
          multiLength++;
          if (state.accepts()) {
            sinceAccepts = 0;
            latestAccepting = state;
            visited = [];
          } else {
            if (sinceAccepts >= 0) {
              sinceAccepts++;
            }
            visited.push(state);
            if (dead[cursor] && dead[cursor].has(state)) {
              break;
            }
          }
        }
        for (let k2 = 0, pos = cursor - visited.length + 1; k2 < visited.length; k2++, pos++) {
          (dead[pos] || (dead[pos] = /* @__PURE__ */ new Set())).add(visited[k2]);
        }
        if (sinceAccepts < 0) {
          cursor -= multiLength;
          if (cursor < len) {
            textTokens.push(tokens[cursor]);
            cursor++;
          }
        } else {
          if (textTokens.length > 0) {
            multis.push(initMultiToken(Text2, input, textTokens));
            textTokens = [];
          }
          cursor -= sinceAccepts;
          multiLength -= sinceAccepts;
          const Multi = latestAccepting.t;
          const subtokens = tokens.slice(cursor - multiLength, cursor);
          multis.push(initMultiToken(Multi, input, subtokens));
        }
      }
      if (textTokens.length > 0) {
        multis.push(initMultiToken(Text2, input, textTokens));
      }
      return multis;
    }
    function initMultiToken(Multi, input, tokens) {
      const startIdx = tokens[0].s;
      const endIdx = tokens[tokens.length - 1].e;
      const value = input.slice(startIdx, endIdx);
      return new Multi(value, tokens);
    }
    var warn = typeof console !== "undefined" && console && console.warn || (() => {
    });
    var warnAdvice = "until manual call of linkify.init(). Register all schemes and plugins before invoking linkify the first time.";
    var INIT = {
      scanner: null,
      parser: null,
      tokenQueue: [],
      pluginQueue: [],
      customSchemes: [],
      initialized: false
    };
    function reset2() {
      State.groups = {};
      INIT.scanner = null;
      INIT.parser = null;
      INIT.tokenQueue = [];
      INIT.pluginQueue = [];
      INIT.customSchemes = [];
      INIT.initialized = false;
      return INIT;
    }
    function registerTokenPlugin(name, plugin) {
      if (typeof plugin !== "function") {
        throw new Error(`linkifyjs: Invalid token plugin ${plugin} (expects function)`);
      }
      for (let i = 0; i < INIT.tokenQueue.length; i++) {
        if (name === INIT.tokenQueue[i][0]) {
          warn(`linkifyjs: token plugin "${name}" already registered - will be overwritten`);
          INIT.tokenQueue[i] = [name, plugin];
          return;
        }
      }
      INIT.tokenQueue.push([name, plugin]);
      if (INIT.initialized) {
        warn(`linkifyjs: already initialized - will not register token plugin "${name}" ${warnAdvice}`);
      }
    }
    function registerPlugin(name, plugin) {
      if (typeof plugin !== "function") {
        throw new Error(`linkifyjs: Invalid plugin ${plugin} (expects function)`);
      }
      for (let i = 0; i < INIT.pluginQueue.length; i++) {
        if (name === INIT.pluginQueue[i][0]) {
          warn(`linkifyjs: plugin "${name}" already registered - will be overwritten`);
          INIT.pluginQueue[i] = [name, plugin];
          return;
        }
      }
      INIT.pluginQueue.push([name, plugin]);
      if (INIT.initialized) {
        warn(`linkifyjs: already initialized - will not register plugin "${name}" ${warnAdvice}`);
      }
    }
    function registerCustomProtocol2(scheme2, optionalSlashSlash = false) {
      if (INIT.initialized) {
        warn(`linkifyjs: already initialized - will not register custom scheme "${scheme2}" ${warnAdvice}`);
      }
      if (!/^[0-9a-z]+(-[0-9a-z]+)*$/.test(scheme2)) {
        throw new Error(`linkifyjs: incorrect scheme format.
1. Must only contain digits, lowercase ASCII letters or "-"
2. Cannot start or end with "-"
3. "-" cannot repeat`);
      }
      INIT.customSchemes.push([scheme2, optionalSlashSlash]);
    }
    function init() {
      INIT.scanner = init$2(INIT.customSchemes);
      for (let i = 0; i < INIT.tokenQueue.length; i++) {
        INIT.tokenQueue[i][1]({
          scanner: INIT.scanner
        });
      }
      INIT.parser = init$1(INIT.scanner.tokens);
      for (let i = 0; i < INIT.pluginQueue.length; i++) {
        INIT.pluginQueue[i][1]({
          scanner: INIT.scanner,
          parser: INIT.parser
        });
      }
      INIT.initialized = true;
      return INIT;
    }
    function tokenize2(str) {
      if (!INIT.initialized) {
        init();
      }
      return run4(INIT.parser.start, str, run$14(INIT.scanner.start, str));
    }
    tokenize2.scan = run$14;
    function find2(str, type = null, opts = null) {
      if (type && typeof type === "object") {
        if (opts) {
          throw Error(`linkifyjs: Invalid link type ${type}; must be a string`);
        }
        opts = type;
        type = null;
      }
      const options2 = new Options(opts);
      const tokens = tokenize2(str);
      const filtered = [];
      for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        if (token.isLink && (!type || token.t === type) && options2.check(token)) {
          filtered.push(token.toFormattedObject(options2));
        }
      }
      return filtered;
    }
    function test(str, type = null) {
      const tokens = tokenize2(str);
      return tokens.length === 1 && tokens[0].isLink && (!type || tokens[0].t === type);
    }
    exports.MultiToken = MultiToken;
    exports.Options = Options;
    exports.State = State;
    exports.createTokenClass = createTokenClass;
    exports.find = find2;
    exports.init = init;
    exports.multi = multi;
    exports.options = options;
    exports.regexp = regexp;
    exports.registerCustomProtocol = registerCustomProtocol2;
    exports.registerPlugin = registerPlugin;
    exports.registerTokenPlugin = registerTokenPlugin;
    exports.reset = reset2;
    exports.stringToArray = stringToArray;
    exports.test = test;
    exports.text = tk;
    exports.tokenize = tokenize2;
  }
});

// ../../packages/doc-convert/node_modules/@tiptap/core/dist/rolldown-runtime-D7D4PA-g.js
var __defProp = Object.defineProperty;
var __exportAll = (all, no_symbols) => {
  let target = {};
  for (var name in all) __defProp(target, name, {
    get: all[name],
    enumerable: true
  });
  if (!no_symbols) __defProp(target, Symbol.toStringTag, { value: "Module" });
  return target;
};

// ../../node_modules/prosemirror-commands/dist/index.js
var deleteSelection = (state, dispatch) => {
  if (state.selection.empty)
    return false;
  if (dispatch)
    dispatch(state.tr.deleteSelection().scrollIntoView());
  return true;
};
function atBlockStart(state, view) {
  let { $cursor } = state.selection;
  if (!$cursor || (view ? !view.endOfTextblock("backward", state) : $cursor.parentOffset > 0))
    return null;
  return $cursor;
}
var joinBackward = (state, dispatch, view) => {
  let $cursor = atBlockStart(state, view);
  if (!$cursor)
    return false;
  let $cut = findCutBefore($cursor);
  if (!$cut) {
    let range = $cursor.blockRange(), target = range && liftTarget(range);
    if (target == null)
      return false;
    if (dispatch)
      dispatch(state.tr.lift(range, target).scrollIntoView());
    return true;
  }
  let before = $cut.nodeBefore;
  if (deleteBarrier(state, $cut, dispatch, -1))
    return true;
  if ($cursor.parent.content.size == 0 && (textblockAt(before, "end") || NodeSelection.isSelectable(before))) {
    for (let depth = $cursor.depth; ; depth--) {
      let delStep = replaceStep(state.doc, $cursor.before(depth), $cursor.after(depth), Slice.empty);
      if (delStep && delStep.slice.size < delStep.to - delStep.from) {
        if (dispatch) {
          let tr = state.tr.step(delStep);
          tr.setSelection(textblockAt(before, "end") ? Selection.findFrom(tr.doc.resolve(tr.mapping.map($cut.pos, -1)), -1) : NodeSelection.create(tr.doc, $cut.pos - before.nodeSize));
          dispatch(tr.scrollIntoView());
        }
        return true;
      }
      if (depth == 1 || $cursor.node(depth - 1).childCount > 1)
        break;
    }
  }
  if (before.isAtom && $cut.depth == $cursor.depth - 1) {
    if (dispatch)
      dispatch(state.tr.delete($cut.pos - before.nodeSize, $cut.pos).scrollIntoView());
    return true;
  }
  return false;
};
var joinTextblockBackward = (state, dispatch, view) => {
  let $cursor = atBlockStart(state, view);
  if (!$cursor)
    return false;
  let $cut = findCutBefore($cursor);
  return $cut ? joinTextblocksAround(state, $cut, dispatch) : false;
};
var joinTextblockForward = (state, dispatch, view) => {
  let $cursor = atBlockEnd(state, view);
  if (!$cursor)
    return false;
  let $cut = findCutAfter($cursor);
  return $cut ? joinTextblocksAround(state, $cut, dispatch) : false;
};
function joinTextblocksAround(state, $cut, dispatch) {
  let before = $cut.nodeBefore, beforeText = before, beforePos = $cut.pos - 1;
  for (; !beforeText.isTextblock; beforePos--) {
    if (beforeText.type.spec.isolating)
      return false;
    let child = beforeText.lastChild;
    if (!child)
      return false;
    beforeText = child;
  }
  let after = $cut.nodeAfter, afterText = after, afterPos = $cut.pos + 1;
  for (; !afterText.isTextblock; afterPos++) {
    if (afterText.type.spec.isolating)
      return false;
    let child = afterText.firstChild;
    if (!child)
      return false;
    afterText = child;
  }
  let step = replaceStep(state.doc, beforePos, afterPos, Slice.empty);
  if (!step || step.from != beforePos || step instanceof ReplaceStep && step.slice.size >= afterPos - beforePos)
    return false;
  if (dispatch) {
    let tr = state.tr.step(step);
    tr.setSelection(TextSelection.create(tr.doc, beforePos));
    dispatch(tr.scrollIntoView());
  }
  return true;
}
function textblockAt(node, side, only = false) {
  for (let scan = node; scan; scan = side == "start" ? scan.firstChild : scan.lastChild) {
    if (scan.isTextblock)
      return true;
    if (only && scan.childCount != 1)
      return false;
  }
  return false;
}
var selectNodeBackward = (state, dispatch, view) => {
  let { $head, empty } = state.selection, $cut = $head;
  if (!empty)
    return false;
  if ($head.parent.isTextblock) {
    if (view ? !view.endOfTextblock("backward", state) : $head.parentOffset > 0)
      return false;
    $cut = findCutBefore($head);
  }
  let node = $cut && $cut.nodeBefore;
  if (!node || !NodeSelection.isSelectable(node))
    return false;
  if (dispatch)
    dispatch(state.tr.setSelection(NodeSelection.create(state.doc, $cut.pos - node.nodeSize)).scrollIntoView());
  return true;
};
function findCutBefore($pos) {
  if (!$pos.parent.type.spec.isolating)
    for (let i = $pos.depth - 1; i >= 0; i--) {
      if ($pos.index(i) > 0)
        return $pos.doc.resolve($pos.before(i + 1));
      if ($pos.node(i).type.spec.isolating)
        break;
    }
  return null;
}
function atBlockEnd(state, view) {
  let { $cursor } = state.selection;
  if (!$cursor || (view ? !view.endOfTextblock("forward", state) : $cursor.parentOffset < $cursor.parent.content.size))
    return null;
  return $cursor;
}
var joinForward = (state, dispatch, view) => {
  let $cursor = atBlockEnd(state, view);
  if (!$cursor)
    return false;
  let $cut = findCutAfter($cursor);
  if (!$cut)
    return false;
  let after = $cut.nodeAfter;
  if (deleteBarrier(state, $cut, dispatch, 1))
    return true;
  if ($cursor.parent.content.size == 0 && (textblockAt(after, "start") || NodeSelection.isSelectable(after))) {
    let delStep = replaceStep(state.doc, $cursor.before(), $cursor.after(), Slice.empty);
    if (delStep && delStep.slice.size < delStep.to - delStep.from) {
      if (dispatch) {
        let tr = state.tr.step(delStep);
        tr.setSelection(textblockAt(after, "start") ? Selection.findFrom(tr.doc.resolve(tr.mapping.map($cut.pos)), 1) : NodeSelection.create(tr.doc, tr.mapping.map($cut.pos)));
        dispatch(tr.scrollIntoView());
      }
      return true;
    }
  }
  if (after.isAtom && $cut.depth == $cursor.depth - 1) {
    if (dispatch)
      dispatch(state.tr.delete($cut.pos, $cut.pos + after.nodeSize).scrollIntoView());
    return true;
  }
  return false;
};
var selectNodeForward = (state, dispatch, view) => {
  let { $head, empty } = state.selection, $cut = $head;
  if (!empty)
    return false;
  if ($head.parent.isTextblock) {
    if (view ? !view.endOfTextblock("forward", state) : $head.parentOffset < $head.parent.content.size)
      return false;
    $cut = findCutAfter($head);
  }
  let node = $cut && $cut.nodeAfter;
  if (!node || !NodeSelection.isSelectable(node))
    return false;
  if (dispatch)
    dispatch(state.tr.setSelection(NodeSelection.create(state.doc, $cut.pos)).scrollIntoView());
  return true;
};
function findCutAfter($pos) {
  if (!$pos.parent.type.spec.isolating)
    for (let i = $pos.depth - 1; i >= 0; i--) {
      let parent = $pos.node(i);
      if ($pos.index(i) + 1 < parent.childCount)
        return $pos.doc.resolve($pos.after(i + 1));
      if (parent.type.spec.isolating)
        break;
    }
  return null;
}
var joinUp = (state, dispatch) => {
  let sel = state.selection, nodeSel = sel instanceof NodeSelection, point;
  if (nodeSel) {
    if (sel.node.isTextblock || !canJoin(state.doc, sel.from))
      return false;
    point = sel.from;
  } else {
    point = joinPoint(state.doc, sel.from, -1);
    if (point == null)
      return false;
  }
  if (dispatch) {
    let tr = state.tr.join(point);
    if (nodeSel)
      tr.setSelection(NodeSelection.create(tr.doc, point - state.doc.resolve(point).nodeBefore.nodeSize));
    dispatch(tr.scrollIntoView());
  }
  return true;
};
var joinDown = (state, dispatch) => {
  let sel = state.selection, point;
  if (sel instanceof NodeSelection) {
    if (sel.node.isTextblock || !canJoin(state.doc, sel.to))
      return false;
    point = sel.to;
  } else {
    point = joinPoint(state.doc, sel.to, 1);
    if (point == null)
      return false;
  }
  if (dispatch)
    dispatch(state.tr.join(point).scrollIntoView());
  return true;
};
var lift = (state, dispatch) => {
  let { $from, $to } = state.selection;
  let range = $from.blockRange($to), target = range && liftTarget(range);
  if (target == null)
    return false;
  if (dispatch)
    dispatch(state.tr.lift(range, target).scrollIntoView());
  return true;
};
var newlineInCode = (state, dispatch) => {
  let { $head, $anchor } = state.selection;
  if (!$head.parent.type.spec.code || !$head.sameParent($anchor))
    return false;
  if (dispatch)
    dispatch(state.tr.insertText("\n").scrollIntoView());
  return true;
};
function defaultBlockAt(match) {
  for (let i = 0; i < match.edgeCount; i++) {
    let { type } = match.edge(i);
    if (type.isTextblock && !type.hasRequiredAttrs())
      return type;
  }
  return null;
}
var exitCode = (state, dispatch) => {
  let { $head, $anchor } = state.selection;
  if (!$head.parent.type.spec.code || !$head.sameParent($anchor))
    return false;
  let above = $head.node(-1), after = $head.indexAfter(-1), type = defaultBlockAt(above.contentMatchAt(after));
  if (!type || !above.canReplaceWith(after, after, type))
    return false;
  if (dispatch) {
    let pos = $head.after(), tr = state.tr.replaceWith(pos, pos, type.createAndFill());
    tr.setSelection(Selection.near(tr.doc.resolve(pos), 1));
    dispatch(tr.scrollIntoView());
  }
  return true;
};
var createParagraphNear = (state, dispatch) => {
  let sel = state.selection, { $from, $to } = sel;
  if (sel instanceof AllSelection || $from.parent.inlineContent || $to.parent.inlineContent)
    return false;
  let type = defaultBlockAt($to.parent.contentMatchAt($to.indexAfter()));
  if (!type || !type.isTextblock)
    return false;
  if (dispatch) {
    let side = (!$from.parentOffset && $to.index() < $to.parent.childCount ? $from : $to).pos;
    let tr = state.tr.insert(side, type.createAndFill());
    tr.setSelection(TextSelection.create(tr.doc, side + 1));
    dispatch(tr.scrollIntoView());
  }
  return true;
};
var liftEmptyBlock = (state, dispatch) => {
  let { $cursor } = state.selection;
  if (!$cursor || $cursor.parent.content.size)
    return false;
  if ($cursor.depth > 1 && $cursor.after() != $cursor.end(-1)) {
    let before = $cursor.before();
    if (canSplit(state.doc, before)) {
      if (dispatch)
        dispatch(state.tr.split(before).scrollIntoView());
      return true;
    }
  }
  let range = $cursor.blockRange(), target = range && liftTarget(range);
  if (target == null)
    return false;
  if (dispatch)
    dispatch(state.tr.lift(range, target).scrollIntoView());
  return true;
};
function splitBlockAs(splitNode) {
  return (state, dispatch) => {
    if (state.selection instanceof NodeSelection && state.selection.node.isBlock) {
      let { $from: $from2 } = state.selection;
      if (!$from2.parentOffset || !canSplit(state.doc, $from2.pos))
        return false;
      if (dispatch)
        dispatch(state.tr.split($from2.pos).scrollIntoView());
      return true;
    }
    if (!state.selection.$from.depth)
      return false;
    let tr = state.tr;
    if (!state.selection.empty && (state.selection instanceof TextSelection || state.selection instanceof AllSelection))
      tr.deleteSelection();
    let { $from } = tr.selection, mapFrom = tr.steps.length;
    let types = [];
    let splitDepth, deflt, atEnd = false, atStart = false;
    for (let d = $from.depth; ; d--) {
      let node = $from.node(d);
      if (node.isBlock) {
        atEnd = $from.end(d) == $from.pos + ($from.depth - d);
        atStart = $from.start(d) == $from.pos - ($from.depth - d);
        deflt = defaultBlockAt($from.node(d - 1).contentMatchAt($from.indexAfter(d - 1)));
        let splitType = splitNode && splitNode($from.parent, atEnd, $from);
        types.unshift(splitType || (atEnd && deflt ? { type: deflt } : null));
        splitDepth = d;
        break;
      } else {
        if (d == 1)
          return false;
        types.unshift(null);
      }
    }
    let splitPos = $from.pos;
    let can = canSplit(tr.doc, splitPos, types.length, types);
    if (!can) {
      types[0] = deflt ? { type: deflt } : null;
      can = canSplit(tr.doc, splitPos, types.length, types);
    }
    if (!can)
      return false;
    tr.split(splitPos, types.length, types);
    if (!atEnd && atStart && $from.node(splitDepth).type != deflt) {
      let mapping = tr.mapping.slice(mapFrom);
      let first4 = mapping.map($from.before(splitDepth)), $first = tr.doc.resolve(first4);
      if (deflt && $from.node(splitDepth - 1).canReplaceWith($first.index(), $first.index() + 1, deflt))
        tr.setNodeMarkup(mapping.map($from.before(splitDepth)), deflt);
    }
    if (dispatch)
      dispatch(tr.scrollIntoView());
    return true;
  };
}
var splitBlock = splitBlockAs();
var selectParentNode = (state, dispatch) => {
  let { $from, to } = state.selection, pos;
  let same = $from.sharedDepth(to);
  if (same == 0)
    return false;
  pos = $from.before(same);
  if (dispatch)
    dispatch(state.tr.setSelection(NodeSelection.create(state.doc, pos)));
  return true;
};
var selectAll = (state, dispatch) => {
  if (dispatch)
    dispatch(state.tr.setSelection(new AllSelection(state.doc)));
  return true;
};
function joinMaybeClear(state, $pos, dispatch) {
  let before = $pos.nodeBefore, after = $pos.nodeAfter, index = $pos.index();
  if (!before || !after || !before.type.compatibleContent(after.type))
    return false;
  if (!before.content.size && $pos.parent.canReplace(index - 1, index)) {
    if (dispatch)
      dispatch(state.tr.delete($pos.pos - before.nodeSize, $pos.pos).scrollIntoView());
    return true;
  }
  if (!$pos.parent.canReplace(index, index + 1) || !(after.isTextblock || canJoin(state.doc, $pos.pos)))
    return false;
  if (dispatch)
    dispatch(state.tr.join($pos.pos).scrollIntoView());
  return true;
}
function deleteBarrier(state, $cut, dispatch, dir) {
  let before = $cut.nodeBefore, after = $cut.nodeAfter, conn, match;
  let isolated = before.type.spec.isolating || after.type.spec.isolating;
  if (!isolated && joinMaybeClear(state, $cut, dispatch))
    return true;
  let canDelAfter = !isolated && $cut.parent.canReplace($cut.index(), $cut.index() + 1);
  if (canDelAfter && (conn = (match = before.contentMatchAt(before.childCount)).findWrapping(after.type)) && match.matchType(conn[0] || after.type).validEnd) {
    if (dispatch) {
      let end = $cut.pos + after.nodeSize, wrap = Fragment.empty;
      for (let i = conn.length - 1; i >= 0; i--)
        wrap = Fragment.from(conn[i].create(null, wrap));
      wrap = Fragment.from(before.copy(wrap));
      let tr = state.tr.step(new ReplaceAroundStep($cut.pos - 1, end, $cut.pos, end, new Slice(wrap, 1, 0), conn.length, true));
      let $joinAt = tr.doc.resolve(end + 2 * conn.length);
      if ($joinAt.nodeAfter && $joinAt.nodeAfter.type == before.type && canJoin(tr.doc, $joinAt.pos))
        tr.join($joinAt.pos);
      dispatch(tr.scrollIntoView());
    }
    return true;
  }
  let selAfter = after.type.spec.isolating || dir > 0 && isolated ? null : Selection.findFrom($cut, 1);
  let range = selAfter && selAfter.$from.blockRange(selAfter.$to), target = range && liftTarget(range);
  if (target != null && target >= $cut.depth) {
    if (dispatch)
      dispatch(state.tr.lift(range, target).scrollIntoView());
    return true;
  }
  if (canDelAfter && textblockAt(after, "start", true) && textblockAt(before, "end")) {
    let at = before, wrap = [];
    for (; ; ) {
      wrap.push(at);
      if (at.isTextblock)
        break;
      at = at.lastChild;
    }
    let afterText = after, afterDepth = 1;
    for (; !afterText.isTextblock; afterText = afterText.firstChild)
      afterDepth++;
    if (at.canReplace(at.childCount, at.childCount, afterText.content)) {
      if (dispatch) {
        let end = Fragment.empty;
        for (let i = wrap.length - 1; i >= 0; i--)
          end = Fragment.from(wrap[i].copy(end));
        let tr = state.tr.step(new ReplaceAroundStep($cut.pos - wrap.length, $cut.pos + after.nodeSize, $cut.pos + afterDepth, $cut.pos + after.nodeSize - afterDepth, new Slice(end, wrap.length, 0), 0, true));
        dispatch(tr.scrollIntoView());
      }
      return true;
    }
  }
  return false;
}
function selectTextblockSide(side) {
  return function(state, dispatch) {
    let sel = state.selection, $pos = side < 0 ? sel.$from : sel.$to;
    let depth = $pos.depth;
    while ($pos.node(depth).isInline) {
      if (!depth)
        return false;
      depth--;
    }
    if (!$pos.node(depth).isTextblock)
      return false;
    if (dispatch)
      dispatch(state.tr.setSelection(TextSelection.create(state.doc, side < 0 ? $pos.start(depth) : $pos.end(depth))));
    return true;
  };
}
var selectTextblockStart = selectTextblockSide(-1);
var selectTextblockEnd = selectTextblockSide(1);
function wrapIn(nodeType, attrs = null) {
  return function(state, dispatch) {
    let { $from, $to } = state.selection;
    let range = $from.blockRange($to), wrapping = range && findWrapping(range, nodeType, attrs);
    if (!wrapping)
      return false;
    if (dispatch)
      dispatch(state.tr.wrap(range, wrapping).scrollIntoView());
    return true;
  };
}
function setBlockType(nodeType, attrs = null) {
  return function(state, dispatch) {
    let applicable = false;
    for (let i = 0; i < state.selection.ranges.length && !applicable; i++) {
      let { $from: { pos: from2 }, $to: { pos: to } } = state.selection.ranges[i];
      state.doc.nodesBetween(from2, to, (node, pos) => {
        if (applicable)
          return false;
        if (!node.isTextblock || node.hasMarkup(nodeType, attrs))
          return;
        if (node.type == nodeType) {
          applicable = true;
        } else {
          let $pos = state.doc.resolve(pos), index = $pos.index();
          applicable = $pos.parent.canReplaceWith(index, index + 1, nodeType);
        }
      });
    }
    if (!applicable)
      return false;
    if (dispatch) {
      let tr = state.tr;
      for (let i = 0; i < state.selection.ranges.length; i++) {
        let { $from: { pos: from2 }, $to: { pos: to } } = state.selection.ranges[i];
        tr.setBlockType(from2, to, nodeType, attrs);
      }
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
}
function chainCommands(...commands) {
  return function(state, dispatch, view) {
    for (let i = 0; i < commands.length; i++)
      if (commands[i](state, dispatch, view))
        return true;
    return false;
  };
}
var backspace = chainCommands(deleteSelection, joinBackward, selectNodeBackward);
var del = chainCommands(deleteSelection, joinForward, selectNodeForward);
var pcBaseKeymap = {
  "Enter": chainCommands(newlineInCode, createParagraphNear, liftEmptyBlock, splitBlock),
  "Mod-Enter": exitCode,
  "Backspace": backspace,
  "Mod-Backspace": backspace,
  "Shift-Backspace": backspace,
  "Delete": del,
  "Mod-Delete": del,
  "Mod-a": selectAll
};
var macBaseKeymap = {
  "Ctrl-h": pcBaseKeymap["Backspace"],
  "Alt-Backspace": pcBaseKeymap["Mod-Backspace"],
  "Ctrl-d": pcBaseKeymap["Delete"],
  "Ctrl-Alt-Backspace": pcBaseKeymap["Mod-Delete"],
  "Alt-Delete": pcBaseKeymap["Mod-Delete"],
  "Alt-d": pcBaseKeymap["Mod-Delete"],
  "Ctrl-a": selectTextblockStart,
  "Ctrl-e": selectTextblockEnd
};
for (let key in pcBaseKeymap)
  macBaseKeymap[key] = pcBaseKeymap[key];
var mac = typeof navigator != "undefined" ? /Mac|iP(hone|[oa]d)/.test(navigator.platform) : typeof os != "undefined" && os.platform ? os.platform() == "darwin" : false;

// ../../node_modules/prosemirror-schema-list/dist/index.js
function wrapInList(listType, attrs = null) {
  return function(state, dispatch) {
    let { $from, $to } = state.selection;
    let range = $from.blockRange($to);
    if (!range)
      return false;
    let tr = dispatch ? state.tr : null;
    if (!wrapRangeInList(tr, range, listType, attrs))
      return false;
    if (dispatch)
      dispatch(tr.scrollIntoView());
    return true;
  };
}
function wrapRangeInList(tr, range, listType, attrs = null) {
  let doJoin = false, outerRange = range, doc = range.$from.doc;
  if (range.depth >= 2 && range.$from.node(range.depth - 1).type.compatibleContent(listType) && range.startIndex == 0) {
    if (range.$from.index(range.depth - 1) == 0)
      return false;
    let $insert = doc.resolve(range.start - 2);
    outerRange = new NodeRange($insert, $insert, range.depth);
    if (range.endIndex < range.parent.childCount)
      range = new NodeRange(range.$from, doc.resolve(range.$to.end(range.depth)), range.depth);
    doJoin = true;
  }
  let wrap = findWrapping(outerRange, listType, attrs, range);
  if (!wrap)
    return false;
  if (tr)
    doWrapInList(tr, range, wrap, doJoin, listType);
  return true;
}
function doWrapInList(tr, range, wrappers, joinBefore, listType) {
  let content = Fragment.empty;
  for (let i = wrappers.length - 1; i >= 0; i--)
    content = Fragment.from(wrappers[i].type.create(wrappers[i].attrs, content));
  tr.step(new ReplaceAroundStep(range.start - (joinBefore ? 2 : 0), range.end, range.start, range.end, new Slice(content, 0, 0), wrappers.length, true));
  let found = 0;
  for (let i = 0; i < wrappers.length; i++)
    if (wrappers[i].type == listType)
      found = i + 1;
  let splitDepth = wrappers.length - found;
  let splitPos = range.start + wrappers.length - (joinBefore ? 2 : 0), parent = range.parent;
  for (let i = range.startIndex, e = range.endIndex, first4 = true; i < e; i++, first4 = false) {
    if (!first4 && splitDepth && canSplit(tr.doc, splitPos, splitDepth)) {
      tr.split(splitPos, splitDepth);
      splitPos += 2 * splitDepth;
    }
    splitPos += parent.child(i).nodeSize;
  }
  return tr;
}
function isItem(itemType, type) {
  return itemType instanceof NodeType ? type == itemType : itemType.indexOf(type) > -1;
}
function liftListItem(itemType) {
  return function(state, dispatch) {
    let { $from, $to } = state.selection;
    let range = $from.blockRange($to, (node) => node.childCount > 0 && isItem(itemType, node.firstChild.type));
    if (!range)
      return false;
    if (!dispatch)
      return true;
    if (isItem(itemType, $from.node(range.depth - 1).type))
      return liftToOuterList(state, dispatch, range);
    else
      return liftOutOfList(state, dispatch, range);
  };
}
function liftToOuterList(state, dispatch, range) {
  let tr = state.tr, end = range.end, endOfList = range.$to.end(range.depth);
  let itemType = range.parent.child(range.endIndex - 1).type;
  if (end < endOfList) {
    tr.step(new ReplaceAroundStep(end - 1, endOfList, end, endOfList, new Slice(Fragment.from(itemType.create(null, range.parent.copy())), 1, 0), 1, true));
    range = new NodeRange(tr.doc.resolve(range.$from.pos), tr.doc.resolve(endOfList), range.depth);
  }
  const target = liftTarget(range);
  if (target == null)
    return false;
  tr.lift(range, target);
  let $after = tr.doc.resolve(tr.mapping.map(end, -1) - 1);
  if (canJoin(tr.doc, $after.pos) && $after.nodeBefore.type == $after.nodeAfter.type)
    tr.join($after.pos);
  dispatch(tr.scrollIntoView());
  return true;
}
function liftOutOfList(state, dispatch, range) {
  let tr = state.tr, list = range.parent;
  for (let pos = range.end, i = range.endIndex - 1, e = range.startIndex; i > e; i--) {
    pos -= list.child(i).nodeSize;
    tr.delete(pos - 1, pos + 1);
  }
  let $start = tr.doc.resolve(range.start), item = $start.nodeAfter;
  if (tr.mapping.map(range.end) != range.start + $start.nodeAfter.nodeSize)
    return false;
  let atStart = range.startIndex == 0, atEnd = range.endIndex == list.childCount;
  let parent = $start.node(-1), indexBefore = $start.index(-1);
  if (!parent.canReplace(indexBefore + (atStart ? 0 : 1), indexBefore + 1, item.content.append(atEnd ? Fragment.empty : Fragment.from(list))))
    return false;
  let start = $start.pos, end = start + item.nodeSize;
  tr.step(new ReplaceAroundStep(start - (atStart ? 1 : 0), end + (atEnd ? 1 : 0), start + 1, end - 1, new Slice((atStart ? Fragment.empty : Fragment.from(list.copy(Fragment.empty))).append(atEnd ? Fragment.empty : Fragment.from(list.copy(Fragment.empty))), atStart ? 0 : 1, atEnd ? 0 : 1), atStart ? 0 : 1));
  dispatch(tr.scrollIntoView());
  return true;
}
function sinkListItem(itemType) {
  return function(state, dispatch) {
    let { $from, $to } = state.selection;
    let range = $from.blockRange($to, (node) => node.childCount > 0 && isItem(itemType, node.firstChild.type));
    if (!range)
      return false;
    let startIndex = range.startIndex;
    if (startIndex == 0)
      return false;
    let parent = range.parent, nodeBefore = parent.child(startIndex - 1);
    if (!isItem(itemType, nodeBefore.type))
      return false;
    if (dispatch) {
      let nestedBefore = nodeBefore.lastChild && nodeBefore.lastChild.type == parent.type;
      let inner = Fragment.from(nestedBefore ? nodeBefore.lastChild.lastChild.type.create() : null);
      let slice2 = new Slice(Fragment.from(nodeBefore.type.create(null, Fragment.from(parent.type.create(null, inner)))), nestedBefore ? 3 : 1, 0);
      let before = range.start, after = range.end;
      dispatch(state.tr.step(new ReplaceAroundStep(before - (nestedBefore ? 3 : 1), after, before, after, slice2, 1, true)).scrollIntoView());
    }
    return true;
  };
}

// ../../node_modules/w3c-keyname/index.js
var base = {
  8: "Backspace",
  9: "Tab",
  10: "Enter",
  12: "NumLock",
  13: "Enter",
  16: "Shift",
  17: "Control",
  18: "Alt",
  20: "CapsLock",
  27: "Escape",
  32: " ",
  33: "PageUp",
  34: "PageDown",
  35: "End",
  36: "Home",
  37: "ArrowLeft",
  38: "ArrowUp",
  39: "ArrowRight",
  40: "ArrowDown",
  44: "PrintScreen",
  45: "Insert",
  46: "Delete",
  59: ";",
  61: "=",
  91: "Meta",
  92: "Meta",
  106: "*",
  107: "+",
  108: ",",
  109: "-",
  110: ".",
  111: "/",
  144: "NumLock",
  145: "ScrollLock",
  160: "Shift",
  161: "Shift",
  162: "Control",
  163: "Control",
  164: "Alt",
  165: "Alt",
  173: "-",
  186: ";",
  187: "=",
  188: ",",
  189: "-",
  190: ".",
  191: "/",
  192: "`",
  219: "[",
  220: "\\",
  221: "]",
  222: "'"
};
var shift = {
  48: ")",
  49: "!",
  50: "@",
  51: "#",
  52: "$",
  53: "%",
  54: "^",
  55: "&",
  56: "*",
  57: "(",
  59: ":",
  61: "+",
  173: "_",
  186: ":",
  187: "+",
  188: "<",
  189: "_",
  190: ">",
  191: "?",
  192: "~",
  219: "{",
  220: "|",
  221: "}",
  222: '"'
};
var mac2 = typeof navigator != "undefined" && /Mac/.test(navigator.platform);
var ie = typeof navigator != "undefined" && /MSIE \d|Trident\/(?:[7-9]|\d{2,})\..*rv:(\d+)/.exec(navigator.userAgent);
for (i = 0; i < 10; i++) base[48 + i] = base[96 + i] = String(i);
var i;
for (i = 1; i <= 24; i++) base[i + 111] = "F" + i;
var i;
for (i = 65; i <= 90; i++) {
  base[i] = String.fromCharCode(i + 32);
  shift[i] = String.fromCharCode(i);
}
var i;
for (code in base) if (!shift.hasOwnProperty(code)) shift[code] = base[code];
var code;
function keyName(event) {
  var ignoreKey = mac2 && event.metaKey && event.shiftKey && !event.ctrlKey && !event.altKey || ie && event.shiftKey && event.key && event.key.length == 1 || event.key == "Unidentified";
  var name = !ignoreKey && event.key || (event.shiftKey ? shift : base)[event.keyCode] || event.key || "Unidentified";
  if (name == "Esc") name = "Escape";
  if (name == "Del") name = "Delete";
  if (name == "Left") name = "ArrowLeft";
  if (name == "Up") name = "ArrowUp";
  if (name == "Right") name = "ArrowRight";
  if (name == "Down") name = "ArrowDown";
  return name;
}

// ../../node_modules/prosemirror-keymap/dist/index.js
var mac3 = typeof navigator != "undefined" && /Mac|iP(hone|[oa]d)/.test(navigator.platform);
var windows = typeof navigator != "undefined" && /Win/.test(navigator.platform);
function normalizeKeyName(name) {
  let parts = name.split(/-(?!$)/), result = parts[parts.length - 1];
  if (result == "Space")
    result = " ";
  let alt, ctrl, shift2, meta;
  for (let i = 0; i < parts.length - 1; i++) {
    let mod = parts[i];
    if (/^(cmd|meta|m)$/i.test(mod))
      meta = true;
    else if (/^a(lt)?$/i.test(mod))
      alt = true;
    else if (/^(c|ctrl|control)$/i.test(mod))
      ctrl = true;
    else if (/^s(hift)?$/i.test(mod))
      shift2 = true;
    else if (/^mod$/i.test(mod)) {
      if (mac3)
        meta = true;
      else
        ctrl = true;
    } else
      throw new Error("Unrecognized modifier name: " + mod);
  }
  if (alt)
    result = "Alt-" + result;
  if (ctrl)
    result = "Ctrl-" + result;
  if (meta)
    result = "Meta-" + result;
  if (shift2)
    result = "Shift-" + result;
  return result;
}
function normalize(map2) {
  let copy = /* @__PURE__ */ Object.create(null);
  for (let prop in map2)
    copy[normalizeKeyName(prop)] = map2[prop];
  return copy;
}
function modifiers(name, event, shift2 = true) {
  if (event.altKey)
    name = "Alt-" + name;
  if (event.ctrlKey)
    name = "Ctrl-" + name;
  if (event.metaKey)
    name = "Meta-" + name;
  if (shift2 && event.shiftKey)
    name = "Shift-" + name;
  return name;
}
function keymap(bindings) {
  return new Plugin({ props: { handleKeyDown: keydownHandler(bindings) } });
}
function keydownHandler(bindings) {
  let map2 = normalize(bindings);
  return function(view, event) {
    let name = keyName(event), baseName, direct = map2[modifiers(name, event)];
    if (direct && direct(view.state, view.dispatch, view))
      return true;
    if (name.length == 1 && name != " ") {
      if (event.shiftKey) {
        let noShift = map2[modifiers(name, event, false)];
        if (noShift && noShift(view.state, view.dispatch, view))
          return true;
      }
      if ((event.altKey || event.metaKey || event.ctrlKey) && // Ctrl-Alt may be used for AltGr on Windows
      !(windows && event.ctrlKey && event.altKey) && (baseName = base[event.keyCode]) && baseName != name) {
        let fromCode = map2[modifiers(baseName, event)];
        if (fromCode && fromCode(view.state, view.dispatch, view))
          return true;
      }
    }
    return false;
  };
}

// ../../packages/doc-convert/node_modules/@tiptap/core/dist/index.js
function createChainableState(config) {
  const { state, transaction } = config;
  let { selection } = transaction;
  let { doc } = transaction;
  let { storedMarks } = transaction;
  return {
    ...state,
    apply: state.apply.bind(state),
    applyTransaction: state.applyTransaction.bind(state),
    plugins: state.plugins,
    schema: state.schema,
    reconfigure: state.reconfigure.bind(state),
    toJSON: state.toJSON.bind(state),
    get storedMarks() {
      return storedMarks;
    },
    get selection() {
      return selection;
    },
    get doc() {
      return doc;
    },
    get tr() {
      selection = transaction.selection;
      doc = transaction.doc;
      storedMarks = transaction.storedMarks;
      return transaction;
    }
  };
}
var CommandManager = class CommandManager2 {
  constructor(props) {
    this.editor = props.editor;
    this.rawCommands = this.editor.extensionManager.commands;
    this.customState = props.state;
  }
  get hasCustomState() {
    return !!this.customState;
  }
  get state() {
    return this.customState || this.editor.state;
  }
  get commands() {
    const { rawCommands, editor, state } = this;
    const { view } = editor;
    const { tr } = state;
    const props = this.buildProps(tr);
    return Object.fromEntries(Object.entries(rawCommands).map(([name, command4]) => {
      const method = (...args) => {
        const callback = command4(...args)(props);
        if (!tr.getMeta("preventDispatch") && !this.hasCustomState) view.dispatch(tr);
        return callback;
      };
      return [name, method];
    }));
  }
  get chain() {
    return () => this.createChain();
  }
  get can() {
    return () => this.createCan();
  }
  createChain(startTr, shouldDispatch = true) {
    const { rawCommands, editor, state } = this;
    const { view } = editor;
    const callbacks = [];
    const hasStartTransaction = !!startTr;
    const tr = startTr || state.tr;
    const run4 = () => {
      if (!hasStartTransaction && shouldDispatch && !tr.getMeta("preventDispatch") && !this.hasCustomState) view.dispatch(tr);
      return callbacks.every((callback) => callback === true);
    };
    const chain = {
      ...Object.fromEntries(Object.entries(rawCommands).map(([name, command4]) => {
        const chainedCommand = (...args) => {
          const props = this.buildProps(tr, shouldDispatch);
          const callback = command4(...args)(props);
          callbacks.push(callback);
          return chain;
        };
        return [name, chainedCommand];
      })),
      run: run4
    };
    return chain;
  }
  /**
  * Creates a chain that safely returns `false` when run.
  * @returns A non-dispatching command chain.
  * @example
  * const chain = CommandManager.createFakeChain()
  * chain.focus().run() // false
  */
  static createFakeChain() {
    const chain = new Proxy({}, { get: (_target, property) => {
      if (property === "then") return;
      if (property === "run") return () => false;
      return () => chain;
    } });
    return chain;
  }
  createCan(startTr) {
    const { rawCommands, state } = this;
    const dispatch = false;
    const tr = startTr || state.tr;
    const props = this.buildProps(tr, dispatch);
    return {
      ...Object.fromEntries(Object.entries(rawCommands).map(([name, command4]) => {
        return [name, (...args) => command4(...args)({
          ...props,
          dispatch: void 0
        })];
      })),
      chain: () => this.createChain(tr, dispatch)
    };
  }
  /**
  * Creates capability checks that safely return `false`.
  * @returns A non-dispatching capability checker.
  * @example
  * const can = CommandManager.createFallbackCan()
  * can.focus() // false
  */
  static createFallbackCan() {
    const chain = CommandManager2.createFakeChain();
    return new Proxy({ chain: () => chain }, { get: (target, property) => {
      if (property === "then") return;
      if (property === "chain") return target.chain;
      return () => false;
    } });
  }
  buildProps(tr, shouldDispatch = true) {
    const { rawCommands, editor, state } = this;
    const { view } = editor;
    const props = {
      tr,
      editor,
      view,
      state: createChainableState({
        state,
        transaction: tr
      }),
      dispatch: shouldDispatch ? () => void 0 : void 0,
      chain: () => this.createChain(tr, shouldDispatch),
      can: () => this.createCan(tr),
      get commands() {
        return Object.fromEntries(Object.entries(rawCommands).map(([name, command4]) => {
          return [name, (...args) => command4(...args)(props)];
        }));
      }
    };
    return props;
  }
};
var blur = () => ({ editor, view }) => {
  requestAnimationFrame(() => {
    if (!editor.isDestroyed) {
      var _window;
      view.dom.blur();
      (_window = window) === null || _window === void 0 || (_window = _window.getSelection()) === null || _window === void 0 || _window.removeAllRanges();
    }
  });
  return true;
};
var clearContent = (emitUpdate = true) => ({ commands }) => {
  return commands.setContent("", { emitUpdate });
};
var clearNodes = () => ({ state, tr, dispatch }) => {
  const { selection } = tr;
  const { ranges } = selection;
  if (!dispatch) return true;
  ranges.forEach(({ $from, $to }) => {
    state.doc.nodesBetween($from.pos, $to.pos, (node, pos) => {
      if (node.type.isText) return;
      const { doc, mapping } = tr;
      const $mappedFrom = doc.resolve(mapping.map(pos));
      const $mappedTo = doc.resolve(mapping.map(pos + node.nodeSize));
      const nodeRange = $mappedFrom.blockRange($mappedTo);
      if (!nodeRange) return;
      const targetLiftDepth = liftTarget(nodeRange);
      if (node.type.isTextblock) {
        const { defaultType } = $mappedFrom.parent.contentMatchAt($mappedFrom.index());
        tr.setNodeMarkup(nodeRange.start, defaultType);
      }
      if (targetLiftDepth || targetLiftDepth === 0) tr.lift(nodeRange, targetLiftDepth);
    });
  });
  return true;
};
var command = (fn) => (props) => {
  return fn(props);
};
var createParagraphNear$1 = () => ({ state, dispatch }) => {
  return createParagraphNear(state, dispatch);
};
var cut = (originRange, targetPos) => ({ editor, tr }) => {
  const { state } = editor;
  const contentSlice = state.doc.slice(originRange.from, originRange.to);
  tr.deleteRange(originRange.from, originRange.to);
  const newPos = tr.mapping.map(targetPos);
  tr.insert(newPos, contentSlice.content);
  tr.setSelection(new TextSelection(tr.doc.resolve(Math.max(newPos - 1, 0))));
  return true;
};
var deleteCurrentNode = () => ({ tr, dispatch }) => {
  const { selection } = tr;
  const currentNode = selection.$anchor.node();
  if (currentNode.content.size > 0) return false;
  const $pos = tr.selection.$anchor;
  for (let depth = $pos.depth; depth > 0; depth -= 1) if ($pos.node(depth).type === currentNode.type) {
    if (dispatch) {
      const from2 = $pos.before(depth);
      const to = $pos.after(depth);
      tr.delete(from2, to).scrollIntoView();
    }
    return true;
  }
  return false;
};
function getNodeType(nameOrType, schema) {
  if (typeof nameOrType === "string") {
    if (!schema.nodes[nameOrType]) throw Error(`There is no node type named '${nameOrType}'. Maybe you forgot to add the extension?`);
    return schema.nodes[nameOrType];
  }
  return nameOrType;
}
var deleteNode = (typeOrName) => ({ tr, state, dispatch }) => {
  const type = getNodeType(typeOrName, state.schema);
  const $pos = tr.selection.$anchor;
  for (let depth = $pos.depth; depth > 0; depth -= 1) if ($pos.node(depth).type === type) {
    if (dispatch) {
      const from2 = $pos.before(depth);
      const to = $pos.after(depth);
      tr.delete(from2, to).scrollIntoView();
    }
    return true;
  }
  return false;
};
var deleteRange = (range) => ({ tr, dispatch }) => {
  const { from: from2, to } = range;
  if (dispatch) tr.delete(from2, to);
  return true;
};
var hasTextContent = (nodeSpec) => {
  if (!nodeSpec.content) return false;
  return /^text(\*|\+)/.test(nodeSpec.content);
};
var expandSelectionForSide = ($pos, schema, side) => {
  if (!$pos.parent.isInline) return $pos.pos;
  if (side === "left" && $pos.pos > $pos.start() || side === "right" && $pos.pos < $pos.end()) return $pos.pos;
  const parentContent = schema.nodes[$pos.parent.type.name].spec;
  if (!hasTextContent(parentContent)) return $pos.pos;
  return side === "left" ? $pos.start() - 1 : $pos.end() + 1;
};
var expandSelectionForInlineText = ($from, $to, schema) => {
  return {
    from: expandSelectionForSide($from, schema, "left"),
    to: expandSelectionForSide($to, schema, "right")
  };
};
var deleteSelection2 = () => ({ state, dispatch }) => {
  if (state.selection.empty) return false;
  if (dispatch) {
    const tr = state.tr;
    const { ranges } = state.selection;
    const mapFrom = tr.steps.length;
    ranges.forEach((range) => {
      const mapping = tr.mapping.slice(mapFrom);
      const $from = tr.doc.resolve(mapping.map(range.$from.pos));
      const $to = tr.doc.resolve(mapping.map(range.$to.pos));
      const { from: from2, to } = expandSelectionForInlineText($from, $to, state.schema);
      tr.deleteRange(from2, to);
    });
    if (!tr.selection.empty) tr.setSelection(TextSelection.near(tr.doc.resolve(tr.selection.from)));
    tr.scrollIntoView();
    dispatch(tr);
  }
  return true;
};
var enter = () => ({ commands }) => {
  return commands.keyboardShortcut("Enter");
};
var exitCode$1 = () => ({ state, dispatch }) => {
  return exitCode(state, dispatch);
};
function isRegExp(value) {
  return Object.prototype.toString.call(value) === "[object RegExp]";
}
function objectIncludes(object1, object2, options = { strict: true }) {
  const keys = Object.keys(object2);
  if (!keys.length) return true;
  return keys.every((key) => {
    if (options.strict) return object2[key] === object1[key];
    if (isRegExp(object2[key])) return object2[key].test(object1[key]);
    return object2[key] === object1[key];
  });
}
function findMarkInSet(marks, type, attributes = {}) {
  return marks.find((item) => {
    return item.type === type && objectIncludes(Object.fromEntries(Object.keys(attributes).map((k2) => [k2, item.attrs[k2]])), attributes);
  });
}
function isMarkInSet(marks, type, attributes = {}) {
  return !!findMarkInSet(marks, type, attributes);
}
function getMarkRange($pos, type, attributes) {
  if (!$pos || !type) return;
  let start = $pos.parent.childAfter($pos.parentOffset);
  if (!start.node || !start.node.marks.some((mark) => mark.type === type)) start = $pos.parent.childBefore($pos.parentOffset);
  if (!start.node || !start.node.marks.some((mark) => mark.type === type)) return;
  if (!attributes) {
    const firstMark = start.node.marks.find((mark) => mark.type === type);
    if (firstMark) attributes = firstMark.attrs;
  }
  if (!findMarkInSet([...start.node.marks], type, attributes)) return;
  let startIndex = start.index;
  let startPos = $pos.start() + start.offset;
  let endIndex = startIndex + 1;
  let endPos = startPos + start.node.nodeSize;
  while (startIndex > 0 && isMarkInSet([...$pos.parent.child(startIndex - 1).marks], type, attributes)) {
    startIndex -= 1;
    startPos -= $pos.parent.child(startIndex).nodeSize;
  }
  while (endIndex < $pos.parent.childCount && isMarkInSet([...$pos.parent.child(endIndex).marks], type, attributes)) {
    endPos += $pos.parent.child(endIndex).nodeSize;
    endIndex += 1;
  }
  return {
    from: startPos,
    to: endPos
  };
}
function getMarkType(nameOrType, schema) {
  if (typeof nameOrType === "string") {
    if (!schema.marks[nameOrType]) throw Error(`There is no mark type named '${nameOrType}'. Maybe you forgot to add the extension?`);
    return schema.marks[nameOrType];
  }
  return nameOrType;
}
var extendMarkRange = (typeOrName, attributes) => ({ tr, state, dispatch }) => {
  const type = getMarkType(typeOrName, state.schema);
  const { doc, selection } = tr;
  const { $from, from: from2, to } = selection;
  if (dispatch) {
    const range = getMarkRange($from, type, attributes);
    if (range && range.from <= from2 && range.to >= to) {
      const newSelection = TextSelection.create(doc, range.from, range.to);
      tr.setSelection(newSelection);
    }
  }
  return true;
};
var first = (commands) => (props) => {
  const items = typeof commands === "function" ? commands(props) : commands;
  for (let i = 0; i < items.length; i += 1) if (items[i](props)) return true;
  return false;
};
function isTextSelection(value) {
  return value instanceof TextSelection;
}
function minMax(value = 0, min = 0, max = 0) {
  return Math.min(Math.max(value, min), max);
}
function resolveFocusPosition(doc, position = null) {
  if (!position) return null;
  const selectionAtStart = Selection.atStart(doc);
  const selectionAtEnd = Selection.atEnd(doc);
  if (position === "start" || position === true) return selectionAtStart;
  if (position === "end") return selectionAtEnd;
  const minPos = selectionAtStart.from;
  const maxPos = selectionAtEnd.to;
  if (position === "all") return TextSelection.create(doc, minMax(0, minPos, maxPos), minMax(doc.content.size, minPos, maxPos));
  return TextSelection.create(doc, minMax(position, minPos, maxPos), minMax(position, minPos, maxPos));
}
function isAndroid() {
  return ["Android"].includes(navigator.platform) || /android/i.test(navigator.userAgent);
}
function isiOS() {
  return [
    "iPad Simulator",
    "iPhone Simulator",
    "iPod Simulator",
    "iPad",
    "iPhone",
    "iPod"
  ].includes(navigator.platform) || navigator.userAgent.includes("Mac") && "ontouchend" in document;
}
function isSafari() {
  return typeof navigator !== "undefined" ? /^((?!chrome|android).)*safari/i.test(navigator.userAgent) : false;
}
var focus = (position = null, options = {}) => ({ editor, view, tr, dispatch }) => {
  options = {
    scrollIntoView: true,
    ...options
  };
  const delayedFocus = () => {
    if (isiOS() || isAndroid()) view.dom.focus();
    if (isSafari() && !isiOS() && !isAndroid()) view.dom.focus({ preventScroll: true });
    requestAnimationFrame(() => {
      if (!editor.isDestroyed) {
        view.focus();
        if (options === null || options === void 0 ? void 0 : options.scrollIntoView) editor.commands.scrollIntoView();
      }
    });
  };
  try {
    if (view.hasFocus() && position === null || position === false) return true;
  } catch {
    return false;
  }
  if (dispatch && position === null && !isTextSelection(editor.state.selection)) {
    delayedFocus();
    return true;
  }
  const selection = resolveFocusPosition(tr.doc, position) || editor.state.selection;
  const isSameSelection = editor.state.selection.eq(selection);
  if (dispatch) {
    if (!isSameSelection) tr.setSelection(selection);
    if (isSameSelection && tr.storedMarks) tr.setStoredMarks(tr.storedMarks);
    delayedFocus();
  }
  return true;
};
var forEach = (items, fn) => (props) => {
  return items.every((item, index) => fn(item, {
    ...props,
    index
  }));
};
var insertContent = (value, options) => ({ tr, commands }) => {
  return commands.insertContentAt({
    from: tr.selection.from,
    to: tr.selection.to
  }, value, options);
};
var removeWhitespaces = (node) => {
  const children = node.childNodes;
  for (let i = children.length - 1; i >= 0; i -= 1) {
    const child = children[i];
    if (child.nodeType === 3 && child.nodeValue && /^(\n\s\s|\n)$/.test(child.nodeValue)) node.removeChild(child);
    else if (child.nodeType === 1) removeWhitespaces(child);
  }
  return node;
};
function elementFromString(value) {
  if (typeof window === "undefined") throw new Error("[tiptap error]: there is no window object available, so this function cannot be used");
  const wrappedValue = `<body>${value}</body>`;
  const html = new window.DOMParser().parseFromString(wrappedValue, "text/html").body;
  return removeWhitespaces(html);
}
function isProseMirrorContent(value) {
  return typeof (value === null || value === void 0 ? void 0 : value.nodesBetween) === "function";
}
function createNodeFromContent(content, schema, options) {
  if (isProseMirrorContent(content)) return content;
  const isJSONContent = typeof content === "object" && content !== null;
  options = {
    slice: true,
    parseOptions: {},
    ...options
  };
  const isTextContent = typeof content === "string";
  if (isJSONContent) try {
    if (Array.isArray(content) && content.length > 0) return Fragment.fromArray(content.map((item) => schema.nodeFromJSON(item)));
    const node = schema.nodeFromJSON(content);
    if (options.errorOnInvalidContent) node.check();
    return node;
  } catch (error) {
    if (options.errorOnInvalidContent) throw new Error("[tiptap error]: Invalid JSON content", { cause: error });
    console.warn("[tiptap warn]: Invalid content.", "Passed value:", content, "Error:", error);
    return createNodeFromContent("", schema, options);
  }
  if (isTextContent) {
    if (options.errorOnInvalidContent) {
      let hasInvalidContent = false;
      let invalidContent = "";
      const contentCheckSchema = new Schema({
        topNode: schema.spec.topNode,
        marks: schema.spec.marks,
        nodes: schema.spec.nodes.append({ __tiptap__private__unknown__catch__all__node: {
          content: "inline*",
          group: "block",
          parseDOM: [{
            tag: "*",
            getAttrs: (e) => {
              hasInvalidContent = true;
              invalidContent = typeof e === "string" ? e : e.outerHTML;
              return null;
            }
          }]
        } })
      });
      if (options.slice) DOMParser.fromSchema(contentCheckSchema).parseSlice(elementFromString(content), options.parseOptions);
      else DOMParser.fromSchema(contentCheckSchema).parse(elementFromString(content), options.parseOptions);
      if (options.errorOnInvalidContent && hasInvalidContent) throw new Error("[tiptap error]: Invalid HTML content", { cause: /* @__PURE__ */ new Error(`Invalid element found: ${invalidContent}`) });
    }
    const parser = DOMParser.fromSchema(schema);
    if (options.slice) return parser.parseSlice(elementFromString(content), options.parseOptions).content;
    return parser.parse(elementFromString(content), options.parseOptions);
  }
  return createNodeFromContent("", schema, options);
}
function isFragment(nodeOrFragment) {
  return !("type" in nodeOrFragment);
}
function selectionToInsertionEnd(tr, startLen, bias) {
  const last = tr.steps.length - 1;
  if (last < startLen) return;
  const step = tr.steps[last];
  if (!(step instanceof ReplaceStep || step instanceof ReplaceAroundStep)) return;
  const map2 = tr.mapping.maps[last];
  let end = 0;
  map2.forEach((_from, _to, _newFrom, newTo) => {
    if (end === 0) end = newTo;
  });
  tr.setSelection(Selection.near(tr.doc.resolve(end), bias));
}
var insertContentAt = (position, value, options) => ({ tr, dispatch, editor }) => {
  if (dispatch) {
    options = {
      parseOptions: editor.options.parseOptions,
      updateSelection: true,
      applyInputRules: false,
      applyPasteRules: false,
      ...options
    };
    let content;
    const emitContentError = (error) => {
      editor.emit("contentError", {
        editor,
        error,
        disableCollaboration: () => {
          if ("collaboration" in editor.storage && typeof editor.storage.collaboration === "object" && editor.storage.collaboration) editor.storage.collaboration.isDisabled = true;
        }
      });
    };
    const parseOptions = {
      preserveWhitespace: "full",
      ...options.parseOptions
    };
    if (!options.errorOnInvalidContent && !editor.options.enableContentCheck && editor.options.emitContentError) try {
      createNodeFromContent(value, editor.schema, {
        parseOptions,
        errorOnInvalidContent: true
      });
    } catch (e) {
      emitContentError(e);
    }
    try {
      var _options$errorOnInval;
      content = createNodeFromContent(value, editor.schema, {
        parseOptions,
        errorOnInvalidContent: (_options$errorOnInval = options.errorOnInvalidContent) !== null && _options$errorOnInval !== void 0 ? _options$errorOnInval : editor.options.enableContentCheck
      });
    } catch (e) {
      emitContentError(e);
      return false;
    }
    let { from: from2, to } = typeof position === "number" ? {
      from: position,
      to: position
    } : {
      from: position.from,
      to: position.to
    };
    let isOnlyTextContent = true;
    let isOnlyBlockContent = true;
    const nodes = isFragment(content) ? content.content : [content];
    nodes.forEach((node) => {
      node.check();
      isOnlyTextContent = isOnlyTextContent ? node.isText && node.marks.length === 0 : false;
      isOnlyBlockContent = isOnlyBlockContent ? node.isBlock : false;
    });
    if (from2 === to && isOnlyBlockContent) {
      const { parent } = tr.doc.resolve(from2);
      if (parent.isTextblock && !parent.type.spec.code && !parent.childCount) {
        from2 -= 1;
        to += 1;
      }
    }
    let newContent;
    if (isOnlyTextContent) {
      if (Array.isArray(value)) newContent = value.map((item) => item.text || "").join("");
      else if (isProseMirrorContent(value)) newContent = nodes.map((node) => {
        var _node$text;
        return (_node$text = node.text) !== null && _node$text !== void 0 ? _node$text : "";
      }).join("");
      else if (typeof value === "object" && !!value && !!value.text) newContent = value.text;
      else newContent = value;
      tr.insertText(newContent, from2, to);
    } else {
      newContent = Fragment.from(nodes);
      const $from = tr.doc.resolve(from2);
      const $fromNode = $from.node();
      const fromSelectionAtStart = $from.parentOffset === 0;
      const isTextSelection4 = $fromNode.isText || $fromNode.isTextblock;
      const hasContent = $fromNode.content.size > 0;
      if (fromSelectionAtStart && isTextSelection4 && hasContent && isOnlyBlockContent) from2 = Math.max(0, from2 - 1);
      tr.replaceWith(from2, to, nodes);
    }
    if (options.updateSelection) selectionToInsertionEnd(tr, tr.steps.length - 1, -1);
    if (options.applyInputRules) tr.setMeta("applyInputRules", {
      from: from2,
      text: newContent
    });
    if (options.applyPasteRules) tr.setMeta("applyPasteRules", {
      from: from2,
      text: newContent
    });
  }
  return true;
};
function defaultBlockAt2(match) {
  for (let i = 0; i < match.edgeCount; i += 1) {
    const { type } = match.edge(i);
    if (type.isTextblock && !type.hasRequiredAttrs()) return type;
  }
  return null;
}
var insertDefaultBlock = (options = {}) => ({ tr, dispatch, editor }) => {
  const { pos, attrs, content, updateSelection = true } = options;
  let $pos;
  if (typeof pos === "number") $pos = tr.doc.resolve(pos);
  else if (pos) $pos = pos;
  else $pos = tr.selection.$from;
  const defaultType = defaultBlockAt2($pos.parent.contentMatchAt($pos.index()));
  if (!defaultType) return false;
  const validAttrKeys = Object.keys(defaultType.spec.attrs || {});
  const filteredAttrs = attrs ? Object.fromEntries(Object.entries(attrs).filter(([key]) => validAttrKeys.includes(key))) : {};
  let node;
  if (content) {
    const parsed = createNodeFromContent(content, editor.schema);
    node = defaultType.createAndFill(filteredAttrs, parsed);
  } else node = defaultType.createAndFill(filteredAttrs);
  if (!node) return false;
  if (dispatch) {
    tr.insert($pos.pos, node);
    if (updateSelection) selectionToInsertionEnd(tr, tr.steps.length - 1, -1);
  }
  return true;
};
var joinUp$1 = () => ({ state, dispatch }) => {
  return joinUp(state, dispatch);
};
var joinDown$1 = () => ({ state, dispatch }) => {
  return joinDown(state, dispatch);
};
var joinBackward$1 = () => ({ state, dispatch }) => {
  return joinBackward(state, dispatch);
};
var joinForward$1 = () => ({ state, dispatch }) => {
  return joinForward(state, dispatch);
};
var joinItemBackward = () => ({ state, dispatch, tr }) => {
  try {
    const point = joinPoint(state.doc, state.selection.$from.pos, -1);
    if (point === null || point === void 0) return false;
    tr.join(point, 2);
    if (dispatch) dispatch(tr);
    return true;
  } catch {
    return false;
  }
};
var joinItemForward = () => ({ state, dispatch, tr }) => {
  try {
    const point = joinPoint(state.doc, state.selection.$from.pos, 1);
    if (point === null || point === void 0) return false;
    tr.join(point, 2);
    if (dispatch) dispatch(tr);
    return true;
  } catch {
    return false;
  }
};
var joinTextblockBackward$1 = () => ({ state, dispatch }) => {
  return joinTextblockBackward(state, dispatch);
};
var joinTextblockForward$1 = () => ({ state, dispatch }) => {
  return joinTextblockForward(state, dispatch);
};
function isMacOS() {
  return typeof navigator !== "undefined" ? /Mac/.test(navigator.platform) : false;
}
function normalizeKeyName2(name) {
  const parts = name.split(/-(?!$)/);
  let result = parts[parts.length - 1];
  if (result === "Space") result = " ";
  let alt;
  let ctrl;
  let shift2;
  let meta;
  for (let i = 0; i < parts.length - 1; i += 1) {
    const mod = parts[i];
    if (/^(cmd|meta|m)$/i.test(mod)) meta = true;
    else if (/^a(lt)?$/i.test(mod)) alt = true;
    else if (/^(c|ctrl|control)$/i.test(mod)) ctrl = true;
    else if (/^s(hift)?$/i.test(mod)) shift2 = true;
    else if (/^mod$/i.test(mod)) {
      if (isiOS() || isMacOS()) meta = true;
      else ctrl = true;
    } else throw new Error(`Unrecognized modifier name: ${mod}`);
  }
  if (alt) result = `Alt-${result}`;
  if (ctrl) result = `Ctrl-${result}`;
  if (meta) result = `Meta-${result}`;
  if (shift2) result = `Shift-${result}`;
  return result;
}
var keyboardShortcut = (name) => ({ editor, view, tr, dispatch }) => {
  const keys = normalizeKeyName2(name).split(/-(?!$)/);
  const key = keys.find((item) => ![
    "Alt",
    "Ctrl",
    "Meta",
    "Shift"
  ].includes(item));
  const event = new KeyboardEvent("keydown", {
    key: key === "Space" ? " " : key,
    altKey: keys.includes("Alt"),
    ctrlKey: keys.includes("Ctrl"),
    metaKey: keys.includes("Meta"),
    shiftKey: keys.includes("Shift"),
    bubbles: true,
    cancelable: true
  });
  const capturedTransaction = editor.captureTransaction(() => {
    view.someProp("handleKeyDown", (f) => f(view, event));
  });
  capturedTransaction === null || capturedTransaction === void 0 || capturedTransaction.steps.forEach((step) => {
    const newStep = step.map(tr.mapping);
    if (newStep && dispatch) tr.maybeStep(newStep);
  });
  return true;
};
function isNodeActive(state, typeOrName, attributes = {}) {
  const { from: from2, to, empty } = state.selection;
  const type = typeOrName ? getNodeType(typeOrName, state.schema) : null;
  const nodeRanges = [];
  state.doc.nodesBetween(from2, to, (node, pos) => {
    if (node.isText) return;
    const relativeFrom = Math.max(from2, pos);
    const relativeTo = Math.min(to, pos + node.nodeSize);
    nodeRanges.push({
      node,
      from: relativeFrom,
      to: relativeTo
    });
  });
  const selectionRange = to - from2;
  const matchedNodeRanges = nodeRanges.filter((nodeRange) => {
    if (!type) return true;
    return type.name === nodeRange.node.type.name;
  }).filter((nodeRange) => objectIncludes(nodeRange.node.attrs, attributes, { strict: false }));
  if (empty) return !!matchedNodeRanges.length;
  return matchedNodeRanges.reduce((sum, nodeRange) => sum + nodeRange.to - nodeRange.from, 0) >= selectionRange;
}
var lift$1 = (typeOrName, attributes = {}) => ({ state, dispatch }) => {
  if (!isNodeActive(state, getNodeType(typeOrName, state.schema), attributes)) return false;
  return lift(state, dispatch);
};
var liftEmptyBlock$1 = () => ({ state, dispatch }) => {
  return liftEmptyBlock(state, dispatch);
};
var liftListItem$1 = (typeOrName) => ({ state, dispatch }) => {
  const type = getNodeType(typeOrName, state.schema);
  return liftListItem(type)(state, dispatch);
};
var newlineInCode$1 = () => ({ state, dispatch }) => {
  return newlineInCode(state, dispatch);
};
function getSchemaTypeNameByName(name, schema) {
  if (schema.nodes[name]) return "node";
  if (schema.marks[name]) return "mark";
  return null;
}
function deleteProps(obj, propOrProps) {
  const props = typeof propOrProps === "string" ? [propOrProps] : propOrProps;
  return Object.keys(obj).reduce((newObj, prop) => {
    if (!props.includes(prop)) newObj[prop] = obj[prop];
    return newObj;
  }, {});
}
var resetAttributes = (typeOrName, attributes) => ({ tr, state, dispatch }) => {
  let nodeType = null;
  let markType = null;
  const schemaType = getSchemaTypeNameByName(typeof typeOrName === "string" ? typeOrName : typeOrName.name, state.schema);
  if (!schemaType) return false;
  if (schemaType === "node") nodeType = getNodeType(typeOrName, state.schema);
  if (schemaType === "mark") markType = getMarkType(typeOrName, state.schema);
  let canReset = false;
  tr.selection.ranges.forEach((range) => {
    state.doc.nodesBetween(range.$from.pos, range.$to.pos, (node, pos) => {
      if (nodeType && nodeType === node.type) {
        canReset = true;
        if (dispatch) tr.setNodeMarkup(pos, void 0, deleteProps(node.attrs, attributes));
      }
      if (markType && node.marks.length) node.marks.forEach((mark) => {
        if (markType === mark.type) {
          canReset = true;
          if (dispatch) tr.addMark(pos, pos + node.nodeSize, markType.create(deleteProps(mark.attrs, attributes)));
        }
      });
    });
  });
  return canReset;
};
var scrollIntoView = () => ({ tr, dispatch }) => {
  if (dispatch) tr.scrollIntoView();
  return true;
};
var selectAll2 = () => ({ tr, dispatch }) => {
  if (dispatch) {
    const selection = new AllSelection(tr.doc);
    tr.setSelection(selection);
  }
  return true;
};
var selectNodeBackward$1 = () => ({ state, dispatch }) => {
  return selectNodeBackward(state, dispatch);
};
var selectNodeForward$1 = () => ({ state, dispatch }) => {
  return selectNodeForward(state, dispatch);
};
var selectParentNode$1 = () => ({ state, dispatch }) => {
  return selectParentNode(state, dispatch);
};
var selectTextblockEnd$1 = () => ({ state, dispatch }) => {
  return selectTextblockEnd(state, dispatch);
};
var selectTextblockStart$1 = () => ({ state, dispatch }) => {
  return selectTextblockStart(state, dispatch);
};
function createDocument(content, schema, parseOptions = {}, options = {}) {
  return createNodeFromContent(content, schema, {
    slice: false,
    parseOptions,
    errorOnInvalidContent: options.errorOnInvalidContent
  });
}
var setContent = (content, { errorOnInvalidContent, emitUpdate = true, parseOptions = {} } = {}) => ({ editor, tr, dispatch, commands }) => {
  const { doc } = tr;
  if (parseOptions.preserveWhitespace !== "full") {
    const document2 = createDocument(content, editor.schema, parseOptions, { errorOnInvalidContent: errorOnInvalidContent !== null && errorOnInvalidContent !== void 0 ? errorOnInvalidContent : editor.options.enableContentCheck });
    if (dispatch) {
      const nodes = isFragment(document2) ? document2.content : [document2];
      tr.replaceWith(0, doc.content.size, nodes).setMeta("preventUpdate", !emitUpdate);
    }
    return true;
  }
  if (dispatch) tr.setMeta("preventUpdate", !emitUpdate);
  return commands.insertContentAt({
    from: 0,
    to: doc.content.size
  }, content, {
    parseOptions,
    errorOnInvalidContent: errorOnInvalidContent !== null && errorOnInvalidContent !== void 0 ? errorOnInvalidContent : editor.options.enableContentCheck
  });
};
function getMarkAttributes(state, typeOrName) {
  const type = getMarkType(typeOrName, state.schema);
  const { from: from2, to, empty } = state.selection;
  const marks = [];
  if (empty) {
    if (state.storedMarks) marks.push(...state.storedMarks);
    marks.push(...state.selection.$head.marks());
  } else state.doc.nodesBetween(from2, to, (node) => {
    marks.push(...node.marks);
  });
  const mark = marks.find((markItem) => markItem.type.name === type.name);
  if (!mark) return {};
  return { ...mark.attrs };
}
function combineTransactionSteps(oldDoc, transactions) {
  const transform = new Transform(oldDoc);
  transactions.forEach((transaction) => {
    transaction.steps.forEach((step) => {
      transform.step(step);
    });
  });
  return transform;
}
function findParentNodeClosestToPos($pos, predicate) {
  for (let i = $pos.depth; i > 0; i -= 1) {
    const node = $pos.node(i);
    if (predicate(node)) return {
      pos: i > 0 ? $pos.before(i) : 0,
      start: $pos.start(i),
      depth: i,
      node
    };
  }
}
function findParentNode(predicate) {
  return (selection) => findParentNodeClosestToPos(selection.$from, predicate);
}
function getExtensionField(extension, field, context) {
  if (extension.config[field] === void 0 && extension.parent) return getExtensionField(extension.parent, field, context);
  if (typeof extension.config[field] === "function") return extension.config[field].bind({
    ...context,
    parent: extension.parent ? getExtensionField(extension.parent, field, context) : null
  });
  return extension.config[field];
}
function flattenExtensions(extensions) {
  return extensions.map((extension) => {
    const addExtensions = getExtensionField(extension, "addExtensions", {
      name: extension.name,
      options: extension.options,
      storage: extension.storage
    });
    if (addExtensions) return [extension, ...flattenExtensions(addExtensions())];
    return extension;
  }).flat(10);
}
function getHTMLFromFragment(fragment, schema) {
  const documentFragment = DOMSerializer.fromSchema(schema).serializeFragment(fragment);
  const container = document.implementation.createHTMLDocument().createElement("div");
  container.appendChild(documentFragment);
  return container.innerHTML;
}
function isFunction(value) {
  return typeof value === "function";
}
function callOrReturn(value, context = void 0, ...props) {
  if (isFunction(value)) {
    if (context) return value.bind(context)(...props);
    return value(...props);
  }
  return value;
}
function isEmptyObject(value = {}) {
  return Object.keys(value).length === 0 && value.constructor === Object;
}
function splitExtensions(extensions) {
  return {
    baseExtensions: extensions.filter((extension) => extension.type === "extension"),
    nodeExtensions: extensions.filter((extension) => extension.type === "node"),
    markExtensions: extensions.filter((extension) => extension.type === "mark")
  };
}
function getAttributesFromExtensions(extensions) {
  const extensionAttributes = [];
  const { nodeExtensions, markExtensions } = splitExtensions(extensions);
  const nodeAndMarkExtensions = [...nodeExtensions, ...markExtensions];
  const defaultAttribute = {
    default: null,
    validate: void 0,
    rendered: true,
    renderHTML: null,
    parseHTML: null,
    keepOnSplit: true,
    isRequired: false
  };
  const nodeExtensionTypes = nodeExtensions.filter((ext) => ext.name !== "text").map((ext) => ext.name);
  const markExtensionTypes = markExtensions.map((ext) => ext.name);
  const allExtensionTypes = [...nodeExtensionTypes, ...markExtensionTypes];
  extensions.forEach((extension) => {
    const addGlobalAttributes = getExtensionField(extension, "addGlobalAttributes", {
      name: extension.name,
      options: extension.options,
      storage: extension.storage,
      extensions: nodeAndMarkExtensions
    });
    if (!addGlobalAttributes) return;
    addGlobalAttributes().forEach((globalAttribute) => {
      let resolvedTypes;
      if (Array.isArray(globalAttribute.types)) resolvedTypes = globalAttribute.types;
      else if (globalAttribute.types === "*") resolvedTypes = allExtensionTypes;
      else if (globalAttribute.types === "nodes") resolvedTypes = nodeExtensionTypes;
      else if (globalAttribute.types === "marks") resolvedTypes = markExtensionTypes;
      else resolvedTypes = [];
      resolvedTypes.forEach((type) => {
        Object.entries(globalAttribute.attributes).forEach(([name, attribute]) => {
          extensionAttributes.push({
            type,
            name,
            attribute: {
              ...defaultAttribute,
              ...attribute
            }
          });
        });
      });
    });
  });
  nodeAndMarkExtensions.forEach((extension) => {
    const addAttributes = getExtensionField(extension, "addAttributes", {
      name: extension.name,
      options: extension.options,
      storage: extension.storage
    });
    if (!addAttributes) return;
    const attributes = addAttributes();
    Object.entries(attributes).forEach(([name, attribute]) => {
      const mergedAttr = {
        ...defaultAttribute,
        ...attribute
      };
      if (typeof (mergedAttr === null || mergedAttr === void 0 ? void 0 : mergedAttr.default) === "function") mergedAttr.default = mergedAttr.default();
      if ((mergedAttr === null || mergedAttr === void 0 ? void 0 : mergedAttr.isRequired) && (mergedAttr === null || mergedAttr === void 0 ? void 0 : mergedAttr.default) === void 0) delete mergedAttr.default;
      extensionAttributes.push({
        type: extension.name,
        name,
        attribute: mergedAttr
      });
    });
  });
  return extensionAttributes;
}
function splitStyleDeclarations(styles) {
  const result = [];
  let current = "";
  let inSingleQuote = false;
  let inDoubleQuote = false;
  let parenDepth = 0;
  const length = styles.length;
  for (let i = 0; i < length; i += 1) {
    const char = styles[i];
    if (char === "'" && !inDoubleQuote) {
      inSingleQuote = !inSingleQuote;
      current += char;
      continue;
    }
    if (char === '"' && !inSingleQuote) {
      inDoubleQuote = !inDoubleQuote;
      current += char;
      continue;
    }
    if (!inSingleQuote && !inDoubleQuote) {
      if (char === "(") {
        parenDepth += 1;
        current += char;
        continue;
      }
      if (char === ")" && parenDepth > 0) {
        parenDepth -= 1;
        current += char;
        continue;
      }
      if (char === ";" && parenDepth === 0) {
        result.push(current);
        current = "";
        continue;
      }
    }
    current += char;
  }
  if (current) result.push(current);
  return result;
}
function parseStyleEntries(styles) {
  const pairs = [];
  const declarations = splitStyleDeclarations(styles || "");
  const numDeclarations = declarations.length;
  for (let i = 0; i < numDeclarations; i += 1) {
    const declaration = declarations[i];
    const firstColonIndex = declaration.indexOf(":");
    if (firstColonIndex === -1) continue;
    const property = declaration.slice(0, firstColonIndex).trim();
    const value = declaration.slice(firstColonIndex + 1).trim();
    if (property && value) pairs.push([property, value]);
  }
  return pairs;
}
function mergeAttributes(...objects) {
  return objects.filter((item) => !!item).reduce((items, item) => {
    const mergedAttributes = { ...items };
    Object.entries(item).forEach(([key, value]) => {
      if (key === "__proto__") {
        Object.defineProperty(mergedAttributes, key, {
          configurable: true,
          enumerable: true,
          value,
          writable: true
        });
        return;
      }
      if (!mergedAttributes[key]) {
        mergedAttributes[key] = value;
        return;
      }
      if (key === "class") {
        const valueClasses = value ? String(value).split(" ") : [];
        const existingClasses = mergedAttributes[key] ? mergedAttributes[key].split(" ") : [];
        const insertClasses = valueClasses.filter((valueClass) => !existingClasses.includes(valueClass));
        mergedAttributes[key] = [...existingClasses, ...insertClasses].join(" ");
      } else if (key === "style") {
        const styleMap = new Map([...parseStyleEntries(mergedAttributes[key]), ...parseStyleEntries(value)]);
        mergedAttributes[key] = Array.from(styleMap.entries()).map(([property, val]) => `${property}: ${val}`).join("; ");
      } else mergedAttributes[key] = value;
    });
    return mergedAttributes;
  }, {});
}
function getRenderedAttributes(nodeOrMark, extensionAttributes) {
  return extensionAttributes.filter((attribute) => attribute.type === nodeOrMark.type.name).filter((item) => item.attribute.rendered).map((item) => {
    if (!item.attribute.renderHTML) return { [item.name]: nodeOrMark.attrs[item.name] };
    return item.attribute.renderHTML(nodeOrMark.attrs) || {};
  }).reduce((attributes, attribute) => mergeAttributes(attributes, attribute), {});
}
function fromString(value) {
  if (typeof value !== "string") return value;
  if (value.match(/^[+-]?(?:\d*\.)?\d+$/)) return Number(value);
  if (value === "true") return true;
  if (value === "false") return false;
  return value;
}
function injectExtensionAttributesToParseRule(parseRule, extensionAttributes) {
  if ("style" in parseRule) return parseRule;
  return {
    ...parseRule,
    getAttrs: (node) => {
      const oldAttributes = parseRule.getAttrs ? parseRule.getAttrs(node) : parseRule.attrs;
      if (oldAttributes === false) return false;
      const newAttributes = extensionAttributes.reduce((items, item) => {
        const value = item.attribute.parseHTML ? item.attribute.parseHTML(node) : fromString(node.getAttribute(item.name));
        if (value === null || value === void 0) return items;
        return {
          ...items,
          [item.name]: value
        };
      }, {});
      return {
        ...oldAttributes,
        ...newAttributes
      };
    }
  };
}
function cleanUpSchemaItem(data) {
  return Object.fromEntries(Object.entries(data).filter(([key, value]) => {
    if (key === "attrs" && isEmptyObject(value)) return false;
    return value !== null && value !== void 0;
  }));
}
function buildAttributeSpec(extensionAttribute) {
  var _extensionAttribute$a, _extensionAttribute$a2;
  const spec = {};
  if (!(extensionAttribute === null || extensionAttribute === void 0 || (_extensionAttribute$a = extensionAttribute.attribute) === null || _extensionAttribute$a === void 0 ? void 0 : _extensionAttribute$a.isRequired) && "default" in ((extensionAttribute === null || extensionAttribute === void 0 ? void 0 : extensionAttribute.attribute) || {})) spec.default = extensionAttribute.attribute.default;
  if ((extensionAttribute === null || extensionAttribute === void 0 || (_extensionAttribute$a2 = extensionAttribute.attribute) === null || _extensionAttribute$a2 === void 0 ? void 0 : _extensionAttribute$a2.validate) !== void 0) spec.validate = extensionAttribute.attribute.validate;
  return [extensionAttribute.name, spec];
}
function getSchemaByResolvedExtensions(extensions, editor) {
  var _nodeExtensions$find;
  const allAttributes = getAttributesFromExtensions(extensions);
  const { nodeExtensions, markExtensions } = splitExtensions(extensions);
  const topNode = (_nodeExtensions$find = nodeExtensions.find((extension) => getExtensionField(extension, "topNode"))) === null || _nodeExtensions$find === void 0 ? void 0 : _nodeExtensions$find.name;
  const nodes = Object.fromEntries(nodeExtensions.map((extension) => {
    const extensionAttributes = allAttributes.filter((attribute) => attribute.type === extension.name);
    const context = {
      name: extension.name,
      options: extension.options,
      storage: extension.storage,
      editor
    };
    const schema = cleanUpSchemaItem({
      ...extensions.reduce((fields, e) => {
        const extendNodeSchema = getExtensionField(e, "extendNodeSchema", context);
        return {
          ...fields,
          ...extendNodeSchema ? extendNodeSchema(extension) : {}
        };
      }, {}),
      content: callOrReturn(getExtensionField(extension, "content", context)),
      marks: callOrReturn(getExtensionField(extension, "marks", context)),
      group: callOrReturn(getExtensionField(extension, "group", context)),
      inline: callOrReturn(getExtensionField(extension, "inline", context)),
      atom: callOrReturn(getExtensionField(extension, "atom", context)),
      selectable: callOrReturn(getExtensionField(extension, "selectable", context)),
      draggable: callOrReturn(getExtensionField(extension, "draggable", context)),
      code: callOrReturn(getExtensionField(extension, "code", context)),
      whitespace: callOrReturn(getExtensionField(extension, "whitespace", context)),
      linebreakReplacement: callOrReturn(getExtensionField(extension, "linebreakReplacement", context)),
      defining: callOrReturn(getExtensionField(extension, "defining", context)),
      isolating: callOrReturn(getExtensionField(extension, "isolating", context)),
      attrs: Object.fromEntries(extensionAttributes.map(buildAttributeSpec))
    });
    const parseHTML = callOrReturn(getExtensionField(extension, "parseHTML", context));
    if (parseHTML) schema.parseDOM = parseHTML.map((parseRule) => injectExtensionAttributesToParseRule(parseRule, extensionAttributes));
    const renderHTML = getExtensionField(extension, "renderHTML", context);
    if (renderHTML) schema.toDOM = (node) => renderHTML({
      node,
      HTMLAttributes: getRenderedAttributes(node, extensionAttributes)
    });
    const renderText = getExtensionField(extension, "renderText", context);
    if (renderText) schema.toText = renderText;
    return [extension.name, schema];
  }));
  const marks = Object.fromEntries(markExtensions.map((extension) => {
    const extensionAttributes = allAttributes.filter((attribute) => attribute.type === extension.name);
    const context = {
      name: extension.name,
      options: extension.options,
      storage: extension.storage,
      editor
    };
    const schema = cleanUpSchemaItem({
      ...extensions.reduce((fields, e) => {
        const extendMarkSchema = getExtensionField(e, "extendMarkSchema", context);
        return {
          ...fields,
          ...extendMarkSchema ? extendMarkSchema(extension) : {}
        };
      }, {}),
      inclusive: callOrReturn(getExtensionField(extension, "inclusive", context)),
      excludes: callOrReturn(getExtensionField(extension, "excludes", context)),
      group: callOrReturn(getExtensionField(extension, "group", context)),
      spanning: callOrReturn(getExtensionField(extension, "spanning", context)),
      code: callOrReturn(getExtensionField(extension, "code", context)),
      attrs: Object.fromEntries(extensionAttributes.map(buildAttributeSpec))
    });
    const parseHTML = callOrReturn(getExtensionField(extension, "parseHTML", context));
    if (parseHTML) schema.parseDOM = parseHTML.map((parseRule) => injectExtensionAttributesToParseRule(parseRule, extensionAttributes));
    const renderHTML = getExtensionField(extension, "renderHTML", context);
    if (renderHTML) schema.toDOM = (mark) => renderHTML({
      mark,
      HTMLAttributes: getRenderedAttributes(mark, extensionAttributes)
    });
    return [extension.name, schema];
  }));
  return new Schema({
    topNode,
    nodes,
    marks
  });
}
function findDuplicates(items) {
  const filtered = items.filter((el, index) => items.indexOf(el) !== index);
  return Array.from(new Set(filtered));
}
function sortExtensions(extensions) {
  const defaultPriority = 100;
  return extensions.sort((a, b2) => {
    const priorityA = getExtensionField(a, "priority") || defaultPriority;
    const priorityB = getExtensionField(b2, "priority") || defaultPriority;
    if (priorityA > priorityB) return -1;
    if (priorityA < priorityB) return 1;
    return 0;
  });
}
function resolveExtensions(extensions) {
  const resolvedExtensions = sortExtensions(flattenExtensions(extensions));
  const duplicatedNames = findDuplicates(resolvedExtensions.map((extension) => extension.name));
  if (duplicatedNames.length) console.warn(`[tiptap warn]: Duplicate extension names found: [${duplicatedNames.map((item) => `'${item}'`).join(", ")}]. This can lead to issues.`);
  return resolvedExtensions;
}
function getSchema(extensions, editor) {
  return getSchemaByResolvedExtensions(resolveExtensions(extensions), editor);
}
function generateJSON(html, extensions) {
  const schema = getSchema(extensions);
  const dom = elementFromString(html);
  return DOMParser.fromSchema(schema).parse(dom).toJSON();
}
function getTextBetween(startNode, range, options) {
  const { from: from2, to } = range;
  const { blockSeparator = "\n\n", textSerializers = {} } = options || {};
  let text = "";
  startNode.nodesBetween(from2, to, (node, pos, parent, index) => {
    if (node.isBlock && pos > from2) text += blockSeparator;
    const textSerializer = textSerializers === null || textSerializers === void 0 ? void 0 : textSerializers[node.type.name];
    if (textSerializer) {
      if (parent) text += textSerializer({
        node,
        pos,
        parent,
        index,
        range
      });
      return false;
    }
    if (node.isText) {
      var _node$text;
      text += node === null || node === void 0 || (_node$text = node.text) === null || _node$text === void 0 ? void 0 : _node$text.slice(Math.max(from2, pos) - pos, to - pos);
    }
  });
  return text;
}
function getText(node, options) {
  return getTextBetween(node, {
    from: 0,
    to: node.content.size
  }, options);
}
function getTextSerializersFromSchema(schema) {
  return Object.fromEntries(Object.entries(schema.nodes).filter(([, node]) => node.spec.toText).map(([name, node]) => [name, node.spec.toText]));
}
function removeDuplicates(array, by = JSON.stringify) {
  const seen = {};
  return array.filter((item) => {
    const key = by(item);
    return Object.prototype.hasOwnProperty.call(seen, key) ? false : seen[key] = true;
  });
}
function simplifyChangedRanges(changes) {
  const uniqueChanges = removeDuplicates(changes);
  return uniqueChanges.length === 1 ? uniqueChanges : uniqueChanges.filter((change, index) => {
    return !uniqueChanges.filter((_2, i) => i !== index).some((otherChange) => {
      return change.oldRange.from >= otherChange.oldRange.from && change.oldRange.to <= otherChange.oldRange.to && change.newRange.from >= otherChange.newRange.from && change.newRange.to <= otherChange.newRange.to;
    });
  });
}
function getChangedRanges(transform) {
  const { mapping, steps } = transform;
  const changes = [];
  mapping.maps.forEach((stepMap, index) => {
    const ranges = [];
    if (!stepMap.ranges.length) {
      const { from: from2, to } = steps[index];
      if (from2 === void 0 || to === void 0) return;
      ranges.push({
        from: from2,
        to
      });
    } else stepMap.forEach((from2, to) => {
      ranges.push({
        from: from2,
        to
      });
    });
    ranges.forEach(({ from: from2, to }) => {
      const newStart = mapping.slice(index).map(from2, -1);
      const newEnd = mapping.slice(index).map(to);
      const oldStart = mapping.invert().map(newStart, -1);
      const oldEnd = mapping.invert().map(newEnd);
      changes.push({
        oldRange: {
          from: oldStart,
          to: oldEnd
        },
        newRange: {
          from: newStart,
          to: newEnd
        }
      });
    });
  });
  return simplifyChangedRanges(changes);
}
function getSchemaTypeByName(name, schema) {
  return schema.nodes[name] || schema.marks[name] || null;
}
function getSplittedAttributes(extensionAttributes, typeName, attributes) {
  return Object.fromEntries(Object.entries(attributes).filter(([name]) => {
    const extensionAttribute = extensionAttributes.find((item) => {
      return item.type === typeName && item.name === name;
    });
    if (!extensionAttribute) return false;
    return extensionAttribute.attribute.keepOnSplit;
  }));
}
var getTextContentFromNodes = ($from, maxMatch = 500) => {
  let textBefore = "";
  const sliceEndPos = $from.parentOffset;
  $from.parent.nodesBetween(Math.max(0, sliceEndPos - maxMatch), sliceEndPos, (node, pos, parent, index) => {
    var _node$type$spec$toTex, _node$type$spec;
    const chunk = ((_node$type$spec$toTex = (_node$type$spec = node.type.spec).toText) === null || _node$type$spec$toTex === void 0 ? void 0 : _node$type$spec$toTex.call(_node$type$spec, {
      node,
      pos,
      parent,
      index
    })) || node.textContent || "%leaf%";
    textBefore += node.isAtom && !node.isText ? chunk : chunk.slice(0, Math.max(0, sliceEndPos - pos));
  });
  return textBefore;
};
function isMarkActive(state, typeOrName, attributes = {}) {
  const { empty, ranges } = state.selection;
  const type = typeOrName ? getMarkType(typeOrName, state.schema) : null;
  if (empty) return !!(state.storedMarks || state.selection.$from.marks()).filter((mark) => {
    if (!type) return true;
    return type.name === mark.type.name;
  }).find((mark) => objectIncludes(mark.attrs, attributes, { strict: false }));
  let selectionRange = 0;
  const markRanges = [];
  ranges.forEach(({ $from, $to }) => {
    const from2 = $from.pos;
    const to = $to.pos;
    state.doc.nodesBetween(from2, to, (node, pos) => {
      if (type && node.inlineContent && !node.type.allowsMarkType(type)) return false;
      if (!node.isText && !node.marks.length) return;
      const relativeFrom = Math.max(from2, pos);
      const relativeTo = Math.min(to, pos + node.nodeSize);
      const range = relativeTo - relativeFrom;
      selectionRange += range;
      markRanges.push(...node.marks.map((mark) => ({
        mark,
        from: relativeFrom,
        to: relativeTo
      })));
    });
  });
  if (selectionRange === 0) return false;
  const matchedRange = markRanges.filter((markRange) => {
    if (!type) return true;
    return type.name === markRange.mark.type.name;
  }).filter((markRange) => objectIncludes(markRange.mark.attrs, attributes, { strict: false })).reduce((sum, markRange) => sum + markRange.to - markRange.from, 0);
  const excludedRange = markRanges.filter((markRange) => {
    if (!type) return true;
    return markRange.mark.type !== type && markRange.mark.type.excludes(type);
  }).reduce((sum, markRange) => sum + markRange.to - markRange.from, 0);
  return (matchedRange > 0 ? matchedRange + excludedRange : matchedRange) >= selectionRange;
}
function isExtensionRulesEnabled(extension, enabled) {
  if (Array.isArray(enabled)) return enabled.some((enabledExtension) => {
    return (typeof enabledExtension === "string" ? enabledExtension : enabledExtension.name) === extension.name;
  });
  return enabled;
}
function isList(name, extensions) {
  const { nodeExtensions } = splitExtensions(extensions);
  const extension = nodeExtensions.find((item) => item.name === name);
  if (!extension) return false;
  const group = callOrReturn(getExtensionField(extension, "group", {
    name: extension.name,
    options: extension.options,
    storage: extension.storage
  }));
  if (typeof group !== "string") return false;
  return group.split(" ").includes("list");
}
function isNodeEmpty(node, { checkChildren = true, ignoreWhitespace = false } = {}) {
  if (ignoreWhitespace) {
    if (node.type.name === "hardBreak") return true;
    if (node.isText) {
      var _node$text;
      return !/\S/.test((_node$text = node.text) !== null && _node$text !== void 0 ? _node$text : "");
    }
  }
  if (node.isText) return !node.text;
  if (node.isAtom || node.isLeaf) return false;
  if (node.content.childCount === 0) return true;
  if (checkChildren) {
    let isContentEmpty = true;
    node.content.forEach((childNode) => {
      if (isContentEmpty === false) return;
      if (!isNodeEmpty(childNode, {
        ignoreWhitespace,
        checkChildren
      })) isContentEmpty = false;
    });
    return isContentEmpty;
  }
  return false;
}
function canSetMark(state, tr, newMarkType) {
  const { selection } = tr;
  let cursor = null;
  if (isTextSelection(selection)) cursor = selection.$cursor;
  if (cursor) {
    var _state$storedMarks;
    const currentMarks = (_state$storedMarks = state.storedMarks) !== null && _state$storedMarks !== void 0 ? _state$storedMarks : cursor.marks();
    return cursor.parent.type.allowsMarkType(newMarkType) && (!!newMarkType.isInSet(currentMarks) || !currentMarks.some((mark) => mark.type.excludes(newMarkType)));
  }
  const { ranges } = selection;
  return ranges.some(({ $from, $to }) => {
    let someNodeSupportsMark = $from.depth === 0 ? state.doc.inlineContent && state.doc.type.allowsMarkType(newMarkType) : false;
    state.doc.nodesBetween($from.pos, $to.pos, (node, _pos, parent) => {
      if (someNodeSupportsMark) return false;
      if (node.isInline) {
        const parentAllowsMarkType = !parent || parent.type.allowsMarkType(newMarkType);
        const currentMarksAllowMarkType = !!newMarkType.isInSet(node.marks) || !node.marks.some((otherMark) => otherMark.type.excludes(newMarkType));
        someNodeSupportsMark = parentAllowsMarkType && currentMarksAllowMarkType;
      }
      return !someNodeSupportsMark;
    });
    return someNodeSupportsMark;
  });
}
var setMark = (typeOrName, attributes = {}) => ({ tr, state, dispatch }) => {
  const { selection } = tr;
  const { empty, ranges } = selection;
  const type = getMarkType(typeOrName, state.schema);
  if (dispatch) {
    if (empty) {
      const oldAttributes = getMarkAttributes(state, type);
      tr.addStoredMark(type.create({
        ...oldAttributes,
        ...attributes
      }));
    } else ranges.forEach((range) => {
      const from2 = range.$from.pos;
      const to = range.$to.pos;
      state.doc.nodesBetween(from2, to, (node, pos) => {
        const trimmedFrom = Math.max(pos, from2);
        const trimmedTo = Math.min(pos + node.nodeSize, to);
        if (node.marks.find((mark) => mark.type === type)) node.marks.forEach((mark) => {
          if (type === mark.type) tr.addMark(trimmedFrom, trimmedTo, type.create({
            ...mark.attrs,
            ...attributes
          }));
        });
        else tr.addMark(trimmedFrom, trimmedTo, type.create(attributes));
      });
    });
  }
  return canSetMark(state, tr, type);
};
var setMeta = (key, value) => ({ tr }) => {
  tr.setMeta(key, value);
  return true;
};
var setNode = (typeOrName, attributes = {}) => ({ state, dispatch, chain }) => {
  const type = getNodeType(typeOrName, state.schema);
  let attributesToCopy;
  if (state.selection.$anchor.sameParent(state.selection.$head)) attributesToCopy = state.selection.$anchor.parent.attrs;
  if (!type.isTextblock) {
    console.warn('[tiptap warn]: Currently "setNode()" only supports text block nodes.');
    return false;
  }
  return chain().command(({ commands }) => {
    if (setBlockType(type, {
      ...attributesToCopy,
      ...attributes
    })(state)) return true;
    return commands.clearNodes();
  }).command(({ state: updatedState }) => {
    return setBlockType(type, {
      ...attributesToCopy,
      ...attributes
    })(updatedState, dispatch);
  }).run();
};
var setNodeSelection = (position) => ({ tr, dispatch }) => {
  if (dispatch) {
    const { doc } = tr;
    const from2 = minMax(position, 0, doc.content.size);
    const selection = NodeSelection.create(doc, from2);
    tr.setSelection(selection);
  }
  return true;
};
var setTextDirection = (direction, position) => ({ tr, state, dispatch }) => {
  const { selection } = state;
  let from2;
  let to;
  if (typeof position === "number") {
    from2 = position;
    to = position;
  } else if (position && "from" in position && "to" in position) {
    from2 = position.from;
    to = position.to;
  } else {
    from2 = selection.from;
    to = selection.to;
  }
  if (dispatch) tr.doc.nodesBetween(from2, to, (node, pos) => {
    if (node.isText) return;
    tr.setNodeMarkup(pos, void 0, {
      ...node.attrs,
      dir: direction
    });
  });
  return true;
};
var setTextSelection = (position) => ({ tr, dispatch }) => {
  if (dispatch) {
    const { doc } = tr;
    const { from: from2, to } = typeof position === "number" ? {
      from: position,
      to: position
    } : position;
    const minPos = TextSelection.atStart(doc).from;
    const maxPos = TextSelection.atEnd(doc).to;
    const resolvedFrom = minMax(from2, minPos, maxPos);
    const resolvedEnd = minMax(to, minPos, maxPos);
    const selection = TextSelection.create(doc, resolvedFrom, resolvedEnd);
    tr.setSelection(selection);
  }
  return true;
};
var sinkListItem$1 = (typeOrName) => ({ state, dispatch }) => {
  const type = getNodeType(typeOrName, state.schema);
  return sinkListItem(type)(state, dispatch);
};
function ensureMarks(state, splittableMarks) {
  const marks = state.storedMarks || state.selection.$to.parentOffset && state.selection.$from.marks();
  if (marks) {
    const filteredMarks = marks.filter((mark) => splittableMarks === null || splittableMarks === void 0 ? void 0 : splittableMarks.includes(mark.type.name));
    state.tr.ensureMarks(filteredMarks);
  }
}
var splitBlock2 = ({ keepMarks = true } = {}) => ({ tr, state, dispatch, editor }) => {
  const { selection, doc } = tr;
  const { $from, $to } = selection;
  const extensionAttributes = editor.extensionManager.attributes;
  const newAttributes = getSplittedAttributes(extensionAttributes, $from.node().type.name, $from.node().attrs);
  if (selection instanceof NodeSelection && selection.node.isBlock) {
    if (!$from.parentOffset || !canSplit(doc, $from.pos)) return false;
    if (dispatch) {
      if (keepMarks) ensureMarks(state, editor.extensionManager.splittableMarks);
      tr.split($from.pos).scrollIntoView();
    }
    return true;
  }
  if (!$from.parent.isBlock) return false;
  const atEnd = $to.parentOffset === $to.parent.content.size;
  const deflt = $from.depth === 0 ? void 0 : defaultBlockAt2($from.node(-1).contentMatchAt($from.indexAfter(-1)));
  let types = atEnd && deflt ? [{
    type: deflt,
    attrs: newAttributes
  }] : void 0;
  let can = canSplit(tr.doc, tr.mapping.map($from.pos), 1, types);
  if (!types && !can && canSplit(tr.doc, tr.mapping.map($from.pos), 1, deflt ? [{ type: deflt }] : void 0)) {
    can = true;
    types = deflt ? [{
      type: deflt,
      attrs: newAttributes
    }] : void 0;
  }
  if (dispatch) {
    if (can) {
      if (selection instanceof TextSelection) tr.deleteSelection();
      tr.split(tr.mapping.map($from.pos), 1, types);
      if (deflt && !atEnd && !$from.parentOffset && $from.parent.type !== deflt) {
        const first4 = tr.mapping.map($from.before());
        const $first = tr.doc.resolve(first4);
        if ($from.node(-1).canReplaceWith($first.index(), $first.index() + 1, deflt)) tr.setNodeMarkup(tr.mapping.map($from.before()), deflt);
      }
    }
    if (keepMarks) ensureMarks(state, editor.extensionManager.splittableMarks);
    tr.scrollIntoView();
  }
  return can;
};
var splitListItem = (typeOrName, overrideAttrs = {}) => ({ tr, state, dispatch, editor }) => {
  const type = getNodeType(typeOrName, state.schema);
  const { $from, $to } = state.selection;
  const node = state.selection.node;
  if (node && node.isBlock || $from.depth < 2 || !$from.sameParent($to)) return false;
  const grandParent = $from.node(-1);
  if (grandParent.type !== type) return false;
  const extensionAttributes = editor.extensionManager.attributes;
  if ($from.parent.content.size === 0 && $from.node(-1).childCount === $from.indexAfter(-1)) {
    if ($from.depth === 2 || $from.node(-3).type !== type || $from.index(-2) !== $from.node(-2).childCount - 1) return false;
    if (dispatch) {
      var _type$contentMatch$de;
      let wrap = Fragment.empty;
      const depthBefore = $from.index(-1) ? 1 : $from.index(-2) ? 2 : 3;
      for (let d = $from.depth - depthBefore; d >= $from.depth - 3; d -= 1) wrap = Fragment.from($from.node(d).copy(wrap));
      const depthAfter = $from.indexAfter(-1) < $from.node(-2).childCount ? 1 : $from.indexAfter(-2) < $from.node(-3).childCount ? 2 : 3;
      const newNextTypeAttributes2 = {
        ...getSplittedAttributes(extensionAttributes, $from.node().type.name, $from.node().attrs),
        ...overrideAttrs
      };
      const nextType2 = ((_type$contentMatch$de = type.contentMatch.defaultType) === null || _type$contentMatch$de === void 0 ? void 0 : _type$contentMatch$de.createAndFill(newNextTypeAttributes2)) || void 0;
      wrap = wrap.append(Fragment.from(type.createAndFill(null, nextType2) || void 0));
      const start = $from.before($from.depth - (depthBefore - 1));
      tr.replace(start, $from.after(-depthAfter), new Slice(wrap, 4 - depthBefore, 0));
      let sel = -1;
      tr.doc.nodesBetween(start, tr.doc.content.size, (n, pos) => {
        if (sel > -1) return false;
        if (n.isTextblock && n.content.size === 0) sel = pos + 1;
      });
      if (sel > -1) tr.setSelection(TextSelection.near(tr.doc.resolve(sel)));
      tr.scrollIntoView();
    }
    return true;
  }
  const nextType = $to.pos === $from.end() ? grandParent.contentMatchAt(0).defaultType : null;
  const newTypeAttributes = {
    ...getSplittedAttributes(extensionAttributes, grandParent.type.name, grandParent.attrs),
    ...overrideAttrs
  };
  const newNextTypeAttributes = {
    ...getSplittedAttributes(extensionAttributes, $from.node().type.name, $from.node().attrs),
    ...overrideAttrs
  };
  tr.delete($from.pos, $to.pos);
  const types = nextType ? [{
    type,
    attrs: newTypeAttributes
  }, {
    type: nextType,
    attrs: newNextTypeAttributes
  }] : [{
    type,
    attrs: newTypeAttributes
  }];
  if (!canSplit(tr.doc, $from.pos, 2)) return false;
  if (dispatch) {
    const { selection, storedMarks } = state;
    const { splittableMarks } = editor.extensionManager;
    const marks = storedMarks || selection.$to.parentOffset && selection.$from.marks();
    tr.split($from.pos, 2, types).scrollIntoView();
    if (!marks || !dispatch) return true;
    const filteredMarks = marks.filter((mark) => splittableMarks.includes(mark.type.name));
    tr.ensureMarks(filteredMarks);
  }
  return true;
};
function normalizeListType(type) {
  return !type || type === "1" ? null : type;
}
function areListTypesCompatible(typeA, typeB) {
  return normalizeListType(typeA) === normalizeListType(typeB);
}
var joinListBackwards = (tr, listType) => {
  const list = findParentNode((node) => node.type === listType)(tr.selection);
  if (!list) return true;
  const before = tr.doc.resolve(Math.max(0, list.pos - 1)).before(list.depth);
  if (before === void 0) return true;
  const nodeBefore = tr.doc.nodeAt(before);
  if (!(list.node.type === (nodeBefore === null || nodeBefore === void 0 ? void 0 : nodeBefore.type) && canJoin(tr.doc, list.pos))) return true;
  if (!areListTypesCompatible(list.node.attrs.type, nodeBefore === null || nodeBefore === void 0 ? void 0 : nodeBefore.attrs.type)) return true;
  tr.join(list.pos);
  return true;
};
var joinListForwards = (tr, listType) => {
  const list = findParentNode((node) => node.type === listType)(tr.selection);
  if (!list) return true;
  const after = tr.doc.resolve(list.start).after(list.depth);
  if (after === void 0) return true;
  const nodeAfter = tr.doc.nodeAt(after);
  if (!(list.node.type === (nodeAfter === null || nodeAfter === void 0 ? void 0 : nodeAfter.type) && canJoin(tr.doc, after))) return true;
  if (!areListTypesCompatible(list.node.attrs.type, nodeAfter === null || nodeAfter === void 0 ? void 0 : nodeAfter.attrs.type)) return true;
  tr.join(after);
  return true;
};
function createInnerSelectionForWholeDocList(tr) {
  const doc = tr.doc;
  const list = doc.firstChild;
  if (!list) return null;
  const $start = doc.resolve(1);
  const $end = doc.resolve(list.nodeSize - 1);
  return TextSelection.between($start, $end);
}
var toggleList = (listTypeOrName, itemTypeOrName, keepMarks, attributes = {}) => ({ editor, tr, state, dispatch, chain, commands, can }) => {
  const { extensions, splittableMarks } = editor.extensionManager;
  const listType = getNodeType(listTypeOrName, state.schema);
  const itemType = getNodeType(itemTypeOrName, state.schema);
  const { selection, storedMarks } = state;
  const { $from, $to } = selection;
  const range = $from.blockRange($to);
  const marks = storedMarks || selection.$to.parentOffset && selection.$from.marks();
  if (!range) return false;
  const parentList = findParentNode((node) => isList(node.type.name, extensions))(selection);
  const isAllSelection = selection.from === 0 && selection.to === state.doc.content.size;
  const topLevelNodes = state.doc.content.content;
  const soleTopLevelNode = topLevelNodes.length === 1 ? topLevelNodes[0] : null;
  const allSelectionList = isAllSelection && soleTopLevelNode && isList(soleTopLevelNode.type.name, extensions) ? {
    node: soleTopLevelNode,
    pos: 0,
    depth: 0
  } : null;
  const currentList = parentList !== null && parentList !== void 0 ? parentList : allSelectionList;
  const isInsideExistingList = !!parentList && range.depth >= 1 && range.depth - parentList.depth <= 1;
  const hasWholeDocSelectedList = !!allSelectionList;
  if ((isInsideExistingList || hasWholeDocSelectedList) && currentList) {
    if (currentList.node.type === listType) {
      if (isAllSelection && hasWholeDocSelectedList) return chain().command(({ tr: trx, dispatch: disp }) => {
        const nextSelection = createInnerSelectionForWholeDocList(trx);
        if (!nextSelection) return false;
        trx.setSelection(nextSelection);
        if (disp) disp(trx);
        return true;
      }).liftListItem(itemType).run();
      return commands.liftListItem(itemType);
    }
    if (isList(currentList.node.type.name, extensions) && listType.validContent(currentList.node.content)) return chain().command(() => {
      tr.setNodeMarkup(currentList.pos, listType);
      return true;
    }).command(() => joinListBackwards(tr, listType)).command(() => joinListForwards(tr, listType)).run();
  }
  if (!keepMarks || !marks || !dispatch) return chain().command(() => {
    if (can().wrapInList(listType, attributes)) return true;
    return commands.clearNodes();
  }).wrapInList(listType, attributes).command(() => joinListBackwards(tr, listType)).command(() => joinListForwards(tr, listType)).run();
  return chain().command(() => {
    const canWrapInList = can().wrapInList(listType, attributes);
    const filteredMarks = marks.filter((mark) => splittableMarks.includes(mark.type.name));
    tr.ensureMarks(filteredMarks);
    if (canWrapInList) return true;
    return commands.clearNodes();
  }).wrapInList(listType, attributes).command(() => joinListBackwards(tr, listType)).command(() => joinListForwards(tr, listType)).run();
};
var toggleMark = (typeOrName, attributes = {}, options = {}) => ({ state, commands }) => {
  const { extendEmptyMarkRange = false } = options;
  const type = getMarkType(typeOrName, state.schema);
  if (isMarkActive(state, type, attributes)) return commands.unsetMark(type, { extendEmptyMarkRange });
  return commands.setMark(type, attributes);
};
var toggleNode = (typeOrName, toggleTypeOrName, attributes = {}) => ({ state, commands }) => {
  const type = getNodeType(typeOrName, state.schema);
  const toggleType = getNodeType(toggleTypeOrName, state.schema);
  const isActive = isNodeActive(state, type, attributes);
  let attributesToCopy;
  if (state.selection.$anchor.sameParent(state.selection.$head)) attributesToCopy = state.selection.$anchor.parent.attrs;
  if (isActive) return commands.setNode(toggleType, attributesToCopy);
  return commands.setNode(type, {
    ...attributesToCopy,
    ...attributes
  });
};
var toggleWrap = (typeOrName, attributes = {}) => ({ state, commands }) => {
  const type = getNodeType(typeOrName, state.schema);
  if (isNodeActive(state, type, attributes)) return commands.lift(type);
  return commands.wrapIn(type, attributes);
};
var undoInputRule = () => ({ state, dispatch }) => {
  const plugins = state.plugins;
  for (let i = 0; i < plugins.length; i += 1) {
    const plugin = plugins[i];
    let undoable;
    if (plugin.spec.isInputRules && (undoable = plugin.getState(state))) {
      if (dispatch) {
        const tr = state.tr;
        const toUndo = undoable.transform;
        for (let j2 = toUndo.steps.length - 1; j2 >= 0; j2 -= 1) tr.step(toUndo.steps[j2].invert(toUndo.docs[j2]));
        if (undoable.text) {
          const marks = tr.doc.resolve(undoable.from).marks();
          tr.replaceWith(undoable.from, undoable.to, state.schema.text(undoable.text, marks));
        } else tr.delete(undoable.from, undoable.to);
      }
      return true;
    }
  }
  return false;
};
var unsetAllMarks = (options = {}) => ({ tr, dispatch, editor }) => {
  const { ignoreClearable = false } = options;
  const { selection } = tr;
  const { empty, ranges } = selection;
  if (empty) return true;
  const { nonClearableMarks } = editor.extensionManager;
  if (dispatch) {
    const clearableMarkTypes = Object.values(editor.schema.marks).filter((markType) => ignoreClearable || !nonClearableMarks.includes(markType.name));
    ranges.forEach((range) => {
      for (const markType of clearableMarkTypes) tr.removeMark(range.$from.pos, range.$to.pos, markType);
    });
  }
  return true;
};
var unsetMark = (typeOrName, options = {}) => ({ tr, state, dispatch }) => {
  const { extendEmptyMarkRange = false } = options;
  const { selection } = tr;
  const type = getMarkType(typeOrName, state.schema);
  const { $from, empty, ranges } = selection;
  if (!dispatch) return true;
  if (empty && extendEmptyMarkRange) {
    var _$from$marks$find;
    let { from: from2, to } = selection;
    const range = getMarkRange($from, type, (_$from$marks$find = $from.marks().find((mark) => mark.type === type)) === null || _$from$marks$find === void 0 ? void 0 : _$from$marks$find.attrs);
    if (range) {
      from2 = range.from;
      to = range.to;
    }
    tr.removeMark(from2, to, type);
  } else ranges.forEach((range) => {
    tr.removeMark(range.$from.pos, range.$to.pos, type);
  });
  tr.removeStoredMark(type);
  return true;
};
var unsetTextDirection = (position) => ({ tr, state, dispatch }) => {
  const { selection } = state;
  let from2;
  let to;
  if (typeof position === "number") {
    from2 = position;
    to = position;
  } else if (position && "from" in position && "to" in position) {
    from2 = position.from;
    to = position.to;
  } else {
    from2 = selection.from;
    to = selection.to;
  }
  if (dispatch) tr.doc.nodesBetween(from2, to, (node, pos) => {
    if (node.isText) return;
    const newAttrs = { ...node.attrs };
    delete newAttrs.dir;
    tr.setNodeMarkup(pos, void 0, newAttrs);
  });
  return true;
};
var updateAttributes = (typeOrName, attributes = {}) => ({ tr, state, dispatch }) => {
  let nodeType = null;
  let markType = null;
  const schemaType = getSchemaTypeNameByName(typeof typeOrName === "string" ? typeOrName : typeOrName.name, state.schema);
  if (!schemaType) return false;
  if (schemaType === "node") nodeType = getNodeType(typeOrName, state.schema);
  if (schemaType === "mark") markType = getMarkType(typeOrName, state.schema);
  let canUpdate = false;
  tr.selection.ranges.forEach((range) => {
    const from2 = range.$from.pos;
    const to = range.$to.pos;
    let lastPos;
    let lastNode;
    let trimmedFrom;
    let trimmedTo;
    if (tr.selection.empty) state.doc.nodesBetween(from2, to, (node, pos) => {
      if (nodeType && nodeType === node.type) {
        canUpdate = true;
        trimmedFrom = Math.max(pos, from2);
        trimmedTo = Math.min(pos + node.nodeSize, to);
        lastPos = pos;
        lastNode = node;
      }
    });
    else state.doc.nodesBetween(from2, to, (node, pos) => {
      if (pos < from2 && nodeType && nodeType === node.type) {
        canUpdate = true;
        trimmedFrom = Math.max(pos, from2);
        trimmedTo = Math.min(pos + node.nodeSize, to);
        lastPos = pos;
        lastNode = node;
      }
      if (pos >= from2 && pos <= to) {
        if (nodeType && nodeType === node.type) {
          canUpdate = true;
          if (dispatch) tr.setNodeMarkup(pos, void 0, {
            ...node.attrs,
            ...attributes
          });
        }
        if (markType && node.marks.length) node.marks.forEach((mark) => {
          if (markType === mark.type) {
            canUpdate = true;
            if (dispatch) {
              const trimmedFrom2 = Math.max(pos, from2);
              const trimmedTo2 = Math.min(pos + node.nodeSize, to);
              tr.addMark(trimmedFrom2, trimmedTo2, markType.create({
                ...mark.attrs,
                ...attributes
              }));
            }
          }
        });
      }
    });
    if (lastNode) {
      if (lastPos !== void 0 && dispatch) tr.setNodeMarkup(lastPos, void 0, {
        ...lastNode.attrs,
        ...attributes
      });
      if (markType && lastNode.marks.length) lastNode.marks.forEach((mark) => {
        if (markType === mark.type && dispatch) tr.addMark(trimmedFrom, trimmedTo, markType.create({
          ...mark.attrs,
          ...attributes
        }));
      });
    }
  });
  return canUpdate;
};
var DECORATION_MANAGER_PLUGIN_KEY = new PluginKey("__tiptap_decorations__");
var updateDecorations = (extensionName) => ({ tr, dispatch }) => {
  if (dispatch) tr.setMeta(DECORATION_MANAGER_PLUGIN_KEY, {
    type: "force",
    name: extensionName
  });
  return true;
};
var wrapIn$1 = (typeOrName, attributes = {}) => ({ state, dispatch }) => {
  const type = getNodeType(typeOrName, state.schema);
  return wrapIn(type, attributes)(state, dispatch);
};
var wrapInList$1 = (typeOrName, attributes = {}) => ({ state, dispatch }) => {
  const type = getNodeType(typeOrName, state.schema);
  return wrapInList(type, attributes)(state, dispatch);
};
var commands_exports = /* @__PURE__ */ __exportAll({
  blur: () => blur,
  clearContent: () => clearContent,
  clearNodes: () => clearNodes,
  command: () => command,
  createParagraphNear: () => createParagraphNear$1,
  cut: () => cut,
  deleteCurrentNode: () => deleteCurrentNode,
  deleteNode: () => deleteNode,
  deleteRange: () => deleteRange,
  deleteSelection: () => deleteSelection2,
  enter: () => enter,
  exitCode: () => exitCode$1,
  extendMarkRange: () => extendMarkRange,
  first: () => first,
  focus: () => focus,
  forEach: () => forEach,
  insertContent: () => insertContent,
  insertContentAt: () => insertContentAt,
  insertDefaultBlock: () => insertDefaultBlock,
  joinBackward: () => joinBackward$1,
  joinDown: () => joinDown$1,
  joinForward: () => joinForward$1,
  joinItemBackward: () => joinItemBackward,
  joinItemForward: () => joinItemForward,
  joinTextblockBackward: () => joinTextblockBackward$1,
  joinTextblockForward: () => joinTextblockForward$1,
  joinUp: () => joinUp$1,
  keyboardShortcut: () => keyboardShortcut,
  lift: () => lift$1,
  liftEmptyBlock: () => liftEmptyBlock$1,
  liftListItem: () => liftListItem$1,
  newlineInCode: () => newlineInCode$1,
  resetAttributes: () => resetAttributes,
  scrollIntoView: () => scrollIntoView,
  selectAll: () => selectAll2,
  selectNodeBackward: () => selectNodeBackward$1,
  selectNodeForward: () => selectNodeForward$1,
  selectParentNode: () => selectParentNode$1,
  selectTextblockEnd: () => selectTextblockEnd$1,
  selectTextblockStart: () => selectTextblockStart$1,
  setContent: () => setContent,
  setMark: () => setMark,
  setMeta: () => setMeta,
  setNode: () => setNode,
  setNodeSelection: () => setNodeSelection,
  setTextDirection: () => setTextDirection,
  setTextSelection: () => setTextSelection,
  sinkListItem: () => sinkListItem$1,
  splitBlock: () => splitBlock2,
  splitListItem: () => splitListItem,
  toggleList: () => toggleList,
  toggleMark: () => toggleMark,
  toggleNode: () => toggleNode,
  toggleWrap: () => toggleWrap,
  undoInputRule: () => undoInputRule,
  unsetAllMarks: () => unsetAllMarks,
  unsetMark: () => unsetMark,
  unsetTextDirection: () => unsetTextDirection,
  updateAttributes: () => updateAttributes,
  updateDecorations: () => updateDecorations,
  wrapIn: () => wrapIn$1,
  wrapInList: () => wrapInList$1
});
var depthByEditor = /* @__PURE__ */ new WeakMap();
function runInDecorationApplyScope(editor, callback) {
  var _depthByEditor$get;
  depthByEditor.set(editor, ((_depthByEditor$get = depthByEditor.get(editor)) !== null && _depthByEditor$get !== void 0 ? _depthByEditor$get : 0) + 1);
  try {
    return callback();
  } finally {
    var _depthByEditor$get2;
    const remaining = ((_depthByEditor$get2 = depthByEditor.get(editor)) !== null && _depthByEditor$get2 !== void 0 ? _depthByEditor$get2 : 1) - 1;
    if (remaining > 0) depthByEditor.set(editor, remaining);
    else depthByEditor.delete(editor);
  }
}
var isDev = typeof process !== "undefined" && process.env.NODE_ENV !== "production";
function isWidgetDecoration(decoration) {
  return decoration.kind === "widget";
}
function decorationsToPMDecorations(decorations, extensionName) {
  const pmDecorations = [];
  const widgetKeys = /* @__PURE__ */ new Set();
  for (const decoration of decorations) {
    if (decoration.kind === "widget") {
      if (isWidgetDecoration(decoration)) widgetKeys.add(decoration.key);
    }
    pmDecorations.push(decoration.toPMDecoration(extensionName));
  }
  return {
    decorations: pmDecorations,
    widgetKeys
  };
}
function buildDecorationSet(doc, decorations, extensionName) {
  const { decorations: pmDecorations, widgetKeys } = decorationsToPMDecorations(decorations, extensionName);
  return {
    set: DecorationSet.create(doc, pmDecorations),
    widgetKeys
  };
}
function rangeOwnsPosition({ position, from: from2, to, docSize }) {
  if (position < from2) return false;
  if (position < to) return true;
  return position === to && to === docSize;
}
function filterOutOfRangeDecorations({ decorations, from: from2, to, docSize, extensionName, warnedExtensions }) {
  return decorations.filter((decoration) => {
    if (rangeOwnsPosition({
      position: decoration.anchor,
      from: from2,
      to,
      docSize
    })) return true;
    if (decoration.anchor === to) return false;
    if (!warnedExtensions.has(extensionName)) {
      warnedExtensions.add(extensionName);
      console.warn(`[tiptap warn]: Extension "${extensionName}" returned a decoration outside the requested range [${from2}, ${to}). It was ignored.`);
    }
    return false;
  });
}
function widgetKeyOf(decoration) {
  var _decoration$spec;
  const key = (_decoration$spec = decoration.spec) === null || _decoration$spec === void 0 ? void 0 : _decoration$spec.key;
  return typeof key === "string" ? key : void 0;
}
function findDuplicateWidgetKeys(decorationSet) {
  const extensionsByKey = /* @__PURE__ */ new Map();
  const counts = /* @__PURE__ */ new Map();
  for (const decoration of decorationSet.find()) {
    var _extensionName, _extensionsByKey$get, _counts$get;
    const key = widgetKeyOf(decoration);
    if (!key) continue;
    const extension = (_extensionName = decoration.spec.extensionName) !== null && _extensionName !== void 0 ? _extensionName : "unknown";
    const extensions = (_extensionsByKey$get = extensionsByKey.get(key)) !== null && _extensionsByKey$get !== void 0 ? _extensionsByKey$get : /* @__PURE__ */ new Set();
    extensions.add(extension);
    extensionsByKey.set(key, extensions);
    counts.set(key, ((_counts$get = counts.get(key)) !== null && _counts$get !== void 0 ? _counts$get : 0) + 1);
  }
  return Array.from(extensionsByKey, ([key, extensions]) => ({
    key,
    extensions
  })).filter(({ key }) => {
    var _counts$get2;
    return ((_counts$get2 = counts.get(key)) !== null && _counts$get2 !== void 0 ? _counts$get2 : 0) > 1;
  });
}
function isAttrStep(step) {
  return step.jsonID === "attr";
}
function hasResolvableChangedRange(step) {
  let hasMappedRange = false;
  step.getMap().forEach(() => {
    hasMappedRange = true;
  });
  if (hasMappedRange || isAttrStep(step)) return true;
  const positionalStep = step;
  return typeof positionalStep.from === "number" && typeof positionalStep.to === "number";
}
function blockRangeFor(doc, changed) {
  let from2 = null;
  let to = 0;
  let nodeStart = 0;
  for (let index = 0; index < doc.childCount; index += 1) {
    if (nodeStart > changed.to) break;
    const nodeEnd = nodeStart + doc.child(index).nodeSize;
    if (nodeEnd >= changed.from) {
      if (from2 === null) from2 = nodeStart;
      to = nodeEnd;
    }
    nodeStart = nodeEnd;
  }
  return from2 === null ? null : {
    from: from2,
    to
  };
}
function getRebuildRanges(tr, doc) {
  if (tr.steps.some((step) => !hasResolvableChangedRange(step))) return { type: "full" };
  const newRanges = getChangedRanges(tr).map(({ newRange }) => newRange);
  tr.steps.forEach((step, index) => {
    if (!isAttrStep(step)) return;
    const mapping = tr.mapping.slice(index);
    newRanges.push({
      from: mapping.map(step.pos, -1),
      to: mapping.map(step.pos + 1)
    });
  });
  const ranges = [];
  for (const newRange of newRanges) {
    const blockRange = blockRangeFor(doc, newRange);
    if (blockRange) ranges.push(blockRange);
  }
  ranges.sort((a, b2) => a.from - b2.from);
  const merged = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range.from <= last.to) last.to = Math.max(last.to, range.to);
    else merged.push({ ...range });
  }
  return {
    type: "ranges",
    ranges: merged
  };
}
function mapDecorationSet(set, mapping, doc, widgetKeys) {
  return set.map(mapping, doc, { onRemove: (removedSpec) => {
    const key = removedSpec === null || removedSpec === void 0 ? void 0 : removedSpec.key;
    if (typeof key === "string") widgetKeys.delete(key);
  } });
}
function mapDecorations(name, previous, tr) {
  var _previous$decorationS, _previous$widgetKeysB;
  const previousSet = (_previous$decorationS = previous.decorationSetsByExtension[name]) !== null && _previous$decorationS !== void 0 ? _previous$decorationS : DecorationSet.empty;
  const widgetKeys = new Set((_previous$widgetKeysB = previous.widgetKeysByExtension[name]) !== null && _previous$widgetKeysB !== void 0 ? _previous$widgetKeysB : []);
  return {
    set: mapDecorationSet(previousSet, tr.mapping, tr.doc, widgetKeys),
    widgetKeys
  };
}
function mergeDecorationSets(doc, decorationSetsByExtension) {
  const allDecorations = Object.values(decorationSetsByExtension).flatMap((set) => set.find());
  return DecorationSet.create(doc, allDecorations);
}
function unionWidgetKeys(widgetKeysByExtension) {
  const merged = /* @__PURE__ */ new Set();
  for (const keys of Object.values(widgetKeysByExtension)) for (const key of keys) merged.add(key);
  return merged;
}
function validateDecorationSpec(name, spec) {
  var _update;
  switch ((_update = spec.update) !== null && _update !== void 0 ? _update : "document") {
    case "document":
      if (spec.createInRange) throw new Error(`[tiptap error]: Extension "${name}" provides createInRange() but does not use the "changedRanges" decoration update strategy.`);
      return;
    case "changedRanges":
      if (!spec.createInRange) throw new Error(`[tiptap error]: Extension "${name}" uses the "changedRanges" decoration update strategy but does not provide createInRange().`);
      return;
    case "manual":
      if (spec.createInRange) throw new Error(`[tiptap error]: Extension "${name}" uses the "manual" decoration update strategy, which is not compatible with createInRange(). createInRange() requires the "changedRanges" strategy.`);
      if (spec.shouldUpdate) throw new Error(`[tiptap error]: Extension "${name}" cannot combine the "manual" decoration update strategy with shouldUpdate().`);
      return;
    default:
      throw new Error(`[tiptap error]: Extension "${name}" uses an unknown decoration update strategy. Expected "document", "changedRanges", or "manual".`);
  }
}
function shouldRecomputeDecoration(spec, props, forced) {
  if (forced) return true;
  if (spec.update === "manual") return false;
  return spec.shouldUpdate ? spec.shouldUpdate(props) : props.tr.docChanged;
}
var EMPTY_KEYS = /* @__PURE__ */ new Set();
var DecorationManager = class {
  constructor(options) {
    this.warnedWidgetKeys = /* @__PURE__ */ new Set();
    this.warnedOutOfRangeExtensions = /* @__PURE__ */ new Set();
    this.handleBeforeTransaction = ({ nextState }) => {
      const state = DECORATION_MANAGER_PLUGIN_KEY.getState(nextState);
      if (state) this.warnDuplicateWidgetKeys(state);
    };
    this.editor = options.editor;
    this.entries = this.resolveEntries(options.entries);
    this.entries.forEach(({ name, spec }) => validateDecorationSpec(name, spec));
    this.plugin = this.entries.length > 0 ? this.createPlugin() : null;
    this.editor.on("beforeTransaction", this.handleBeforeTransaction);
  }
  destroy() {
    this.editor.off("beforeTransaction", this.handleBeforeTransaction);
  }
  /**
  * Returns the set of live widget keys from all decoration extensions.
  * @returns A readonly set of widget keys
  */
  liveWidgetKeys() {
    var _DECORATION_MANAGER_P, _DECORATION_MANAGER_P2;
    return (_DECORATION_MANAGER_P = (_DECORATION_MANAGER_P2 = DECORATION_MANAGER_PLUGIN_KEY.getState(this.editor.state)) === null || _DECORATION_MANAGER_P2 === void 0 ? void 0 : _DECORATION_MANAGER_P2.widgetKeys) !== null && _DECORATION_MANAGER_P !== void 0 ? _DECORATION_MANAGER_P : EMPTY_KEYS;
  }
  /**
  * The mounted editor view, or `null` when destroyed. Decoration callbacks
  * must never receive the placeholder view `editor.view` falls back to.
  * @returns The mounted editor view, or `null`
  */
  get mountedView() {
    return this.editor.isDestroyed ? null : this.editor.view;
  }
  /**
  * Resolves decoration entries by calling the addDecorations function for each extension entry.
  * @param entries The decoration manager entries to resolve
  * @returns An array of resolved decoration entries
  */
  resolveEntries(entries) {
    const resolved = [];
    for (const { name, addDecorations } of entries) {
      const spec = addDecorations();
      if (spec) resolved.push({
        name,
        spec
      });
    }
    return resolved;
  }
  /**
  * Creates the ProseMirror plugin for managing decorations.
  * @returns A ProseMirror plugin with state management
  */
  createPlugin() {
    const { editor, entries } = this;
    return new Plugin({
      key: DECORATION_MANAGER_PLUGIN_KEY,
      state: {
        init: (_config, state) => {
          const decorationSetsByExtension = {};
          const widgetKeysByExtension = {};
          for (const { name, spec } of entries) {
            const { set, widgetKeys } = this.buildFullSet(name, spec, state);
            decorationSetsByExtension[name] = set;
            widgetKeysByExtension[name] = widgetKeys;
          }
          const managerState = {
            decorationSetsByExtension,
            widgetKeysByExtension,
            mergedDecorationSet: this.buildMergedSet(state.doc, decorationSetsByExtension),
            widgetKeys: unionWidgetKeys(widgetKeysByExtension)
          };
          this.warnDuplicateWidgetKeys(managerState);
          return managerState;
        },
        apply: (tr, previous, oldState, newState) => {
          const meta = tr.getMeta(DECORATION_MANAGER_PLUGIN_KEY);
          const forceAll = (meta === null || meta === void 0 ? void 0 : meta.type) === "force" && !meta.name;
          const forceName = (meta === null || meta === void 0 ? void 0 : meta.type) === "force" ? meta.name : void 0;
          const decorationSetsByExtension = {};
          const widgetKeysByExtension = {};
          const recomputedNames = /* @__PURE__ */ new Set();
          runInDecorationApplyScope(editor, () => {
            for (const { name, spec } of entries) {
              const forced = forceAll || forceName === name;
              if (!shouldRecomputeDecoration(spec, {
                editor,
                tr,
                oldState,
                newState
              }, forced)) {
                const result = mapDecorations(name, previous, tr);
                decorationSetsByExtension[name] = result.set;
                widgetKeysByExtension[name] = result.widgetKeys;
              } else if (spec.update === "changedRanges" && tr.docChanged && !forced) {
                const result = this.applyChangedRangesRecompute(name, spec, previous, tr, newState);
                decorationSetsByExtension[name] = result.set;
                widgetKeysByExtension[name] = result.widgetKeys;
                recomputedNames.add(name);
              } else {
                const { set, widgetKeys } = this.buildFullSet(name, spec, newState);
                decorationSetsByExtension[name] = set;
                widgetKeysByExtension[name] = widgetKeys;
                recomputedNames.add(name);
              }
            }
          });
          if (recomputedNames.size === 0 && !tr.docChanged) return previous;
          return {
            decorationSetsByExtension,
            widgetKeysByExtension,
            mergedDecorationSet: this.mergeAfterApply({
              entries,
              previous,
              tr,
              decorationSetsByExtension,
              recomputedNames
            }),
            widgetKeys: unionWidgetKeys(widgetKeysByExtension)
          };
        }
      },
      props: { decorations(state) {
        var _DECORATION_MANAGER_P3, _DECORATION_MANAGER_P4;
        return (_DECORATION_MANAGER_P3 = (_DECORATION_MANAGER_P4 = DECORATION_MANAGER_PLUGIN_KEY.getState(state)) === null || _DECORATION_MANAGER_P4 === void 0 ? void 0 : _DECORATION_MANAGER_P4.mergedDecorationSet) !== null && _DECORATION_MANAGER_P3 !== void 0 ? _DECORATION_MANAGER_P3 : DecorationSet.empty;
      } }
    });
  }
  /**
  * Applies changed ranges recomputation to a decoration set, dropping stale decorations and rebuilding only the touched blocks.
  * @param name The name of the decoration extension
  * @param spec The decoration spec
  * @param previous The previous decoration manager state
  * @param tr The transaction to apply
  * @param newState The new editor state
  * @returns The updated decoration set and widget keys
  */
  applyChangedRangesRecompute(name, spec, previous, tr, newState) {
    const resolution = getRebuildRanges(tr, newState.doc);
    if (resolution.type === "full") return this.buildFullSet(name, spec, newState);
    return this.rebuildRanges(name, spec, previous, tr, newState, resolution.ranges);
  }
  /**
  * Rebuilds decorations for the changed block ranges: maps the previous set
  * forward, then for each range removes stale decorations, calls
  * `createInRange`, and adds the new ones while syncing widget keys.
  * @param name The extension name.
  * @param spec The decoration spec.
  * @param previous The previous decoration manager state.
  * @param tr The transaction to apply.
  * @param newState The new editor state.
  * @param ranges The block ranges to rebuild.
  * @returns The updated decoration set and widget keys.
  */
  rebuildRanges(name, spec, previous, tr, newState, ranges) {
    var _previous$decorationS, _previous$widgetKeysB;
    const previousSet = (_previous$decorationS = previous.decorationSetsByExtension[name]) !== null && _previous$decorationS !== void 0 ? _previous$decorationS : DecorationSet.empty;
    const widgetKeys = new Set((_previous$widgetKeysB = previous.widgetKeysByExtension[name]) !== null && _previous$widgetKeysB !== void 0 ? _previous$widgetKeysB : []);
    let set = mapDecorationSet(previousSet, tr.mapping, tr.doc, widgetKeys);
    const docSize = newState.doc.content.size;
    for (const { from: from2, to } of ranges) {
      const stale = set.find(from2, to).filter((decoration) => rangeOwnsPosition({
        position: decoration.from,
        from: from2,
        to,
        docSize
      }));
      for (const decoration of stale) {
        const key = widgetKeyOf(decoration);
        if (key) widgetKeys.delete(key);
      }
      set = set.remove(stale);
      const { decorations: pmDecorations, widgetKeys: addedKeys } = decorationsToPMDecorations(filterOutOfRangeDecorations({
        decorations: this.runCreate(name, "createInRange", () => spec.createInRange({
          editor: this.editor,
          state: newState,
          view: this.mountedView,
          from: from2,
          to
        })),
        from: from2,
        to,
        docSize,
        extensionName: name,
        warnedExtensions: this.warnedOutOfRangeExtensions
      }), name);
      set = set.add(newState.doc, pmDecorations);
      for (const key of addedKeys) widgetKeys.add(key);
    }
    return {
      set,
      widgetKeys
    };
  }
  /**
  * Builds a full decoration set for the entire document.
  * @param name The name of the decoration extension
  * @param spec The decoration spec
  * @param state The editor state
  * @returns The decoration set and widget keys
  */
  buildFullSet(name, spec, state) {
    const decorations = this.runCreate(name, "create", () => spec.create({
      editor: this.editor,
      state,
      view: this.mountedView
    }));
    return buildDecorationSet(state.doc, decorations, name);
  }
  /**
  * Runs a decoration callback and swallows anything it throws. These run inside
  * `state.apply`, where an uncaught error would abort the whole transaction.
  * @param name The extension name.
  * @param method The callback name, used in the error message.
  * @param create The callback to run.
  * @returns The decorations, or an empty array if the callback threw.
  */
  runCreate(name, method, create) {
    try {
      return create();
    } catch (error) {
      console.error(`[tiptap error]: Extension "${name}" threw in \`addDecorations().${method}()\`. Its decorations were dropped for this update.`, error);
      return [];
    }
  }
  warnDuplicateWidgetKeys(state) {
    if (!isDev) return;
    if (state.widgetKeys.size === 0) {
      this.warnedWidgetKeys.clear();
      return;
    }
    const duplicateKeys = findDuplicateWidgetKeys(state.mergedDecorationSet);
    const nextWarningKeys = new Set(duplicateKeys.map(({ key }) => key));
    for (const { key, extensions } of duplicateKeys) {
      if (this.warnedWidgetKeys.has(key)) continue;
      const names = Array.from(extensions).map((name) => `"${name}"`).join(", ");
      console.warn(`[tiptap warn]: Duplicate widget decoration key "${key}" in extension${extensions.size === 1 ? "" : "s"} ${names}. Widget decoration keys must be globally unique, otherwise ProseMirror misplaces the widget DOM. Use a stable, unique key (e.g. \`comment-\${id}\`).`);
    }
    this.warnedWidgetKeys = nextWarningKeys;
  }
  /**
  * Builds the merged DecorationSet during init. Skips the merge for a
  * single extension since its per-extension set is already correct.
  * @param doc The document to build the merged set for.
  * @param decorationSetsByExtension The per-extension decoration sets.
  * @returns The merged decoration set.
  */
  buildMergedSet(doc, decorationSetsByExtension) {
    const names = Object.keys(decorationSetsByExtension);
    if (names.length === 1) return decorationSetsByExtension[names[0]];
    return mergeDecorationSets(doc, decorationSetsByExtension);
  }
  /**
  * Computes the merged DecorationSet after apply. Single extension skips the
  * merge; nothing recomputed maps the previous merged set forward; otherwise
  * the merge is rebuilt from the per-extension sets.
  */
  mergeAfterApply({ entries, previous, tr, decorationSetsByExtension, recomputedNames }) {
    if (entries.length === 1) return decorationSetsByExtension[entries[0].name];
    if (recomputedNames.size === 0) return previous.mergedDecorationSet.map(tr.mapping, tr.doc);
    return mergeDecorationSets(tr.doc, decorationSetsByExtension);
  }
};
function attrsEqual(a, b2) {
  if (a === b2) return true;
  if (!a || !b2) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b2);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => Object.prototype.hasOwnProperty.call(b2, key) && Object.is(a[key], b2[key]));
}
function decodeHtmlEntities(text) {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
}
function encodeHtmlEntities(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function isNumber(value) {
  return typeof value === "number";
}
function getType(value) {
  return Object.prototype.toString.call(value).slice(8, -1);
}
function isPlainObject(value) {
  if (getType(value) !== "Object") return false;
  return value.constructor === Object && Object.getPrototypeOf(value) === Object.prototype;
}
function markTypeName(mark) {
  return typeof mark.type === "string" ? mark.type : mark.type.name;
}
function marksEqual(a, b2) {
  if (a.length !== b2.length) return false;
  const consumed = Array.from({ length: b2.length }, () => false);
  return a.every((markA) => {
    const nameA = markTypeName(markA);
    const idx = b2.findIndex((markB, i) => !consumed[i] && nameA === markTypeName(markB) && attrsEqual(markA.attrs, markB.attrs));
    if (idx === -1) return false;
    consumed[idx] = true;
    return true;
  });
}
function mergeDeep(target, source) {
  const output = { ...target };
  if (isPlainObject(target) && isPlainObject(source)) Object.keys(source).forEach((key) => {
    if (isPlainObject(source[key]) && isPlainObject(target[key])) output[key] = mergeDeep(target[key], source[key]);
    else output[key] = source[key];
  });
  return output;
}
function updateMarkViewAttributes(checkMark, editor, attrs = {}) {
  const { state } = editor;
  const { doc, tr } = state;
  const thisMark = checkMark;
  doc.descendants((node, pos) => {
    const from2 = tr.mapping.map(pos);
    const to = tr.mapping.map(pos) + node.nodeSize;
    let foundMark = null;
    node.marks.forEach((mark) => {
      if (mark !== thisMark) return false;
      foundMark = mark;
    });
    if (!foundMark) return;
    let needsUpdate = false;
    Object.keys(attrs).forEach((k2) => {
      if (attrs[k2] !== foundMark.attrs[k2]) needsUpdate = true;
    });
    if (needsUpdate) {
      const updatedMark = checkMark.type.create({
        ...checkMark.attrs,
        ...attrs
      });
      tr.removeMark(from2, to, checkMark.type);
      tr.addMark(from2, to, updatedMark);
    }
  });
  if (tr.docChanged) editor.view.dispatch(tr);
}
var inputRuleMatcherHandler = (text, find2) => {
  if (isRegExp(find2)) return find2.exec(text);
  const inputRuleMatch = find2(text);
  if (!inputRuleMatch) return null;
  const result = [inputRuleMatch.text];
  result.index = inputRuleMatch.index;
  result.input = text;
  result.data = inputRuleMatch.data;
  if (inputRuleMatch.replaceWith) {
    if (!inputRuleMatch.text.includes(inputRuleMatch.replaceWith)) console.warn('[tiptap warn]: "inputRuleMatch.replaceWith" must be part of "inputRuleMatch.text".');
    result.push(inputRuleMatch.replaceWith);
  }
  return result;
};
function run$1(config) {
  var _ref;
  const { editor, from: from2, to, text, rules, plugin } = config;
  const { view } = editor;
  if (view.composing) return false;
  const $from = view.state.doc.resolve(from2);
  if ($from.parent.type.spec.code || !!((_ref = $from.nodeBefore || $from.nodeAfter) === null || _ref === void 0 ? void 0 : _ref.marks.find((mark) => mark.type.spec.code))) return false;
  let matched = false;
  const textBefore = getTextContentFromNodes($from) + text;
  rules.forEach((rule) => {
    if (matched) return;
    const match = inputRuleMatcherHandler(textBefore, rule.find);
    if (!match) return;
    const matchedDocLength = match[0].length - text.length;
    if (matchedDocLength > 0) {
      const matchStartOffset = $from.parentOffset - matchedDocLength;
      if (matchStartOffset < 0 || $from.parent.textBetween(matchStartOffset, $from.parentOffset) !== match[0].slice(0, matchedDocLength)) return;
    }
    const tr = view.state.tr;
    const state = createChainableState({
      state: view.state,
      transaction: tr
    });
    const range = {
      from: from2 - (match[0].length - text.length),
      to
    };
    const { commands, chain, can } = new CommandManager({
      editor,
      state
    });
    if (rule.handler({
      state,
      range,
      match,
      commands,
      chain,
      can
    }) === null || !tr.steps.length) return;
    if (rule.undoable) tr.setMeta(plugin, {
      transform: tr,
      from: from2,
      to,
      text
    });
    view.dispatch(tr);
    matched = true;
  });
  return matched;
}
function inputRulesPlugin(props) {
  const { editor, rules } = props;
  const plugin = new Plugin({
    state: {
      init() {
        return null;
      },
      apply(tr, prev, state) {
        const stored = tr.getMeta(plugin);
        if (stored) return stored;
        const simulatedInputMeta = tr.getMeta("applyInputRules");
        if (!!simulatedInputMeta) setTimeout(() => {
          let { text } = simulatedInputMeta;
          if (typeof text === "string") text = text;
          else text = getHTMLFromFragment(Fragment.from(text), state.schema);
          const { from: from2 } = simulatedInputMeta;
          const to = from2 + text.length;
          run$1({
            editor,
            from: from2,
            to,
            text,
            rules,
            plugin
          });
        });
        return tr.selectionSet || tr.docChanged ? null : prev;
      }
    },
    props: {
      handleTextInput(view, from2, to, text) {
        return run$1({
          editor,
          from: from2,
          to,
          text,
          rules,
          plugin
        });
      },
      handleDOMEvents: { compositionend: (view) => {
        setTimeout(() => {
          const { $cursor } = view.state.selection;
          if ($cursor) run$1({
            editor,
            from: $cursor.pos,
            to: $cursor.pos,
            text: "",
            rules,
            plugin
          });
        });
        return false;
      } },
      handleKeyDown(view, event) {
        if (event.key !== "Enter") return false;
        const { $cursor } = view.state.selection;
        if ($cursor) return run$1({
          editor,
          from: $cursor.pos,
          to: $cursor.pos,
          text: "\n",
          rules,
          plugin
        });
        return false;
      }
    },
    isInputRules: true
  });
  return plugin;
}
var Extendable = class {
  constructor(config = {}) {
    this.type = "extendable";
    this.parent = null;
    this.child = null;
    this.name = "";
    this.config = { name: this.name };
    this.config = {
      ...this.config,
      ...config
    };
    this.name = this.config.name;
  }
  get options() {
    return { ...callOrReturn(getExtensionField(this, "addOptions", { name: this.name })) };
  }
  get storage() {
    return { ...callOrReturn(getExtensionField(this, "addStorage", {
      name: this.name,
      options: this.options
    })) };
  }
  configure(options = {}) {
    const extension = this.extend({
      ...this.config,
      addOptions: () => {
        return mergeDeep(this.options, options);
      }
    });
    extension.name = this.name;
    extension.parent = this.parent;
    this.child = null;
    return extension;
  }
  extend(extendedConfig = {}) {
    const extension = new this.constructor({
      ...this.config,
      ...extendedConfig
    });
    extension.parent = this;
    this.child = extension;
    extension.name = "name" in extendedConfig ? extendedConfig.name : extension.parent.name;
    return extension;
  }
};
var Mark = class Mark2 extends Extendable {
  constructor(..._args) {
    super(..._args);
    this.type = "mark";
  }
  /**
  * Create a new Mark instance
  * @param config - Mark configuration object or a function that returns a configuration object
  */
  static create(config = {}) {
    const resolvedConfig = typeof config === "function" ? config() : config;
    return new Mark2(resolvedConfig);
  }
  static handleExit({ editor, mark }) {
    const { tr } = editor.state;
    const currentPos = editor.state.selection.$from;
    if (currentPos.pos === currentPos.end()) {
      const currentMarks = currentPos.marks();
      if (!!!currentMarks.find((m2) => (m2 === null || m2 === void 0 ? void 0 : m2.type.name) === mark.name)) return false;
      const removeMark = currentMarks.find((m2) => (m2 === null || m2 === void 0 ? void 0 : m2.type.name) === mark.name);
      if (removeMark) tr.removeStoredMark(removeMark);
      tr.insertText(" ", currentPos.pos);
      editor.view.dispatch(tr);
      return true;
    }
    return false;
  }
  configure(options) {
    return super.configure(options);
  }
  extend(extendedConfig) {
    const resolvedConfig = typeof extendedConfig === "function" ? extendedConfig() : extendedConfig;
    return super.extend(resolvedConfig);
  }
};
var pasteRuleMatcherHandler = (text, find2, event) => {
  if (isRegExp(find2)) return [...text.matchAll(find2)];
  const matches = find2(text, event);
  if (!matches) return [];
  return matches.map((pasteRuleMatch) => {
    const result = [pasteRuleMatch.text];
    result.index = pasteRuleMatch.index;
    result.input = text;
    result.data = pasteRuleMatch.data;
    if (pasteRuleMatch.replaceWith) {
      if (!pasteRuleMatch.text.includes(pasteRuleMatch.replaceWith)) console.warn('[tiptap warn]: "pasteRuleMatch.replaceWith" must be part of "pasteRuleMatch.text".');
      result.push(pasteRuleMatch.replaceWith);
    }
    return result;
  });
};
function run(config) {
  const { editor, state, from: from2, to, rule, pasteEvent, dropEvent } = config;
  const { commands, chain, can } = new CommandManager({
    editor,
    state
  });
  const handlers = [];
  state.doc.nodesBetween(from2, to, (node, pos) => {
    var _node$type, _ref, _node$content$size, _node$content;
    if (((_node$type = node.type) === null || _node$type === void 0 || (_node$type = _node$type.spec) === null || _node$type === void 0 ? void 0 : _node$type.code) || !(node.isText || node.isTextblock || node.isInline)) return;
    const contentSize = (_ref = (_node$content$size = (_node$content = node.content) === null || _node$content === void 0 ? void 0 : _node$content.size) !== null && _node$content$size !== void 0 ? _node$content$size : node.nodeSize) !== null && _ref !== void 0 ? _ref : 0;
    const resolvedFrom = Math.max(from2, pos);
    const resolvedTo = Math.min(to, pos + contentSize);
    if (resolvedFrom >= resolvedTo) return;
    const textToMatch = node.isText ? node.text || "" : node.textBetween(resolvedFrom - pos, resolvedTo - pos, void 0, "\uFFFC");
    pasteRuleMatcherHandler(textToMatch, rule.find, pasteEvent).forEach((match) => {
      if (match.index === void 0) return;
      const start = resolvedFrom + match.index + 1;
      const end = start + match[0].length;
      const range = {
        from: state.tr.mapping.map(start),
        to: state.tr.mapping.map(end)
      };
      const handler = rule.handler({
        state,
        range,
        match,
        commands,
        chain,
        can,
        pasteEvent,
        dropEvent
      });
      handlers.push(handler);
    });
  });
  return handlers.every((handler) => handler !== null);
}
var tiptapDragFromOtherEditor = null;
var createClipboardPasteEvent = (text) => {
  var _event$clipboardData;
  const event = new ClipboardEvent("paste", { clipboardData: new DataTransfer() });
  (_event$clipboardData = event.clipboardData) === null || _event$clipboardData === void 0 || _event$clipboardData.setData("text/html", text);
  return event;
};
function pasteRulesPlugin(props) {
  const { editor, rules } = props;
  let dragSourceElement = null;
  let isPastedFromProseMirror = false;
  let isDroppedFromProseMirror = false;
  let pasteEvent = typeof ClipboardEvent !== "undefined" ? new ClipboardEvent("paste") : null;
  let dropEvent;
  try {
    dropEvent = typeof DragEvent !== "undefined" ? new DragEvent("drop") : null;
  } catch {
    dropEvent = null;
  }
  const processEvent = ({ state, from: from2, to, rule, pasteEvt }) => {
    const tr = state.tr;
    const chainableState = createChainableState({
      state,
      transaction: tr
    });
    if (!run({
      editor,
      state: chainableState,
      from: Math.max(from2 - 1, 0),
      to: to.b - 1,
      rule,
      pasteEvent: pasteEvt,
      dropEvent
    }) || !tr.steps.length) return;
    try {
      dropEvent = typeof DragEvent !== "undefined" ? new DragEvent("drop") : null;
    } catch {
      dropEvent = null;
    }
    pasteEvent = typeof ClipboardEvent !== "undefined" ? new ClipboardEvent("paste") : null;
    return tr;
  };
  return rules.map((rule) => {
    return new Plugin({
      view(view) {
        const handleDragstart = (event) => {
          var _view$dom$parentEleme;
          dragSourceElement = ((_view$dom$parentEleme = view.dom.parentElement) === null || _view$dom$parentEleme === void 0 ? void 0 : _view$dom$parentEleme.contains(event.target)) ? view.dom.parentElement : null;
          if (dragSourceElement) tiptapDragFromOtherEditor = editor;
        };
        const handleDragend = () => {
          if (tiptapDragFromOtherEditor) tiptapDragFromOtherEditor = null;
        };
        window.addEventListener("dragstart", handleDragstart);
        window.addEventListener("dragend", handleDragend);
        return { destroy() {
          window.removeEventListener("dragstart", handleDragstart);
          window.removeEventListener("dragend", handleDragend);
        } };
      },
      props: { handleDOMEvents: {
        drop: (view, event) => {
          isDroppedFromProseMirror = dragSourceElement === view.dom.parentElement;
          dropEvent = event;
          if (!isDroppedFromProseMirror) {
            const dragFromOtherEditor = tiptapDragFromOtherEditor;
            if (dragFromOtherEditor === null || dragFromOtherEditor === void 0 ? void 0 : dragFromOtherEditor.isEditable) setTimeout(() => {
              const selection = dragFromOtherEditor.state.selection;
              if (selection) dragFromOtherEditor.commands.deleteRange({
                from: selection.from,
                to: selection.to
              });
            }, 10);
          }
          return false;
        },
        paste: (_view, event) => {
          var _clipboardData;
          const html = (_clipboardData = event.clipboardData) === null || _clipboardData === void 0 ? void 0 : _clipboardData.getData("text/html");
          pasteEvent = event;
          isPastedFromProseMirror = !!(html === null || html === void 0 ? void 0 : html.includes("data-pm-slice"));
          return false;
        }
      } },
      appendTransaction: (transactions, oldState, state) => {
        const transaction = transactions[0];
        const isPaste = transaction.getMeta("uiEvent") === "paste" && !isPastedFromProseMirror;
        const isDrop = transaction.getMeta("uiEvent") === "drop" && !isDroppedFromProseMirror;
        const simulatedPasteMeta = transaction.getMeta("applyPasteRules");
        const isSimulatedPaste = !!simulatedPasteMeta;
        if (!isPaste && !isDrop && !isSimulatedPaste) return;
        if (isSimulatedPaste) {
          let { text } = simulatedPasteMeta;
          if (typeof text === "string") text = text;
          else text = getHTMLFromFragment(Fragment.from(text), state.schema);
          const { from: from3 } = simulatedPasteMeta;
          const to2 = from3 + text.length;
          const pasteEvt = createClipboardPasteEvent(text);
          return processEvent({
            rule,
            state,
            from: from3,
            to: { b: to2 },
            pasteEvt
          });
        }
        const from2 = oldState.doc.content.findDiffStart(state.doc.content);
        const to = oldState.doc.content.findDiffEnd(state.doc.content);
        if (!isNumber(from2) || !to || from2 === to.b) return;
        return processEvent({
          rule,
          state,
          from: from2,
          to,
          pasteEvt: pasteEvent
        });
      }
    });
  });
}
var ExtensionManager = class {
  constructor(extensions, editor) {
    this.splittableMarks = [];
    this.nonClearableMarks = [];
    this.decorationManager = null;
    this.editor = editor;
    this.baseExtensions = extensions;
    this.extensions = resolveExtensions(extensions);
    this.schema = getSchemaByResolvedExtensions(this.extensions, editor);
    this.setupExtensions();
  }
  /**
  * Get all commands from the extensions.
  * @returns An object with all commands where the key is the command name and the value is the command function
  */
  get commands() {
    return this.extensions.reduce((commands, extension) => {
      const addCommands = getExtensionField(extension, "addCommands", {
        name: extension.name,
        options: extension.options,
        storage: this.editor.extensionStorage[extension.name],
        editor: this.editor,
        type: getSchemaTypeByName(extension.name, this.schema)
      });
      if (!addCommands) return commands;
      return {
        ...commands,
        ...addCommands()
      };
    }, {});
  }
  /**
  * Get all registered Prosemirror plugins from the extensions.
  * @returns An array of Prosemirror plugins
  */
  get plugins() {
    const { editor } = this;
    const allPlugins = sortExtensions([...this.extensions].reverse()).flatMap((extension) => {
      const context = {
        name: extension.name,
        options: extension.options,
        storage: this.editor.extensionStorage[extension.name],
        editor,
        type: getSchemaTypeByName(extension.name, this.schema)
      };
      const plugins = [];
      const addKeyboardShortcuts = getExtensionField(extension, "addKeyboardShortcuts", context);
      let defaultBindings = {};
      if (extension.type === "mark" && getExtensionField(extension, "exitable", context)) defaultBindings.ArrowRight = () => Mark.handleExit({
        editor,
        mark: extension
      });
      if (addKeyboardShortcuts) {
        const bindings = Object.fromEntries(Object.entries(addKeyboardShortcuts()).map(([shortcut, method]) => {
          return [shortcut, () => method({ editor })];
        }));
        defaultBindings = {
          ...defaultBindings,
          ...bindings
        };
      }
      const keyMapPlugin = keymap(defaultBindings);
      plugins.push(keyMapPlugin);
      const addInputRules = getExtensionField(extension, "addInputRules", context);
      if (isExtensionRulesEnabled(extension, editor.options.enableInputRules) && addInputRules) {
        const rules = addInputRules();
        if (rules && rules.length) {
          const inputResult = inputRulesPlugin({
            editor,
            rules
          });
          const inputPlugins = Array.isArray(inputResult) ? inputResult : [inputResult];
          plugins.push(...inputPlugins);
        }
      }
      const addPasteRules = getExtensionField(extension, "addPasteRules", context);
      if (isExtensionRulesEnabled(extension, editor.options.enablePasteRules) && addPasteRules) {
        const rules = addPasteRules();
        if (rules && rules.length) {
          const pasteRules = pasteRulesPlugin({
            editor,
            rules
          });
          plugins.push(...pasteRules);
        }
      }
      const addProseMirrorPlugins = getExtensionField(extension, "addProseMirrorPlugins", context);
      if (addProseMirrorPlugins) {
        const proseMirrorPlugins = addProseMirrorPlugins();
        plugins.push(...proseMirrorPlugins);
      }
      return plugins;
    });
    const decorationPlugin = this.createDecorationPlugin();
    if (decorationPlugin) allPlugins.push(decorationPlugin);
    return allPlugins;
  }
  /**
  * Aggregates decorations from extensions into a single plugin, or returns null
  * if none exist. Destroys the previous manager to avoid orphaned listeners.
  * @returns A ProseMirror plugin or `null`
  * @example
  * const plugin = editor.extensionManager.createDecorationPlugin()
  */
  createDecorationPlugin() {
    var _this$decorationManag;
    const { editor } = this;
    (_this$decorationManag = this.decorationManager) === null || _this$decorationManag === void 0 || _this$decorationManag.destroy();
    const entries = [];
    this.extensions.forEach((extension) => {
      const addDecorations = getExtensionField(extension, "addDecorations", {
        name: extension.name,
        options: extension.options,
        storage: this.editor.extensionStorage[extension.name],
        editor,
        type: getSchemaTypeByName(extension.name, this.schema)
      });
      if (!addDecorations) return;
      entries.push({
        name: extension.name,
        addDecorations
      });
    });
    this.decorationManager = new DecorationManager({
      editor,
      entries
    });
    return this.decorationManager.plugin;
  }
  /**
  * Get all attributes from the extensions.
  * @returns An array of attributes
  */
  get attributes() {
    return getAttributesFromExtensions(this.extensions);
  }
  /**
  * Get all node views from the extensions.
  * @returns An object with all node views where the key is the node name and the value is the node view function
  */
  get nodeViews() {
    const { editor } = this;
    const { nodeExtensions } = splitExtensions(this.extensions);
    return Object.fromEntries(nodeExtensions.filter((extension) => !!getExtensionField(extension, "addNodeView")).map((extension) => {
      const extensionAttributes = this.attributes.filter((attribute) => attribute.type === extension.name);
      const addNodeView = getExtensionField(extension, "addNodeView", {
        name: extension.name,
        options: extension.options,
        storage: this.editor.extensionStorage[extension.name],
        editor,
        type: getNodeType(extension.name, this.schema)
      });
      if (!addNodeView) return [];
      const nodeViewResult = addNodeView();
      if (!nodeViewResult) return [];
      const nodeview = (node, view, getPos, decorations, innerDecorations) => {
        const HTMLAttributes = getRenderedAttributes(node, extensionAttributes);
        return nodeViewResult({
          node,
          view,
          getPos,
          decorations,
          innerDecorations,
          editor,
          extension,
          HTMLAttributes
        });
      };
      return [extension.name, nodeview];
    }));
  }
  /**
  * Get the composed dispatchTransaction function from all extensions.
  * @param baseDispatch The base dispatch function (e.g. from the editor or user props)
  * @returns A composed dispatch function
  */
  dispatchTransaction(baseDispatch) {
    const { editor } = this;
    return sortExtensions([...this.extensions].reverse()).reduceRight((next, extension) => {
      const context = {
        name: extension.name,
        options: extension.options,
        storage: this.editor.extensionStorage[extension.name],
        editor,
        type: getSchemaTypeByName(extension.name, this.schema)
      };
      const dispatchTransaction = getExtensionField(extension, "dispatchTransaction", context);
      if (!dispatchTransaction) return next;
      return (transaction) => {
        dispatchTransaction.call(context, {
          transaction,
          next
        });
      };
    }, baseDispatch);
  }
  /**
  * Get the composed transformPastedHTML function from all extensions.
  * @param baseTransform The base transform function (e.g. from the editor props)
  * @returns A composed transform function that chains all extension transforms
  */
  transformPastedHTML(baseTransform) {
    const { editor } = this;
    return sortExtensions([...this.extensions]).reduce((transform, extension) => {
      const context = {
        name: extension.name,
        options: extension.options,
        storage: this.editor.extensionStorage[extension.name],
        editor,
        type: getSchemaTypeByName(extension.name, this.schema)
      };
      const extensionTransform = getExtensionField(extension, "transformPastedHTML", context);
      if (!extensionTransform) return transform;
      return (html, view) => {
        const transformedHtml = transform(html, view);
        return extensionTransform.call(context, transformedHtml);
      };
    }, baseTransform || ((html) => html));
  }
  get markViews() {
    const { editor } = this;
    const { markExtensions } = splitExtensions(this.extensions);
    return Object.fromEntries(markExtensions.filter((extension) => !!getExtensionField(extension, "addMarkView")).map((extension) => {
      const extensionAttributes = this.attributes.filter((attribute) => attribute.type === extension.name);
      const addMarkView = getExtensionField(extension, "addMarkView", {
        name: extension.name,
        options: extension.options,
        storage: this.editor.extensionStorage[extension.name],
        editor,
        type: getMarkType(extension.name, this.schema)
      });
      if (!addMarkView) return [];
      const markView = (mark, view, inline) => {
        const HTMLAttributes = getRenderedAttributes(mark, extensionAttributes);
        return addMarkView()({
          mark,
          view,
          inline,
          editor,
          extension,
          HTMLAttributes,
          updateAttributes: (attrs) => {
            updateMarkViewAttributes(mark, editor, attrs);
          }
        });
      };
      return [extension.name, markView];
    }));
  }
  /**
  * Destroy the extension manager and clean up all extension references
  * to prevent memory leaks through parent/child extension chains.
  *
  * Walks each extension's full parent chain and nulls every forward
  * `parent.child → current` link where the parent still points to the
  * current node. This breaks the retention path from module-scope
  * singleton roots through deep extend() chains.
  *
  * Only ancestor `.child` links matching the current chain are cleared.
  * The `.parent` pointer on ancestors is never touched — extensions
  * may be shared across live editors, so their own backward references
  * and non-matching forward links must remain intact.
  */
  destroy() {
    var _this$decorationManag2;
    (_this$decorationManag2 = this.decorationManager) === null || _this$decorationManag2 === void 0 || _this$decorationManag2.destroy();
    this.extensions.forEach((extension) => {
      let current = extension;
      while (current.parent) {
        const parent = current.parent;
        if (parent.child === current) parent.child = null;
        current = parent;
      }
    });
    this.extensions = [];
    this.baseExtensions = [];
    this.decorationManager = null;
    this.schema = null;
    this.editor = null;
  }
  /**
  * Go through all extensions, create extension storages & setup marks
  * & bind editor event listener.
  */
  setupExtensions() {
    const extensions = this.extensions;
    this.editor.extensionStorage = Object.fromEntries(extensions.map((extension) => [extension.name, extension.storage]));
    extensions.forEach((extension) => {
      const context = {
        name: extension.name,
        options: extension.options,
        storage: this.editor.extensionStorage[extension.name],
        editor: this.editor,
        type: getSchemaTypeByName(extension.name, this.schema)
      };
      if (extension.type === "mark") {
        var _callOrReturn, _callOrReturn2;
        if ((_callOrReturn = callOrReturn(getExtensionField(extension, "keepOnSplit", context))) !== null && _callOrReturn !== void 0 ? _callOrReturn : true) this.splittableMarks.push(extension.name);
        if (!((_callOrReturn2 = callOrReturn(getExtensionField(extension, "clearable", context))) !== null && _callOrReturn2 !== void 0 ? _callOrReturn2 : true)) this.nonClearableMarks.push(extension.name);
      }
      const onBeforeCreate = getExtensionField(extension, "onBeforeCreate", context);
      const onCreate = getExtensionField(extension, "onCreate", context);
      const onUpdate = getExtensionField(extension, "onUpdate", context);
      const onSelectionUpdate = getExtensionField(extension, "onSelectionUpdate", context);
      const onTransaction = getExtensionField(extension, "onTransaction", context);
      const onFocus = getExtensionField(extension, "onFocus", context);
      const onBlur = getExtensionField(extension, "onBlur", context);
      const onDestroy = getExtensionField(extension, "onDestroy", context);
      if (onBeforeCreate) this.editor.on("beforeCreate", onBeforeCreate);
      if (onCreate) this.editor.on("create", onCreate);
      if (onUpdate) this.editor.on("update", onUpdate);
      if (onSelectionUpdate) this.editor.on("selectionUpdate", onSelectionUpdate);
      if (onTransaction) this.editor.on("transaction", onTransaction);
      if (onFocus) this.editor.on("focus", onFocus);
      if (onBlur) this.editor.on("blur", onBlur);
      if (onDestroy) this.editor.on("destroy", onDestroy);
    });
  }
};
ExtensionManager.resolve = resolveExtensions;
ExtensionManager.sort = sortExtensions;
ExtensionManager.flatten = flattenExtensions;
var Extension = class Extension2 extends Extendable {
  constructor(..._args) {
    super(..._args);
    this.type = "extension";
  }
  /**
  * Create a new Extension instance
  * @param config - Extension configuration object or a function that returns a configuration object
  */
  static create(config = {}) {
    const resolvedConfig = typeof config === "function" ? config() : config;
    return new Extension2(resolvedConfig);
  }
  configure(options) {
    return super.configure(options);
  }
  extend(extendedConfig) {
    const resolvedConfig = typeof extendedConfig === "function" ? extendedConfig() : extendedConfig;
    return super.extend(resolvedConfig);
  }
};
var ClipboardTextSerializer = Extension.create({
  name: "clipboardTextSerializer",
  addOptions() {
    return { blockSeparator: void 0 };
  },
  addProseMirrorPlugins() {
    return [new Plugin({
      key: new PluginKey("clipboardTextSerializer"),
      props: { clipboardTextSerializer: () => {
        const { editor } = this;
        const { state, schema } = editor;
        const { doc, selection } = state;
        const textSerializers = getTextSerializersFromSchema(schema);
        const { blockSeparator } = this.options;
        const options = {
          ...blockSeparator !== void 0 ? { blockSeparator } : {},
          textSerializers
        };
        return [...selection.ranges].sort((a, b2) => a.$from.pos - b2.$from.pos).map(({ $from, $to }) => getTextBetween(doc, {
          from: $from.pos,
          to: $to.pos
        }, options)).join(blockSeparator !== null && blockSeparator !== void 0 ? blockSeparator : "\n\n");
      } }
    })];
  }
});
var Commands = Extension.create({
  name: "commands",
  addCommands() {
    return { ...commands_exports };
  }
});
var Delete = Extension.create({
  name: "delete",
  onUpdate({ transaction, appendedTransactions }) {
    var _this$editor$options$4, _this$editor$options$5;
    const callback = () => {
      var _this$editor$options$, _this$editor$options$2, _this$editor$options$3;
      if ((_this$editor$options$ = (_this$editor$options$2 = this.editor.options.coreExtensionOptions) === null || _this$editor$options$2 === void 0 || (_this$editor$options$2 = _this$editor$options$2.delete) === null || _this$editor$options$2 === void 0 || (_this$editor$options$3 = _this$editor$options$2.filterTransaction) === null || _this$editor$options$3 === void 0 ? void 0 : _this$editor$options$3.call(_this$editor$options$2, transaction)) !== null && _this$editor$options$ !== void 0 ? _this$editor$options$ : transaction.getMeta("y-sync$")) return;
      const nextTransaction = combineTransactionSteps(transaction.before, [transaction, ...appendedTransactions]);
      getChangedRanges(nextTransaction).forEach((change) => {
        if (nextTransaction.mapping.mapResult(change.oldRange.from).deletedAfter && nextTransaction.mapping.mapResult(change.oldRange.to).deletedBefore) nextTransaction.before.nodesBetween(change.oldRange.from, change.oldRange.to, (node, from2) => {
          const to = from2 + node.nodeSize - 2;
          const isFullyWithinRange = change.oldRange.from <= from2 && to <= change.oldRange.to;
          this.editor.emit("delete", {
            type: "node",
            node,
            from: from2,
            to,
            newFrom: nextTransaction.mapping.map(from2),
            newTo: nextTransaction.mapping.map(to),
            deletedRange: change.oldRange,
            newRange: change.newRange,
            partial: !isFullyWithinRange,
            editor: this.editor,
            transaction,
            combinedTransform: nextTransaction
          });
        });
      });
      const mapping = nextTransaction.mapping;
      nextTransaction.steps.forEach((step, index) => {
        if (step instanceof RemoveMarkStep) {
          var _nextTransaction$doc$, _nextTransaction$doc$2;
          const newStart = mapping.slice(index).map(step.from, -1);
          const newEnd = mapping.slice(index).map(step.to);
          const oldStart = mapping.invert().map(newStart, -1);
          const oldEnd = mapping.invert().map(newEnd);
          const foundBeforeMark = newStart > 0 ? (_nextTransaction$doc$ = nextTransaction.doc.nodeAt(newStart - 1)) === null || _nextTransaction$doc$ === void 0 ? void 0 : _nextTransaction$doc$.marks.some((mark) => mark.eq(step.mark)) : false;
          const foundAfterMark = (_nextTransaction$doc$2 = nextTransaction.doc.nodeAt(newEnd)) === null || _nextTransaction$doc$2 === void 0 ? void 0 : _nextTransaction$doc$2.marks.some((mark) => mark.eq(step.mark));
          this.editor.emit("delete", {
            type: "mark",
            mark: step.mark,
            from: step.from,
            to: step.to,
            deletedRange: {
              from: oldStart,
              to: oldEnd
            },
            newRange: {
              from: newStart,
              to: newEnd
            },
            partial: Boolean(foundAfterMark || foundBeforeMark),
            editor: this.editor,
            transaction,
            combinedTransform: nextTransaction
          });
        }
      });
    };
    if ((_this$editor$options$4 = (_this$editor$options$5 = this.editor.options.coreExtensionOptions) === null || _this$editor$options$5 === void 0 || (_this$editor$options$5 = _this$editor$options$5.delete) === null || _this$editor$options$5 === void 0 ? void 0 : _this$editor$options$5.async) !== null && _this$editor$options$4 !== void 0 ? _this$editor$options$4 : true) setTimeout(callback, 0);
    else callback();
  }
});
var Drop = Extension.create({
  name: "drop",
  addProseMirrorPlugins() {
    return [new Plugin({
      key: new PluginKey("tiptapDrop"),
      props: { handleDrop: (_2, e, slice2, moved) => {
        this.editor.emit("drop", {
          editor: this.editor,
          event: e,
          slice: slice2,
          moved
        });
      } }
    })];
  }
});
var Editable = Extension.create({
  name: "editable",
  addProseMirrorPlugins() {
    return [new Plugin({
      key: new PluginKey("editable"),
      props: { editable: () => this.editor.options.editable }
    })];
  }
});
var focusEventsPluginKey = new PluginKey("focusEvents");
var FocusEvents = Extension.create({
  name: "focusEvents",
  addProseMirrorPlugins() {
    const { editor } = this;
    return [new Plugin({
      key: focusEventsPluginKey,
      props: { handleDOMEvents: {
        focus: (view, event) => {
          editor.isFocused = true;
          const transaction = editor.state.tr.setMeta("focus", { event }).setMeta("addToHistory", false);
          view.dispatch(transaction);
          return false;
        },
        blur: (view, event) => {
          editor.isFocused = false;
          const transaction = editor.state.tr.setMeta("blur", { event }).setMeta("addToHistory", false);
          view.dispatch(transaction);
          return false;
        }
      } }
    })];
  }
});
var Keymap = Extension.create({
  name: "keymap",
  addKeyboardShortcuts() {
    const handleBackspace4 = () => this.editor.commands.first(({ commands }) => [
      () => commands.undoInputRule(),
      () => commands.command(({ tr }) => {
        const { selection, doc } = tr;
        const { empty, $anchor } = selection;
        const { pos, parent } = $anchor;
        const $parentPos = $anchor.parent.isTextblock && pos > 0 ? tr.doc.resolve(pos - 1) : $anchor;
        const parentIsIsolating = $parentPos.parent.type.spec.isolating;
        const parentPos = $anchor.pos - $anchor.parentOffset;
        const isAtStart = parentIsIsolating && $parentPos.parent.childCount === 1 ? parentPos === $anchor.pos : Selection.atStart(doc).from === pos;
        if (!empty || !parent.type.isTextblock || parent.textContent.length || !isAtStart || isAtStart && $anchor.parent.type.name === "paragraph") return false;
        return commands.clearNodes();
      }),
      () => commands.deleteSelection(),
      () => commands.joinBackward(),
      () => commands.selectNodeBackward()
    ]);
    const handleDelete3 = () => this.editor.commands.first(({ commands }) => [
      () => commands.deleteSelection(),
      () => commands.deleteCurrentNode(),
      () => commands.joinForward(),
      () => commands.selectNodeForward()
    ]);
    const handleEnter = () => this.editor.commands.first(({ commands }) => [
      () => commands.newlineInCode(),
      () => commands.createParagraphNear(),
      () => commands.liftEmptyBlock(),
      () => commands.splitBlock()
    ]);
    const baseKeymap = {
      Enter: handleEnter,
      "Mod-Enter": () => this.editor.commands.exitCode(),
      Backspace: handleBackspace4,
      "Mod-Backspace": handleBackspace4,
      "Shift-Backspace": handleBackspace4,
      Delete: handleDelete3,
      "Mod-Delete": handleDelete3,
      "Mod-a": () => this.editor.commands.selectAll()
    };
    const pcKeymap = { ...baseKeymap };
    const macKeymap = {
      ...baseKeymap,
      "Ctrl-h": handleBackspace4,
      "Alt-Backspace": handleBackspace4,
      "Ctrl-d": handleDelete3,
      "Ctrl-Alt-Backspace": handleDelete3,
      "Alt-Delete": handleDelete3,
      "Alt-d": handleDelete3,
      "Ctrl-a": () => this.editor.commands.selectTextblockStart(),
      "Ctrl-e": () => this.editor.commands.selectTextblockEnd()
    };
    if (isiOS() || isMacOS()) return macKeymap;
    return pcKeymap;
  },
  addProseMirrorPlugins() {
    return [new Plugin({
      key: new PluginKey("clearDocument"),
      appendTransaction: (transactions, oldState, newState) => {
        if (transactions.some((tr2) => tr2.getMeta("composition"))) return;
        const docChanges = transactions.some((transaction) => transaction.docChanged) && !oldState.doc.eq(newState.doc);
        const ignoreTr = transactions.some((transaction) => transaction.getMeta("preventClearDocument"));
        if (!docChanges || ignoreTr) return;
        const { empty, from: from2, to } = oldState.selection;
        const allFrom = Selection.atStart(oldState.doc).from;
        const allEnd = Selection.atEnd(oldState.doc).to;
        if (empty || !(from2 === allFrom && to === allEnd)) return;
        if (!isNodeEmpty(newState.doc)) return;
        const tr = newState.tr;
        const state = createChainableState({
          state: newState,
          transaction: tr
        });
        const { commands } = new CommandManager({
          editor: this.editor,
          state
        });
        commands.clearNodes();
        if (!tr.steps.length) return;
        return tr;
      }
    })];
  }
});
var Paste = Extension.create({
  name: "paste",
  addProseMirrorPlugins() {
    return [new Plugin({
      key: new PluginKey("tiptapPaste"),
      props: { handlePaste: (_view, e, slice2) => {
        this.editor.emit("paste", {
          editor: this.editor,
          event: e,
          slice: slice2
        });
      } }
    })];
  }
});
var Tabindex = Extension.create({
  name: "tabindex",
  addOptions() {
    return { value: void 0 };
  },
  addProseMirrorPlugins() {
    return [new Plugin({
      key: new PluginKey("tabindex"),
      props: { attributes: () => {
        var _this$options$value;
        if (!this.editor.isEditable && this.options.value === void 0) return {};
        return { tabindex: (_this$options$value = this.options.value) !== null && _this$options$value !== void 0 ? _this$options$value : "0" };
      } }
    })];
  }
});
var TextDirection = Extension.create({
  name: "textDirection",
  addOptions() {
    return { direction: void 0 };
  },
  addGlobalAttributes() {
    if (!this.options.direction) return [];
    const { nodeExtensions } = splitExtensions(this.extensions);
    return [{
      types: nodeExtensions.filter((extension) => extension.name !== "text").map((extension) => extension.name),
      attributes: { dir: {
        default: this.options.direction,
        parseHTML: (element) => {
          const dir = element.getAttribute("dir");
          if (dir && (dir === "ltr" || dir === "rtl" || dir === "auto")) return dir;
          return this.options.direction;
        },
        renderHTML: (attributes) => {
          if (!attributes.dir) return {};
          return { dir: attributes.dir };
        }
      } }
    }];
  },
  addProseMirrorPlugins() {
    return [new Plugin({
      key: new PluginKey("textDirection"),
      props: { attributes: () => {
        const direction = this.options.direction;
        if (!direction) return {};
        return { dir: direction };
      } }
    })];
  }
});

// ../../packages/doc-convert/node_modules/@tiptap/html/dist/server/index.js
import { Window } from "happy-dom";
function getHTMLFromFragment2(doc, schema, options) {
  if (options === null || options === void 0 ? void 0 : options.document) {
    const wrap = options.document.createElement("div");
    DOMSerializer.fromSchema(schema).serializeFragment(doc.content, { document: options.document }, wrap);
    return wrap.innerHTML;
  }
  const localWindow = new Window({ settings: {
    disableJavaScriptEvaluation: true,
    disableJavaScriptFileLoading: true,
    disableCSSFileLoading: true,
    disableIframePageLoading: true,
    disableComputedStyleRendering: true
  } });
  let result;
  try {
    const wrap = localWindow.document.createElement("div");
    DOMSerializer.fromSchema(schema).serializeFragment(doc.content, { document: localWindow.document }, wrap);
    result = wrap.innerHTML;
  } finally {
    localWindow.happyDOM.abort();
    localWindow.happyDOM.close();
  }
  return result;
}
function generateHTML(doc, extensions) {
  if (!(typeof process !== "undefined" && process.versions != null && process.versions.node != null)) throw new Error("generateHTML can only be used in a Node environment\nIf you want to use this in a browser environment, use the `@tiptap/html` import instead.");
  const schema = getSchema(extensions);
  return getHTMLFromFragment2(Node.fromJSON(schema, doc), schema);
}
function generateJSON2(html, extensions, options) {
  if (!(typeof process !== "undefined" && process.versions != null && process.versions.node != null)) throw new Error("generateJSON can only be used in a Node environment\nIf you want to use this in a browser environment, use the `@tiptap/html` import instead.");
  const localWindow = new Window({ settings: {
    disableJavaScriptEvaluation: true,
    disableJavaScriptFileLoading: true,
    disableCSSFileLoading: true,
    disableIframePageLoading: true,
    disableComputedStyleRendering: true
  } });
  const localDOMParser = new localWindow.DOMParser();
  let result;
  try {
    const schema = getSchema(extensions);
    let doc = null;
    const htmlString = `<!DOCTYPE html><html><body>${html}</body></html>`;
    doc = localDOMParser.parseFromString(htmlString, "text/html");
    if (!doc) throw new Error("Failed to parse HTML string");
    result = DOMParser.fromSchema(schema).parse(doc.body, options).toJSON();
  } finally {
    localWindow.happyDOM.abort();
    localWindow.happyDOM.close();
  }
  return result;
}

// ../../node_modules/marked/lib/marked.esm.js
function M() {
  return { async: false, breaks: false, extensions: null, gfm: true, hooks: null, pedantic: false, renderer: null, silent: false, tokenizer: null, walkTokens: null };
}
var O = M();
function G(u3) {
  O = u3;
}
var _ = { exec: () => null };
function k(u3, e = "") {
  let t = typeof u3 == "string" ? u3 : u3.source, n = { replace: (r, i) => {
    let s = typeof i == "string" ? i : i.source;
    return s = s.replace(m.caret, "$1"), t = t.replace(r, s), n;
  }, getRegex: () => new RegExp(t, e) };
  return n;
}
var be = (() => {
  try {
    return !!new RegExp("(?<=1)(?<!1)");
  } catch {
    return false;
  }
})();
var m = { codeRemoveIndent: /^(?: {1,4}| {0,3}\t)/gm, outputLinkReplace: /\\([\[\]])/g, indentCodeCompensation: /^(\s+)(?:```)/, beginningSpace: /^\s+/, endingHash: /#$/, startingSpaceChar: /^ /, endingSpaceChar: / $/, nonSpaceChar: /[^ ]/, newLineCharGlobal: /\n/g, tabCharGlobal: /\t/g, multipleSpaceGlobal: /\s+/g, blankLine: /^[ \t]*$/, doubleBlankLine: /\n[ \t]*\n[ \t]*$/, blockquoteStart: /^ {0,3}>/, blockquoteSetextReplace: /\n {0,3}((?:=+|-+) *)(?=\n|$)/g, blockquoteSetextReplace2: /^ {0,3}>[ \t]?/gm, listReplaceNesting: /^ {1,4}(?=( {4})*[^ ])/g, listIsTask: /^\[[ xX]\] +\S/, listReplaceTask: /^\[[ xX]\] +/, listTaskCheckbox: /\[[ xX]\]/, anyLine: /\n.*\n/, hrefBrackets: /^<(.*)>$/, tableDelimiter: /[:|]/, tableAlignChars: /^\||\| *$/g, tableRowBlankLine: /\n[ \t]*$/, tableAlignRight: /^ *-+: *$/, tableAlignCenter: /^ *:-+: *$/, tableAlignLeft: /^ *:-+ *$/, startATag: /^<a /i, endATag: /^<\/a>/i, startPreScriptTag: /^<(pre|code|kbd|script)(\s|>)/i, endPreScriptTag: /^<\/(pre|code|kbd|script)(\s|>)/i, startAngleBracket: /^</, endAngleBracket: />$/, pedanticHrefTitle: /^([^'"]*[^\s])\s+(['"])(.*)\2/, unicodeAlphaNumeric: /[\p{L}\p{N}]/u, escapeTest: /[&<>"']/, escapeReplace: /[&<>"']/g, escapeTestNoEncode: /[<>"']|&(?!(#\d{1,7}|#[Xx][a-fA-F0-9]{1,6}|\w+);)/, escapeReplaceNoEncode: /[<>"']|&(?!(#\d{1,7}|#[Xx][a-fA-F0-9]{1,6}|\w+);)/g, caret: /(^|[^\[])\^/g, percentDecode: /%25/g, findPipe: /\|/g, splitPipe: / \|/, slashPipe: /\\\|/g, carriageReturn: /\r\n|\r/g, spaceLine: /^ +$/gm, notSpaceStart: /^\S*/, endingNewline: /\n$/, listItemRegex: (u3) => new RegExp(`^( {0,3}${u3})((?:[	 ][^\\n]*)?(?:\\n|$))`), nextBulletRegex: (u3) => new RegExp(`^ {0,${Math.min(3, u3 - 1)}}(?:[*+-]|\\d{1,9}[.)])((?:[ 	][^\\n]*)?(?:\\n|$))`), hrRegex: (u3) => new RegExp(`^ {0,${Math.min(3, u3 - 1)}}((?:- *){3,}|(?:_ *){3,}|(?:\\* *){3,})(?:\\n+|$)`), fencesBeginRegex: (u3) => new RegExp(`^ {0,${Math.min(3, u3 - 1)}}(?:\`\`\`|~~~)`), headingBeginRegex: (u3) => new RegExp(`^ {0,${Math.min(3, u3 - 1)}}#`), htmlBeginRegex: (u3) => new RegExp(`^ {0,${Math.min(3, u3 - 1)}}<(?:[a-z].*>|!--)`, "i"), blockquoteBeginRegex: (u3) => new RegExp(`^ {0,${Math.min(3, u3 - 1)}}>`) };
var Re = /^(?:[ \t]*(?:\n|$))+/;
var Oe = /^((?: {4}| {0,3}\t)[^\n]+(?:\n(?:[ \t]*(?:\n|$))*)?)+/;
var Te = /^ {0,3}(`{3,}(?=[^`\n]*(?:\n|$))|~{3,})([^\n]*)(?:\n|$)(?:|([\s\S]*?)(?:\n|$))(?: {0,3}\1[~`]* *(?=\n|$)|$)/;
var C = /^ {0,3}((?:-[\t ]*){3,}|(?:_[ \t]*){3,}|(?:\*[ \t]*){3,})(?:\n+|$)/;
var we = /^ {0,3}(#{1,6})(?=\s|$)(.*)(?:\n+|$)/;
var Q = / {0,3}(?:[*+-]|\d{1,9}[.)])/;
var se = /^(?!bull |blockCode|fences|blockquote|heading|html|table)((?:.|\n(?!\s*?\n|bull |blockCode|fences|blockquote|heading|html|table))+?)\n {0,3}(=+|-+) *(?:\n+|$)/;
var ie2 = k(se).replace(/bull/g, Q).replace(/blockCode/g, /(?: {4}| {0,3}\t)/).replace(/fences/g, / {0,3}(?:`{3,}|~{3,})/).replace(/blockquote/g, / {0,3}>/).replace(/heading/g, / {0,3}#{1,6}/).replace(/html/g, / {0,3}<[^\n>]+>\n/).replace(/\|table/g, "").getRegex();
var ye = k(se).replace(/bull/g, Q).replace(/blockCode/g, /(?: {4}| {0,3}\t)/).replace(/fences/g, / {0,3}(?:`{3,}|~{3,})/).replace(/blockquote/g, / {0,3}>/).replace(/heading/g, / {0,3}#{1,6}/).replace(/html/g, / {0,3}<[^\n>]+>\n/).replace(/table/g, / {0,3}\|?(?:[:\- ]*\|)+[\:\- ]*\n/).getRegex();
var j = /^([^\n]+(?:\n(?!hr|heading|lheading|blockquote|fences|list|html|table| +\n)[^\n]+)*)/;
var Pe = /^[^\n]+/;
var F = /(?!\s*\])(?:\\[\s\S]|[^\[\]\\])+/;
var Se = k(/^ {0,3}\[(label)\]: *(?:\n[ \t]*)?([^<\s][^\s]*|<.*?>)(?:(?: +(?:\n[ \t]*)?| *\n[ \t]*)(title))? *(?:\n+|$)/).replace("label", F).replace("title", /(?:"(?:\\"?|[^"\\])*"|'[^'\n]*(?:\n[^'\n]+)*\n?'|\([^()]*\))/).getRegex();
var $e = k(/^(bull)([ \t][^\n]+?)?(?:\n|$)/).replace(/bull/g, Q).getRegex();
var v = "address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|meta|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul";
var U = /<!--(?:-?>|[\s\S]*?(?:-->|$))/;
var _e = k("^ {0,3}(?:<(script|pre|style|textarea)[\\s>][\\s\\S]*?(?:</\\1>[^\\n]*\\n+|$)|comment[^\\n]*(\\n+|$)|<\\?[\\s\\S]*?(?:\\?>\\n*|$)|<![A-Z][\\s\\S]*?(?:>\\n*|$)|<!\\[CDATA\\[[\\s\\S]*?(?:\\]\\]>\\n*|$)|</?(tag)(?: +|\\n|/?>)[\\s\\S]*?(?:(?:\\n[ 	]*)+\\n|$)|<(?!script|pre|style|textarea)([a-z][\\w-]*)(?:attribute)*? */?>(?=[ \\t]*(?:\\n|$))[\\s\\S]*?(?:(?:\\n[ 	]*)+\\n|$)|</(?!script|pre|style|textarea)[a-z][\\w-]*\\s*>(?=[ \\t]*(?:\\n|$))[\\s\\S]*?(?:(?:\\n[ 	]*)+\\n|$))", "i").replace("comment", U).replace("tag", v).replace("attribute", / +[a-zA-Z:_][\w.:-]*(?: *= *"[^"\n]*"| *= *'[^'\n]*'| *= *[^\s"'=<>`]+)?/).getRegex();
var oe = k(j).replace("hr", C).replace("heading", " {0,3}#{1,6}(?:\\s|$)").replace("|lheading", "").replace("|table", "").replace("blockquote", " {0,3}>").replace("fences", " {0,3}(?:`{3,}(?=[^`\\n]*\\n)|~{3,})[^\\n]*\\n").replace("list", " {0,3}(?:[*+-]|1[.)])[ \\t]").replace("html", "</?(?:tag)(?: +|\\n|/?>)|<(?:script|pre|style|textarea|!--)").replace("tag", v).getRegex();
var Le = k(/^( {0,3}> ?(paragraph|[^\n]*)(?:\n|$))+/).replace("paragraph", oe).getRegex();
var K = { blockquote: Le, code: Oe, def: Se, fences: Te, heading: we, hr: C, html: _e, lheading: ie2, list: $e, newline: Re, paragraph: oe, table: _, text: Pe };
var ne = k("^ *([^\\n ].*)\\n {0,3}((?:\\| *)?:?-+:? *(?:\\| *:?-+:? *)*(?:\\| *)?)(?:\\n((?:(?! *\\n|hr|heading|blockquote|code|fences|list|html).*(?:\\n|$))*)\\n*|$)").replace("hr", C).replace("heading", " {0,3}#{1,6}(?:\\s|$)").replace("blockquote", " {0,3}>").replace("code", "(?: {4}| {0,3}	)[^\\n]").replace("fences", " {0,3}(?:`{3,}(?=[^`\\n]*\\n)|~{3,})[^\\n]*\\n").replace("list", " {0,3}(?:[*+-]|1[.)])[ \\t]").replace("html", "</?(?:tag)(?: +|\\n|/?>)|<(?:script|pre|style|textarea|!--)").replace("tag", v).getRegex();
var Me = { ...K, lheading: ye, table: ne, paragraph: k(j).replace("hr", C).replace("heading", " {0,3}#{1,6}(?:\\s|$)").replace("|lheading", "").replace("table", ne).replace("blockquote", " {0,3}>").replace("fences", " {0,3}(?:`{3,}(?=[^`\\n]*\\n)|~{3,})[^\\n]*\\n").replace("list", " {0,3}(?:[*+-]|1[.)])[ \\t]").replace("html", "</?(?:tag)(?: +|\\n|/?>)|<(?:script|pre|style|textarea|!--)").replace("tag", v).getRegex() };
var ze = { ...K, html: k(`^ *(?:comment *(?:\\n|\\s*$)|<(tag)[\\s\\S]+?</\\1> *(?:\\n{2,}|\\s*$)|<tag(?:"[^"]*"|'[^']*'|\\s[^'"/>\\s]*)*?/?> *(?:\\n{2,}|\\s*$))`).replace("comment", U).replace(/tag/g, "(?!(?:a|em|strong|small|s|cite|q|dfn|abbr|data|time|code|var|samp|kbd|sub|sup|i|b|u|mark|ruby|rt|rp|bdi|bdo|span|br|wbr|ins|del|img)\\b)\\w+(?!:|[^\\w\\s@]*@)\\b").getRegex(), def: /^ *\[([^\]]+)\]: *<?([^\s>]+)>?(?: +(["(][^\n]+[")]))? *(?:\n+|$)/, heading: /^(#{1,6})(.*)(?:\n+|$)/, fences: _, lheading: /^(.+?)\n {0,3}(=+|-+) *(?:\n+|$)/, paragraph: k(j).replace("hr", C).replace("heading", ` *#{1,6} *[^
]`).replace("lheading", ie2).replace("|table", "").replace("blockquote", " {0,3}>").replace("|fences", "").replace("|list", "").replace("|html", "").replace("|tag", "").getRegex() };
var Ee = /^\\([!"#$%&'()*+,\-./:;<=>?@\[\]\\^_`{|}~])/;
var Ie = /^(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/;
var ae = /^( {2,}|\\)\n(?!\s*$)/;
var Ae = /^(`+|[^`])(?:(?= {2,}\n)|[\s\S]*?(?:(?=[\\<!\[`*_]|\b_|$)|[^ ](?= {2,}\n)))/;
var z = /[\p{P}\p{S}]/u;
var H = /[\s\p{P}\p{S}]/u;
var W = /[^\s\p{P}\p{S}]/u;
var Ce = k(/^((?![*_])punctSpace)/, "u").replace(/punctSpace/g, H).getRegex();
var le = /(?!~)[\p{P}\p{S}]/u;
var Be = /(?!~)[\s\p{P}\p{S}]/u;
var De = /(?:[^\s\p{P}\p{S}]|~)/u;
var qe = k(/link|precode-code|html/, "g").replace("link", /\[(?:[^\[\]`]|(?<a>`+)[^`]+\k<a>(?!`))*?\]\((?:\\[\s\S]|[^\\\(\)]|\((?:\\[\s\S]|[^\\\(\)])*\))*\)/).replace("precode-", be ? "(?<!`)()" : "(^^|[^`])").replace("code", /(?<b>`+)[^`]+\k<b>(?!`)/).replace("html", /<(?! )[^<>]*?>/).getRegex();
var ue = /^(?:\*+(?:((?!\*)punct)|([^\s*]))?)|^_+(?:((?!_)punct)|([^\s_]))?/;
var ve = k(ue, "u").replace(/punct/g, z).getRegex();
var He = k(ue, "u").replace(/punct/g, le).getRegex();
var pe = "^[^_*]*?__[^_*]*?\\*[^_*]*?(?=__)|[^*]+(?=[^*])|(?!\\*)punct(\\*+)(?=[\\s]|$)|notPunctSpace(\\*+)(?!\\*)(?=punctSpace|$)|(?!\\*)punctSpace(\\*+)(?=notPunctSpace)|[\\s](\\*+)(?!\\*)(?=punct)|(?!\\*)punct(\\*+)(?!\\*)(?=punct)|notPunctSpace(\\*+)(?=notPunctSpace)";
var Ze = k(pe, "gu").replace(/notPunctSpace/g, W).replace(/punctSpace/g, H).replace(/punct/g, z).getRegex();
var Ge = k(pe, "gu").replace(/notPunctSpace/g, De).replace(/punctSpace/g, Be).replace(/punct/g, le).getRegex();
var Ne = k("^[^_*]*?\\*\\*[^_*]*?_[^_*]*?(?=\\*\\*)|[^_]+(?=[^_])|(?!_)punct(_+)(?=[\\s]|$)|notPunctSpace(_+)(?!_)(?=punctSpace|$)|(?!_)punctSpace(_+)(?=notPunctSpace)|[\\s](_+)(?!_)(?=punct)|(?!_)punct(_+)(?!_)(?=punct)", "gu").replace(/notPunctSpace/g, W).replace(/punctSpace/g, H).replace(/punct/g, z).getRegex();
var Qe = k(/^~~?(?:((?!~)punct)|[^\s~])/, "u").replace(/punct/g, z).getRegex();
var je = "^[^~]+(?=[^~])|(?!~)punct(~~?)(?=[\\s]|$)|notPunctSpace(~~?)(?!~)(?=punctSpace|$)|(?!~)punctSpace(~~?)(?=notPunctSpace)|[\\s](~~?)(?!~)(?=punct)|(?!~)punct(~~?)(?!~)(?=punct)|notPunctSpace(~~?)(?=notPunctSpace)";
var Fe = k(je, "gu").replace(/notPunctSpace/g, W).replace(/punctSpace/g, H).replace(/punct/g, z).getRegex();
var Ue = k(/\\(punct)/, "gu").replace(/punct/g, z).getRegex();
var Ke = k(/^<(scheme:[^\s\x00-\x1f<>]*|email)>/).replace("scheme", /[a-zA-Z][a-zA-Z0-9+.-]{1,31}/).replace("email", /[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+(@)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+(?![-_])/).getRegex();
var We = k(U).replace("(?:-->|$)", "-->").getRegex();
var Xe = k("^comment|^</[a-zA-Z][\\w:-]*\\s*>|^<[a-zA-Z][\\w-]*(?:attribute)*?\\s*/?>|^<\\?[\\s\\S]*?\\?>|^<![a-zA-Z]+\\s[\\s\\S]*?>|^<!\\[CDATA\\[[\\s\\S]*?\\]\\]>").replace("comment", We).replace("attribute", /\s+[a-zA-Z:_][\w.:-]*(?:\s*=\s*"[^"]*"|\s*=\s*'[^']*'|\s*=\s*[^\s"'=<>`]+)?/).getRegex();
var q = /(?:\[(?:\\[\s\S]|[^\[\]\\])*\]|\\[\s\S]|`+(?!`)[^`]*?`+(?!`)|``+(?=\])|[^\[\]\\`])*?/;
var Je = k(/^!?\[(label)\]\(\s*(href)(?:(?:[ \t]+(?:\n[ \t]*)?|\n[ \t]*)(title))?\s*\)/).replace("label", q).replace("href", /<(?:\\.|[^\n<>\\])+>|[^ \t\n\x00-\x1f]*/).replace("title", /"(?:\\"?|[^"\\])*"|'(?:\\'?|[^'\\])*'|\((?:\\\)?|[^)\\])*\)/).getRegex();
var ce = k(/^!?\[(label)\]\[(ref)\]/).replace("label", q).replace("ref", F).getRegex();
var he = k(/^!?\[(ref)\](?:\[\])?/).replace("ref", F).getRegex();
var Ve = k("reflink|nolink(?!\\()", "g").replace("reflink", ce).replace("nolink", he).getRegex();
var re = /[hH][tT][tT][pP][sS]?|[fF][tT][pP]/;
var X = { _backpedal: _, anyPunctuation: Ue, autolink: Ke, blockSkip: qe, br: ae, code: Ie, del: _, delLDelim: _, delRDelim: _, emStrongLDelim: ve, emStrongRDelimAst: Ze, emStrongRDelimUnd: Ne, escape: Ee, link: Je, nolink: he, punctuation: Ce, reflink: ce, reflinkSearch: Ve, tag: Xe, text: Ae, url: _ };
var Ye = { ...X, link: k(/^!?\[(label)\]\((.*?)\)/).replace("label", q).getRegex(), reflink: k(/^!?\[(label)\]\s*\[([^\]]*)\]/).replace("label", q).getRegex() };
var N = { ...X, emStrongRDelimAst: Ge, emStrongLDelim: He, delLDelim: Qe, delRDelim: Fe, url: k(/^((?:protocol):\/\/|www\.)(?:[a-zA-Z0-9\-]+\.?)+[^\s<]*|^email/).replace("protocol", re).replace("email", /[A-Za-z0-9._+-]+(@)[a-zA-Z0-9-_]+(?:\.[a-zA-Z0-9-_]*[a-zA-Z0-9])+(?![-_])/).getRegex(), _backpedal: /(?:[^?!.,:;*_'"~()&]+|\([^)]*\)|&(?![a-zA-Z0-9]+;$)|[?!.,:;*_'"~)]+(?!$))+/, del: /^(~~?)(?=[^\s~])((?:\\[\s\S]|[^\\])*?(?:\\[\s\S]|[^\s~\\]))\1(?=[^~]|$)/, text: k(/^([`~]+|[^`~])(?:(?= {2,}\n)|(?=[a-zA-Z0-9.!#$%&'*+\/=?_`{\|}~-]+@)|[\s\S]*?(?:(?=[\\<!\[`*~_]|\b_|protocol:\/\/|www\.|$)|[^ ](?= {2,}\n)|[^a-zA-Z0-9.!#$%&'*+\/=?_`{\|}~-](?=[a-zA-Z0-9.!#$%&'*+\/=?_`{\|}~-]+@)))/).replace("protocol", re).getRegex() };
var et = { ...N, br: k(ae).replace("{2,}", "*").getRegex(), text: k(N.text).replace("\\b_", "\\b_| {2,}\\n").replace(/\{2,\}/g, "*").getRegex() };
var B = { normal: K, gfm: Me, pedantic: ze };
var E = { normal: X, gfm: N, breaks: et, pedantic: Ye };
var tt = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
var ke = (u3) => tt[u3];
function T(u3, e) {
  if (e) {
    if (m.escapeTest.test(u3)) return u3.replace(m.escapeReplace, ke);
  } else if (m.escapeTestNoEncode.test(u3)) return u3.replace(m.escapeReplaceNoEncode, ke);
  return u3;
}
function J(u3) {
  try {
    u3 = encodeURI(u3).replace(m.percentDecode, "%");
  } catch {
    return null;
  }
  return u3;
}
function V(u3, e) {
  let t = u3.replace(m.findPipe, (i, s, a) => {
    let o = false, l = s;
    for (; --l >= 0 && a[l] === "\\"; ) o = !o;
    return o ? "|" : " |";
  }), n = t.split(m.splitPipe), r = 0;
  if (n[0].trim() || n.shift(), n.length > 0 && !n.at(-1)?.trim() && n.pop(), e) if (n.length > e) n.splice(e);
  else for (; n.length < e; ) n.push("");
  for (; r < n.length; r++) n[r] = n[r].trim().replace(m.slashPipe, "|");
  return n;
}
function I(u3, e, t) {
  let n = u3.length;
  if (n === 0) return "";
  let r = 0;
  for (; r < n; ) {
    let i = u3.charAt(n - r - 1);
    if (i === e && !t) r++;
    else if (i !== e && t) r++;
    else break;
  }
  return u3.slice(0, n - r);
}
function de(u3, e) {
  if (u3.indexOf(e[1]) === -1) return -1;
  let t = 0;
  for (let n = 0; n < u3.length; n++) if (u3[n] === "\\") n++;
  else if (u3[n] === e[0]) t++;
  else if (u3[n] === e[1] && (t--, t < 0)) return n;
  return t > 0 ? -2 : -1;
}
function ge(u3, e = 0) {
  let t = e, n = "";
  for (let r of u3) if (r === "	") {
    let i = 4 - t % 4;
    n += " ".repeat(i), t += i;
  } else n += r, t++;
  return n;
}
function fe(u3, e, t, n, r) {
  let i = e.href, s = e.title || null, a = u3[1].replace(r.other.outputLinkReplace, "$1");
  n.state.inLink = true;
  let o = { type: u3[0].charAt(0) === "!" ? "image" : "link", raw: t, href: i, title: s, text: a, tokens: n.inlineTokens(a) };
  return n.state.inLink = false, o;
}
function nt(u3, e, t) {
  let n = u3.match(t.other.indentCodeCompensation);
  if (n === null) return e;
  let r = n[1];
  return e.split(`
`).map((i) => {
    let s = i.match(t.other.beginningSpace);
    if (s === null) return i;
    let [a] = s;
    return a.length >= r.length ? i.slice(r.length) : i;
  }).join(`
`);
}
var w = class {
  options;
  rules;
  lexer;
  constructor(e) {
    this.options = e || O;
  }
  space(e) {
    let t = this.rules.block.newline.exec(e);
    if (t && t[0].length > 0) return { type: "space", raw: t[0] };
  }
  code(e) {
    let t = this.rules.block.code.exec(e);
    if (t) {
      let n = t[0].replace(this.rules.other.codeRemoveIndent, "");
      return { type: "code", raw: t[0], codeBlockStyle: "indented", text: this.options.pedantic ? n : I(n, `
`) };
    }
  }
  fences(e) {
    let t = this.rules.block.fences.exec(e);
    if (t) {
      let n = t[0], r = nt(n, t[3] || "", this.rules);
      return { type: "code", raw: n, lang: t[2] ? t[2].trim().replace(this.rules.inline.anyPunctuation, "$1") : t[2], text: r };
    }
  }
  heading(e) {
    let t = this.rules.block.heading.exec(e);
    if (t) {
      let n = t[2].trim();
      if (this.rules.other.endingHash.test(n)) {
        let r = I(n, "#");
        (this.options.pedantic || !r || this.rules.other.endingSpaceChar.test(r)) && (n = r.trim());
      }
      return { type: "heading", raw: t[0], depth: t[1].length, text: n, tokens: this.lexer.inline(n) };
    }
  }
  hr(e) {
    let t = this.rules.block.hr.exec(e);
    if (t) return { type: "hr", raw: I(t[0], `
`) };
  }
  blockquote(e) {
    let t = this.rules.block.blockquote.exec(e);
    if (t) {
      let n = I(t[0], `
`).split(`
`), r = "", i = "", s = [];
      for (; n.length > 0; ) {
        let a = false, o = [], l;
        for (l = 0; l < n.length; l++) if (this.rules.other.blockquoteStart.test(n[l])) o.push(n[l]), a = true;
        else if (!a) o.push(n[l]);
        else break;
        n = n.slice(l);
        let p = o.join(`
`), c = p.replace(this.rules.other.blockquoteSetextReplace, `
    $1`).replace(this.rules.other.blockquoteSetextReplace2, "");
        r = r ? `${r}
${p}` : p, i = i ? `${i}
${c}` : c;
        let d = this.lexer.state.top;
        if (this.lexer.state.top = true, this.lexer.blockTokens(c, s, true), this.lexer.state.top = d, n.length === 0) break;
        let h2 = s.at(-1);
        if (h2?.type === "code") break;
        if (h2?.type === "blockquote") {
          let R = h2, f = R.raw + `
` + n.join(`
`), S = this.blockquote(f);
          s[s.length - 1] = S, r = r.substring(0, r.length - R.raw.length) + S.raw, i = i.substring(0, i.length - R.text.length) + S.text;
          break;
        } else if (h2?.type === "list") {
          let R = h2, f = R.raw + `
` + n.join(`
`), S = this.list(f);
          s[s.length - 1] = S, r = r.substring(0, r.length - h2.raw.length) + S.raw, i = i.substring(0, i.length - R.raw.length) + S.raw, n = f.substring(s.at(-1).raw.length).split(`
`);
          continue;
        }
      }
      return { type: "blockquote", raw: r, tokens: s, text: i };
    }
  }
  list(e) {
    let t = this.rules.block.list.exec(e);
    if (t) {
      let n = t[1].trim(), r = n.length > 1, i = { type: "list", raw: "", ordered: r, start: r ? +n.slice(0, -1) : "", loose: false, items: [] };
      n = r ? `\\d{1,9}\\${n.slice(-1)}` : `\\${n}`, this.options.pedantic && (n = r ? n : "[*+-]");
      let s = this.rules.other.listItemRegex(n), a = false;
      for (; e; ) {
        let l = false, p = "", c = "";
        if (!(t = s.exec(e)) || this.rules.block.hr.test(e)) break;
        p = t[0], e = e.substring(p.length);
        let d = ge(t[2].split(`
`, 1)[0], t[1].length), h2 = e.split(`
`, 1)[0], R = !d.trim(), f = 0;
        if (this.options.pedantic ? (f = 2, c = d.trimStart()) : R ? f = t[1].length + 1 : (f = d.search(this.rules.other.nonSpaceChar), f = f > 4 ? 1 : f, c = d.slice(f), f += t[1].length), R && this.rules.other.blankLine.test(h2) && (p += h2 + `
`, e = e.substring(h2.length + 1), l = true), !l) {
          let S = this.rules.other.nextBulletRegex(f), Y = this.rules.other.hrRegex(f), ee = this.rules.other.fencesBeginRegex(f), te = this.rules.other.headingBeginRegex(f), me = this.rules.other.htmlBeginRegex(f), xe = this.rules.other.blockquoteBeginRegex(f);
          for (; e; ) {
            let Z = e.split(`
`, 1)[0], A;
            if (h2 = Z, this.options.pedantic ? (h2 = h2.replace(this.rules.other.listReplaceNesting, "  "), A = h2) : A = h2.replace(this.rules.other.tabCharGlobal, "    "), ee.test(h2) || te.test(h2) || me.test(h2) || xe.test(h2) || S.test(h2) || Y.test(h2)) break;
            if (A.search(this.rules.other.nonSpaceChar) >= f || !h2.trim()) c += `
` + A.slice(f);
            else {
              if (R || d.replace(this.rules.other.tabCharGlobal, "    ").search(this.rules.other.nonSpaceChar) >= 4 || ee.test(d) || te.test(d) || Y.test(d)) break;
              c += `
` + h2;
            }
            R = !h2.trim(), p += Z + `
`, e = e.substring(Z.length + 1), d = A.slice(f);
          }
        }
        i.loose || (a ? i.loose = true : this.rules.other.doubleBlankLine.test(p) && (a = true)), i.items.push({ type: "list_item", raw: p, task: !!this.options.gfm && this.rules.other.listIsTask.test(c), loose: false, text: c, tokens: [] }), i.raw += p;
      }
      let o = i.items.at(-1);
      if (o) o.raw = o.raw.trimEnd(), o.text = o.text.trimEnd();
      else return;
      i.raw = i.raw.trimEnd();
      for (let l of i.items) {
        if (this.lexer.state.top = false, l.tokens = this.lexer.blockTokens(l.text, []), l.task) {
          if (l.text = l.text.replace(this.rules.other.listReplaceTask, ""), l.tokens[0]?.type === "text" || l.tokens[0]?.type === "paragraph") {
            l.tokens[0].raw = l.tokens[0].raw.replace(this.rules.other.listReplaceTask, ""), l.tokens[0].text = l.tokens[0].text.replace(this.rules.other.listReplaceTask, "");
            for (let c = this.lexer.inlineQueue.length - 1; c >= 0; c--) if (this.rules.other.listIsTask.test(this.lexer.inlineQueue[c].src)) {
              this.lexer.inlineQueue[c].src = this.lexer.inlineQueue[c].src.replace(this.rules.other.listReplaceTask, "");
              break;
            }
          }
          let p = this.rules.other.listTaskCheckbox.exec(l.raw);
          if (p) {
            let c = { type: "checkbox", raw: p[0] + " ", checked: p[0] !== "[ ]" };
            l.checked = c.checked, i.loose ? l.tokens[0] && ["paragraph", "text"].includes(l.tokens[0].type) && "tokens" in l.tokens[0] && l.tokens[0].tokens ? (l.tokens[0].raw = c.raw + l.tokens[0].raw, l.tokens[0].text = c.raw + l.tokens[0].text, l.tokens[0].tokens.unshift(c)) : l.tokens.unshift({ type: "paragraph", raw: c.raw, text: c.raw, tokens: [c] }) : l.tokens.unshift(c);
          }
        }
        if (!i.loose) {
          let p = l.tokens.filter((d) => d.type === "space"), c = p.length > 0 && p.some((d) => this.rules.other.anyLine.test(d.raw));
          i.loose = c;
        }
      }
      if (i.loose) for (let l of i.items) {
        l.loose = true;
        for (let p of l.tokens) p.type === "text" && (p.type = "paragraph");
      }
      return i;
    }
  }
  html(e) {
    let t = this.rules.block.html.exec(e);
    if (t) return { type: "html", block: true, raw: t[0], pre: t[1] === "pre" || t[1] === "script" || t[1] === "style", text: t[0] };
  }
  def(e) {
    let t = this.rules.block.def.exec(e);
    if (t) {
      let n = t[1].toLowerCase().replace(this.rules.other.multipleSpaceGlobal, " "), r = t[2] ? t[2].replace(this.rules.other.hrefBrackets, "$1").replace(this.rules.inline.anyPunctuation, "$1") : "", i = t[3] ? t[3].substring(1, t[3].length - 1).replace(this.rules.inline.anyPunctuation, "$1") : t[3];
      return { type: "def", tag: n, raw: t[0], href: r, title: i };
    }
  }
  table(e) {
    let t = this.rules.block.table.exec(e);
    if (!t || !this.rules.other.tableDelimiter.test(t[2])) return;
    let n = V(t[1]), r = t[2].replace(this.rules.other.tableAlignChars, "").split("|"), i = t[3]?.trim() ? t[3].replace(this.rules.other.tableRowBlankLine, "").split(`
`) : [], s = { type: "table", raw: t[0], header: [], align: [], rows: [] };
    if (n.length === r.length) {
      for (let a of r) this.rules.other.tableAlignRight.test(a) ? s.align.push("right") : this.rules.other.tableAlignCenter.test(a) ? s.align.push("center") : this.rules.other.tableAlignLeft.test(a) ? s.align.push("left") : s.align.push(null);
      for (let a = 0; a < n.length; a++) s.header.push({ text: n[a], tokens: this.lexer.inline(n[a]), header: true, align: s.align[a] });
      for (let a of i) s.rows.push(V(a, s.header.length).map((o, l) => ({ text: o, tokens: this.lexer.inline(o), header: false, align: s.align[l] })));
      return s;
    }
  }
  lheading(e) {
    let t = this.rules.block.lheading.exec(e);
    if (t) {
      let n = t[1].trim();
      return { type: "heading", raw: t[0], depth: t[2].charAt(0) === "=" ? 1 : 2, text: n, tokens: this.lexer.inline(n) };
    }
  }
  paragraph(e) {
    let t = this.rules.block.paragraph.exec(e);
    if (t) {
      let n = t[1].charAt(t[1].length - 1) === `
` ? t[1].slice(0, -1) : t[1];
      return { type: "paragraph", raw: t[0], text: n, tokens: this.lexer.inline(n) };
    }
  }
  text(e) {
    let t = this.rules.block.text.exec(e);
    if (t) return { type: "text", raw: t[0], text: t[0], tokens: this.lexer.inline(t[0]) };
  }
  escape(e) {
    let t = this.rules.inline.escape.exec(e);
    if (t) return { type: "escape", raw: t[0], text: t[1] };
  }
  tag(e) {
    let t = this.rules.inline.tag.exec(e);
    if (t) return !this.lexer.state.inLink && this.rules.other.startATag.test(t[0]) ? this.lexer.state.inLink = true : this.lexer.state.inLink && this.rules.other.endATag.test(t[0]) && (this.lexer.state.inLink = false), !this.lexer.state.inRawBlock && this.rules.other.startPreScriptTag.test(t[0]) ? this.lexer.state.inRawBlock = true : this.lexer.state.inRawBlock && this.rules.other.endPreScriptTag.test(t[0]) && (this.lexer.state.inRawBlock = false), { type: "html", raw: t[0], inLink: this.lexer.state.inLink, inRawBlock: this.lexer.state.inRawBlock, block: false, text: t[0] };
  }
  link(e) {
    let t = this.rules.inline.link.exec(e);
    if (t) {
      let n = t[2].trim();
      if (!this.options.pedantic && this.rules.other.startAngleBracket.test(n)) {
        if (!this.rules.other.endAngleBracket.test(n)) return;
        let s = I(n.slice(0, -1), "\\");
        if ((n.length - s.length) % 2 === 0) return;
      } else {
        let s = de(t[2], "()");
        if (s === -2) return;
        if (s > -1) {
          let o = (t[0].indexOf("!") === 0 ? 5 : 4) + t[1].length + s;
          t[2] = t[2].substring(0, s), t[0] = t[0].substring(0, o).trim(), t[3] = "";
        }
      }
      let r = t[2], i = "";
      if (this.options.pedantic) {
        let s = this.rules.other.pedanticHrefTitle.exec(r);
        s && (r = s[1], i = s[3]);
      } else i = t[3] ? t[3].slice(1, -1) : "";
      return r = r.trim(), this.rules.other.startAngleBracket.test(r) && (this.options.pedantic && !this.rules.other.endAngleBracket.test(n) ? r = r.slice(1) : r = r.slice(1, -1)), fe(t, { href: r && r.replace(this.rules.inline.anyPunctuation, "$1"), title: i && i.replace(this.rules.inline.anyPunctuation, "$1") }, t[0], this.lexer, this.rules);
    }
  }
  reflink(e, t) {
    let n;
    if ((n = this.rules.inline.reflink.exec(e)) || (n = this.rules.inline.nolink.exec(e))) {
      let r = (n[2] || n[1]).replace(this.rules.other.multipleSpaceGlobal, " "), i = t[r.toLowerCase()];
      if (!i) {
        let s = n[0].charAt(0);
        return { type: "text", raw: s, text: s };
      }
      return fe(n, i, n[0], this.lexer, this.rules);
    }
  }
  emStrong(e, t, n = "") {
    let r = this.rules.inline.emStrongLDelim.exec(e);
    if (!r || !r[1] && !r[2] && !r[3] && !r[4] || r[4] && n.match(this.rules.other.unicodeAlphaNumeric)) return;
    if (!(r[1] || r[3] || "") || !n || this.rules.inline.punctuation.exec(n)) {
      let s = [...r[0]].length - 1, a, o, l = s, p = 0, c = r[0][0] === "*" ? this.rules.inline.emStrongRDelimAst : this.rules.inline.emStrongRDelimUnd;
      for (c.lastIndex = 0, t = t.slice(-1 * e.length + s); (r = c.exec(t)) !== null; ) {
        if (a = r[1] || r[2] || r[3] || r[4] || r[5] || r[6], !a) continue;
        if (o = [...a].length, r[3] || r[4]) {
          l += o;
          continue;
        } else if ((r[5] || r[6]) && s % 3 && !((s + o) % 3)) {
          p += o;
          continue;
        }
        if (l -= o, l > 0) continue;
        o = Math.min(o, o + l + p);
        let d = [...r[0]][0].length, h2 = e.slice(0, s + r.index + d + o);
        if (Math.min(s, o) % 2) {
          let f = h2.slice(1, -1);
          return { type: "em", raw: h2, text: f, tokens: this.lexer.inlineTokens(f) };
        }
        let R = h2.slice(2, -2);
        return { type: "strong", raw: h2, text: R, tokens: this.lexer.inlineTokens(R) };
      }
    }
  }
  codespan(e) {
    let t = this.rules.inline.code.exec(e);
    if (t) {
      let n = t[2].replace(this.rules.other.newLineCharGlobal, " "), r = this.rules.other.nonSpaceChar.test(n), i = this.rules.other.startingSpaceChar.test(n) && this.rules.other.endingSpaceChar.test(n);
      return r && i && (n = n.substring(1, n.length - 1)), { type: "codespan", raw: t[0], text: n };
    }
  }
  br(e) {
    let t = this.rules.inline.br.exec(e);
    if (t) return { type: "br", raw: t[0] };
  }
  del(e, t, n = "") {
    let r = this.rules.inline.delLDelim.exec(e);
    if (!r) return;
    if (!(r[1] || "") || !n || this.rules.inline.punctuation.exec(n)) {
      let s = [...r[0]].length - 1, a, o, l = s, p = this.rules.inline.delRDelim;
      for (p.lastIndex = 0, t = t.slice(-1 * e.length + s); (r = p.exec(t)) !== null; ) {
        if (a = r[1] || r[2] || r[3] || r[4] || r[5] || r[6], !a || (o = [...a].length, o !== s)) continue;
        if (r[3] || r[4]) {
          l += o;
          continue;
        }
        if (l -= o, l > 0) continue;
        o = Math.min(o, o + l);
        let c = [...r[0]][0].length, d = e.slice(0, s + r.index + c + o), h2 = d.slice(s, -s);
        return { type: "del", raw: d, text: h2, tokens: this.lexer.inlineTokens(h2) };
      }
    }
  }
  autolink(e) {
    let t = this.rules.inline.autolink.exec(e);
    if (t) {
      let n, r;
      return t[2] === "@" ? (n = t[1], r = "mailto:" + n) : (n = t[1], r = n), { type: "link", raw: t[0], text: n, href: r, tokens: [{ type: "text", raw: n, text: n }] };
    }
  }
  url(e) {
    let t;
    if (t = this.rules.inline.url.exec(e)) {
      let n, r;
      if (t[2] === "@") n = t[0], r = "mailto:" + n;
      else {
        let i;
        do
          i = t[0], t[0] = this.rules.inline._backpedal.exec(t[0])?.[0] ?? "";
        while (i !== t[0]);
        n = t[0], t[1] === "www." ? r = "http://" + t[0] : r = t[0];
      }
      return { type: "link", raw: t[0], text: n, href: r, tokens: [{ type: "text", raw: n, text: n }] };
    }
  }
  inlineText(e) {
    let t = this.rules.inline.text.exec(e);
    if (t) {
      let n = this.lexer.state.inRawBlock;
      return { type: "text", raw: t[0], text: t[0], escaped: n };
    }
  }
};
var x = class u {
  tokens;
  options;
  state;
  inlineQueue;
  tokenizer;
  constructor(e) {
    this.tokens = [], this.tokens.links = /* @__PURE__ */ Object.create(null), this.options = e || O, this.options.tokenizer = this.options.tokenizer || new w(), this.tokenizer = this.options.tokenizer, this.tokenizer.options = this.options, this.tokenizer.lexer = this, this.inlineQueue = [], this.state = { inLink: false, inRawBlock: false, top: true };
    let t = { other: m, block: B.normal, inline: E.normal };
    this.options.pedantic ? (t.block = B.pedantic, t.inline = E.pedantic) : this.options.gfm && (t.block = B.gfm, this.options.breaks ? t.inline = E.breaks : t.inline = E.gfm), this.tokenizer.rules = t;
  }
  static get rules() {
    return { block: B, inline: E };
  }
  static lex(e, t) {
    return new u(t).lex(e);
  }
  static lexInline(e, t) {
    return new u(t).inlineTokens(e);
  }
  lex(e) {
    e = e.replace(m.carriageReturn, `
`), this.blockTokens(e, this.tokens);
    for (let t = 0; t < this.inlineQueue.length; t++) {
      let n = this.inlineQueue[t];
      this.inlineTokens(n.src, n.tokens);
    }
    return this.inlineQueue = [], this.tokens;
  }
  blockTokens(e, t = [], n = false) {
    for (this.tokenizer.lexer = this, this.options.pedantic && (e = e.replace(m.tabCharGlobal, "    ").replace(m.spaceLine, "")); e; ) {
      let r;
      if (this.options.extensions?.block?.some((s) => (r = s.call({ lexer: this }, e, t)) ? (e = e.substring(r.raw.length), t.push(r), true) : false)) continue;
      if (r = this.tokenizer.space(e)) {
        e = e.substring(r.raw.length);
        let s = t.at(-1);
        r.raw.length === 1 && s !== void 0 ? s.raw += `
` : t.push(r);
        continue;
      }
      if (r = this.tokenizer.code(e)) {
        e = e.substring(r.raw.length);
        let s = t.at(-1);
        s?.type === "paragraph" || s?.type === "text" ? (s.raw += (s.raw.endsWith(`
`) ? "" : `
`) + r.raw, s.text += `
` + r.text, this.inlineQueue.at(-1).src = s.text) : t.push(r);
        continue;
      }
      if (r = this.tokenizer.fences(e)) {
        e = e.substring(r.raw.length), t.push(r);
        continue;
      }
      if (r = this.tokenizer.heading(e)) {
        e = e.substring(r.raw.length), t.push(r);
        continue;
      }
      if (r = this.tokenizer.hr(e)) {
        e = e.substring(r.raw.length), t.push(r);
        continue;
      }
      if (r = this.tokenizer.blockquote(e)) {
        e = e.substring(r.raw.length), t.push(r);
        continue;
      }
      if (r = this.tokenizer.list(e)) {
        e = e.substring(r.raw.length), t.push(r);
        continue;
      }
      if (r = this.tokenizer.html(e)) {
        e = e.substring(r.raw.length), t.push(r);
        continue;
      }
      if (r = this.tokenizer.def(e)) {
        e = e.substring(r.raw.length);
        let s = t.at(-1);
        s?.type === "paragraph" || s?.type === "text" ? (s.raw += (s.raw.endsWith(`
`) ? "" : `
`) + r.raw, s.text += `
` + r.raw, this.inlineQueue.at(-1).src = s.text) : this.tokens.links[r.tag] || (this.tokens.links[r.tag] = { href: r.href, title: r.title }, t.push(r));
        continue;
      }
      if (r = this.tokenizer.table(e)) {
        e = e.substring(r.raw.length), t.push(r);
        continue;
      }
      if (r = this.tokenizer.lheading(e)) {
        e = e.substring(r.raw.length), t.push(r);
        continue;
      }
      let i = e;
      if (this.options.extensions?.startBlock) {
        let s = 1 / 0, a = e.slice(1), o;
        this.options.extensions.startBlock.forEach((l) => {
          o = l.call({ lexer: this }, a), typeof o == "number" && o >= 0 && (s = Math.min(s, o));
        }), s < 1 / 0 && s >= 0 && (i = e.substring(0, s + 1));
      }
      if (this.state.top && (r = this.tokenizer.paragraph(i))) {
        let s = t.at(-1);
        n && s?.type === "paragraph" ? (s.raw += (s.raw.endsWith(`
`) ? "" : `
`) + r.raw, s.text += `
` + r.text, this.inlineQueue.pop(), this.inlineQueue.at(-1).src = s.text) : t.push(r), n = i.length !== e.length, e = e.substring(r.raw.length);
        continue;
      }
      if (r = this.tokenizer.text(e)) {
        e = e.substring(r.raw.length);
        let s = t.at(-1);
        s?.type === "text" ? (s.raw += (s.raw.endsWith(`
`) ? "" : `
`) + r.raw, s.text += `
` + r.text, this.inlineQueue.pop(), this.inlineQueue.at(-1).src = s.text) : t.push(r);
        continue;
      }
      if (e) {
        let s = "Infinite loop on byte: " + e.charCodeAt(0);
        if (this.options.silent) {
          console.error(s);
          break;
        } else throw new Error(s);
      }
    }
    return this.state.top = true, t;
  }
  inline(e, t = []) {
    return this.inlineQueue.push({ src: e, tokens: t }), t;
  }
  inlineTokens(e, t = []) {
    this.tokenizer.lexer = this;
    let n = e, r = null;
    if (this.tokens.links) {
      let o = Object.keys(this.tokens.links);
      if (o.length > 0) for (; (r = this.tokenizer.rules.inline.reflinkSearch.exec(n)) !== null; ) o.includes(r[0].slice(r[0].lastIndexOf("[") + 1, -1)) && (n = n.slice(0, r.index) + "[" + "a".repeat(r[0].length - 2) + "]" + n.slice(this.tokenizer.rules.inline.reflinkSearch.lastIndex));
    }
    for (; (r = this.tokenizer.rules.inline.anyPunctuation.exec(n)) !== null; ) n = n.slice(0, r.index) + "++" + n.slice(this.tokenizer.rules.inline.anyPunctuation.lastIndex);
    let i;
    for (; (r = this.tokenizer.rules.inline.blockSkip.exec(n)) !== null; ) i = r[2] ? r[2].length : 0, n = n.slice(0, r.index + i) + "[" + "a".repeat(r[0].length - i - 2) + "]" + n.slice(this.tokenizer.rules.inline.blockSkip.lastIndex);
    n = this.options.hooks?.emStrongMask?.call({ lexer: this }, n) ?? n;
    let s = false, a = "";
    for (; e; ) {
      s || (a = ""), s = false;
      let o;
      if (this.options.extensions?.inline?.some((p) => (o = p.call({ lexer: this }, e, t)) ? (e = e.substring(o.raw.length), t.push(o), true) : false)) continue;
      if (o = this.tokenizer.escape(e)) {
        e = e.substring(o.raw.length), t.push(o);
        continue;
      }
      if (o = this.tokenizer.tag(e)) {
        e = e.substring(o.raw.length), t.push(o);
        continue;
      }
      if (o = this.tokenizer.link(e)) {
        e = e.substring(o.raw.length), t.push(o);
        continue;
      }
      if (o = this.tokenizer.reflink(e, this.tokens.links)) {
        e = e.substring(o.raw.length);
        let p = t.at(-1);
        o.type === "text" && p?.type === "text" ? (p.raw += o.raw, p.text += o.text) : t.push(o);
        continue;
      }
      if (o = this.tokenizer.emStrong(e, n, a)) {
        e = e.substring(o.raw.length), t.push(o);
        continue;
      }
      if (o = this.tokenizer.codespan(e)) {
        e = e.substring(o.raw.length), t.push(o);
        continue;
      }
      if (o = this.tokenizer.br(e)) {
        e = e.substring(o.raw.length), t.push(o);
        continue;
      }
      if (o = this.tokenizer.del(e, n, a)) {
        e = e.substring(o.raw.length), t.push(o);
        continue;
      }
      if (o = this.tokenizer.autolink(e)) {
        e = e.substring(o.raw.length), t.push(o);
        continue;
      }
      if (!this.state.inLink && (o = this.tokenizer.url(e))) {
        e = e.substring(o.raw.length), t.push(o);
        continue;
      }
      let l = e;
      if (this.options.extensions?.startInline) {
        let p = 1 / 0, c = e.slice(1), d;
        this.options.extensions.startInline.forEach((h2) => {
          d = h2.call({ lexer: this }, c), typeof d == "number" && d >= 0 && (p = Math.min(p, d));
        }), p < 1 / 0 && p >= 0 && (l = e.substring(0, p + 1));
      }
      if (o = this.tokenizer.inlineText(l)) {
        e = e.substring(o.raw.length), o.raw.slice(-1) !== "_" && (a = o.raw.slice(-1)), s = true;
        let p = t.at(-1);
        p?.type === "text" ? (p.raw += o.raw, p.text += o.text) : t.push(o);
        continue;
      }
      if (e) {
        let p = "Infinite loop on byte: " + e.charCodeAt(0);
        if (this.options.silent) {
          console.error(p);
          break;
        } else throw new Error(p);
      }
    }
    return t;
  }
};
var y = class {
  options;
  parser;
  constructor(e) {
    this.options = e || O;
  }
  space(e) {
    return "";
  }
  code({ text: e, lang: t, escaped: n }) {
    let r = (t || "").match(m.notSpaceStart)?.[0], i = e.replace(m.endingNewline, "") + `
`;
    return r ? '<pre><code class="language-' + T(r) + '">' + (n ? i : T(i, true)) + `</code></pre>
` : "<pre><code>" + (n ? i : T(i, true)) + `</code></pre>
`;
  }
  blockquote({ tokens: e }) {
    return `<blockquote>
${this.parser.parse(e)}</blockquote>
`;
  }
  html({ text: e }) {
    return e;
  }
  def(e) {
    return "";
  }
  heading({ tokens: e, depth: t }) {
    return `<h${t}>${this.parser.parseInline(e)}</h${t}>
`;
  }
  hr(e) {
    return `<hr>
`;
  }
  list(e) {
    let t = e.ordered, n = e.start, r = "";
    for (let a = 0; a < e.items.length; a++) {
      let o = e.items[a];
      r += this.listitem(o);
    }
    let i = t ? "ol" : "ul", s = t && n !== 1 ? ' start="' + n + '"' : "";
    return "<" + i + s + `>
` + r + "</" + i + `>
`;
  }
  listitem(e) {
    return `<li>${this.parser.parse(e.tokens)}</li>
`;
  }
  checkbox({ checked: e }) {
    return "<input " + (e ? 'checked="" ' : "") + 'disabled="" type="checkbox"> ';
  }
  paragraph({ tokens: e }) {
    return `<p>${this.parser.parseInline(e)}</p>
`;
  }
  table(e) {
    let t = "", n = "";
    for (let i = 0; i < e.header.length; i++) n += this.tablecell(e.header[i]);
    t += this.tablerow({ text: n });
    let r = "";
    for (let i = 0; i < e.rows.length; i++) {
      let s = e.rows[i];
      n = "";
      for (let a = 0; a < s.length; a++) n += this.tablecell(s[a]);
      r += this.tablerow({ text: n });
    }
    return r && (r = `<tbody>${r}</tbody>`), `<table>
<thead>
` + t + `</thead>
` + r + `</table>
`;
  }
  tablerow({ text: e }) {
    return `<tr>
${e}</tr>
`;
  }
  tablecell(e) {
    let t = this.parser.parseInline(e.tokens), n = e.header ? "th" : "td";
    return (e.align ? `<${n} align="${e.align}">` : `<${n}>`) + t + `</${n}>
`;
  }
  strong({ tokens: e }) {
    return `<strong>${this.parser.parseInline(e)}</strong>`;
  }
  em({ tokens: e }) {
    return `<em>${this.parser.parseInline(e)}</em>`;
  }
  codespan({ text: e }) {
    return `<code>${T(e, true)}</code>`;
  }
  br(e) {
    return "<br>";
  }
  del({ tokens: e }) {
    return `<del>${this.parser.parseInline(e)}</del>`;
  }
  link({ href: e, title: t, tokens: n }) {
    let r = this.parser.parseInline(n), i = J(e);
    if (i === null) return r;
    e = i;
    let s = '<a href="' + e + '"';
    return t && (s += ' title="' + T(t) + '"'), s += ">" + r + "</a>", s;
  }
  image({ href: e, title: t, text: n, tokens: r }) {
    r && (n = this.parser.parseInline(r, this.parser.textRenderer));
    let i = J(e);
    if (i === null) return T(n);
    e = i;
    let s = `<img src="${e}" alt="${T(n)}"`;
    return t && (s += ` title="${T(t)}"`), s += ">", s;
  }
  text(e) {
    return "tokens" in e && e.tokens ? this.parser.parseInline(e.tokens) : "escaped" in e && e.escaped ? e.text : T(e.text);
  }
};
var $ = class {
  strong({ text: e }) {
    return e;
  }
  em({ text: e }) {
    return e;
  }
  codespan({ text: e }) {
    return e;
  }
  del({ text: e }) {
    return e;
  }
  html({ text: e }) {
    return e;
  }
  text({ text: e }) {
    return e;
  }
  link({ text: e }) {
    return "" + e;
  }
  image({ text: e }) {
    return "" + e;
  }
  br() {
    return "";
  }
  checkbox({ raw: e }) {
    return e;
  }
};
var b = class u2 {
  options;
  renderer;
  textRenderer;
  constructor(e) {
    this.options = e || O, this.options.renderer = this.options.renderer || new y(), this.renderer = this.options.renderer, this.renderer.options = this.options, this.renderer.parser = this, this.textRenderer = new $();
  }
  static parse(e, t) {
    return new u2(t).parse(e);
  }
  static parseInline(e, t) {
    return new u2(t).parseInline(e);
  }
  parse(e) {
    this.renderer.parser = this;
    let t = "";
    for (let n = 0; n < e.length; n++) {
      let r = e[n];
      if (this.options.extensions?.renderers?.[r.type]) {
        let s = r, a = this.options.extensions.renderers[s.type].call({ parser: this }, s);
        if (a !== false || !["space", "hr", "heading", "code", "table", "blockquote", "list", "html", "def", "paragraph", "text"].includes(s.type)) {
          t += a || "";
          continue;
        }
      }
      let i = r;
      switch (i.type) {
        case "space": {
          t += this.renderer.space(i);
          break;
        }
        case "hr": {
          t += this.renderer.hr(i);
          break;
        }
        case "heading": {
          t += this.renderer.heading(i);
          break;
        }
        case "code": {
          t += this.renderer.code(i);
          break;
        }
        case "table": {
          t += this.renderer.table(i);
          break;
        }
        case "blockquote": {
          t += this.renderer.blockquote(i);
          break;
        }
        case "list": {
          t += this.renderer.list(i);
          break;
        }
        case "checkbox": {
          t += this.renderer.checkbox(i);
          break;
        }
        case "html": {
          t += this.renderer.html(i);
          break;
        }
        case "def": {
          t += this.renderer.def(i);
          break;
        }
        case "paragraph": {
          t += this.renderer.paragraph(i);
          break;
        }
        case "text": {
          t += this.renderer.text(i);
          break;
        }
        default: {
          let s = 'Token with "' + i.type + '" type was not found.';
          if (this.options.silent) return console.error(s), "";
          throw new Error(s);
        }
      }
    }
    return t;
  }
  parseInline(e, t = this.renderer) {
    this.renderer.parser = this;
    let n = "";
    for (let r = 0; r < e.length; r++) {
      let i = e[r];
      if (this.options.extensions?.renderers?.[i.type]) {
        let a = this.options.extensions.renderers[i.type].call({ parser: this }, i);
        if (a !== false || !["escape", "html", "link", "image", "strong", "em", "codespan", "br", "del", "text"].includes(i.type)) {
          n += a || "";
          continue;
        }
      }
      let s = i;
      switch (s.type) {
        case "escape": {
          n += t.text(s);
          break;
        }
        case "html": {
          n += t.html(s);
          break;
        }
        case "link": {
          n += t.link(s);
          break;
        }
        case "image": {
          n += t.image(s);
          break;
        }
        case "checkbox": {
          n += t.checkbox(s);
          break;
        }
        case "strong": {
          n += t.strong(s);
          break;
        }
        case "em": {
          n += t.em(s);
          break;
        }
        case "codespan": {
          n += t.codespan(s);
          break;
        }
        case "br": {
          n += t.br(s);
          break;
        }
        case "del": {
          n += t.del(s);
          break;
        }
        case "text": {
          n += t.text(s);
          break;
        }
        default: {
          let a = 'Token with "' + s.type + '" type was not found.';
          if (this.options.silent) return console.error(a), "";
          throw new Error(a);
        }
      }
    }
    return n;
  }
};
var P = class {
  options;
  block;
  constructor(e) {
    this.options = e || O;
  }
  static passThroughHooks = /* @__PURE__ */ new Set(["preprocess", "postprocess", "processAllTokens", "emStrongMask"]);
  static passThroughHooksRespectAsync = /* @__PURE__ */ new Set(["preprocess", "postprocess", "processAllTokens"]);
  preprocess(e) {
    return e;
  }
  postprocess(e) {
    return e;
  }
  processAllTokens(e) {
    return e;
  }
  emStrongMask(e) {
    return e;
  }
  provideLexer(e = this.block) {
    return e ? x.lex : x.lexInline;
  }
  provideParser(e = this.block) {
    return e ? b.parse : b.parseInline;
  }
};
var D = class {
  defaults = M();
  options = this.setOptions;
  parse = this.parseMarkdown(true);
  parseInline = this.parseMarkdown(false);
  Parser = b;
  Renderer = y;
  TextRenderer = $;
  Lexer = x;
  Tokenizer = w;
  Hooks = P;
  constructor(...e) {
    this.use(...e);
  }
  walkTokens(e, t) {
    let n = [];
    for (let r of e) switch (n = n.concat(t.call(this, r)), r.type) {
      case "table": {
        let i = r;
        for (let s of i.header) n = n.concat(this.walkTokens(s.tokens, t));
        for (let s of i.rows) for (let a of s) n = n.concat(this.walkTokens(a.tokens, t));
        break;
      }
      case "list": {
        let i = r;
        n = n.concat(this.walkTokens(i.items, t));
        break;
      }
      default: {
        let i = r;
        this.defaults.extensions?.childTokens?.[i.type] ? this.defaults.extensions.childTokens[i.type].forEach((s) => {
          let a = i[s].flat(1 / 0);
          n = n.concat(this.walkTokens(a, t));
        }) : i.tokens && (n = n.concat(this.walkTokens(i.tokens, t)));
      }
    }
    return n;
  }
  use(...e) {
    let t = this.defaults.extensions || { renderers: {}, childTokens: {} };
    return e.forEach((n) => {
      let r = { ...n };
      if (r.async = this.defaults.async || r.async || false, n.extensions && (n.extensions.forEach((i) => {
        if (!i.name) throw new Error("extension name required");
        if ("renderer" in i) {
          let s = t.renderers[i.name];
          s ? t.renderers[i.name] = function(...a) {
            let o = i.renderer.apply(this, a);
            return o === false && (o = s.apply(this, a)), o;
          } : t.renderers[i.name] = i.renderer;
        }
        if ("tokenizer" in i) {
          if (!i.level || i.level !== "block" && i.level !== "inline") throw new Error("extension level must be 'block' or 'inline'");
          let s = t[i.level];
          s ? s.unshift(i.tokenizer) : t[i.level] = [i.tokenizer], i.start && (i.level === "block" ? t.startBlock ? t.startBlock.push(i.start) : t.startBlock = [i.start] : i.level === "inline" && (t.startInline ? t.startInline.push(i.start) : t.startInline = [i.start]));
        }
        "childTokens" in i && i.childTokens && (t.childTokens[i.name] = i.childTokens);
      }), r.extensions = t), n.renderer) {
        let i = this.defaults.renderer || new y(this.defaults);
        for (let s in n.renderer) {
          if (!(s in i)) throw new Error(`renderer '${s}' does not exist`);
          if (["options", "parser"].includes(s)) continue;
          let a = s, o = n.renderer[a], l = i[a];
          i[a] = (...p) => {
            let c = o.apply(i, p);
            return c === false && (c = l.apply(i, p)), c || "";
          };
        }
        r.renderer = i;
      }
      if (n.tokenizer) {
        let i = this.defaults.tokenizer || new w(this.defaults);
        for (let s in n.tokenizer) {
          if (!(s in i)) throw new Error(`tokenizer '${s}' does not exist`);
          if (["options", "rules", "lexer"].includes(s)) continue;
          let a = s, o = n.tokenizer[a], l = i[a];
          i[a] = (...p) => {
            let c = o.apply(i, p);
            return c === false && (c = l.apply(i, p)), c;
          };
        }
        r.tokenizer = i;
      }
      if (n.hooks) {
        let i = this.defaults.hooks || new P();
        for (let s in n.hooks) {
          if (!(s in i)) throw new Error(`hook '${s}' does not exist`);
          if (["options", "block"].includes(s)) continue;
          let a = s, o = n.hooks[a], l = i[a];
          P.passThroughHooks.has(s) ? i[a] = (p) => {
            if (this.defaults.async && P.passThroughHooksRespectAsync.has(s)) return (async () => {
              let d = await o.call(i, p);
              return l.call(i, d);
            })();
            let c = o.call(i, p);
            return l.call(i, c);
          } : i[a] = (...p) => {
            if (this.defaults.async) return (async () => {
              let d = await o.apply(i, p);
              return d === false && (d = await l.apply(i, p)), d;
            })();
            let c = o.apply(i, p);
            return c === false && (c = l.apply(i, p)), c;
          };
        }
        r.hooks = i;
      }
      if (n.walkTokens) {
        let i = this.defaults.walkTokens, s = n.walkTokens;
        r.walkTokens = function(a) {
          let o = [];
          return o.push(s.call(this, a)), i && (o = o.concat(i.call(this, a))), o;
        };
      }
      this.defaults = { ...this.defaults, ...r };
    }), this;
  }
  setOptions(e) {
    return this.defaults = { ...this.defaults, ...e }, this;
  }
  lexer(e, t) {
    return x.lex(e, t ?? this.defaults);
  }
  parser(e, t) {
    return b.parse(e, t ?? this.defaults);
  }
  parseMarkdown(e) {
    return (n, r) => {
      let i = { ...r }, s = { ...this.defaults, ...i }, a = this.onError(!!s.silent, !!s.async);
      if (this.defaults.async === true && i.async === false) return a(new Error("marked(): The async option was set to true by an extension. Remove async: false from the parse options object to return a Promise."));
      if (typeof n > "u" || n === null) return a(new Error("marked(): input parameter is undefined or null"));
      if (typeof n != "string") return a(new Error("marked(): input parameter is of type " + Object.prototype.toString.call(n) + ", string expected"));
      if (s.hooks && (s.hooks.options = s, s.hooks.block = e), s.async) return (async () => {
        let o = s.hooks ? await s.hooks.preprocess(n) : n, p = await (s.hooks ? await s.hooks.provideLexer(e) : e ? x.lex : x.lexInline)(o, s), c = s.hooks ? await s.hooks.processAllTokens(p) : p;
        s.walkTokens && await Promise.all(this.walkTokens(c, s.walkTokens));
        let h2 = await (s.hooks ? await s.hooks.provideParser(e) : e ? b.parse : b.parseInline)(c, s);
        return s.hooks ? await s.hooks.postprocess(h2) : h2;
      })().catch(a);
      try {
        s.hooks && (n = s.hooks.preprocess(n));
        let l = (s.hooks ? s.hooks.provideLexer(e) : e ? x.lex : x.lexInline)(n, s);
        s.hooks && (l = s.hooks.processAllTokens(l)), s.walkTokens && this.walkTokens(l, s.walkTokens);
        let c = (s.hooks ? s.hooks.provideParser(e) : e ? b.parse : b.parseInline)(l, s);
        return s.hooks && (c = s.hooks.postprocess(c)), c;
      } catch (o) {
        return a(o);
      }
    };
  }
  onError(e, t) {
    return (n) => {
      if (n.message += `
Please report this to https://github.com/markedjs/marked.`, e) {
        let r = "<p>An error occurred:</p><pre>" + T(n.message + "", true) + "</pre>";
        return t ? Promise.resolve(r) : r;
      }
      if (t) return Promise.reject(n);
      throw n;
    };
  }
};
var L = new D();
function g(u3, e) {
  return L.parse(u3, e);
}
g.options = g.setOptions = function(u3) {
  return L.setOptions(u3), g.defaults = L.defaults, G(g.defaults), g;
};
g.getDefaults = M;
g.defaults = O;
g.use = function(...u3) {
  return L.use(...u3), g.defaults = L.defaults, G(g.defaults), g;
};
g.walkTokens = function(u3, e) {
  return L.walkTokens(u3, e);
};
g.parseInline = L.parseInline;
g.Parser = b;
g.parser = b.parse;
g.Renderer = y;
g.TextRenderer = $;
g.Lexer = x;
g.lexer = x.lex;
g.Tokenizer = w;
g.Hooks = P;
g.parse = g;
var Qt = g.options;
var jt = g.setOptions;
var Ft = g.use;
var Ut = g.walkTokens;
var Kt = g.parseInline;
var Xt = b.parse;
var Jt = x.lex;

// ../../packages/doc-convert/node_modules/@tiptap/markdown/dist/index.js
var TRAILING_BLANK_LINES = /\n[^\S\n]*(?:\n[^\S\n]*)+$/;
function extractAbsorbedBlankLines(tokens) {
  return tokens.flatMap((token, index) => {
    var _tokens;
    if (token.type === "space" || ((_tokens = tokens[index + 1]) === null || _tokens === void 0 ? void 0 : _tokens.type) === "space") return [token];
    const trailingBlankLines = (token.raw || "").match(TRAILING_BLANK_LINES);
    if (!trailingBlankLines) return [token];
    return [{
      ...token,
      raw: (token.raw || "").slice(0, -trailingBlankLines[0].length)
    }, {
      type: "space",
      raw: trailingBlankLines[0]
    }];
  });
}
function wrapInMarkdownBlock(prefix, content) {
  const output = content.split("\n").flatMap((line) => [line, ""]).map((line) => `${prefix}${line}`).join("\n");
  return output.slice(0, output.length - 1);
}
function findMarksToClose(currentMarks, nextNode) {
  const marksToClose = [];
  Array.from(currentMarks.entries()).forEach(([markType, currentMark]) => {
    if (!nextNode) {
      marksToClose.push(markType);
      return;
    }
    if (!(nextNode.marks || []).find((mark) => mark.type === markType && attrsEqual(mark.attrs, currentMark.attrs))) marksToClose.push(markType);
  });
  return marksToClose;
}
function findMarksToOpen(activeMarks, currentMarks) {
  const marksToOpen = [];
  Array.from(currentMarks.entries()).forEach(([markType, mark]) => {
    const activeMark = activeMarks.get(markType);
    if (!activeMark || !attrsEqual(activeMark.attrs, mark.attrs)) marksToOpen.push({
      type: markType,
      mark
    });
  });
  return marksToOpen;
}
function findMarksToCloseAtEnd(activeMarks, currentMarks, nextNode, markSetsEqual) {
  const isLastNode = !nextNode;
  const nextNodeHasNoMarks = nextNode && (!nextNode.marks || nextNode.marks.length === 0);
  const nextNodeHasDifferentMarks = nextNode && nextNode.marks && !markSetsEqual(currentMarks, new Map(nextNode.marks.map((mark) => [mark.type, mark])));
  const marksToCloseAtEnd = [];
  if (isLastNode || nextNodeHasNoMarks || nextNodeHasDifferentMarks) {
    if (nextNode && nextNode.marks) Array.from(activeMarks.entries()).reverse().forEach(([markType, activeMark]) => {
      if (!nextNode.marks.find((m2) => m2.type === markType && attrsEqual(m2.attrs, activeMark.attrs))) marksToCloseAtEnd.push(markType);
    });
    else if (isLastNode || nextNodeHasNoMarks) marksToCloseAtEnd.push(...Array.from(activeMarks.keys()).reverse());
  }
  return marksToCloseAtEnd;
}
function closeMarksBeforeNode(activeMarks, getMarkClosing) {
  let beforeMarkdown = "";
  Array.from(activeMarks.keys()).reverse().forEach((markType) => {
    const closeMarkdown = getMarkClosing(markType, activeMarks.get(markType));
    if (closeMarkdown) beforeMarkdown = closeMarkdown + beforeMarkdown;
  });
  activeMarks.clear();
  return beforeMarkdown;
}
function reopenMarksAfterNode(marksToReopen, activeMarks, getMarkOpening) {
  let afterMarkdown = "";
  Array.from(marksToReopen.entries()).forEach(([markType, mark]) => {
    const openMarkdown = getMarkOpening(markType, mark);
    if (openMarkdown) afterMarkdown += openMarkdown;
    activeMarks.set(markType, mark);
  });
  return afterMarkdown;
}
function isTaskItem(item) {
  const match = (item.raw || item.text || "").match(/^(\s*)[-+*]\s+\[([ xX])\]\s+/);
  if (match) return {
    isTask: true,
    checked: match[2].toLowerCase() === "x",
    indentLevel: match[1].length
  };
  return {
    isTask: false,
    indentLevel: 0
  };
}
function assumeContentType(content, contentType) {
  if (typeof content !== "string") return "json";
  return contentType;
}
var STANDARD_HTML_TAGS = /* @__PURE__ */ new Set([
  "a",
  "abbr",
  "address",
  "area",
  "article",
  "aside",
  "audio",
  "b",
  "base",
  "bdi",
  "bdo",
  "blockquote",
  "body",
  "br",
  "button",
  "canvas",
  "caption",
  "cite",
  "code",
  "col",
  "colgroup",
  "data",
  "datalist",
  "dd",
  "del",
  "details",
  "dfn",
  "dialog",
  "div",
  "dl",
  "dt",
  "em",
  "embed",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "head",
  "header",
  "hgroup",
  "hr",
  "html",
  "i",
  "iframe",
  "img",
  "input",
  "ins",
  "kbd",
  "label",
  "legend",
  "li",
  "link",
  "main",
  "map",
  "mark",
  "menu",
  "meta",
  "meter",
  "nav",
  "noscript",
  "object",
  "ol",
  "optgroup",
  "option",
  "output",
  "p",
  "param",
  "picture",
  "pre",
  "progress",
  "q",
  "rp",
  "rt",
  "ruby",
  "s",
  "samp",
  "script",
  "search",
  "section",
  "select",
  "slot",
  "small",
  "source",
  "span",
  "strong",
  "style",
  "sub",
  "summary",
  "sup",
  "svg",
  "circle",
  "clippath",
  "defs",
  "ellipse",
  "foreignobject",
  "g",
  "image",
  "line",
  "lineargradient",
  "mask",
  "path",
  "polygon",
  "polyline",
  "radialgradient",
  "rect",
  "stop",
  "switch",
  "symbol",
  "textpath",
  "tspan",
  "use",
  "table",
  "tbody",
  "td",
  "template",
  "textarea",
  "tfoot",
  "th",
  "thead",
  "time",
  "title",
  "tr",
  "track",
  "u",
  "ul",
  "var",
  "video",
  "wbr"
]);
var HTML_TAG_NAME_PATTERN = /<\/?([a-zA-Z][\w-]*)/g;
function extractHtmlTagNames(html) {
  const tagNames = [];
  let match;
  while ((match = HTML_TAG_NAME_PATTERN.exec(html)) !== null) tagNames.push(match[1].toLowerCase());
  return tagNames;
}
function isHtmlUnknownTagName(tagName) {
  const lower = tagName.toLowerCase();
  if (lower.includes("-")) return false;
  return !STANDARD_HTML_TAGS.has(lower);
}
function htmlContainsUnrecognizedTag(html, schemaTags) {
  return extractHtmlTagNames(html).some((tagName) => {
    if (!isHtmlUnknownTagName(tagName)) return false;
    return !schemaTags.has(tagName);
  });
}
var MarkdownManager = class {
  /**
  * Create a MarkdownManager.
  * @param options.marked Optional marked instance to use (injected).
  * @param options.markedOptions Optional options to pass to marked.setOptions
  * @param options.indentation Indentation settings (style and size).
  * @param options.extensions An array of Tiptap extensions to register for markdown parsing and rendering.
  */
  constructor(options) {
    var _options$marked, _options$indentation$, _options$indentation, _options$indentation$2, _options$indentation2;
    this.activeParseLexer = null;
    this.extensionRanks = /* @__PURE__ */ new Map();
    this.baseExtensions = [];
    this.extensions = [];
    this.codeTypes = /* @__PURE__ */ new Set();
    this.schemaParseDomTagsCache = null;
    this.inlineNodeTypesCache = null;
    this.lastParseResult = null;
    this.markedInstance = (_options$marked = options === null || options === void 0 ? void 0 : options.marked) !== null && _options$marked !== void 0 ? _options$marked : g;
    this.indentStyle = (_options$indentation$ = options === null || options === void 0 || (_options$indentation = options.indentation) === null || _options$indentation === void 0 ? void 0 : _options$indentation.style) !== null && _options$indentation$ !== void 0 ? _options$indentation$ : "space";
    this.indentSize = (_options$indentation$2 = options === null || options === void 0 || (_options$indentation2 = options.indentation) === null || _options$indentation2 === void 0 ? void 0 : _options$indentation2.size) !== null && _options$indentation$2 !== void 0 ? _options$indentation$2 : 2;
    this.baseExtensions = (options === null || options === void 0 ? void 0 : options.extensions) || [];
    if ((options === null || options === void 0 ? void 0 : options.markedOptions) && typeof this.markedInstance.setOptions === "function") this.markedInstance.setOptions(options.markedOptions);
    this.registry = /* @__PURE__ */ new Map();
    this.nodeTypeRegistry = /* @__PURE__ */ new Map();
    if (options === null || options === void 0 ? void 0 : options.extensions) {
      this.baseExtensions = options.extensions;
      sortExtensions(flattenExtensions(options.extensions)).forEach((ext) => this.registerExtension(ext));
    }
  }
  /** Returns the underlying marked instance. */
  get instance() {
    return this.markedInstance;
  }
  /** Returns the correct indentCharacter (space or tab) */
  get indentCharacter() {
    return this.indentStyle === "space" ? " " : "	";
  }
  /** Returns the correct indentString repeated X times */
  get indentString() {
    return this.indentCharacter.repeat(this.indentSize);
  }
  /** Helper to quickly check whether a marked instance is available. */
  hasMarked() {
    return !!this.markedInstance;
  }
  /**
  * Register a Tiptap extension (Node/Mark/Extension). This will read
  * `markdownName`, `parseMarkdown`, `renderMarkdown` and `priority` from the
  * extension config (using the same resolution used across the codebase).
  */
  registerExtension(extension) {
    var _getExtensionField, _markdownCfg$indentsC;
    this.extensions.push(extension);
    const isCode = callOrReturn(getExtensionField(extension, "code"));
    const name = extension.name;
    if (isCode) this.codeTypes.add(name);
    if (!this.extensionRanks.has(name)) this.extensionRanks.set(name, this.extensionRanks.size);
    const tokenName = getExtensionField(extension, "markdownTokenName") || name;
    const parseMarkdown = getExtensionField(extension, "parseMarkdown");
    const renderMarkdown = getExtensionField(extension, "renderMarkdown");
    const tokenizer = getExtensionField(extension, "markdownTokenizer");
    const markdownCfg = (_getExtensionField = getExtensionField(extension, "markdownOptions")) !== null && _getExtensionField !== void 0 ? _getExtensionField : null;
    const spec = {
      tokenName,
      nodeName: name,
      parseMarkdown,
      renderMarkdown,
      isIndenting: (_markdownCfg$indentsC = markdownCfg === null || markdownCfg === void 0 ? void 0 : markdownCfg.indentsContent) !== null && _markdownCfg$indentsC !== void 0 ? _markdownCfg$indentsC : false,
      htmlReopen: markdownCfg === null || markdownCfg === void 0 ? void 0 : markdownCfg.htmlReopen,
      tokenizer
    };
    if (tokenName && parseMarkdown) {
      const parseExisting = this.registry.get(tokenName) || [];
      parseExisting.push(spec);
      this.registry.set(tokenName, parseExisting);
    }
    if (renderMarkdown) {
      const renderExisting = this.nodeTypeRegistry.get(name) || [];
      renderExisting.push(spec);
      this.nodeTypeRegistry.set(name, renderExisting);
    }
    if (tokenizer && this.hasMarked()) this.registerTokenizer(tokenizer);
  }
  createLexer() {
    return new this.markedInstance.Lexer(this.markedInstance.defaults);
  }
  createTokenizerHelpers(lexer) {
    return {
      inlineTokens: (src) => lexer.inlineTokens(src),
      blockTokens: (src) => lexer.blockTokens(src)
    };
  }
  tokenizeInline(src) {
    var _this$activeParseLexe;
    return ((_this$activeParseLexe = this.activeParseLexer) !== null && _this$activeParseLexe !== void 0 ? _this$activeParseLexe : this.createLexer()).inlineTokens(src);
  }
  /**
  * Register a custom tokenizer with marked.js for parsing non-standard markdown syntax.
  */
  registerTokenizer(tokenizer) {
    if (!this.hasMarked()) return;
    const { name, start, level = "inline", tokenize: tokenize2 } = tokenizer;
    const createTokenizerHelpers = this.createTokenizerHelpers.bind(this);
    const createLexer = this.createLexer.bind(this);
    let startCb;
    if (!start) startCb = (src) => {
      const result = tokenize2(src, [], this.createTokenizerHelpers(this.createLexer()));
      if (result && result.raw) return src.indexOf(result.raw);
      return -1;
    };
    else startCb = typeof start === "function" ? start : (src) => src.indexOf(start);
    const markedExtension = {
      name,
      level,
      start: startCb,
      tokenizer(src, tokens) {
        const helper = this.lexer ? createTokenizerHelpers(this.lexer) : createTokenizerHelpers(createLexer());
        const result = tokenize2(src, tokens, helper);
        if (result && result.type) return {
          ...result,
          type: result.type || name,
          raw: result.raw || "",
          tokens: result.tokens || []
        };
      },
      childTokens: []
    };
    this.markedInstance.use({ extensions: [markedExtension] });
  }
  /** Get registered handlers for a token type and try each until one succeeds. */
  getHandlersForToken(type) {
    try {
      return this.registry.get(type) || [];
    } catch {
      return [];
    }
  }
  /** Get the first handler for a token type (for backwards compatibility). */
  getHandlerForToken(type) {
    const markdownHandlers = this.getHandlersForToken(type);
    if (markdownHandlers.length > 0) return markdownHandlers[0];
    const nodeTypeHandlers = this.getHandlersForNodeType(type);
    return nodeTypeHandlers.length > 0 ? nodeTypeHandlers[0] : void 0;
  }
  /** Get registered handlers for a node type (for rendering). */
  getHandlersForNodeType(type) {
    try {
      return this.nodeTypeRegistry.get(type) || [];
    } catch {
      return [];
    }
  }
  /**
  * Serialize a ProseMirror-like JSON document (or node array) to a Markdown string
  * using registered renderers and fallback renderers.
  */
  serialize(docOrContent) {
    if (!docOrContent) return "";
    const result = this.renderNodes(docOrContent, docOrContent);
    return this.isEmptyOutput(result) ? "" : result;
  }
  /**
  * Check if the markdown output represents an empty document.
  * Empty documents may contain only &nbsp; entities or non-breaking space characters
  * which are used by the Paragraph extension to preserve blank lines.
  */
  isEmptyOutput(markdown) {
    if (!markdown || markdown.trim() === "") return true;
    return markdown.replace(/&nbsp;/g, "").replace(/\u00A0/g, "").trim() === "";
  }
  /**
  * Parse markdown string into Tiptap JSON document using registered extension handlers.
  */
  parse(markdown) {
    if (!this.hasMarked()) throw new Error("No marked instance available for parsing");
    const previousParseLexer = this.activeParseLexer;
    const parseLexer = this.createLexer();
    this.activeParseLexer = parseLexer;
    try {
      const tokens = parseLexer.lex(markdown);
      return {
        type: "doc",
        content: this.parseTokens(tokens, true)
      };
    } finally {
      this.activeParseLexer = previousParseLexer;
    }
  }
  /**
  * Convert an array of marked tokens into Tiptap JSON nodes using registered extension handlers.
  */
  parseTokens(tokens, parseImplicitEmptyParagraphs = false) {
    const normalizedTokens = parseImplicitEmptyParagraphs ? extractAbsorbedBlankLines(tokens) : tokens;
    const nonSpaceTokenIndexes = normalizedTokens.reduce((indexes, token, index) => {
      if (token.type !== "space") indexes.push(index);
      return indexes;
    }, []);
    let previousNonSpaceTokenIndex = -1;
    let nextNonSpaceTokenPointer = 0;
    return normalizedTokens.flatMap((token, index) => {
      while (nextNonSpaceTokenPointer < nonSpaceTokenIndexes.length && nonSpaceTokenIndexes[nextNonSpaceTokenPointer] < index) {
        previousNonSpaceTokenIndex = nonSpaceTokenIndexes[nextNonSpaceTokenPointer];
        nextNonSpaceTokenPointer += 1;
      }
      if (parseImplicitEmptyParagraphs && token.type === "space") {
        var _nonSpaceTokenIndexes;
        const nextNonSpaceTokenIndex = (_nonSpaceTokenIndexes = nonSpaceTokenIndexes[nextNonSpaceTokenPointer]) !== null && _nonSpaceTokenIndexes !== void 0 ? _nonSpaceTokenIndexes : -1;
        return this.createImplicitEmptyParagraphsFromSpace(token, previousNonSpaceTokenIndex, nextNonSpaceTokenIndex);
      }
      const parsed = this.parseToken(token, parseImplicitEmptyParagraphs);
      if (parsed === null) return [];
      return Array.isArray(parsed) ? parsed : [parsed];
    });
  }
  createImplicitEmptyParagraphsFromSpace(token, previousNonSpaceTokenIndex, nextNonSpaceTokenIndex) {
    const separatorCount = this.countParagraphSeparators(token.raw || "");
    if (separatorCount === 0) return [];
    const emptyParagraphCount = Math.max(separatorCount - (previousNonSpaceTokenIndex === -1 || nextNonSpaceTokenIndex === -1 ? 0 : 1), 0);
    return Array.from({ length: emptyParagraphCount }, () => ({
      type: "paragraph",
      content: []
    }));
  }
  countParagraphSeparators(raw) {
    return (raw.replace(/\r\n/g, "\n").match(/\n\n/g) || []).length;
  }
  /**
  * Parse a single token into Tiptap JSON using the appropriate registered handler.
  */
  parseToken(token, parseImplicitEmptyParagraphs = false) {
    if (!token.type) return null;
    if (token.type === "list") return this.parseListToken(token);
    const handlers = this.getHandlersForToken(token.type);
    const helpers = this.createParseHelpers();
    if (handlers.find((handler) => {
      if (!handler.parseMarkdown) return false;
      const parseResult = handler.parseMarkdown(token, helpers);
      const normalized = this.normalizeParseResult(parseResult);
      if (normalized && (!Array.isArray(normalized) || normalized.length > 0)) {
        this.lastParseResult = normalized;
        return true;
      }
      return false;
    }) && this.lastParseResult) {
      const toReturn = this.lastParseResult;
      this.lastParseResult = null;
      return toReturn;
    }
    return this.parseFallbackToken(token, parseImplicitEmptyParagraphs);
  }
  /**
  * Parse a list token, handling mixed bullet and task list items by splitting them into separate lists.
  * This ensures that consecutive task items and bullet items are grouped and parsed as separate list nodes.
  *
  * @param token The list token to parse
  * @returns Array of parsed list nodes, or null if parsing fails
  */
  parseListToken(token) {
    if (!token.items || token.items.length === 0) return this.parseTokenWithHandlers(token);
    const hasTask = token.items.some((item) => isTaskItem(item).isTask);
    const hasNonTask = token.items.some((item) => !isTaskItem(item).isTask);
    if (!hasTask || !hasNonTask || this.getHandlersForToken("taskList").length === 0) return this.parseTokenWithHandlers(token);
    const groups = [];
    let currentGroup = [];
    let currentType = null;
    for (let i = 0; i < token.items.length; i += 1) {
      const item = token.items[i];
      const { isTask, checked, indentLevel } = isTaskItem(item);
      let processedItem = item;
      if (isTask) {
        const lines = (item.raw || item.text || "").split("\n");
        const firstLineMatch = lines[0].match(/^\s*[-+*]\s+\[([ xX])\]\s+(.*)$/);
        const mainContent = firstLineMatch ? firstLineMatch[2] : "";
        let nestedTokens = [];
        if (lines.length > 1) {
          if (lines.slice(1).join("\n").trim()) {
            const nestedLines = lines.slice(1);
            const nonEmptyLines = nestedLines.filter((line) => line.trim());
            if (nonEmptyLines.length > 0) {
              const minIndent = Math.min(...nonEmptyLines.map((line) => line.length - line.trimStart().length));
              const nestedContent = nestedLines.map((line) => {
                if (!line.trim()) return "";
                return line.slice(minIndent);
              }).join("\n").trim();
              if (nestedContent) nestedTokens = this.markedInstance.lexer(`${nestedContent}
`);
            }
          }
        }
        processedItem = {
          type: "taskItem",
          raw: "",
          mainContent,
          indentLevel,
          checked: checked !== null && checked !== void 0 ? checked : false,
          text: mainContent,
          tokens: this.tokenizeInline(mainContent),
          nestedTokens
        };
      }
      const itemType = isTask ? "taskList" : "list";
      if (currentType !== itemType) {
        if (currentGroup.length > 0) groups.push({
          type: currentType,
          items: currentGroup
        });
        currentGroup = [processedItem];
        currentType = itemType;
      } else currentGroup.push(processedItem);
    }
    if (currentGroup.length > 0) groups.push({
      type: currentType,
      items: currentGroup
    });
    const results = [];
    for (let i = 0; i < groups.length; i += 1) {
      const group = groups[i];
      const subToken = {
        ...token,
        type: group.type,
        items: group.items
      };
      const parsed = this.parseToken(subToken);
      if (parsed) {
        if (Array.isArray(parsed)) results.push(...parsed);
        else results.push(parsed);
      }
    }
    return results.length > 0 ? results : null;
  }
  /**
  * Parse a token using registered handlers (extracted for reuse).
  */
  parseTokenWithHandlers(token) {
    if (!token.type) return null;
    const handlers = this.getHandlersForToken(token.type);
    const helpers = this.createParseHelpers();
    if (handlers.find((handler) => {
      if (!handler.parseMarkdown) return false;
      const parseResult = handler.parseMarkdown(token, helpers);
      const normalized = this.normalizeParseResult(parseResult);
      if (normalized && (!Array.isArray(normalized) || normalized.length > 0)) {
        this.lastParseResult = normalized;
        return true;
      }
      return false;
    }) && this.lastParseResult) {
      const toReturn = this.lastParseResult;
      this.lastParseResult = null;
      return toReturn;
    }
    return this.parseFallbackToken(token);
  }
  /**
  * Creates helper functions for parsing markdown tokens.
  * @returns An object containing helper functions for parsing.
  */
  createParseHelpers() {
    return {
      parseInline: (tokens) => this.parseInlineTokens(tokens),
      tokenizeInline: (src) => this.tokenizeInline(src),
      parseChildren: (tokens) => this.parseTokens(tokens),
      parseBlockChildren: (tokens) => this.parseTokens(tokens, true),
      createTextNode: (text, marks) => {
        return {
          type: "text",
          text,
          marks: marks || void 0
        };
      },
      createNode: (type, attrs, content) => {
        const node = {
          type,
          attrs: attrs || void 0,
          content: content || void 0
        };
        if (!attrs || Object.keys(attrs).length === 0) delete node.attrs;
        return node;
      },
      applyMark: (markType, content, attrs) => ({
        mark: markType,
        content,
        attrs: attrs && Object.keys(attrs).length > 0 ? attrs : void 0
      })
    };
  }
  /**
  * Escape special regex characters in a string.
  */
  escapeRegex(str) {
    return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }
  /**
  * Parse inline tokens (bold, italic, links, etc.) into text nodes with marks.
  * This is the complex part that handles mark nesting and boundaries.
  */
  parseInlineTokens(tokens) {
    const result = [];
    for (let i = 0; i < tokens.length; i += 1) {
      const token = tokens[i];
      if (token.type === "text") result.push({
        type: "text",
        text: decodeHtmlEntities(token.text || "")
      });
      else if (token.type === "escape") result.push({
        type: "text",
        text: token.text || ""
      });
      else if (token.type === "html") {
        var _ref, _token$raw;
        const raw = ((_ref = (_token$raw = token.raw) !== null && _token$raw !== void 0 ? _token$raw : token.text) !== null && _ref !== void 0 ? _ref : "").toString();
        const isClosing = /^<\/[\s]*[\w-]+/i.test(raw);
        const openMatch = raw.match(/^<[\s]*([\w-]+)(\s|>|\/|$)/i);
        if (!isClosing && openMatch && !/\/>$/.test(raw)) {
          const tagName = openMatch[1];
          const escapedTagName = this.escapeRegex(tagName);
          const closingRegex = new RegExp(`^<\\/\\s*${escapedTagName}\\b`, "i");
          let foundIndex = -1;
          const parts = [raw];
          for (let j2 = i + 1; j2 < tokens.length; j2 += 1) {
            var _ref2, _t$raw;
            const t = tokens[j2];
            const tRaw = ((_ref2 = (_t$raw = t.raw) !== null && _t$raw !== void 0 ? _t$raw : t.text) !== null && _ref2 !== void 0 ? _ref2 : "").toString();
            parts.push(tRaw);
            if (t.type === "html" && closingRegex.test(tRaw)) {
              foundIndex = j2;
              break;
            }
          }
          if (foundIndex !== -1) {
            const mergedRaw = parts.join("");
            const mergedToken = {
              type: "html",
              raw: mergedRaw,
              text: mergedRaw,
              block: false
            };
            const parsed = this.parseHTMLToken(mergedToken);
            if (parsed) {
              const normalized = this.normalizeParseResult(parsed);
              if (Array.isArray(normalized)) result.push(...normalized);
              else if (normalized) result.push(normalized);
            }
            i = foundIndex;
            continue;
          }
        }
        const parsedSingle = this.parseHTMLToken(token);
        if (parsedSingle) {
          const normalized = this.normalizeParseResult(parsedSingle);
          if (Array.isArray(normalized)) result.push(...normalized);
          else if (normalized) result.push(normalized);
        }
      } else if (token.type) {
        const markHandler = this.getHandlerForToken(token.type);
        if (markHandler && markHandler.parseMarkdown) {
          const helpers = this.createParseHelpers();
          const parsed = markHandler.parseMarkdown(token, helpers);
          if (this.isMarkResult(parsed)) {
            const markedContent = this.applyMarkToContent(parsed.mark, parsed.content, parsed.attrs);
            result.push(...markedContent);
          } else {
            const normalized = this.normalizeParseResult(parsed);
            if (Array.isArray(normalized)) result.push(...normalized);
            else if (normalized) result.push(normalized);
          }
        } else if (token.tokens) result.push(...this.parseInlineTokens(token.tokens));
      }
    }
    for (let i = result.length - 1; i > 0; i -= 1) {
      const current = result[i];
      const previous = result[i - 1];
      if (current.type === "text" && previous.type === "text") {
        const currentMarks = current.marks || [];
        const previousMarks = previous.marks || [];
        if (marksEqual(currentMarks, previousMarks)) {
          previous.text = (previous.text || "") + (current.text || "");
          result.splice(i, 1);
        }
      }
    }
    return result;
  }
  /**
  * Apply a mark to content nodes.
  */
  applyMarkToContent(markType, content, attrs) {
    return content.map((node) => {
      if (node.type === "text") {
        const existingMarks = node.marks || [];
        const newMark = attrs ? {
          type: markType,
          attrs
        } : { type: markType };
        return {
          ...node,
          marks: [...existingMarks, newMark]
        };
      }
      return {
        ...node,
        content: node.content ? this.applyMarkToContent(markType, node.content, attrs) : void 0
      };
    });
  }
  isMarkResult(result) {
    return result && typeof result === "object" && "mark" in result;
  }
  /**
  * Normalize parse results to ensure they're valid JSONContent.
  */
  normalizeParseResult(result) {
    if (!result) return null;
    if (this.isMarkResult(result)) return result.content;
    return result;
  }
  /**
  * Fallback parsing for common tokens when no specific handler is registered.
  */
  parseFallbackToken(token, parseImplicitEmptyParagraphs = false) {
    switch (token.type) {
      case "paragraph":
        return {
          type: "paragraph",
          content: token.tokens ? this.parseInlineTokens(token.tokens) : []
        };
      case "heading":
        return {
          type: "heading",
          attrs: { level: token.depth || 1 },
          content: token.tokens ? this.parseInlineTokens(token.tokens) : []
        };
      case "text":
        return {
          type: "text",
          text: decodeHtmlEntities(token.text || "")
        };
      case "html":
        return this.parseHTMLToken(token);
      case "escape":
        return {
          type: "text",
          text: token.text || ""
        };
      case "space":
        return null;
      default:
        if (token.tokens) return this.parseTokens(token.tokens, parseImplicitEmptyParagraphs);
        return null;
    }
  }
  /**
  * Parse an HTML token from marked into JSONContent using the registered
  * extensions' `parseHTML` rules. Falls back to literal text when the HTML
  * has nothing for the schema to keep.
  *
  * @param token Marked HTML token (block or inline).
  * @example
  *   parseHTMLToken({ type: 'html', raw: '<em>hi</em>', block: false })
  *   // → text node with an italic mark
  */
  parseHTMLToken(token) {
    const html = token.text || token.raw || "";
    if (!html.trim()) return null;
    if (this.isUnrecognizedHtml(html)) return this.htmlAsLiteralText(html, !!token.block);
    if (typeof window === "undefined" || typeof window.DOMParser === "undefined") return this.htmlAsLiteralText(html, !!token.block);
    try {
      const parsed = generateJSON(html, this.baseExtensions);
      if (parsed.type === "doc" && parsed.content) {
        if (token.block) return parsed.content;
        const inlineContent = this.toInlineContent(parsed.content);
        return inlineContent.length > 0 ? inlineContent : null;
      }
      return parsed;
    } catch (error) {
      throw new Error(`Failed to parse HTML in markdown: ${error}`);
    }
  }
  /**
  * Keep only the inline nodes of parsed HTML content, unwrapping the block
  * nodes around them. Inline HTML sits inside a textblock, where a block node
  * would make the document invalid for the schema.
  *
  * @param content Content array of a parsed HTML fragment.
  * @example
  *   toInlineContent([{ type: 'paragraph', content: [{ type: 'text', text: 'hi' }] }])
  *   // → [{ type: 'text', text: 'hi' }]
  */
  toInlineContent(content) {
    const inlineTypes = this.getInlineNodeTypes();
    return content.flatMap((node) => {
      if (node.type && inlineTypes.has(node.type)) return [node];
      return node.content ? this.toInlineContent(node.content) : [];
    });
  }
  /**
  * Collect the names of the node types the schema treats as inline. Result is
  * cached for the lifetime of the manager since extensions don't change after
  * registration.
  *
  * @example
  *   getInlineNodeTypes().has('text') // → true
  */
  getInlineNodeTypes() {
    if (this.inlineNodeTypesCache) return this.inlineNodeTypesCache;
    const types = /* @__PURE__ */ new Set(["text"]);
    try {
      const schema = getSchema(this.baseExtensions);
      Object.values(schema.nodes).forEach((type) => {
        if (type.isInline) types.add(type.name);
      });
    } catch {
    }
    this.inlineNodeTypesCache = types;
    return types;
  }
  /**
  * Returns true when the HTML contains a tag that is neither a standard
  * HTML/SVG element nor declared in a registered extension's parseDOM rules.
  *
  * Recognized but empty elements such as `<em></em>` or `<span></span>`,
  * and hyphenated custom elements like `<my-mention>`, are not considered
  * unrecognized.
  *
  * @param html Raw HTML string from a marked token.
  * @example
  *   isUnrecognizedHtml('<enter foo bar>')  // → true
  *   isUnrecognizedHtml('<em></em>')        // → false (empty, but real tag)
  *   isUnrecognizedHtml('<em>hi</em>')      // → false
  *   isUnrecognizedHtml('<my-el></my-el>')  // → false (valid custom element)
  *   isUnrecognizedHtml('<br>')             // → false
  */
  isUnrecognizedHtml(html) {
    return htmlContainsUnrecognizedTag(html, this.getSchemaParseDomTags());
  }
  /**
  * Collect the lower-cased tag names declared by the registered extensions'
  * parseDOM rules, so custom node/mark elements that use non-hyphenated,
  * non-standard tag names are treated as recognized HTML. Result is cached for the
  * lifetime of the manager since extensions don't change after registration.
  *
  * @example
  *   // After registering an extension with parseDOM [{ tag: 'something' }]
  *   getSchemaParseDomTags().has('something') // → true
  */
  getSchemaParseDomTags() {
    if (this.schemaParseDomTagsCache) return this.schemaParseDomTagsCache;
    const tags = /* @__PURE__ */ new Set();
    try {
      const schema = getSchema(this.baseExtensions);
      const collect = (spec) => {
        const parseDOM = spec === null || spec === void 0 ? void 0 : spec.parseDOM;
        if (!Array.isArray(parseDOM)) return;
        parseDOM.forEach((rule) => {
          if (typeof (rule === null || rule === void 0 ? void 0 : rule.tag) === "string") {
            const match = rule.tag.match(/^[a-zA-Z][\w-]*/);
            if (match) tags.add(match[0].toLowerCase());
          }
        });
      };
      Object.values(schema.nodes).forEach((type) => collect(type.spec));
      Object.values(schema.marks).forEach((type) => collect(type.spec));
    } catch {
    }
    this.schemaParseDomTagsCache = tags;
    return tags;
  }
  /**
  * Build a JSONContent that preserves the original HTML markup as literal
  * text. Used when the HTML would otherwise be silently dropped during
  * schema-aware parsing.
  *
  * @param html Raw HTML string to preserve verbatim.
  * @param isBlock Whether to wrap the text in a paragraph node (block tokens)
  *   or return it as a bare text node (inline tokens).
  * @example
  *   htmlAsLiteralText('<enter foo>', true)
  *   // → { type: 'paragraph', content: [{ type: 'text', text: '<enter foo>' }] }
  */
  htmlAsLiteralText(html, isBlock) {
    const text = html.replace(/\s+$/, "");
    if (!text) return null;
    if (isBlock) return {
      type: "paragraph",
      content: [{
        type: "text",
        text
      }]
    };
    return {
      type: "text",
      text
    };
  }
  /**
  * Encode HTML entities in text unless the node is inside a code context
  * (code mark or code-block parent) where literal characters should be preserved.
  * Also backslash-escape markdown-significant characters in non-code text to
  * prevent them from being misinterpreted as formatting delimiters.
  */
  encodeTextForMarkdown(text, node, parentNode) {
    if ((parentNode === null || parentNode === void 0 ? void 0 : parentNode.type) != null && this.codeTypes.has(parentNode.type) || (node.marks || []).some((m2) => this.codeTypes.has(typeof m2 === "string" ? m2 : m2.type))) return text;
    return this.escapeMarkdownSyntax(encodeHtmlEntities(text));
  }
  /**
  * Backslash-escape characters that have special meaning in markdown inline
  * syntax. This prevents literal characters in text nodes from being
  * misinterpreted as formatting delimiters when the output is parsed again.
  *
  * The set covers the most common inline markdown syntax characters.
  * Characters inside code blocks/code marks are skipped by the caller
  * (`encodeTextForMarkdown`) via the existing `isInsideCode` guard.
  */
  escapeMarkdownSyntax(text) {
    return text.replace(/([\\`*_[\]~])/g, "\\$1");
  }
  renderNodeToMarkdown(node, parentNode, index = 0, level = 0, meta = {}) {
    var _handler$renderMarkdo;
    if (node.type === "text") return this.encodeTextForMarkdown(node.text || "", node, parentNode);
    if (!node.type) return "";
    const handler = this.getHandlerForToken(node.type);
    if (!handler) return "";
    const previousNode = Array.isArray(parentNode === null || parentNode === void 0 ? void 0 : parentNode.content) && index > 0 ? parentNode.content[index - 1] : void 0;
    const helpers = {
      renderChildren: (nodes, separator) => {
        const childLevel = handler.isIndenting ? level + 1 : level;
        if (!Array.isArray(nodes) && nodes.content) return this.renderNodes(nodes.content, node, separator || "", index, childLevel);
        return this.renderNodes(nodes, node, separator || "", index, childLevel);
      },
      renderChild: (childNode, childIndex) => {
        const childLevel = handler.isIndenting ? level + 1 : level;
        return this.renderNodeToMarkdown(childNode, node, childIndex, childLevel);
      },
      indent: (content) => {
        return this.indentString + content;
      },
      wrapInBlock: wrapInMarkdownBlock
    };
    const context = {
      index,
      level,
      parentType: parentNode === null || parentNode === void 0 ? void 0 : parentNode.type,
      previousNode,
      meta: {
        parentAttrs: parentNode === null || parentNode === void 0 ? void 0 : parentNode.attrs,
        ...meta
      }
    };
    return ((_handler$renderMarkdo = handler.renderMarkdown) === null || _handler$renderMarkdo === void 0 ? void 0 : _handler$renderMarkdo.call(handler, node, helpers, context)) || "";
  }
  /**
  * Render a node or an array of nodes. Parent type controls how children
  * are joined (which determines newline insertion between children).
  */
  renderNodes(nodeOrNodes, parentNode, separator = "", index = 0, level = 0) {
    if (!Array.isArray(nodeOrNodes)) {
      if (!nodeOrNodes.type) return "";
      return this.renderNodeToMarkdown(nodeOrNodes, parentNode, index, level);
    }
    return this.renderNodesWithMarkBoundaries(nodeOrNodes, parentNode, separator, level);
  }
  /**
  * Render an array of nodes while properly tracking mark boundaries.
  * This handles cases where marks span across multiple text nodes.
  */
  renderNodesWithMarkBoundaries(nodes, parentNode, separator = "", level = 0) {
    const result = [];
    const activeMarks = /* @__PURE__ */ new Map();
    const reopenWithHtmlOnNextOpen = /* @__PURE__ */ new Set();
    const markOpeningModes = /* @__PURE__ */ new Map();
    nodes.forEach((node, i) => {
      const nextNode = i < nodes.length - 1 ? nodes[i + 1] : null;
      if (!node.type) return;
      if (node.type === "text") {
        let textContent = this.encodeTextForMarkdown(node.text || "", node, parentNode);
        let currentMarks = new Map((node.marks || []).map((mark) => [mark.type, mark]));
        let marksToOpen = this.getMarksToOpenForSerialization(activeMarks, currentMarks, nextNode);
        let marksToClose = findMarksToClose(currentMarks, nextNode);
        if (textContent.length > 0 && textContent.trim().length === 0 && currentMarks.size > 0) {
          const transientMarks = new Set(marksToClose.filter((markType) => !activeMarks.has(markType)));
          if (transientMarks.size > 0) {
            currentMarks = new Map(Array.from(currentMarks).filter(([markType]) => !transientMarks.has(markType)));
            marksToOpen = this.getMarksToOpenForSerialization(activeMarks, currentMarks, nextNode);
            marksToClose = findMarksToClose(currentMarks, nextNode);
          }
        }
        const activeMarksClosingHere = marksToClose.filter((markType) => activeMarks.has(markType));
        const hasCrossedBoundary = activeMarksClosingHere.length > 0 && marksToOpen.length > 0;
        let middleTrailingWhitespace = "";
        if (marksToClose.length > 0 && !hasCrossedBoundary) {
          const middleTrailingMatch = textContent.match(/(\s+)$/);
          if (middleTrailingMatch) {
            middleTrailingWhitespace = middleTrailingMatch[1];
            textContent = textContent.slice(0, -middleTrailingWhitespace.length);
          }
        }
        if (!hasCrossedBoundary) marksToClose.slice().reverse().forEach((markType) => {
          if (!activeMarks.has(markType)) return;
          const mark = currentMarks.get(markType);
          const closeMarkdown = this.getMarkClosing(markType, mark, markOpeningModes.get(markType));
          if (closeMarkdown) textContent += closeMarkdown;
          if (activeMarks.has(markType)) {
            activeMarks.delete(markType);
            markOpeningModes.delete(markType);
          }
        });
        let leadingWhitespace = "";
        if (marksToOpen.length > 0) {
          const leadingMatch = textContent.match(/^(\s+)/);
          if (leadingMatch) {
            leadingWhitespace = leadingMatch[1];
            textContent = textContent.slice(leadingWhitespace.length);
          }
        }
        marksToOpen.forEach(({ type, mark }) => {
          const openingMode = reopenWithHtmlOnNextOpen.has(type) ? "html" : "markdown";
          const openMarkdown = this.getMarkOpening(type, mark, openingMode);
          if (openMarkdown) textContent = openMarkdown + textContent;
          markOpeningModes.set(type, openingMode);
          reopenWithHtmlOnNextOpen.delete(type);
        });
        if (!hasCrossedBoundary) marksToOpen.slice().reverse().forEach(({ type, mark }) => {
          activeMarks.set(type, mark);
        });
        textContent = leadingWhitespace + textContent;
        let marksToCloseAtEnd;
        if (hasCrossedBoundary) {
          const nextMarkTypes = new Set(((nextNode === null || nextNode === void 0 ? void 0 : nextNode.marks) || []).map((mark) => mark.type));
          marksToOpen.forEach(({ type }) => {
            if (nextMarkTypes.has(type) && this.getHtmlReopenTags(type)) reopenWithHtmlOnNextOpen.add(type);
          });
          const activeMarkKeys = Array.from(activeMarks.keys());
          const activeMarksClosingHereLifo = activeMarksClosingHere.slice().sort((a, b2) => activeMarkKeys.indexOf(b2) - activeMarkKeys.indexOf(a));
          marksToCloseAtEnd = [...marksToOpen.map((m2) => m2.type), ...activeMarksClosingHereLifo];
        } else marksToCloseAtEnd = findMarksToCloseAtEnd(activeMarks, currentMarks, nextNode, this.markSetsEqual.bind(this));
        let trailingWhitespace = "";
        if (marksToCloseAtEnd.length > 0) {
          const trailingMatch = textContent.match(/(\s+)$/);
          if (trailingMatch) {
            trailingWhitespace = trailingMatch[1];
            textContent = textContent.slice(0, -trailingWhitespace.length);
          }
        }
        marksToCloseAtEnd.forEach((markType) => {
          var _activeMarks$get;
          const mark = (_activeMarks$get = activeMarks.get(markType)) !== null && _activeMarks$get !== void 0 ? _activeMarks$get : currentMarks.get(markType);
          const closeMarkdown = this.getMarkClosing(markType, mark, markOpeningModes.get(markType));
          if (closeMarkdown) textContent += closeMarkdown;
          activeMarks.delete(markType);
          markOpeningModes.delete(markType);
        });
        textContent += trailingWhitespace;
        textContent += middleTrailingWhitespace;
        result.push(textContent);
      } else {
        const nodeMarkTypes = new Set((node.marks || []).map((mark) => mark.type));
        const marksToReopen = /* @__PURE__ */ new Map();
        const openingModesToReopen = /* @__PURE__ */ new Map();
        activeMarks.forEach((mark, type) => {
          if (nodeMarkTypes.has(type)) {
            var _markOpeningModes$get;
            marksToReopen.set(type, mark);
            openingModesToReopen.set(type, (_markOpeningModes$get = markOpeningModes.get(type)) !== null && _markOpeningModes$get !== void 0 ? _markOpeningModes$get : "markdown");
          }
        });
        const beforeMarkdown = closeMarksBeforeNode(activeMarks, (markType, mark) => {
          return this.getMarkClosing(markType, mark, markOpeningModes.get(markType));
        });
        markOpeningModes.clear();
        const nodeContent = this.renderNodeToMarkdown(node, parentNode, i, level);
        const afterMarkdown = node.type === "hardBreak" ? "" : reopenMarksAfterNode(marksToReopen, activeMarks, (markType, mark) => {
          var _openingModesToReopen;
          const openingMode = (_openingModesToReopen = openingModesToReopen.get(markType)) !== null && _openingModesToReopen !== void 0 ? _openingModesToReopen : "markdown";
          markOpeningModes.set(markType, openingMode);
          return this.getMarkOpening(markType, mark, openingMode);
        });
        result.push(beforeMarkdown + nodeContent + afterMarkdown);
      }
    });
    return result.join(separator);
  }
  /**
  * Get the opening markdown syntax for a mark type.
  */
  getMarkOpening(markType, mark, openingMode = "markdown") {
    if (openingMode === "html") {
      var _this$getHtmlReopenTa;
      return ((_this$getHtmlReopenTa = this.getHtmlReopenTags(markType)) === null || _this$getHtmlReopenTa === void 0 ? void 0 : _this$getHtmlReopenTa.open) || "";
    }
    const handlers = this.getHandlersForNodeType(markType);
    const handler = handlers.length > 0 ? handlers[0] : void 0;
    if (!handler || !handler.renderMarkdown) return "";
    const placeholder = "\uE000__TIPTAP_MARKDOWN_PLACEHOLDER__\uE001";
    const syntheticNode = {
      type: markType,
      attrs: mark.attrs || {},
      content: [{
        type: "text",
        text: placeholder
      }]
    };
    try {
      const rendered = handler.renderMarkdown(syntheticNode, {
        renderChildren: () => placeholder,
        renderChild: () => placeholder,
        indent: (content) => content,
        wrapInBlock: (prefix, content) => prefix + content
      }, {
        index: 0,
        level: 0,
        parentType: "text",
        meta: {}
      });
      const placeholderIndex = rendered.indexOf(placeholder);
      return placeholderIndex >= 0 ? rendered.substring(0, placeholderIndex) : "";
    } catch (err) {
      throw new Error(`Failed to get mark opening for ${markType}: ${err}`);
    }
  }
  /**
  * Get the closing markdown syntax for a mark type.
  */
  getMarkClosing(markType, mark, openingMode = "markdown") {
    if (openingMode === "html") {
      var _this$getHtmlReopenTa2;
      return ((_this$getHtmlReopenTa2 = this.getHtmlReopenTags(markType)) === null || _this$getHtmlReopenTa2 === void 0 ? void 0 : _this$getHtmlReopenTa2.close) || "";
    }
    const handlers = this.getHandlersForNodeType(markType);
    const handler = handlers.length > 0 ? handlers[0] : void 0;
    if (!handler || !handler.renderMarkdown) return "";
    const placeholder = "\uE000__TIPTAP_MARKDOWN_PLACEHOLDER__\uE001";
    const syntheticNode = {
      type: markType,
      attrs: mark.attrs || {},
      content: [{
        type: "text",
        text: placeholder
      }]
    };
    try {
      const rendered = handler.renderMarkdown(syntheticNode, {
        renderChildren: () => placeholder,
        renderChild: () => placeholder,
        indent: (content) => content,
        wrapInBlock: (prefix, content) => prefix + content
      }, {
        index: 0,
        level: 0,
        parentType: "text",
        meta: {}
      });
      const placeholderIndex = rendered.indexOf(placeholder);
      const placeholderEnd = placeholderIndex + 33;
      return placeholderIndex >= 0 ? rendered.substring(placeholderEnd) : "";
    } catch (err) {
      throw new Error(`Failed to get mark closing for ${markType}: ${err}`);
    }
  }
  /**
  * Returns the inline HTML tags an extension exposes for overlap-boundary
  * reopen handling, if that mark explicitly opted into HTML reopen mode.
  */
  getHtmlReopenTags(markType) {
    const handlers = this.getHandlersForNodeType(markType);
    const handler = handlers.length > 0 ? handlers[0] : void 0;
    return handler === null || handler === void 0 ? void 0 : handler.htmlReopen;
  }
  /**
  * Check if two mark sets are equal (same types and matching attributes).
  */
  markSetsEqual(marks1, marks2) {
    if (marks1.size !== marks2.size) return false;
    return Array.from(marks1.entries()).every(([type, mark]) => {
      const otherMark = marks2.get(type);
      return otherMark && attrsEqual(mark.attrs, otherMark.attrs);
    });
  }
  /**
  * Decide the order in which marks open on the current text node.
  *
  * The returned array is iterated head-first when prepending opening
  * delimiters, so the first entry becomes the innermost mark in the emitted
  * markdown and the last becomes the outermost. Two stable signals drive
  * the order — neither one inspects any rendered markdown:
  *
  *   1. Marks that end on this node must be inner relative to marks that
  *      continue into the next node, otherwise the delimiters interleave
  *      instead of nesting.
  *   2. Within each lifetime group, marks are sorted so that lower
  *      registration ranks (i.e. higher Tiptap extension priorities) end up
  *      outermost. ProseMirror assigns mark ranks in the same priority-aware
  *      order Tiptap uses when building the schema, so link (priority 1000)
  *      naturally wraps bold/italic without the serializer needing to peek
  *      at how any particular mark renders.
  */
  getMarksToOpenForSerialization(activeMarks, currentMarks, nextNode) {
    const marksToOpen = findMarksToOpen(activeMarks, currentMarks);
    if (marksToOpen.length <= 1) return marksToOpen;
    const nextMarks = (nextNode === null || nextNode === void 0 ? void 0 : nextNode.marks) || [];
    const continuesInNextNode = (markType, attrs) => nextMarks.some((m2) => m2.type === markType && attrsEqual(m2.attrs, attrs));
    const byRankInnerFirst = (a, b2) => {
      var _this$extensionRanks$, _this$extensionRanks$2;
      const rankA = (_this$extensionRanks$ = this.extensionRanks.get(a.type)) !== null && _this$extensionRanks$ !== void 0 ? _this$extensionRanks$ : Number.MAX_SAFE_INTEGER;
      const rankB = (_this$extensionRanks$2 = this.extensionRanks.get(b2.type)) !== null && _this$extensionRanks$2 !== void 0 ? _this$extensionRanks$2 : Number.MAX_SAFE_INTEGER;
      if (rankA !== rankB) return rankB - rankA;
      return a.type.localeCompare(b2.type);
    };
    const endingHere = marksToOpen.filter((mark) => !continuesInNextNode(mark.type, mark.mark.attrs)).sort(byRankInnerFirst);
    const continuing = marksToOpen.filter((mark) => continuesInNextNode(mark.type, mark.mark.attrs)).sort(byRankInnerFirst);
    return [...endingHere, ...continuing];
  }
};
var Markdown = Extension.create({
  name: "markdown",
  addOptions() {
    return {
      indentation: {
        style: "space",
        size: 2
      },
      marked: void 0,
      markedOptions: {}
    };
  },
  addCommands() {
    return {
      setContent: (content, options) => {
        if (!(options === null || options === void 0 ? void 0 : options.contentType)) return commands_exports.setContent(content, options);
        if (assumeContentType(content, options === null || options === void 0 ? void 0 : options.contentType) !== "markdown" || !this.editor.markdown) return commands_exports.setContent(content, options);
        const mdContent = this.editor.markdown.parse(content);
        return commands_exports.setContent(mdContent, options);
      },
      insertContent: (value, options) => {
        if (!(options === null || options === void 0 ? void 0 : options.contentType)) return commands_exports.insertContent(value, options);
        if (assumeContentType(value, options === null || options === void 0 ? void 0 : options.contentType) !== "markdown" || !this.editor.markdown) return commands_exports.insertContent(value, options);
        const mdContent = this.editor.markdown.parse(value);
        return commands_exports.insertContent(mdContent, options);
      },
      insertContentAt: (position, value, options) => {
        if (!(options === null || options === void 0 ? void 0 : options.contentType)) return commands_exports.insertContentAt(position, value, options);
        if (assumeContentType(value, options === null || options === void 0 ? void 0 : options.contentType) !== "markdown" || !this.editor.markdown) return commands_exports.insertContentAt(position, value, options);
        const mdContent = this.editor.markdown.parse(value);
        return commands_exports.insertContentAt(position, mdContent, options);
      }
    };
  },
  addStorage() {
    return { manager: new MarkdownManager({
      indentation: this.options.indentation,
      marked: this.options.marked,
      markedOptions: this.options.markedOptions,
      extensions: []
    }) };
  },
  onBeforeCreate() {
    var _json$content;
    if (this.editor.markdown) {
      console.error("[tiptap][markdown]: There is already a `markdown` property on the editor instance. This might lead to unexpected behavior.");
      return;
    }
    this.storage.manager = new MarkdownManager({
      indentation: this.options.indentation,
      marked: this.options.marked,
      markedOptions: this.options.markedOptions,
      extensions: this.editor.extensionManager.baseExtensions
    });
    this.editor.markdown = this.storage.manager;
    this.editor.getMarkdown = () => {
      return this.storage.manager.serialize(this.editor.getJSON());
    };
    if (!this.editor.options.contentType) return;
    if (assumeContentType(this.editor.options.content, this.editor.options.contentType) !== "markdown") return;
    if (!this.editor.markdown) throw new Error('[tiptap][markdown]: The `contentType` option is set to "markdown", but the Markdown extension is not added to the editor. Please add the Markdown extension to use this feature.');
    if (this.editor.options.content === void 0 || typeof this.editor.options.content !== "string") throw new Error('[tiptap][markdown]: The `contentType` option is set to "markdown", but the initial content is not a string. Please provide the initial content as a markdown string.');
    const json = this.editor.markdown.parse(this.editor.options.content);
    if ((_json$content = json.content) === null || _json$content === void 0 ? void 0 : _json$content.length) this.editor.options.content = json;
  }
});

// ../../node_modules/@tiptap/starter-kit/node_modules/@tiptap/core/dist/rolldown-runtime-D7D4PA-g.js
var __defProp2 = Object.defineProperty;
var __exportAll2 = (all, no_symbols) => {
  let target = {};
  for (var name in all) __defProp2(target, name, {
    get: all[name],
    enumerable: true
  });
  if (!no_symbols) __defProp2(target, Symbol.toStringTag, { value: "Module" });
  return target;
};

// ../../node_modules/@tiptap/starter-kit/node_modules/@tiptap/core/dist/index.js
function createChainableState2(config) {
  const { state, transaction } = config;
  let { selection } = transaction;
  let { doc } = transaction;
  let { storedMarks } = transaction;
  return {
    ...state,
    apply: state.apply.bind(state),
    applyTransaction: state.applyTransaction.bind(state),
    plugins: state.plugins,
    schema: state.schema,
    reconfigure: state.reconfigure.bind(state),
    toJSON: state.toJSON.bind(state),
    get storedMarks() {
      return storedMarks;
    },
    get selection() {
      return selection;
    },
    get doc() {
      return doc;
    },
    get tr() {
      selection = transaction.selection;
      doc = transaction.doc;
      storedMarks = transaction.storedMarks;
      return transaction;
    }
  };
}
var CommandManager3 = class CommandManager4 {
  constructor(props) {
    this.editor = props.editor;
    this.rawCommands = this.editor.extensionManager.commands;
    this.customState = props.state;
  }
  get hasCustomState() {
    return !!this.customState;
  }
  get state() {
    return this.customState || this.editor.state;
  }
  get commands() {
    const { rawCommands, editor, state } = this;
    const { view } = editor;
    const { tr } = state;
    const props = this.buildProps(tr);
    return Object.fromEntries(Object.entries(rawCommands).map(([name, command4]) => {
      const method = (...args) => {
        const callback = command4(...args)(props);
        if (!tr.getMeta("preventDispatch") && !this.hasCustomState) view.dispatch(tr);
        return callback;
      };
      return [name, method];
    }));
  }
  get chain() {
    return () => this.createChain();
  }
  get can() {
    return () => this.createCan();
  }
  createChain(startTr, shouldDispatch = true) {
    const { rawCommands, editor, state } = this;
    const { view } = editor;
    const callbacks = [];
    const hasStartTransaction = !!startTr;
    const tr = startTr || state.tr;
    const run4 = () => {
      if (!hasStartTransaction && shouldDispatch && !tr.getMeta("preventDispatch") && !this.hasCustomState) view.dispatch(tr);
      return callbacks.every((callback) => callback === true);
    };
    const chain = {
      ...Object.fromEntries(Object.entries(rawCommands).map(([name, command4]) => {
        const chainedCommand = (...args) => {
          const props = this.buildProps(tr, shouldDispatch);
          const callback = command4(...args)(props);
          callbacks.push(callback);
          return chain;
        };
        return [name, chainedCommand];
      })),
      run: run4
    };
    return chain;
  }
  /**
  * Creates a chain that safely returns `false` when run.
  * @returns A non-dispatching command chain.
  * @example
  * const chain = CommandManager.createFakeChain()
  * chain.focus().run() // false
  */
  static createFakeChain() {
    const chain = new Proxy({}, { get: (_target, property) => {
      if (property === "then") return;
      if (property === "run") return () => false;
      return () => chain;
    } });
    return chain;
  }
  createCan(startTr) {
    const { rawCommands, state } = this;
    const dispatch = false;
    const tr = startTr || state.tr;
    const props = this.buildProps(tr, dispatch);
    return {
      ...Object.fromEntries(Object.entries(rawCommands).map(([name, command4]) => {
        return [name, (...args) => command4(...args)({
          ...props,
          dispatch: void 0
        })];
      })),
      chain: () => this.createChain(tr, dispatch)
    };
  }
  /**
  * Creates capability checks that safely return `false`.
  * @returns A non-dispatching capability checker.
  * @example
  * const can = CommandManager.createFallbackCan()
  * can.focus() // false
  */
  static createFallbackCan() {
    const chain = CommandManager4.createFakeChain();
    return new Proxy({ chain: () => chain }, { get: (target, property) => {
      if (property === "then") return;
      if (property === "chain") return target.chain;
      return () => false;
    } });
  }
  buildProps(tr, shouldDispatch = true) {
    const { rawCommands, editor, state } = this;
    const { view } = editor;
    const props = {
      tr,
      editor,
      view,
      state: createChainableState2({
        state,
        transaction: tr
      }),
      dispatch: shouldDispatch ? () => void 0 : void 0,
      chain: () => this.createChain(tr, shouldDispatch),
      can: () => this.createCan(tr),
      get commands() {
        return Object.fromEntries(Object.entries(rawCommands).map(([name, command4]) => {
          return [name, (...args) => command4(...args)(props)];
        }));
      }
    };
    return props;
  }
};
var blur2 = () => ({ editor, view }) => {
  requestAnimationFrame(() => {
    if (!editor.isDestroyed) {
      var _window;
      view.dom.blur();
      (_window = window) === null || _window === void 0 || (_window = _window.getSelection()) === null || _window === void 0 || _window.removeAllRanges();
    }
  });
  return true;
};
var clearContent2 = (emitUpdate = true) => ({ commands }) => {
  return commands.setContent("", { emitUpdate });
};
var clearNodes2 = () => ({ state, tr, dispatch }) => {
  const { selection } = tr;
  const { ranges } = selection;
  if (!dispatch) return true;
  ranges.forEach(({ $from, $to }) => {
    state.doc.nodesBetween($from.pos, $to.pos, (node, pos) => {
      if (node.type.isText) return;
      const { doc, mapping } = tr;
      const $mappedFrom = doc.resolve(mapping.map(pos));
      const $mappedTo = doc.resolve(mapping.map(pos + node.nodeSize));
      const nodeRange = $mappedFrom.blockRange($mappedTo);
      if (!nodeRange) return;
      const targetLiftDepth = liftTarget(nodeRange);
      if (node.type.isTextblock) {
        const { defaultType } = $mappedFrom.parent.contentMatchAt($mappedFrom.index());
        tr.setNodeMarkup(nodeRange.start, defaultType);
      }
      if (targetLiftDepth || targetLiftDepth === 0) tr.lift(nodeRange, targetLiftDepth);
    });
  });
  return true;
};
var command2 = (fn) => (props) => {
  return fn(props);
};
var createParagraphNear$12 = () => ({ state, dispatch }) => {
  return createParagraphNear(state, dispatch);
};
var cut2 = (originRange, targetPos) => ({ editor, tr }) => {
  const { state } = editor;
  const contentSlice = state.doc.slice(originRange.from, originRange.to);
  tr.deleteRange(originRange.from, originRange.to);
  const newPos = tr.mapping.map(targetPos);
  tr.insert(newPos, contentSlice.content);
  tr.setSelection(new TextSelection(tr.doc.resolve(Math.max(newPos - 1, 0))));
  return true;
};
var deleteCurrentNode2 = () => ({ tr, dispatch }) => {
  const { selection } = tr;
  const currentNode = selection.$anchor.node();
  if (currentNode.content.size > 0) return false;
  const $pos = tr.selection.$anchor;
  for (let depth = $pos.depth; depth > 0; depth -= 1) if ($pos.node(depth).type === currentNode.type) {
    if (dispatch) {
      const from2 = $pos.before(depth);
      const to = $pos.after(depth);
      tr.delete(from2, to).scrollIntoView();
    }
    return true;
  }
  return false;
};
function getNodeType2(nameOrType, schema) {
  if (typeof nameOrType === "string") {
    if (!schema.nodes[nameOrType]) throw Error(`There is no node type named '${nameOrType}'. Maybe you forgot to add the extension?`);
    return schema.nodes[nameOrType];
  }
  return nameOrType;
}
var deleteNode2 = (typeOrName) => ({ tr, state, dispatch }) => {
  const type = getNodeType2(typeOrName, state.schema);
  const $pos = tr.selection.$anchor;
  for (let depth = $pos.depth; depth > 0; depth -= 1) if ($pos.node(depth).type === type) {
    if (dispatch) {
      const from2 = $pos.before(depth);
      const to = $pos.after(depth);
      tr.delete(from2, to).scrollIntoView();
    }
    return true;
  }
  return false;
};
var deleteRange2 = (range) => ({ tr, dispatch }) => {
  const { from: from2, to } = range;
  if (dispatch) tr.delete(from2, to);
  return true;
};
var hasTextContent2 = (nodeSpec) => {
  if (!nodeSpec.content) return false;
  return /^text(\*|\+)/.test(nodeSpec.content);
};
var expandSelectionForSide2 = ($pos, schema, side) => {
  if (!$pos.parent.isInline) return $pos.pos;
  if (side === "left" && $pos.pos > $pos.start() || side === "right" && $pos.pos < $pos.end()) return $pos.pos;
  const parentContent = schema.nodes[$pos.parent.type.name].spec;
  if (!hasTextContent2(parentContent)) return $pos.pos;
  return side === "left" ? $pos.start() - 1 : $pos.end() + 1;
};
var expandSelectionForInlineText2 = ($from, $to, schema) => {
  return {
    from: expandSelectionForSide2($from, schema, "left"),
    to: expandSelectionForSide2($to, schema, "right")
  };
};
var deleteSelection3 = () => ({ state, dispatch }) => {
  if (state.selection.empty) return false;
  if (dispatch) {
    const tr = state.tr;
    const { ranges } = state.selection;
    const mapFrom = tr.steps.length;
    ranges.forEach((range) => {
      const mapping = tr.mapping.slice(mapFrom);
      const $from = tr.doc.resolve(mapping.map(range.$from.pos));
      const $to = tr.doc.resolve(mapping.map(range.$to.pos));
      const { from: from2, to } = expandSelectionForInlineText2($from, $to, state.schema);
      tr.deleteRange(from2, to);
    });
    if (!tr.selection.empty) tr.setSelection(TextSelection.near(tr.doc.resolve(tr.selection.from)));
    tr.scrollIntoView();
    dispatch(tr);
  }
  return true;
};
var enter2 = () => ({ commands }) => {
  return commands.keyboardShortcut("Enter");
};
var exitCode$12 = () => ({ state, dispatch }) => {
  return exitCode(state, dispatch);
};
function isRegExp2(value) {
  return Object.prototype.toString.call(value) === "[object RegExp]";
}
function objectIncludes2(object1, object2, options = { strict: true }) {
  const keys = Object.keys(object2);
  if (!keys.length) return true;
  return keys.every((key) => {
    if (options.strict) return object2[key] === object1[key];
    if (isRegExp2(object2[key])) return object2[key].test(object1[key]);
    return object2[key] === object1[key];
  });
}
function findMarkInSet2(marks, type, attributes = {}) {
  return marks.find((item) => {
    return item.type === type && objectIncludes2(Object.fromEntries(Object.keys(attributes).map((k2) => [k2, item.attrs[k2]])), attributes);
  });
}
function isMarkInSet2(marks, type, attributes = {}) {
  return !!findMarkInSet2(marks, type, attributes);
}
function getMarkRange2($pos, type, attributes) {
  if (!$pos || !type) return;
  let start = $pos.parent.childAfter($pos.parentOffset);
  if (!start.node || !start.node.marks.some((mark) => mark.type === type)) start = $pos.parent.childBefore($pos.parentOffset);
  if (!start.node || !start.node.marks.some((mark) => mark.type === type)) return;
  if (!attributes) {
    const firstMark = start.node.marks.find((mark) => mark.type === type);
    if (firstMark) attributes = firstMark.attrs;
  }
  if (!findMarkInSet2([...start.node.marks], type, attributes)) return;
  let startIndex = start.index;
  let startPos = $pos.start() + start.offset;
  let endIndex = startIndex + 1;
  let endPos = startPos + start.node.nodeSize;
  while (startIndex > 0 && isMarkInSet2([...$pos.parent.child(startIndex - 1).marks], type, attributes)) {
    startIndex -= 1;
    startPos -= $pos.parent.child(startIndex).nodeSize;
  }
  while (endIndex < $pos.parent.childCount && isMarkInSet2([...$pos.parent.child(endIndex).marks], type, attributes)) {
    endPos += $pos.parent.child(endIndex).nodeSize;
    endIndex += 1;
  }
  return {
    from: startPos,
    to: endPos
  };
}
function getMarkType2(nameOrType, schema) {
  if (typeof nameOrType === "string") {
    if (!schema.marks[nameOrType]) throw Error(`There is no mark type named '${nameOrType}'. Maybe you forgot to add the extension?`);
    return schema.marks[nameOrType];
  }
  return nameOrType;
}
var extendMarkRange2 = (typeOrName, attributes) => ({ tr, state, dispatch }) => {
  const type = getMarkType2(typeOrName, state.schema);
  const { doc, selection } = tr;
  const { $from, from: from2, to } = selection;
  if (dispatch) {
    const range = getMarkRange2($from, type, attributes);
    if (range && range.from <= from2 && range.to >= to) {
      const newSelection = TextSelection.create(doc, range.from, range.to);
      tr.setSelection(newSelection);
    }
  }
  return true;
};
var first2 = (commands) => (props) => {
  const items = typeof commands === "function" ? commands(props) : commands;
  for (let i = 0; i < items.length; i += 1) if (items[i](props)) return true;
  return false;
};
function isTextSelection2(value) {
  return value instanceof TextSelection;
}
function minMax2(value = 0, min = 0, max = 0) {
  return Math.min(Math.max(value, min), max);
}
function resolveFocusPosition2(doc, position = null) {
  if (!position) return null;
  const selectionAtStart = Selection.atStart(doc);
  const selectionAtEnd = Selection.atEnd(doc);
  if (position === "start" || position === true) return selectionAtStart;
  if (position === "end") return selectionAtEnd;
  const minPos = selectionAtStart.from;
  const maxPos = selectionAtEnd.to;
  if (position === "all") return TextSelection.create(doc, minMax2(0, minPos, maxPos), minMax2(doc.content.size, minPos, maxPos));
  return TextSelection.create(doc, minMax2(position, minPos, maxPos), minMax2(position, minPos, maxPos));
}
function isAndroid2() {
  return ["Android"].includes(navigator.platform) || /android/i.test(navigator.userAgent);
}
function isiOS2() {
  return [
    "iPad Simulator",
    "iPhone Simulator",
    "iPod Simulator",
    "iPad",
    "iPhone",
    "iPod"
  ].includes(navigator.platform) || navigator.userAgent.includes("Mac") && "ontouchend" in document;
}
function isSafari2() {
  return typeof navigator !== "undefined" ? /^((?!chrome|android).)*safari/i.test(navigator.userAgent) : false;
}
var focus2 = (position = null, options = {}) => ({ editor, view, tr, dispatch }) => {
  options = {
    scrollIntoView: true,
    ...options
  };
  const delayedFocus = () => {
    if (isiOS2() || isAndroid2()) view.dom.focus();
    if (isSafari2() && !isiOS2() && !isAndroid2()) view.dom.focus({ preventScroll: true });
    requestAnimationFrame(() => {
      if (!editor.isDestroyed) {
        view.focus();
        if (options === null || options === void 0 ? void 0 : options.scrollIntoView) editor.commands.scrollIntoView();
      }
    });
  };
  try {
    if (view.hasFocus() && position === null || position === false) return true;
  } catch {
    return false;
  }
  if (dispatch && position === null && !isTextSelection2(editor.state.selection)) {
    delayedFocus();
    return true;
  }
  const selection = resolveFocusPosition2(tr.doc, position) || editor.state.selection;
  const isSameSelection = editor.state.selection.eq(selection);
  if (dispatch) {
    if (!isSameSelection) tr.setSelection(selection);
    if (isSameSelection && tr.storedMarks) tr.setStoredMarks(tr.storedMarks);
    delayedFocus();
  }
  return true;
};
var forEach2 = (items, fn) => (props) => {
  return items.every((item, index) => fn(item, {
    ...props,
    index
  }));
};
var insertContent2 = (value, options) => ({ tr, commands }) => {
  return commands.insertContentAt({
    from: tr.selection.from,
    to: tr.selection.to
  }, value, options);
};
var removeWhitespaces2 = (node) => {
  const children = node.childNodes;
  for (let i = children.length - 1; i >= 0; i -= 1) {
    const child = children[i];
    if (child.nodeType === 3 && child.nodeValue && /^(\n\s\s|\n)$/.test(child.nodeValue)) node.removeChild(child);
    else if (child.nodeType === 1) removeWhitespaces2(child);
  }
  return node;
};
function elementFromString2(value) {
  if (typeof window === "undefined") throw new Error("[tiptap error]: there is no window object available, so this function cannot be used");
  const wrappedValue = `<body>${value}</body>`;
  const html = new window.DOMParser().parseFromString(wrappedValue, "text/html").body;
  return removeWhitespaces2(html);
}
function isProseMirrorContent2(value) {
  return typeof (value === null || value === void 0 ? void 0 : value.nodesBetween) === "function";
}
function createNodeFromContent2(content, schema, options) {
  if (isProseMirrorContent2(content)) return content;
  const isJSONContent = typeof content === "object" && content !== null;
  options = {
    slice: true,
    parseOptions: {},
    ...options
  };
  const isTextContent = typeof content === "string";
  if (isJSONContent) try {
    if (Array.isArray(content) && content.length > 0) return Fragment.fromArray(content.map((item) => schema.nodeFromJSON(item)));
    const node = schema.nodeFromJSON(content);
    if (options.errorOnInvalidContent) node.check();
    return node;
  } catch (error) {
    if (options.errorOnInvalidContent) throw new Error("[tiptap error]: Invalid JSON content", { cause: error });
    console.warn("[tiptap warn]: Invalid content.", "Passed value:", content, "Error:", error);
    return createNodeFromContent2("", schema, options);
  }
  if (isTextContent) {
    if (options.errorOnInvalidContent) {
      let hasInvalidContent = false;
      let invalidContent = "";
      const contentCheckSchema = new Schema({
        topNode: schema.spec.topNode,
        marks: schema.spec.marks,
        nodes: schema.spec.nodes.append({ __tiptap__private__unknown__catch__all__node: {
          content: "inline*",
          group: "block",
          parseDOM: [{
            tag: "*",
            getAttrs: (e) => {
              hasInvalidContent = true;
              invalidContent = typeof e === "string" ? e : e.outerHTML;
              return null;
            }
          }]
        } })
      });
      if (options.slice) DOMParser.fromSchema(contentCheckSchema).parseSlice(elementFromString2(content), options.parseOptions);
      else DOMParser.fromSchema(contentCheckSchema).parse(elementFromString2(content), options.parseOptions);
      if (options.errorOnInvalidContent && hasInvalidContent) throw new Error("[tiptap error]: Invalid HTML content", { cause: /* @__PURE__ */ new Error(`Invalid element found: ${invalidContent}`) });
    }
    const parser = DOMParser.fromSchema(schema);
    if (options.slice) return parser.parseSlice(elementFromString2(content), options.parseOptions).content;
    return parser.parse(elementFromString2(content), options.parseOptions);
  }
  return createNodeFromContent2("", schema, options);
}
function isFragment2(nodeOrFragment) {
  return !("type" in nodeOrFragment);
}
function selectionToInsertionEnd2(tr, startLen, bias) {
  const last = tr.steps.length - 1;
  if (last < startLen) return;
  const step = tr.steps[last];
  if (!(step instanceof ReplaceStep || step instanceof ReplaceAroundStep)) return;
  const map2 = tr.mapping.maps[last];
  let end = 0;
  map2.forEach((_from, _to, _newFrom, newTo) => {
    if (end === 0) end = newTo;
  });
  tr.setSelection(Selection.near(tr.doc.resolve(end), bias));
}
var insertContentAt2 = (position, value, options) => ({ tr, dispatch, editor }) => {
  if (dispatch) {
    options = {
      parseOptions: editor.options.parseOptions,
      updateSelection: true,
      applyInputRules: false,
      applyPasteRules: false,
      ...options
    };
    let content;
    const emitContentError = (error) => {
      editor.emit("contentError", {
        editor,
        error,
        disableCollaboration: () => {
          if ("collaboration" in editor.storage && typeof editor.storage.collaboration === "object" && editor.storage.collaboration) editor.storage.collaboration.isDisabled = true;
        }
      });
    };
    const parseOptions = {
      preserveWhitespace: "full",
      ...options.parseOptions
    };
    if (!options.errorOnInvalidContent && !editor.options.enableContentCheck && editor.options.emitContentError) try {
      createNodeFromContent2(value, editor.schema, {
        parseOptions,
        errorOnInvalidContent: true
      });
    } catch (e) {
      emitContentError(e);
    }
    try {
      var _options$errorOnInval;
      content = createNodeFromContent2(value, editor.schema, {
        parseOptions,
        errorOnInvalidContent: (_options$errorOnInval = options.errorOnInvalidContent) !== null && _options$errorOnInval !== void 0 ? _options$errorOnInval : editor.options.enableContentCheck
      });
    } catch (e) {
      emitContentError(e);
      return false;
    }
    let { from: from2, to } = typeof position === "number" ? {
      from: position,
      to: position
    } : {
      from: position.from,
      to: position.to
    };
    let isOnlyTextContent = true;
    let isOnlyBlockContent = true;
    const nodes = isFragment2(content) ? content.content : [content];
    nodes.forEach((node) => {
      node.check();
      isOnlyTextContent = isOnlyTextContent ? node.isText && node.marks.length === 0 : false;
      isOnlyBlockContent = isOnlyBlockContent ? node.isBlock : false;
    });
    if (from2 === to && isOnlyBlockContent) {
      const { parent } = tr.doc.resolve(from2);
      if (parent.isTextblock && !parent.type.spec.code && !parent.childCount) {
        from2 -= 1;
        to += 1;
      }
    }
    let newContent;
    if (isOnlyTextContent) {
      if (Array.isArray(value)) newContent = value.map((item) => item.text || "").join("");
      else if (isProseMirrorContent2(value)) newContent = nodes.map((node) => {
        var _node$text;
        return (_node$text = node.text) !== null && _node$text !== void 0 ? _node$text : "";
      }).join("");
      else if (typeof value === "object" && !!value && !!value.text) newContent = value.text;
      else newContent = value;
      tr.insertText(newContent, from2, to);
    } else {
      newContent = Fragment.from(nodes);
      const $from = tr.doc.resolve(from2);
      const $fromNode = $from.node();
      const fromSelectionAtStart = $from.parentOffset === 0;
      const isTextSelection4 = $fromNode.isText || $fromNode.isTextblock;
      const hasContent = $fromNode.content.size > 0;
      if (fromSelectionAtStart && isTextSelection4 && hasContent && isOnlyBlockContent) from2 = Math.max(0, from2 - 1);
      tr.replaceWith(from2, to, nodes);
    }
    if (options.updateSelection) selectionToInsertionEnd2(tr, tr.steps.length - 1, -1);
    if (options.applyInputRules) tr.setMeta("applyInputRules", {
      from: from2,
      text: newContent
    });
    if (options.applyPasteRules) tr.setMeta("applyPasteRules", {
      from: from2,
      text: newContent
    });
  }
  return true;
};
function defaultBlockAt3(match) {
  for (let i = 0; i < match.edgeCount; i += 1) {
    const { type } = match.edge(i);
    if (type.isTextblock && !type.hasRequiredAttrs()) return type;
  }
  return null;
}
var insertDefaultBlock2 = (options = {}) => ({ tr, dispatch, editor }) => {
  const { pos, attrs, content, updateSelection = true } = options;
  let $pos;
  if (typeof pos === "number") $pos = tr.doc.resolve(pos);
  else if (pos) $pos = pos;
  else $pos = tr.selection.$from;
  const defaultType = defaultBlockAt3($pos.parent.contentMatchAt($pos.index()));
  if (!defaultType) return false;
  const validAttrKeys = Object.keys(defaultType.spec.attrs || {});
  const filteredAttrs = attrs ? Object.fromEntries(Object.entries(attrs).filter(([key]) => validAttrKeys.includes(key))) : {};
  let node;
  if (content) {
    const parsed = createNodeFromContent2(content, editor.schema);
    node = defaultType.createAndFill(filteredAttrs, parsed);
  } else node = defaultType.createAndFill(filteredAttrs);
  if (!node) return false;
  if (dispatch) {
    tr.insert($pos.pos, node);
    if (updateSelection) selectionToInsertionEnd2(tr, tr.steps.length - 1, -1);
  }
  return true;
};
var joinUp$12 = () => ({ state, dispatch }) => {
  return joinUp(state, dispatch);
};
var joinDown$12 = () => ({ state, dispatch }) => {
  return joinDown(state, dispatch);
};
var joinBackward$12 = () => ({ state, dispatch }) => {
  return joinBackward(state, dispatch);
};
var joinForward$12 = () => ({ state, dispatch }) => {
  return joinForward(state, dispatch);
};
var joinItemBackward2 = () => ({ state, dispatch, tr }) => {
  try {
    const point = joinPoint(state.doc, state.selection.$from.pos, -1);
    if (point === null || point === void 0) return false;
    tr.join(point, 2);
    if (dispatch) dispatch(tr);
    return true;
  } catch {
    return false;
  }
};
var joinItemForward2 = () => ({ state, dispatch, tr }) => {
  try {
    const point = joinPoint(state.doc, state.selection.$from.pos, 1);
    if (point === null || point === void 0) return false;
    tr.join(point, 2);
    if (dispatch) dispatch(tr);
    return true;
  } catch {
    return false;
  }
};
var joinTextblockBackward$12 = () => ({ state, dispatch }) => {
  return joinTextblockBackward(state, dispatch);
};
var joinTextblockForward$12 = () => ({ state, dispatch }) => {
  return joinTextblockForward(state, dispatch);
};
function isMacOS2() {
  return typeof navigator !== "undefined" ? /Mac/.test(navigator.platform) : false;
}
function normalizeKeyName3(name) {
  const parts = name.split(/-(?!$)/);
  let result = parts[parts.length - 1];
  if (result === "Space") result = " ";
  let alt;
  let ctrl;
  let shift2;
  let meta;
  for (let i = 0; i < parts.length - 1; i += 1) {
    const mod = parts[i];
    if (/^(cmd|meta|m)$/i.test(mod)) meta = true;
    else if (/^a(lt)?$/i.test(mod)) alt = true;
    else if (/^(c|ctrl|control)$/i.test(mod)) ctrl = true;
    else if (/^s(hift)?$/i.test(mod)) shift2 = true;
    else if (/^mod$/i.test(mod)) {
      if (isiOS2() || isMacOS2()) meta = true;
      else ctrl = true;
    } else throw new Error(`Unrecognized modifier name: ${mod}`);
  }
  if (alt) result = `Alt-${result}`;
  if (ctrl) result = `Ctrl-${result}`;
  if (meta) result = `Meta-${result}`;
  if (shift2) result = `Shift-${result}`;
  return result;
}
var keyboardShortcut2 = (name) => ({ editor, view, tr, dispatch }) => {
  const keys = normalizeKeyName3(name).split(/-(?!$)/);
  const key = keys.find((item) => ![
    "Alt",
    "Ctrl",
    "Meta",
    "Shift"
  ].includes(item));
  const event = new KeyboardEvent("keydown", {
    key: key === "Space" ? " " : key,
    altKey: keys.includes("Alt"),
    ctrlKey: keys.includes("Ctrl"),
    metaKey: keys.includes("Meta"),
    shiftKey: keys.includes("Shift"),
    bubbles: true,
    cancelable: true
  });
  const capturedTransaction = editor.captureTransaction(() => {
    view.someProp("handleKeyDown", (f) => f(view, event));
  });
  capturedTransaction === null || capturedTransaction === void 0 || capturedTransaction.steps.forEach((step) => {
    const newStep = step.map(tr.mapping);
    if (newStep && dispatch) tr.maybeStep(newStep);
  });
  return true;
};
function isNodeActive2(state, typeOrName, attributes = {}) {
  const { from: from2, to, empty } = state.selection;
  const type = typeOrName ? getNodeType2(typeOrName, state.schema) : null;
  const nodeRanges = [];
  state.doc.nodesBetween(from2, to, (node, pos) => {
    if (node.isText) return;
    const relativeFrom = Math.max(from2, pos);
    const relativeTo = Math.min(to, pos + node.nodeSize);
    nodeRanges.push({
      node,
      from: relativeFrom,
      to: relativeTo
    });
  });
  const selectionRange = to - from2;
  const matchedNodeRanges = nodeRanges.filter((nodeRange) => {
    if (!type) return true;
    return type.name === nodeRange.node.type.name;
  }).filter((nodeRange) => objectIncludes2(nodeRange.node.attrs, attributes, { strict: false }));
  if (empty) return !!matchedNodeRanges.length;
  return matchedNodeRanges.reduce((sum, nodeRange) => sum + nodeRange.to - nodeRange.from, 0) >= selectionRange;
}
var lift$12 = (typeOrName, attributes = {}) => ({ state, dispatch }) => {
  if (!isNodeActive2(state, getNodeType2(typeOrName, state.schema), attributes)) return false;
  return lift(state, dispatch);
};
var liftEmptyBlock$12 = () => ({ state, dispatch }) => {
  return liftEmptyBlock(state, dispatch);
};
var liftListItem$12 = (typeOrName) => ({ state, dispatch }) => {
  const type = getNodeType2(typeOrName, state.schema);
  return liftListItem(type)(state, dispatch);
};
var newlineInCode$12 = () => ({ state, dispatch }) => {
  return newlineInCode(state, dispatch);
};
function getSchemaTypeNameByName2(name, schema) {
  if (schema.nodes[name]) return "node";
  if (schema.marks[name]) return "mark";
  return null;
}
function deleteProps2(obj, propOrProps) {
  const props = typeof propOrProps === "string" ? [propOrProps] : propOrProps;
  return Object.keys(obj).reduce((newObj, prop) => {
    if (!props.includes(prop)) newObj[prop] = obj[prop];
    return newObj;
  }, {});
}
var resetAttributes2 = (typeOrName, attributes) => ({ tr, state, dispatch }) => {
  let nodeType = null;
  let markType = null;
  const schemaType = getSchemaTypeNameByName2(typeof typeOrName === "string" ? typeOrName : typeOrName.name, state.schema);
  if (!schemaType) return false;
  if (schemaType === "node") nodeType = getNodeType2(typeOrName, state.schema);
  if (schemaType === "mark") markType = getMarkType2(typeOrName, state.schema);
  let canReset = false;
  tr.selection.ranges.forEach((range) => {
    state.doc.nodesBetween(range.$from.pos, range.$to.pos, (node, pos) => {
      if (nodeType && nodeType === node.type) {
        canReset = true;
        if (dispatch) tr.setNodeMarkup(pos, void 0, deleteProps2(node.attrs, attributes));
      }
      if (markType && node.marks.length) node.marks.forEach((mark) => {
        if (markType === mark.type) {
          canReset = true;
          if (dispatch) tr.addMark(pos, pos + node.nodeSize, markType.create(deleteProps2(mark.attrs, attributes)));
        }
      });
    });
  });
  return canReset;
};
var scrollIntoView2 = () => ({ tr, dispatch }) => {
  if (dispatch) tr.scrollIntoView();
  return true;
};
var selectAll3 = () => ({ tr, dispatch }) => {
  if (dispatch) {
    const selection = new AllSelection(tr.doc);
    tr.setSelection(selection);
  }
  return true;
};
var selectNodeBackward$12 = () => ({ state, dispatch }) => {
  return selectNodeBackward(state, dispatch);
};
var selectNodeForward$12 = () => ({ state, dispatch }) => {
  return selectNodeForward(state, dispatch);
};
var selectParentNode$12 = () => ({ state, dispatch }) => {
  return selectParentNode(state, dispatch);
};
var selectTextblockEnd$12 = () => ({ state, dispatch }) => {
  return selectTextblockEnd(state, dispatch);
};
var selectTextblockStart$12 = () => ({ state, dispatch }) => {
  return selectTextblockStart(state, dispatch);
};
function createDocument2(content, schema, parseOptions = {}, options = {}) {
  return createNodeFromContent2(content, schema, {
    slice: false,
    parseOptions,
    errorOnInvalidContent: options.errorOnInvalidContent
  });
}
var setContent2 = (content, { errorOnInvalidContent, emitUpdate = true, parseOptions = {} } = {}) => ({ editor, tr, dispatch, commands }) => {
  const { doc } = tr;
  if (parseOptions.preserveWhitespace !== "full") {
    const document2 = createDocument2(content, editor.schema, parseOptions, { errorOnInvalidContent: errorOnInvalidContent !== null && errorOnInvalidContent !== void 0 ? errorOnInvalidContent : editor.options.enableContentCheck });
    if (dispatch) {
      const nodes = isFragment2(document2) ? document2.content : [document2];
      tr.replaceWith(0, doc.content.size, nodes).setMeta("preventUpdate", !emitUpdate);
    }
    return true;
  }
  if (dispatch) tr.setMeta("preventUpdate", !emitUpdate);
  return commands.insertContentAt({
    from: 0,
    to: doc.content.size
  }, content, {
    parseOptions,
    errorOnInvalidContent: errorOnInvalidContent !== null && errorOnInvalidContent !== void 0 ? errorOnInvalidContent : editor.options.enableContentCheck
  });
};
function getMarkAttributes2(state, typeOrName) {
  const type = getMarkType2(typeOrName, state.schema);
  const { from: from2, to, empty } = state.selection;
  const marks = [];
  if (empty) {
    if (state.storedMarks) marks.push(...state.storedMarks);
    marks.push(...state.selection.$head.marks());
  } else state.doc.nodesBetween(from2, to, (node) => {
    marks.push(...node.marks);
  });
  const mark = marks.find((markItem) => markItem.type.name === type.name);
  if (!mark) return {};
  return { ...mark.attrs };
}
function combineTransactionSteps2(oldDoc, transactions) {
  const transform = new Transform(oldDoc);
  transactions.forEach((transaction) => {
    transaction.steps.forEach((step) => {
      transform.step(step);
    });
  });
  return transform;
}
function findChildrenInRange(node, range, predicate) {
  const nodesWithPos = [];
  node.nodesBetween(range.from, range.to, (child, pos) => {
    if (predicate(child)) nodesWithPos.push({
      node: child,
      pos
    });
  });
  return nodesWithPos;
}
function findParentNodeClosestToPos2($pos, predicate) {
  for (let i = $pos.depth; i > 0; i -= 1) {
    const node = $pos.node(i);
    if (predicate(node)) return {
      pos: i > 0 ? $pos.before(i) : 0,
      start: $pos.start(i),
      depth: i,
      node
    };
  }
}
function findParentNode2(predicate) {
  return (selection) => findParentNodeClosestToPos2(selection.$from, predicate);
}
function getExtensionField2(extension, field, context) {
  if (extension.config[field] === void 0 && extension.parent) return getExtensionField2(extension.parent, field, context);
  if (typeof extension.config[field] === "function") return extension.config[field].bind({
    ...context,
    parent: extension.parent ? getExtensionField2(extension.parent, field, context) : null
  });
  return extension.config[field];
}
function flattenExtensions2(extensions) {
  return extensions.map((extension) => {
    const addExtensions = getExtensionField2(extension, "addExtensions", {
      name: extension.name,
      options: extension.options,
      storage: extension.storage
    });
    if (addExtensions) return [extension, ...flattenExtensions2(addExtensions())];
    return extension;
  }).flat(10);
}
function getHTMLFromFragment3(fragment, schema) {
  const documentFragment = DOMSerializer.fromSchema(schema).serializeFragment(fragment);
  const container = document.implementation.createHTMLDocument().createElement("div");
  container.appendChild(documentFragment);
  return container.innerHTML;
}
function isFunction2(value) {
  return typeof value === "function";
}
function callOrReturn2(value, context = void 0, ...props) {
  if (isFunction2(value)) {
    if (context) return value.bind(context)(...props);
    return value(...props);
  }
  return value;
}
function isEmptyObject2(value = {}) {
  return Object.keys(value).length === 0 && value.constructor === Object;
}
function splitExtensions2(extensions) {
  return {
    baseExtensions: extensions.filter((extension) => extension.type === "extension"),
    nodeExtensions: extensions.filter((extension) => extension.type === "node"),
    markExtensions: extensions.filter((extension) => extension.type === "mark")
  };
}
function getAttributesFromExtensions2(extensions) {
  const extensionAttributes = [];
  const { nodeExtensions, markExtensions } = splitExtensions2(extensions);
  const nodeAndMarkExtensions = [...nodeExtensions, ...markExtensions];
  const defaultAttribute = {
    default: null,
    validate: void 0,
    rendered: true,
    renderHTML: null,
    parseHTML: null,
    keepOnSplit: true,
    isRequired: false
  };
  const nodeExtensionTypes = nodeExtensions.filter((ext) => ext.name !== "text").map((ext) => ext.name);
  const markExtensionTypes = markExtensions.map((ext) => ext.name);
  const allExtensionTypes = [...nodeExtensionTypes, ...markExtensionTypes];
  extensions.forEach((extension) => {
    const addGlobalAttributes = getExtensionField2(extension, "addGlobalAttributes", {
      name: extension.name,
      options: extension.options,
      storage: extension.storage,
      extensions: nodeAndMarkExtensions
    });
    if (!addGlobalAttributes) return;
    addGlobalAttributes().forEach((globalAttribute) => {
      let resolvedTypes;
      if (Array.isArray(globalAttribute.types)) resolvedTypes = globalAttribute.types;
      else if (globalAttribute.types === "*") resolvedTypes = allExtensionTypes;
      else if (globalAttribute.types === "nodes") resolvedTypes = nodeExtensionTypes;
      else if (globalAttribute.types === "marks") resolvedTypes = markExtensionTypes;
      else resolvedTypes = [];
      resolvedTypes.forEach((type) => {
        Object.entries(globalAttribute.attributes).forEach(([name, attribute]) => {
          extensionAttributes.push({
            type,
            name,
            attribute: {
              ...defaultAttribute,
              ...attribute
            }
          });
        });
      });
    });
  });
  nodeAndMarkExtensions.forEach((extension) => {
    const addAttributes = getExtensionField2(extension, "addAttributes", {
      name: extension.name,
      options: extension.options,
      storage: extension.storage
    });
    if (!addAttributes) return;
    const attributes = addAttributes();
    Object.entries(attributes).forEach(([name, attribute]) => {
      const mergedAttr = {
        ...defaultAttribute,
        ...attribute
      };
      if (typeof (mergedAttr === null || mergedAttr === void 0 ? void 0 : mergedAttr.default) === "function") mergedAttr.default = mergedAttr.default();
      if ((mergedAttr === null || mergedAttr === void 0 ? void 0 : mergedAttr.isRequired) && (mergedAttr === null || mergedAttr === void 0 ? void 0 : mergedAttr.default) === void 0) delete mergedAttr.default;
      extensionAttributes.push({
        type: extension.name,
        name,
        attribute: mergedAttr
      });
    });
  });
  return extensionAttributes;
}
function splitStyleDeclarations2(styles) {
  const result = [];
  let current = "";
  let inSingleQuote = false;
  let inDoubleQuote = false;
  let parenDepth = 0;
  const length = styles.length;
  for (let i = 0; i < length; i += 1) {
    const char = styles[i];
    if (char === "'" && !inDoubleQuote) {
      inSingleQuote = !inSingleQuote;
      current += char;
      continue;
    }
    if (char === '"' && !inSingleQuote) {
      inDoubleQuote = !inDoubleQuote;
      current += char;
      continue;
    }
    if (!inSingleQuote && !inDoubleQuote) {
      if (char === "(") {
        parenDepth += 1;
        current += char;
        continue;
      }
      if (char === ")" && parenDepth > 0) {
        parenDepth -= 1;
        current += char;
        continue;
      }
      if (char === ";" && parenDepth === 0) {
        result.push(current);
        current = "";
        continue;
      }
    }
    current += char;
  }
  if (current) result.push(current);
  return result;
}
function parseStyleEntries2(styles) {
  const pairs = [];
  const declarations = splitStyleDeclarations2(styles || "");
  const numDeclarations = declarations.length;
  for (let i = 0; i < numDeclarations; i += 1) {
    const declaration = declarations[i];
    const firstColonIndex = declaration.indexOf(":");
    if (firstColonIndex === -1) continue;
    const property = declaration.slice(0, firstColonIndex).trim();
    const value = declaration.slice(firstColonIndex + 1).trim();
    if (property && value) pairs.push([property, value]);
  }
  return pairs;
}
function mergeAttributes2(...objects) {
  return objects.filter((item) => !!item).reduce((items, item) => {
    const mergedAttributes = { ...items };
    Object.entries(item).forEach(([key, value]) => {
      if (key === "__proto__") {
        Object.defineProperty(mergedAttributes, key, {
          configurable: true,
          enumerable: true,
          value,
          writable: true
        });
        return;
      }
      if (!mergedAttributes[key]) {
        mergedAttributes[key] = value;
        return;
      }
      if (key === "class") {
        const valueClasses = value ? String(value).split(" ") : [];
        const existingClasses = mergedAttributes[key] ? mergedAttributes[key].split(" ") : [];
        const insertClasses = valueClasses.filter((valueClass) => !existingClasses.includes(valueClass));
        mergedAttributes[key] = [...existingClasses, ...insertClasses].join(" ");
      } else if (key === "style") {
        const styleMap = new Map([...parseStyleEntries2(mergedAttributes[key]), ...parseStyleEntries2(value)]);
        mergedAttributes[key] = Array.from(styleMap.entries()).map(([property, val]) => `${property}: ${val}`).join("; ");
      } else mergedAttributes[key] = value;
    });
    return mergedAttributes;
  }, {});
}
function getRenderedAttributes2(nodeOrMark, extensionAttributes) {
  return extensionAttributes.filter((attribute) => attribute.type === nodeOrMark.type.name).filter((item) => item.attribute.rendered).map((item) => {
    if (!item.attribute.renderHTML) return { [item.name]: nodeOrMark.attrs[item.name] };
    return item.attribute.renderHTML(nodeOrMark.attrs) || {};
  }).reduce((attributes, attribute) => mergeAttributes2(attributes, attribute), {});
}
function fromString2(value) {
  if (typeof value !== "string") return value;
  if (value.match(/^[+-]?(?:\d*\.)?\d+$/)) return Number(value);
  if (value === "true") return true;
  if (value === "false") return false;
  return value;
}
function injectExtensionAttributesToParseRule2(parseRule, extensionAttributes) {
  if ("style" in parseRule) return parseRule;
  return {
    ...parseRule,
    getAttrs: (node) => {
      const oldAttributes = parseRule.getAttrs ? parseRule.getAttrs(node) : parseRule.attrs;
      if (oldAttributes === false) return false;
      const newAttributes = extensionAttributes.reduce((items, item) => {
        const value = item.attribute.parseHTML ? item.attribute.parseHTML(node) : fromString2(node.getAttribute(item.name));
        if (value === null || value === void 0) return items;
        return {
          ...items,
          [item.name]: value
        };
      }, {});
      return {
        ...oldAttributes,
        ...newAttributes
      };
    }
  };
}
function cleanUpSchemaItem2(data) {
  return Object.fromEntries(Object.entries(data).filter(([key, value]) => {
    if (key === "attrs" && isEmptyObject2(value)) return false;
    return value !== null && value !== void 0;
  }));
}
function buildAttributeSpec2(extensionAttribute) {
  var _extensionAttribute$a, _extensionAttribute$a2;
  const spec = {};
  if (!(extensionAttribute === null || extensionAttribute === void 0 || (_extensionAttribute$a = extensionAttribute.attribute) === null || _extensionAttribute$a === void 0 ? void 0 : _extensionAttribute$a.isRequired) && "default" in ((extensionAttribute === null || extensionAttribute === void 0 ? void 0 : extensionAttribute.attribute) || {})) spec.default = extensionAttribute.attribute.default;
  if ((extensionAttribute === null || extensionAttribute === void 0 || (_extensionAttribute$a2 = extensionAttribute.attribute) === null || _extensionAttribute$a2 === void 0 ? void 0 : _extensionAttribute$a2.validate) !== void 0) spec.validate = extensionAttribute.attribute.validate;
  return [extensionAttribute.name, spec];
}
function getSchemaByResolvedExtensions2(extensions, editor) {
  var _nodeExtensions$find;
  const allAttributes = getAttributesFromExtensions2(extensions);
  const { nodeExtensions, markExtensions } = splitExtensions2(extensions);
  const topNode = (_nodeExtensions$find = nodeExtensions.find((extension) => getExtensionField2(extension, "topNode"))) === null || _nodeExtensions$find === void 0 ? void 0 : _nodeExtensions$find.name;
  const nodes = Object.fromEntries(nodeExtensions.map((extension) => {
    const extensionAttributes = allAttributes.filter((attribute) => attribute.type === extension.name);
    const context = {
      name: extension.name,
      options: extension.options,
      storage: extension.storage,
      editor
    };
    const schema = cleanUpSchemaItem2({
      ...extensions.reduce((fields, e) => {
        const extendNodeSchema = getExtensionField2(e, "extendNodeSchema", context);
        return {
          ...fields,
          ...extendNodeSchema ? extendNodeSchema(extension) : {}
        };
      }, {}),
      content: callOrReturn2(getExtensionField2(extension, "content", context)),
      marks: callOrReturn2(getExtensionField2(extension, "marks", context)),
      group: callOrReturn2(getExtensionField2(extension, "group", context)),
      inline: callOrReturn2(getExtensionField2(extension, "inline", context)),
      atom: callOrReturn2(getExtensionField2(extension, "atom", context)),
      selectable: callOrReturn2(getExtensionField2(extension, "selectable", context)),
      draggable: callOrReturn2(getExtensionField2(extension, "draggable", context)),
      code: callOrReturn2(getExtensionField2(extension, "code", context)),
      whitespace: callOrReturn2(getExtensionField2(extension, "whitespace", context)),
      linebreakReplacement: callOrReturn2(getExtensionField2(extension, "linebreakReplacement", context)),
      defining: callOrReturn2(getExtensionField2(extension, "defining", context)),
      isolating: callOrReturn2(getExtensionField2(extension, "isolating", context)),
      attrs: Object.fromEntries(extensionAttributes.map(buildAttributeSpec2))
    });
    const parseHTML = callOrReturn2(getExtensionField2(extension, "parseHTML", context));
    if (parseHTML) schema.parseDOM = parseHTML.map((parseRule) => injectExtensionAttributesToParseRule2(parseRule, extensionAttributes));
    const renderHTML = getExtensionField2(extension, "renderHTML", context);
    if (renderHTML) schema.toDOM = (node) => renderHTML({
      node,
      HTMLAttributes: getRenderedAttributes2(node, extensionAttributes)
    });
    const renderText = getExtensionField2(extension, "renderText", context);
    if (renderText) schema.toText = renderText;
    return [extension.name, schema];
  }));
  const marks = Object.fromEntries(markExtensions.map((extension) => {
    const extensionAttributes = allAttributes.filter((attribute) => attribute.type === extension.name);
    const context = {
      name: extension.name,
      options: extension.options,
      storage: extension.storage,
      editor
    };
    const schema = cleanUpSchemaItem2({
      ...extensions.reduce((fields, e) => {
        const extendMarkSchema = getExtensionField2(e, "extendMarkSchema", context);
        return {
          ...fields,
          ...extendMarkSchema ? extendMarkSchema(extension) : {}
        };
      }, {}),
      inclusive: callOrReturn2(getExtensionField2(extension, "inclusive", context)),
      excludes: callOrReturn2(getExtensionField2(extension, "excludes", context)),
      group: callOrReturn2(getExtensionField2(extension, "group", context)),
      spanning: callOrReturn2(getExtensionField2(extension, "spanning", context)),
      code: callOrReturn2(getExtensionField2(extension, "code", context)),
      attrs: Object.fromEntries(extensionAttributes.map(buildAttributeSpec2))
    });
    const parseHTML = callOrReturn2(getExtensionField2(extension, "parseHTML", context));
    if (parseHTML) schema.parseDOM = parseHTML.map((parseRule) => injectExtensionAttributesToParseRule2(parseRule, extensionAttributes));
    const renderHTML = getExtensionField2(extension, "renderHTML", context);
    if (renderHTML) schema.toDOM = (mark) => renderHTML({
      mark,
      HTMLAttributes: getRenderedAttributes2(mark, extensionAttributes)
    });
    return [extension.name, schema];
  }));
  return new Schema({
    topNode,
    nodes,
    marks
  });
}
function findDuplicates2(items) {
  const filtered = items.filter((el, index) => items.indexOf(el) !== index);
  return Array.from(new Set(filtered));
}
function sortExtensions2(extensions) {
  const defaultPriority = 100;
  return extensions.sort((a, b2) => {
    const priorityA = getExtensionField2(a, "priority") || defaultPriority;
    const priorityB = getExtensionField2(b2, "priority") || defaultPriority;
    if (priorityA > priorityB) return -1;
    if (priorityA < priorityB) return 1;
    return 0;
  });
}
function resolveExtensions2(extensions) {
  const resolvedExtensions = sortExtensions2(flattenExtensions2(extensions));
  const duplicatedNames = findDuplicates2(resolvedExtensions.map((extension) => extension.name));
  if (duplicatedNames.length) console.warn(`[tiptap warn]: Duplicate extension names found: [${duplicatedNames.map((item) => `'${item}'`).join(", ")}]. This can lead to issues.`);
  return resolvedExtensions;
}
function getTextBetween2(startNode, range, options) {
  const { from: from2, to } = range;
  const { blockSeparator = "\n\n", textSerializers = {} } = options || {};
  let text = "";
  startNode.nodesBetween(from2, to, (node, pos, parent, index) => {
    if (node.isBlock && pos > from2) text += blockSeparator;
    const textSerializer = textSerializers === null || textSerializers === void 0 ? void 0 : textSerializers[node.type.name];
    if (textSerializer) {
      if (parent) text += textSerializer({
        node,
        pos,
        parent,
        index,
        range
      });
      return false;
    }
    if (node.isText) {
      var _node$text;
      text += node === null || node === void 0 || (_node$text = node.text) === null || _node$text === void 0 ? void 0 : _node$text.slice(Math.max(from2, pos) - pos, to - pos);
    }
  });
  return text;
}
function getTextSerializersFromSchema2(schema) {
  return Object.fromEntries(Object.entries(schema.nodes).filter(([, node]) => node.spec.toText).map(([name, node]) => [name, node.spec.toText]));
}
function getNodeAttributes(state, typeOrName) {
  const type = getNodeType2(typeOrName, state.schema);
  const { from: from2, to } = state.selection;
  const nodes = [];
  state.doc.nodesBetween(from2, to, (node2) => {
    nodes.push(node2);
  });
  const node = nodes.reverse().find((nodeItem) => nodeItem.type.name === type.name);
  if (!node) return {};
  return { ...node.attrs };
}
function getAttributes(state, typeOrName) {
  const schemaType = getSchemaTypeNameByName2(typeof typeOrName === "string" ? typeOrName : typeOrName.name, state.schema);
  if (schemaType === "node") return getNodeAttributes(state, typeOrName);
  if (schemaType === "mark") return getMarkAttributes2(state, typeOrName);
  return {};
}
function removeDuplicates2(array, by = JSON.stringify) {
  const seen = {};
  return array.filter((item) => {
    const key = by(item);
    return Object.prototype.hasOwnProperty.call(seen, key) ? false : seen[key] = true;
  });
}
function simplifyChangedRanges2(changes) {
  const uniqueChanges = removeDuplicates2(changes);
  return uniqueChanges.length === 1 ? uniqueChanges : uniqueChanges.filter((change, index) => {
    return !uniqueChanges.filter((_2, i) => i !== index).some((otherChange) => {
      return change.oldRange.from >= otherChange.oldRange.from && change.oldRange.to <= otherChange.oldRange.to && change.newRange.from >= otherChange.newRange.from && change.newRange.to <= otherChange.newRange.to;
    });
  });
}
function getChangedRanges2(transform) {
  const { mapping, steps } = transform;
  const changes = [];
  mapping.maps.forEach((stepMap, index) => {
    const ranges = [];
    if (!stepMap.ranges.length) {
      const { from: from2, to } = steps[index];
      if (from2 === void 0 || to === void 0) return;
      ranges.push({
        from: from2,
        to
      });
    } else stepMap.forEach((from2, to) => {
      ranges.push({
        from: from2,
        to
      });
    });
    ranges.forEach(({ from: from2, to }) => {
      const newStart = mapping.slice(index).map(from2, -1);
      const newEnd = mapping.slice(index).map(to);
      const oldStart = mapping.invert().map(newStart, -1);
      const oldEnd = mapping.invert().map(newEnd);
      changes.push({
        oldRange: {
          from: oldStart,
          to: oldEnd
        },
        newRange: {
          from: newStart,
          to: newEnd
        }
      });
    });
  });
  return simplifyChangedRanges2(changes);
}
function getMarksBetween(from2, to, doc) {
  const marks = [];
  if (from2 === to) doc.resolve(from2).marks().forEach((mark) => {
    const range = getMarkRange2(doc.resolve(from2), mark.type);
    if (!range) return;
    marks.push({
      mark,
      ...range
    });
  });
  else doc.nodesBetween(from2, to, (node, pos) => {
    if (!node || (node === null || node === void 0 ? void 0 : node.nodeSize) === void 0) return;
    marks.push(...node.marks.map((mark) => ({
      from: pos,
      to: pos + node.nodeSize,
      mark
    })));
  });
  return marks;
}
var getNodeAtPosition = (state, typeOrName, pos, maxDepth = 20) => {
  const $pos = state.doc.resolve(pos);
  let currentDepth = maxDepth;
  let node = null;
  while (currentDepth > 0 && node === null) {
    const currentNode = $pos.node(currentDepth);
    if ((currentNode === null || currentNode === void 0 ? void 0 : currentNode.type.name) === typeOrName) node = currentNode;
    else currentDepth -= 1;
  }
  return [node, currentDepth];
};
var getPreviousBlockSibling = ($pos) => {
  const parentDepth = $pos.depth - 1;
  if (parentDepth < 0) return null;
  const index = $pos.index(parentDepth);
  if (index === 0) return null;
  return $pos.node(parentDepth).child(index - 1);
};
function getSchemaTypeByName2(name, schema) {
  return schema.nodes[name] || schema.marks[name] || null;
}
function getSplittedAttributes2(extensionAttributes, typeName, attributes) {
  return Object.fromEntries(Object.entries(attributes).filter(([name]) => {
    const extensionAttribute = extensionAttributes.find((item) => {
      return item.type === typeName && item.name === name;
    });
    if (!extensionAttribute) return false;
    return extensionAttribute.attribute.keepOnSplit;
  }));
}
var getTextContentFromNodes2 = ($from, maxMatch = 500) => {
  let textBefore = "";
  const sliceEndPos = $from.parentOffset;
  $from.parent.nodesBetween(Math.max(0, sliceEndPos - maxMatch), sliceEndPos, (node, pos, parent, index) => {
    var _node$type$spec$toTex, _node$type$spec;
    const chunk = ((_node$type$spec$toTex = (_node$type$spec = node.type.spec).toText) === null || _node$type$spec$toTex === void 0 ? void 0 : _node$type$spec$toTex.call(_node$type$spec, {
      node,
      pos,
      parent,
      index
    })) || node.textContent || "%leaf%";
    textBefore += node.isAtom && !node.isText ? chunk : chunk.slice(0, Math.max(0, sliceEndPos - pos));
  });
  return textBefore;
};
function isMarkActive2(state, typeOrName, attributes = {}) {
  const { empty, ranges } = state.selection;
  const type = typeOrName ? getMarkType2(typeOrName, state.schema) : null;
  if (empty) return !!(state.storedMarks || state.selection.$from.marks()).filter((mark) => {
    if (!type) return true;
    return type.name === mark.type.name;
  }).find((mark) => objectIncludes2(mark.attrs, attributes, { strict: false }));
  let selectionRange = 0;
  const markRanges = [];
  ranges.forEach(({ $from, $to }) => {
    const from2 = $from.pos;
    const to = $to.pos;
    state.doc.nodesBetween(from2, to, (node, pos) => {
      if (type && node.inlineContent && !node.type.allowsMarkType(type)) return false;
      if (!node.isText && !node.marks.length) return;
      const relativeFrom = Math.max(from2, pos);
      const relativeTo = Math.min(to, pos + node.nodeSize);
      const range = relativeTo - relativeFrom;
      selectionRange += range;
      markRanges.push(...node.marks.map((mark) => ({
        mark,
        from: relativeFrom,
        to: relativeTo
      })));
    });
  });
  if (selectionRange === 0) return false;
  const matchedRange = markRanges.filter((markRange) => {
    if (!type) return true;
    return type.name === markRange.mark.type.name;
  }).filter((markRange) => objectIncludes2(markRange.mark.attrs, attributes, { strict: false })).reduce((sum, markRange) => sum + markRange.to - markRange.from, 0);
  const excludedRange = markRanges.filter((markRange) => {
    if (!type) return true;
    return markRange.mark.type !== type && markRange.mark.type.excludes(type);
  }).reduce((sum, markRange) => sum + markRange.to - markRange.from, 0);
  return (matchedRange > 0 ? matchedRange + excludedRange : matchedRange) >= selectionRange;
}
var isAtEndOfNode = (state, nodeType) => {
  const { $from, $to, $anchor } = state.selection;
  if (nodeType) {
    const parentNode = findParentNode2((node) => node.type.name === nodeType)(state.selection);
    if (!parentNode) return false;
    const $parentPos = state.doc.resolve(parentNode.pos + 1);
    if ($anchor.pos + 1 === $parentPos.end()) return true;
    return false;
  }
  if ($to.parentOffset < $to.parent.nodeSize - 2 || $from.pos !== $to.pos) return false;
  return true;
};
var isAtStartOfNode = (state) => {
  const { $from, $to } = state.selection;
  if ($from.parentOffset > 0 || $from.pos !== $to.pos) return false;
  return true;
};
function isExtensionRulesEnabled2(extension, enabled) {
  if (Array.isArray(enabled)) return enabled.some((enabledExtension) => {
    return (typeof enabledExtension === "string" ? enabledExtension : enabledExtension.name) === extension.name;
  });
  return enabled;
}
function isList2(name, extensions) {
  const { nodeExtensions } = splitExtensions2(extensions);
  const extension = nodeExtensions.find((item) => item.name === name);
  if (!extension) return false;
  const group = callOrReturn2(getExtensionField2(extension, "group", {
    name: extension.name,
    options: extension.options,
    storage: extension.storage
  }));
  if (typeof group !== "string") return false;
  return group.split(" ").includes("list");
}
function isNodeEmpty2(node, { checkChildren = true, ignoreWhitespace = false } = {}) {
  if (ignoreWhitespace) {
    if (node.type.name === "hardBreak") return true;
    if (node.isText) {
      var _node$text;
      return !/\S/.test((_node$text = node.text) !== null && _node$text !== void 0 ? _node$text : "");
    }
  }
  if (node.isText) return !node.text;
  if (node.isAtom || node.isLeaf) return false;
  if (node.content.childCount === 0) return true;
  if (checkChildren) {
    let isContentEmpty = true;
    node.content.forEach((childNode) => {
      if (isContentEmpty === false) return;
      if (!isNodeEmpty2(childNode, {
        ignoreWhitespace,
        checkChildren
      })) isContentEmpty = false;
    });
    return isContentEmpty;
  }
  return false;
}
function isNodeSelection(value) {
  return value instanceof NodeSelection;
}
function canSetMark2(state, tr, newMarkType) {
  const { selection } = tr;
  let cursor = null;
  if (isTextSelection2(selection)) cursor = selection.$cursor;
  if (cursor) {
    var _state$storedMarks;
    const currentMarks = (_state$storedMarks = state.storedMarks) !== null && _state$storedMarks !== void 0 ? _state$storedMarks : cursor.marks();
    return cursor.parent.type.allowsMarkType(newMarkType) && (!!newMarkType.isInSet(currentMarks) || !currentMarks.some((mark) => mark.type.excludes(newMarkType)));
  }
  const { ranges } = selection;
  return ranges.some(({ $from, $to }) => {
    let someNodeSupportsMark = $from.depth === 0 ? state.doc.inlineContent && state.doc.type.allowsMarkType(newMarkType) : false;
    state.doc.nodesBetween($from.pos, $to.pos, (node, _pos, parent) => {
      if (someNodeSupportsMark) return false;
      if (node.isInline) {
        const parentAllowsMarkType = !parent || parent.type.allowsMarkType(newMarkType);
        const currentMarksAllowMarkType = !!newMarkType.isInSet(node.marks) || !node.marks.some((otherMark) => otherMark.type.excludes(newMarkType));
        someNodeSupportsMark = parentAllowsMarkType && currentMarksAllowMarkType;
      }
      return !someNodeSupportsMark;
    });
    return someNodeSupportsMark;
  });
}
var setMark2 = (typeOrName, attributes = {}) => ({ tr, state, dispatch }) => {
  const { selection } = tr;
  const { empty, ranges } = selection;
  const type = getMarkType2(typeOrName, state.schema);
  if (dispatch) {
    if (empty) {
      const oldAttributes = getMarkAttributes2(state, type);
      tr.addStoredMark(type.create({
        ...oldAttributes,
        ...attributes
      }));
    } else ranges.forEach((range) => {
      const from2 = range.$from.pos;
      const to = range.$to.pos;
      state.doc.nodesBetween(from2, to, (node, pos) => {
        const trimmedFrom = Math.max(pos, from2);
        const trimmedTo = Math.min(pos + node.nodeSize, to);
        if (node.marks.find((mark) => mark.type === type)) node.marks.forEach((mark) => {
          if (type === mark.type) tr.addMark(trimmedFrom, trimmedTo, type.create({
            ...mark.attrs,
            ...attributes
          }));
        });
        else tr.addMark(trimmedFrom, trimmedTo, type.create(attributes));
      });
    });
  }
  return canSetMark2(state, tr, type);
};
var setMeta2 = (key, value) => ({ tr }) => {
  tr.setMeta(key, value);
  return true;
};
var setNode2 = (typeOrName, attributes = {}) => ({ state, dispatch, chain }) => {
  const type = getNodeType2(typeOrName, state.schema);
  let attributesToCopy;
  if (state.selection.$anchor.sameParent(state.selection.$head)) attributesToCopy = state.selection.$anchor.parent.attrs;
  if (!type.isTextblock) {
    console.warn('[tiptap warn]: Currently "setNode()" only supports text block nodes.');
    return false;
  }
  return chain().command(({ commands }) => {
    if (setBlockType(type, {
      ...attributesToCopy,
      ...attributes
    })(state)) return true;
    return commands.clearNodes();
  }).command(({ state: updatedState }) => {
    return setBlockType(type, {
      ...attributesToCopy,
      ...attributes
    })(updatedState, dispatch);
  }).run();
};
var setNodeSelection2 = (position) => ({ tr, dispatch }) => {
  if (dispatch) {
    const { doc } = tr;
    const from2 = minMax2(position, 0, doc.content.size);
    const selection = NodeSelection.create(doc, from2);
    tr.setSelection(selection);
  }
  return true;
};
var setTextDirection2 = (direction, position) => ({ tr, state, dispatch }) => {
  const { selection } = state;
  let from2;
  let to;
  if (typeof position === "number") {
    from2 = position;
    to = position;
  } else if (position && "from" in position && "to" in position) {
    from2 = position.from;
    to = position.to;
  } else {
    from2 = selection.from;
    to = selection.to;
  }
  if (dispatch) tr.doc.nodesBetween(from2, to, (node, pos) => {
    if (node.isText) return;
    tr.setNodeMarkup(pos, void 0, {
      ...node.attrs,
      dir: direction
    });
  });
  return true;
};
var setTextSelection2 = (position) => ({ tr, dispatch }) => {
  if (dispatch) {
    const { doc } = tr;
    const { from: from2, to } = typeof position === "number" ? {
      from: position,
      to: position
    } : position;
    const minPos = TextSelection.atStart(doc).from;
    const maxPos = TextSelection.atEnd(doc).to;
    const resolvedFrom = minMax2(from2, minPos, maxPos);
    const resolvedEnd = minMax2(to, minPos, maxPos);
    const selection = TextSelection.create(doc, resolvedFrom, resolvedEnd);
    tr.setSelection(selection);
  }
  return true;
};
var sinkListItem$12 = (typeOrName) => ({ state, dispatch }) => {
  const type = getNodeType2(typeOrName, state.schema);
  return sinkListItem(type)(state, dispatch);
};
function ensureMarks2(state, splittableMarks) {
  const marks = state.storedMarks || state.selection.$to.parentOffset && state.selection.$from.marks();
  if (marks) {
    const filteredMarks = marks.filter((mark) => splittableMarks === null || splittableMarks === void 0 ? void 0 : splittableMarks.includes(mark.type.name));
    state.tr.ensureMarks(filteredMarks);
  }
}
var splitBlock3 = ({ keepMarks = true } = {}) => ({ tr, state, dispatch, editor }) => {
  const { selection, doc } = tr;
  const { $from, $to } = selection;
  const extensionAttributes = editor.extensionManager.attributes;
  const newAttributes = getSplittedAttributes2(extensionAttributes, $from.node().type.name, $from.node().attrs);
  if (selection instanceof NodeSelection && selection.node.isBlock) {
    if (!$from.parentOffset || !canSplit(doc, $from.pos)) return false;
    if (dispatch) {
      if (keepMarks) ensureMarks2(state, editor.extensionManager.splittableMarks);
      tr.split($from.pos).scrollIntoView();
    }
    return true;
  }
  if (!$from.parent.isBlock) return false;
  const atEnd = $to.parentOffset === $to.parent.content.size;
  const deflt = $from.depth === 0 ? void 0 : defaultBlockAt3($from.node(-1).contentMatchAt($from.indexAfter(-1)));
  let types = atEnd && deflt ? [{
    type: deflt,
    attrs: newAttributes
  }] : void 0;
  let can = canSplit(tr.doc, tr.mapping.map($from.pos), 1, types);
  if (!types && !can && canSplit(tr.doc, tr.mapping.map($from.pos), 1, deflt ? [{ type: deflt }] : void 0)) {
    can = true;
    types = deflt ? [{
      type: deflt,
      attrs: newAttributes
    }] : void 0;
  }
  if (dispatch) {
    if (can) {
      if (selection instanceof TextSelection) tr.deleteSelection();
      tr.split(tr.mapping.map($from.pos), 1, types);
      if (deflt && !atEnd && !$from.parentOffset && $from.parent.type !== deflt) {
        const first4 = tr.mapping.map($from.before());
        const $first = tr.doc.resolve(first4);
        if ($from.node(-1).canReplaceWith($first.index(), $first.index() + 1, deflt)) tr.setNodeMarkup(tr.mapping.map($from.before()), deflt);
      }
    }
    if (keepMarks) ensureMarks2(state, editor.extensionManager.splittableMarks);
    tr.scrollIntoView();
  }
  return can;
};
var splitListItem2 = (typeOrName, overrideAttrs = {}) => ({ tr, state, dispatch, editor }) => {
  const type = getNodeType2(typeOrName, state.schema);
  const { $from, $to } = state.selection;
  const node = state.selection.node;
  if (node && node.isBlock || $from.depth < 2 || !$from.sameParent($to)) return false;
  const grandParent = $from.node(-1);
  if (grandParent.type !== type) return false;
  const extensionAttributes = editor.extensionManager.attributes;
  if ($from.parent.content.size === 0 && $from.node(-1).childCount === $from.indexAfter(-1)) {
    if ($from.depth === 2 || $from.node(-3).type !== type || $from.index(-2) !== $from.node(-2).childCount - 1) return false;
    if (dispatch) {
      var _type$contentMatch$de;
      let wrap = Fragment.empty;
      const depthBefore = $from.index(-1) ? 1 : $from.index(-2) ? 2 : 3;
      for (let d = $from.depth - depthBefore; d >= $from.depth - 3; d -= 1) wrap = Fragment.from($from.node(d).copy(wrap));
      const depthAfter = $from.indexAfter(-1) < $from.node(-2).childCount ? 1 : $from.indexAfter(-2) < $from.node(-3).childCount ? 2 : 3;
      const newNextTypeAttributes2 = {
        ...getSplittedAttributes2(extensionAttributes, $from.node().type.name, $from.node().attrs),
        ...overrideAttrs
      };
      const nextType2 = ((_type$contentMatch$de = type.contentMatch.defaultType) === null || _type$contentMatch$de === void 0 ? void 0 : _type$contentMatch$de.createAndFill(newNextTypeAttributes2)) || void 0;
      wrap = wrap.append(Fragment.from(type.createAndFill(null, nextType2) || void 0));
      const start = $from.before($from.depth - (depthBefore - 1));
      tr.replace(start, $from.after(-depthAfter), new Slice(wrap, 4 - depthBefore, 0));
      let sel = -1;
      tr.doc.nodesBetween(start, tr.doc.content.size, (n, pos) => {
        if (sel > -1) return false;
        if (n.isTextblock && n.content.size === 0) sel = pos + 1;
      });
      if (sel > -1) tr.setSelection(TextSelection.near(tr.doc.resolve(sel)));
      tr.scrollIntoView();
    }
    return true;
  }
  const nextType = $to.pos === $from.end() ? grandParent.contentMatchAt(0).defaultType : null;
  const newTypeAttributes = {
    ...getSplittedAttributes2(extensionAttributes, grandParent.type.name, grandParent.attrs),
    ...overrideAttrs
  };
  const newNextTypeAttributes = {
    ...getSplittedAttributes2(extensionAttributes, $from.node().type.name, $from.node().attrs),
    ...overrideAttrs
  };
  tr.delete($from.pos, $to.pos);
  const types = nextType ? [{
    type,
    attrs: newTypeAttributes
  }, {
    type: nextType,
    attrs: newNextTypeAttributes
  }] : [{
    type,
    attrs: newTypeAttributes
  }];
  if (!canSplit(tr.doc, $from.pos, 2)) return false;
  if (dispatch) {
    const { selection, storedMarks } = state;
    const { splittableMarks } = editor.extensionManager;
    const marks = storedMarks || selection.$to.parentOffset && selection.$from.marks();
    tr.split($from.pos, 2, types).scrollIntoView();
    if (!marks || !dispatch) return true;
    const filteredMarks = marks.filter((mark) => splittableMarks.includes(mark.type.name));
    tr.ensureMarks(filteredMarks);
  }
  return true;
};
function normalizeListType2(type) {
  return !type || type === "1" ? null : type;
}
function areListTypesCompatible2(typeA, typeB) {
  return normalizeListType2(typeA) === normalizeListType2(typeB);
}
var joinListBackwards2 = (tr, listType) => {
  const list = findParentNode2((node) => node.type === listType)(tr.selection);
  if (!list) return true;
  const before = tr.doc.resolve(Math.max(0, list.pos - 1)).before(list.depth);
  if (before === void 0) return true;
  const nodeBefore = tr.doc.nodeAt(before);
  if (!(list.node.type === (nodeBefore === null || nodeBefore === void 0 ? void 0 : nodeBefore.type) && canJoin(tr.doc, list.pos))) return true;
  if (!areListTypesCompatible2(list.node.attrs.type, nodeBefore === null || nodeBefore === void 0 ? void 0 : nodeBefore.attrs.type)) return true;
  tr.join(list.pos);
  return true;
};
var joinListForwards2 = (tr, listType) => {
  const list = findParentNode2((node) => node.type === listType)(tr.selection);
  if (!list) return true;
  const after = tr.doc.resolve(list.start).after(list.depth);
  if (after === void 0) return true;
  const nodeAfter = tr.doc.nodeAt(after);
  if (!(list.node.type === (nodeAfter === null || nodeAfter === void 0 ? void 0 : nodeAfter.type) && canJoin(tr.doc, after))) return true;
  if (!areListTypesCompatible2(list.node.attrs.type, nodeAfter === null || nodeAfter === void 0 ? void 0 : nodeAfter.attrs.type)) return true;
  tr.join(after);
  return true;
};
function createInnerSelectionForWholeDocList2(tr) {
  const doc = tr.doc;
  const list = doc.firstChild;
  if (!list) return null;
  const $start = doc.resolve(1);
  const $end = doc.resolve(list.nodeSize - 1);
  return TextSelection.between($start, $end);
}
var toggleList2 = (listTypeOrName, itemTypeOrName, keepMarks, attributes = {}) => ({ editor, tr, state, dispatch, chain, commands, can }) => {
  const { extensions, splittableMarks } = editor.extensionManager;
  const listType = getNodeType2(listTypeOrName, state.schema);
  const itemType = getNodeType2(itemTypeOrName, state.schema);
  const { selection, storedMarks } = state;
  const { $from, $to } = selection;
  const range = $from.blockRange($to);
  const marks = storedMarks || selection.$to.parentOffset && selection.$from.marks();
  if (!range) return false;
  const parentList = findParentNode2((node) => isList2(node.type.name, extensions))(selection);
  const isAllSelection = selection.from === 0 && selection.to === state.doc.content.size;
  const topLevelNodes = state.doc.content.content;
  const soleTopLevelNode = topLevelNodes.length === 1 ? topLevelNodes[0] : null;
  const allSelectionList = isAllSelection && soleTopLevelNode && isList2(soleTopLevelNode.type.name, extensions) ? {
    node: soleTopLevelNode,
    pos: 0,
    depth: 0
  } : null;
  const currentList = parentList !== null && parentList !== void 0 ? parentList : allSelectionList;
  const isInsideExistingList = !!parentList && range.depth >= 1 && range.depth - parentList.depth <= 1;
  const hasWholeDocSelectedList = !!allSelectionList;
  if ((isInsideExistingList || hasWholeDocSelectedList) && currentList) {
    if (currentList.node.type === listType) {
      if (isAllSelection && hasWholeDocSelectedList) return chain().command(({ tr: trx, dispatch: disp }) => {
        const nextSelection = createInnerSelectionForWholeDocList2(trx);
        if (!nextSelection) return false;
        trx.setSelection(nextSelection);
        if (disp) disp(trx);
        return true;
      }).liftListItem(itemType).run();
      return commands.liftListItem(itemType);
    }
    if (isList2(currentList.node.type.name, extensions) && listType.validContent(currentList.node.content)) return chain().command(() => {
      tr.setNodeMarkup(currentList.pos, listType);
      return true;
    }).command(() => joinListBackwards2(tr, listType)).command(() => joinListForwards2(tr, listType)).run();
  }
  if (!keepMarks || !marks || !dispatch) return chain().command(() => {
    if (can().wrapInList(listType, attributes)) return true;
    return commands.clearNodes();
  }).wrapInList(listType, attributes).command(() => joinListBackwards2(tr, listType)).command(() => joinListForwards2(tr, listType)).run();
  return chain().command(() => {
    const canWrapInList = can().wrapInList(listType, attributes);
    const filteredMarks = marks.filter((mark) => splittableMarks.includes(mark.type.name));
    tr.ensureMarks(filteredMarks);
    if (canWrapInList) return true;
    return commands.clearNodes();
  }).wrapInList(listType, attributes).command(() => joinListBackwards2(tr, listType)).command(() => joinListForwards2(tr, listType)).run();
};
var toggleMark2 = (typeOrName, attributes = {}, options = {}) => ({ state, commands }) => {
  const { extendEmptyMarkRange = false } = options;
  const type = getMarkType2(typeOrName, state.schema);
  if (isMarkActive2(state, type, attributes)) return commands.unsetMark(type, { extendEmptyMarkRange });
  return commands.setMark(type, attributes);
};
var toggleNode2 = (typeOrName, toggleTypeOrName, attributes = {}) => ({ state, commands }) => {
  const type = getNodeType2(typeOrName, state.schema);
  const toggleType = getNodeType2(toggleTypeOrName, state.schema);
  const isActive = isNodeActive2(state, type, attributes);
  let attributesToCopy;
  if (state.selection.$anchor.sameParent(state.selection.$head)) attributesToCopy = state.selection.$anchor.parent.attrs;
  if (isActive) return commands.setNode(toggleType, attributesToCopy);
  return commands.setNode(type, {
    ...attributesToCopy,
    ...attributes
  });
};
var toggleWrap2 = (typeOrName, attributes = {}) => ({ state, commands }) => {
  const type = getNodeType2(typeOrName, state.schema);
  if (isNodeActive2(state, type, attributes)) return commands.lift(type);
  return commands.wrapIn(type, attributes);
};
var undoInputRule2 = () => ({ state, dispatch }) => {
  const plugins = state.plugins;
  for (let i = 0; i < plugins.length; i += 1) {
    const plugin = plugins[i];
    let undoable;
    if (plugin.spec.isInputRules && (undoable = plugin.getState(state))) {
      if (dispatch) {
        const tr = state.tr;
        const toUndo = undoable.transform;
        for (let j2 = toUndo.steps.length - 1; j2 >= 0; j2 -= 1) tr.step(toUndo.steps[j2].invert(toUndo.docs[j2]));
        if (undoable.text) {
          const marks = tr.doc.resolve(undoable.from).marks();
          tr.replaceWith(undoable.from, undoable.to, state.schema.text(undoable.text, marks));
        } else tr.delete(undoable.from, undoable.to);
      }
      return true;
    }
  }
  return false;
};
var unsetAllMarks2 = (options = {}) => ({ tr, dispatch, editor }) => {
  const { ignoreClearable = false } = options;
  const { selection } = tr;
  const { empty, ranges } = selection;
  if (empty) return true;
  const { nonClearableMarks } = editor.extensionManager;
  if (dispatch) {
    const clearableMarkTypes = Object.values(editor.schema.marks).filter((markType) => ignoreClearable || !nonClearableMarks.includes(markType.name));
    ranges.forEach((range) => {
      for (const markType of clearableMarkTypes) tr.removeMark(range.$from.pos, range.$to.pos, markType);
    });
  }
  return true;
};
var unsetMark2 = (typeOrName, options = {}) => ({ tr, state, dispatch }) => {
  const { extendEmptyMarkRange = false } = options;
  const { selection } = tr;
  const type = getMarkType2(typeOrName, state.schema);
  const { $from, empty, ranges } = selection;
  if (!dispatch) return true;
  if (empty && extendEmptyMarkRange) {
    var _$from$marks$find;
    let { from: from2, to } = selection;
    const range = getMarkRange2($from, type, (_$from$marks$find = $from.marks().find((mark) => mark.type === type)) === null || _$from$marks$find === void 0 ? void 0 : _$from$marks$find.attrs);
    if (range) {
      from2 = range.from;
      to = range.to;
    }
    tr.removeMark(from2, to, type);
  } else ranges.forEach((range) => {
    tr.removeMark(range.$from.pos, range.$to.pos, type);
  });
  tr.removeStoredMark(type);
  return true;
};
var unsetTextDirection2 = (position) => ({ tr, state, dispatch }) => {
  const { selection } = state;
  let from2;
  let to;
  if (typeof position === "number") {
    from2 = position;
    to = position;
  } else if (position && "from" in position && "to" in position) {
    from2 = position.from;
    to = position.to;
  } else {
    from2 = selection.from;
    to = selection.to;
  }
  if (dispatch) tr.doc.nodesBetween(from2, to, (node, pos) => {
    if (node.isText) return;
    const newAttrs = { ...node.attrs };
    delete newAttrs.dir;
    tr.setNodeMarkup(pos, void 0, newAttrs);
  });
  return true;
};
var updateAttributes2 = (typeOrName, attributes = {}) => ({ tr, state, dispatch }) => {
  let nodeType = null;
  let markType = null;
  const schemaType = getSchemaTypeNameByName2(typeof typeOrName === "string" ? typeOrName : typeOrName.name, state.schema);
  if (!schemaType) return false;
  if (schemaType === "node") nodeType = getNodeType2(typeOrName, state.schema);
  if (schemaType === "mark") markType = getMarkType2(typeOrName, state.schema);
  let canUpdate = false;
  tr.selection.ranges.forEach((range) => {
    const from2 = range.$from.pos;
    const to = range.$to.pos;
    let lastPos;
    let lastNode;
    let trimmedFrom;
    let trimmedTo;
    if (tr.selection.empty) state.doc.nodesBetween(from2, to, (node, pos) => {
      if (nodeType && nodeType === node.type) {
        canUpdate = true;
        trimmedFrom = Math.max(pos, from2);
        trimmedTo = Math.min(pos + node.nodeSize, to);
        lastPos = pos;
        lastNode = node;
      }
    });
    else state.doc.nodesBetween(from2, to, (node, pos) => {
      if (pos < from2 && nodeType && nodeType === node.type) {
        canUpdate = true;
        trimmedFrom = Math.max(pos, from2);
        trimmedTo = Math.min(pos + node.nodeSize, to);
        lastPos = pos;
        lastNode = node;
      }
      if (pos >= from2 && pos <= to) {
        if (nodeType && nodeType === node.type) {
          canUpdate = true;
          if (dispatch) tr.setNodeMarkup(pos, void 0, {
            ...node.attrs,
            ...attributes
          });
        }
        if (markType && node.marks.length) node.marks.forEach((mark) => {
          if (markType === mark.type) {
            canUpdate = true;
            if (dispatch) {
              const trimmedFrom2 = Math.max(pos, from2);
              const trimmedTo2 = Math.min(pos + node.nodeSize, to);
              tr.addMark(trimmedFrom2, trimmedTo2, markType.create({
                ...mark.attrs,
                ...attributes
              }));
            }
          }
        });
      }
    });
    if (lastNode) {
      if (lastPos !== void 0 && dispatch) tr.setNodeMarkup(lastPos, void 0, {
        ...lastNode.attrs,
        ...attributes
      });
      if (markType && lastNode.marks.length) lastNode.marks.forEach((mark) => {
        if (markType === mark.type && dispatch) tr.addMark(trimmedFrom, trimmedTo, markType.create({
          ...mark.attrs,
          ...attributes
        }));
      });
    }
  });
  return canUpdate;
};
var DECORATION_MANAGER_PLUGIN_KEY2 = new PluginKey("__tiptap_decorations__");
var updateDecorations2 = (extensionName) => ({ tr, dispatch }) => {
  if (dispatch) tr.setMeta(DECORATION_MANAGER_PLUGIN_KEY2, {
    type: "force",
    name: extensionName
  });
  return true;
};
var wrapIn$12 = (typeOrName, attributes = {}) => ({ state, dispatch }) => {
  const type = getNodeType2(typeOrName, state.schema);
  return wrapIn(type, attributes)(state, dispatch);
};
var wrapInList$12 = (typeOrName, attributes = {}) => ({ state, dispatch }) => {
  const type = getNodeType2(typeOrName, state.schema);
  return wrapInList(type, attributes)(state, dispatch);
};
var commands_exports2 = /* @__PURE__ */ __exportAll2({
  blur: () => blur2,
  clearContent: () => clearContent2,
  clearNodes: () => clearNodes2,
  command: () => command2,
  createParagraphNear: () => createParagraphNear$12,
  cut: () => cut2,
  deleteCurrentNode: () => deleteCurrentNode2,
  deleteNode: () => deleteNode2,
  deleteRange: () => deleteRange2,
  deleteSelection: () => deleteSelection3,
  enter: () => enter2,
  exitCode: () => exitCode$12,
  extendMarkRange: () => extendMarkRange2,
  first: () => first2,
  focus: () => focus2,
  forEach: () => forEach2,
  insertContent: () => insertContent2,
  insertContentAt: () => insertContentAt2,
  insertDefaultBlock: () => insertDefaultBlock2,
  joinBackward: () => joinBackward$12,
  joinDown: () => joinDown$12,
  joinForward: () => joinForward$12,
  joinItemBackward: () => joinItemBackward2,
  joinItemForward: () => joinItemForward2,
  joinTextblockBackward: () => joinTextblockBackward$12,
  joinTextblockForward: () => joinTextblockForward$12,
  joinUp: () => joinUp$12,
  keyboardShortcut: () => keyboardShortcut2,
  lift: () => lift$12,
  liftEmptyBlock: () => liftEmptyBlock$12,
  liftListItem: () => liftListItem$12,
  newlineInCode: () => newlineInCode$12,
  resetAttributes: () => resetAttributes2,
  scrollIntoView: () => scrollIntoView2,
  selectAll: () => selectAll3,
  selectNodeBackward: () => selectNodeBackward$12,
  selectNodeForward: () => selectNodeForward$12,
  selectParentNode: () => selectParentNode$12,
  selectTextblockEnd: () => selectTextblockEnd$12,
  selectTextblockStart: () => selectTextblockStart$12,
  setContent: () => setContent2,
  setMark: () => setMark2,
  setMeta: () => setMeta2,
  setNode: () => setNode2,
  setNodeSelection: () => setNodeSelection2,
  setTextDirection: () => setTextDirection2,
  setTextSelection: () => setTextSelection2,
  sinkListItem: () => sinkListItem$12,
  splitBlock: () => splitBlock3,
  splitListItem: () => splitListItem2,
  toggleList: () => toggleList2,
  toggleMark: () => toggleMark2,
  toggleNode: () => toggleNode2,
  toggleWrap: () => toggleWrap2,
  undoInputRule: () => undoInputRule2,
  unsetAllMarks: () => unsetAllMarks2,
  unsetMark: () => unsetMark2,
  unsetTextDirection: () => unsetTextDirection2,
  updateAttributes: () => updateAttributes2,
  updateDecorations: () => updateDecorations2,
  wrapIn: () => wrapIn$12,
  wrapInList: () => wrapInList$12
});
var depthByEditor2 = /* @__PURE__ */ new WeakMap();
function runInDecorationApplyScope2(editor, callback) {
  var _depthByEditor$get;
  depthByEditor2.set(editor, ((_depthByEditor$get = depthByEditor2.get(editor)) !== null && _depthByEditor$get !== void 0 ? _depthByEditor$get : 0) + 1);
  try {
    return callback();
  } finally {
    var _depthByEditor$get2;
    const remaining = ((_depthByEditor$get2 = depthByEditor2.get(editor)) !== null && _depthByEditor$get2 !== void 0 ? _depthByEditor$get2 : 1) - 1;
    if (remaining > 0) depthByEditor2.set(editor, remaining);
    else depthByEditor2.delete(editor);
  }
}
var isDev2 = typeof process !== "undefined" && process.env.NODE_ENV !== "production";
function isWidgetDecoration2(decoration) {
  return decoration.kind === "widget";
}
function decorationsToPMDecorations2(decorations, extensionName) {
  const pmDecorations = [];
  const widgetKeys = /* @__PURE__ */ new Set();
  for (const decoration of decorations) {
    if (decoration.kind === "widget") {
      if (isWidgetDecoration2(decoration)) widgetKeys.add(decoration.key);
    }
    pmDecorations.push(decoration.toPMDecoration(extensionName));
  }
  return {
    decorations: pmDecorations,
    widgetKeys
  };
}
function buildDecorationSet2(doc, decorations, extensionName) {
  const { decorations: pmDecorations, widgetKeys } = decorationsToPMDecorations2(decorations, extensionName);
  return {
    set: DecorationSet.create(doc, pmDecorations),
    widgetKeys
  };
}
function rangeOwnsPosition2({ position, from: from2, to, docSize }) {
  if (position < from2) return false;
  if (position < to) return true;
  return position === to && to === docSize;
}
function filterOutOfRangeDecorations2({ decorations, from: from2, to, docSize, extensionName, warnedExtensions }) {
  return decorations.filter((decoration) => {
    if (rangeOwnsPosition2({
      position: decoration.anchor,
      from: from2,
      to,
      docSize
    })) return true;
    if (decoration.anchor === to) return false;
    if (!warnedExtensions.has(extensionName)) {
      warnedExtensions.add(extensionName);
      console.warn(`[tiptap warn]: Extension "${extensionName}" returned a decoration outside the requested range [${from2}, ${to}). It was ignored.`);
    }
    return false;
  });
}
function widgetKeyOf2(decoration) {
  var _decoration$spec;
  const key = (_decoration$spec = decoration.spec) === null || _decoration$spec === void 0 ? void 0 : _decoration$spec.key;
  return typeof key === "string" ? key : void 0;
}
function findDuplicateWidgetKeys2(decorationSet) {
  const extensionsByKey = /* @__PURE__ */ new Map();
  const counts = /* @__PURE__ */ new Map();
  for (const decoration of decorationSet.find()) {
    var _extensionName, _extensionsByKey$get, _counts$get;
    const key = widgetKeyOf2(decoration);
    if (!key) continue;
    const extension = (_extensionName = decoration.spec.extensionName) !== null && _extensionName !== void 0 ? _extensionName : "unknown";
    const extensions = (_extensionsByKey$get = extensionsByKey.get(key)) !== null && _extensionsByKey$get !== void 0 ? _extensionsByKey$get : /* @__PURE__ */ new Set();
    extensions.add(extension);
    extensionsByKey.set(key, extensions);
    counts.set(key, ((_counts$get = counts.get(key)) !== null && _counts$get !== void 0 ? _counts$get : 0) + 1);
  }
  return Array.from(extensionsByKey, ([key, extensions]) => ({
    key,
    extensions
  })).filter(({ key }) => {
    var _counts$get2;
    return ((_counts$get2 = counts.get(key)) !== null && _counts$get2 !== void 0 ? _counts$get2 : 0) > 1;
  });
}
function isAttrStep2(step) {
  return step.jsonID === "attr";
}
function hasResolvableChangedRange2(step) {
  let hasMappedRange = false;
  step.getMap().forEach(() => {
    hasMappedRange = true;
  });
  if (hasMappedRange || isAttrStep2(step)) return true;
  const positionalStep = step;
  return typeof positionalStep.from === "number" && typeof positionalStep.to === "number";
}
function blockRangeFor2(doc, changed) {
  let from2 = null;
  let to = 0;
  let nodeStart = 0;
  for (let index = 0; index < doc.childCount; index += 1) {
    if (nodeStart > changed.to) break;
    const nodeEnd = nodeStart + doc.child(index).nodeSize;
    if (nodeEnd >= changed.from) {
      if (from2 === null) from2 = nodeStart;
      to = nodeEnd;
    }
    nodeStart = nodeEnd;
  }
  return from2 === null ? null : {
    from: from2,
    to
  };
}
function getRebuildRanges2(tr, doc) {
  if (tr.steps.some((step) => !hasResolvableChangedRange2(step))) return { type: "full" };
  const newRanges = getChangedRanges2(tr).map(({ newRange }) => newRange);
  tr.steps.forEach((step, index) => {
    if (!isAttrStep2(step)) return;
    const mapping = tr.mapping.slice(index);
    newRanges.push({
      from: mapping.map(step.pos, -1),
      to: mapping.map(step.pos + 1)
    });
  });
  const ranges = [];
  for (const newRange of newRanges) {
    const blockRange = blockRangeFor2(doc, newRange);
    if (blockRange) ranges.push(blockRange);
  }
  ranges.sort((a, b2) => a.from - b2.from);
  const merged = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range.from <= last.to) last.to = Math.max(last.to, range.to);
    else merged.push({ ...range });
  }
  return {
    type: "ranges",
    ranges: merged
  };
}
function mapDecorationSet2(set, mapping, doc, widgetKeys) {
  return set.map(mapping, doc, { onRemove: (removedSpec) => {
    const key = removedSpec === null || removedSpec === void 0 ? void 0 : removedSpec.key;
    if (typeof key === "string") widgetKeys.delete(key);
  } });
}
function mapDecorations2(name, previous, tr) {
  var _previous$decorationS, _previous$widgetKeysB;
  const previousSet = (_previous$decorationS = previous.decorationSetsByExtension[name]) !== null && _previous$decorationS !== void 0 ? _previous$decorationS : DecorationSet.empty;
  const widgetKeys = new Set((_previous$widgetKeysB = previous.widgetKeysByExtension[name]) !== null && _previous$widgetKeysB !== void 0 ? _previous$widgetKeysB : []);
  return {
    set: mapDecorationSet2(previousSet, tr.mapping, tr.doc, widgetKeys),
    widgetKeys
  };
}
function mergeDecorationSets2(doc, decorationSetsByExtension) {
  const allDecorations = Object.values(decorationSetsByExtension).flatMap((set) => set.find());
  return DecorationSet.create(doc, allDecorations);
}
function unionWidgetKeys2(widgetKeysByExtension) {
  const merged = /* @__PURE__ */ new Set();
  for (const keys of Object.values(widgetKeysByExtension)) for (const key of keys) merged.add(key);
  return merged;
}
function validateDecorationSpec2(name, spec) {
  var _update;
  switch ((_update = spec.update) !== null && _update !== void 0 ? _update : "document") {
    case "document":
      if (spec.createInRange) throw new Error(`[tiptap error]: Extension "${name}" provides createInRange() but does not use the "changedRanges" decoration update strategy.`);
      return;
    case "changedRanges":
      if (!spec.createInRange) throw new Error(`[tiptap error]: Extension "${name}" uses the "changedRanges" decoration update strategy but does not provide createInRange().`);
      return;
    case "manual":
      if (spec.createInRange) throw new Error(`[tiptap error]: Extension "${name}" uses the "manual" decoration update strategy, which is not compatible with createInRange(). createInRange() requires the "changedRanges" strategy.`);
      if (spec.shouldUpdate) throw new Error(`[tiptap error]: Extension "${name}" cannot combine the "manual" decoration update strategy with shouldUpdate().`);
      return;
    default:
      throw new Error(`[tiptap error]: Extension "${name}" uses an unknown decoration update strategy. Expected "document", "changedRanges", or "manual".`);
  }
}
function shouldRecomputeDecoration2(spec, props, forced) {
  if (forced) return true;
  if (spec.update === "manual") return false;
  return spec.shouldUpdate ? spec.shouldUpdate(props) : props.tr.docChanged;
}
var EMPTY_KEYS2 = /* @__PURE__ */ new Set();
var DecorationManager2 = class {
  constructor(options) {
    this.warnedWidgetKeys = /* @__PURE__ */ new Set();
    this.warnedOutOfRangeExtensions = /* @__PURE__ */ new Set();
    this.handleBeforeTransaction = ({ nextState }) => {
      const state = DECORATION_MANAGER_PLUGIN_KEY2.getState(nextState);
      if (state) this.warnDuplicateWidgetKeys(state);
    };
    this.editor = options.editor;
    this.entries = this.resolveEntries(options.entries);
    this.entries.forEach(({ name, spec }) => validateDecorationSpec2(name, spec));
    this.plugin = this.entries.length > 0 ? this.createPlugin() : null;
    this.editor.on("beforeTransaction", this.handleBeforeTransaction);
  }
  destroy() {
    this.editor.off("beforeTransaction", this.handleBeforeTransaction);
  }
  /**
  * Returns the set of live widget keys from all decoration extensions.
  * @returns A readonly set of widget keys
  */
  liveWidgetKeys() {
    var _DECORATION_MANAGER_P, _DECORATION_MANAGER_P2;
    return (_DECORATION_MANAGER_P = (_DECORATION_MANAGER_P2 = DECORATION_MANAGER_PLUGIN_KEY2.getState(this.editor.state)) === null || _DECORATION_MANAGER_P2 === void 0 ? void 0 : _DECORATION_MANAGER_P2.widgetKeys) !== null && _DECORATION_MANAGER_P !== void 0 ? _DECORATION_MANAGER_P : EMPTY_KEYS2;
  }
  /**
  * The mounted editor view, or `null` when destroyed. Decoration callbacks
  * must never receive the placeholder view `editor.view` falls back to.
  * @returns The mounted editor view, or `null`
  */
  get mountedView() {
    return this.editor.isDestroyed ? null : this.editor.view;
  }
  /**
  * Resolves decoration entries by calling the addDecorations function for each extension entry.
  * @param entries The decoration manager entries to resolve
  * @returns An array of resolved decoration entries
  */
  resolveEntries(entries) {
    const resolved = [];
    for (const { name, addDecorations } of entries) {
      const spec = addDecorations();
      if (spec) resolved.push({
        name,
        spec
      });
    }
    return resolved;
  }
  /**
  * Creates the ProseMirror plugin for managing decorations.
  * @returns A ProseMirror plugin with state management
  */
  createPlugin() {
    const { editor, entries } = this;
    return new Plugin({
      key: DECORATION_MANAGER_PLUGIN_KEY2,
      state: {
        init: (_config, state) => {
          const decorationSetsByExtension = {};
          const widgetKeysByExtension = {};
          for (const { name, spec } of entries) {
            const { set, widgetKeys } = this.buildFullSet(name, spec, state);
            decorationSetsByExtension[name] = set;
            widgetKeysByExtension[name] = widgetKeys;
          }
          const managerState = {
            decorationSetsByExtension,
            widgetKeysByExtension,
            mergedDecorationSet: this.buildMergedSet(state.doc, decorationSetsByExtension),
            widgetKeys: unionWidgetKeys2(widgetKeysByExtension)
          };
          this.warnDuplicateWidgetKeys(managerState);
          return managerState;
        },
        apply: (tr, previous, oldState, newState) => {
          const meta = tr.getMeta(DECORATION_MANAGER_PLUGIN_KEY2);
          const forceAll = (meta === null || meta === void 0 ? void 0 : meta.type) === "force" && !meta.name;
          const forceName = (meta === null || meta === void 0 ? void 0 : meta.type) === "force" ? meta.name : void 0;
          const decorationSetsByExtension = {};
          const widgetKeysByExtension = {};
          const recomputedNames = /* @__PURE__ */ new Set();
          runInDecorationApplyScope2(editor, () => {
            for (const { name, spec } of entries) {
              const forced = forceAll || forceName === name;
              if (!shouldRecomputeDecoration2(spec, {
                editor,
                tr,
                oldState,
                newState
              }, forced)) {
                const result = mapDecorations2(name, previous, tr);
                decorationSetsByExtension[name] = result.set;
                widgetKeysByExtension[name] = result.widgetKeys;
              } else if (spec.update === "changedRanges" && tr.docChanged && !forced) {
                const result = this.applyChangedRangesRecompute(name, spec, previous, tr, newState);
                decorationSetsByExtension[name] = result.set;
                widgetKeysByExtension[name] = result.widgetKeys;
                recomputedNames.add(name);
              } else {
                const { set, widgetKeys } = this.buildFullSet(name, spec, newState);
                decorationSetsByExtension[name] = set;
                widgetKeysByExtension[name] = widgetKeys;
                recomputedNames.add(name);
              }
            }
          });
          if (recomputedNames.size === 0 && !tr.docChanged) return previous;
          return {
            decorationSetsByExtension,
            widgetKeysByExtension,
            mergedDecorationSet: this.mergeAfterApply({
              entries,
              previous,
              tr,
              decorationSetsByExtension,
              recomputedNames
            }),
            widgetKeys: unionWidgetKeys2(widgetKeysByExtension)
          };
        }
      },
      props: { decorations(state) {
        var _DECORATION_MANAGER_P3, _DECORATION_MANAGER_P4;
        return (_DECORATION_MANAGER_P3 = (_DECORATION_MANAGER_P4 = DECORATION_MANAGER_PLUGIN_KEY2.getState(state)) === null || _DECORATION_MANAGER_P4 === void 0 ? void 0 : _DECORATION_MANAGER_P4.mergedDecorationSet) !== null && _DECORATION_MANAGER_P3 !== void 0 ? _DECORATION_MANAGER_P3 : DecorationSet.empty;
      } }
    });
  }
  /**
  * Applies changed ranges recomputation to a decoration set, dropping stale decorations and rebuilding only the touched blocks.
  * @param name The name of the decoration extension
  * @param spec The decoration spec
  * @param previous The previous decoration manager state
  * @param tr The transaction to apply
  * @param newState The new editor state
  * @returns The updated decoration set and widget keys
  */
  applyChangedRangesRecompute(name, spec, previous, tr, newState) {
    const resolution = getRebuildRanges2(tr, newState.doc);
    if (resolution.type === "full") return this.buildFullSet(name, spec, newState);
    return this.rebuildRanges(name, spec, previous, tr, newState, resolution.ranges);
  }
  /**
  * Rebuilds decorations for the changed block ranges: maps the previous set
  * forward, then for each range removes stale decorations, calls
  * `createInRange`, and adds the new ones while syncing widget keys.
  * @param name The extension name.
  * @param spec The decoration spec.
  * @param previous The previous decoration manager state.
  * @param tr The transaction to apply.
  * @param newState The new editor state.
  * @param ranges The block ranges to rebuild.
  * @returns The updated decoration set and widget keys.
  */
  rebuildRanges(name, spec, previous, tr, newState, ranges) {
    var _previous$decorationS, _previous$widgetKeysB;
    const previousSet = (_previous$decorationS = previous.decorationSetsByExtension[name]) !== null && _previous$decorationS !== void 0 ? _previous$decorationS : DecorationSet.empty;
    const widgetKeys = new Set((_previous$widgetKeysB = previous.widgetKeysByExtension[name]) !== null && _previous$widgetKeysB !== void 0 ? _previous$widgetKeysB : []);
    let set = mapDecorationSet2(previousSet, tr.mapping, tr.doc, widgetKeys);
    const docSize = newState.doc.content.size;
    for (const { from: from2, to } of ranges) {
      const stale = set.find(from2, to).filter((decoration) => rangeOwnsPosition2({
        position: decoration.from,
        from: from2,
        to,
        docSize
      }));
      for (const decoration of stale) {
        const key = widgetKeyOf2(decoration);
        if (key) widgetKeys.delete(key);
      }
      set = set.remove(stale);
      const { decorations: pmDecorations, widgetKeys: addedKeys } = decorationsToPMDecorations2(filterOutOfRangeDecorations2({
        decorations: this.runCreate(name, "createInRange", () => spec.createInRange({
          editor: this.editor,
          state: newState,
          view: this.mountedView,
          from: from2,
          to
        })),
        from: from2,
        to,
        docSize,
        extensionName: name,
        warnedExtensions: this.warnedOutOfRangeExtensions
      }), name);
      set = set.add(newState.doc, pmDecorations);
      for (const key of addedKeys) widgetKeys.add(key);
    }
    return {
      set,
      widgetKeys
    };
  }
  /**
  * Builds a full decoration set for the entire document.
  * @param name The name of the decoration extension
  * @param spec The decoration spec
  * @param state The editor state
  * @returns The decoration set and widget keys
  */
  buildFullSet(name, spec, state) {
    const decorations = this.runCreate(name, "create", () => spec.create({
      editor: this.editor,
      state,
      view: this.mountedView
    }));
    return buildDecorationSet2(state.doc, decorations, name);
  }
  /**
  * Runs a decoration callback and swallows anything it throws. These run inside
  * `state.apply`, where an uncaught error would abort the whole transaction.
  * @param name The extension name.
  * @param method The callback name, used in the error message.
  * @param create The callback to run.
  * @returns The decorations, or an empty array if the callback threw.
  */
  runCreate(name, method, create) {
    try {
      return create();
    } catch (error) {
      console.error(`[tiptap error]: Extension "${name}" threw in \`addDecorations().${method}()\`. Its decorations were dropped for this update.`, error);
      return [];
    }
  }
  warnDuplicateWidgetKeys(state) {
    if (!isDev2) return;
    if (state.widgetKeys.size === 0) {
      this.warnedWidgetKeys.clear();
      return;
    }
    const duplicateKeys = findDuplicateWidgetKeys2(state.mergedDecorationSet);
    const nextWarningKeys = new Set(duplicateKeys.map(({ key }) => key));
    for (const { key, extensions } of duplicateKeys) {
      if (this.warnedWidgetKeys.has(key)) continue;
      const names = Array.from(extensions).map((name) => `"${name}"`).join(", ");
      console.warn(`[tiptap warn]: Duplicate widget decoration key "${key}" in extension${extensions.size === 1 ? "" : "s"} ${names}. Widget decoration keys must be globally unique, otherwise ProseMirror misplaces the widget DOM. Use a stable, unique key (e.g. \`comment-\${id}\`).`);
    }
    this.warnedWidgetKeys = nextWarningKeys;
  }
  /**
  * Builds the merged DecorationSet during init. Skips the merge for a
  * single extension since its per-extension set is already correct.
  * @param doc The document to build the merged set for.
  * @param decorationSetsByExtension The per-extension decoration sets.
  * @returns The merged decoration set.
  */
  buildMergedSet(doc, decorationSetsByExtension) {
    const names = Object.keys(decorationSetsByExtension);
    if (names.length === 1) return decorationSetsByExtension[names[0]];
    return mergeDecorationSets2(doc, decorationSetsByExtension);
  }
  /**
  * Computes the merged DecorationSet after apply. Single extension skips the
  * merge; nothing recomputed maps the previous merged set forward; otherwise
  * the merge is rebuilt from the per-extension sets.
  */
  mergeAfterApply({ entries, previous, tr, decorationSetsByExtension, recomputedNames }) {
    if (entries.length === 1) return decorationSetsByExtension[entries[0].name];
    if (recomputedNames.size === 0) return previous.mergedDecorationSet.map(tr.mapping, tr.doc);
    return mergeDecorationSets2(tr.doc, decorationSetsByExtension);
  }
};
function canInsertNode(state, nodeType) {
  const { selection } = state;
  const { $from } = selection;
  if (selection instanceof NodeSelection) {
    const index = $from.index();
    return $from.parent.canReplaceWith(index, index + 1, nodeType);
  }
  let depth = $from.depth;
  while (depth >= 0) {
    const index = $from.index(depth);
    if ($from.node(depth).contentMatchAt(index).matchType(nodeType)) return true;
    depth -= 1;
  }
  return false;
}
function isNumber2(value) {
  return typeof value === "number";
}
function getType2(value) {
  return Object.prototype.toString.call(value).slice(8, -1);
}
function isPlainObject2(value) {
  if (getType2(value) !== "Object") return false;
  return value.constructor === Object && Object.getPrototypeOf(value) === Object.prototype;
}
function parseIndentedBlocks(src, config, lexer) {
  const lines = src.split("\n");
  const items = [];
  let totalRaw = "";
  let i = 0;
  const baseIndentSize = config.baseIndentSize || 2;
  while (i < lines.length) {
    const currentLine = lines[i];
    const itemMatch = currentLine.match(config.itemPattern);
    if (!itemMatch) {
      if (items.length > 0) break;
      else if (currentLine.trim() === "") {
        i += 1;
        totalRaw = `${totalRaw}${currentLine}
`;
        continue;
      } else return;
    }
    const itemData = config.extractItemData(itemMatch);
    const { indentLevel, mainContent } = itemData;
    totalRaw = `${totalRaw}${currentLine}
`;
    const itemContent = [mainContent];
    i += 1;
    while (i < lines.length) {
      var _nextLine$match;
      const nextLine = lines[i];
      if (nextLine.trim() === "") {
        var _nextNonEmpty$match;
        const nextNonEmptyIndex = lines.slice(i + 1).findIndex((l) => l.trim() !== "");
        if (nextNonEmptyIndex === -1) break;
        if ((((_nextNonEmpty$match = lines[i + 1 + nextNonEmptyIndex].match(/^(\s*)/)) === null || _nextNonEmpty$match === void 0 || (_nextNonEmpty$match = _nextNonEmpty$match[1]) === null || _nextNonEmpty$match === void 0 ? void 0 : _nextNonEmpty$match.length) || 0) > indentLevel) {
          itemContent.push(nextLine);
          totalRaw = `${totalRaw}${nextLine}
`;
          i += 1;
          continue;
        } else break;
      }
      if ((((_nextLine$match = nextLine.match(/^(\s*)/)) === null || _nextLine$match === void 0 || (_nextLine$match = _nextLine$match[1]) === null || _nextLine$match === void 0 ? void 0 : _nextLine$match.length) || 0) > indentLevel) {
        itemContent.push(nextLine);
        totalRaw = `${totalRaw}${nextLine}
`;
        i += 1;
      } else break;
    }
    let nestedTokens;
    const nestedContent = itemContent.slice(1);
    if (nestedContent.length > 0) {
      const dedentedNested = nestedContent.map((nestedLine) => nestedLine.slice(indentLevel + baseIndentSize)).join("\n");
      if (dedentedNested.trim()) {
        if (config.customNestedParser) nestedTokens = config.customNestedParser(dedentedNested);
        else nestedTokens = lexer.blockTokens(dedentedNested);
      }
    }
    const token = config.createToken(itemData, nestedTokens);
    items.push(token);
  }
  if (items.length === 0) return;
  return {
    items,
    raw: totalRaw
  };
}
var TAB_STOP = 4;
function columnWidth(text) {
  let width = 0;
  for (const character of text) width = character === "	" ? width + TAB_STOP - width % TAB_STOP : width + 1;
  return width;
}
function renderNestedMarkdownContent(node, h2, prefixOrGenerator, ctx, options) {
  if (!node || !Array.isArray(node.content)) return "";
  const prefix = typeof prefixOrGenerator === "function" ? prefixOrGenerator(ctx) : prefixOrGenerator;
  const [content, ...children] = node.content;
  let output = `${prefix}${h2.renderChildren([content])}`;
  if (children && children.length > 0) children.forEach((child, index) => {
    var _h$renderChild, _h$renderChild2;
    const childContent = (_h$renderChild = (_h$renderChild2 = h2.renderChild) === null || _h$renderChild2 === void 0 ? void 0 : _h$renderChild2.call(h2, child, index + 1)) !== null && _h$renderChild !== void 0 ? _h$renderChild : h2.renderChildren([child]);
    if (childContent !== void 0 && childContent !== null) {
      const indentLine = (line) => {
        if (!(options === null || options === void 0 ? void 0 : options.alignNestedToPrefix)) return h2.indent(line);
        const configured = h2.indent("");
        const prefixWidth = columnWidth(prefix);
        return (columnWidth(configured) >= prefixWidth ? configured : " ".repeat(prefixWidth)) + line;
      };
      const indentedChild = childContent.split("\n").map((line) => line ? indentLine(line) : indentLine("")).join("\n");
      output += child.type === "paragraph" ? `

${indentedChild}` : `
${indentedChild}`;
    }
  });
  return output;
}
function mergeDeep2(target, source) {
  const output = { ...target };
  if (isPlainObject2(target) && isPlainObject2(source)) Object.keys(source).forEach((key) => {
    if (isPlainObject2(source[key]) && isPlainObject2(target[key])) output[key] = mergeDeep2(target[key], source[key]);
    else output[key] = source[key];
  });
  return output;
}
function updateMarkViewAttributes2(checkMark, editor, attrs = {}) {
  const { state } = editor;
  const { doc, tr } = state;
  const thisMark = checkMark;
  doc.descendants((node, pos) => {
    const from2 = tr.mapping.map(pos);
    const to = tr.mapping.map(pos) + node.nodeSize;
    let foundMark = null;
    node.marks.forEach((mark) => {
      if (mark !== thisMark) return false;
      foundMark = mark;
    });
    if (!foundMark) return;
    let needsUpdate = false;
    Object.keys(attrs).forEach((k2) => {
      if (attrs[k2] !== foundMark.attrs[k2]) needsUpdate = true;
    });
    if (needsUpdate) {
      const updatedMark = checkMark.type.create({
        ...checkMark.attrs,
        ...attrs
      });
      tr.removeMark(from2, to, checkMark.type);
      tr.addMark(from2, to, updatedMark);
    }
  });
  if (tr.docChanged) editor.view.dispatch(tr);
}
var InputRule = class {
  constructor(config) {
    var _config$undoable;
    this.find = config.find;
    this.handler = config.handler;
    this.undoable = (_config$undoable = config.undoable) !== null && _config$undoable !== void 0 ? _config$undoable : true;
  }
};
var inputRuleMatcherHandler2 = (text, find2) => {
  if (isRegExp2(find2)) return find2.exec(text);
  const inputRuleMatch = find2(text);
  if (!inputRuleMatch) return null;
  const result = [inputRuleMatch.text];
  result.index = inputRuleMatch.index;
  result.input = text;
  result.data = inputRuleMatch.data;
  if (inputRuleMatch.replaceWith) {
    if (!inputRuleMatch.text.includes(inputRuleMatch.replaceWith)) console.warn('[tiptap warn]: "inputRuleMatch.replaceWith" must be part of "inputRuleMatch.text".');
    result.push(inputRuleMatch.replaceWith);
  }
  return result;
};
function run$12(config) {
  var _ref;
  const { editor, from: from2, to, text, rules, plugin } = config;
  const { view } = editor;
  if (view.composing) return false;
  const $from = view.state.doc.resolve(from2);
  if ($from.parent.type.spec.code || !!((_ref = $from.nodeBefore || $from.nodeAfter) === null || _ref === void 0 ? void 0 : _ref.marks.find((mark) => mark.type.spec.code))) return false;
  let matched = false;
  const textBefore = getTextContentFromNodes2($from) + text;
  rules.forEach((rule) => {
    if (matched) return;
    const match = inputRuleMatcherHandler2(textBefore, rule.find);
    if (!match) return;
    const matchedDocLength = match[0].length - text.length;
    if (matchedDocLength > 0) {
      const matchStartOffset = $from.parentOffset - matchedDocLength;
      if (matchStartOffset < 0 || $from.parent.textBetween(matchStartOffset, $from.parentOffset) !== match[0].slice(0, matchedDocLength)) return;
    }
    const tr = view.state.tr;
    const state = createChainableState2({
      state: view.state,
      transaction: tr
    });
    const range = {
      from: from2 - (match[0].length - text.length),
      to
    };
    const { commands, chain, can } = new CommandManager3({
      editor,
      state
    });
    if (rule.handler({
      state,
      range,
      match,
      commands,
      chain,
      can
    }) === null || !tr.steps.length) return;
    if (rule.undoable) tr.setMeta(plugin, {
      transform: tr,
      from: from2,
      to,
      text
    });
    view.dispatch(tr);
    matched = true;
  });
  return matched;
}
function inputRulesPlugin2(props) {
  const { editor, rules } = props;
  const plugin = new Plugin({
    state: {
      init() {
        return null;
      },
      apply(tr, prev, state) {
        const stored = tr.getMeta(plugin);
        if (stored) return stored;
        const simulatedInputMeta = tr.getMeta("applyInputRules");
        if (!!simulatedInputMeta) setTimeout(() => {
          let { text } = simulatedInputMeta;
          if (typeof text === "string") text = text;
          else text = getHTMLFromFragment3(Fragment.from(text), state.schema);
          const { from: from2 } = simulatedInputMeta;
          const to = from2 + text.length;
          run$12({
            editor,
            from: from2,
            to,
            text,
            rules,
            plugin
          });
        });
        return tr.selectionSet || tr.docChanged ? null : prev;
      }
    },
    props: {
      handleTextInput(view, from2, to, text) {
        return run$12({
          editor,
          from: from2,
          to,
          text,
          rules,
          plugin
        });
      },
      handleDOMEvents: { compositionend: (view) => {
        setTimeout(() => {
          const { $cursor } = view.state.selection;
          if ($cursor) run$12({
            editor,
            from: $cursor.pos,
            to: $cursor.pos,
            text: "",
            rules,
            plugin
          });
        });
        return false;
      } },
      handleKeyDown(view, event) {
        if (event.key !== "Enter") return false;
        const { $cursor } = view.state.selection;
        if ($cursor) return run$12({
          editor,
          from: $cursor.pos,
          to: $cursor.pos,
          text: "\n",
          rules,
          plugin
        });
        return false;
      }
    },
    isInputRules: true
  });
  return plugin;
}
var Extendable2 = class {
  constructor(config = {}) {
    this.type = "extendable";
    this.parent = null;
    this.child = null;
    this.name = "";
    this.config = { name: this.name };
    this.config = {
      ...this.config,
      ...config
    };
    this.name = this.config.name;
  }
  get options() {
    return { ...callOrReturn2(getExtensionField2(this, "addOptions", { name: this.name })) };
  }
  get storage() {
    return { ...callOrReturn2(getExtensionField2(this, "addStorage", {
      name: this.name,
      options: this.options
    })) };
  }
  configure(options = {}) {
    const extension = this.extend({
      ...this.config,
      addOptions: () => {
        return mergeDeep2(this.options, options);
      }
    });
    extension.name = this.name;
    extension.parent = this.parent;
    this.child = null;
    return extension;
  }
  extend(extendedConfig = {}) {
    const extension = new this.constructor({
      ...this.config,
      ...extendedConfig
    });
    extension.parent = this;
    this.child = extension;
    extension.name = "name" in extendedConfig ? extendedConfig.name : extension.parent.name;
    return extension;
  }
};
var Mark3 = class Mark4 extends Extendable2 {
  constructor(..._args) {
    super(..._args);
    this.type = "mark";
  }
  /**
  * Create a new Mark instance
  * @param config - Mark configuration object or a function that returns a configuration object
  */
  static create(config = {}) {
    const resolvedConfig = typeof config === "function" ? config() : config;
    return new Mark4(resolvedConfig);
  }
  static handleExit({ editor, mark }) {
    const { tr } = editor.state;
    const currentPos = editor.state.selection.$from;
    if (currentPos.pos === currentPos.end()) {
      const currentMarks = currentPos.marks();
      if (!!!currentMarks.find((m2) => (m2 === null || m2 === void 0 ? void 0 : m2.type.name) === mark.name)) return false;
      const removeMark = currentMarks.find((m2) => (m2 === null || m2 === void 0 ? void 0 : m2.type.name) === mark.name);
      if (removeMark) tr.removeStoredMark(removeMark);
      tr.insertText(" ", currentPos.pos);
      editor.view.dispatch(tr);
      return true;
    }
    return false;
  }
  configure(options) {
    return super.configure(options);
  }
  extend(extendedConfig) {
    const resolvedConfig = typeof extendedConfig === "function" ? extendedConfig() : extendedConfig;
    return super.extend(resolvedConfig);
  }
};
var PasteRule = class {
  constructor(config) {
    this.find = config.find;
    this.handler = config.handler;
  }
};
var pasteRuleMatcherHandler2 = (text, find2, event) => {
  if (isRegExp2(find2)) return [...text.matchAll(find2)];
  const matches = find2(text, event);
  if (!matches) return [];
  return matches.map((pasteRuleMatch) => {
    const result = [pasteRuleMatch.text];
    result.index = pasteRuleMatch.index;
    result.input = text;
    result.data = pasteRuleMatch.data;
    if (pasteRuleMatch.replaceWith) {
      if (!pasteRuleMatch.text.includes(pasteRuleMatch.replaceWith)) console.warn('[tiptap warn]: "pasteRuleMatch.replaceWith" must be part of "pasteRuleMatch.text".');
      result.push(pasteRuleMatch.replaceWith);
    }
    return result;
  });
};
function run2(config) {
  const { editor, state, from: from2, to, rule, pasteEvent, dropEvent } = config;
  const { commands, chain, can } = new CommandManager3({
    editor,
    state
  });
  const handlers = [];
  state.doc.nodesBetween(from2, to, (node, pos) => {
    var _node$type, _ref, _node$content$size, _node$content;
    if (((_node$type = node.type) === null || _node$type === void 0 || (_node$type = _node$type.spec) === null || _node$type === void 0 ? void 0 : _node$type.code) || !(node.isText || node.isTextblock || node.isInline)) return;
    const contentSize = (_ref = (_node$content$size = (_node$content = node.content) === null || _node$content === void 0 ? void 0 : _node$content.size) !== null && _node$content$size !== void 0 ? _node$content$size : node.nodeSize) !== null && _ref !== void 0 ? _ref : 0;
    const resolvedFrom = Math.max(from2, pos);
    const resolvedTo = Math.min(to, pos + contentSize);
    if (resolvedFrom >= resolvedTo) return;
    const textToMatch = node.isText ? node.text || "" : node.textBetween(resolvedFrom - pos, resolvedTo - pos, void 0, "\uFFFC");
    pasteRuleMatcherHandler2(textToMatch, rule.find, pasteEvent).forEach((match) => {
      if (match.index === void 0) return;
      const start = resolvedFrom + match.index + 1;
      const end = start + match[0].length;
      const range = {
        from: state.tr.mapping.map(start),
        to: state.tr.mapping.map(end)
      };
      const handler = rule.handler({
        state,
        range,
        match,
        commands,
        chain,
        can,
        pasteEvent,
        dropEvent
      });
      handlers.push(handler);
    });
  });
  return handlers.every((handler) => handler !== null);
}
var tiptapDragFromOtherEditor2 = null;
var createClipboardPasteEvent2 = (text) => {
  var _event$clipboardData;
  const event = new ClipboardEvent("paste", { clipboardData: new DataTransfer() });
  (_event$clipboardData = event.clipboardData) === null || _event$clipboardData === void 0 || _event$clipboardData.setData("text/html", text);
  return event;
};
function pasteRulesPlugin2(props) {
  const { editor, rules } = props;
  let dragSourceElement = null;
  let isPastedFromProseMirror = false;
  let isDroppedFromProseMirror = false;
  let pasteEvent = typeof ClipboardEvent !== "undefined" ? new ClipboardEvent("paste") : null;
  let dropEvent;
  try {
    dropEvent = typeof DragEvent !== "undefined" ? new DragEvent("drop") : null;
  } catch {
    dropEvent = null;
  }
  const processEvent = ({ state, from: from2, to, rule, pasteEvt }) => {
    const tr = state.tr;
    const chainableState = createChainableState2({
      state,
      transaction: tr
    });
    if (!run2({
      editor,
      state: chainableState,
      from: Math.max(from2 - 1, 0),
      to: to.b - 1,
      rule,
      pasteEvent: pasteEvt,
      dropEvent
    }) || !tr.steps.length) return;
    try {
      dropEvent = typeof DragEvent !== "undefined" ? new DragEvent("drop") : null;
    } catch {
      dropEvent = null;
    }
    pasteEvent = typeof ClipboardEvent !== "undefined" ? new ClipboardEvent("paste") : null;
    return tr;
  };
  return rules.map((rule) => {
    return new Plugin({
      view(view) {
        const handleDragstart = (event) => {
          var _view$dom$parentEleme;
          dragSourceElement = ((_view$dom$parentEleme = view.dom.parentElement) === null || _view$dom$parentEleme === void 0 ? void 0 : _view$dom$parentEleme.contains(event.target)) ? view.dom.parentElement : null;
          if (dragSourceElement) tiptapDragFromOtherEditor2 = editor;
        };
        const handleDragend = () => {
          if (tiptapDragFromOtherEditor2) tiptapDragFromOtherEditor2 = null;
        };
        window.addEventListener("dragstart", handleDragstart);
        window.addEventListener("dragend", handleDragend);
        return { destroy() {
          window.removeEventListener("dragstart", handleDragstart);
          window.removeEventListener("dragend", handleDragend);
        } };
      },
      props: { handleDOMEvents: {
        drop: (view, event) => {
          isDroppedFromProseMirror = dragSourceElement === view.dom.parentElement;
          dropEvent = event;
          if (!isDroppedFromProseMirror) {
            const dragFromOtherEditor = tiptapDragFromOtherEditor2;
            if (dragFromOtherEditor === null || dragFromOtherEditor === void 0 ? void 0 : dragFromOtherEditor.isEditable) setTimeout(() => {
              const selection = dragFromOtherEditor.state.selection;
              if (selection) dragFromOtherEditor.commands.deleteRange({
                from: selection.from,
                to: selection.to
              });
            }, 10);
          }
          return false;
        },
        paste: (_view, event) => {
          var _clipboardData;
          const html = (_clipboardData = event.clipboardData) === null || _clipboardData === void 0 ? void 0 : _clipboardData.getData("text/html");
          pasteEvent = event;
          isPastedFromProseMirror = !!(html === null || html === void 0 ? void 0 : html.includes("data-pm-slice"));
          return false;
        }
      } },
      appendTransaction: (transactions, oldState, state) => {
        const transaction = transactions[0];
        const isPaste = transaction.getMeta("uiEvent") === "paste" && !isPastedFromProseMirror;
        const isDrop = transaction.getMeta("uiEvent") === "drop" && !isDroppedFromProseMirror;
        const simulatedPasteMeta = transaction.getMeta("applyPasteRules");
        const isSimulatedPaste = !!simulatedPasteMeta;
        if (!isPaste && !isDrop && !isSimulatedPaste) return;
        if (isSimulatedPaste) {
          let { text } = simulatedPasteMeta;
          if (typeof text === "string") text = text;
          else text = getHTMLFromFragment3(Fragment.from(text), state.schema);
          const { from: from3 } = simulatedPasteMeta;
          const to2 = from3 + text.length;
          const pasteEvt = createClipboardPasteEvent2(text);
          return processEvent({
            rule,
            state,
            from: from3,
            to: { b: to2 },
            pasteEvt
          });
        }
        const from2 = oldState.doc.content.findDiffStart(state.doc.content);
        const to = oldState.doc.content.findDiffEnd(state.doc.content);
        if (!isNumber2(from2) || !to || from2 === to.b) return;
        return processEvent({
          rule,
          state,
          from: from2,
          to,
          pasteEvt: pasteEvent
        });
      }
    });
  });
}
var ExtensionManager2 = class {
  constructor(extensions, editor) {
    this.splittableMarks = [];
    this.nonClearableMarks = [];
    this.decorationManager = null;
    this.editor = editor;
    this.baseExtensions = extensions;
    this.extensions = resolveExtensions2(extensions);
    this.schema = getSchemaByResolvedExtensions2(this.extensions, editor);
    this.setupExtensions();
  }
  /**
  * Get all commands from the extensions.
  * @returns An object with all commands where the key is the command name and the value is the command function
  */
  get commands() {
    return this.extensions.reduce((commands, extension) => {
      const addCommands = getExtensionField2(extension, "addCommands", {
        name: extension.name,
        options: extension.options,
        storage: this.editor.extensionStorage[extension.name],
        editor: this.editor,
        type: getSchemaTypeByName2(extension.name, this.schema)
      });
      if (!addCommands) return commands;
      return {
        ...commands,
        ...addCommands()
      };
    }, {});
  }
  /**
  * Get all registered Prosemirror plugins from the extensions.
  * @returns An array of Prosemirror plugins
  */
  get plugins() {
    const { editor } = this;
    const allPlugins = sortExtensions2([...this.extensions].reverse()).flatMap((extension) => {
      const context = {
        name: extension.name,
        options: extension.options,
        storage: this.editor.extensionStorage[extension.name],
        editor,
        type: getSchemaTypeByName2(extension.name, this.schema)
      };
      const plugins = [];
      const addKeyboardShortcuts = getExtensionField2(extension, "addKeyboardShortcuts", context);
      let defaultBindings = {};
      if (extension.type === "mark" && getExtensionField2(extension, "exitable", context)) defaultBindings.ArrowRight = () => Mark3.handleExit({
        editor,
        mark: extension
      });
      if (addKeyboardShortcuts) {
        const bindings = Object.fromEntries(Object.entries(addKeyboardShortcuts()).map(([shortcut, method]) => {
          return [shortcut, () => method({ editor })];
        }));
        defaultBindings = {
          ...defaultBindings,
          ...bindings
        };
      }
      const keyMapPlugin = keymap(defaultBindings);
      plugins.push(keyMapPlugin);
      const addInputRules = getExtensionField2(extension, "addInputRules", context);
      if (isExtensionRulesEnabled2(extension, editor.options.enableInputRules) && addInputRules) {
        const rules = addInputRules();
        if (rules && rules.length) {
          const inputResult = inputRulesPlugin2({
            editor,
            rules
          });
          const inputPlugins = Array.isArray(inputResult) ? inputResult : [inputResult];
          plugins.push(...inputPlugins);
        }
      }
      const addPasteRules = getExtensionField2(extension, "addPasteRules", context);
      if (isExtensionRulesEnabled2(extension, editor.options.enablePasteRules) && addPasteRules) {
        const rules = addPasteRules();
        if (rules && rules.length) {
          const pasteRules = pasteRulesPlugin2({
            editor,
            rules
          });
          plugins.push(...pasteRules);
        }
      }
      const addProseMirrorPlugins = getExtensionField2(extension, "addProseMirrorPlugins", context);
      if (addProseMirrorPlugins) {
        const proseMirrorPlugins = addProseMirrorPlugins();
        plugins.push(...proseMirrorPlugins);
      }
      return plugins;
    });
    const decorationPlugin = this.createDecorationPlugin();
    if (decorationPlugin) allPlugins.push(decorationPlugin);
    return allPlugins;
  }
  /**
  * Aggregates decorations from extensions into a single plugin, or returns null
  * if none exist. Destroys the previous manager to avoid orphaned listeners.
  * @returns A ProseMirror plugin or `null`
  * @example
  * const plugin = editor.extensionManager.createDecorationPlugin()
  */
  createDecorationPlugin() {
    var _this$decorationManag;
    const { editor } = this;
    (_this$decorationManag = this.decorationManager) === null || _this$decorationManag === void 0 || _this$decorationManag.destroy();
    const entries = [];
    this.extensions.forEach((extension) => {
      const addDecorations = getExtensionField2(extension, "addDecorations", {
        name: extension.name,
        options: extension.options,
        storage: this.editor.extensionStorage[extension.name],
        editor,
        type: getSchemaTypeByName2(extension.name, this.schema)
      });
      if (!addDecorations) return;
      entries.push({
        name: extension.name,
        addDecorations
      });
    });
    this.decorationManager = new DecorationManager2({
      editor,
      entries
    });
    return this.decorationManager.plugin;
  }
  /**
  * Get all attributes from the extensions.
  * @returns An array of attributes
  */
  get attributes() {
    return getAttributesFromExtensions2(this.extensions);
  }
  /**
  * Get all node views from the extensions.
  * @returns An object with all node views where the key is the node name and the value is the node view function
  */
  get nodeViews() {
    const { editor } = this;
    const { nodeExtensions } = splitExtensions2(this.extensions);
    return Object.fromEntries(nodeExtensions.filter((extension) => !!getExtensionField2(extension, "addNodeView")).map((extension) => {
      const extensionAttributes = this.attributes.filter((attribute) => attribute.type === extension.name);
      const addNodeView = getExtensionField2(extension, "addNodeView", {
        name: extension.name,
        options: extension.options,
        storage: this.editor.extensionStorage[extension.name],
        editor,
        type: getNodeType2(extension.name, this.schema)
      });
      if (!addNodeView) return [];
      const nodeViewResult = addNodeView();
      if (!nodeViewResult) return [];
      const nodeview = (node, view, getPos, decorations, innerDecorations) => {
        const HTMLAttributes = getRenderedAttributes2(node, extensionAttributes);
        return nodeViewResult({
          node,
          view,
          getPos,
          decorations,
          innerDecorations,
          editor,
          extension,
          HTMLAttributes
        });
      };
      return [extension.name, nodeview];
    }));
  }
  /**
  * Get the composed dispatchTransaction function from all extensions.
  * @param baseDispatch The base dispatch function (e.g. from the editor or user props)
  * @returns A composed dispatch function
  */
  dispatchTransaction(baseDispatch) {
    const { editor } = this;
    return sortExtensions2([...this.extensions].reverse()).reduceRight((next, extension) => {
      const context = {
        name: extension.name,
        options: extension.options,
        storage: this.editor.extensionStorage[extension.name],
        editor,
        type: getSchemaTypeByName2(extension.name, this.schema)
      };
      const dispatchTransaction = getExtensionField2(extension, "dispatchTransaction", context);
      if (!dispatchTransaction) return next;
      return (transaction) => {
        dispatchTransaction.call(context, {
          transaction,
          next
        });
      };
    }, baseDispatch);
  }
  /**
  * Get the composed transformPastedHTML function from all extensions.
  * @param baseTransform The base transform function (e.g. from the editor props)
  * @returns A composed transform function that chains all extension transforms
  */
  transformPastedHTML(baseTransform) {
    const { editor } = this;
    return sortExtensions2([...this.extensions]).reduce((transform, extension) => {
      const context = {
        name: extension.name,
        options: extension.options,
        storage: this.editor.extensionStorage[extension.name],
        editor,
        type: getSchemaTypeByName2(extension.name, this.schema)
      };
      const extensionTransform = getExtensionField2(extension, "transformPastedHTML", context);
      if (!extensionTransform) return transform;
      return (html, view) => {
        const transformedHtml = transform(html, view);
        return extensionTransform.call(context, transformedHtml);
      };
    }, baseTransform || ((html) => html));
  }
  get markViews() {
    const { editor } = this;
    const { markExtensions } = splitExtensions2(this.extensions);
    return Object.fromEntries(markExtensions.filter((extension) => !!getExtensionField2(extension, "addMarkView")).map((extension) => {
      const extensionAttributes = this.attributes.filter((attribute) => attribute.type === extension.name);
      const addMarkView = getExtensionField2(extension, "addMarkView", {
        name: extension.name,
        options: extension.options,
        storage: this.editor.extensionStorage[extension.name],
        editor,
        type: getMarkType2(extension.name, this.schema)
      });
      if (!addMarkView) return [];
      const markView = (mark, view, inline) => {
        const HTMLAttributes = getRenderedAttributes2(mark, extensionAttributes);
        return addMarkView()({
          mark,
          view,
          inline,
          editor,
          extension,
          HTMLAttributes,
          updateAttributes: (attrs) => {
            updateMarkViewAttributes2(mark, editor, attrs);
          }
        });
      };
      return [extension.name, markView];
    }));
  }
  /**
  * Destroy the extension manager and clean up all extension references
  * to prevent memory leaks through parent/child extension chains.
  *
  * Walks each extension's full parent chain and nulls every forward
  * `parent.child → current` link where the parent still points to the
  * current node. This breaks the retention path from module-scope
  * singleton roots through deep extend() chains.
  *
  * Only ancestor `.child` links matching the current chain are cleared.
  * The `.parent` pointer on ancestors is never touched — extensions
  * may be shared across live editors, so their own backward references
  * and non-matching forward links must remain intact.
  */
  destroy() {
    var _this$decorationManag2;
    (_this$decorationManag2 = this.decorationManager) === null || _this$decorationManag2 === void 0 || _this$decorationManag2.destroy();
    this.extensions.forEach((extension) => {
      let current = extension;
      while (current.parent) {
        const parent = current.parent;
        if (parent.child === current) parent.child = null;
        current = parent;
      }
    });
    this.extensions = [];
    this.baseExtensions = [];
    this.decorationManager = null;
    this.schema = null;
    this.editor = null;
  }
  /**
  * Go through all extensions, create extension storages & setup marks
  * & bind editor event listener.
  */
  setupExtensions() {
    const extensions = this.extensions;
    this.editor.extensionStorage = Object.fromEntries(extensions.map((extension) => [extension.name, extension.storage]));
    extensions.forEach((extension) => {
      const context = {
        name: extension.name,
        options: extension.options,
        storage: this.editor.extensionStorage[extension.name],
        editor: this.editor,
        type: getSchemaTypeByName2(extension.name, this.schema)
      };
      if (extension.type === "mark") {
        var _callOrReturn, _callOrReturn2;
        if ((_callOrReturn = callOrReturn2(getExtensionField2(extension, "keepOnSplit", context))) !== null && _callOrReturn !== void 0 ? _callOrReturn : true) this.splittableMarks.push(extension.name);
        if (!((_callOrReturn2 = callOrReturn2(getExtensionField2(extension, "clearable", context))) !== null && _callOrReturn2 !== void 0 ? _callOrReturn2 : true)) this.nonClearableMarks.push(extension.name);
      }
      const onBeforeCreate = getExtensionField2(extension, "onBeforeCreate", context);
      const onCreate = getExtensionField2(extension, "onCreate", context);
      const onUpdate = getExtensionField2(extension, "onUpdate", context);
      const onSelectionUpdate = getExtensionField2(extension, "onSelectionUpdate", context);
      const onTransaction = getExtensionField2(extension, "onTransaction", context);
      const onFocus = getExtensionField2(extension, "onFocus", context);
      const onBlur = getExtensionField2(extension, "onBlur", context);
      const onDestroy = getExtensionField2(extension, "onDestroy", context);
      if (onBeforeCreate) this.editor.on("beforeCreate", onBeforeCreate);
      if (onCreate) this.editor.on("create", onCreate);
      if (onUpdate) this.editor.on("update", onUpdate);
      if (onSelectionUpdate) this.editor.on("selectionUpdate", onSelectionUpdate);
      if (onTransaction) this.editor.on("transaction", onTransaction);
      if (onFocus) this.editor.on("focus", onFocus);
      if (onBlur) this.editor.on("blur", onBlur);
      if (onDestroy) this.editor.on("destroy", onDestroy);
    });
  }
};
ExtensionManager2.resolve = resolveExtensions2;
ExtensionManager2.sort = sortExtensions2;
ExtensionManager2.flatten = flattenExtensions2;
var Extension3 = class Extension4 extends Extendable2 {
  constructor(..._args) {
    super(..._args);
    this.type = "extension";
  }
  /**
  * Create a new Extension instance
  * @param config - Extension configuration object or a function that returns a configuration object
  */
  static create(config = {}) {
    const resolvedConfig = typeof config === "function" ? config() : config;
    return new Extension4(resolvedConfig);
  }
  configure(options) {
    return super.configure(options);
  }
  extend(extendedConfig) {
    const resolvedConfig = typeof extendedConfig === "function" ? extendedConfig() : extendedConfig;
    return super.extend(resolvedConfig);
  }
};
var ClipboardTextSerializer2 = Extension3.create({
  name: "clipboardTextSerializer",
  addOptions() {
    return { blockSeparator: void 0 };
  },
  addProseMirrorPlugins() {
    return [new Plugin({
      key: new PluginKey("clipboardTextSerializer"),
      props: { clipboardTextSerializer: () => {
        const { editor } = this;
        const { state, schema } = editor;
        const { doc, selection } = state;
        const textSerializers = getTextSerializersFromSchema2(schema);
        const { blockSeparator } = this.options;
        const options = {
          ...blockSeparator !== void 0 ? { blockSeparator } : {},
          textSerializers
        };
        return [...selection.ranges].sort((a, b2) => a.$from.pos - b2.$from.pos).map(({ $from, $to }) => getTextBetween2(doc, {
          from: $from.pos,
          to: $to.pos
        }, options)).join(blockSeparator !== null && blockSeparator !== void 0 ? blockSeparator : "\n\n");
      } }
    })];
  }
});
var Commands2 = Extension3.create({
  name: "commands",
  addCommands() {
    return { ...commands_exports2 };
  }
});
var Delete2 = Extension3.create({
  name: "delete",
  onUpdate({ transaction, appendedTransactions }) {
    var _this$editor$options$4, _this$editor$options$5;
    const callback = () => {
      var _this$editor$options$, _this$editor$options$2, _this$editor$options$3;
      if ((_this$editor$options$ = (_this$editor$options$2 = this.editor.options.coreExtensionOptions) === null || _this$editor$options$2 === void 0 || (_this$editor$options$2 = _this$editor$options$2.delete) === null || _this$editor$options$2 === void 0 || (_this$editor$options$3 = _this$editor$options$2.filterTransaction) === null || _this$editor$options$3 === void 0 ? void 0 : _this$editor$options$3.call(_this$editor$options$2, transaction)) !== null && _this$editor$options$ !== void 0 ? _this$editor$options$ : transaction.getMeta("y-sync$")) return;
      const nextTransaction = combineTransactionSteps2(transaction.before, [transaction, ...appendedTransactions]);
      getChangedRanges2(nextTransaction).forEach((change) => {
        if (nextTransaction.mapping.mapResult(change.oldRange.from).deletedAfter && nextTransaction.mapping.mapResult(change.oldRange.to).deletedBefore) nextTransaction.before.nodesBetween(change.oldRange.from, change.oldRange.to, (node, from2) => {
          const to = from2 + node.nodeSize - 2;
          const isFullyWithinRange = change.oldRange.from <= from2 && to <= change.oldRange.to;
          this.editor.emit("delete", {
            type: "node",
            node,
            from: from2,
            to,
            newFrom: nextTransaction.mapping.map(from2),
            newTo: nextTransaction.mapping.map(to),
            deletedRange: change.oldRange,
            newRange: change.newRange,
            partial: !isFullyWithinRange,
            editor: this.editor,
            transaction,
            combinedTransform: nextTransaction
          });
        });
      });
      const mapping = nextTransaction.mapping;
      nextTransaction.steps.forEach((step, index) => {
        if (step instanceof RemoveMarkStep) {
          var _nextTransaction$doc$, _nextTransaction$doc$2;
          const newStart = mapping.slice(index).map(step.from, -1);
          const newEnd = mapping.slice(index).map(step.to);
          const oldStart = mapping.invert().map(newStart, -1);
          const oldEnd = mapping.invert().map(newEnd);
          const foundBeforeMark = newStart > 0 ? (_nextTransaction$doc$ = nextTransaction.doc.nodeAt(newStart - 1)) === null || _nextTransaction$doc$ === void 0 ? void 0 : _nextTransaction$doc$.marks.some((mark) => mark.eq(step.mark)) : false;
          const foundAfterMark = (_nextTransaction$doc$2 = nextTransaction.doc.nodeAt(newEnd)) === null || _nextTransaction$doc$2 === void 0 ? void 0 : _nextTransaction$doc$2.marks.some((mark) => mark.eq(step.mark));
          this.editor.emit("delete", {
            type: "mark",
            mark: step.mark,
            from: step.from,
            to: step.to,
            deletedRange: {
              from: oldStart,
              to: oldEnd
            },
            newRange: {
              from: newStart,
              to: newEnd
            },
            partial: Boolean(foundAfterMark || foundBeforeMark),
            editor: this.editor,
            transaction,
            combinedTransform: nextTransaction
          });
        }
      });
    };
    if ((_this$editor$options$4 = (_this$editor$options$5 = this.editor.options.coreExtensionOptions) === null || _this$editor$options$5 === void 0 || (_this$editor$options$5 = _this$editor$options$5.delete) === null || _this$editor$options$5 === void 0 ? void 0 : _this$editor$options$5.async) !== null && _this$editor$options$4 !== void 0 ? _this$editor$options$4 : true) setTimeout(callback, 0);
    else callback();
  }
});
var Drop2 = Extension3.create({
  name: "drop",
  addProseMirrorPlugins() {
    return [new Plugin({
      key: new PluginKey("tiptapDrop"),
      props: { handleDrop: (_2, e, slice2, moved) => {
        this.editor.emit("drop", {
          editor: this.editor,
          event: e,
          slice: slice2,
          moved
        });
      } }
    })];
  }
});
var Editable2 = Extension3.create({
  name: "editable",
  addProseMirrorPlugins() {
    return [new Plugin({
      key: new PluginKey("editable"),
      props: { editable: () => this.editor.options.editable }
    })];
  }
});
var focusEventsPluginKey2 = new PluginKey("focusEvents");
var FocusEvents2 = Extension3.create({
  name: "focusEvents",
  addProseMirrorPlugins() {
    const { editor } = this;
    return [new Plugin({
      key: focusEventsPluginKey2,
      props: { handleDOMEvents: {
        focus: (view, event) => {
          editor.isFocused = true;
          const transaction = editor.state.tr.setMeta("focus", { event }).setMeta("addToHistory", false);
          view.dispatch(transaction);
          return false;
        },
        blur: (view, event) => {
          editor.isFocused = false;
          const transaction = editor.state.tr.setMeta("blur", { event }).setMeta("addToHistory", false);
          view.dispatch(transaction);
          return false;
        }
      } }
    })];
  }
});
var Keymap2 = Extension3.create({
  name: "keymap",
  addKeyboardShortcuts() {
    const handleBackspace4 = () => this.editor.commands.first(({ commands }) => [
      () => commands.undoInputRule(),
      () => commands.command(({ tr }) => {
        const { selection, doc } = tr;
        const { empty, $anchor } = selection;
        const { pos, parent } = $anchor;
        const $parentPos = $anchor.parent.isTextblock && pos > 0 ? tr.doc.resolve(pos - 1) : $anchor;
        const parentIsIsolating = $parentPos.parent.type.spec.isolating;
        const parentPos = $anchor.pos - $anchor.parentOffset;
        const isAtStart = parentIsIsolating && $parentPos.parent.childCount === 1 ? parentPos === $anchor.pos : Selection.atStart(doc).from === pos;
        if (!empty || !parent.type.isTextblock || parent.textContent.length || !isAtStart || isAtStart && $anchor.parent.type.name === "paragraph") return false;
        return commands.clearNodes();
      }),
      () => commands.deleteSelection(),
      () => commands.joinBackward(),
      () => commands.selectNodeBackward()
    ]);
    const handleDelete3 = () => this.editor.commands.first(({ commands }) => [
      () => commands.deleteSelection(),
      () => commands.deleteCurrentNode(),
      () => commands.joinForward(),
      () => commands.selectNodeForward()
    ]);
    const handleEnter = () => this.editor.commands.first(({ commands }) => [
      () => commands.newlineInCode(),
      () => commands.createParagraphNear(),
      () => commands.liftEmptyBlock(),
      () => commands.splitBlock()
    ]);
    const baseKeymap = {
      Enter: handleEnter,
      "Mod-Enter": () => this.editor.commands.exitCode(),
      Backspace: handleBackspace4,
      "Mod-Backspace": handleBackspace4,
      "Shift-Backspace": handleBackspace4,
      Delete: handleDelete3,
      "Mod-Delete": handleDelete3,
      "Mod-a": () => this.editor.commands.selectAll()
    };
    const pcKeymap = { ...baseKeymap };
    const macKeymap = {
      ...baseKeymap,
      "Ctrl-h": handleBackspace4,
      "Alt-Backspace": handleBackspace4,
      "Ctrl-d": handleDelete3,
      "Ctrl-Alt-Backspace": handleDelete3,
      "Alt-Delete": handleDelete3,
      "Alt-d": handleDelete3,
      "Ctrl-a": () => this.editor.commands.selectTextblockStart(),
      "Ctrl-e": () => this.editor.commands.selectTextblockEnd()
    };
    if (isiOS2() || isMacOS2()) return macKeymap;
    return pcKeymap;
  },
  addProseMirrorPlugins() {
    return [new Plugin({
      key: new PluginKey("clearDocument"),
      appendTransaction: (transactions, oldState, newState) => {
        if (transactions.some((tr2) => tr2.getMeta("composition"))) return;
        const docChanges = transactions.some((transaction) => transaction.docChanged) && !oldState.doc.eq(newState.doc);
        const ignoreTr = transactions.some((transaction) => transaction.getMeta("preventClearDocument"));
        if (!docChanges || ignoreTr) return;
        const { empty, from: from2, to } = oldState.selection;
        const allFrom = Selection.atStart(oldState.doc).from;
        const allEnd = Selection.atEnd(oldState.doc).to;
        if (empty || !(from2 === allFrom && to === allEnd)) return;
        if (!isNodeEmpty2(newState.doc)) return;
        const tr = newState.tr;
        const state = createChainableState2({
          state: newState,
          transaction: tr
        });
        const { commands } = new CommandManager3({
          editor: this.editor,
          state
        });
        commands.clearNodes();
        if (!tr.steps.length) return;
        return tr;
      }
    })];
  }
});
var Paste2 = Extension3.create({
  name: "paste",
  addProseMirrorPlugins() {
    return [new Plugin({
      key: new PluginKey("tiptapPaste"),
      props: { handlePaste: (_view, e, slice2) => {
        this.editor.emit("paste", {
          editor: this.editor,
          event: e,
          slice: slice2
        });
      } }
    })];
  }
});
var Tabindex2 = Extension3.create({
  name: "tabindex",
  addOptions() {
    return { value: void 0 };
  },
  addProseMirrorPlugins() {
    return [new Plugin({
      key: new PluginKey("tabindex"),
      props: { attributes: () => {
        var _this$options$value;
        if (!this.editor.isEditable && this.options.value === void 0) return {};
        return { tabindex: (_this$options$value = this.options.value) !== null && _this$options$value !== void 0 ? _this$options$value : "0" };
      } }
    })];
  }
});
var TextDirection2 = Extension3.create({
  name: "textDirection",
  addOptions() {
    return { direction: void 0 };
  },
  addGlobalAttributes() {
    if (!this.options.direction) return [];
    const { nodeExtensions } = splitExtensions2(this.extensions);
    return [{
      types: nodeExtensions.filter((extension) => extension.name !== "text").map((extension) => extension.name),
      attributes: { dir: {
        default: this.options.direction,
        parseHTML: (element) => {
          const dir = element.getAttribute("dir");
          if (dir && (dir === "ltr" || dir === "rtl" || dir === "auto")) return dir;
          return this.options.direction;
        },
        renderHTML: (attributes) => {
          if (!attributes.dir) return {};
          return { dir: attributes.dir };
        }
      } }
    }];
  },
  addProseMirrorPlugins() {
    return [new Plugin({
      key: new PluginKey("textDirection"),
      props: { attributes: () => {
        const direction = this.options.direction;
        if (!direction) return {};
        return { dir: direction };
      } }
    })];
  }
});
function markInputRule(config) {
  return new InputRule({
    find: config.find,
    handler: ({ state, range, match }) => {
      const attributes = callOrReturn2(config.getAttributes, void 0, match);
      if (attributes === false || attributes === null) return null;
      const { tr } = state;
      const captureGroup = match[match.length - 1];
      const fullMatch = match[0];
      if (captureGroup) {
        const startSpaces = fullMatch.search(/\S/);
        const textStart = range.from + fullMatch.indexOf(captureGroup);
        const textEnd = textStart + captureGroup.length;
        if (getMarksBetween(range.from, range.to, state.doc).filter((item) => {
          return item.mark.type.excluded.find((type) => type === config.type && type !== item.mark.type);
        }).filter((item) => item.to > textStart).length) return null;
        if (textEnd < range.to) tr.delete(textEnd, range.to);
        if (textStart > range.from) tr.delete(range.from + startSpaces, textStart);
        const markEnd = range.from + startSpaces + captureGroup.length;
        tr.addMark(range.from + startSpaces, markEnd, config.type.create(attributes || {}));
        tr.removeStoredMark(config.type);
      }
    },
    undoable: config.undoable
  });
}
function nodeInputRule(config) {
  return new InputRule({
    find: config.find,
    handler: ({ state, range, match }) => {
      const attributes = callOrReturn2(config.getAttributes, void 0, match) || {};
      const { tr } = state;
      const start = range.from;
      let end = range.to;
      const newNode = config.type.create(attributes);
      if (match[1]) {
        let matchStart = start + match[0].lastIndexOf(match[1]);
        if (matchStart > end) matchStart = end;
        else end = matchStart + match[1].length;
        const lastChar = match[0][match[0].length - 1];
        tr.insertText(lastChar, start + match[0].length - 1);
        tr.replaceWith(matchStart, end, newNode);
      } else if (match[0]) {
        const insertionStart = config.type.isInline ? start : start - 1;
        tr.insert(insertionStart, config.type.create(attributes)).delete(tr.mapping.map(start), tr.mapping.map(end));
      }
      tr.scrollIntoView();
    },
    undoable: config.undoable
  });
}
function textblockTypeInputRule(config) {
  return new InputRule({
    find: config.find,
    handler: ({ state, range, match }) => {
      const $start = state.doc.resolve(range.from);
      const attributes = callOrReturn2(config.getAttributes, void 0, match) || {};
      if (!$start.node(-1).canReplaceWith($start.index(-1), $start.indexAfter(-1), config.type)) return null;
      state.tr.delete(range.from, range.to).setBlockType(range.from, range.from, config.type, attributes);
    },
    undoable: config.undoable
  });
}
function wrappingInputRule(config) {
  return new InputRule({
    find: config.find,
    handler: ({ state, range, match, chain }) => {
      const attributes = callOrReturn2(config.getAttributes, void 0, match) || {};
      const tr = state.tr.delete(range.from, range.to);
      const blockRange = tr.doc.resolve(range.from).blockRange();
      const wrapping = blockRange && findWrapping(blockRange, config.type, attributes);
      if (!wrapping) return null;
      tr.wrap(blockRange, wrapping);
      if (config.keepMarks && config.editor) {
        const { selection, storedMarks } = state;
        const { splittableMarks } = config.editor.extensionManager;
        const marks = storedMarks || selection.$to.parentOffset && selection.$from.marks();
        if (marks) {
          const filteredMarks = marks.filter((mark) => splittableMarks.includes(mark.type.name));
          tr.ensureMarks(filteredMarks);
        }
      }
      if (config.keepAttributes) {
        const nodeType = config.type.name === "bulletList" || config.type.name === "orderedList" ? "listItem" : "taskList";
        chain().updateAttributes(nodeType, attributes).run();
      }
      const before = tr.doc.resolve(range.from - 1).nodeBefore;
      if (before && before.type === config.type && canJoin(tr.doc, range.from - 1) && (!config.joinPredicate || config.joinPredicate(match, before))) tr.join(range.from - 1);
    },
    undoable: config.undoable
  });
}
var Node2 = class Node3 extends Extendable2 {
  constructor(..._args) {
    super(..._args);
    this.type = "node";
  }
  /**
  * Create a new Node instance
  * @param config - Node configuration object or a function that returns a configuration object
  */
  static create(config = {}) {
    const resolvedConfig = typeof config === "function" ? config() : config;
    return new Node3(resolvedConfig);
  }
  configure(options) {
    return super.configure(options);
  }
  extend(extendedConfig) {
    const resolvedConfig = typeof extendedConfig === "function" ? extendedConfig() : extendedConfig;
    return super.extend(resolvedConfig);
  }
};
function markPasteRule(config) {
  return new PasteRule({
    find: config.find,
    handler: ({ state, range, match, pasteEvent }) => {
      const attributes = callOrReturn2(config.getAttributes, void 0, match, pasteEvent);
      if (attributes === false || attributes === null) return null;
      const { tr } = state;
      const captureGroup = match[match.length - 1];
      const fullMatch = match[0];
      let markEnd = range.to;
      if (captureGroup) {
        const startSpaces = fullMatch.search(/\S/);
        const textStart = range.from + fullMatch.indexOf(captureGroup);
        const textEnd = textStart + captureGroup.length;
        if (getMarksBetween(range.from, range.to, state.doc).filter((item) => {
          return item.mark.type.excluded.find((type) => type === config.type && type !== item.mark.type);
        }).filter((item) => item.to > textStart).length) return null;
        if (textEnd < range.to) tr.delete(textEnd, range.to);
        if (textStart > range.from) tr.delete(range.from + startSpaces, textStart);
        markEnd = range.from + startSpaces + captureGroup.length;
        tr.addMark(range.from + startSpaces, markEnd, config.type.create(attributes || {}));
        if (!(match.index !== void 0 && match.input !== void 0 && match.index + match[0].length >= match.input.length)) tr.removeStoredMark(config.type);
      }
    }
  });
}

// ../../node_modules/@tiptap/starter-kit/node_modules/@tiptap/core/dist/jsx-runtime/jsx-runtime.js
var jsxElements = /* @__PURE__ */ new WeakSet();
var jsxFragments = /* @__PURE__ */ new WeakSet();
function createJSXElement(spec) {
  const element = spec;
  jsxElements.add(element);
  return element;
}
function isJSXElement(value) {
  return Array.isArray(value) && jsxElements.has(value);
}
function flattenFragmentChildren(children) {
  return children.flatMap((child) => {
    if (child == null) return [];
    if (Array.isArray(child) && jsxFragments.has(child) && !isJSXElement(child)) return flattenFragmentChildren(child);
    return [child];
  });
}
function render(tag, attributes) {
  if (tag === "slot") return 0;
  if (tag instanceof Function) {
    const result = tag(attributes);
    if (Array.isArray(result) && !isJSXElement(result) && !jsxFragments.has(result)) return createJSXElement(result);
    return result;
  }
  const { children, ...rest } = attributes !== null && attributes !== void 0 ? attributes : {};
  if (tag === "svg") throw new Error("SVG elements are not supported in the JSX syntax, use the array syntax instead");
  if (Array.isArray(children)) {
    if (isJSXElement(children)) return createJSXElement([
      tag,
      rest,
      children
    ]);
    if (children.length === 0) return createJSXElement([tag, rest]);
    const flattenedChildren = flattenFragmentChildren(children);
    if (flattenedChildren.length === 0) return createJSXElement([tag, rest]);
    return createJSXElement([
      tag,
      rest,
      ...flattenedChildren
    ]);
  }
  if (children !== void 0 && children !== null) return createJSXElement([
    tag,
    rest,
    children
  ]);
  return createJSXElement([tag, rest]);
}
var h = (tag, attributes) => render(tag, attributes);

// ../../node_modules/@tiptap/starter-kit/node_modules/@tiptap/extension-blockquote/dist/index.js
var handleBackspace = (editor, type) => {
  var _previous$lastChild;
  const { state } = editor;
  const { selection } = state;
  if (!selection.empty) return false;
  const { $from } = selection;
  if ($from.parentOffset !== 0) return false;
  const parentDepth = $from.depth - 1;
  if (parentDepth < 0) return false;
  const parent = $from.node(parentDepth);
  const index = $from.index(parentDepth);
  if (index === 0) return false;
  if (parent.type === type) return editor.commands.lift(type.name);
  const previous = parent.child(index - 1);
  if (previous.type !== type || !((_previous$lastChild = previous.lastChild) === null || _previous$lastChild === void 0 ? void 0 : _previous$lastChild.isTextblock)) return false;
  const targetPos = $from.before() - 1 - 1;
  return editor.commands.command(({ tr, dispatch }) => {
    if (!dispatch) return true;
    const content = $from.parent.content;
    const slice2 = new Slice(content, 0, 0);
    tr.replace(targetPos, $from.after(), slice2);
    tr.setSelection(TextSelection.create(tr.doc, targetPos + content.size));
    tr.scrollIntoView();
    dispatch(tr);
    return true;
  });
};
var inputRegex = /^\s*>\s$/;
var Blockquote = Node2.create({
  name: "blockquote",
  addOptions() {
    return { HTMLAttributes: {} };
  },
  content: "block+",
  group: "block",
  defining: true,
  parseHTML() {
    return [{ tag: "blockquote" }];
  },
  renderHTML({ HTMLAttributes }) {
    return /* @__PURE__ */ h("blockquote", {
      ...mergeAttributes2(this.options.HTMLAttributes, HTMLAttributes),
      children: /* @__PURE__ */ h("slot", {})
    });
  },
  parseMarkdown: (token, helpers) => {
    var _helpers$parseBlockCh;
    const parseBlockChildren = (_helpers$parseBlockCh = helpers.parseBlockChildren) !== null && _helpers$parseBlockCh !== void 0 ? _helpers$parseBlockCh : helpers.parseChildren;
    return helpers.createNode("blockquote", void 0, parseBlockChildren(token.tokens || []));
  },
  renderMarkdown: (node, h2) => {
    if (!node.content) return "";
    const prefix = ">";
    const result = [];
    node.content.forEach((child, index) => {
      var _h$renderChild, _h$renderChild2;
      const linesWithPrefix = ((_h$renderChild = (_h$renderChild2 = h2.renderChild) === null || _h$renderChild2 === void 0 ? void 0 : _h$renderChild2.call(h2, child, index)) !== null && _h$renderChild !== void 0 ? _h$renderChild : h2.renderChildren([child])).split("\n").map((line) => {
        if (line.trim() === "") return prefix;
        return `${prefix} ${line}`;
      });
      result.push(linesWithPrefix.join("\n"));
    });
    return result.join(`
${prefix}
`);
  },
  addCommands() {
    return {
      setBlockquote: () => ({ commands }) => {
        return commands.wrapIn(this.name);
      },
      toggleBlockquote: () => ({ commands }) => {
        return commands.toggleWrap(this.name);
      },
      unsetBlockquote: () => ({ commands }) => {
        return commands.lift(this.name);
      }
    };
  },
  addKeyboardShortcuts() {
    return {
      "Mod-Shift-b": () => this.editor.commands.toggleBlockquote(),
      Backspace: () => handleBackspace(this.editor, this.type)
    };
  },
  addInputRules() {
    return [wrappingInputRule({
      find: inputRegex,
      type: this.type
    })];
  }
});

// ../../node_modules/@tiptap/starter-kit/node_modules/@tiptap/extension-bold/dist/index.js
var starInputRegex = /(?:^|\s)(\*\*(?!\s+\*\*)((?:[^*]+))\*\*(?!\s+\*\*))$/;
var starPasteRegex = /(?:^|\s)(\*\*(?!\s+\*\*)((?:[^*]+))\*\*(?!\s+\*\*))/g;
var underscoreInputRegex = /(?:^|\s)(__(?!\s+__)((?:[^_]+))__(?!\s+__))$/;
var underscorePasteRegex = /(?:^|\s)(__(?!\s+__)((?:[^_]+))__(?!\s+__))/g;
var Bold = Mark3.create({
  name: "bold",
  addOptions() {
    return { HTMLAttributes: {} };
  },
  parseHTML() {
    return [
      { tag: "strong" },
      {
        tag: "b",
        getAttrs: (node) => node.style.fontWeight !== "normal" && null
      },
      {
        style: "font-weight=400",
        clearMark: (mark) => mark.type.name === this.name
      },
      {
        style: "font-weight",
        getAttrs: (value) => /^(bold(er)?|[5-9]\d{2,})$/.test(value) && null
      }
    ];
  },
  renderHTML({ HTMLAttributes }) {
    return /* @__PURE__ */ h("strong", {
      ...mergeAttributes2(this.options.HTMLAttributes, HTMLAttributes),
      children: /* @__PURE__ */ h("slot", {})
    });
  },
  markdownTokenName: "strong",
  parseMarkdown: (token, helpers) => {
    return helpers.applyMark("bold", helpers.parseInline(token.tokens || []));
  },
  markdownOptions: { htmlReopen: {
    open: "<strong>",
    close: "</strong>"
  } },
  renderMarkdown: (node, h2) => {
    return `**${h2.renderChildren(node)}**`;
  },
  addCommands() {
    return {
      setBold: () => ({ commands }) => {
        return commands.setMark(this.name);
      },
      toggleBold: () => ({ commands }) => {
        return commands.toggleMark(this.name);
      },
      unsetBold: () => ({ commands }) => {
        return commands.unsetMark(this.name);
      }
    };
  },
  addKeyboardShortcuts() {
    return {
      "Mod-b": () => this.editor.commands.toggleBold(),
      "Mod-B": () => this.editor.commands.toggleBold()
    };
  },
  addInputRules() {
    return [markInputRule({
      find: starInputRegex,
      type: this.type
    }), markInputRule({
      find: underscoreInputRegex,
      type: this.type
    })];
  },
  addPasteRules() {
    return [markPasteRule({
      find: starPasteRegex,
      type: this.type
    }), markPasteRule({
      find: underscorePasteRegex,
      type: this.type
    })];
  }
});

// ../../node_modules/@tiptap/starter-kit/node_modules/@tiptap/extension-code/dist/index.js
var inputRegexMatch = (text) => {
  const match = /`([^`]+)`(?!`)$/.exec(text);
  if (!match) return null;
  if (match.index > 0 && text[match.index - 1] === "`") return null;
  return {
    index: match.index,
    text: match[0],
    replaceWith: match[1]
  };
};
var pasteRegexMatch = (text) => {
  const regex = /`([^`]+)`(?!`)/g;
  const matches = [];
  let match;
  while ((match = regex.exec(text)) !== null) {
    if (match.index > 0 && text[match.index - 1] === "`") continue;
    matches.push({
      index: match.index,
      text: match[0],
      replaceWith: match[1]
    });
  }
  return matches;
};
var Code = Mark3.create({
  name: "code",
  addOptions() {
    return { HTMLAttributes: {} };
  },
  excludes: "_",
  code: true,
  exitable: true,
  parseHTML() {
    return [{ tag: "code" }];
  },
  renderHTML({ HTMLAttributes }) {
    return [
      "code",
      mergeAttributes2(this.options.HTMLAttributes, HTMLAttributes),
      0
    ];
  },
  markdownTokenName: "codespan",
  parseMarkdown: (token, helpers) => {
    return helpers.applyMark("code", [{
      type: "text",
      text: token.text || ""
    }]);
  },
  renderMarkdown: (node, h2) => {
    if (!node.content) return "";
    return `\`${h2.renderChildren(node.content)}\``;
  },
  addCommands() {
    return {
      setCode: () => ({ commands }) => {
        return commands.setMark(this.name);
      },
      toggleCode: () => ({ commands }) => {
        return commands.toggleMark(this.name);
      },
      unsetCode: () => ({ commands }) => {
        return commands.unsetMark(this.name);
      }
    };
  },
  addKeyboardShortcuts() {
    return { "Mod-e": () => this.editor.commands.toggleCode() };
  },
  addInputRules() {
    return [markInputRule({
      find: inputRegexMatch,
      type: this.type
    })];
  },
  addPasteRules() {
    return [markPasteRule({
      find: pasteRegexMatch,
      type: this.type
    })];
  }
});

// ../../node_modules/@tiptap/starter-kit/node_modules/@tiptap/extension-code-block/dist/index.js
var DEFAULT_TAB_SIZE = 4;
var backtickInputRegex = /^```([a-z]+)?[\s\n]$/;
var tildeInputRegex = /^~~~([a-z]+)?[\s\n]$/;
var CodeBlock = Node2.create({
  name: "codeBlock",
  addOptions() {
    return {
      languageClassPrefix: "language-",
      exitOnTripleEnter: true,
      exitOnArrowDown: true,
      exitOnArrowUp: true,
      defaultLanguage: null,
      enableTabIndentation: false,
      tabSize: DEFAULT_TAB_SIZE,
      HTMLAttributes: {}
    };
  },
  content: "text*",
  marks: "",
  group: "block",
  code: true,
  defining: true,
  addAttributes() {
    return { language: {
      default: this.options.defaultLanguage,
      parseHTML: (element) => {
        var _element$firstElement;
        const { languageClassPrefix } = this.options;
        if (!languageClassPrefix) return null;
        const language = [...((_element$firstElement = element.firstElementChild) === null || _element$firstElement === void 0 ? void 0 : _element$firstElement.classList) || []].filter((className) => className.startsWith(languageClassPrefix)).map((className) => className.replace(languageClassPrefix, ""))[0];
        if (!language) return null;
        return language;
      },
      rendered: false
    } };
  },
  parseHTML() {
    return [{
      tag: "pre",
      preserveWhitespace: "full"
    }];
  },
  renderHTML({ node, HTMLAttributes }) {
    return [
      "pre",
      mergeAttributes2(this.options.HTMLAttributes, HTMLAttributes),
      [
        "code",
        { class: node.attrs.language ? this.options.languageClassPrefix + node.attrs.language : null },
        0
      ]
    ];
  },
  markdownTokenName: "code",
  parseMarkdown: (token, helpers) => {
    var _token$raw, _token$raw2;
    if (((_token$raw = token.raw) === null || _token$raw === void 0 ? void 0 : _token$raw.startsWith("```")) === false && ((_token$raw2 = token.raw) === null || _token$raw2 === void 0 ? void 0 : _token$raw2.startsWith("~~~")) === false && token.codeBlockStyle !== "indented") return [];
    return helpers.createNode("codeBlock", { language: token.lang || null }, token.text ? [helpers.createTextNode(token.text)] : []);
  },
  renderMarkdown: (node, h2) => {
    var _node$attrs;
    let output = "";
    const language = ((_node$attrs = node.attrs) === null || _node$attrs === void 0 ? void 0 : _node$attrs.language) || "";
    if (!node.content) output = `\`\`\`${language}

\`\`\``;
    else output = [
      `\`\`\`${language}`,
      h2.renderChildren(node.content),
      "```"
    ].join("\n");
    return output;
  },
  addCommands() {
    return {
      setCodeBlock: (attributes) => ({ commands }) => {
        return commands.setNode(this.name, attributes);
      },
      toggleCodeBlock: (attributes) => ({ commands }) => {
        return commands.toggleNode(this.name, "paragraph", attributes);
      }
    };
  },
  addKeyboardShortcuts() {
    return {
      "Mod-Alt-c": () => this.editor.commands.toggleCodeBlock(),
      Backspace: () => {
        const { empty, $anchor } = this.editor.state.selection;
        const isAtStart = $anchor.pos === 1;
        if (!empty || $anchor.parent.type.name !== this.name) return false;
        if (isAtStart || !$anchor.parent.textContent.length) return this.editor.commands.clearNodes();
        return false;
      },
      Tab: ({ editor }) => {
        var _this$options$tabSize;
        if (!this.options.enableTabIndentation) return false;
        const tabSize = (_this$options$tabSize = this.options.tabSize) !== null && _this$options$tabSize !== void 0 ? _this$options$tabSize : DEFAULT_TAB_SIZE;
        const { state } = editor;
        const { selection } = state;
        const { $from, empty } = selection;
        if ($from.parent.type !== this.type) return false;
        const indent = " ".repeat(tabSize);
        if (empty) return editor.commands.insertContent(indent);
        return editor.commands.command(({ tr }) => {
          const { from: from2, to } = selection;
          const indentedText = state.doc.textBetween(from2, to, "\n", "\n").split("\n").map((line) => indent + line).join("\n");
          tr.replaceWith(from2, to, state.schema.text(indentedText));
          return true;
        });
      },
      "Shift-Tab": ({ editor }) => {
        var _this$options$tabSize2;
        if (!this.options.enableTabIndentation) return false;
        const tabSize = (_this$options$tabSize2 = this.options.tabSize) !== null && _this$options$tabSize2 !== void 0 ? _this$options$tabSize2 : DEFAULT_TAB_SIZE;
        const { state } = editor;
        const { selection } = state;
        const { $from, empty } = selection;
        if ($from.parent.type !== this.type) return false;
        if (empty) return editor.commands.command(({ tr }) => {
          var _currentLine$match;
          const { pos } = $from;
          const codeBlockStart = $from.start();
          const codeBlockEnd = $from.end();
          const lines = state.doc.textBetween(codeBlockStart, codeBlockEnd, "\n", "\n").split("\n");
          let currentLineIndex = 0;
          let charCount = 0;
          const relativeCursorPos = pos - codeBlockStart;
          for (let i = 0; i < lines.length; i += 1) {
            if (charCount + lines[i].length >= relativeCursorPos) {
              currentLineIndex = i;
              break;
            }
            charCount += lines[i].length + 1;
          }
          const leadingSpaces = ((_currentLine$match = lines[currentLineIndex].match(/^ */)) === null || _currentLine$match === void 0 ? void 0 : _currentLine$match[0]) || "";
          const spacesToRemove = Math.min(leadingSpaces.length, tabSize);
          if (spacesToRemove === 0) return true;
          let lineStartPos = codeBlockStart;
          for (let i = 0; i < currentLineIndex; i += 1) lineStartPos += lines[i].length + 1;
          tr.delete(lineStartPos, lineStartPos + spacesToRemove);
          if (pos - lineStartPos <= spacesToRemove) tr.setSelection(TextSelection.create(tr.doc, lineStartPos));
          return true;
        });
        return editor.commands.command(({ tr }) => {
          const { from: from2, to } = selection;
          const reverseIndentText = state.doc.textBetween(from2, to, "\n", "\n").split("\n").map((line) => {
            var _line$match;
            const leadingSpaces = ((_line$match = line.match(/^ */)) === null || _line$match === void 0 ? void 0 : _line$match[0]) || "";
            const spacesToRemove = Math.min(leadingSpaces.length, tabSize);
            return line.slice(spacesToRemove);
          }).join("\n");
          tr.replaceWith(from2, to, state.schema.text(reverseIndentText));
          return true;
        });
      },
      Enter: ({ editor }) => {
        if (!this.options.exitOnTripleEnter) return false;
        const { state } = editor;
        const { selection } = state;
        const { $from, empty } = selection;
        if (!empty || $from.parent.type !== this.type) return false;
        const isAtEnd = $from.parentOffset === $from.parent.nodeSize - 2;
        const endsWithDoubleNewline = $from.parent.textContent.endsWith("\n\n");
        if (!isAtEnd || !endsWithDoubleNewline) return false;
        return editor.chain().command(({ tr }) => {
          tr.delete($from.pos - 2, $from.pos);
          return true;
        }).exitCode().run();
      },
      ArrowUp: ({ editor }) => {
        if (!this.options.exitOnArrowUp) return false;
        const { state } = editor;
        const { selection } = state;
        const { $from, empty } = selection;
        if (!empty || $from.parent.type !== this.type) return false;
        if ($from.parentOffset !== 0) return false;
        const before = $from.before();
        if (before > 0) return false;
        return editor.commands.insertDefaultBlock({ pos: before });
      },
      ArrowDown: ({ editor }) => {
        if (!this.options.exitOnArrowDown) return false;
        const { state } = editor;
        const { selection, doc } = state;
        const { $from, empty } = selection;
        if (!empty || $from.parent.type !== this.type) return false;
        if (!($from.parentOffset === $from.parent.nodeSize - 2)) return false;
        const after = $from.after();
        if (after === void 0) return false;
        if (doc.nodeAt(after)) return editor.commands.command(({ tr }) => {
          tr.setSelection(Selection.near(doc.resolve(after)));
          return true;
        });
        return editor.commands.exitCode();
      }
    };
  },
  addInputRules() {
    return [textblockTypeInputRule({
      find: backtickInputRegex,
      type: this.type,
      getAttributes: (match) => ({ language: match[1] })
    }), textblockTypeInputRule({
      find: tildeInputRegex,
      type: this.type,
      getAttributes: (match) => ({ language: match[1] })
    })];
  },
  addProseMirrorPlugins() {
    return [new Plugin({
      key: new PluginKey("codeBlockVSCodeHandler"),
      props: { handlePaste: (view, event) => {
        if (!event.clipboardData) return false;
        if (this.editor.isActive(this.type.name)) return false;
        const text = event.clipboardData.getData("text/plain");
        const vscode = event.clipboardData.getData("vscode-editor-data");
        const vscodeData = vscode ? JSON.parse(vscode) : void 0;
        const language = vscodeData === null || vscodeData === void 0 ? void 0 : vscodeData.mode;
        if (!text || !language) return false;
        const { tr, schema } = view.state;
        const textNode = schema.text(text.replace(/\r\n?/g, "\n"));
        tr.replaceSelectionWith(this.type.create({ language }, textNode));
        if (tr.selection.$from.parent.type !== this.type) tr.setSelection(TextSelection.near(tr.doc.resolve(Math.max(0, tr.selection.from - 2))));
        tr.setMeta("paste", true);
        view.dispatch(tr);
        return true;
      } }
    })];
  }
});

// ../../node_modules/@tiptap/starter-kit/node_modules/@tiptap/extension-document/dist/index.js
var Document = Node2.create({
  name: "doc",
  topNode: true,
  content: "block+",
  renderMarkdown: (node, h2) => {
    if (!node.content) return "";
    return h2.renderChildren(node.content, "\n\n");
  }
});

// ../../node_modules/@tiptap/starter-kit/node_modules/@tiptap/extension-hard-break/dist/index.js
var HardBreak = Node2.create({
  name: "hardBreak",
  markdownTokenName: "br",
  addOptions() {
    return {
      keepMarks: true,
      HTMLAttributes: {}
    };
  },
  inline: true,
  group: "inline",
  selectable: false,
  linebreakReplacement: true,
  parseHTML() {
    return [{ tag: "br" }];
  },
  renderHTML({ HTMLAttributes }) {
    return ["br", mergeAttributes2(this.options.HTMLAttributes, HTMLAttributes)];
  },
  renderText() {
    return "\n";
  },
  renderMarkdown: () => `  
`,
  parseMarkdown: () => {
    return { type: "hardBreak" };
  },
  addCommands() {
    return { setHardBreak: () => ({ commands, chain, state, editor }) => {
      return commands.first([() => commands.exitCode(), () => commands.command(() => {
        const { selection, storedMarks } = state;
        if (selection.$from.parent.type.spec.isolating) return false;
        const { keepMarks } = this.options;
        const { splittableMarks } = editor.extensionManager;
        const marks = storedMarks || selection.$to.parentOffset && selection.$from.marks();
        return chain().insertContent({ type: this.name }).command(({ tr, dispatch }) => {
          if (dispatch && marks && keepMarks) {
            const filteredMarks = marks.filter((mark) => splittableMarks.includes(mark.type.name));
            tr.ensureMarks(filteredMarks);
          }
          return true;
        }).scrollIntoView().run();
      })]);
    } };
  },
  addKeyboardShortcuts() {
    return {
      "Mod-Enter": () => this.editor.commands.setHardBreak(),
      "Shift-Enter": () => this.editor.commands.setHardBreak()
    };
  }
});

// ../../node_modules/@tiptap/starter-kit/node_modules/@tiptap/extension-heading/dist/index.js
var Heading = Node2.create({
  name: "heading",
  addOptions() {
    return {
      levels: [
        1,
        2,
        3,
        4,
        5,
        6
      ],
      HTMLAttributes: {}
    };
  },
  content: "inline*",
  group: "block",
  defining: true,
  addAttributes() {
    return { level: {
      default: 1,
      rendered: false
    } };
  },
  parseHTML() {
    return this.options.levels.map((level) => ({
      tag: `h${level}`,
      attrs: { level }
    }));
  },
  renderHTML({ node, HTMLAttributes }) {
    return [
      `h${this.options.levels.includes(node.attrs.level) ? node.attrs.level : this.options.levels[0]}`,
      mergeAttributes2(this.options.HTMLAttributes, HTMLAttributes),
      0
    ];
  },
  parseMarkdown: (token, helpers) => {
    return helpers.createNode("heading", { level: token.depth || 1 }, helpers.parseInline(token.tokens || []));
  },
  renderMarkdown: (node, h2) => {
    var _node$attrs;
    const level = ((_node$attrs = node.attrs) === null || _node$attrs === void 0 ? void 0 : _node$attrs.level) ? parseInt(node.attrs.level, 10) : 1;
    const headingChars = "#".repeat(level);
    if (!node.content) return "";
    return `${headingChars} ${h2.renderChildren(node.content)}`;
  },
  addCommands() {
    return {
      setHeading: (attributes) => ({ commands }) => {
        if (!this.options.levels.includes(attributes.level)) return false;
        return commands.setNode(this.name, attributes);
      },
      toggleHeading: (attributes) => ({ commands }) => {
        if (!this.options.levels.includes(attributes.level)) return false;
        return commands.toggleNode(this.name, "paragraph", attributes);
      }
    };
  },
  addKeyboardShortcuts() {
    return this.options.levels.reduce((items, level) => ({
      ...items,
      [`Mod-Alt-${level}`]: () => this.editor.commands.toggleHeading({ level })
    }), {});
  },
  addInputRules() {
    return this.options.levels.map((level) => {
      return textblockTypeInputRule({
        find: new RegExp(`^(#{${Math.min(...this.options.levels)},${level}})\\s$`),
        type: this.type,
        getAttributes: { level }
      });
    });
  }
});

// ../../node_modules/@tiptap/starter-kit/node_modules/@tiptap/extension-horizontal-rule/dist/index.js
var HorizontalRule = Node2.create({
  name: "horizontalRule",
  addOptions() {
    return {
      HTMLAttributes: {},
      nextNodeType: "paragraph"
    };
  },
  group: "block",
  parseHTML() {
    return [{ tag: "hr" }];
  },
  renderHTML({ HTMLAttributes }) {
    return ["hr", mergeAttributes2(this.options.HTMLAttributes, HTMLAttributes)];
  },
  markdownTokenName: "hr",
  parseMarkdown: (token, helpers) => {
    return helpers.createNode("horizontalRule");
  },
  renderMarkdown: () => {
    return "---";
  },
  addCommands() {
    return { setHorizontalRule: () => ({ chain, state }) => {
      if (!canInsertNode(state, state.schema.nodes[this.name])) return false;
      const { selection } = state;
      const { $to: $originTo } = selection;
      const currentChain = chain();
      if (isNodeSelection(selection)) currentChain.insertContentAt($originTo.pos, { type: this.name });
      else currentChain.insertContent({ type: this.name });
      return currentChain.command(({ state: chainState, tr, dispatch }) => {
        if (dispatch) {
          const { $to } = tr.selection;
          const posAfter = $to.end();
          if ($to.nodeAfter) {
            if ($to.nodeAfter.isTextblock) tr.setSelection(TextSelection.create(tr.doc, $to.pos + 1));
            else if ($to.nodeAfter.isBlock) tr.setSelection(NodeSelection.create(tr.doc, $to.pos));
            else tr.setSelection(TextSelection.create(tr.doc, $to.pos));
          } else {
            const nodeType = chainState.schema.nodes[this.options.nextNodeType] || $to.parent.type.contentMatch.defaultType;
            const node = nodeType === null || nodeType === void 0 ? void 0 : nodeType.create();
            if (node) {
              tr.insert(posAfter, node);
              tr.setSelection(TextSelection.create(tr.doc, posAfter + 1));
            }
          }
          tr.scrollIntoView();
        }
        return true;
      }).run();
    } };
  },
  addInputRules() {
    return [nodeInputRule({
      find: /^(?:---|—-|___\s|\*\*\*\s)$/,
      type: this.type
    })];
  }
});

// ../../node_modules/@tiptap/starter-kit/node_modules/@tiptap/extension-italic/dist/index.js
var starInputRegex2 = /(?:^|\s)(\*(?!\s+\*)((?:[^*]+))\*(?!\s+\*))$/;
var starPasteRegex2 = /(?:^|\s)(\*(?!\s+\*)((?:[^*]+))\*(?!\s+\*))/g;
var underscoreInputRegex2 = /(?:^|\s)(_(?!\s+_)((?:[^_]+))_(?!\s+_))$/;
var underscorePasteRegex2 = /(?:^|\s)(_(?!\s+_)((?:[^_]+))_(?!\s+_))/g;
var Italic = Mark3.create({
  name: "italic",
  addOptions() {
    return { HTMLAttributes: {} };
  },
  parseHTML() {
    return [
      { tag: "em" },
      {
        tag: "i",
        getAttrs: (node) => node.style.fontStyle !== "normal" && null
      },
      {
        style: "font-style=normal",
        clearMark: (mark) => mark.type.name === this.name
      },
      { style: "font-style=italic" }
    ];
  },
  renderHTML({ HTMLAttributes }) {
    return [
      "em",
      mergeAttributes2(this.options.HTMLAttributes, HTMLAttributes),
      0
    ];
  },
  addCommands() {
    return {
      setItalic: () => ({ commands }) => {
        return commands.setMark(this.name);
      },
      toggleItalic: () => ({ commands }) => {
        return commands.toggleMark(this.name);
      },
      unsetItalic: () => ({ commands }) => {
        return commands.unsetMark(this.name);
      }
    };
  },
  markdownTokenName: "em",
  parseMarkdown: (token, helpers) => {
    return helpers.applyMark("italic", helpers.parseInline(token.tokens || []));
  },
  markdownOptions: { htmlReopen: {
    open: "<em>",
    close: "</em>"
  } },
  renderMarkdown: (node, h2) => {
    return `*${h2.renderChildren(node)}*`;
  },
  addKeyboardShortcuts() {
    return {
      "Mod-i": () => this.editor.commands.toggleItalic(),
      "Mod-I": () => this.editor.commands.toggleItalic()
    };
  },
  addInputRules() {
    return [markInputRule({
      find: starInputRegex2,
      type: this.type
    }), markInputRule({
      find: underscoreInputRegex2,
      type: this.type
    })];
  },
  addPasteRules() {
    return [markPasteRule({
      find: starPasteRegex2,
      type: this.type
    }), markPasteRule({
      find: underscorePasteRegex2,
      type: this.type
    })];
  }
});

// ../../node_modules/@tiptap/starter-kit/node_modules/@tiptap/extension-link/dist/index.js
var import_linkifyjs = __toESM(require_linkify(), 1);
var UNICODE_WHITESPACE_PATTERN = "[\0- \xA0\u1680\u180E\u2000-\u2029\u205F\u3000]";
var UNICODE_WHITESPACE_REGEX = new RegExp(UNICODE_WHITESPACE_PATTERN);
var UNICODE_WHITESPACE_REGEX_END = new RegExp(`${UNICODE_WHITESPACE_PATTERN}$`);
var UNICODE_WHITESPACE_REGEX_GLOBAL = new RegExp(UNICODE_WHITESPACE_PATTERN, "g");
function isValidLinkStructure(tokens) {
  if (tokens.length === 1) return tokens[0].isLink;
  if (tokens.length === 3 && tokens[1].isLink) return ["()", "[]"].includes(tokens[0].value + tokens[2].value);
  return false;
}
function autolink(options) {
  return new Plugin({
    key: new PluginKey("autolink"),
    appendTransaction: (transactions, oldState, newState) => {
      const docChanges = transactions.some((transaction) => transaction.docChanged) && !oldState.doc.eq(newState.doc);
      const preventAutolink = transactions.some((transaction) => transaction.getMeta("preventAutolink"));
      if (!docChanges || preventAutolink) return;
      const { tr } = newState;
      const transform = combineTransactionSteps2(oldState.doc, [...transactions]);
      getChangedRanges2(transform).forEach(({ newRange }) => {
        const nodesInChangedRanges = findChildrenInRange(newState.doc, newRange, (node) => node.isTextblock);
        let textBlock;
        let textBeforeWhitespace;
        if (nodesInChangedRanges.length > 1) {
          textBlock = nodesInChangedRanges[0];
          textBeforeWhitespace = newState.doc.textBetween(textBlock.pos, textBlock.pos + textBlock.node.nodeSize, void 0, " ");
        } else if (nodesInChangedRanges.length) {
          const endText = newState.doc.textBetween(newRange.from, newRange.to, " ", " ");
          if (!UNICODE_WHITESPACE_REGEX_END.test(endText)) return;
          textBlock = nodesInChangedRanges[0];
          textBeforeWhitespace = newState.doc.textBetween(textBlock.pos, newRange.to, void 0, " ");
        }
        if (textBlock && textBeforeWhitespace) {
          const wordsBeforeWhitespace = textBeforeWhitespace.split(UNICODE_WHITESPACE_REGEX).filter(Boolean);
          if (wordsBeforeWhitespace.length <= 0) return false;
          const lastWordBeforeSpace = wordsBeforeWhitespace[wordsBeforeWhitespace.length - 1];
          const lastWordAndBlockOffset = textBlock.pos + textBeforeWhitespace.lastIndexOf(lastWordBeforeSpace);
          if (!lastWordBeforeSpace) return false;
          const linksBeforeSpace = (0, import_linkifyjs.tokenize)(lastWordBeforeSpace).map((t) => t.toObject(options.defaultProtocol));
          if (!isValidLinkStructure(linksBeforeSpace)) return false;
          linksBeforeSpace.filter((link) => link.isLink).map((link) => ({
            ...link,
            from: lastWordAndBlockOffset + link.start + 1,
            to: lastWordAndBlockOffset + link.end + 1
          })).filter((link) => {
            if (!newState.schema.marks.code) return true;
            return !newState.doc.rangeHasMark(link.from, link.to, newState.schema.marks.code);
          }).filter((link) => options.validate(link.value)).filter((link) => options.shouldAutoLink(link.value)).forEach((link) => {
            if (getMarksBetween(link.from, link.to, newState.doc).some((item) => item.mark.type === options.type)) return;
            tr.addMark(link.from, link.to, options.type.create({ href: link.href }));
          });
        }
      });
      if (!tr.steps.length) return;
      return tr;
    }
  });
}
function clickHandler(options) {
  return new Plugin({
    key: new PluginKey("handleClickLink"),
    props: { handleClick: (view, pos, event) => {
      if (event.button !== 0) return false;
      if (!view.editable) return false;
      let link = null;
      if (event.target instanceof HTMLAnchorElement) link = event.target;
      else {
        const target = event.target;
        if (!target) return false;
        const root = options.editor.view.dom;
        link = target.closest("a");
        if (link && !root.contains(link)) link = null;
      }
      if (!link) return false;
      let handled = false;
      if (options.enableClickSelection) handled = options.editor.commands.extendMarkRange(options.type.name);
      if (options.openOnClick) {
        var _link$href, _link$target;
        const attrs = getAttributes(view.state, options.type.name);
        const href = (_link$href = link.href) !== null && _link$href !== void 0 ? _link$href : attrs.href;
        const target = (_link$target = link.target) !== null && _link$target !== void 0 ? _link$target : attrs.target;
        if (href) {
          window.open(href, target);
          handled = true;
        }
      }
      return handled;
    } }
  });
}
var MARKDOWN_LINK_INPUT_REGEX = /\[([^[\]]+)\]\(((?:[^\s()]|\([^\s()]*\))+)(?:\s+(?:(["'])(.*?)\3|“(.*?)”|‘(.*?)’))?\)$/;
var MARKDOWN_LINK_PASTE_REGEX = /\[([^[\]]+)\]\(((?:[^\s()]|\([^\s()]*\))+)(?:\s+(?:(["'])(.*?)\3|“(.*?)”|‘(.*?)’))?\)/g;
function isEscaped(text, index) {
  let backslashes = 0;
  for (let position = index - 1; position >= 0 && text[position] === "\\"; position -= 1) backslashes += 1;
  return backslashes % 2 === 1;
}
function isInsideCodeSpan(text, matchIndex) {
  let openRunLength = 0;
  let index = 0;
  while (index < matchIndex) {
    if (text[index] !== "`") {
      index += 1;
      continue;
    }
    if (openRunLength === 0 && isEscaped(text, index)) {
      index += 1;
      continue;
    }
    let runLength = 0;
    while (index < matchIndex && text[index] === "`") {
      runLength += 1;
      index += 1;
    }
    if (openRunLength === 0) openRunLength = runLength;
    else if (runLength === openRunLength) openRunLength = 0;
  }
  return openRunLength > 0;
}
function isConvertibleLink(text, match, isAllowedHref) {
  var _match$index, _match$index2;
  const [, linkText, href] = match;
  if ((match.index ? text[match.index - 1] : void 0) === "!" || isEscaped(text, (_match$index = match.index) !== null && _match$index !== void 0 ? _match$index : 0)) return false;
  if (isInsideCodeSpan(text, (_match$index2 = match.index) !== null && _match$index2 !== void 0 ? _match$index2 : 0)) return false;
  return !!linkText.trim() && isAllowedHref(href);
}
function toRuleMatch(match) {
  var _ref, _match$index3;
  const [linkSyntax, linkText, href, , straightQuotedTitle, curlyDoubleTitle, curlySingleTitle] = match;
  const title = (_ref = straightQuotedTitle !== null && straightQuotedTitle !== void 0 ? straightQuotedTitle : curlyDoubleTitle) !== null && _ref !== void 0 ? _ref : curlySingleTitle;
  return {
    index: (_match$index3 = match.index) !== null && _match$index3 !== void 0 ? _match$index3 : 0,
    text: linkSyntax,
    replaceWith: linkText,
    data: {
      href,
      title: title || null,
      markdown: true
    }
  };
}
function matchesOverlap(a, b2) {
  return a.index < b2.index + b2.text.length && b2.index < a.index + a.text.length;
}
function getMarkdownLinkAttributes(match) {
  var _match$data, _match$data$title, _match$data2;
  return {
    href: (_match$data = match.data) === null || _match$data === void 0 ? void 0 : _match$data.href,
    title: (_match$data$title = (_match$data2 = match.data) === null || _match$data2 === void 0 ? void 0 : _match$data2.title) !== null && _match$data$title !== void 0 ? _match$data$title : null
  };
}
function markdownLinkInputRule(config) {
  const rule = markInputRule({
    find: (text) => {
      const match = MARKDOWN_LINK_INPUT_REGEX.exec(text);
      if (!match || !isConvertibleLink(text, match, config.isAllowedHref)) return null;
      return toRuleMatch(match);
    },
    type: config.type,
    getAttributes: getMarkdownLinkAttributes
  });
  return new InputRule({
    find: rule.find,
    handler: (props) => {
      const result = rule.handler(props);
      if (result !== null && props.state.tr.steps.length) props.state.tr.setMeta("preventAutolink", true);
      return result;
    }
  });
}
function markdownLinkPasteRule(config) {
  const rule = markPasteRule({
    find: (text) => {
      var _config$findPlainUrls, _config$findPlainUrls2;
      const markdownMatches = [];
      for (const match of text.matchAll(MARKDOWN_LINK_PASTE_REGEX)) if (isConvertibleLink(text, match, config.isAllowedHref)) markdownMatches.push(toRuleMatch(match));
      const plainUrlMatches = ((_config$findPlainUrls = (_config$findPlainUrls2 = config.findPlainUrls) === null || _config$findPlainUrls2 === void 0 ? void 0 : _config$findPlainUrls2.call(config, text)) !== null && _config$findPlainUrls !== void 0 ? _config$findPlainUrls : []).filter((urlMatch) => !markdownMatches.some((markdownMatch) => matchesOverlap(markdownMatch, urlMatch)));
      return [...markdownMatches, ...plainUrlMatches];
    },
    type: config.type,
    getAttributes: getMarkdownLinkAttributes
  });
  return new PasteRule({
    find: rule.find,
    handler: (props) => {
      var _props$match$data;
      const result = rule.handler(props);
      if (result !== null && props.state.tr.steps.length && ((_props$match$data = props.match.data) === null || _props$match$data === void 0 ? void 0 : _props$match$data.markdown)) props.state.tr.setMeta("preventAutolink", true);
      return result;
    }
  });
}
function pasteHandler(options) {
  return new Plugin({
    key: new PluginKey("handlePasteLink"),
    props: { handlePaste: (view, _event, slice2) => {
      const { shouldAutoLink } = options;
      const { state } = view;
      const { selection } = state;
      const { empty } = selection;
      if (empty) return false;
      let textContent = "";
      slice2.content.forEach((node) => {
        textContent += node.textContent;
      });
      const link = (0, import_linkifyjs.find)(textContent, { defaultProtocol: options.defaultProtocol }).find((item) => item.isLink && item.value === textContent);
      if (!textContent || !link || shouldAutoLink !== void 0 && !shouldAutoLink(link.value)) return false;
      return options.editor.commands.setMark(options.type, { href: link.href });
    } }
  });
}
function isAllowedUri(uri, protocols) {
  const allowedProtocols = [
    "http",
    "https",
    "ftp",
    "ftps",
    "mailto",
    "tel",
    "callto",
    "sms",
    "cid",
    "xmpp"
  ];
  if (protocols) protocols.forEach((protocol) => {
    const nextProtocol = typeof protocol === "string" ? protocol : protocol.scheme;
    if (nextProtocol) allowedProtocols.push(nextProtocol);
  });
  return !uri || uri.replace(UNICODE_WHITESPACE_REGEX_GLOBAL, "").match(new RegExp(`^(?:(?:${allowedProtocols.map((protocol) => protocol.replace(/[-/\\^$*+?.()|[\]{}]/g, "\\$&")).join("|")}):|[^a-z]|[a-z0-9+.\\-]+(?:[^a-z+.\\-:]|$))`, "i"));
}
var Link = Mark3.create({
  name: "link",
  priority: 1e3,
  keepOnSplit: false,
  exitable: true,
  onCreate() {
    if (this.options.validate && !this.options.shouldAutoLink) {
      this.options.shouldAutoLink = this.options.validate;
      console.warn("The `validate` option is deprecated. Rename to the `shouldAutoLink` option instead.");
    }
    this.options.protocols.forEach((protocol) => {
      if (typeof protocol === "string") {
        (0, import_linkifyjs.registerCustomProtocol)(protocol);
        return;
      }
      (0, import_linkifyjs.registerCustomProtocol)(protocol.scheme, protocol.optionalSlashes);
    });
  },
  onDestroy() {
    (0, import_linkifyjs.reset)();
  },
  inclusive() {
    return this.options.autolink;
  },
  addOptions() {
    return {
      openOnClick: true,
      enableClickSelection: false,
      linkOnPaste: true,
      markdownLinks: false,
      autolink: true,
      protocols: [],
      defaultProtocol: "http",
      HTMLAttributes: {
        target: "_blank",
        rel: "noopener noreferrer nofollow",
        class: null
      },
      isAllowedUri: (url, ctx) => !!isAllowedUri(url, ctx.protocols),
      validate: (url) => !!url,
      shouldAutoLink: (url) => {
        const hasProtocol = /^[a-z][a-z0-9+.-]*:\/\//i.test(url);
        const hasMaybeProtocol = /^[a-z][a-z0-9+.-]*:/i.test(url);
        if (hasProtocol || hasMaybeProtocol && !url.includes("@")) return true;
        const hostname = (url.includes("@") ? url.split("@").pop() : url).split(/[/?#:]/)[0];
        if (/^\d{1,3}(\.\d{1,3}){3}$/.test(hostname)) return false;
        if (!/\./.test(hostname)) return false;
        return true;
      }
    };
  },
  addAttributes() {
    var _this$options$HTMLAtt, _this$options$HTMLAtt2, _this$options$HTMLAtt3;
    return {
      href: {
        default: null,
        parseHTML(element) {
          return element.getAttribute("href");
        }
      },
      target: { default: (_this$options$HTMLAtt = this.options.HTMLAttributes.target) !== null && _this$options$HTMLAtt !== void 0 ? _this$options$HTMLAtt : null },
      rel: { default: (_this$options$HTMLAtt2 = this.options.HTMLAttributes.rel) !== null && _this$options$HTMLAtt2 !== void 0 ? _this$options$HTMLAtt2 : null },
      class: { default: (_this$options$HTMLAtt3 = this.options.HTMLAttributes.class) !== null && _this$options$HTMLAtt3 !== void 0 ? _this$options$HTMLAtt3 : null },
      title: { default: null }
    };
  },
  parseHTML() {
    return [{
      tag: "a[href]",
      getAttrs: (dom) => {
        const href = dom.getAttribute("href");
        if (!href || !this.options.isAllowedUri(href, {
          defaultValidate: (url) => !!isAllowedUri(url, this.options.protocols),
          protocols: this.options.protocols,
          defaultProtocol: this.options.defaultProtocol
        })) return false;
        return null;
      }
    }];
  },
  renderHTML({ HTMLAttributes }) {
    if (!this.options.isAllowedUri(HTMLAttributes.href, {
      defaultValidate: (href) => !!isAllowedUri(href, this.options.protocols),
      protocols: this.options.protocols,
      defaultProtocol: this.options.defaultProtocol
    })) return [
      "a",
      mergeAttributes2(this.options.HTMLAttributes, {
        ...HTMLAttributes,
        href: ""
      }),
      0
    ];
    return [
      "a",
      mergeAttributes2(this.options.HTMLAttributes, HTMLAttributes),
      0
    ];
  },
  markdownTokenName: "link",
  parseMarkdown: (token, helpers) => {
    return helpers.applyMark("link", helpers.parseInline(token.tokens || []), {
      href: token.href,
      title: token.title || null
    });
  },
  renderMarkdown: (node, h2) => {
    var _node$attrs$href, _node$attrs, _node$attrs$title, _node$attrs2;
    const href = (_node$attrs$href = (_node$attrs = node.attrs) === null || _node$attrs === void 0 ? void 0 : _node$attrs.href) !== null && _node$attrs$href !== void 0 ? _node$attrs$href : "";
    const title = (_node$attrs$title = (_node$attrs2 = node.attrs) === null || _node$attrs2 === void 0 ? void 0 : _node$attrs2.title) !== null && _node$attrs$title !== void 0 ? _node$attrs$title : "";
    const text = h2.renderChildren(node);
    return title ? `[${text}](${href} "${title}")` : `[${text}](${href})`;
  },
  addCommands() {
    return {
      setLink: (attributes) => ({ chain }) => {
        const { href } = attributes;
        if (!this.options.isAllowedUri(href, {
          defaultValidate: (url) => !!isAllowedUri(url, this.options.protocols),
          protocols: this.options.protocols,
          defaultProtocol: this.options.defaultProtocol
        })) return false;
        return chain().setMark(this.name, attributes).setMeta("preventAutolink", true).run();
      },
      toggleLink: (attributes) => ({ chain }) => {
        const { href } = attributes || {};
        if (href && !this.options.isAllowedUri(href, {
          defaultValidate: (url) => !!isAllowedUri(url, this.options.protocols),
          protocols: this.options.protocols,
          defaultProtocol: this.options.defaultProtocol
        })) return false;
        return chain().toggleMark(this.name, attributes, { extendEmptyMarkRange: true }).setMeta("preventAutolink", true).run();
      },
      unsetLink: () => ({ chain }) => {
        return chain().unsetMark(this.name, { extendEmptyMarkRange: true }).setMeta("preventAutolink", true).run();
      }
    };
  },
  addInputRules() {
    if (!this.options.markdownLinks) return [];
    return [markdownLinkInputRule({
      type: this.type,
      isAllowedHref: (href) => this.options.isAllowedUri(href, {
        defaultValidate: (url) => !!isAllowedUri(url, this.options.protocols),
        protocols: this.options.protocols,
        defaultProtocol: this.options.defaultProtocol
      })
    })];
  },
  addPasteRules() {
    const findPlainUrls = (text) => {
      const foundLinks = [];
      if (text) {
        const { protocols, defaultProtocol } = this.options;
        (0, import_linkifyjs.find)(text).filter((item) => item.isLink && this.options.isAllowedUri(item.value, {
          defaultValidate: (href) => !!isAllowedUri(href, protocols),
          protocols,
          defaultProtocol
        })).forEach((link) => {
          if (!this.options.shouldAutoLink(link.value)) return;
          foundLinks.push({
            text: link.value,
            data: { href: link.href },
            index: link.start
          });
        });
      }
      return foundLinks;
    };
    if (this.options.markdownLinks) return [markdownLinkPasteRule({
      type: this.type,
      isAllowedHref: (href) => this.options.isAllowedUri(href, {
        defaultValidate: (url) => !!isAllowedUri(url, this.options.protocols),
        protocols: this.options.protocols,
        defaultProtocol: this.options.defaultProtocol
      }),
      findPlainUrls
    })];
    return [markPasteRule({
      find: findPlainUrls,
      type: this.type,
      getAttributes: (match) => {
        var _match$data;
        return { href: (_match$data = match.data) === null || _match$data === void 0 ? void 0 : _match$data.href };
      }
    })];
  },
  addProseMirrorPlugins() {
    const plugins = [];
    const { protocols, defaultProtocol } = this.options;
    if (this.options.autolink) plugins.push(autolink({
      type: this.type,
      defaultProtocol: this.options.defaultProtocol,
      validate: (url) => this.options.isAllowedUri(url, {
        defaultValidate: (href) => !!isAllowedUri(href, protocols),
        protocols,
        defaultProtocol
      }),
      shouldAutoLink: this.options.shouldAutoLink
    }));
    plugins.push(clickHandler({
      type: this.type,
      editor: this.editor,
      openOnClick: this.options.openOnClick === "whenNotEditable" ? true : this.options.openOnClick,
      enableClickSelection: this.options.enableClickSelection
    }));
    if (this.options.linkOnPaste) plugins.push(pasteHandler({
      editor: this.editor,
      defaultProtocol: this.options.defaultProtocol,
      type: this.type,
      shouldAutoLink: this.options.shouldAutoLink
    }));
    return plugins;
  }
});

// ../../node_modules/@tiptap/starter-kit/node_modules/@tiptap/extension-list/dist/index.js
var ListItemName$1 = "listItem";
var TextStyleName$1 = "textStyle";
var bulletListInputRegex = /^\s*([-+*])\s$/;
var BulletList = Node2.create({
  name: "bulletList",
  addOptions() {
    return {
      itemTypeName: "listItem",
      HTMLAttributes: {},
      keepMarks: false,
      keepAttributes: false
    };
  },
  group: "block list",
  content() {
    return `${this.options.itemTypeName}+`;
  },
  parseHTML() {
    return [{ tag: "ul" }];
  },
  renderHTML({ HTMLAttributes }) {
    return [
      "ul",
      mergeAttributes2(this.options.HTMLAttributes, HTMLAttributes),
      0
    ];
  },
  markdownTokenName: "list",
  parseMarkdown: (token, helpers) => {
    if (token.type !== "list" || token.ordered) return [];
    return {
      type: "bulletList",
      content: token.items ? helpers.parseChildren(token.items) : []
    };
  },
  renderMarkdown: (node, h2) => {
    if (!node.content) return "";
    return h2.renderChildren(node.content, "\n");
  },
  markdownOptions: { indentsContent: true },
  addCommands() {
    return { toggleBulletList: () => ({ commands, chain }) => {
      if (this.options.keepAttributes) return chain().toggleList(this.name, this.options.itemTypeName, this.options.keepMarks).updateAttributes(ListItemName$1, this.editor.getAttributes(TextStyleName$1)).run();
      return commands.toggleList(this.name, this.options.itemTypeName, this.options.keepMarks);
    } };
  },
  addKeyboardShortcuts() {
    return { "Mod-Shift-8": () => this.editor.commands.toggleBulletList() };
  },
  addInputRules() {
    let inputRule = wrappingInputRule({
      find: bulletListInputRegex,
      type: this.type
    });
    if (this.options.keepMarks || this.options.keepAttributes) inputRule = wrappingInputRule({
      find: bulletListInputRegex,
      type: this.type,
      keepMarks: this.options.keepMarks,
      keepAttributes: this.options.keepAttributes,
      getAttributes: () => {
        return this.editor.getAttributes(TextStyleName$1);
      },
      editor: this.editor
    });
    return [inputRule];
  }
});
var getBranchingNestedListAtCursor = (state, itemName, wrapperNames) => {
  const { selection } = state;
  if (!selection.empty) return null;
  const { $from } = selection;
  if (!$from.parent.isTextblock) return null;
  if ($from.parentOffset !== $from.parent.content.size) return null;
  let listItemDepth = -1;
  for (let depth = $from.depth; depth > 0; depth -= 1) if ($from.node(depth).type.name === itemName) {
    listItemDepth = depth;
    break;
  }
  if (listItemDepth < 0) return null;
  const listItem = $from.node(listItemDepth);
  const indexInListItem = $from.index(listItemDepth);
  if (indexInListItem + 1 >= listItem.childCount) return null;
  const nextChild = listItem.child(indexInListItem + 1);
  if (!wrapperNames.includes(nextChild.type.name)) return null;
  const itemType = state.schema.nodes[itemName];
  let hasBranching = false;
  nextChild.forEach((child) => {
    if (child.type === itemType && child.childCount > 1) hasBranching = true;
  });
  if (!hasBranching) return null;
  const nodeAfter = state.doc.resolve($from.after()).nodeAfter;
  if (!nodeAfter || !wrapperNames.includes(nodeAfter.type.name)) return null;
  const items = [];
  nodeAfter.forEach((child) => {
    items.push(child);
  });
  if (items.length === 0) return null;
  return {
    listItemDepth,
    nestedList: nodeAfter,
    nestedListPos: $from.after(),
    insertPos: $from.after(listItemDepth),
    items
  };
};
var hoistBranchingNestedList = (state, dispatch, itemName, wrapperNames) => {
  const context = getBranchingNestedListAtCursor(state, itemName, wrapperNames);
  if (!context) return false;
  const { selection } = state;
  const { nestedList, nestedListPos, insertPos, items } = context;
  const tr = state.tr;
  tr.delete(nestedListPos, nestedListPos + nestedList.nodeSize);
  const mappedInsertPos = tr.mapping.map(insertPos);
  tr.insert(mappedInsertPos, Fragment.from(items));
  tr.setSelection(selection.map(tr.doc, tr.mapping));
  if (dispatch) dispatch(tr);
  return true;
};
var handleDeleteBranchingNestedList = (editor, itemName, wrapperNames) => {
  return hoistBranchingNestedList(editor.state, editor.view.dispatch, itemName, wrapperNames);
};
var createBranchingListDeleteKeymap = (itemName, wrapperNames) => {
  return Extension3.create({
    name: `${itemName}BranchingDeleteKeymap`,
    priority: 101,
    addKeyboardShortcuts() {
      const handleDelete3 = () => handleDeleteBranchingNestedList(this.editor, itemName, wrapperNames);
      return {
        Delete: handleDelete3,
        "Mod-Delete": handleDelete3
      };
    }
  });
};
var ROMAN_NUMERALS = [
  [1e3, "m"],
  [900, "cm"],
  [500, "d"],
  [400, "cd"],
  [100, "c"],
  [90, "xc"],
  [50, "l"],
  [40, "xl"],
  [10, "x"],
  [9, "ix"],
  [5, "v"],
  [4, "iv"],
  [1, "i"]
];
var ALPHA_NUMERALS = "abcdefghijklmnopqrstuvwxyz";
var ORDERED_LIST_MARKER_PATTERN = String.raw`\d+|[ivxlcdmIVXLCDM]+|${"[a-zA-Z]{1,2}"}`;
function toRoman(num) {
  let remaining = num;
  let result = "";
  for (const [value, numeral] of ROMAN_NUMERALS) while (remaining >= value) {
    result += numeral;
    remaining -= value;
  }
  return result;
}
function toRomanUpper(num) {
  return toRoman(num).toUpperCase();
}
function fromRoman(roman) {
  const lower = roman.toLowerCase();
  let index = 0;
  let result = 0;
  while (index < lower.length) {
    let matched = false;
    for (const [value, numeral] of ROMAN_NUMERALS) if (lower.startsWith(numeral, index)) {
      result += value;
      index += numeral.length;
      matched = true;
      break;
    }
    if (!matched) return 0;
  }
  return result;
}
function isValidRoman(marker) {
  if (!/^[ivxlcdmIVXLCDM]+$/.test(marker)) return false;
  const value = fromRoman(marker);
  if (value <= 0) return false;
  return (marker === marker.toLowerCase() ? toRoman(value) : toRomanUpper(value)) === marker;
}
function fromAlpha(marker) {
  const lower = marker.toLowerCase();
  if (lower.length === 1) return lower.charCodeAt(0) - "a".charCodeAt(0) + 1;
  if (lower.length === 2) {
    const first4 = lower.charCodeAt(0) - "a".charCodeAt(0);
    const second = lower.charCodeAt(1) - "a".charCodeAt(0);
    return (first4 + 1) * 26 + second + 1;
  }
  return 0;
}
function toRomanAlpha(num) {
  if (num <= 26) return ALPHA_NUMERALS[num - 1];
  const first4 = Math.floor((num - 1) / 26) - 1;
  const second = (num - 1) % 26;
  if (first4 < 0) return ALPHA_NUMERALS[second];
  return ALPHA_NUMERALS[first4] + ALPHA_NUMERALS[second];
}
function detectMarkerType(marker) {
  if (!marker || /^\d+$/.test(marker)) return;
  if (isValidRoman(marker)) return marker === marker.toLowerCase() ? "i" : "I";
  if (/^[a-z]{1,2}$/.test(marker)) return "a";
  if (/^[A-Z]{1,2}$/.test(marker)) return "A";
}
function markerToStart(marker) {
  if (/^\d+$/.test(marker)) return parseInt(marker, 10);
  const type = detectMarkerType(marker);
  if (type === "i" || type === "I") return fromRoman(marker);
  if (type === "a" || type === "A") {
    const start = fromAlpha(marker);
    return start > 0 ? start : 1;
  }
  const parsed = parseInt(marker, 10);
  return Number.isNaN(parsed) ? 1 : parsed;
}
function startToMarker(type, start) {
  if (type === "numeric") return String(start);
  switch (type) {
    case "a":
      return toRomanAlpha(start);
    case "A":
      return toRomanAlpha(start).toUpperCase();
    case "i":
      return toRoman(start);
    case "I":
      return toRomanUpper(start);
    default:
      return String(start);
  }
}
function areOrderedListMarkersSequential(markers) {
  var _detectMarkerType;
  if (markers.length === 0) return false;
  const firstType = (_detectMarkerType = detectMarkerType(markers[0])) !== null && _detectMarkerType !== void 0 ? _detectMarkerType : "numeric";
  const firstStart = markerToStart(markers[0]);
  if (firstStart < 1) return false;
  for (let i = 0; i < markers.length; i++) {
    const expected = startToMarker(firstType, firstStart + i);
    if (markers[i] !== expected) return false;
  }
  return true;
}
function parseListMarker(marker) {
  return {
    type: detectMarkerType(marker),
    start: markerToStart(marker)
  };
}
function buildOrderedListAttrsFromMarker(marker) {
  const { type, start } = parseListMarker(marker);
  const attrs = {};
  if (type) attrs.type = type;
  if (start !== 1) attrs.start = start;
  return attrs;
}
function getListMarker(type, index, separator = ". ") {
  const position = index + 1;
  if (!type || type === "1") return `${position}${separator}`;
  switch (type) {
    case "a":
      return `${toRomanAlpha(position)}${separator}`;
    case "A":
      return `${toRomanAlpha(position).toUpperCase()}${separator}`;
    case "i":
      return `${toRoman(position)}${separator}`;
    case "I":
      return `${toRomanUpper(position)}${separator}`;
    default:
      return `${position}${separator}`;
  }
}
function isSameLineOrderedListToken(token) {
  var _token$tokens, _token$tokens2;
  const nestedToken = (_token$tokens = token.tokens) === null || _token$tokens === void 0 ? void 0 : _token$tokens[0];
  return Boolean(token.text && ((_token$tokens2 = token.tokens) === null || _token$tokens2 === void 0 ? void 0 : _token$tokens2.length) === 1 && (nestedToken === null || nestedToken === void 0 ? void 0 : nestedToken.type) === "list" && nestedToken.ordered && nestedToken.raw === token.text);
}
function parseSameLineOrderedListText(text, helpers) {
  if (helpers.tokenizeInline) return helpers.parseInline(helpers.tokenizeInline(text));
  return helpers.parseInline([{
    type: "text",
    raw: text,
    text
  }]);
}
var ListItem = Node2.create({
  name: "listItem",
  addOptions() {
    return {
      HTMLAttributes: {},
      bulletListTypeName: "bulletList",
      orderedListTypeName: "orderedList"
    };
  },
  content: "paragraph block*",
  defining: true,
  parseHTML() {
    return [{ tag: "li" }];
  },
  renderHTML({ HTMLAttributes }) {
    return [
      "li",
      mergeAttributes2(this.options.HTMLAttributes, HTMLAttributes),
      0
    ];
  },
  markdownTokenName: "list_item",
  parseMarkdown: (token, helpers) => {
    var _helpers$parseBlockCh;
    if (token.type !== "list_item") return [];
    const parseBlockChildren = (_helpers$parseBlockCh = helpers.parseBlockChildren) !== null && _helpers$parseBlockCh !== void 0 ? _helpers$parseBlockCh : helpers.parseChildren;
    let content = [];
    if (token.tokens && token.tokens.length > 0) {
      if (isSameLineOrderedListToken(token)) return {
        type: "listItem",
        content: [{
          type: "paragraph",
          content: parseSameLineOrderedListText(token.text || "", helpers)
        }]
      };
      if (token.tokens.some((t) => t.type === "paragraph")) content = parseBlockChildren(token.tokens);
      else {
        const firstToken = token.tokens[0];
        if (firstToken && firstToken.type === "text" && firstToken.tokens && firstToken.tokens.length > 0) {
          content = [{
            type: "paragraph",
            content: helpers.parseInline(firstToken.tokens)
          }];
          if (token.tokens.length > 1) {
            const additionalContent = parseBlockChildren(token.tokens.slice(1));
            content.push(...additionalContent);
          }
        } else content = parseBlockChildren(token.tokens);
      }
    }
    if (content.length === 0) content = [{
      type: "paragraph",
      content: []
    }];
    return {
      type: "listItem",
      content
    };
  },
  renderMarkdown: (node, h2, ctx) => {
    return renderNestedMarkdownContent(node, h2, (context) => {
      if (context.parentType === "bulletList") return "- ";
      if (context.parentType === "orderedList") {
        var _context$meta, _context$meta2;
        const start = ((_context$meta = context.meta) === null || _context$meta === void 0 || (_context$meta = _context$meta.parentAttrs) === null || _context$meta === void 0 ? void 0 : _context$meta.start) || 1;
        return getListMarker((_context$meta2 = context.meta) === null || _context$meta2 === void 0 || (_context$meta2 = _context$meta2.parentAttrs) === null || _context$meta2 === void 0 ? void 0 : _context$meta2.type, start - 1 + (context.index || 0), ". ");
      }
      return "- ";
    }, ctx, { alignNestedToPrefix: (ctx === null || ctx === void 0 ? void 0 : ctx.parentType) === "orderedList" });
  },
  addExtensions() {
    return [createBranchingListDeleteKeymap(this.name, [this.options.bulletListTypeName, this.options.orderedListTypeName])];
  },
  addKeyboardShortcuts() {
    return {
      Enter: () => this.editor.commands.splitListItem(this.name),
      Tab: () => this.editor.commands.sinkListItem(this.name),
      "Shift-Tab": () => this.editor.commands.liftListItem(this.name)
    };
  }
});
var findListItemPos = (typeOrName, state) => {
  const { $from } = state.selection;
  const nodeType = getNodeType2(typeOrName, state.schema);
  let currentNode = null;
  let currentDepth = $from.depth;
  let currentPos = $from.pos;
  let targetDepth = null;
  while (currentDepth > 0 && targetDepth === null) {
    currentNode = $from.node(currentDepth);
    if (currentNode.type === nodeType) targetDepth = currentDepth;
    else {
      currentDepth -= 1;
      currentPos -= 1;
    }
  }
  if (targetDepth === null) return null;
  return {
    $pos: state.doc.resolve(currentPos),
    depth: targetDepth
  };
};
var getNextListDepth = (typeOrName, state) => {
  const listItemPos = findListItemPos(typeOrName, state);
  if (!listItemPos) return false;
  const [, depth] = getNodeAtPosition(state, typeOrName, listItemPos.$pos.pos + 4);
  return depth;
};
var hasListBefore = (editorState, name, parentListTypes) => {
  const { $anchor } = editorState.selection;
  const previousNodePos = Math.max(0, $anchor.pos - 2);
  const previousNode = editorState.doc.resolve(previousNodePos).node();
  if (!previousNode || !parentListTypes.includes(previousNode.type.name)) return false;
  return true;
};
var handleBackspace2 = (editor, name, parentListTypes) => {
  if (editor.commands.undoInputRule()) return true;
  if (editor.state.selection.from !== editor.state.selection.to) return false;
  if (!isNodeActive2(editor.state, name) && hasListBefore(editor.state, name, parentListTypes)) {
    const { $anchor } = editor.state.selection;
    const $listPos = editor.state.doc.resolve($anchor.before() - 1);
    const listDescendants = [];
    $listPos.node().descendants((node, pos) => {
      if (node.type.name === name) listDescendants.push({
        node,
        pos
      });
    });
    const lastItem = listDescendants.at(-1);
    if (!lastItem) return false;
    const $lastItemPos = editor.state.doc.resolve($listPos.start() + lastItem.pos + 1);
    return editor.chain().cut({
      from: $anchor.start() - 1,
      to: $anchor.end() + 1
    }, $lastItemPos.end()).joinForward().run();
  }
  if (!isNodeActive2(editor.state, name)) return false;
  if (!isAtStartOfNode(editor.state)) return false;
  const { $from } = editor.state.selection;
  const itemDepth = $from.depth - 1;
  if ($from.node(itemDepth).type !== editor.schema.nodes[name] || $from.index(itemDepth) !== 0) return false;
  return editor.chain().liftListItem(name).run();
};
var nextListIsDeeper = (typeOrName, state) => {
  const listDepth = getNextListDepth(typeOrName, state);
  const listItemPos = findListItemPos(typeOrName, state);
  if (!listItemPos || !listDepth) return false;
  if (listDepth > listItemPos.depth) return true;
  return false;
};
var nextListIsHigher = (typeOrName, state) => {
  const listDepth = getNextListDepth(typeOrName, state);
  const listItemPos = findListItemPos(typeOrName, state);
  if (!listItemPos || !listDepth) return false;
  if (listDepth < listItemPos.depth) return true;
  return false;
};
var handleDelete = (editor, name) => {
  if (!isNodeActive2(editor.state, name)) return false;
  if (!isAtEndOfNode(editor.state, name)) return false;
  const { selection } = editor.state;
  const { $from, $to } = selection;
  if (!selection.empty && $from.sameParent($to)) return false;
  if (nextListIsDeeper(name, editor.state)) return editor.chain().focus(editor.state.selection.from + 4).lift(name).joinBackward().run();
  if (nextListIsHigher(name, editor.state)) return editor.chain().joinForward().joinBackward().run();
  return editor.commands.joinItemForward();
};
var handleTab = (editor, name, parentListTypes) => {
  const { state } = editor;
  const { selection } = state;
  if (!selection.empty) return false;
  const { $from } = selection;
  if ($from.parentOffset !== 0) return false;
  if (!$from.parent.isTextblock) return false;
  if (isNodeActive2(state, name)) return false;
  const previous = getPreviousBlockSibling($from);
  if (!previous || !parentListTypes.includes(previous.type.name)) return false;
  const lastItem = previous.lastChild;
  if (!lastItem || lastItem.type.name !== name) return false;
  const block = $from.parent;
  if (!lastItem.canReplace(lastItem.childCount, lastItem.childCount, Fragment.from(block))) return false;
  const blockStart = $from.before();
  const blockEnd = $from.after();
  const insideLastItemEnd = blockStart - 2;
  return editor.commands.command(({ tr, dispatch }) => {
    if (dispatch) {
      tr.delete(blockStart, blockEnd).insert(insideLastItemEnd, Fragment.from(block));
      tr.setSelection(TextSelection.create(tr.doc, insideLastItemEnd + 1));
      tr.scrollIntoView();
    }
    return true;
  });
};
var ListKeymap = Extension3.create({
  name: "listKeymap",
  addOptions() {
    return { listTypes: [{
      itemName: "listItem",
      wrapperNames: ["bulletList", "orderedList"]
    }, {
      itemName: "taskItem",
      wrapperNames: ["taskList"]
    }] };
  },
  addKeyboardShortcuts() {
    return {
      Delete: ({ editor }) => {
        let handled = false;
        this.options.listTypes.forEach(({ itemName }) => {
          if (editor.state.schema.nodes[itemName] === void 0) return;
          if (handleDelete(editor, itemName)) handled = true;
        });
        return handled;
      },
      "Mod-Delete": ({ editor }) => {
        let handled = false;
        this.options.listTypes.forEach(({ itemName }) => {
          if (editor.state.schema.nodes[itemName] === void 0) return;
          if (handleDelete(editor, itemName)) handled = true;
        });
        return handled;
      },
      Backspace: ({ editor }) => {
        let handled = false;
        this.options.listTypes.forEach(({ itemName, wrapperNames }) => {
          if (editor.state.schema.nodes[itemName] === void 0) return;
          if (handleBackspace2(editor, itemName, wrapperNames)) handled = true;
        });
        return handled;
      },
      "Mod-Backspace": ({ editor }) => {
        let handled = false;
        this.options.listTypes.forEach(({ itemName, wrapperNames }) => {
          if (editor.state.schema.nodes[itemName] === void 0) return;
          if (handleBackspace2(editor, itemName, wrapperNames)) handled = true;
        });
        return handled;
      },
      Tab: ({ editor }) => {
        for (const { itemName, wrapperNames } of this.options.listTypes) {
          if (editor.state.schema.nodes[itemName] === void 0) continue;
          if (handleTab(editor, itemName, wrapperNames)) return true;
        }
        return false;
      }
    };
  }
});
var ORDERED_LIST_ITEM_REGEX = new RegExp(`^(\\s*)(${ORDERED_LIST_MARKER_PATTERN})([.)])\\s+(.*)$`);
var INDENTED_LINE_REGEX = /^\s/;
var PARAGRAPH_INTERRUPTERS = {
  heading: /^#{1,6}(?:\s|$)/,
  bulletItem: /^[-+*]\s+/,
  codeFence: /^(?:```|~~~)/,
  blockMath: /^\$\$/,
  thematicBreak: /^(?:(?:-[ \t]*){3,}|(?:_[ \t]*){3,}|(?:\*[ \t]*){3,})$/
};
function isOrderedListMarkerLine(line) {
  return ORDERED_LIST_ITEM_REGEX.test(line.trimStart());
}
function isBlockContentLine(line) {
  const trimmedLine = line.trimStart();
  return PARAGRAPH_INTERRUPTERS.bulletItem.test(trimmedLine) || isOrderedListMarkerLine(trimmedLine) || PARAGRAPH_INTERRUPTERS.heading.test(trimmedLine) || PARAGRAPH_INTERRUPTERS.thematicBreak.test(trimmedLine) && !trimmedLine.startsWith("-") || /^>\s?/.test(trimmedLine) || PARAGRAPH_INTERRUPTERS.codeFence.test(trimmedLine) || PARAGRAPH_INTERRUPTERS.blockMath.test(trimmedLine);
}
function interruptsLazyContinuation(line) {
  return Object.values(PARAGRAPH_INTERRUPTERS).some((pattern) => pattern.test(line));
}
function splitItemContent(contentLines) {
  const paragraphLines = [];
  const blockLines = [];
  let reachedBlockBoundary = false;
  contentLines.forEach((line) => {
    if (reachedBlockBoundary) {
      blockLines.push(line);
      return;
    }
    if (line.trim() === "") {
      reachedBlockBoundary = true;
      blockLines.push(line);
      return;
    }
    if (paragraphLines.length > 0 && isBlockContentLine(line)) {
      reachedBlockBoundary = true;
      blockLines.push(line);
      return;
    }
    paragraphLines.push(line);
  });
  return {
    paragraphLines,
    blockLines
  };
}
function collectOrderedListItems(lines) {
  const listItems = [];
  let currentLineIndex = 0;
  let consumed = 0;
  while (currentLineIndex < lines.length) {
    const line = lines[currentLineIndex];
    const match = line.match(ORDERED_LIST_ITEM_REGEX);
    if (!match) break;
    const [, indent, marker, _separator, content] = match;
    const indentLevel = indent.length;
    const number = parseInt(marker, 10);
    const markerType = isNaN(number) ? detectMarkerType(marker) : void 0;
    const itemNumber = isNaN(number) ? markerToStart(marker) : number;
    const itemContentLines = [content];
    let nextLineIndex = currentLineIndex + 1;
    const itemLines = [line];
    let sawBlankLine = false;
    while (nextLineIndex < lines.length) {
      const nextLine = lines[nextLineIndex];
      if (nextLine.match(ORDERED_LIST_ITEM_REGEX)) break;
      if (nextLine.trim() === "") {
        itemLines.push(nextLine);
        itemContentLines.push("");
        sawBlankLine = true;
        nextLineIndex += 1;
      } else if (nextLine.match(INDENTED_LINE_REGEX)) {
        const leadingWhitespace = nextLine.length - nextLine.trimStart().length;
        const contentIndent = indentLevel + marker.length + 1;
        itemLines.push(nextLine);
        itemContentLines.push(nextLine.slice(Math.min(leadingWhitespace, contentIndent)));
        nextLineIndex += 1;
      } else {
        if (sawBlankLine || interruptsLazyContinuation(nextLine)) break;
        itemLines.push(nextLine);
        itemContentLines.push(nextLine);
        nextLineIndex += 1;
      }
    }
    listItems.push({
      indent: indentLevel,
      number: itemNumber,
      type: markerType,
      content: itemContentLines.join("\n").trim(),
      contentLines: itemContentLines,
      raw: itemLines.join("\n")
    });
    consumed = nextLineIndex;
    currentLineIndex = nextLineIndex;
  }
  return [listItems, consumed];
}
var PLAIN_TEXT_ORDERED_LIST_LINE_REGEX = new RegExp(`^(${ORDERED_LIST_MARKER_PATTERN})([.)])\\s+(.+)$`);
function parsePlainTextOrderedListPaste(text) {
  const lines = text.split("\n").filter((l) => l.trim().length > 0);
  if (lines.length === 0) return null;
  const parsedItems = [];
  for (const line of lines) {
    const match = line.trim().match(PLAIN_TEXT_ORDERED_LIST_LINE_REGEX);
    if (!match) return null;
    parsedItems.push({
      marker: match[1],
      content: match[3]
    });
  }
  if (!areOrderedListMarkersSequential(parsedItems.map((item) => item.marker))) return null;
  return {
    type: "orderedList",
    attrs: buildOrderedListAttrsFromMarker(parsedItems[0].marker),
    content: parsedItems.map((item) => ({
      type: "listItem",
      content: [{
        type: "paragraph",
        content: [{
          type: "text",
          text: item.content
        }]
      }]
    }))
  };
}
function buildNestedStructure(items, baseIndent, lexer) {
  const result = [];
  let currentIndex = 0;
  while (currentIndex < items.length) {
    const item = items[currentIndex];
    if (item.indent === baseIndent) {
      const { paragraphLines, blockLines } = splitItemContent(item.contentLines);
      const mainText = paragraphLines.join("\n").trim();
      const tokens = [];
      if (mainText) tokens.push({
        type: "paragraph",
        raw: mainText,
        tokens: lexer.inlineTokens(mainText)
      });
      const additionalContent = blockLines.join("\n").trim();
      if (additionalContent) {
        const blockTokens = lexer.blockTokens(additionalContent);
        tokens.push(...blockTokens);
      }
      let lookAheadIndex = currentIndex + 1;
      const nestedItems = [];
      while (lookAheadIndex < items.length && items[lookAheadIndex].indent > baseIndent) {
        nestedItems.push(items[lookAheadIndex]);
        lookAheadIndex += 1;
      }
      if (nestedItems.length > 0) {
        const nestedListItems = buildNestedStructure(nestedItems, Math.min(...nestedItems.map((nestedItem) => nestedItem.indent)), lexer);
        tokens.push({
          type: "list",
          ordered: true,
          start: nestedItems[0].number,
          typeMarker: nestedItems[0].type,
          items: nestedListItems,
          raw: nestedItems.map((nestedItem) => nestedItem.raw).join("\n")
        });
      }
      result.push({
        type: "list_item",
        raw: item.raw,
        tokens
      });
      currentIndex = lookAheadIndex;
    } else currentIndex += 1;
  }
  return result;
}
function parseListItems(items, helpers) {
  return items.map((item) => {
    if (item.type !== "list_item") return helpers.parseChildren([item])[0];
    const content = [];
    if (item.tokens && item.tokens.length > 0) item.tokens.forEach((itemToken) => {
      if (itemToken.type === "paragraph" || itemToken.type === "list" || itemToken.type === "blockquote" || itemToken.type === "code") content.push(...helpers.parseChildren([itemToken]));
      else if (itemToken.type === "text" && itemToken.tokens) {
        const inlineContent = helpers.parseChildren([itemToken]);
        content.push({
          type: "paragraph",
          content: inlineContent
        });
      } else {
        const parsed = helpers.parseChildren([itemToken]);
        if (parsed.length > 0) content.push(...parsed);
      }
    });
    return {
      type: "listItem",
      content
    };
  });
}
var ListItemName = "listItem";
var TextStyleName = "textStyle";
var orderedListInputRegex = /^(\d+)\.\s$/;
function cssListStyleTypeToHtmlType(style) {
  const match = style.match(/list-style-type\s*:\s*([^;]+)/i);
  if (!match) return null;
  switch (match[1].trim().toLowerCase()) {
    case "upper-roman":
      return "I";
    case "lower-roman":
      return "i";
    case "upper-alpha":
    case "upper-latin":
      return "A";
    case "lower-alpha":
    case "lower-latin":
      return "a";
    default:
      return null;
  }
}
var OrderedList = Node2.create({
  name: "orderedList",
  addOptions() {
    return {
      itemTypeName: "listItem",
      HTMLAttributes: {},
      keepMarks: false,
      keepAttributes: false
    };
  },
  group: "block list",
  content() {
    return `${this.options.itemTypeName}+`;
  },
  addAttributes() {
    return {
      start: {
        default: 1,
        parseHTML: (element) => {
          return element.hasAttribute("start") ? parseInt(element.getAttribute("start") || "", 10) : 1;
        }
      },
      type: {
        default: null,
        parseHTML: (element) => {
          const htmlType = element.getAttribute("type");
          if (htmlType) return htmlType;
          const style = element.getAttribute("style");
          if (style) {
            const mappedFromOl = cssListStyleTypeToHtmlType(style);
            if (mappedFromOl) return mappedFromOl;
          }
          const firstLi = element.querySelector("li");
          if (firstLi) {
            const liStyle = firstLi.getAttribute("style");
            if (liStyle) {
              const mappedFromLi = cssListStyleTypeToHtmlType(liStyle);
              if (mappedFromLi) return mappedFromLi;
            }
          }
          return null;
        }
      }
    };
  },
  parseHTML() {
    return [{ tag: "ol" }];
  },
  renderHTML({ HTMLAttributes }) {
    const { start, type, ...attributesWithoutType } = HTMLAttributes;
    const attrs = mergeAttributes2(this.options.HTMLAttributes, attributesWithoutType);
    if (start !== 1) attrs.start = start;
    if (type && type !== "1") attrs.type = type;
    return [
      "ol",
      attrs,
      0
    ];
  },
  markdownTokenName: "list",
  parseMarkdown: (token, helpers) => {
    if (token.type !== "list" || !token.ordered) return [];
    const startValue = token.start || 1;
    const typeValue = token.typeMarker;
    const content = token.items ? parseListItems(token.items, helpers) : [];
    const attrs = {};
    if (startValue !== 1) attrs.start = startValue;
    if (typeValue) attrs.type = typeValue;
    if (Object.keys(attrs).length > 0) return {
      type: "orderedList",
      attrs,
      content
    };
    return {
      type: "orderedList",
      content
    };
  },
  renderMarkdown: (node, h2) => {
    if (!node.content) return "";
    return h2.renderChildren(node.content, "\n");
  },
  markdownTokenizer: {
    name: "orderedList",
    level: "block",
    start: () => -1,
    tokenize: (src, _tokens, lexer) => {
      var _listItems$, _listItems$2;
      const lines = src.split("\n");
      const [listItems, consumed] = collectOrderedListItems(lines);
      if (listItems.length === 0) return;
      const items = buildNestedStructure(listItems, listItems[0].indent, lexer);
      if (items.length === 0) return;
      return {
        type: "list",
        ordered: true,
        start: ((_listItems$ = listItems[0]) === null || _listItems$ === void 0 ? void 0 : _listItems$.number) || 1,
        typeMarker: (_listItems$2 = listItems[0]) === null || _listItems$2 === void 0 ? void 0 : _listItems$2.type,
        items,
        raw: lines.slice(0, consumed).join("\n")
      };
    }
  },
  markdownOptions: { indentsContent: true },
  addCommands() {
    return { toggleOrderedList: () => ({ commands, chain }) => {
      if (this.options.keepAttributes) return chain().toggleList(this.name, this.options.itemTypeName, this.options.keepMarks).updateAttributes(ListItemName, this.editor.getAttributes(TextStyleName)).run();
      return commands.toggleList(this.name, this.options.itemTypeName, this.options.keepMarks);
    } };
  },
  addKeyboardShortcuts() {
    return { "Mod-Shift-7": () => this.editor.commands.toggleOrderedList() };
  },
  addProseMirrorPlugins() {
    return [new Plugin({ props: { handlePaste: (view, event) => {
      var _event$clipboardData, _event$clipboardData2;
      const html = (_event$clipboardData = event.clipboardData) === null || _event$clipboardData === void 0 ? void 0 : _event$clipboardData.getData("text/html");
      if (html === null || html === void 0 ? void 0 : html.trim()) return false;
      const text = (_event$clipboardData2 = event.clipboardData) === null || _event$clipboardData2 === void 0 ? void 0 : _event$clipboardData2.getData("text/plain");
      if (!text) return false;
      const orderedListContent = parsePlainTextOrderedListPaste(text);
      if (!orderedListContent) return false;
      try {
        const orderedListNode = view.state.schema.nodeFromJSON(orderedListContent);
        const tr = view.state.tr.replaceSelectionWith(orderedListNode);
        view.dispatch(tr);
        return true;
      } catch {
        return false;
      }
    } } })];
  },
  addInputRules() {
    const joinPredicate = (match, node) => {
      return (!node.attrs.type || node.attrs.type === "1") && node.childCount + node.attrs.start === +match[1];
    };
    let inputRule = wrappingInputRule({
      find: orderedListInputRegex,
      type: this.type,
      getAttributes: (match) => ({ start: +match[1] }),
      joinPredicate
    });
    if (this.options.keepMarks || this.options.keepAttributes) inputRule = wrappingInputRule({
      find: orderedListInputRegex,
      type: this.type,
      keepMarks: this.options.keepMarks,
      keepAttributes: this.options.keepAttributes,
      getAttributes: (match) => ({
        start: +match[1],
        ...this.editor.getAttributes(TextStyleName)
      }),
      joinPredicate,
      editor: this.editor
    });
    return [inputRule];
  }
});
var inputRegex2 = /^\s*(\[([( |x])?\])\s$/;
var visuallyHiddenStyle = "position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0";
var getCheckboxLabel = (node, checked, a11y) => {
  var _a11y$checkboxLabel;
  return (a11y === null || a11y === void 0 || (_a11y$checkboxLabel = a11y.checkboxLabel) === null || _a11y$checkboxLabel === void 0 ? void 0 : _a11y$checkboxLabel.call(a11y, node, checked)) || `Task item checkbox for ${node.textContent || "empty task item"}`;
};
var TaskItem = Node2.create({
  name: "taskItem",
  addOptions() {
    return {
      nested: false,
      HTMLAttributes: {},
      taskListTypeName: "taskList",
      a11y: void 0
    };
  },
  content() {
    return this.options.nested ? "paragraph block*" : "paragraph+";
  },
  defining: true,
  addAttributes() {
    return { checked: {
      default: false,
      keepOnSplit: false,
      parseHTML: (element) => {
        const dataChecked = element.getAttribute("data-checked");
        return dataChecked === "" || dataChecked === "true";
      },
      renderHTML: (attributes) => ({ "data-checked": attributes.checked })
    } };
  },
  parseHTML() {
    return [{
      tag: `li[data-type="${this.name}"]`,
      priority: 51,
      contentElement: (element) => {
        var _element$querySelecto;
        return (_element$querySelecto = element.querySelector("div")) !== null && _element$querySelecto !== void 0 ? _element$querySelecto : element;
      }
    }];
  },
  renderHTML({ node, HTMLAttributes }) {
    return [
      "li",
      mergeAttributes2(this.options.HTMLAttributes, HTMLAttributes, { "data-type": this.name }),
      [
        "label",
        ["input", {
          type: "checkbox",
          checked: node.attrs.checked ? "checked" : null
        }],
        ["span"]
      ],
      ["div", 0]
    ];
  },
  parseMarkdown: (token, h2) => {
    const content = [];
    if (token.tokens && token.tokens.length > 0) content.push(h2.createNode("paragraph", {}, h2.parseInline(token.tokens)));
    else if (token.text) content.push(h2.createNode("paragraph", {}, [h2.createNode("text", { text: token.text })]));
    else content.push(h2.createNode("paragraph", {}, []));
    if (token.nestedTokens && token.nestedTokens.length > 0) {
      const nestedContent = h2.parseChildren(token.nestedTokens);
      content.push(...nestedContent);
    }
    return h2.createNode("taskItem", { checked: token.checked || false }, content);
  },
  renderMarkdown: (node, h2) => {
    var _node$attrs;
    const prefix = `- [${((_node$attrs = node.attrs) === null || _node$attrs === void 0 ? void 0 : _node$attrs.checked) ? "x" : " "}] `;
    return renderNestedMarkdownContent(node, h2, prefix);
  },
  addExtensions() {
    if (!this.options.nested) return [];
    return [createBranchingListDeleteKeymap(this.name, [this.options.taskListTypeName])];
  },
  addKeyboardShortcuts() {
    const shortcuts = {
      Enter: () => this.editor.commands.splitListItem(this.name),
      "Shift-Tab": () => this.editor.commands.liftListItem(this.name)
    };
    if (!this.options.nested) return shortcuts;
    return {
      ...shortcuts,
      Tab: () => this.editor.commands.sinkListItem(this.name)
    };
  },
  addNodeView() {
    return ({ node, HTMLAttributes, getPos, editor }) => {
      const listItem = document.createElement("li");
      const checkboxWrapper = document.createElement("label");
      const checkboxStyler = document.createElement("span");
      const checkbox = document.createElement("input");
      const content = document.createElement("div");
      checkboxStyler.style.cssText = visuallyHiddenStyle;
      const updateA11Y = (currentNode) => {
        const label = getCheckboxLabel(currentNode, currentNode.attrs.checked, this.options.a11y);
        checkbox.setAttribute("aria-label", label);
        checkboxStyler.textContent = label;
      };
      updateA11Y(node);
      checkboxWrapper.contentEditable = "false";
      checkbox.type = "checkbox";
      checkbox.addEventListener("mousedown", (event) => event.preventDefault());
      checkbox.addEventListener("change", (event) => {
        if (!editor.isEditable && !this.options.onReadOnlyChecked) {
          checkbox.checked = !checkbox.checked;
          return;
        }
        const { checked } = event.target;
        if (editor.isEditable && typeof getPos === "function") editor.chain().focus(void 0, { scrollIntoView: false }).command(({ tr }) => {
          const position = getPos();
          if (typeof position !== "number") return false;
          const currentNode = tr.doc.nodeAt(position);
          tr.setNodeMarkup(position, void 0, {
            ...currentNode === null || currentNode === void 0 ? void 0 : currentNode.attrs,
            checked
          });
          return true;
        }).run();
        if (!editor.isEditable && this.options.onReadOnlyChecked) {
          if (!this.options.onReadOnlyChecked(node, checked)) checkbox.checked = !checkbox.checked;
        }
      });
      Object.entries(this.options.HTMLAttributes).forEach(([key, value]) => {
        listItem.setAttribute(key, value);
      });
      listItem.dataset.checked = node.attrs.checked;
      checkbox.checked = node.attrs.checked;
      checkboxWrapper.append(checkbox, checkboxStyler);
      listItem.append(checkboxWrapper, content);
      Object.entries(HTMLAttributes).forEach(([key, value]) => {
        listItem.setAttribute(key, value);
      });
      let prevRenderedAttributeKeys = new Set(Object.keys(HTMLAttributes));
      return {
        dom: listItem,
        contentDOM: content,
        update: (updatedNode) => {
          if (updatedNode.type !== this.type) return false;
          listItem.dataset.checked = updatedNode.attrs.checked;
          checkbox.checked = updatedNode.attrs.checked;
          updateA11Y(updatedNode);
          const extensionAttributes = editor.extensionManager.attributes;
          const newHTMLAttributes = getRenderedAttributes2(updatedNode, extensionAttributes);
          const newKeys = new Set(Object.keys(newHTMLAttributes));
          const staticAttrs = this.options.HTMLAttributes;
          prevRenderedAttributeKeys.forEach((key) => {
            if (!newKeys.has(key)) {
              if (key in staticAttrs) listItem.setAttribute(key, staticAttrs[key]);
              else listItem.removeAttribute(key);
            }
          });
          Object.entries(newHTMLAttributes).forEach(([key, value]) => {
            if (value === null || value === void 0) {
              if (key in staticAttrs) listItem.setAttribute(key, staticAttrs[key]);
              else listItem.removeAttribute(key);
            } else listItem.setAttribute(key, value);
          });
          prevRenderedAttributeKeys = newKeys;
          return true;
        }
      };
    };
  },
  addInputRules() {
    return [wrappingInputRule({
      find: inputRegex2,
      type: this.type,
      getAttributes: (match) => ({ checked: match[match.length - 1] === "x" })
    })];
  }
});
var TaskList = Node2.create({
  name: "taskList",
  addOptions() {
    return {
      itemTypeName: "taskItem",
      HTMLAttributes: {}
    };
  },
  group: "block list",
  content() {
    return `${this.options.itemTypeName}+`;
  },
  parseHTML() {
    return [{
      tag: `ul[data-type="${this.name}"]`,
      priority: 51
    }];
  },
  renderHTML({ HTMLAttributes }) {
    return [
      "ul",
      mergeAttributes2(this.options.HTMLAttributes, HTMLAttributes, { "data-type": this.name }),
      0
    ];
  },
  parseMarkdown: (token, h2) => {
    return h2.createNode("taskList", {}, h2.parseChildren(token.items || []));
  },
  renderMarkdown: (node, h2) => {
    if (!node.content) return "";
    return h2.renderChildren(node.content, "\n");
  },
  markdownTokenizer: {
    name: "taskList",
    level: "block",
    start(src) {
      var _src$match;
      const index = (_src$match = src.match(/^\s*[-+*]\s+\[([ xX])\]\s+/)) === null || _src$match === void 0 ? void 0 : _src$match.index;
      return index !== void 0 ? index : -1;
    },
    tokenize(src, tokens, lexer) {
      const parseTaskListContent = (content) => {
        const nestedResult = parseIndentedBlocks(content, {
          itemPattern: /^(\s*)([-+*])\s+\[([ xX])\]\s+(.*)$/,
          extractItemData: (match) => ({
            indentLevel: match[1].length,
            mainContent: match[4],
            checked: match[3].toLowerCase() === "x"
          }),
          createToken: (data, nestedTokens) => ({
            type: "taskItem",
            raw: "",
            mainContent: data.mainContent,
            indentLevel: data.indentLevel,
            checked: data.checked,
            text: data.mainContent,
            tokens: lexer.inlineTokens(data.mainContent),
            nestedTokens
          }),
          customNestedParser: parseTaskListContent
        }, lexer);
        if (nestedResult) {
          const taskListToken = {
            type: "taskList",
            raw: nestedResult.raw,
            items: nestedResult.items
          };
          const remainder = content.slice(nestedResult.raw.length);
          if (remainder.trim()) return [taskListToken, ...lexer.blockTokens(remainder)];
          return [taskListToken];
        }
        return lexer.blockTokens(content);
      };
      const result = parseIndentedBlocks(src, {
        itemPattern: /^(\s*)([-+*])\s+\[([ xX])\]\s+(.*)$/,
        extractItemData: (match) => ({
          indentLevel: match[1].length,
          mainContent: match[4],
          checked: match[3].toLowerCase() === "x"
        }),
        createToken: (data, nestedTokens) => ({
          type: "taskItem",
          raw: "",
          mainContent: data.mainContent,
          indentLevel: data.indentLevel,
          checked: data.checked,
          text: data.mainContent,
          tokens: lexer.inlineTokens(data.mainContent),
          nestedTokens
        }),
        customNestedParser: parseTaskListContent
      }, lexer);
      if (!result) return;
      return {
        type: "taskList",
        raw: result.raw,
        items: result.items
      };
    }
  },
  markdownOptions: { indentsContent: true },
  addCommands() {
    return { toggleTaskList: () => ({ commands }) => {
      return commands.toggleList(this.name, this.options.itemTypeName);
    } };
  },
  addKeyboardShortcuts() {
    return { "Mod-Shift-9": () => this.editor.commands.toggleTaskList() };
  }
});
var ListKit = Extension3.create({
  name: "listKit",
  addExtensions() {
    const extensions = [];
    if (this.options.bulletList !== false) extensions.push(BulletList.configure(this.options.bulletList));
    if (this.options.listItem !== false) extensions.push(ListItem.configure(this.options.listItem));
    if (this.options.listKeymap !== false) extensions.push(ListKeymap.configure(this.options.listKeymap));
    if (this.options.orderedList !== false) extensions.push(OrderedList.configure(this.options.orderedList));
    if (this.options.taskItem !== false) extensions.push(TaskItem.configure(this.options.taskItem));
    if (this.options.taskList !== false) extensions.push(TaskList.configure(this.options.taskList));
    return extensions;
  }
});

// ../../node_modules/@tiptap/starter-kit/node_modules/@tiptap/extension-paragraph/dist/index.js
var EMPTY_PARAGRAPH_MARKDOWN = "&nbsp;";
var NBSP_CHAR = "\xA0";
var Paragraph = Node2.create({
  name: "paragraph",
  priority: 1e3,
  addOptions() {
    return { HTMLAttributes: {} };
  },
  group: "block",
  content: "inline*",
  parseHTML() {
    return [{ tag: "p" }];
  },
  renderHTML({ HTMLAttributes }) {
    return [
      "p",
      mergeAttributes2(this.options.HTMLAttributes, HTMLAttributes),
      0
    ];
  },
  parseMarkdown: (token, helpers) => {
    const tokens = token.tokens || [];
    if (tokens.length === 1 && tokens[0].type === "image") return helpers.parseChildren([tokens[0]]);
    const content = helpers.parseInline(tokens);
    if (tokens.length === 1 && tokens[0].type === "text" && (tokens[0].raw === EMPTY_PARAGRAPH_MARKDOWN || tokens[0].text === EMPTY_PARAGRAPH_MARKDOWN || tokens[0].raw === NBSP_CHAR || tokens[0].text === NBSP_CHAR) && content.length === 1 && content[0].type === "text" && (content[0].text === EMPTY_PARAGRAPH_MARKDOWN || content[0].text === NBSP_CHAR)) return helpers.createNode("paragraph", void 0, []);
    return helpers.createNode("paragraph", void 0, content);
  },
  renderMarkdown: (node, h2, ctx) => {
    if (!node) return "";
    const content = Array.isArray(node.content) ? node.content : [];
    if (content.length === 0) {
      var _ctx$previousNode, _ctx$previousNode2;
      const previousContent = Array.isArray(ctx === null || ctx === void 0 || (_ctx$previousNode = ctx.previousNode) === null || _ctx$previousNode === void 0 ? void 0 : _ctx$previousNode.content) ? ctx.previousNode.content : [];
      return (ctx === null || ctx === void 0 || (_ctx$previousNode2 = ctx.previousNode) === null || _ctx$previousNode2 === void 0 ? void 0 : _ctx$previousNode2.type) === "paragraph" && previousContent.length === 0 ? EMPTY_PARAGRAPH_MARKDOWN : "";
    }
    return h2.renderChildren(content);
  },
  addCommands() {
    return { setParagraph: () => ({ commands }) => {
      return commands.setNode(this.name);
    } };
  },
  addKeyboardShortcuts() {
    return { "Mod-Alt-0": () => this.editor.commands.setParagraph() };
  }
});

// ../../node_modules/@tiptap/starter-kit/node_modules/@tiptap/extension-strike/dist/index.js
var inputRegex3 = /(?:^|\s)(~~(?!\s+~~)((?:[^~]+))~~(?!\s+~~))$/;
var pasteRegex = /(?:^|\s)(~~(?!\s+~~)((?:[^~]+))~~(?!\s+~~))/g;
var Strike = Mark3.create({
  name: "strike",
  addOptions() {
    return { HTMLAttributes: {} };
  },
  parseHTML() {
    return [
      { tag: "s" },
      { tag: "del" },
      { tag: "strike" },
      {
        style: "text-decoration",
        consuming: false,
        getAttrs: (style) => style.includes("line-through") ? {} : false
      }
    ];
  },
  renderHTML({ HTMLAttributes }) {
    return [
      "s",
      mergeAttributes2(this.options.HTMLAttributes, HTMLAttributes),
      0
    ];
  },
  markdownTokenName: "del",
  parseMarkdown: (token, helpers) => {
    return helpers.applyMark("strike", helpers.parseInline(token.tokens || []));
  },
  renderMarkdown: (node, h2) => {
    return `~~${h2.renderChildren(node)}~~`;
  },
  addCommands() {
    return {
      setStrike: () => ({ commands }) => {
        return commands.setMark(this.name);
      },
      toggleStrike: () => ({ commands }) => {
        return commands.toggleMark(this.name);
      },
      unsetStrike: () => ({ commands }) => {
        return commands.unsetMark(this.name);
      }
    };
  },
  addKeyboardShortcuts() {
    return { "Mod-Shift-s": () => this.editor.commands.toggleStrike() };
  },
  addInputRules() {
    return [markInputRule({
      find: inputRegex3,
      type: this.type
    })];
  },
  addPasteRules() {
    return [markPasteRule({
      find: pasteRegex,
      type: this.type
    })];
  }
});

// ../../node_modules/@tiptap/starter-kit/node_modules/@tiptap/extension-text/dist/index.js
var Text = Node2.create({
  name: "text",
  group: "inline",
  parseMarkdown: (token) => {
    return {
      type: "text",
      text: token.text || ""
    };
  },
  renderMarkdown: (node) => node.text || ""
});

// ../../node_modules/@tiptap/starter-kit/node_modules/@tiptap/extension-underline/dist/index.js
var Underline = Mark3.create({
  name: "underline",
  addOptions() {
    return { HTMLAttributes: {} };
  },
  parseHTML() {
    return [{ tag: "u" }, {
      style: "text-decoration",
      consuming: false,
      getAttrs: (style) => style.includes("underline") ? {} : false
    }];
  },
  renderHTML({ HTMLAttributes }) {
    return [
      "u",
      mergeAttributes2(this.options.HTMLAttributes, HTMLAttributes),
      0
    ];
  },
  parseMarkdown(token, helpers) {
    return helpers.applyMark(this.name || "underline", helpers.parseInline(token.tokens || []));
  },
  renderMarkdown(node, helpers) {
    return `++${helpers.renderChildren(node)}++`;
  },
  markdownTokenizer: {
    name: "underline",
    level: "inline",
    start(src) {
      return src.indexOf("++");
    },
    tokenize(src, _tokens, lexer) {
      const match = /^(\+\+)([\s\S]+?)(\+\+)/.exec(src);
      if (!match) return;
      const innerContent = match[2].trim();
      return {
        type: "underline",
        raw: match[0],
        text: innerContent,
        tokens: lexer.inlineTokens(innerContent)
      };
    }
  },
  addCommands() {
    return {
      setUnderline: () => ({ commands }) => {
        return commands.setMark(this.name);
      },
      toggleUnderline: () => ({ commands }) => {
        return commands.toggleMark(this.name);
      },
      unsetUnderline: () => ({ commands }) => {
        return commands.unsetMark(this.name);
      }
    };
  },
  addKeyboardShortcuts() {
    return {
      "Mod-u": () => this.editor.commands.toggleUnderline(),
      "Mod-U": () => this.editor.commands.toggleUnderline()
    };
  }
});

// ../../node_modules/prosemirror-dropcursor/dist/index.js
function dropCursor(options = {}) {
  return new Plugin({
    view(editorView) {
      return new DropCursorView(editorView, options);
    }
  });
}
var DropCursorView = class {
  constructor(editorView, options) {
    var _a;
    this.editorView = editorView;
    this.cursorPos = null;
    this.element = null;
    this.timeout = -1;
    this.lastDragEvent = null;
    this.width = (_a = options.width) !== null && _a !== void 0 ? _a : 1;
    this.color = options.color === false ? void 0 : options.color || "black";
    this.class = options.class;
    this.handlers = ["dragover", "dragend", "drop", "dragleave"].map((name) => {
      let handler = (e) => {
        this[name](e);
      };
      editorView.dom.addEventListener(name, handler);
      return { name, handler };
    });
  }
  destroy() {
    this.setCursor(null);
    this.handlers.forEach(({ name, handler }) => this.editorView.dom.removeEventListener(name, handler));
  }
  update(editorView, prevState) {
    if (this.cursorPos != null && prevState.doc != editorView.state.doc) {
      if (this.lastDragEvent) {
        let target = this.computeTarget(this.lastDragEvent);
        if (target == this.cursorPos)
          this.updateOverlay();
        else
          this.setCursor(target);
      } else {
        this.updateOverlay();
      }
    }
  }
  setCursor(pos) {
    if (pos == this.cursorPos)
      return;
    this.cursorPos = pos;
    if (pos == null) {
      this.element.parentNode.removeChild(this.element);
      this.element = null;
    } else {
      this.updateOverlay();
    }
  }
  updateOverlay() {
    let $pos = this.editorView.state.doc.resolve(this.cursorPos);
    let isBlock = !$pos.parent.inlineContent, rect;
    let editorDOM = this.editorView.dom, editorRect = editorDOM.getBoundingClientRect();
    let scaleX = editorRect.width / editorDOM.offsetWidth, scaleY = editorRect.height / editorDOM.offsetHeight;
    if (isBlock) {
      let before = $pos.nodeBefore, after = $pos.nodeAfter;
      if (before || after) {
        let node = this.editorView.nodeDOM(this.cursorPos - (before ? before.nodeSize : 0));
        if (node) {
          let nodeRect = node.getBoundingClientRect();
          let top = before ? nodeRect.bottom : nodeRect.top;
          if (before && after)
            top = (top + this.editorView.nodeDOM(this.cursorPos).getBoundingClientRect().top) / 2;
          let halfWidth = this.width / 2 * scaleY;
          rect = { left: nodeRect.left, right: nodeRect.right, top: top - halfWidth, bottom: top + halfWidth };
        }
      }
    }
    if (!rect) {
      let coords = this.editorView.coordsAtPos(this.cursorPos);
      let halfWidth = this.width / 2 * scaleX;
      rect = { left: coords.left - halfWidth, right: coords.left + halfWidth, top: coords.top, bottom: coords.bottom };
    }
    let parent = this.editorView.dom.offsetParent;
    if (!this.element) {
      this.element = parent.appendChild(document.createElement("div"));
      if (this.class)
        this.element.className = this.class;
      this.element.style.cssText = "position: absolute; z-index: 50; pointer-events: none;";
      if (this.color) {
        this.element.style.backgroundColor = this.color;
      }
    }
    this.element.classList.toggle("prosemirror-dropcursor-block", isBlock);
    this.element.classList.toggle("prosemirror-dropcursor-inline", !isBlock);
    let parentLeft, parentTop;
    if (!parent || parent == document.body && getComputedStyle(parent).position == "static") {
      parentLeft = -pageXOffset;
      parentTop = -pageYOffset;
    } else {
      let rect2 = parent.getBoundingClientRect();
      let parentScaleX = rect2.width / parent.offsetWidth, parentScaleY = rect2.height / parent.offsetHeight;
      parentLeft = rect2.left - parent.scrollLeft * parentScaleX;
      parentTop = rect2.top - parent.scrollTop * parentScaleY;
    }
    this.element.style.left = (rect.left - parentLeft) / scaleX + "px";
    this.element.style.top = (rect.top - parentTop) / scaleY + "px";
    this.element.style.width = (rect.right - rect.left) / scaleX + "px";
    this.element.style.height = (rect.bottom - rect.top) / scaleY + "px";
  }
  scheduleRemoval(timeout) {
    clearTimeout(this.timeout);
    this.timeout = setTimeout(() => this.setCursor(null), timeout);
  }
  computeTarget(event) {
    let pos = this.editorView.posAtCoords({ left: event.clientX, top: event.clientY });
    let node = pos && pos.inside >= 0 && this.editorView.state.doc.nodeAt(pos.inside);
    let disableDropCursor = node && node.type.spec.disableDropCursor;
    let disabled = typeof disableDropCursor == "function" ? disableDropCursor(this.editorView, pos, event) : disableDropCursor;
    if (!pos || disabled)
      return null;
    let target = pos.pos;
    if (this.editorView.dragging && this.editorView.dragging.slice) {
      let point = dropPoint(this.editorView.state.doc, target, this.editorView.dragging.slice);
      if (point != null)
        target = point;
    }
    return target;
  }
  dragover(event) {
    if (!this.editorView.editable)
      return;
    this.lastDragEvent = event;
    let target = this.computeTarget(event);
    if (target != null) {
      this.setCursor(target);
      this.scheduleRemoval(5e3);
    }
  }
  dragend() {
    this.scheduleRemoval(20);
  }
  drop() {
    this.scheduleRemoval(20);
  }
  dragleave(event) {
    if (!this.editorView.dom.contains(event.relatedTarget))
      this.setCursor(null);
  }
};

// ../../node_modules/prosemirror-gapcursor/dist/index.js
var GapCursor = class _GapCursor extends Selection {
  /**
  Create a gap cursor.
  */
  constructor($pos) {
    super($pos, $pos);
  }
  map(doc, mapping) {
    let $pos = doc.resolve(mapping.map(this.head));
    return _GapCursor.valid($pos) ? new _GapCursor($pos) : Selection.near($pos);
  }
  content() {
    return Slice.empty;
  }
  eq(other) {
    return other instanceof _GapCursor && other.head == this.head;
  }
  toJSON() {
    return { type: "gapcursor", pos: this.head };
  }
  /**
  @internal
  */
  static fromJSON(doc, json) {
    if (typeof json.pos != "number")
      throw new RangeError("Invalid input for GapCursor.fromJSON");
    return new _GapCursor(doc.resolve(json.pos));
  }
  /**
  @internal
  */
  getBookmark() {
    return new GapBookmark(this.anchor);
  }
  /**
  @internal
  */
  static valid($pos) {
    let parent = $pos.parent;
    if (parent.inlineContent || !closedBefore($pos) || !closedAfter($pos))
      return false;
    let override = parent.type.spec.allowGapCursor;
    if (override != null)
      return override;
    let deflt = parent.contentMatchAt($pos.index()).defaultType;
    return deflt && deflt.isTextblock;
  }
  /**
  @internal
  */
  static findGapCursorFrom($pos, dir, mustMove = false) {
    search: for (; ; ) {
      if (!mustMove && _GapCursor.valid($pos))
        return $pos;
      let pos = $pos.pos, next = null;
      for (let d = $pos.depth; ; d--) {
        let parent = $pos.node(d);
        if (dir > 0 ? $pos.indexAfter(d) < parent.childCount : $pos.index(d) > 0) {
          next = parent.child(dir > 0 ? $pos.indexAfter(d) : $pos.index(d) - 1);
          break;
        } else if (d == 0) {
          return null;
        }
        pos += dir;
        let $cur = $pos.doc.resolve(pos);
        if (_GapCursor.valid($cur))
          return $cur;
      }
      for (; ; ) {
        let inside = dir > 0 ? next.firstChild : next.lastChild;
        if (!inside) {
          if (next.isAtom && !next.isText && !NodeSelection.isSelectable(next)) {
            $pos = $pos.doc.resolve(pos + next.nodeSize * dir);
            mustMove = false;
            continue search;
          }
          break;
        }
        next = inside;
        pos += dir;
        let $cur = $pos.doc.resolve(pos);
        if (_GapCursor.valid($cur))
          return $cur;
      }
      return null;
    }
  }
};
GapCursor.prototype.visible = false;
GapCursor.findFrom = GapCursor.findGapCursorFrom;
Selection.jsonID("gapcursor", GapCursor);
var GapBookmark = class _GapBookmark {
  constructor(pos) {
    this.pos = pos;
  }
  map(mapping) {
    return new _GapBookmark(mapping.map(this.pos));
  }
  resolve(doc) {
    let $pos = doc.resolve(this.pos);
    return GapCursor.valid($pos) ? new GapCursor($pos) : Selection.near($pos);
  }
};
function needsGap(type) {
  return type.isAtom || type.spec.isolating || type.spec.createGapCursor;
}
function closedBefore($pos) {
  for (let d = $pos.depth; d >= 0; d--) {
    let index = $pos.index(d), parent = $pos.node(d);
    if (index == 0) {
      if (parent.type.spec.isolating)
        return true;
      continue;
    }
    for (let before = parent.child(index - 1); ; before = before.lastChild) {
      if (before.childCount == 0 && !before.inlineContent || needsGap(before.type))
        return true;
      if (before.inlineContent)
        return false;
    }
  }
  return true;
}
function closedAfter($pos) {
  for (let d = $pos.depth; d >= 0; d--) {
    let index = $pos.indexAfter(d), parent = $pos.node(d);
    if (index == parent.childCount) {
      if (parent.type.spec.isolating)
        return true;
      continue;
    }
    for (let after = parent.child(index); ; after = after.firstChild) {
      if (after.childCount == 0 && !after.inlineContent || needsGap(after.type))
        return true;
      if (after.inlineContent)
        return false;
    }
  }
  return true;
}
function gapCursor() {
  return new Plugin({
    props: {
      decorations: drawGapCursor,
      createSelectionBetween(_view, $anchor, $head) {
        return $anchor.pos == $head.pos && GapCursor.valid($head) ? new GapCursor($head) : null;
      },
      handleClick,
      handleKeyDown,
      handleDOMEvents: { beforeinput }
    }
  });
}
var handleKeyDown = keydownHandler({
  "ArrowLeft": arrow("horiz", -1),
  "ArrowRight": arrow("horiz", 1),
  "ArrowUp": arrow("vert", -1),
  "ArrowDown": arrow("vert", 1)
});
function arrow(axis, dir) {
  const dirStr = axis == "vert" ? dir > 0 ? "down" : "up" : dir > 0 ? "right" : "left";
  return function(state, dispatch, view) {
    let sel = state.selection;
    let $start = dir > 0 ? sel.$to : sel.$from, mustMove = sel.empty;
    if (sel instanceof TextSelection) {
      if (!view.endOfTextblock(dirStr) || $start.depth == 0)
        return false;
      mustMove = false;
      $start = state.doc.resolve(dir > 0 ? $start.after() : $start.before());
    }
    let $found = GapCursor.findGapCursorFrom($start, dir, mustMove);
    if (!$found)
      return false;
    if (dispatch)
      dispatch(state.tr.setSelection(new GapCursor($found)));
    return true;
  };
}
function handleClick(view, pos, event) {
  if (!view || !view.editable)
    return false;
  let $pos = view.state.doc.resolve(pos);
  if (!GapCursor.valid($pos))
    return false;
  let clickPos = view.posAtCoords({ left: event.clientX, top: event.clientY });
  if (clickPos && clickPos.inside > -1 && NodeSelection.isSelectable(view.state.doc.nodeAt(clickPos.inside)))
    return false;
  view.dispatch(view.state.tr.setSelection(new GapCursor($pos)));
  return true;
}
function beforeinput(view, event) {
  if (event.inputType != "insertCompositionText" || !(view.state.selection instanceof GapCursor))
    return false;
  let { $from } = view.state.selection;
  let insert = $from.parent.contentMatchAt($from.index()).findWrapping(view.state.schema.nodes.text);
  if (!insert)
    return false;
  let frag = Fragment.empty;
  for (let i = insert.length - 1; i >= 0; i--)
    frag = Fragment.from(insert[i].createAndFill(null, frag));
  let tr = view.state.tr.replace($from.pos, $from.pos, new Slice(frag, 0, 0));
  tr.setSelection(TextSelection.near(tr.doc.resolve($from.pos + 1)));
  view.dispatch(tr);
  return false;
}
function drawGapCursor(state) {
  if (!(state.selection instanceof GapCursor))
    return null;
  let node = document.createElement("div");
  node.className = "ProseMirror-gapcursor";
  return DecorationSet.create(state.doc, [Decoration.widget(state.selection.head, node, { key: "gapcursor" })]);
}

// ../../node_modules/rope-sequence/dist/index.js
var GOOD_LEAF_SIZE = 200;
var RopeSequence = function RopeSequence2() {
};
RopeSequence.prototype.append = function append(other) {
  if (!other.length) {
    return this;
  }
  other = RopeSequence.from(other);
  return !this.length && other || other.length < GOOD_LEAF_SIZE && this.leafAppend(other) || this.length < GOOD_LEAF_SIZE && other.leafPrepend(this) || this.appendInner(other);
};
RopeSequence.prototype.prepend = function prepend(other) {
  if (!other.length) {
    return this;
  }
  return RopeSequence.from(other).append(this);
};
RopeSequence.prototype.appendInner = function appendInner(other) {
  return new Append(this, other);
};
RopeSequence.prototype.slice = function slice(from2, to) {
  if (from2 === void 0) from2 = 0;
  if (to === void 0) to = this.length;
  if (from2 >= to) {
    return RopeSequence.empty;
  }
  return this.sliceInner(Math.max(0, from2), Math.min(this.length, to));
};
RopeSequence.prototype.get = function get(i) {
  if (i < 0 || i >= this.length) {
    return void 0;
  }
  return this.getInner(i);
};
RopeSequence.prototype.forEach = function forEach3(f, from2, to) {
  if (from2 === void 0) from2 = 0;
  if (to === void 0) to = this.length;
  if (from2 <= to) {
    this.forEachInner(f, from2, to, 0);
  } else {
    this.forEachInvertedInner(f, from2, to, 0);
  }
};
RopeSequence.prototype.map = function map(f, from2, to) {
  if (from2 === void 0) from2 = 0;
  if (to === void 0) to = this.length;
  var result = [];
  this.forEach(function(elt, i) {
    return result.push(f(elt, i));
  }, from2, to);
  return result;
};
RopeSequence.from = function from(values) {
  if (values instanceof RopeSequence) {
    return values;
  }
  return values && values.length ? new Leaf(values) : RopeSequence.empty;
};
var Leaf = /* @__PURE__ */ (function(RopeSequence3) {
  function Leaf2(values) {
    RopeSequence3.call(this);
    this.values = values;
  }
  if (RopeSequence3) Leaf2.__proto__ = RopeSequence3;
  Leaf2.prototype = Object.create(RopeSequence3 && RopeSequence3.prototype);
  Leaf2.prototype.constructor = Leaf2;
  var prototypeAccessors = { length: { configurable: true }, depth: { configurable: true } };
  Leaf2.prototype.flatten = function flatten() {
    return this.values;
  };
  Leaf2.prototype.sliceInner = function sliceInner(from2, to) {
    if (from2 == 0 && to == this.length) {
      return this;
    }
    return new Leaf2(this.values.slice(from2, to));
  };
  Leaf2.prototype.getInner = function getInner(i) {
    return this.values[i];
  };
  Leaf2.prototype.forEachInner = function forEachInner(f, from2, to, start) {
    for (var i = from2; i < to; i++) {
      if (f(this.values[i], start + i) === false) {
        return false;
      }
    }
  };
  Leaf2.prototype.forEachInvertedInner = function forEachInvertedInner(f, from2, to, start) {
    for (var i = from2 - 1; i >= to; i--) {
      if (f(this.values[i], start + i) === false) {
        return false;
      }
    }
  };
  Leaf2.prototype.leafAppend = function leafAppend(other) {
    if (this.length + other.length <= GOOD_LEAF_SIZE) {
      return new Leaf2(this.values.concat(other.flatten()));
    }
  };
  Leaf2.prototype.leafPrepend = function leafPrepend(other) {
    if (this.length + other.length <= GOOD_LEAF_SIZE) {
      return new Leaf2(other.flatten().concat(this.values));
    }
  };
  prototypeAccessors.length.get = function() {
    return this.values.length;
  };
  prototypeAccessors.depth.get = function() {
    return 0;
  };
  Object.defineProperties(Leaf2.prototype, prototypeAccessors);
  return Leaf2;
})(RopeSequence);
RopeSequence.empty = new Leaf([]);
var Append = /* @__PURE__ */ (function(RopeSequence3) {
  function Append2(left, right) {
    RopeSequence3.call(this);
    this.left = left;
    this.right = right;
    this.length = left.length + right.length;
    this.depth = Math.max(left.depth, right.depth) + 1;
  }
  if (RopeSequence3) Append2.__proto__ = RopeSequence3;
  Append2.prototype = Object.create(RopeSequence3 && RopeSequence3.prototype);
  Append2.prototype.constructor = Append2;
  Append2.prototype.flatten = function flatten() {
    return this.left.flatten().concat(this.right.flatten());
  };
  Append2.prototype.getInner = function getInner(i) {
    return i < this.left.length ? this.left.get(i) : this.right.get(i - this.left.length);
  };
  Append2.prototype.forEachInner = function forEachInner(f, from2, to, start) {
    var leftLen = this.left.length;
    if (from2 < leftLen && this.left.forEachInner(f, from2, Math.min(to, leftLen), start) === false) {
      return false;
    }
    if (to > leftLen && this.right.forEachInner(f, Math.max(from2 - leftLen, 0), Math.min(this.length, to) - leftLen, start + leftLen) === false) {
      return false;
    }
  };
  Append2.prototype.forEachInvertedInner = function forEachInvertedInner(f, from2, to, start) {
    var leftLen = this.left.length;
    if (from2 > leftLen && this.right.forEachInvertedInner(f, from2 - leftLen, Math.max(to, leftLen) - leftLen, start + leftLen) === false) {
      return false;
    }
    if (to < leftLen && this.left.forEachInvertedInner(f, Math.min(from2, leftLen), to, start) === false) {
      return false;
    }
  };
  Append2.prototype.sliceInner = function sliceInner(from2, to) {
    if (from2 == 0 && to == this.length) {
      return this;
    }
    var leftLen = this.left.length;
    if (to <= leftLen) {
      return this.left.slice(from2, to);
    }
    if (from2 >= leftLen) {
      return this.right.slice(from2 - leftLen, to - leftLen);
    }
    return this.left.slice(from2, leftLen).append(this.right.slice(0, to - leftLen));
  };
  Append2.prototype.leafAppend = function leafAppend(other) {
    var inner = this.right.leafAppend(other);
    if (inner) {
      return new Append2(this.left, inner);
    }
  };
  Append2.prototype.leafPrepend = function leafPrepend(other) {
    var inner = this.left.leafPrepend(other);
    if (inner) {
      return new Append2(inner, this.right);
    }
  };
  Append2.prototype.appendInner = function appendInner2(other) {
    if (this.left.depth >= Math.max(this.right.depth, other.depth) + 1) {
      return new Append2(this.left, new Append2(this.right, other));
    }
    return new Append2(this, other);
  };
  return Append2;
})(RopeSequence);
var dist_default = RopeSequence;

// ../../node_modules/prosemirror-history/dist/index.js
var max_empty_items = 500;
var Branch = class _Branch {
  constructor(items, eventCount) {
    this.items = items;
    this.eventCount = eventCount;
  }
  // Pop the latest event off the branch's history and apply it
  // to a document transform.
  popEvent(state, preserveItems) {
    if (this.eventCount == 0)
      return null;
    let end = this.items.length;
    for (; ; end--) {
      let next = this.items.get(end - 1);
      if (next.selection) {
        --end;
        break;
      }
    }
    let remap, mapFrom;
    if (preserveItems) {
      remap = this.remapping(end, this.items.length);
      mapFrom = remap.maps.length;
    }
    let transform = state.tr;
    let selection, remaining;
    let addAfter = [], addBefore = [];
    this.items.forEach((item, i) => {
      if (!item.step) {
        if (!remap) {
          remap = this.remapping(end, i + 1);
          mapFrom = remap.maps.length;
        }
        mapFrom--;
        addBefore.push(item);
        return;
      }
      if (remap) {
        addBefore.push(new Item(item.map));
        let step = item.step.map(remap.slice(mapFrom)), map2;
        if (step && transform.maybeStep(step).doc) {
          map2 = transform.mapping.maps[transform.mapping.maps.length - 1];
          addAfter.push(new Item(map2, void 0, void 0, addAfter.length + addBefore.length));
        }
        mapFrom--;
        if (map2)
          remap.appendMap(map2, mapFrom);
      } else {
        transform.maybeStep(item.step);
      }
      if (item.selection) {
        selection = remap ? item.selection.map(remap.slice(mapFrom)) : item.selection;
        remaining = new _Branch(this.items.slice(0, end).append(addBefore.reverse().concat(addAfter)), this.eventCount - 1);
        return false;
      }
    }, this.items.length, 0);
    return { remaining, transform, selection };
  }
  // Create a new branch with the given transform added.
  addTransform(transform, selection, histOptions, preserveItems) {
    let newItems = [], eventCount = this.eventCount;
    let oldItems = this.items, lastItem = !preserveItems && oldItems.length ? oldItems.get(oldItems.length - 1) : null;
    for (let i = 0; i < transform.steps.length; i++) {
      let step = transform.steps[i].invert(transform.docs[i]);
      let item = new Item(transform.mapping.maps[i], step, selection), merged;
      if (merged = lastItem && lastItem.merge(item)) {
        item = merged;
        if (i)
          newItems.pop();
        else
          oldItems = oldItems.slice(0, oldItems.length - 1);
      }
      newItems.push(item);
      if (selection) {
        eventCount++;
        selection = void 0;
      }
      if (!preserveItems)
        lastItem = item;
    }
    let overflow = eventCount - histOptions.depth;
    if (overflow > DEPTH_OVERFLOW) {
      oldItems = cutOffEvents(oldItems, overflow);
      eventCount -= overflow;
    }
    return new _Branch(oldItems.append(newItems), eventCount);
  }
  remapping(from2, to) {
    let maps = new Mapping();
    this.items.forEach((item, i) => {
      let mirrorPos = item.mirrorOffset != null && i - item.mirrorOffset >= from2 ? maps.maps.length - item.mirrorOffset : void 0;
      maps.appendMap(item.map, mirrorPos);
    }, from2, to);
    return maps;
  }
  addMaps(array) {
    if (this.eventCount == 0)
      return this;
    return new _Branch(this.items.append(array.map((map2) => new Item(map2))), this.eventCount);
  }
  // When the collab module receives remote changes, the history has
  // to know about those, so that it can adjust the steps that were
  // rebased on top of the remote changes, and include the position
  // maps for the remote changes in its array of items.
  rebased(rebasedTransform, rebasedCount) {
    if (!this.eventCount)
      return this;
    rebasedCount = Math.min(this.items.length, rebasedCount);
    let rebasedItems = [], start = this.items.length - rebasedCount;
    let mapping = rebasedTransform.mapping;
    let newUntil = rebasedTransform.steps.length;
    let eventCount = this.eventCount;
    this.items.forEach((item) => {
      if (item.selection)
        eventCount--;
    }, start);
    let iRebased = rebasedCount;
    this.items.forEach((item) => {
      let pos = mapping.getMirror(--iRebased);
      if (pos == null)
        return;
      newUntil = Math.min(newUntil, pos);
      let map2 = mapping.maps[pos];
      if (item.step) {
        let step = rebasedTransform.steps[pos].invert(rebasedTransform.docs[pos]);
        let selection = item.selection && item.selection.map(mapping.slice(iRebased + 1, pos));
        if (selection)
          eventCount++;
        rebasedItems.push(new Item(map2, step, selection));
      } else {
        rebasedItems.push(new Item(map2));
      }
    }, start);
    let newMaps = [];
    for (let i = rebasedCount; i < newUntil; i++)
      newMaps.push(new Item(mapping.maps[i]));
    let items = this.items.slice(0, start).append(newMaps).append(rebasedItems);
    let branch = new _Branch(items, eventCount);
    if (branch.emptyItemCount() > max_empty_items)
      branch = branch.compress(this.items.length - rebasedItems.length);
    return branch;
  }
  emptyItemCount() {
    let count = 0;
    this.items.forEach((item) => {
      if (!item.step)
        count++;
    });
    return count;
  }
  // Compressing a branch means rewriting it to push the air (map-only
  // items) out. During collaboration, these naturally accumulate
  // because each remote change adds one. The `upto` argument is used
  // to ensure that only the items below a given level are compressed,
  // because `rebased` relies on a clean, untouched set of items in
  // order to associate old items with rebased steps.
  compress(upto = this.items.length) {
    let remap = this.remapping(0, upto), mapFrom = remap.maps.length;
    let items = [], events = 0;
    this.items.forEach((item, i) => {
      if (i >= upto) {
        items.push(item);
        if (item.selection)
          events++;
      } else if (item.step) {
        let step = item.step.map(remap.slice(mapFrom)), map2 = step && step.getMap();
        mapFrom--;
        if (map2)
          remap.appendMap(map2, mapFrom);
        if (step) {
          let selection = item.selection && item.selection.map(remap.slice(mapFrom));
          if (selection)
            events++;
          let newItem = new Item(map2.invert(), step, selection), merged, last = items.length - 1;
          if (merged = items.length && items[last].merge(newItem))
            items[last] = merged;
          else
            items.push(newItem);
        }
      } else if (item.map) {
        mapFrom--;
      }
    }, this.items.length, 0);
    return new _Branch(dist_default.from(items.reverse()), events);
  }
};
Branch.empty = new Branch(dist_default.empty, 0);
function cutOffEvents(items, n) {
  let cutPoint;
  items.forEach((item, i) => {
    if (item.selection && n-- == 0) {
      cutPoint = i;
      return false;
    }
  });
  return items.slice(cutPoint);
}
var Item = class _Item {
  constructor(map2, step, selection, mirrorOffset) {
    this.map = map2;
    this.step = step;
    this.selection = selection;
    this.mirrorOffset = mirrorOffset;
  }
  merge(other) {
    if (this.step && other.step && !other.selection) {
      let step = other.step.merge(this.step);
      if (step)
        return new _Item(step.getMap().invert(), step, this.selection);
    }
  }
};
var HistoryState = class {
  constructor(done, undone, prevRanges, prevTime, prevComposition) {
    this.done = done;
    this.undone = undone;
    this.prevRanges = prevRanges;
    this.prevTime = prevTime;
    this.prevComposition = prevComposition;
  }
};
var DEPTH_OVERFLOW = 20;
function applyTransaction(history2, state, tr, options) {
  let historyTr = tr.getMeta(historyKey), rebased;
  if (historyTr)
    return historyTr.historyState;
  if (tr.getMeta(closeHistoryKey))
    history2 = new HistoryState(history2.done, history2.undone, null, 0, -1);
  let appended = tr.getMeta("appendedTransaction");
  if (tr.steps.length == 0) {
    return history2;
  } else if (appended && appended.getMeta(historyKey)) {
    if (appended.getMeta(historyKey).redo)
      return new HistoryState(history2.done.addTransform(tr, void 0, options, mustPreserveItems(state)), history2.undone, rangesFor(tr.mapping.maps), history2.prevTime, history2.prevComposition);
    else
      return new HistoryState(history2.done, history2.undone.addTransform(tr, void 0, options, mustPreserveItems(state)), null, history2.prevTime, history2.prevComposition);
  } else if (tr.getMeta("addToHistory") !== false && !(appended && appended.getMeta("addToHistory") === false)) {
    let composition = tr.getMeta("composition");
    let newGroup = history2.prevTime == 0 || !appended && history2.prevComposition != composition && (history2.prevTime < (tr.time || 0) - options.newGroupDelay || !isAdjacentTo(tr, history2.prevRanges));
    let prevRanges = appended ? mapRanges(history2.prevRanges, tr.mapping) : rangesFor(tr.mapping.maps);
    return new HistoryState(history2.done.addTransform(tr, newGroup ? state.selection.getBookmark() : void 0, options, mustPreserveItems(state)), Branch.empty, prevRanges, tr.time, composition == null ? history2.prevComposition : composition);
  } else if (rebased = tr.getMeta("rebased")) {
    return new HistoryState(history2.done.rebased(tr, rebased), history2.undone.rebased(tr, rebased), mapRanges(history2.prevRanges, tr.mapping), history2.prevTime, history2.prevComposition);
  } else {
    return new HistoryState(history2.done.addMaps(tr.mapping.maps), history2.undone.addMaps(tr.mapping.maps), mapRanges(history2.prevRanges, tr.mapping), history2.prevTime, history2.prevComposition);
  }
}
function isAdjacentTo(transform, prevRanges) {
  if (!prevRanges)
    return false;
  if (!transform.docChanged)
    return true;
  let adjacent = false;
  transform.mapping.maps[0].forEach((start, end) => {
    for (let i = 0; i < prevRanges.length; i += 2)
      if (start <= prevRanges[i + 1] && end >= prevRanges[i])
        adjacent = true;
  });
  return adjacent;
}
function rangesFor(maps) {
  let result = [];
  for (let i = maps.length - 1; i >= 0 && result.length == 0; i--)
    maps[i].forEach((_from, _to, from2, to) => result.push(from2, to));
  return result;
}
function mapRanges(ranges, mapping) {
  if (!ranges)
    return null;
  let result = [];
  for (let i = 0; i < ranges.length; i += 2) {
    let from2 = mapping.map(ranges[i], 1), to = mapping.map(ranges[i + 1], -1);
    if (from2 <= to)
      result.push(from2, to);
  }
  return result;
}
function histTransaction(history2, state, redo2) {
  let preserveItems = mustPreserveItems(state);
  let histOptions = historyKey.get(state).spec.config;
  let pop = (redo2 ? history2.undone : history2.done).popEvent(state, preserveItems);
  if (!pop)
    return null;
  let selection = pop.selection.resolve(pop.transform.doc);
  let added = (redo2 ? history2.done : history2.undone).addTransform(pop.transform, state.selection.getBookmark(), histOptions, preserveItems);
  let newHist = new HistoryState(redo2 ? added : pop.remaining, redo2 ? pop.remaining : added, null, 0, -1);
  return pop.transform.setSelection(selection).setMeta(historyKey, { redo: redo2, historyState: newHist });
}
var cachedPreserveItems = false;
var cachedPreserveItemsPlugins = null;
function mustPreserveItems(state) {
  let plugins = state.plugins;
  if (cachedPreserveItemsPlugins != plugins) {
    cachedPreserveItems = false;
    cachedPreserveItemsPlugins = plugins;
    for (let i = 0; i < plugins.length; i++)
      if (plugins[i].spec.historyPreserveItems) {
        cachedPreserveItems = true;
        break;
      }
  }
  return cachedPreserveItems;
}
var historyKey = new PluginKey("history");
var closeHistoryKey = new PluginKey("closeHistory");
function history(config = {}) {
  config = {
    depth: config.depth || 100,
    newGroupDelay: config.newGroupDelay || 500
  };
  return new Plugin({
    key: historyKey,
    state: {
      init() {
        return new HistoryState(Branch.empty, Branch.empty, null, 0, -1);
      },
      apply(tr, hist, state) {
        return applyTransaction(hist, state, tr, config);
      }
    },
    config,
    props: {
      handleDOMEvents: {
        beforeinput(view, e) {
          let inputType = e.inputType;
          let command4 = inputType == "historyUndo" ? undo : inputType == "historyRedo" ? redo : null;
          if (!command4 || !view.editable)
            return false;
          e.preventDefault();
          return command4(view.state, view.dispatch);
        }
      }
    }
  });
}
function buildCommand(redo2, scroll) {
  return (state, dispatch) => {
    let hist = historyKey.getState(state);
    if (!hist || (redo2 ? hist.undone : hist.done).eventCount == 0)
      return false;
    if (dispatch) {
      let tr = histTransaction(hist, state, redo2);
      if (tr)
        dispatch(scroll ? tr.scrollIntoView() : tr);
    }
    return true;
  };
}
var undo = buildCommand(false, true);
var redo = buildCommand(true, true);
var undoNoScroll = buildCommand(false, false);
var redoNoScroll = buildCommand(true, false);

// ../../node_modules/@tiptap/starter-kit/node_modules/@tiptap/extensions/dist/index.js
var CharacterCount = Extension3.create({
  name: "characterCount",
  addOptions() {
    return {
      limit: null,
      autoTrim: true,
      mode: "textSize",
      textCounter: (text) => text.length,
      wordCounter: (text) => text.split(" ").filter((word) => word !== "").length
    };
  },
  addStorage() {
    return {
      characters: () => 0,
      words: () => 0
    };
  },
  onBeforeCreate() {
    this.storage.characters = (options) => {
      const node = (options === null || options === void 0 ? void 0 : options.node) || this.editor.state.doc;
      if (((options === null || options === void 0 ? void 0 : options.mode) || this.options.mode) === "textSize") {
        const text = node.textBetween(0, node.content.size, void 0, " ");
        return this.options.textCounter(text);
      }
      return node.nodeSize;
    };
    this.storage.words = (options) => {
      const node = (options === null || options === void 0 ? void 0 : options.node) || this.editor.state.doc;
      const text = node.textBetween(0, node.content.size, " ", " ");
      return this.options.wordCounter(text);
    };
  },
  addProseMirrorPlugins() {
    let initialEvaluationDone = false;
    return [new Plugin({
      key: new PluginKey("characterCount"),
      appendTransaction: (transactions, oldState, newState) => {
        if (initialEvaluationDone) return;
        const limit = this.options.limit;
        const autoTrim = this.options.autoTrim;
        if (limit === null || limit === void 0 || limit === 0 || autoTrim === false) {
          initialEvaluationDone = true;
          return;
        }
        const initialContentSize = this.storage.characters({ node: newState.doc });
        if (initialContentSize > limit) {
          const over = initialContentSize - limit;
          const from2 = 0;
          const to = over;
          console.warn(`[CharacterCount] Initial content exceeded limit of ${limit} characters. Content was automatically trimmed.`);
          const tr = newState.tr.deleteRange(from2, to);
          initialEvaluationDone = true;
          return tr;
        }
        initialEvaluationDone = true;
      },
      filterTransaction: (transaction, state) => {
        const limit = this.options.limit;
        if (!transaction.docChanged || limit === 0 || limit === null || limit === void 0) return true;
        const oldSize = this.storage.characters({ node: state.doc });
        const newSize = this.storage.characters({ node: transaction.doc });
        if (newSize <= limit) return true;
        if (oldSize > limit && newSize > limit && newSize <= oldSize) return true;
        if (oldSize > limit && newSize > limit && newSize > oldSize) return false;
        if (!transaction.getMeta("paste")) return false;
        const pos = transaction.selection.$head.pos;
        const from2 = pos - (newSize - limit);
        const to = pos;
        transaction.deleteRange(from2, to);
        if (this.storage.characters({ node: transaction.doc }) > limit) return false;
        return true;
      }
    })];
  }
});
var Dropcursor = Extension3.create({
  name: "dropCursor",
  addOptions() {
    return {
      color: "currentColor",
      width: 1,
      class: void 0
    };
  },
  addProseMirrorPlugins() {
    return [dropCursor(this.options)];
  }
});
var Focus = Extension3.create({
  name: "focus",
  addOptions() {
    return {
      className: "has-focus",
      mode: "all"
    };
  },
  addProseMirrorPlugins() {
    return [new Plugin({
      key: new PluginKey("focus"),
      props: { decorations: ({ doc, selection }) => {
        const { isEditable, isFocused } = this.editor;
        const { anchor } = selection;
        const decorations = [];
        if (!isEditable || !isFocused) return DecorationSet.create(doc, []);
        let maxLevels = 0;
        if (this.options.mode === "deepest") doc.descendants((node, pos) => {
          if (node.isText) return;
          if (!(anchor >= pos && anchor <= pos + node.nodeSize - 1)) return false;
          maxLevels += 1;
        });
        let currentLevel = 0;
        doc.descendants((node, pos) => {
          if (node.isText) return false;
          if (!(anchor >= pos && anchor <= pos + node.nodeSize - 1)) return false;
          currentLevel += 1;
          if (this.options.mode === "deepest" && maxLevels - currentLevel > 0 || this.options.mode === "shallowest" && currentLevel > 1) return this.options.mode === "deepest";
          decorations.push(Decoration.node(pos, pos + node.nodeSize, { class: this.options.className }));
        });
        return DecorationSet.create(doc, decorations);
      } }
    })];
  }
});
var Gapcursor = Extension3.create({
  name: "gapCursor",
  addProseMirrorPlugins() {
    return [gapCursor()];
  },
  extendNodeSchema(extension) {
    var _callOrReturn;
    const context = {
      name: extension.name,
      options: extension.options,
      storage: extension.storage
    };
    return { allowGapCursor: (_callOrReturn = callOrReturn2(getExtensionField2(extension, "allowGapCursor", context))) !== null && _callOrReturn !== void 0 ? _callOrReturn : null };
  }
});
var DEFAULT_DATA_ATTRIBUTE = "placeholder";
var PLUGIN_KEY = new PluginKey("tiptap__placeholder");
function createPlaceholderDecoration(options) {
  const { editor, placeholder, dataAttribute, pos, node, isEmptyDoc, hasAnchor, classes: { emptyNode, emptyEditor } } = options;
  const classes = [emptyNode];
  if (isEmptyDoc) classes.push(emptyEditor);
  return Decoration.node(pos, pos + node.nodeSize, {
    class: classes.join(" "),
    [dataAttribute]: typeof placeholder === "function" ? placeholder({
      editor,
      node,
      pos,
      hasAnchor
    }) : placeholder
  });
}
function resolveEmptyNodeClass(emptyNodeClass, props) {
  return typeof emptyNodeClass === "function" ? emptyNodeClass(props) : emptyNodeClass;
}
function scanRangeForDecorations({ editor, options, dataAttribute, doc, selection, from: from2, to }) {
  const { anchor } = selection;
  const decorations = [];
  const isEmptyDoc = editor.isEmpty;
  doc.nodesBetween(from2, to, (node, pos) => {
    const hasAnchor = anchor >= pos && anchor <= pos + node.nodeSize;
    const isEmpty = !node.isLeaf && isNodeEmpty2(node);
    if (!node.type.isTextblock) return options.includeChildren;
    if ((hasAnchor || !options.showOnlyCurrent) && isEmpty) decorations.push(createPlaceholderDecoration({
      editor,
      isEmptyDoc,
      dataAttribute,
      hasAnchor,
      placeholder: options.placeholder,
      classes: {
        emptyEditor: options.emptyEditorClass,
        emptyNode: resolveEmptyNodeClass(options.emptyNodeClass, {
          editor,
          node,
          pos,
          hasAnchor
        })
      },
      node,
      pos
    }));
    return options.includeChildren;
  });
  return decorations;
}
function buildPlaceholderDecorations({ editor, options, dataAttribute, doc, selection }) {
  if (!(editor.isEditable || !options.showOnlyWhenEditable)) return null;
  const { anchor } = selection;
  const decorations = [];
  const isEmptyDoc = editor.isEmpty;
  if (options.showOnlyCurrent && !options.includeChildren) {
    const resolved = doc.resolve(anchor);
    const node = resolved.depth > 0 ? resolved.node(1) : resolved.nodeAfter;
    const nodeStart = resolved.depth > 0 ? resolved.before(1) : anchor;
    if (node && node.type.isTextblock && isNodeEmpty2(node)) {
      const hasAnchor = anchor >= nodeStart && anchor <= nodeStart + node.nodeSize;
      decorations.push(createPlaceholderDecoration({
        editor,
        isEmptyDoc,
        dataAttribute,
        hasAnchor,
        placeholder: options.placeholder,
        classes: {
          emptyEditor: options.emptyEditorClass,
          emptyNode: resolveEmptyNodeClass(options.emptyNodeClass, {
            editor,
            node,
            pos: nodeStart,
            hasAnchor
          })
        },
        node,
        pos: nodeStart
      }));
    }
  } else decorations.push(...scanRangeForDecorations({
    editor,
    options,
    dataAttribute,
    doc,
    selection,
    from: 0,
    to: doc.content.size
  }));
  return DecorationSet.create(doc, decorations);
}
function resolveTopLevelRange(doc, pos) {
  const resolved = doc.resolve(pos);
  if (resolved.depth === 0) {
    var _resolved$nodeAfter;
    const node = (_resolved$nodeAfter = resolved.nodeAfter) !== null && _resolved$nodeAfter !== void 0 ? _resolved$nodeAfter : resolved.nodeBefore;
    if (!node) return {
      from: pos,
      to: pos
    };
    const nodePos = resolved.nodeAfter ? pos : pos - node.nodeSize;
    return {
      from: nodePos,
      to: nodePos + node.nodeSize
    };
  }
  const topLevelPos = resolved.before(1);
  return {
    from: topLevelPos,
    to: topLevelPos + resolved.node(1).nodeSize
  };
}
function toContentRelativeRange(doc, range) {
  return {
    from: Math.max(0, range.from - 1),
    to: Math.min(doc.content.size, range.to - 1)
  };
}
function getTopLevelBlocksInRange(doc, from2, to) {
  const ranges = [];
  doc.forEach((node, offset) => {
    const nodeStart = offset;
    const nodeEnd = nodeStart + node.nodeSize;
    const absNodeStart = nodeStart + 1;
    const absNodeEnd = nodeEnd + 1;
    if (absNodeStart < to && absNodeEnd > from2) ranges.push({
      from: nodeStart,
      to: nodeEnd
    });
  });
  return ranges;
}
function mergeRanges(ranges) {
  if (ranges.length === 0) return [];
  const sorted = [...ranges].sort((a, b2) => a.from - b2.from);
  const merged = [{ ...sorted[0] }];
  for (let i = 1; i < sorted.length; i += 1) {
    const last = merged[merged.length - 1];
    const current = sorted[i];
    if (current.from <= last.to) last.to = Math.max(last.to, current.to);
    else merged.push({ ...current });
  }
  return merged;
}
function collectBlocksForChange(doc, change) {
  const ranges = getTopLevelBlocksInRange(doc, change.from, change.to);
  ranges.push(toContentRelativeRange(doc, resolveTopLevelRange(doc, change.from)));
  if (change.to > change.from) ranges.push(toContentRelativeRange(doc, resolveTopLevelRange(doc, Math.min(change.to, doc.content.size + 1) - 1)));
  else if (change.from < doc.content.size + 1) ranges.push(toContentRelativeRange(doc, resolveTopLevelRange(doc, Math.min(change.from + 1, doc.content.size))));
  return ranges;
}
function collectRescanRanges(tr, oldState, newState) {
  const ranges = [];
  if (tr.docChanged) {
    const changes = getChangedRanges2(tr);
    for (const change of changes) ranges.push(...collectBlocksForChange(newState.doc, change.newRange));
  }
  if (tr.selectionSet) {
    ranges.push(toContentRelativeRange(newState.doc, resolveTopLevelRange(newState.doc, tr.mapping.map(oldState.selection.anchor))));
    ranges.push(toContentRelativeRange(newState.doc, resolveTopLevelRange(newState.doc, newState.selection.anchor)));
  }
  return mergeRanges(ranges);
}
function clampRange(from2, to, doc) {
  const clampedFrom = Math.max(0, Math.min(from2, doc.content.size));
  return {
    from: clampedFrom,
    to: Math.max(clampedFrom, Math.min(to, doc.content.size))
  };
}
function updateDecorationsInRanges({ decorations, ranges, editor, options, dataAttribute, doc, selection }) {
  let next = decorations;
  for (const range of ranges) {
    const { from: from2, to } = clampRange(range.from, range.to, doc);
    const existing = next.find(from2, to).filter((decoration) => decoration.from >= from2 && decoration.to <= to);
    if (existing.length) next = next.remove(existing);
    const newDecos = scanRangeForDecorations({
      editor,
      options,
      dataAttribute,
      doc,
      selection,
      from: from2,
      to
    });
    if (newDecos.length) next = next.add(doc, newDecos);
  }
  return next;
}
function createPlaceholderStateField({ editor, options, dataAttribute }) {
  return {
    init(_config, state) {
      const decorations = buildPlaceholderDecorations({
        editor,
        options,
        dataAttribute,
        doc: state.doc,
        selection: state.selection
      });
      return decorations !== null && decorations !== void 0 ? decorations : DecorationSet.empty;
    },
    apply(tr, prev, oldState, newState) {
      if (!tr.docChanged && !tr.selectionSet) return prev;
      return updateDecorationsInRanges({
        decorations: prev.map(tr.mapping, tr.doc),
        ranges: collectRescanRanges(tr, oldState, newState),
        editor,
        options,
        dataAttribute,
        doc: newState.doc,
        selection: newState.selection
      });
    }
  };
}
function preparePlaceholderAttribute(attr) {
  return attr.replace(/\s+/g, "-").replace(/[^a-zA-Z0-9-]/g, "").replace(/^[0-9-]+/, "").replace(/^-+/, "").toLowerCase();
}
function createPlaceholderPlugin({ editor, options }) {
  const dataAttribute = options.dataAttribute ? `data-${preparePlaceholderAttribute(options.dataAttribute)}` : `data-${DEFAULT_DATA_ATTRIBUTE}`;
  const useResolvedPath = options.showOnlyCurrent && !options.includeChildren;
  return new Plugin({
    key: PLUGIN_KEY,
    ...useResolvedPath ? {} : { state: createPlaceholderStateField({
      editor,
      options,
      dataAttribute
    }) },
    props: { decorations: useResolvedPath ? ({ doc, selection }) => buildPlaceholderDecorations({
      editor,
      options,
      dataAttribute,
      doc,
      selection
    }) : (state) => {
      var _PLUGIN_KEY$getState;
      if (options.showOnlyWhenEditable && !editor.isEditable) return DecorationSet.empty;
      return (_PLUGIN_KEY$getState = PLUGIN_KEY.getState(state)) !== null && _PLUGIN_KEY$getState !== void 0 ? _PLUGIN_KEY$getState : DecorationSet.empty;
    } }
  });
}
var Placeholder = Extension3.create({
  name: "placeholder",
  addOptions() {
    return {
      emptyEditorClass: "is-editor-empty",
      emptyNodeClass: "is-empty",
      dataAttribute: DEFAULT_DATA_ATTRIBUTE,
      placeholder: "Write something \u2026",
      showOnlyWhenEditable: true,
      showOnlyCurrent: true,
      includeChildren: false
    };
  },
  addProseMirrorPlugins() {
    return [createPlaceholderPlugin({
      editor: this.editor,
      options: this.options
    })];
  }
});
function shouldSyncDomSelection(state, editor) {
  return !state.selection.empty && !isNodeSelection(state.selection) && editor.isEditable;
}
function shouldPreserveSelection(state, editor) {
  return shouldSyncDomSelection(state, editor) && !editor.isFocused && !editor.view.dragging;
}
function clearDomSelection() {
  var _window$getSelection;
  (_window$getSelection = window.getSelection()) === null || _window$getSelection === void 0 || _window$getSelection.removeAllRanges();
}
function restoreDomSelection(view) {
  view.focus();
}
var Selection2 = Extension3.create({
  name: "selection",
  addOptions() {
    return { className: "selection" };
  },
  addProseMirrorPlugins() {
    const { editor, options } = this;
    return [new Plugin({
      key: new PluginKey("selection"),
      props: {
        decorations(state) {
          if (!shouldPreserveSelection(state, editor)) return null;
          return DecorationSet.create(state.doc, [Decoration.inline(state.selection.from, state.selection.to, { class: options.className })]);
        },
        handleDOMEvents: {
          blur(view) {
            if (!shouldSyncDomSelection(view.state, editor)) return false;
            clearDomSelection();
            return false;
          },
          focus(view) {
            if (!shouldSyncDomSelection(view.state, editor)) return false;
            requestAnimationFrame(() => {
              if (!editor.isDestroyed && view.hasFocus()) restoreDomSelection(view);
            });
            return false;
          }
        }
      }
    })];
  }
});
function nodeEqualsType({ types, node }) {
  return node && Array.isArray(types) && types.includes(node.type) || (node === null || node === void 0 ? void 0 : node.type) === types;
}
var TrailingNode = Extension3.create({
  name: "trailingNode",
  addOptions() {
    return {
      node: void 0,
      notAfter: []
    };
  },
  addProseMirrorPlugins() {
    var _this$editor$schema$t;
    const plugin = new PluginKey(this.name);
    const defaultNode = this.options.node || ((_this$editor$schema$t = this.editor.schema.topNodeType.contentMatch.defaultType) === null || _this$editor$schema$t === void 0 ? void 0 : _this$editor$schema$t.name) || "paragraph";
    const disabledNodes = Object.entries(this.editor.schema.nodes).map(([, value]) => value).filter((node) => (this.options.notAfter || []).concat(defaultNode).includes(node.name));
    return [new Plugin({
      key: plugin,
      appendTransaction: (transactions, __, state) => {
        const { doc, tr, schema } = state;
        const shouldInsertNodeAtEnd = plugin.getState(state);
        const endPosition = doc.content.size;
        const type = schema.nodes[defaultNode];
        if (transactions.some((transaction) => transaction.getMeta("skipTrailingNode"))) return;
        if (!shouldInsertNodeAtEnd) return;
        return tr.insert(endPosition, type.create());
      },
      state: {
        init: (_2, state) => {
          const lastNode = state.tr.doc.lastChild;
          return !nodeEqualsType({
            node: lastNode,
            types: disabledNodes
          });
        },
        apply: (tr, value) => {
          if (!tr.docChanged) return value;
          if (tr.getMeta("__uniqueIDTransaction")) return value;
          const lastNode = tr.doc.lastChild;
          return !nodeEqualsType({
            node: lastNode,
            types: disabledNodes
          });
        }
      }
    })];
  }
});
var UndoRedo = Extension3.create({
  name: "undoRedo",
  addOptions() {
    return {
      depth: 100,
      newGroupDelay: 500
    };
  },
  addCommands() {
    return {
      undo: () => ({ state, dispatch }) => {
        return undo(state, dispatch);
      },
      redo: () => ({ state, dispatch }) => {
        return redo(state, dispatch);
      }
    };
  },
  addProseMirrorPlugins() {
    return [history(this.options)];
  },
  addKeyboardShortcuts() {
    return {
      "Mod-z": () => this.editor.commands.undo(),
      "Shift-Mod-z": () => this.editor.commands.redo(),
      "Mod-y": () => this.editor.commands.redo(),
      "Mod-\u044F": () => this.editor.commands.undo(),
      "Shift-Mod-\u044F": () => this.editor.commands.redo()
    };
  }
});

// ../../node_modules/@tiptap/starter-kit/dist/index.js
var StarterKit = Extension3.create({
  name: "starterKit",
  addExtensions() {
    const extensions = [];
    if (this.options.bold !== false) extensions.push(Bold.configure(this.options.bold));
    if (this.options.blockquote !== false) extensions.push(Blockquote.configure(this.options.blockquote));
    if (this.options.bulletList !== false) extensions.push(BulletList.configure(this.options.bulletList));
    if (this.options.code !== false) extensions.push(Code.configure(this.options.code));
    if (this.options.codeBlock !== false) extensions.push(CodeBlock.configure(this.options.codeBlock));
    if (this.options.document !== false) extensions.push(Document.configure(this.options.document));
    if (this.options.dropcursor !== false) extensions.push(Dropcursor.configure(this.options.dropcursor));
    if (this.options.gapcursor !== false) extensions.push(Gapcursor.configure(this.options.gapcursor));
    if (this.options.hardBreak !== false) extensions.push(HardBreak.configure(this.options.hardBreak));
    if (this.options.heading !== false) extensions.push(Heading.configure(this.options.heading));
    if (this.options.undoRedo !== false) extensions.push(UndoRedo.configure(this.options.undoRedo));
    if (this.options.horizontalRule !== false) extensions.push(HorizontalRule.configure(this.options.horizontalRule));
    if (this.options.italic !== false) extensions.push(Italic.configure(this.options.italic));
    if (this.options.listItem !== false) extensions.push(ListItem.configure(this.options.listItem));
    if (this.options.listKeymap !== false) {
      var _this$options;
      extensions.push(ListKeymap.configure((_this$options = this.options) === null || _this$options === void 0 ? void 0 : _this$options.listKeymap));
    }
    if (this.options.link !== false) {
      var _this$options2;
      extensions.push(Link.configure((_this$options2 = this.options) === null || _this$options2 === void 0 ? void 0 : _this$options2.link));
    }
    if (this.options.orderedList !== false) extensions.push(OrderedList.configure(this.options.orderedList));
    if (this.options.paragraph !== false) extensions.push(Paragraph.configure(this.options.paragraph));
    if (this.options.strike !== false) extensions.push(Strike.configure(this.options.strike));
    if (this.options.text !== false) extensions.push(Text.configure(this.options.text));
    if (this.options.underline !== false) {
      var _this$options3;
      extensions.push(Underline.configure((_this$options3 = this.options) === null || _this$options3 === void 0 ? void 0 : _this$options3.underline));
    }
    if (this.options.trailingNode !== false) {
      var _this$options4;
      extensions.push(TrailingNode.configure((_this$options4 = this.options) === null || _this$options4 === void 0 ? void 0 : _this$options4.trailingNode));
    }
    return extensions;
  }
});
var src_default = StarterKit;

// ../../packages/doc-schema/node_modules/@tiptap/core/dist/rolldown-runtime-D7D4PA-g.js
var __defProp3 = Object.defineProperty;
var __exportAll4 = (all, no_symbols) => {
  let target = {};
  for (var name in all) __defProp3(target, name, {
    get: all[name],
    enumerable: true
  });
  if (!no_symbols) __defProp3(target, Symbol.toStringTag, { value: "Module" });
  return target;
};

// ../../packages/doc-schema/node_modules/@tiptap/core/dist/index.js
function createChainableState3(config) {
  const { state, transaction } = config;
  let { selection } = transaction;
  let { doc } = transaction;
  let { storedMarks } = transaction;
  return {
    ...state,
    apply: state.apply.bind(state),
    applyTransaction: state.applyTransaction.bind(state),
    plugins: state.plugins,
    schema: state.schema,
    reconfigure: state.reconfigure.bind(state),
    toJSON: state.toJSON.bind(state),
    get storedMarks() {
      return storedMarks;
    },
    get selection() {
      return selection;
    },
    get doc() {
      return doc;
    },
    get tr() {
      selection = transaction.selection;
      doc = transaction.doc;
      storedMarks = transaction.storedMarks;
      return transaction;
    }
  };
}
var CommandManager5 = class CommandManager6 {
  constructor(props) {
    this.editor = props.editor;
    this.rawCommands = this.editor.extensionManager.commands;
    this.customState = props.state;
  }
  get hasCustomState() {
    return !!this.customState;
  }
  get state() {
    return this.customState || this.editor.state;
  }
  get commands() {
    const { rawCommands, editor, state } = this;
    const { view } = editor;
    const { tr } = state;
    const props = this.buildProps(tr);
    return Object.fromEntries(Object.entries(rawCommands).map(([name, command4]) => {
      const method = (...args) => {
        const callback = command4(...args)(props);
        if (!tr.getMeta("preventDispatch") && !this.hasCustomState) view.dispatch(tr);
        return callback;
      };
      return [name, method];
    }));
  }
  get chain() {
    return () => this.createChain();
  }
  get can() {
    return () => this.createCan();
  }
  createChain(startTr, shouldDispatch = true) {
    const { rawCommands, editor, state } = this;
    const { view } = editor;
    const callbacks = [];
    const hasStartTransaction = !!startTr;
    const tr = startTr || state.tr;
    const run4 = () => {
      if (!hasStartTransaction && shouldDispatch && !tr.getMeta("preventDispatch") && !this.hasCustomState) view.dispatch(tr);
      return callbacks.every((callback) => callback === true);
    };
    const chain = {
      ...Object.fromEntries(Object.entries(rawCommands).map(([name, command4]) => {
        const chainedCommand = (...args) => {
          const props = this.buildProps(tr, shouldDispatch);
          const callback = command4(...args)(props);
          callbacks.push(callback);
          return chain;
        };
        return [name, chainedCommand];
      })),
      run: run4
    };
    return chain;
  }
  /**
  * Creates a chain that safely returns `false` when run.
  * @returns A non-dispatching command chain.
  * @example
  * const chain = CommandManager.createFakeChain()
  * chain.focus().run() // false
  */
  static createFakeChain() {
    const chain = new Proxy({}, { get: (_target, property) => {
      if (property === "then") return;
      if (property === "run") return () => false;
      return () => chain;
    } });
    return chain;
  }
  createCan(startTr) {
    const { rawCommands, state } = this;
    const dispatch = false;
    const tr = startTr || state.tr;
    const props = this.buildProps(tr, dispatch);
    return {
      ...Object.fromEntries(Object.entries(rawCommands).map(([name, command4]) => {
        return [name, (...args) => command4(...args)({
          ...props,
          dispatch: void 0
        })];
      })),
      chain: () => this.createChain(tr, dispatch)
    };
  }
  /**
  * Creates capability checks that safely return `false`.
  * @returns A non-dispatching capability checker.
  * @example
  * const can = CommandManager.createFallbackCan()
  * can.focus() // false
  */
  static createFallbackCan() {
    const chain = CommandManager6.createFakeChain();
    return new Proxy({ chain: () => chain }, { get: (target, property) => {
      if (property === "then") return;
      if (property === "chain") return target.chain;
      return () => false;
    } });
  }
  buildProps(tr, shouldDispatch = true) {
    const { rawCommands, editor, state } = this;
    const { view } = editor;
    const props = {
      tr,
      editor,
      view,
      state: createChainableState3({
        state,
        transaction: tr
      }),
      dispatch: shouldDispatch ? () => void 0 : void 0,
      chain: () => this.createChain(tr, shouldDispatch),
      can: () => this.createCan(tr),
      get commands() {
        return Object.fromEntries(Object.entries(rawCommands).map(([name, command4]) => {
          return [name, (...args) => command4(...args)(props)];
        }));
      }
    };
    return props;
  }
};
var blur3 = () => ({ editor, view }) => {
  requestAnimationFrame(() => {
    if (!editor.isDestroyed) {
      var _window;
      view.dom.blur();
      (_window = window) === null || _window === void 0 || (_window = _window.getSelection()) === null || _window === void 0 || _window.removeAllRanges();
    }
  });
  return true;
};
var clearContent3 = (emitUpdate = true) => ({ commands }) => {
  return commands.setContent("", { emitUpdate });
};
var clearNodes3 = () => ({ state, tr, dispatch }) => {
  const { selection } = tr;
  const { ranges } = selection;
  if (!dispatch) return true;
  ranges.forEach(({ $from, $to }) => {
    state.doc.nodesBetween($from.pos, $to.pos, (node, pos) => {
      if (node.type.isText) return;
      const { doc, mapping } = tr;
      const $mappedFrom = doc.resolve(mapping.map(pos));
      const $mappedTo = doc.resolve(mapping.map(pos + node.nodeSize));
      const nodeRange = $mappedFrom.blockRange($mappedTo);
      if (!nodeRange) return;
      const targetLiftDepth = liftTarget(nodeRange);
      if (node.type.isTextblock) {
        const { defaultType } = $mappedFrom.parent.contentMatchAt($mappedFrom.index());
        tr.setNodeMarkup(nodeRange.start, defaultType);
      }
      if (targetLiftDepth || targetLiftDepth === 0) tr.lift(nodeRange, targetLiftDepth);
    });
  });
  return true;
};
var command3 = (fn) => (props) => {
  return fn(props);
};
var createParagraphNear$13 = () => ({ state, dispatch }) => {
  return createParagraphNear(state, dispatch);
};
var cut3 = (originRange, targetPos) => ({ editor, tr }) => {
  const { state } = editor;
  const contentSlice = state.doc.slice(originRange.from, originRange.to);
  tr.deleteRange(originRange.from, originRange.to);
  const newPos = tr.mapping.map(targetPos);
  tr.insert(newPos, contentSlice.content);
  tr.setSelection(new TextSelection(tr.doc.resolve(Math.max(newPos - 1, 0))));
  return true;
};
var deleteCurrentNode3 = () => ({ tr, dispatch }) => {
  const { selection } = tr;
  const currentNode = selection.$anchor.node();
  if (currentNode.content.size > 0) return false;
  const $pos = tr.selection.$anchor;
  for (let depth = $pos.depth; depth > 0; depth -= 1) if ($pos.node(depth).type === currentNode.type) {
    if (dispatch) {
      const from2 = $pos.before(depth);
      const to = $pos.after(depth);
      tr.delete(from2, to).scrollIntoView();
    }
    return true;
  }
  return false;
};
function getNodeType3(nameOrType, schema) {
  if (typeof nameOrType === "string") {
    if (!schema.nodes[nameOrType]) throw Error(`There is no node type named '${nameOrType}'. Maybe you forgot to add the extension?`);
    return schema.nodes[nameOrType];
  }
  return nameOrType;
}
var deleteNode3 = (typeOrName) => ({ tr, state, dispatch }) => {
  const type = getNodeType3(typeOrName, state.schema);
  const $pos = tr.selection.$anchor;
  for (let depth = $pos.depth; depth > 0; depth -= 1) if ($pos.node(depth).type === type) {
    if (dispatch) {
      const from2 = $pos.before(depth);
      const to = $pos.after(depth);
      tr.delete(from2, to).scrollIntoView();
    }
    return true;
  }
  return false;
};
var deleteRange3 = (range) => ({ tr, dispatch }) => {
  const { from: from2, to } = range;
  if (dispatch) tr.delete(from2, to);
  return true;
};
var hasTextContent3 = (nodeSpec) => {
  if (!nodeSpec.content) return false;
  return /^text(\*|\+)/.test(nodeSpec.content);
};
var expandSelectionForSide3 = ($pos, schema, side) => {
  if (!$pos.parent.isInline) return $pos.pos;
  if (side === "left" && $pos.pos > $pos.start() || side === "right" && $pos.pos < $pos.end()) return $pos.pos;
  const parentContent = schema.nodes[$pos.parent.type.name].spec;
  if (!hasTextContent3(parentContent)) return $pos.pos;
  return side === "left" ? $pos.start() - 1 : $pos.end() + 1;
};
var expandSelectionForInlineText3 = ($from, $to, schema) => {
  return {
    from: expandSelectionForSide3($from, schema, "left"),
    to: expandSelectionForSide3($to, schema, "right")
  };
};
var deleteSelection4 = () => ({ state, dispatch }) => {
  if (state.selection.empty) return false;
  if (dispatch) {
    const tr = state.tr;
    const { ranges } = state.selection;
    const mapFrom = tr.steps.length;
    ranges.forEach((range) => {
      const mapping = tr.mapping.slice(mapFrom);
      const $from = tr.doc.resolve(mapping.map(range.$from.pos));
      const $to = tr.doc.resolve(mapping.map(range.$to.pos));
      const { from: from2, to } = expandSelectionForInlineText3($from, $to, state.schema);
      tr.deleteRange(from2, to);
    });
    if (!tr.selection.empty) tr.setSelection(TextSelection.near(tr.doc.resolve(tr.selection.from)));
    tr.scrollIntoView();
    dispatch(tr);
  }
  return true;
};
var enter3 = () => ({ commands }) => {
  return commands.keyboardShortcut("Enter");
};
var exitCode$13 = () => ({ state, dispatch }) => {
  return exitCode(state, dispatch);
};
function isRegExp3(value) {
  return Object.prototype.toString.call(value) === "[object RegExp]";
}
function objectIncludes3(object1, object2, options = { strict: true }) {
  const keys = Object.keys(object2);
  if (!keys.length) return true;
  return keys.every((key) => {
    if (options.strict) return object2[key] === object1[key];
    if (isRegExp3(object2[key])) return object2[key].test(object1[key]);
    return object2[key] === object1[key];
  });
}
function findMarkInSet3(marks, type, attributes = {}) {
  return marks.find((item) => {
    return item.type === type && objectIncludes3(Object.fromEntries(Object.keys(attributes).map((k2) => [k2, item.attrs[k2]])), attributes);
  });
}
function isMarkInSet3(marks, type, attributes = {}) {
  return !!findMarkInSet3(marks, type, attributes);
}
function getMarkRange3($pos, type, attributes) {
  if (!$pos || !type) return;
  let start = $pos.parent.childAfter($pos.parentOffset);
  if (!start.node || !start.node.marks.some((mark) => mark.type === type)) start = $pos.parent.childBefore($pos.parentOffset);
  if (!start.node || !start.node.marks.some((mark) => mark.type === type)) return;
  if (!attributes) {
    const firstMark = start.node.marks.find((mark) => mark.type === type);
    if (firstMark) attributes = firstMark.attrs;
  }
  if (!findMarkInSet3([...start.node.marks], type, attributes)) return;
  let startIndex = start.index;
  let startPos = $pos.start() + start.offset;
  let endIndex = startIndex + 1;
  let endPos = startPos + start.node.nodeSize;
  while (startIndex > 0 && isMarkInSet3([...$pos.parent.child(startIndex - 1).marks], type, attributes)) {
    startIndex -= 1;
    startPos -= $pos.parent.child(startIndex).nodeSize;
  }
  while (endIndex < $pos.parent.childCount && isMarkInSet3([...$pos.parent.child(endIndex).marks], type, attributes)) {
    endPos += $pos.parent.child(endIndex).nodeSize;
    endIndex += 1;
  }
  return {
    from: startPos,
    to: endPos
  };
}
function getMarkType3(nameOrType, schema) {
  if (typeof nameOrType === "string") {
    if (!schema.marks[nameOrType]) throw Error(`There is no mark type named '${nameOrType}'. Maybe you forgot to add the extension?`);
    return schema.marks[nameOrType];
  }
  return nameOrType;
}
var extendMarkRange3 = (typeOrName, attributes) => ({ tr, state, dispatch }) => {
  const type = getMarkType3(typeOrName, state.schema);
  const { doc, selection } = tr;
  const { $from, from: from2, to } = selection;
  if (dispatch) {
    const range = getMarkRange3($from, type, attributes);
    if (range && range.from <= from2 && range.to >= to) {
      const newSelection = TextSelection.create(doc, range.from, range.to);
      tr.setSelection(newSelection);
    }
  }
  return true;
};
var first3 = (commands) => (props) => {
  const items = typeof commands === "function" ? commands(props) : commands;
  for (let i = 0; i < items.length; i += 1) if (items[i](props)) return true;
  return false;
};
function isTextSelection3(value) {
  return value instanceof TextSelection;
}
function minMax3(value = 0, min = 0, max = 0) {
  return Math.min(Math.max(value, min), max);
}
function resolveFocusPosition3(doc, position = null) {
  if (!position) return null;
  const selectionAtStart = Selection.atStart(doc);
  const selectionAtEnd = Selection.atEnd(doc);
  if (position === "start" || position === true) return selectionAtStart;
  if (position === "end") return selectionAtEnd;
  const minPos = selectionAtStart.from;
  const maxPos = selectionAtEnd.to;
  if (position === "all") return TextSelection.create(doc, minMax3(0, minPos, maxPos), minMax3(doc.content.size, minPos, maxPos));
  return TextSelection.create(doc, minMax3(position, minPos, maxPos), minMax3(position, minPos, maxPos));
}
function isAndroid3() {
  return ["Android"].includes(navigator.platform) || /android/i.test(navigator.userAgent);
}
function isiOS3() {
  return [
    "iPad Simulator",
    "iPhone Simulator",
    "iPod Simulator",
    "iPad",
    "iPhone",
    "iPod"
  ].includes(navigator.platform) || navigator.userAgent.includes("Mac") && "ontouchend" in document;
}
function isSafari3() {
  return typeof navigator !== "undefined" ? /^((?!chrome|android).)*safari/i.test(navigator.userAgent) : false;
}
var focus3 = (position = null, options = {}) => ({ editor, view, tr, dispatch }) => {
  options = {
    scrollIntoView: true,
    ...options
  };
  const delayedFocus = () => {
    if (isiOS3() || isAndroid3()) view.dom.focus();
    if (isSafari3() && !isiOS3() && !isAndroid3()) view.dom.focus({ preventScroll: true });
    requestAnimationFrame(() => {
      if (!editor.isDestroyed) {
        view.focus();
        if (options === null || options === void 0 ? void 0 : options.scrollIntoView) editor.commands.scrollIntoView();
      }
    });
  };
  try {
    if (view.hasFocus() && position === null || position === false) return true;
  } catch {
    return false;
  }
  if (dispatch && position === null && !isTextSelection3(editor.state.selection)) {
    delayedFocus();
    return true;
  }
  const selection = resolveFocusPosition3(tr.doc, position) || editor.state.selection;
  const isSameSelection = editor.state.selection.eq(selection);
  if (dispatch) {
    if (!isSameSelection) tr.setSelection(selection);
    if (isSameSelection && tr.storedMarks) tr.setStoredMarks(tr.storedMarks);
    delayedFocus();
  }
  return true;
};
var forEach4 = (items, fn) => (props) => {
  return items.every((item, index) => fn(item, {
    ...props,
    index
  }));
};
var insertContent3 = (value, options) => ({ tr, commands }) => {
  return commands.insertContentAt({
    from: tr.selection.from,
    to: tr.selection.to
  }, value, options);
};
var removeWhitespaces3 = (node) => {
  const children = node.childNodes;
  for (let i = children.length - 1; i >= 0; i -= 1) {
    const child = children[i];
    if (child.nodeType === 3 && child.nodeValue && /^(\n\s\s|\n)$/.test(child.nodeValue)) node.removeChild(child);
    else if (child.nodeType === 1) removeWhitespaces3(child);
  }
  return node;
};
function elementFromString3(value) {
  if (typeof window === "undefined") throw new Error("[tiptap error]: there is no window object available, so this function cannot be used");
  const wrappedValue = `<body>${value}</body>`;
  const html = new window.DOMParser().parseFromString(wrappedValue, "text/html").body;
  return removeWhitespaces3(html);
}
function isProseMirrorContent3(value) {
  return typeof (value === null || value === void 0 ? void 0 : value.nodesBetween) === "function";
}
function createNodeFromContent3(content, schema, options) {
  if (isProseMirrorContent3(content)) return content;
  const isJSONContent = typeof content === "object" && content !== null;
  options = {
    slice: true,
    parseOptions: {},
    ...options
  };
  const isTextContent = typeof content === "string";
  if (isJSONContent) try {
    if (Array.isArray(content) && content.length > 0) return Fragment.fromArray(content.map((item) => schema.nodeFromJSON(item)));
    const node = schema.nodeFromJSON(content);
    if (options.errorOnInvalidContent) node.check();
    return node;
  } catch (error) {
    if (options.errorOnInvalidContent) throw new Error("[tiptap error]: Invalid JSON content", { cause: error });
    console.warn("[tiptap warn]: Invalid content.", "Passed value:", content, "Error:", error);
    return createNodeFromContent3("", schema, options);
  }
  if (isTextContent) {
    if (options.errorOnInvalidContent) {
      let hasInvalidContent = false;
      let invalidContent = "";
      const contentCheckSchema = new Schema({
        topNode: schema.spec.topNode,
        marks: schema.spec.marks,
        nodes: schema.spec.nodes.append({ __tiptap__private__unknown__catch__all__node: {
          content: "inline*",
          group: "block",
          parseDOM: [{
            tag: "*",
            getAttrs: (e) => {
              hasInvalidContent = true;
              invalidContent = typeof e === "string" ? e : e.outerHTML;
              return null;
            }
          }]
        } })
      });
      if (options.slice) DOMParser.fromSchema(contentCheckSchema).parseSlice(elementFromString3(content), options.parseOptions);
      else DOMParser.fromSchema(contentCheckSchema).parse(elementFromString3(content), options.parseOptions);
      if (options.errorOnInvalidContent && hasInvalidContent) throw new Error("[tiptap error]: Invalid HTML content", { cause: /* @__PURE__ */ new Error(`Invalid element found: ${invalidContent}`) });
    }
    const parser = DOMParser.fromSchema(schema);
    if (options.slice) return parser.parseSlice(elementFromString3(content), options.parseOptions).content;
    return parser.parse(elementFromString3(content), options.parseOptions);
  }
  return createNodeFromContent3("", schema, options);
}
function isFragment3(nodeOrFragment) {
  return !("type" in nodeOrFragment);
}
function selectionToInsertionEnd3(tr, startLen, bias) {
  const last = tr.steps.length - 1;
  if (last < startLen) return;
  const step = tr.steps[last];
  if (!(step instanceof ReplaceStep || step instanceof ReplaceAroundStep)) return;
  const map2 = tr.mapping.maps[last];
  let end = 0;
  map2.forEach((_from, _to, _newFrom, newTo) => {
    if (end === 0) end = newTo;
  });
  tr.setSelection(Selection.near(tr.doc.resolve(end), bias));
}
var insertContentAt3 = (position, value, options) => ({ tr, dispatch, editor }) => {
  if (dispatch) {
    options = {
      parseOptions: editor.options.parseOptions,
      updateSelection: true,
      applyInputRules: false,
      applyPasteRules: false,
      ...options
    };
    let content;
    const emitContentError = (error) => {
      editor.emit("contentError", {
        editor,
        error,
        disableCollaboration: () => {
          if ("collaboration" in editor.storage && typeof editor.storage.collaboration === "object" && editor.storage.collaboration) editor.storage.collaboration.isDisabled = true;
        }
      });
    };
    const parseOptions = {
      preserveWhitespace: "full",
      ...options.parseOptions
    };
    if (!options.errorOnInvalidContent && !editor.options.enableContentCheck && editor.options.emitContentError) try {
      createNodeFromContent3(value, editor.schema, {
        parseOptions,
        errorOnInvalidContent: true
      });
    } catch (e) {
      emitContentError(e);
    }
    try {
      var _options$errorOnInval;
      content = createNodeFromContent3(value, editor.schema, {
        parseOptions,
        errorOnInvalidContent: (_options$errorOnInval = options.errorOnInvalidContent) !== null && _options$errorOnInval !== void 0 ? _options$errorOnInval : editor.options.enableContentCheck
      });
    } catch (e) {
      emitContentError(e);
      return false;
    }
    let { from: from2, to } = typeof position === "number" ? {
      from: position,
      to: position
    } : {
      from: position.from,
      to: position.to
    };
    let isOnlyTextContent = true;
    let isOnlyBlockContent = true;
    const nodes = isFragment3(content) ? content.content : [content];
    nodes.forEach((node) => {
      node.check();
      isOnlyTextContent = isOnlyTextContent ? node.isText && node.marks.length === 0 : false;
      isOnlyBlockContent = isOnlyBlockContent ? node.isBlock : false;
    });
    if (from2 === to && isOnlyBlockContent) {
      const { parent } = tr.doc.resolve(from2);
      if (parent.isTextblock && !parent.type.spec.code && !parent.childCount) {
        from2 -= 1;
        to += 1;
      }
    }
    let newContent;
    if (isOnlyTextContent) {
      if (Array.isArray(value)) newContent = value.map((item) => item.text || "").join("");
      else if (isProseMirrorContent3(value)) newContent = nodes.map((node) => {
        var _node$text;
        return (_node$text = node.text) !== null && _node$text !== void 0 ? _node$text : "";
      }).join("");
      else if (typeof value === "object" && !!value && !!value.text) newContent = value.text;
      else newContent = value;
      tr.insertText(newContent, from2, to);
    } else {
      newContent = Fragment.from(nodes);
      const $from = tr.doc.resolve(from2);
      const $fromNode = $from.node();
      const fromSelectionAtStart = $from.parentOffset === 0;
      const isTextSelection4 = $fromNode.isText || $fromNode.isTextblock;
      const hasContent = $fromNode.content.size > 0;
      if (fromSelectionAtStart && isTextSelection4 && hasContent && isOnlyBlockContent) from2 = Math.max(0, from2 - 1);
      tr.replaceWith(from2, to, nodes);
    }
    if (options.updateSelection) selectionToInsertionEnd3(tr, tr.steps.length - 1, -1);
    if (options.applyInputRules) tr.setMeta("applyInputRules", {
      from: from2,
      text: newContent
    });
    if (options.applyPasteRules) tr.setMeta("applyPasteRules", {
      from: from2,
      text: newContent
    });
  }
  return true;
};
function defaultBlockAt4(match) {
  for (let i = 0; i < match.edgeCount; i += 1) {
    const { type } = match.edge(i);
    if (type.isTextblock && !type.hasRequiredAttrs()) return type;
  }
  return null;
}
var insertDefaultBlock3 = (options = {}) => ({ tr, dispatch, editor }) => {
  const { pos, attrs, content, updateSelection = true } = options;
  let $pos;
  if (typeof pos === "number") $pos = tr.doc.resolve(pos);
  else if (pos) $pos = pos;
  else $pos = tr.selection.$from;
  const defaultType = defaultBlockAt4($pos.parent.contentMatchAt($pos.index()));
  if (!defaultType) return false;
  const validAttrKeys = Object.keys(defaultType.spec.attrs || {});
  const filteredAttrs = attrs ? Object.fromEntries(Object.entries(attrs).filter(([key]) => validAttrKeys.includes(key))) : {};
  let node;
  if (content) {
    const parsed = createNodeFromContent3(content, editor.schema);
    node = defaultType.createAndFill(filteredAttrs, parsed);
  } else node = defaultType.createAndFill(filteredAttrs);
  if (!node) return false;
  if (dispatch) {
    tr.insert($pos.pos, node);
    if (updateSelection) selectionToInsertionEnd3(tr, tr.steps.length - 1, -1);
  }
  return true;
};
var joinUp$13 = () => ({ state, dispatch }) => {
  return joinUp(state, dispatch);
};
var joinDown$13 = () => ({ state, dispatch }) => {
  return joinDown(state, dispatch);
};
var joinBackward$13 = () => ({ state, dispatch }) => {
  return joinBackward(state, dispatch);
};
var joinForward$13 = () => ({ state, dispatch }) => {
  return joinForward(state, dispatch);
};
var joinItemBackward3 = () => ({ state, dispatch, tr }) => {
  try {
    const point = joinPoint(state.doc, state.selection.$from.pos, -1);
    if (point === null || point === void 0) return false;
    tr.join(point, 2);
    if (dispatch) dispatch(tr);
    return true;
  } catch {
    return false;
  }
};
var joinItemForward3 = () => ({ state, dispatch, tr }) => {
  try {
    const point = joinPoint(state.doc, state.selection.$from.pos, 1);
    if (point === null || point === void 0) return false;
    tr.join(point, 2);
    if (dispatch) dispatch(tr);
    return true;
  } catch {
    return false;
  }
};
var joinTextblockBackward$13 = () => ({ state, dispatch }) => {
  return joinTextblockBackward(state, dispatch);
};
var joinTextblockForward$13 = () => ({ state, dispatch }) => {
  return joinTextblockForward(state, dispatch);
};
function isMacOS3() {
  return typeof navigator !== "undefined" ? /Mac/.test(navigator.platform) : false;
}
function normalizeKeyName4(name) {
  const parts = name.split(/-(?!$)/);
  let result = parts[parts.length - 1];
  if (result === "Space") result = " ";
  let alt;
  let ctrl;
  let shift2;
  let meta;
  for (let i = 0; i < parts.length - 1; i += 1) {
    const mod = parts[i];
    if (/^(cmd|meta|m)$/i.test(mod)) meta = true;
    else if (/^a(lt)?$/i.test(mod)) alt = true;
    else if (/^(c|ctrl|control)$/i.test(mod)) ctrl = true;
    else if (/^s(hift)?$/i.test(mod)) shift2 = true;
    else if (/^mod$/i.test(mod)) {
      if (isiOS3() || isMacOS3()) meta = true;
      else ctrl = true;
    } else throw new Error(`Unrecognized modifier name: ${mod}`);
  }
  if (alt) result = `Alt-${result}`;
  if (ctrl) result = `Ctrl-${result}`;
  if (meta) result = `Meta-${result}`;
  if (shift2) result = `Shift-${result}`;
  return result;
}
var keyboardShortcut3 = (name) => ({ editor, view, tr, dispatch }) => {
  const keys = normalizeKeyName4(name).split(/-(?!$)/);
  const key = keys.find((item) => ![
    "Alt",
    "Ctrl",
    "Meta",
    "Shift"
  ].includes(item));
  const event = new KeyboardEvent("keydown", {
    key: key === "Space" ? " " : key,
    altKey: keys.includes("Alt"),
    ctrlKey: keys.includes("Ctrl"),
    metaKey: keys.includes("Meta"),
    shiftKey: keys.includes("Shift"),
    bubbles: true,
    cancelable: true
  });
  const capturedTransaction = editor.captureTransaction(() => {
    view.someProp("handleKeyDown", (f) => f(view, event));
  });
  capturedTransaction === null || capturedTransaction === void 0 || capturedTransaction.steps.forEach((step) => {
    const newStep = step.map(tr.mapping);
    if (newStep && dispatch) tr.maybeStep(newStep);
  });
  return true;
};
function isNodeActive3(state, typeOrName, attributes = {}) {
  const { from: from2, to, empty } = state.selection;
  const type = typeOrName ? getNodeType3(typeOrName, state.schema) : null;
  const nodeRanges = [];
  state.doc.nodesBetween(from2, to, (node, pos) => {
    if (node.isText) return;
    const relativeFrom = Math.max(from2, pos);
    const relativeTo = Math.min(to, pos + node.nodeSize);
    nodeRanges.push({
      node,
      from: relativeFrom,
      to: relativeTo
    });
  });
  const selectionRange = to - from2;
  const matchedNodeRanges = nodeRanges.filter((nodeRange) => {
    if (!type) return true;
    return type.name === nodeRange.node.type.name;
  }).filter((nodeRange) => objectIncludes3(nodeRange.node.attrs, attributes, { strict: false }));
  if (empty) return !!matchedNodeRanges.length;
  return matchedNodeRanges.reduce((sum, nodeRange) => sum + nodeRange.to - nodeRange.from, 0) >= selectionRange;
}
var lift$13 = (typeOrName, attributes = {}) => ({ state, dispatch }) => {
  if (!isNodeActive3(state, getNodeType3(typeOrName, state.schema), attributes)) return false;
  return lift(state, dispatch);
};
var liftEmptyBlock$13 = () => ({ state, dispatch }) => {
  return liftEmptyBlock(state, dispatch);
};
var liftListItem$13 = (typeOrName) => ({ state, dispatch }) => {
  const type = getNodeType3(typeOrName, state.schema);
  return liftListItem(type)(state, dispatch);
};
var newlineInCode$13 = () => ({ state, dispatch }) => {
  return newlineInCode(state, dispatch);
};
function getSchemaTypeNameByName3(name, schema) {
  if (schema.nodes[name]) return "node";
  if (schema.marks[name]) return "mark";
  return null;
}
function deleteProps3(obj, propOrProps) {
  const props = typeof propOrProps === "string" ? [propOrProps] : propOrProps;
  return Object.keys(obj).reduce((newObj, prop) => {
    if (!props.includes(prop)) newObj[prop] = obj[prop];
    return newObj;
  }, {});
}
var resetAttributes3 = (typeOrName, attributes) => ({ tr, state, dispatch }) => {
  let nodeType = null;
  let markType = null;
  const schemaType = getSchemaTypeNameByName3(typeof typeOrName === "string" ? typeOrName : typeOrName.name, state.schema);
  if (!schemaType) return false;
  if (schemaType === "node") nodeType = getNodeType3(typeOrName, state.schema);
  if (schemaType === "mark") markType = getMarkType3(typeOrName, state.schema);
  let canReset = false;
  tr.selection.ranges.forEach((range) => {
    state.doc.nodesBetween(range.$from.pos, range.$to.pos, (node, pos) => {
      if (nodeType && nodeType === node.type) {
        canReset = true;
        if (dispatch) tr.setNodeMarkup(pos, void 0, deleteProps3(node.attrs, attributes));
      }
      if (markType && node.marks.length) node.marks.forEach((mark) => {
        if (markType === mark.type) {
          canReset = true;
          if (dispatch) tr.addMark(pos, pos + node.nodeSize, markType.create(deleteProps3(mark.attrs, attributes)));
        }
      });
    });
  });
  return canReset;
};
var scrollIntoView3 = () => ({ tr, dispatch }) => {
  if (dispatch) tr.scrollIntoView();
  return true;
};
var selectAll4 = () => ({ tr, dispatch }) => {
  if (dispatch) {
    const selection = new AllSelection(tr.doc);
    tr.setSelection(selection);
  }
  return true;
};
var selectNodeBackward$13 = () => ({ state, dispatch }) => {
  return selectNodeBackward(state, dispatch);
};
var selectNodeForward$13 = () => ({ state, dispatch }) => {
  return selectNodeForward(state, dispatch);
};
var selectParentNode$13 = () => ({ state, dispatch }) => {
  return selectParentNode(state, dispatch);
};
var selectTextblockEnd$13 = () => ({ state, dispatch }) => {
  return selectTextblockEnd(state, dispatch);
};
var selectTextblockStart$13 = () => ({ state, dispatch }) => {
  return selectTextblockStart(state, dispatch);
};
function createDocument3(content, schema, parseOptions = {}, options = {}) {
  return createNodeFromContent3(content, schema, {
    slice: false,
    parseOptions,
    errorOnInvalidContent: options.errorOnInvalidContent
  });
}
var setContent3 = (content, { errorOnInvalidContent, emitUpdate = true, parseOptions = {} } = {}) => ({ editor, tr, dispatch, commands }) => {
  const { doc } = tr;
  if (parseOptions.preserveWhitespace !== "full") {
    const document2 = createDocument3(content, editor.schema, parseOptions, { errorOnInvalidContent: errorOnInvalidContent !== null && errorOnInvalidContent !== void 0 ? errorOnInvalidContent : editor.options.enableContentCheck });
    if (dispatch) {
      const nodes = isFragment3(document2) ? document2.content : [document2];
      tr.replaceWith(0, doc.content.size, nodes).setMeta("preventUpdate", !emitUpdate);
    }
    return true;
  }
  if (dispatch) tr.setMeta("preventUpdate", !emitUpdate);
  return commands.insertContentAt({
    from: 0,
    to: doc.content.size
  }, content, {
    parseOptions,
    errorOnInvalidContent: errorOnInvalidContent !== null && errorOnInvalidContent !== void 0 ? errorOnInvalidContent : editor.options.enableContentCheck
  });
};
function getMarkAttributes3(state, typeOrName) {
  const type = getMarkType3(typeOrName, state.schema);
  const { from: from2, to, empty } = state.selection;
  const marks = [];
  if (empty) {
    if (state.storedMarks) marks.push(...state.storedMarks);
    marks.push(...state.selection.$head.marks());
  } else state.doc.nodesBetween(from2, to, (node) => {
    marks.push(...node.marks);
  });
  const mark = marks.find((markItem) => markItem.type.name === type.name);
  if (!mark) return {};
  return { ...mark.attrs };
}
function combineTransactionSteps3(oldDoc, transactions) {
  const transform = new Transform(oldDoc);
  transactions.forEach((transaction) => {
    transaction.steps.forEach((step) => {
      transform.step(step);
    });
  });
  return transform;
}
function findParentNodeClosestToPos3($pos, predicate) {
  for (let i = $pos.depth; i > 0; i -= 1) {
    const node = $pos.node(i);
    if (predicate(node)) return {
      pos: i > 0 ? $pos.before(i) : 0,
      start: $pos.start(i),
      depth: i,
      node
    };
  }
}
function findParentNode3(predicate) {
  return (selection) => findParentNodeClosestToPos3(selection.$from, predicate);
}
function getExtensionField3(extension, field, context) {
  if (extension.config[field] === void 0 && extension.parent) return getExtensionField3(extension.parent, field, context);
  if (typeof extension.config[field] === "function") return extension.config[field].bind({
    ...context,
    parent: extension.parent ? getExtensionField3(extension.parent, field, context) : null
  });
  return extension.config[field];
}
function flattenExtensions3(extensions) {
  return extensions.map((extension) => {
    const addExtensions = getExtensionField3(extension, "addExtensions", {
      name: extension.name,
      options: extension.options,
      storage: extension.storage
    });
    if (addExtensions) return [extension, ...flattenExtensions3(addExtensions())];
    return extension;
  }).flat(10);
}
function getHTMLFromFragment4(fragment, schema) {
  const documentFragment = DOMSerializer.fromSchema(schema).serializeFragment(fragment);
  const container = document.implementation.createHTMLDocument().createElement("div");
  container.appendChild(documentFragment);
  return container.innerHTML;
}
function isFunction3(value) {
  return typeof value === "function";
}
function callOrReturn3(value, context = void 0, ...props) {
  if (isFunction3(value)) {
    if (context) return value.bind(context)(...props);
    return value(...props);
  }
  return value;
}
function isEmptyObject3(value = {}) {
  return Object.keys(value).length === 0 && value.constructor === Object;
}
function splitExtensions3(extensions) {
  return {
    baseExtensions: extensions.filter((extension) => extension.type === "extension"),
    nodeExtensions: extensions.filter((extension) => extension.type === "node"),
    markExtensions: extensions.filter((extension) => extension.type === "mark")
  };
}
function getAttributesFromExtensions3(extensions) {
  const extensionAttributes = [];
  const { nodeExtensions, markExtensions } = splitExtensions3(extensions);
  const nodeAndMarkExtensions = [...nodeExtensions, ...markExtensions];
  const defaultAttribute = {
    default: null,
    validate: void 0,
    rendered: true,
    renderHTML: null,
    parseHTML: null,
    keepOnSplit: true,
    isRequired: false
  };
  const nodeExtensionTypes = nodeExtensions.filter((ext) => ext.name !== "text").map((ext) => ext.name);
  const markExtensionTypes = markExtensions.map((ext) => ext.name);
  const allExtensionTypes = [...nodeExtensionTypes, ...markExtensionTypes];
  extensions.forEach((extension) => {
    const addGlobalAttributes = getExtensionField3(extension, "addGlobalAttributes", {
      name: extension.name,
      options: extension.options,
      storage: extension.storage,
      extensions: nodeAndMarkExtensions
    });
    if (!addGlobalAttributes) return;
    addGlobalAttributes().forEach((globalAttribute) => {
      let resolvedTypes;
      if (Array.isArray(globalAttribute.types)) resolvedTypes = globalAttribute.types;
      else if (globalAttribute.types === "*") resolvedTypes = allExtensionTypes;
      else if (globalAttribute.types === "nodes") resolvedTypes = nodeExtensionTypes;
      else if (globalAttribute.types === "marks") resolvedTypes = markExtensionTypes;
      else resolvedTypes = [];
      resolvedTypes.forEach((type) => {
        Object.entries(globalAttribute.attributes).forEach(([name, attribute]) => {
          extensionAttributes.push({
            type,
            name,
            attribute: {
              ...defaultAttribute,
              ...attribute
            }
          });
        });
      });
    });
  });
  nodeAndMarkExtensions.forEach((extension) => {
    const addAttributes = getExtensionField3(extension, "addAttributes", {
      name: extension.name,
      options: extension.options,
      storage: extension.storage
    });
    if (!addAttributes) return;
    const attributes = addAttributes();
    Object.entries(attributes).forEach(([name, attribute]) => {
      const mergedAttr = {
        ...defaultAttribute,
        ...attribute
      };
      if (typeof (mergedAttr === null || mergedAttr === void 0 ? void 0 : mergedAttr.default) === "function") mergedAttr.default = mergedAttr.default();
      if ((mergedAttr === null || mergedAttr === void 0 ? void 0 : mergedAttr.isRequired) && (mergedAttr === null || mergedAttr === void 0 ? void 0 : mergedAttr.default) === void 0) delete mergedAttr.default;
      extensionAttributes.push({
        type: extension.name,
        name,
        attribute: mergedAttr
      });
    });
  });
  return extensionAttributes;
}
function splitStyleDeclarations3(styles) {
  const result = [];
  let current = "";
  let inSingleQuote = false;
  let inDoubleQuote = false;
  let parenDepth = 0;
  const length = styles.length;
  for (let i = 0; i < length; i += 1) {
    const char = styles[i];
    if (char === "'" && !inDoubleQuote) {
      inSingleQuote = !inSingleQuote;
      current += char;
      continue;
    }
    if (char === '"' && !inSingleQuote) {
      inDoubleQuote = !inDoubleQuote;
      current += char;
      continue;
    }
    if (!inSingleQuote && !inDoubleQuote) {
      if (char === "(") {
        parenDepth += 1;
        current += char;
        continue;
      }
      if (char === ")" && parenDepth > 0) {
        parenDepth -= 1;
        current += char;
        continue;
      }
      if (char === ";" && parenDepth === 0) {
        result.push(current);
        current = "";
        continue;
      }
    }
    current += char;
  }
  if (current) result.push(current);
  return result;
}
function parseStyleEntries3(styles) {
  const pairs = [];
  const declarations = splitStyleDeclarations3(styles || "");
  const numDeclarations = declarations.length;
  for (let i = 0; i < numDeclarations; i += 1) {
    const declaration = declarations[i];
    const firstColonIndex = declaration.indexOf(":");
    if (firstColonIndex === -1) continue;
    const property = declaration.slice(0, firstColonIndex).trim();
    const value = declaration.slice(firstColonIndex + 1).trim();
    if (property && value) pairs.push([property, value]);
  }
  return pairs;
}
function mergeAttributes3(...objects) {
  return objects.filter((item) => !!item).reduce((items, item) => {
    const mergedAttributes = { ...items };
    Object.entries(item).forEach(([key, value]) => {
      if (key === "__proto__") {
        Object.defineProperty(mergedAttributes, key, {
          configurable: true,
          enumerable: true,
          value,
          writable: true
        });
        return;
      }
      if (!mergedAttributes[key]) {
        mergedAttributes[key] = value;
        return;
      }
      if (key === "class") {
        const valueClasses = value ? String(value).split(" ") : [];
        const existingClasses = mergedAttributes[key] ? mergedAttributes[key].split(" ") : [];
        const insertClasses = valueClasses.filter((valueClass) => !existingClasses.includes(valueClass));
        mergedAttributes[key] = [...existingClasses, ...insertClasses].join(" ");
      } else if (key === "style") {
        const styleMap = new Map([...parseStyleEntries3(mergedAttributes[key]), ...parseStyleEntries3(value)]);
        mergedAttributes[key] = Array.from(styleMap.entries()).map(([property, val]) => `${property}: ${val}`).join("; ");
      } else mergedAttributes[key] = value;
    });
    return mergedAttributes;
  }, {});
}
function getRenderedAttributes3(nodeOrMark, extensionAttributes) {
  return extensionAttributes.filter((attribute) => attribute.type === nodeOrMark.type.name).filter((item) => item.attribute.rendered).map((item) => {
    if (!item.attribute.renderHTML) return { [item.name]: nodeOrMark.attrs[item.name] };
    return item.attribute.renderHTML(nodeOrMark.attrs) || {};
  }).reduce((attributes, attribute) => mergeAttributes3(attributes, attribute), {});
}
function fromString3(value) {
  if (typeof value !== "string") return value;
  if (value.match(/^[+-]?(?:\d*\.)?\d+$/)) return Number(value);
  if (value === "true") return true;
  if (value === "false") return false;
  return value;
}
function injectExtensionAttributesToParseRule3(parseRule, extensionAttributes) {
  if ("style" in parseRule) return parseRule;
  return {
    ...parseRule,
    getAttrs: (node) => {
      const oldAttributes = parseRule.getAttrs ? parseRule.getAttrs(node) : parseRule.attrs;
      if (oldAttributes === false) return false;
      const newAttributes = extensionAttributes.reduce((items, item) => {
        const value = item.attribute.parseHTML ? item.attribute.parseHTML(node) : fromString3(node.getAttribute(item.name));
        if (value === null || value === void 0) return items;
        return {
          ...items,
          [item.name]: value
        };
      }, {});
      return {
        ...oldAttributes,
        ...newAttributes
      };
    }
  };
}
function cleanUpSchemaItem3(data) {
  return Object.fromEntries(Object.entries(data).filter(([key, value]) => {
    if (key === "attrs" && isEmptyObject3(value)) return false;
    return value !== null && value !== void 0;
  }));
}
function buildAttributeSpec3(extensionAttribute) {
  var _extensionAttribute$a, _extensionAttribute$a2;
  const spec = {};
  if (!(extensionAttribute === null || extensionAttribute === void 0 || (_extensionAttribute$a = extensionAttribute.attribute) === null || _extensionAttribute$a === void 0 ? void 0 : _extensionAttribute$a.isRequired) && "default" in ((extensionAttribute === null || extensionAttribute === void 0 ? void 0 : extensionAttribute.attribute) || {})) spec.default = extensionAttribute.attribute.default;
  if ((extensionAttribute === null || extensionAttribute === void 0 || (_extensionAttribute$a2 = extensionAttribute.attribute) === null || _extensionAttribute$a2 === void 0 ? void 0 : _extensionAttribute$a2.validate) !== void 0) spec.validate = extensionAttribute.attribute.validate;
  return [extensionAttribute.name, spec];
}
function getSchemaByResolvedExtensions3(extensions, editor) {
  var _nodeExtensions$find;
  const allAttributes = getAttributesFromExtensions3(extensions);
  const { nodeExtensions, markExtensions } = splitExtensions3(extensions);
  const topNode = (_nodeExtensions$find = nodeExtensions.find((extension) => getExtensionField3(extension, "topNode"))) === null || _nodeExtensions$find === void 0 ? void 0 : _nodeExtensions$find.name;
  const nodes = Object.fromEntries(nodeExtensions.map((extension) => {
    const extensionAttributes = allAttributes.filter((attribute) => attribute.type === extension.name);
    const context = {
      name: extension.name,
      options: extension.options,
      storage: extension.storage,
      editor
    };
    const schema = cleanUpSchemaItem3({
      ...extensions.reduce((fields, e) => {
        const extendNodeSchema = getExtensionField3(e, "extendNodeSchema", context);
        return {
          ...fields,
          ...extendNodeSchema ? extendNodeSchema(extension) : {}
        };
      }, {}),
      content: callOrReturn3(getExtensionField3(extension, "content", context)),
      marks: callOrReturn3(getExtensionField3(extension, "marks", context)),
      group: callOrReturn3(getExtensionField3(extension, "group", context)),
      inline: callOrReturn3(getExtensionField3(extension, "inline", context)),
      atom: callOrReturn3(getExtensionField3(extension, "atom", context)),
      selectable: callOrReturn3(getExtensionField3(extension, "selectable", context)),
      draggable: callOrReturn3(getExtensionField3(extension, "draggable", context)),
      code: callOrReturn3(getExtensionField3(extension, "code", context)),
      whitespace: callOrReturn3(getExtensionField3(extension, "whitespace", context)),
      linebreakReplacement: callOrReturn3(getExtensionField3(extension, "linebreakReplacement", context)),
      defining: callOrReturn3(getExtensionField3(extension, "defining", context)),
      isolating: callOrReturn3(getExtensionField3(extension, "isolating", context)),
      attrs: Object.fromEntries(extensionAttributes.map(buildAttributeSpec3))
    });
    const parseHTML = callOrReturn3(getExtensionField3(extension, "parseHTML", context));
    if (parseHTML) schema.parseDOM = parseHTML.map((parseRule) => injectExtensionAttributesToParseRule3(parseRule, extensionAttributes));
    const renderHTML = getExtensionField3(extension, "renderHTML", context);
    if (renderHTML) schema.toDOM = (node) => renderHTML({
      node,
      HTMLAttributes: getRenderedAttributes3(node, extensionAttributes)
    });
    const renderText = getExtensionField3(extension, "renderText", context);
    if (renderText) schema.toText = renderText;
    return [extension.name, schema];
  }));
  const marks = Object.fromEntries(markExtensions.map((extension) => {
    const extensionAttributes = allAttributes.filter((attribute) => attribute.type === extension.name);
    const context = {
      name: extension.name,
      options: extension.options,
      storage: extension.storage,
      editor
    };
    const schema = cleanUpSchemaItem3({
      ...extensions.reduce((fields, e) => {
        const extendMarkSchema = getExtensionField3(e, "extendMarkSchema", context);
        return {
          ...fields,
          ...extendMarkSchema ? extendMarkSchema(extension) : {}
        };
      }, {}),
      inclusive: callOrReturn3(getExtensionField3(extension, "inclusive", context)),
      excludes: callOrReturn3(getExtensionField3(extension, "excludes", context)),
      group: callOrReturn3(getExtensionField3(extension, "group", context)),
      spanning: callOrReturn3(getExtensionField3(extension, "spanning", context)),
      code: callOrReturn3(getExtensionField3(extension, "code", context)),
      attrs: Object.fromEntries(extensionAttributes.map(buildAttributeSpec3))
    });
    const parseHTML = callOrReturn3(getExtensionField3(extension, "parseHTML", context));
    if (parseHTML) schema.parseDOM = parseHTML.map((parseRule) => injectExtensionAttributesToParseRule3(parseRule, extensionAttributes));
    const renderHTML = getExtensionField3(extension, "renderHTML", context);
    if (renderHTML) schema.toDOM = (mark) => renderHTML({
      mark,
      HTMLAttributes: getRenderedAttributes3(mark, extensionAttributes)
    });
    return [extension.name, schema];
  }));
  return new Schema({
    topNode,
    nodes,
    marks
  });
}
function findDuplicates3(items) {
  const filtered = items.filter((el, index) => items.indexOf(el) !== index);
  return Array.from(new Set(filtered));
}
function sortExtensions3(extensions) {
  const defaultPriority = 100;
  return extensions.sort((a, b2) => {
    const priorityA = getExtensionField3(a, "priority") || defaultPriority;
    const priorityB = getExtensionField3(b2, "priority") || defaultPriority;
    if (priorityA > priorityB) return -1;
    if (priorityA < priorityB) return 1;
    return 0;
  });
}
function resolveExtensions3(extensions) {
  const resolvedExtensions = sortExtensions3(flattenExtensions3(extensions));
  const duplicatedNames = findDuplicates3(resolvedExtensions.map((extension) => extension.name));
  if (duplicatedNames.length) console.warn(`[tiptap warn]: Duplicate extension names found: [${duplicatedNames.map((item) => `'${item}'`).join(", ")}]. This can lead to issues.`);
  return resolvedExtensions;
}
function getTextBetween3(startNode, range, options) {
  const { from: from2, to } = range;
  const { blockSeparator = "\n\n", textSerializers = {} } = options || {};
  let text = "";
  startNode.nodesBetween(from2, to, (node, pos, parent, index) => {
    if (node.isBlock && pos > from2) text += blockSeparator;
    const textSerializer = textSerializers === null || textSerializers === void 0 ? void 0 : textSerializers[node.type.name];
    if (textSerializer) {
      if (parent) text += textSerializer({
        node,
        pos,
        parent,
        index,
        range
      });
      return false;
    }
    if (node.isText) {
      var _node$text;
      text += node === null || node === void 0 || (_node$text = node.text) === null || _node$text === void 0 ? void 0 : _node$text.slice(Math.max(from2, pos) - pos, to - pos);
    }
  });
  return text;
}
function getTextSerializersFromSchema3(schema) {
  return Object.fromEntries(Object.entries(schema.nodes).filter(([, node]) => node.spec.toText).map(([name, node]) => [name, node.spec.toText]));
}
function removeDuplicates3(array, by = JSON.stringify) {
  const seen = {};
  return array.filter((item) => {
    const key = by(item);
    return Object.prototype.hasOwnProperty.call(seen, key) ? false : seen[key] = true;
  });
}
function simplifyChangedRanges3(changes) {
  const uniqueChanges = removeDuplicates3(changes);
  return uniqueChanges.length === 1 ? uniqueChanges : uniqueChanges.filter((change, index) => {
    return !uniqueChanges.filter((_2, i) => i !== index).some((otherChange) => {
      return change.oldRange.from >= otherChange.oldRange.from && change.oldRange.to <= otherChange.oldRange.to && change.newRange.from >= otherChange.newRange.from && change.newRange.to <= otherChange.newRange.to;
    });
  });
}
function getChangedRanges3(transform) {
  const { mapping, steps } = transform;
  const changes = [];
  mapping.maps.forEach((stepMap, index) => {
    const ranges = [];
    if (!stepMap.ranges.length) {
      const { from: from2, to } = steps[index];
      if (from2 === void 0 || to === void 0) return;
      ranges.push({
        from: from2,
        to
      });
    } else stepMap.forEach((from2, to) => {
      ranges.push({
        from: from2,
        to
      });
    });
    ranges.forEach(({ from: from2, to }) => {
      const newStart = mapping.slice(index).map(from2, -1);
      const newEnd = mapping.slice(index).map(to);
      const oldStart = mapping.invert().map(newStart, -1);
      const oldEnd = mapping.invert().map(newEnd);
      changes.push({
        oldRange: {
          from: oldStart,
          to: oldEnd
        },
        newRange: {
          from: newStart,
          to: newEnd
        }
      });
    });
  });
  return simplifyChangedRanges3(changes);
}
var getNodeAtPosition2 = (state, typeOrName, pos, maxDepth = 20) => {
  const $pos = state.doc.resolve(pos);
  let currentDepth = maxDepth;
  let node = null;
  while (currentDepth > 0 && node === null) {
    const currentNode = $pos.node(currentDepth);
    if ((currentNode === null || currentNode === void 0 ? void 0 : currentNode.type.name) === typeOrName) node = currentNode;
    else currentDepth -= 1;
  }
  return [node, currentDepth];
};
var getPreviousBlockSibling2 = ($pos) => {
  const parentDepth = $pos.depth - 1;
  if (parentDepth < 0) return null;
  const index = $pos.index(parentDepth);
  if (index === 0) return null;
  return $pos.node(parentDepth).child(index - 1);
};
function getSchemaTypeByName3(name, schema) {
  return schema.nodes[name] || schema.marks[name] || null;
}
function getSplittedAttributes3(extensionAttributes, typeName, attributes) {
  return Object.fromEntries(Object.entries(attributes).filter(([name]) => {
    const extensionAttribute = extensionAttributes.find((item) => {
      return item.type === typeName && item.name === name;
    });
    if (!extensionAttribute) return false;
    return extensionAttribute.attribute.keepOnSplit;
  }));
}
var getTextContentFromNodes3 = ($from, maxMatch = 500) => {
  let textBefore = "";
  const sliceEndPos = $from.parentOffset;
  $from.parent.nodesBetween(Math.max(0, sliceEndPos - maxMatch), sliceEndPos, (node, pos, parent, index) => {
    var _node$type$spec$toTex, _node$type$spec;
    const chunk = ((_node$type$spec$toTex = (_node$type$spec = node.type.spec).toText) === null || _node$type$spec$toTex === void 0 ? void 0 : _node$type$spec$toTex.call(_node$type$spec, {
      node,
      pos,
      parent,
      index
    })) || node.textContent || "%leaf%";
    textBefore += node.isAtom && !node.isText ? chunk : chunk.slice(0, Math.max(0, sliceEndPos - pos));
  });
  return textBefore;
};
function isMarkActive3(state, typeOrName, attributes = {}) {
  const { empty, ranges } = state.selection;
  const type = typeOrName ? getMarkType3(typeOrName, state.schema) : null;
  if (empty) return !!(state.storedMarks || state.selection.$from.marks()).filter((mark) => {
    if (!type) return true;
    return type.name === mark.type.name;
  }).find((mark) => objectIncludes3(mark.attrs, attributes, { strict: false }));
  let selectionRange = 0;
  const markRanges = [];
  ranges.forEach(({ $from, $to }) => {
    const from2 = $from.pos;
    const to = $to.pos;
    state.doc.nodesBetween(from2, to, (node, pos) => {
      if (type && node.inlineContent && !node.type.allowsMarkType(type)) return false;
      if (!node.isText && !node.marks.length) return;
      const relativeFrom = Math.max(from2, pos);
      const relativeTo = Math.min(to, pos + node.nodeSize);
      const range = relativeTo - relativeFrom;
      selectionRange += range;
      markRanges.push(...node.marks.map((mark) => ({
        mark,
        from: relativeFrom,
        to: relativeTo
      })));
    });
  });
  if (selectionRange === 0) return false;
  const matchedRange = markRanges.filter((markRange) => {
    if (!type) return true;
    return type.name === markRange.mark.type.name;
  }).filter((markRange) => objectIncludes3(markRange.mark.attrs, attributes, { strict: false })).reduce((sum, markRange) => sum + markRange.to - markRange.from, 0);
  const excludedRange = markRanges.filter((markRange) => {
    if (!type) return true;
    return markRange.mark.type !== type && markRange.mark.type.excludes(type);
  }).reduce((sum, markRange) => sum + markRange.to - markRange.from, 0);
  return (matchedRange > 0 ? matchedRange + excludedRange : matchedRange) >= selectionRange;
}
var isAtEndOfNode2 = (state, nodeType) => {
  const { $from, $to, $anchor } = state.selection;
  if (nodeType) {
    const parentNode = findParentNode3((node) => node.type.name === nodeType)(state.selection);
    if (!parentNode) return false;
    const $parentPos = state.doc.resolve(parentNode.pos + 1);
    if ($anchor.pos + 1 === $parentPos.end()) return true;
    return false;
  }
  if ($to.parentOffset < $to.parent.nodeSize - 2 || $from.pos !== $to.pos) return false;
  return true;
};
var isAtStartOfNode2 = (state) => {
  const { $from, $to } = state.selection;
  if ($from.parentOffset > 0 || $from.pos !== $to.pos) return false;
  return true;
};
function isExtensionRulesEnabled3(extension, enabled) {
  if (Array.isArray(enabled)) return enabled.some((enabledExtension) => {
    return (typeof enabledExtension === "string" ? enabledExtension : enabledExtension.name) === extension.name;
  });
  return enabled;
}
function isList3(name, extensions) {
  const { nodeExtensions } = splitExtensions3(extensions);
  const extension = nodeExtensions.find((item) => item.name === name);
  if (!extension) return false;
  const group = callOrReturn3(getExtensionField3(extension, "group", {
    name: extension.name,
    options: extension.options,
    storage: extension.storage
  }));
  if (typeof group !== "string") return false;
  return group.split(" ").includes("list");
}
function isNodeEmpty3(node, { checkChildren = true, ignoreWhitespace = false } = {}) {
  if (ignoreWhitespace) {
    if (node.type.name === "hardBreak") return true;
    if (node.isText) {
      var _node$text;
      return !/\S/.test((_node$text = node.text) !== null && _node$text !== void 0 ? _node$text : "");
    }
  }
  if (node.isText) return !node.text;
  if (node.isAtom || node.isLeaf) return false;
  if (node.content.childCount === 0) return true;
  if (checkChildren) {
    let isContentEmpty = true;
    node.content.forEach((childNode) => {
      if (isContentEmpty === false) return;
      if (!isNodeEmpty3(childNode, {
        ignoreWhitespace,
        checkChildren
      })) isContentEmpty = false;
    });
    return isContentEmpty;
  }
  return false;
}
function canSetMark3(state, tr, newMarkType) {
  const { selection } = tr;
  let cursor = null;
  if (isTextSelection3(selection)) cursor = selection.$cursor;
  if (cursor) {
    var _state$storedMarks;
    const currentMarks = (_state$storedMarks = state.storedMarks) !== null && _state$storedMarks !== void 0 ? _state$storedMarks : cursor.marks();
    return cursor.parent.type.allowsMarkType(newMarkType) && (!!newMarkType.isInSet(currentMarks) || !currentMarks.some((mark) => mark.type.excludes(newMarkType)));
  }
  const { ranges } = selection;
  return ranges.some(({ $from, $to }) => {
    let someNodeSupportsMark = $from.depth === 0 ? state.doc.inlineContent && state.doc.type.allowsMarkType(newMarkType) : false;
    state.doc.nodesBetween($from.pos, $to.pos, (node, _pos, parent) => {
      if (someNodeSupportsMark) return false;
      if (node.isInline) {
        const parentAllowsMarkType = !parent || parent.type.allowsMarkType(newMarkType);
        const currentMarksAllowMarkType = !!newMarkType.isInSet(node.marks) || !node.marks.some((otherMark) => otherMark.type.excludes(newMarkType));
        someNodeSupportsMark = parentAllowsMarkType && currentMarksAllowMarkType;
      }
      return !someNodeSupportsMark;
    });
    return someNodeSupportsMark;
  });
}
var setMark3 = (typeOrName, attributes = {}) => ({ tr, state, dispatch }) => {
  const { selection } = tr;
  const { empty, ranges } = selection;
  const type = getMarkType3(typeOrName, state.schema);
  if (dispatch) {
    if (empty) {
      const oldAttributes = getMarkAttributes3(state, type);
      tr.addStoredMark(type.create({
        ...oldAttributes,
        ...attributes
      }));
    } else ranges.forEach((range) => {
      const from2 = range.$from.pos;
      const to = range.$to.pos;
      state.doc.nodesBetween(from2, to, (node, pos) => {
        const trimmedFrom = Math.max(pos, from2);
        const trimmedTo = Math.min(pos + node.nodeSize, to);
        if (node.marks.find((mark) => mark.type === type)) node.marks.forEach((mark) => {
          if (type === mark.type) tr.addMark(trimmedFrom, trimmedTo, type.create({
            ...mark.attrs,
            ...attributes
          }));
        });
        else tr.addMark(trimmedFrom, trimmedTo, type.create(attributes));
      });
    });
  }
  return canSetMark3(state, tr, type);
};
var setMeta3 = (key, value) => ({ tr }) => {
  tr.setMeta(key, value);
  return true;
};
var setNode3 = (typeOrName, attributes = {}) => ({ state, dispatch, chain }) => {
  const type = getNodeType3(typeOrName, state.schema);
  let attributesToCopy;
  if (state.selection.$anchor.sameParent(state.selection.$head)) attributesToCopy = state.selection.$anchor.parent.attrs;
  if (!type.isTextblock) {
    console.warn('[tiptap warn]: Currently "setNode()" only supports text block nodes.');
    return false;
  }
  return chain().command(({ commands }) => {
    if (setBlockType(type, {
      ...attributesToCopy,
      ...attributes
    })(state)) return true;
    return commands.clearNodes();
  }).command(({ state: updatedState }) => {
    return setBlockType(type, {
      ...attributesToCopy,
      ...attributes
    })(updatedState, dispatch);
  }).run();
};
var setNodeSelection3 = (position) => ({ tr, dispatch }) => {
  if (dispatch) {
    const { doc } = tr;
    const from2 = minMax3(position, 0, doc.content.size);
    const selection = NodeSelection.create(doc, from2);
    tr.setSelection(selection);
  }
  return true;
};
var setTextDirection3 = (direction, position) => ({ tr, state, dispatch }) => {
  const { selection } = state;
  let from2;
  let to;
  if (typeof position === "number") {
    from2 = position;
    to = position;
  } else if (position && "from" in position && "to" in position) {
    from2 = position.from;
    to = position.to;
  } else {
    from2 = selection.from;
    to = selection.to;
  }
  if (dispatch) tr.doc.nodesBetween(from2, to, (node, pos) => {
    if (node.isText) return;
    tr.setNodeMarkup(pos, void 0, {
      ...node.attrs,
      dir: direction
    });
  });
  return true;
};
var setTextSelection3 = (position) => ({ tr, dispatch }) => {
  if (dispatch) {
    const { doc } = tr;
    const { from: from2, to } = typeof position === "number" ? {
      from: position,
      to: position
    } : position;
    const minPos = TextSelection.atStart(doc).from;
    const maxPos = TextSelection.atEnd(doc).to;
    const resolvedFrom = minMax3(from2, minPos, maxPos);
    const resolvedEnd = minMax3(to, minPos, maxPos);
    const selection = TextSelection.create(doc, resolvedFrom, resolvedEnd);
    tr.setSelection(selection);
  }
  return true;
};
var sinkListItem$13 = (typeOrName) => ({ state, dispatch }) => {
  const type = getNodeType3(typeOrName, state.schema);
  return sinkListItem(type)(state, dispatch);
};
function ensureMarks3(state, splittableMarks) {
  const marks = state.storedMarks || state.selection.$to.parentOffset && state.selection.$from.marks();
  if (marks) {
    const filteredMarks = marks.filter((mark) => splittableMarks === null || splittableMarks === void 0 ? void 0 : splittableMarks.includes(mark.type.name));
    state.tr.ensureMarks(filteredMarks);
  }
}
var splitBlock4 = ({ keepMarks = true } = {}) => ({ tr, state, dispatch, editor }) => {
  const { selection, doc } = tr;
  const { $from, $to } = selection;
  const extensionAttributes = editor.extensionManager.attributes;
  const newAttributes = getSplittedAttributes3(extensionAttributes, $from.node().type.name, $from.node().attrs);
  if (selection instanceof NodeSelection && selection.node.isBlock) {
    if (!$from.parentOffset || !canSplit(doc, $from.pos)) return false;
    if (dispatch) {
      if (keepMarks) ensureMarks3(state, editor.extensionManager.splittableMarks);
      tr.split($from.pos).scrollIntoView();
    }
    return true;
  }
  if (!$from.parent.isBlock) return false;
  const atEnd = $to.parentOffset === $to.parent.content.size;
  const deflt = $from.depth === 0 ? void 0 : defaultBlockAt4($from.node(-1).contentMatchAt($from.indexAfter(-1)));
  let types = atEnd && deflt ? [{
    type: deflt,
    attrs: newAttributes
  }] : void 0;
  let can = canSplit(tr.doc, tr.mapping.map($from.pos), 1, types);
  if (!types && !can && canSplit(tr.doc, tr.mapping.map($from.pos), 1, deflt ? [{ type: deflt }] : void 0)) {
    can = true;
    types = deflt ? [{
      type: deflt,
      attrs: newAttributes
    }] : void 0;
  }
  if (dispatch) {
    if (can) {
      if (selection instanceof TextSelection) tr.deleteSelection();
      tr.split(tr.mapping.map($from.pos), 1, types);
      if (deflt && !atEnd && !$from.parentOffset && $from.parent.type !== deflt) {
        const first4 = tr.mapping.map($from.before());
        const $first = tr.doc.resolve(first4);
        if ($from.node(-1).canReplaceWith($first.index(), $first.index() + 1, deflt)) tr.setNodeMarkup(tr.mapping.map($from.before()), deflt);
      }
    }
    if (keepMarks) ensureMarks3(state, editor.extensionManager.splittableMarks);
    tr.scrollIntoView();
  }
  return can;
};
var splitListItem3 = (typeOrName, overrideAttrs = {}) => ({ tr, state, dispatch, editor }) => {
  const type = getNodeType3(typeOrName, state.schema);
  const { $from, $to } = state.selection;
  const node = state.selection.node;
  if (node && node.isBlock || $from.depth < 2 || !$from.sameParent($to)) return false;
  const grandParent = $from.node(-1);
  if (grandParent.type !== type) return false;
  const extensionAttributes = editor.extensionManager.attributes;
  if ($from.parent.content.size === 0 && $from.node(-1).childCount === $from.indexAfter(-1)) {
    if ($from.depth === 2 || $from.node(-3).type !== type || $from.index(-2) !== $from.node(-2).childCount - 1) return false;
    if (dispatch) {
      var _type$contentMatch$de;
      let wrap = Fragment.empty;
      const depthBefore = $from.index(-1) ? 1 : $from.index(-2) ? 2 : 3;
      for (let d = $from.depth - depthBefore; d >= $from.depth - 3; d -= 1) wrap = Fragment.from($from.node(d).copy(wrap));
      const depthAfter = $from.indexAfter(-1) < $from.node(-2).childCount ? 1 : $from.indexAfter(-2) < $from.node(-3).childCount ? 2 : 3;
      const newNextTypeAttributes2 = {
        ...getSplittedAttributes3(extensionAttributes, $from.node().type.name, $from.node().attrs),
        ...overrideAttrs
      };
      const nextType2 = ((_type$contentMatch$de = type.contentMatch.defaultType) === null || _type$contentMatch$de === void 0 ? void 0 : _type$contentMatch$de.createAndFill(newNextTypeAttributes2)) || void 0;
      wrap = wrap.append(Fragment.from(type.createAndFill(null, nextType2) || void 0));
      const start = $from.before($from.depth - (depthBefore - 1));
      tr.replace(start, $from.after(-depthAfter), new Slice(wrap, 4 - depthBefore, 0));
      let sel = -1;
      tr.doc.nodesBetween(start, tr.doc.content.size, (n, pos) => {
        if (sel > -1) return false;
        if (n.isTextblock && n.content.size === 0) sel = pos + 1;
      });
      if (sel > -1) tr.setSelection(TextSelection.near(tr.doc.resolve(sel)));
      tr.scrollIntoView();
    }
    return true;
  }
  const nextType = $to.pos === $from.end() ? grandParent.contentMatchAt(0).defaultType : null;
  const newTypeAttributes = {
    ...getSplittedAttributes3(extensionAttributes, grandParent.type.name, grandParent.attrs),
    ...overrideAttrs
  };
  const newNextTypeAttributes = {
    ...getSplittedAttributes3(extensionAttributes, $from.node().type.name, $from.node().attrs),
    ...overrideAttrs
  };
  tr.delete($from.pos, $to.pos);
  const types = nextType ? [{
    type,
    attrs: newTypeAttributes
  }, {
    type: nextType,
    attrs: newNextTypeAttributes
  }] : [{
    type,
    attrs: newTypeAttributes
  }];
  if (!canSplit(tr.doc, $from.pos, 2)) return false;
  if (dispatch) {
    const { selection, storedMarks } = state;
    const { splittableMarks } = editor.extensionManager;
    const marks = storedMarks || selection.$to.parentOffset && selection.$from.marks();
    tr.split($from.pos, 2, types).scrollIntoView();
    if (!marks || !dispatch) return true;
    const filteredMarks = marks.filter((mark) => splittableMarks.includes(mark.type.name));
    tr.ensureMarks(filteredMarks);
  }
  return true;
};
function normalizeListType3(type) {
  return !type || type === "1" ? null : type;
}
function areListTypesCompatible3(typeA, typeB) {
  return normalizeListType3(typeA) === normalizeListType3(typeB);
}
var joinListBackwards3 = (tr, listType) => {
  const list = findParentNode3((node) => node.type === listType)(tr.selection);
  if (!list) return true;
  const before = tr.doc.resolve(Math.max(0, list.pos - 1)).before(list.depth);
  if (before === void 0) return true;
  const nodeBefore = tr.doc.nodeAt(before);
  if (!(list.node.type === (nodeBefore === null || nodeBefore === void 0 ? void 0 : nodeBefore.type) && canJoin(tr.doc, list.pos))) return true;
  if (!areListTypesCompatible3(list.node.attrs.type, nodeBefore === null || nodeBefore === void 0 ? void 0 : nodeBefore.attrs.type)) return true;
  tr.join(list.pos);
  return true;
};
var joinListForwards3 = (tr, listType) => {
  const list = findParentNode3((node) => node.type === listType)(tr.selection);
  if (!list) return true;
  const after = tr.doc.resolve(list.start).after(list.depth);
  if (after === void 0) return true;
  const nodeAfter = tr.doc.nodeAt(after);
  if (!(list.node.type === (nodeAfter === null || nodeAfter === void 0 ? void 0 : nodeAfter.type) && canJoin(tr.doc, after))) return true;
  if (!areListTypesCompatible3(list.node.attrs.type, nodeAfter === null || nodeAfter === void 0 ? void 0 : nodeAfter.attrs.type)) return true;
  tr.join(after);
  return true;
};
function createInnerSelectionForWholeDocList3(tr) {
  const doc = tr.doc;
  const list = doc.firstChild;
  if (!list) return null;
  const $start = doc.resolve(1);
  const $end = doc.resolve(list.nodeSize - 1);
  return TextSelection.between($start, $end);
}
var toggleList3 = (listTypeOrName, itemTypeOrName, keepMarks, attributes = {}) => ({ editor, tr, state, dispatch, chain, commands, can }) => {
  const { extensions, splittableMarks } = editor.extensionManager;
  const listType = getNodeType3(listTypeOrName, state.schema);
  const itemType = getNodeType3(itemTypeOrName, state.schema);
  const { selection, storedMarks } = state;
  const { $from, $to } = selection;
  const range = $from.blockRange($to);
  const marks = storedMarks || selection.$to.parentOffset && selection.$from.marks();
  if (!range) return false;
  const parentList = findParentNode3((node) => isList3(node.type.name, extensions))(selection);
  const isAllSelection = selection.from === 0 && selection.to === state.doc.content.size;
  const topLevelNodes = state.doc.content.content;
  const soleTopLevelNode = topLevelNodes.length === 1 ? topLevelNodes[0] : null;
  const allSelectionList = isAllSelection && soleTopLevelNode && isList3(soleTopLevelNode.type.name, extensions) ? {
    node: soleTopLevelNode,
    pos: 0,
    depth: 0
  } : null;
  const currentList = parentList !== null && parentList !== void 0 ? parentList : allSelectionList;
  const isInsideExistingList = !!parentList && range.depth >= 1 && range.depth - parentList.depth <= 1;
  const hasWholeDocSelectedList = !!allSelectionList;
  if ((isInsideExistingList || hasWholeDocSelectedList) && currentList) {
    if (currentList.node.type === listType) {
      if (isAllSelection && hasWholeDocSelectedList) return chain().command(({ tr: trx, dispatch: disp }) => {
        const nextSelection = createInnerSelectionForWholeDocList3(trx);
        if (!nextSelection) return false;
        trx.setSelection(nextSelection);
        if (disp) disp(trx);
        return true;
      }).liftListItem(itemType).run();
      return commands.liftListItem(itemType);
    }
    if (isList3(currentList.node.type.name, extensions) && listType.validContent(currentList.node.content)) return chain().command(() => {
      tr.setNodeMarkup(currentList.pos, listType);
      return true;
    }).command(() => joinListBackwards3(tr, listType)).command(() => joinListForwards3(tr, listType)).run();
  }
  if (!keepMarks || !marks || !dispatch) return chain().command(() => {
    if (can().wrapInList(listType, attributes)) return true;
    return commands.clearNodes();
  }).wrapInList(listType, attributes).command(() => joinListBackwards3(tr, listType)).command(() => joinListForwards3(tr, listType)).run();
  return chain().command(() => {
    const canWrapInList = can().wrapInList(listType, attributes);
    const filteredMarks = marks.filter((mark) => splittableMarks.includes(mark.type.name));
    tr.ensureMarks(filteredMarks);
    if (canWrapInList) return true;
    return commands.clearNodes();
  }).wrapInList(listType, attributes).command(() => joinListBackwards3(tr, listType)).command(() => joinListForwards3(tr, listType)).run();
};
var toggleMark3 = (typeOrName, attributes = {}, options = {}) => ({ state, commands }) => {
  const { extendEmptyMarkRange = false } = options;
  const type = getMarkType3(typeOrName, state.schema);
  if (isMarkActive3(state, type, attributes)) return commands.unsetMark(type, { extendEmptyMarkRange });
  return commands.setMark(type, attributes);
};
var toggleNode3 = (typeOrName, toggleTypeOrName, attributes = {}) => ({ state, commands }) => {
  const type = getNodeType3(typeOrName, state.schema);
  const toggleType = getNodeType3(toggleTypeOrName, state.schema);
  const isActive = isNodeActive3(state, type, attributes);
  let attributesToCopy;
  if (state.selection.$anchor.sameParent(state.selection.$head)) attributesToCopy = state.selection.$anchor.parent.attrs;
  if (isActive) return commands.setNode(toggleType, attributesToCopy);
  return commands.setNode(type, {
    ...attributesToCopy,
    ...attributes
  });
};
var toggleWrap3 = (typeOrName, attributes = {}) => ({ state, commands }) => {
  const type = getNodeType3(typeOrName, state.schema);
  if (isNodeActive3(state, type, attributes)) return commands.lift(type);
  return commands.wrapIn(type, attributes);
};
var undoInputRule3 = () => ({ state, dispatch }) => {
  const plugins = state.plugins;
  for (let i = 0; i < plugins.length; i += 1) {
    const plugin = plugins[i];
    let undoable;
    if (plugin.spec.isInputRules && (undoable = plugin.getState(state))) {
      if (dispatch) {
        const tr = state.tr;
        const toUndo = undoable.transform;
        for (let j2 = toUndo.steps.length - 1; j2 >= 0; j2 -= 1) tr.step(toUndo.steps[j2].invert(toUndo.docs[j2]));
        if (undoable.text) {
          const marks = tr.doc.resolve(undoable.from).marks();
          tr.replaceWith(undoable.from, undoable.to, state.schema.text(undoable.text, marks));
        } else tr.delete(undoable.from, undoable.to);
      }
      return true;
    }
  }
  return false;
};
var unsetAllMarks3 = (options = {}) => ({ tr, dispatch, editor }) => {
  const { ignoreClearable = false } = options;
  const { selection } = tr;
  const { empty, ranges } = selection;
  if (empty) return true;
  const { nonClearableMarks } = editor.extensionManager;
  if (dispatch) {
    const clearableMarkTypes = Object.values(editor.schema.marks).filter((markType) => ignoreClearable || !nonClearableMarks.includes(markType.name));
    ranges.forEach((range) => {
      for (const markType of clearableMarkTypes) tr.removeMark(range.$from.pos, range.$to.pos, markType);
    });
  }
  return true;
};
var unsetMark3 = (typeOrName, options = {}) => ({ tr, state, dispatch }) => {
  const { extendEmptyMarkRange = false } = options;
  const { selection } = tr;
  const type = getMarkType3(typeOrName, state.schema);
  const { $from, empty, ranges } = selection;
  if (!dispatch) return true;
  if (empty && extendEmptyMarkRange) {
    var _$from$marks$find;
    let { from: from2, to } = selection;
    const range = getMarkRange3($from, type, (_$from$marks$find = $from.marks().find((mark) => mark.type === type)) === null || _$from$marks$find === void 0 ? void 0 : _$from$marks$find.attrs);
    if (range) {
      from2 = range.from;
      to = range.to;
    }
    tr.removeMark(from2, to, type);
  } else ranges.forEach((range) => {
    tr.removeMark(range.$from.pos, range.$to.pos, type);
  });
  tr.removeStoredMark(type);
  return true;
};
var unsetTextDirection3 = (position) => ({ tr, state, dispatch }) => {
  const { selection } = state;
  let from2;
  let to;
  if (typeof position === "number") {
    from2 = position;
    to = position;
  } else if (position && "from" in position && "to" in position) {
    from2 = position.from;
    to = position.to;
  } else {
    from2 = selection.from;
    to = selection.to;
  }
  if (dispatch) tr.doc.nodesBetween(from2, to, (node, pos) => {
    if (node.isText) return;
    const newAttrs = { ...node.attrs };
    delete newAttrs.dir;
    tr.setNodeMarkup(pos, void 0, newAttrs);
  });
  return true;
};
var updateAttributes3 = (typeOrName, attributes = {}) => ({ tr, state, dispatch }) => {
  let nodeType = null;
  let markType = null;
  const schemaType = getSchemaTypeNameByName3(typeof typeOrName === "string" ? typeOrName : typeOrName.name, state.schema);
  if (!schemaType) return false;
  if (schemaType === "node") nodeType = getNodeType3(typeOrName, state.schema);
  if (schemaType === "mark") markType = getMarkType3(typeOrName, state.schema);
  let canUpdate = false;
  tr.selection.ranges.forEach((range) => {
    const from2 = range.$from.pos;
    const to = range.$to.pos;
    let lastPos;
    let lastNode;
    let trimmedFrom;
    let trimmedTo;
    if (tr.selection.empty) state.doc.nodesBetween(from2, to, (node, pos) => {
      if (nodeType && nodeType === node.type) {
        canUpdate = true;
        trimmedFrom = Math.max(pos, from2);
        trimmedTo = Math.min(pos + node.nodeSize, to);
        lastPos = pos;
        lastNode = node;
      }
    });
    else state.doc.nodesBetween(from2, to, (node, pos) => {
      if (pos < from2 && nodeType && nodeType === node.type) {
        canUpdate = true;
        trimmedFrom = Math.max(pos, from2);
        trimmedTo = Math.min(pos + node.nodeSize, to);
        lastPos = pos;
        lastNode = node;
      }
      if (pos >= from2 && pos <= to) {
        if (nodeType && nodeType === node.type) {
          canUpdate = true;
          if (dispatch) tr.setNodeMarkup(pos, void 0, {
            ...node.attrs,
            ...attributes
          });
        }
        if (markType && node.marks.length) node.marks.forEach((mark) => {
          if (markType === mark.type) {
            canUpdate = true;
            if (dispatch) {
              const trimmedFrom2 = Math.max(pos, from2);
              const trimmedTo2 = Math.min(pos + node.nodeSize, to);
              tr.addMark(trimmedFrom2, trimmedTo2, markType.create({
                ...mark.attrs,
                ...attributes
              }));
            }
          }
        });
      }
    });
    if (lastNode) {
      if (lastPos !== void 0 && dispatch) tr.setNodeMarkup(lastPos, void 0, {
        ...lastNode.attrs,
        ...attributes
      });
      if (markType && lastNode.marks.length) lastNode.marks.forEach((mark) => {
        if (markType === mark.type && dispatch) tr.addMark(trimmedFrom, trimmedTo, markType.create({
          ...mark.attrs,
          ...attributes
        }));
      });
    }
  });
  return canUpdate;
};
var DECORATION_MANAGER_PLUGIN_KEY3 = new PluginKey("__tiptap_decorations__");
var updateDecorations3 = (extensionName) => ({ tr, dispatch }) => {
  if (dispatch) tr.setMeta(DECORATION_MANAGER_PLUGIN_KEY3, {
    type: "force",
    name: extensionName
  });
  return true;
};
var wrapIn$13 = (typeOrName, attributes = {}) => ({ state, dispatch }) => {
  const type = getNodeType3(typeOrName, state.schema);
  return wrapIn(type, attributes)(state, dispatch);
};
var wrapInList$13 = (typeOrName, attributes = {}) => ({ state, dispatch }) => {
  const type = getNodeType3(typeOrName, state.schema);
  return wrapInList(type, attributes)(state, dispatch);
};
var commands_exports3 = /* @__PURE__ */ __exportAll4({
  blur: () => blur3,
  clearContent: () => clearContent3,
  clearNodes: () => clearNodes3,
  command: () => command3,
  createParagraphNear: () => createParagraphNear$13,
  cut: () => cut3,
  deleteCurrentNode: () => deleteCurrentNode3,
  deleteNode: () => deleteNode3,
  deleteRange: () => deleteRange3,
  deleteSelection: () => deleteSelection4,
  enter: () => enter3,
  exitCode: () => exitCode$13,
  extendMarkRange: () => extendMarkRange3,
  first: () => first3,
  focus: () => focus3,
  forEach: () => forEach4,
  insertContent: () => insertContent3,
  insertContentAt: () => insertContentAt3,
  insertDefaultBlock: () => insertDefaultBlock3,
  joinBackward: () => joinBackward$13,
  joinDown: () => joinDown$13,
  joinForward: () => joinForward$13,
  joinItemBackward: () => joinItemBackward3,
  joinItemForward: () => joinItemForward3,
  joinTextblockBackward: () => joinTextblockBackward$13,
  joinTextblockForward: () => joinTextblockForward$13,
  joinUp: () => joinUp$13,
  keyboardShortcut: () => keyboardShortcut3,
  lift: () => lift$13,
  liftEmptyBlock: () => liftEmptyBlock$13,
  liftListItem: () => liftListItem$13,
  newlineInCode: () => newlineInCode$13,
  resetAttributes: () => resetAttributes3,
  scrollIntoView: () => scrollIntoView3,
  selectAll: () => selectAll4,
  selectNodeBackward: () => selectNodeBackward$13,
  selectNodeForward: () => selectNodeForward$13,
  selectParentNode: () => selectParentNode$13,
  selectTextblockEnd: () => selectTextblockEnd$13,
  selectTextblockStart: () => selectTextblockStart$13,
  setContent: () => setContent3,
  setMark: () => setMark3,
  setMeta: () => setMeta3,
  setNode: () => setNode3,
  setNodeSelection: () => setNodeSelection3,
  setTextDirection: () => setTextDirection3,
  setTextSelection: () => setTextSelection3,
  sinkListItem: () => sinkListItem$13,
  splitBlock: () => splitBlock4,
  splitListItem: () => splitListItem3,
  toggleList: () => toggleList3,
  toggleMark: () => toggleMark3,
  toggleNode: () => toggleNode3,
  toggleWrap: () => toggleWrap3,
  undoInputRule: () => undoInputRule3,
  unsetAllMarks: () => unsetAllMarks3,
  unsetMark: () => unsetMark3,
  unsetTextDirection: () => unsetTextDirection3,
  updateAttributes: () => updateAttributes3,
  updateDecorations: () => updateDecorations3,
  wrapIn: () => wrapIn$13,
  wrapInList: () => wrapInList$13
});
var depthByEditor3 = /* @__PURE__ */ new WeakMap();
function runInDecorationApplyScope3(editor, callback) {
  var _depthByEditor$get;
  depthByEditor3.set(editor, ((_depthByEditor$get = depthByEditor3.get(editor)) !== null && _depthByEditor$get !== void 0 ? _depthByEditor$get : 0) + 1);
  try {
    return callback();
  } finally {
    var _depthByEditor$get2;
    const remaining = ((_depthByEditor$get2 = depthByEditor3.get(editor)) !== null && _depthByEditor$get2 !== void 0 ? _depthByEditor$get2 : 1) - 1;
    if (remaining > 0) depthByEditor3.set(editor, remaining);
    else depthByEditor3.delete(editor);
  }
}
var isDev3 = typeof process !== "undefined" && process.env.NODE_ENV !== "production";
function isWidgetDecoration3(decoration) {
  return decoration.kind === "widget";
}
function decorationsToPMDecorations3(decorations, extensionName) {
  const pmDecorations = [];
  const widgetKeys = /* @__PURE__ */ new Set();
  for (const decoration of decorations) {
    if (decoration.kind === "widget") {
      if (isWidgetDecoration3(decoration)) widgetKeys.add(decoration.key);
    }
    pmDecorations.push(decoration.toPMDecoration(extensionName));
  }
  return {
    decorations: pmDecorations,
    widgetKeys
  };
}
function buildDecorationSet3(doc, decorations, extensionName) {
  const { decorations: pmDecorations, widgetKeys } = decorationsToPMDecorations3(decorations, extensionName);
  return {
    set: DecorationSet.create(doc, pmDecorations),
    widgetKeys
  };
}
function rangeOwnsPosition3({ position, from: from2, to, docSize }) {
  if (position < from2) return false;
  if (position < to) return true;
  return position === to && to === docSize;
}
function filterOutOfRangeDecorations3({ decorations, from: from2, to, docSize, extensionName, warnedExtensions }) {
  return decorations.filter((decoration) => {
    if (rangeOwnsPosition3({
      position: decoration.anchor,
      from: from2,
      to,
      docSize
    })) return true;
    if (decoration.anchor === to) return false;
    if (!warnedExtensions.has(extensionName)) {
      warnedExtensions.add(extensionName);
      console.warn(`[tiptap warn]: Extension "${extensionName}" returned a decoration outside the requested range [${from2}, ${to}). It was ignored.`);
    }
    return false;
  });
}
function widgetKeyOf3(decoration) {
  var _decoration$spec;
  const key = (_decoration$spec = decoration.spec) === null || _decoration$spec === void 0 ? void 0 : _decoration$spec.key;
  return typeof key === "string" ? key : void 0;
}
function findDuplicateWidgetKeys3(decorationSet) {
  const extensionsByKey = /* @__PURE__ */ new Map();
  const counts = /* @__PURE__ */ new Map();
  for (const decoration of decorationSet.find()) {
    var _extensionName, _extensionsByKey$get, _counts$get;
    const key = widgetKeyOf3(decoration);
    if (!key) continue;
    const extension = (_extensionName = decoration.spec.extensionName) !== null && _extensionName !== void 0 ? _extensionName : "unknown";
    const extensions = (_extensionsByKey$get = extensionsByKey.get(key)) !== null && _extensionsByKey$get !== void 0 ? _extensionsByKey$get : /* @__PURE__ */ new Set();
    extensions.add(extension);
    extensionsByKey.set(key, extensions);
    counts.set(key, ((_counts$get = counts.get(key)) !== null && _counts$get !== void 0 ? _counts$get : 0) + 1);
  }
  return Array.from(extensionsByKey, ([key, extensions]) => ({
    key,
    extensions
  })).filter(({ key }) => {
    var _counts$get2;
    return ((_counts$get2 = counts.get(key)) !== null && _counts$get2 !== void 0 ? _counts$get2 : 0) > 1;
  });
}
function isAttrStep3(step) {
  return step.jsonID === "attr";
}
function hasResolvableChangedRange3(step) {
  let hasMappedRange = false;
  step.getMap().forEach(() => {
    hasMappedRange = true;
  });
  if (hasMappedRange || isAttrStep3(step)) return true;
  const positionalStep = step;
  return typeof positionalStep.from === "number" && typeof positionalStep.to === "number";
}
function blockRangeFor3(doc, changed) {
  let from2 = null;
  let to = 0;
  let nodeStart = 0;
  for (let index = 0; index < doc.childCount; index += 1) {
    if (nodeStart > changed.to) break;
    const nodeEnd = nodeStart + doc.child(index).nodeSize;
    if (nodeEnd >= changed.from) {
      if (from2 === null) from2 = nodeStart;
      to = nodeEnd;
    }
    nodeStart = nodeEnd;
  }
  return from2 === null ? null : {
    from: from2,
    to
  };
}
function getRebuildRanges3(tr, doc) {
  if (tr.steps.some((step) => !hasResolvableChangedRange3(step))) return { type: "full" };
  const newRanges = getChangedRanges3(tr).map(({ newRange }) => newRange);
  tr.steps.forEach((step, index) => {
    if (!isAttrStep3(step)) return;
    const mapping = tr.mapping.slice(index);
    newRanges.push({
      from: mapping.map(step.pos, -1),
      to: mapping.map(step.pos + 1)
    });
  });
  const ranges = [];
  for (const newRange of newRanges) {
    const blockRange = blockRangeFor3(doc, newRange);
    if (blockRange) ranges.push(blockRange);
  }
  ranges.sort((a, b2) => a.from - b2.from);
  const merged = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range.from <= last.to) last.to = Math.max(last.to, range.to);
    else merged.push({ ...range });
  }
  return {
    type: "ranges",
    ranges: merged
  };
}
function mapDecorationSet3(set, mapping, doc, widgetKeys) {
  return set.map(mapping, doc, { onRemove: (removedSpec) => {
    const key = removedSpec === null || removedSpec === void 0 ? void 0 : removedSpec.key;
    if (typeof key === "string") widgetKeys.delete(key);
  } });
}
function mapDecorations3(name, previous, tr) {
  var _previous$decorationS, _previous$widgetKeysB;
  const previousSet = (_previous$decorationS = previous.decorationSetsByExtension[name]) !== null && _previous$decorationS !== void 0 ? _previous$decorationS : DecorationSet.empty;
  const widgetKeys = new Set((_previous$widgetKeysB = previous.widgetKeysByExtension[name]) !== null && _previous$widgetKeysB !== void 0 ? _previous$widgetKeysB : []);
  return {
    set: mapDecorationSet3(previousSet, tr.mapping, tr.doc, widgetKeys),
    widgetKeys
  };
}
function mergeDecorationSets3(doc, decorationSetsByExtension) {
  const allDecorations = Object.values(decorationSetsByExtension).flatMap((set) => set.find());
  return DecorationSet.create(doc, allDecorations);
}
function unionWidgetKeys3(widgetKeysByExtension) {
  const merged = /* @__PURE__ */ new Set();
  for (const keys of Object.values(widgetKeysByExtension)) for (const key of keys) merged.add(key);
  return merged;
}
function validateDecorationSpec3(name, spec) {
  var _update;
  switch ((_update = spec.update) !== null && _update !== void 0 ? _update : "document") {
    case "document":
      if (spec.createInRange) throw new Error(`[tiptap error]: Extension "${name}" provides createInRange() but does not use the "changedRanges" decoration update strategy.`);
      return;
    case "changedRanges":
      if (!spec.createInRange) throw new Error(`[tiptap error]: Extension "${name}" uses the "changedRanges" decoration update strategy but does not provide createInRange().`);
      return;
    case "manual":
      if (spec.createInRange) throw new Error(`[tiptap error]: Extension "${name}" uses the "manual" decoration update strategy, which is not compatible with createInRange(). createInRange() requires the "changedRanges" strategy.`);
      if (spec.shouldUpdate) throw new Error(`[tiptap error]: Extension "${name}" cannot combine the "manual" decoration update strategy with shouldUpdate().`);
      return;
    default:
      throw new Error(`[tiptap error]: Extension "${name}" uses an unknown decoration update strategy. Expected "document", "changedRanges", or "manual".`);
  }
}
function shouldRecomputeDecoration3(spec, props, forced) {
  if (forced) return true;
  if (spec.update === "manual") return false;
  return spec.shouldUpdate ? spec.shouldUpdate(props) : props.tr.docChanged;
}
var EMPTY_KEYS3 = /* @__PURE__ */ new Set();
var DecorationManager3 = class {
  constructor(options) {
    this.warnedWidgetKeys = /* @__PURE__ */ new Set();
    this.warnedOutOfRangeExtensions = /* @__PURE__ */ new Set();
    this.handleBeforeTransaction = ({ nextState }) => {
      const state = DECORATION_MANAGER_PLUGIN_KEY3.getState(nextState);
      if (state) this.warnDuplicateWidgetKeys(state);
    };
    this.editor = options.editor;
    this.entries = this.resolveEntries(options.entries);
    this.entries.forEach(({ name, spec }) => validateDecorationSpec3(name, spec));
    this.plugin = this.entries.length > 0 ? this.createPlugin() : null;
    this.editor.on("beforeTransaction", this.handleBeforeTransaction);
  }
  destroy() {
    this.editor.off("beforeTransaction", this.handleBeforeTransaction);
  }
  /**
  * Returns the set of live widget keys from all decoration extensions.
  * @returns A readonly set of widget keys
  */
  liveWidgetKeys() {
    var _DECORATION_MANAGER_P, _DECORATION_MANAGER_P2;
    return (_DECORATION_MANAGER_P = (_DECORATION_MANAGER_P2 = DECORATION_MANAGER_PLUGIN_KEY3.getState(this.editor.state)) === null || _DECORATION_MANAGER_P2 === void 0 ? void 0 : _DECORATION_MANAGER_P2.widgetKeys) !== null && _DECORATION_MANAGER_P !== void 0 ? _DECORATION_MANAGER_P : EMPTY_KEYS3;
  }
  /**
  * The mounted editor view, or `null` when destroyed. Decoration callbacks
  * must never receive the placeholder view `editor.view` falls back to.
  * @returns The mounted editor view, or `null`
  */
  get mountedView() {
    return this.editor.isDestroyed ? null : this.editor.view;
  }
  /**
  * Resolves decoration entries by calling the addDecorations function for each extension entry.
  * @param entries The decoration manager entries to resolve
  * @returns An array of resolved decoration entries
  */
  resolveEntries(entries) {
    const resolved = [];
    for (const { name, addDecorations } of entries) {
      const spec = addDecorations();
      if (spec) resolved.push({
        name,
        spec
      });
    }
    return resolved;
  }
  /**
  * Creates the ProseMirror plugin for managing decorations.
  * @returns A ProseMirror plugin with state management
  */
  createPlugin() {
    const { editor, entries } = this;
    return new Plugin({
      key: DECORATION_MANAGER_PLUGIN_KEY3,
      state: {
        init: (_config, state) => {
          const decorationSetsByExtension = {};
          const widgetKeysByExtension = {};
          for (const { name, spec } of entries) {
            const { set, widgetKeys } = this.buildFullSet(name, spec, state);
            decorationSetsByExtension[name] = set;
            widgetKeysByExtension[name] = widgetKeys;
          }
          const managerState = {
            decorationSetsByExtension,
            widgetKeysByExtension,
            mergedDecorationSet: this.buildMergedSet(state.doc, decorationSetsByExtension),
            widgetKeys: unionWidgetKeys3(widgetKeysByExtension)
          };
          this.warnDuplicateWidgetKeys(managerState);
          return managerState;
        },
        apply: (tr, previous, oldState, newState) => {
          const meta = tr.getMeta(DECORATION_MANAGER_PLUGIN_KEY3);
          const forceAll = (meta === null || meta === void 0 ? void 0 : meta.type) === "force" && !meta.name;
          const forceName = (meta === null || meta === void 0 ? void 0 : meta.type) === "force" ? meta.name : void 0;
          const decorationSetsByExtension = {};
          const widgetKeysByExtension = {};
          const recomputedNames = /* @__PURE__ */ new Set();
          runInDecorationApplyScope3(editor, () => {
            for (const { name, spec } of entries) {
              const forced = forceAll || forceName === name;
              if (!shouldRecomputeDecoration3(spec, {
                editor,
                tr,
                oldState,
                newState
              }, forced)) {
                const result = mapDecorations3(name, previous, tr);
                decorationSetsByExtension[name] = result.set;
                widgetKeysByExtension[name] = result.widgetKeys;
              } else if (spec.update === "changedRanges" && tr.docChanged && !forced) {
                const result = this.applyChangedRangesRecompute(name, spec, previous, tr, newState);
                decorationSetsByExtension[name] = result.set;
                widgetKeysByExtension[name] = result.widgetKeys;
                recomputedNames.add(name);
              } else {
                const { set, widgetKeys } = this.buildFullSet(name, spec, newState);
                decorationSetsByExtension[name] = set;
                widgetKeysByExtension[name] = widgetKeys;
                recomputedNames.add(name);
              }
            }
          });
          if (recomputedNames.size === 0 && !tr.docChanged) return previous;
          return {
            decorationSetsByExtension,
            widgetKeysByExtension,
            mergedDecorationSet: this.mergeAfterApply({
              entries,
              previous,
              tr,
              decorationSetsByExtension,
              recomputedNames
            }),
            widgetKeys: unionWidgetKeys3(widgetKeysByExtension)
          };
        }
      },
      props: { decorations(state) {
        var _DECORATION_MANAGER_P3, _DECORATION_MANAGER_P4;
        return (_DECORATION_MANAGER_P3 = (_DECORATION_MANAGER_P4 = DECORATION_MANAGER_PLUGIN_KEY3.getState(state)) === null || _DECORATION_MANAGER_P4 === void 0 ? void 0 : _DECORATION_MANAGER_P4.mergedDecorationSet) !== null && _DECORATION_MANAGER_P3 !== void 0 ? _DECORATION_MANAGER_P3 : DecorationSet.empty;
      } }
    });
  }
  /**
  * Applies changed ranges recomputation to a decoration set, dropping stale decorations and rebuilding only the touched blocks.
  * @param name The name of the decoration extension
  * @param spec The decoration spec
  * @param previous The previous decoration manager state
  * @param tr The transaction to apply
  * @param newState The new editor state
  * @returns The updated decoration set and widget keys
  */
  applyChangedRangesRecompute(name, spec, previous, tr, newState) {
    const resolution = getRebuildRanges3(tr, newState.doc);
    if (resolution.type === "full") return this.buildFullSet(name, spec, newState);
    return this.rebuildRanges(name, spec, previous, tr, newState, resolution.ranges);
  }
  /**
  * Rebuilds decorations for the changed block ranges: maps the previous set
  * forward, then for each range removes stale decorations, calls
  * `createInRange`, and adds the new ones while syncing widget keys.
  * @param name The extension name.
  * @param spec The decoration spec.
  * @param previous The previous decoration manager state.
  * @param tr The transaction to apply.
  * @param newState The new editor state.
  * @param ranges The block ranges to rebuild.
  * @returns The updated decoration set and widget keys.
  */
  rebuildRanges(name, spec, previous, tr, newState, ranges) {
    var _previous$decorationS, _previous$widgetKeysB;
    const previousSet = (_previous$decorationS = previous.decorationSetsByExtension[name]) !== null && _previous$decorationS !== void 0 ? _previous$decorationS : DecorationSet.empty;
    const widgetKeys = new Set((_previous$widgetKeysB = previous.widgetKeysByExtension[name]) !== null && _previous$widgetKeysB !== void 0 ? _previous$widgetKeysB : []);
    let set = mapDecorationSet3(previousSet, tr.mapping, tr.doc, widgetKeys);
    const docSize = newState.doc.content.size;
    for (const { from: from2, to } of ranges) {
      const stale = set.find(from2, to).filter((decoration) => rangeOwnsPosition3({
        position: decoration.from,
        from: from2,
        to,
        docSize
      }));
      for (const decoration of stale) {
        const key = widgetKeyOf3(decoration);
        if (key) widgetKeys.delete(key);
      }
      set = set.remove(stale);
      const { decorations: pmDecorations, widgetKeys: addedKeys } = decorationsToPMDecorations3(filterOutOfRangeDecorations3({
        decorations: this.runCreate(name, "createInRange", () => spec.createInRange({
          editor: this.editor,
          state: newState,
          view: this.mountedView,
          from: from2,
          to
        })),
        from: from2,
        to,
        docSize,
        extensionName: name,
        warnedExtensions: this.warnedOutOfRangeExtensions
      }), name);
      set = set.add(newState.doc, pmDecorations);
      for (const key of addedKeys) widgetKeys.add(key);
    }
    return {
      set,
      widgetKeys
    };
  }
  /**
  * Builds a full decoration set for the entire document.
  * @param name The name of the decoration extension
  * @param spec The decoration spec
  * @param state The editor state
  * @returns The decoration set and widget keys
  */
  buildFullSet(name, spec, state) {
    const decorations = this.runCreate(name, "create", () => spec.create({
      editor: this.editor,
      state,
      view: this.mountedView
    }));
    return buildDecorationSet3(state.doc, decorations, name);
  }
  /**
  * Runs a decoration callback and swallows anything it throws. These run inside
  * `state.apply`, where an uncaught error would abort the whole transaction.
  * @param name The extension name.
  * @param method The callback name, used in the error message.
  * @param create The callback to run.
  * @returns The decorations, or an empty array if the callback threw.
  */
  runCreate(name, method, create) {
    try {
      return create();
    } catch (error) {
      console.error(`[tiptap error]: Extension "${name}" threw in \`addDecorations().${method}()\`. Its decorations were dropped for this update.`, error);
      return [];
    }
  }
  warnDuplicateWidgetKeys(state) {
    if (!isDev3) return;
    if (state.widgetKeys.size === 0) {
      this.warnedWidgetKeys.clear();
      return;
    }
    const duplicateKeys = findDuplicateWidgetKeys3(state.mergedDecorationSet);
    const nextWarningKeys = new Set(duplicateKeys.map(({ key }) => key));
    for (const { key, extensions } of duplicateKeys) {
      if (this.warnedWidgetKeys.has(key)) continue;
      const names = Array.from(extensions).map((name) => `"${name}"`).join(", ");
      console.warn(`[tiptap warn]: Duplicate widget decoration key "${key}" in extension${extensions.size === 1 ? "" : "s"} ${names}. Widget decoration keys must be globally unique, otherwise ProseMirror misplaces the widget DOM. Use a stable, unique key (e.g. \`comment-\${id}\`).`);
    }
    this.warnedWidgetKeys = nextWarningKeys;
  }
  /**
  * Builds the merged DecorationSet during init. Skips the merge for a
  * single extension since its per-extension set is already correct.
  * @param doc The document to build the merged set for.
  * @param decorationSetsByExtension The per-extension decoration sets.
  * @returns The merged decoration set.
  */
  buildMergedSet(doc, decorationSetsByExtension) {
    const names = Object.keys(decorationSetsByExtension);
    if (names.length === 1) return decorationSetsByExtension[names[0]];
    return mergeDecorationSets3(doc, decorationSetsByExtension);
  }
  /**
  * Computes the merged DecorationSet after apply. Single extension skips the
  * merge; nothing recomputed maps the previous merged set forward; otherwise
  * the merge is rebuilt from the per-extension sets.
  */
  mergeAfterApply({ entries, previous, tr, decorationSetsByExtension, recomputedNames }) {
    if (entries.length === 1) return decorationSetsByExtension[entries[0].name];
    if (recomputedNames.size === 0) return previous.mergedDecorationSet.map(tr.mapping, tr.doc);
    return mergeDecorationSets3(tr.doc, decorationSetsByExtension);
  }
};
function isNumber3(value) {
  return typeof value === "number";
}
function getType3(value) {
  return Object.prototype.toString.call(value).slice(8, -1);
}
function isPlainObject3(value) {
  if (getType3(value) !== "Object") return false;
  return value.constructor === Object && Object.getPrototypeOf(value) === Object.prototype;
}
function parseIndentedBlocks2(src, config, lexer) {
  const lines = src.split("\n");
  const items = [];
  let totalRaw = "";
  let i = 0;
  const baseIndentSize = config.baseIndentSize || 2;
  while (i < lines.length) {
    const currentLine = lines[i];
    const itemMatch = currentLine.match(config.itemPattern);
    if (!itemMatch) {
      if (items.length > 0) break;
      else if (currentLine.trim() === "") {
        i += 1;
        totalRaw = `${totalRaw}${currentLine}
`;
        continue;
      } else return;
    }
    const itemData = config.extractItemData(itemMatch);
    const { indentLevel, mainContent } = itemData;
    totalRaw = `${totalRaw}${currentLine}
`;
    const itemContent = [mainContent];
    i += 1;
    while (i < lines.length) {
      var _nextLine$match;
      const nextLine = lines[i];
      if (nextLine.trim() === "") {
        var _nextNonEmpty$match;
        const nextNonEmptyIndex = lines.slice(i + 1).findIndex((l) => l.trim() !== "");
        if (nextNonEmptyIndex === -1) break;
        if ((((_nextNonEmpty$match = lines[i + 1 + nextNonEmptyIndex].match(/^(\s*)/)) === null || _nextNonEmpty$match === void 0 || (_nextNonEmpty$match = _nextNonEmpty$match[1]) === null || _nextNonEmpty$match === void 0 ? void 0 : _nextNonEmpty$match.length) || 0) > indentLevel) {
          itemContent.push(nextLine);
          totalRaw = `${totalRaw}${nextLine}
`;
          i += 1;
          continue;
        } else break;
      }
      if ((((_nextLine$match = nextLine.match(/^(\s*)/)) === null || _nextLine$match === void 0 || (_nextLine$match = _nextLine$match[1]) === null || _nextLine$match === void 0 ? void 0 : _nextLine$match.length) || 0) > indentLevel) {
        itemContent.push(nextLine);
        totalRaw = `${totalRaw}${nextLine}
`;
        i += 1;
      } else break;
    }
    let nestedTokens;
    const nestedContent = itemContent.slice(1);
    if (nestedContent.length > 0) {
      const dedentedNested = nestedContent.map((nestedLine) => nestedLine.slice(indentLevel + baseIndentSize)).join("\n");
      if (dedentedNested.trim()) {
        if (config.customNestedParser) nestedTokens = config.customNestedParser(dedentedNested);
        else nestedTokens = lexer.blockTokens(dedentedNested);
      }
    }
    const token = config.createToken(itemData, nestedTokens);
    items.push(token);
  }
  if (items.length === 0) return;
  return {
    items,
    raw: totalRaw
  };
}
var TAB_STOP2 = 4;
function columnWidth2(text) {
  let width = 0;
  for (const character of text) width = character === "	" ? width + TAB_STOP2 - width % TAB_STOP2 : width + 1;
  return width;
}
function renderNestedMarkdownContent2(node, h2, prefixOrGenerator, ctx, options) {
  if (!node || !Array.isArray(node.content)) return "";
  const prefix = typeof prefixOrGenerator === "function" ? prefixOrGenerator(ctx) : prefixOrGenerator;
  const [content, ...children] = node.content;
  let output = `${prefix}${h2.renderChildren([content])}`;
  if (children && children.length > 0) children.forEach((child, index) => {
    var _h$renderChild, _h$renderChild2;
    const childContent = (_h$renderChild = (_h$renderChild2 = h2.renderChild) === null || _h$renderChild2 === void 0 ? void 0 : _h$renderChild2.call(h2, child, index + 1)) !== null && _h$renderChild !== void 0 ? _h$renderChild : h2.renderChildren([child]);
    if (childContent !== void 0 && childContent !== null) {
      const indentLine = (line) => {
        if (!(options === null || options === void 0 ? void 0 : options.alignNestedToPrefix)) return h2.indent(line);
        const configured = h2.indent("");
        const prefixWidth = columnWidth2(prefix);
        return (columnWidth2(configured) >= prefixWidth ? configured : " ".repeat(prefixWidth)) + line;
      };
      const indentedChild = childContent.split("\n").map((line) => line ? indentLine(line) : indentLine("")).join("\n");
      output += child.type === "paragraph" ? `

${indentedChild}` : `
${indentedChild}`;
    }
  });
  return output;
}
function mergeDeep3(target, source) {
  const output = { ...target };
  if (isPlainObject3(target) && isPlainObject3(source)) Object.keys(source).forEach((key) => {
    if (isPlainObject3(source[key]) && isPlainObject3(target[key])) output[key] = mergeDeep3(target[key], source[key]);
    else output[key] = source[key];
  });
  return output;
}
function updateMarkViewAttributes3(checkMark, editor, attrs = {}) {
  const { state } = editor;
  const { doc, tr } = state;
  const thisMark = checkMark;
  doc.descendants((node, pos) => {
    const from2 = tr.mapping.map(pos);
    const to = tr.mapping.map(pos) + node.nodeSize;
    let foundMark = null;
    node.marks.forEach((mark) => {
      if (mark !== thisMark) return false;
      foundMark = mark;
    });
    if (!foundMark) return;
    let needsUpdate = false;
    Object.keys(attrs).forEach((k2) => {
      if (attrs[k2] !== foundMark.attrs[k2]) needsUpdate = true;
    });
    if (needsUpdate) {
      const updatedMark = checkMark.type.create({
        ...checkMark.attrs,
        ...attrs
      });
      tr.removeMark(from2, to, checkMark.type);
      tr.addMark(from2, to, updatedMark);
    }
  });
  if (tr.docChanged) editor.view.dispatch(tr);
}
var InputRule2 = class {
  constructor(config) {
    var _config$undoable;
    this.find = config.find;
    this.handler = config.handler;
    this.undoable = (_config$undoable = config.undoable) !== null && _config$undoable !== void 0 ? _config$undoable : true;
  }
};
var inputRuleMatcherHandler3 = (text, find2) => {
  if (isRegExp3(find2)) return find2.exec(text);
  const inputRuleMatch = find2(text);
  if (!inputRuleMatch) return null;
  const result = [inputRuleMatch.text];
  result.index = inputRuleMatch.index;
  result.input = text;
  result.data = inputRuleMatch.data;
  if (inputRuleMatch.replaceWith) {
    if (!inputRuleMatch.text.includes(inputRuleMatch.replaceWith)) console.warn('[tiptap warn]: "inputRuleMatch.replaceWith" must be part of "inputRuleMatch.text".');
    result.push(inputRuleMatch.replaceWith);
  }
  return result;
};
function run$13(config) {
  var _ref;
  const { editor, from: from2, to, text, rules, plugin } = config;
  const { view } = editor;
  if (view.composing) return false;
  const $from = view.state.doc.resolve(from2);
  if ($from.parent.type.spec.code || !!((_ref = $from.nodeBefore || $from.nodeAfter) === null || _ref === void 0 ? void 0 : _ref.marks.find((mark) => mark.type.spec.code))) return false;
  let matched = false;
  const textBefore = getTextContentFromNodes3($from) + text;
  rules.forEach((rule) => {
    if (matched) return;
    const match = inputRuleMatcherHandler3(textBefore, rule.find);
    if (!match) return;
    const matchedDocLength = match[0].length - text.length;
    if (matchedDocLength > 0) {
      const matchStartOffset = $from.parentOffset - matchedDocLength;
      if (matchStartOffset < 0 || $from.parent.textBetween(matchStartOffset, $from.parentOffset) !== match[0].slice(0, matchedDocLength)) return;
    }
    const tr = view.state.tr;
    const state = createChainableState3({
      state: view.state,
      transaction: tr
    });
    const range = {
      from: from2 - (match[0].length - text.length),
      to
    };
    const { commands, chain, can } = new CommandManager5({
      editor,
      state
    });
    if (rule.handler({
      state,
      range,
      match,
      commands,
      chain,
      can
    }) === null || !tr.steps.length) return;
    if (rule.undoable) tr.setMeta(plugin, {
      transform: tr,
      from: from2,
      to,
      text
    });
    view.dispatch(tr);
    matched = true;
  });
  return matched;
}
function inputRulesPlugin3(props) {
  const { editor, rules } = props;
  const plugin = new Plugin({
    state: {
      init() {
        return null;
      },
      apply(tr, prev, state) {
        const stored = tr.getMeta(plugin);
        if (stored) return stored;
        const simulatedInputMeta = tr.getMeta("applyInputRules");
        if (!!simulatedInputMeta) setTimeout(() => {
          let { text } = simulatedInputMeta;
          if (typeof text === "string") text = text;
          else text = getHTMLFromFragment4(Fragment.from(text), state.schema);
          const { from: from2 } = simulatedInputMeta;
          const to = from2 + text.length;
          run$13({
            editor,
            from: from2,
            to,
            text,
            rules,
            plugin
          });
        });
        return tr.selectionSet || tr.docChanged ? null : prev;
      }
    },
    props: {
      handleTextInput(view, from2, to, text) {
        return run$13({
          editor,
          from: from2,
          to,
          text,
          rules,
          plugin
        });
      },
      handleDOMEvents: { compositionend: (view) => {
        setTimeout(() => {
          const { $cursor } = view.state.selection;
          if ($cursor) run$13({
            editor,
            from: $cursor.pos,
            to: $cursor.pos,
            text: "",
            rules,
            plugin
          });
        });
        return false;
      } },
      handleKeyDown(view, event) {
        if (event.key !== "Enter") return false;
        const { $cursor } = view.state.selection;
        if ($cursor) return run$13({
          editor,
          from: $cursor.pos,
          to: $cursor.pos,
          text: "\n",
          rules,
          plugin
        });
        return false;
      }
    },
    isInputRules: true
  });
  return plugin;
}
var Extendable3 = class {
  constructor(config = {}) {
    this.type = "extendable";
    this.parent = null;
    this.child = null;
    this.name = "";
    this.config = { name: this.name };
    this.config = {
      ...this.config,
      ...config
    };
    this.name = this.config.name;
  }
  get options() {
    return { ...callOrReturn3(getExtensionField3(this, "addOptions", { name: this.name })) };
  }
  get storage() {
    return { ...callOrReturn3(getExtensionField3(this, "addStorage", {
      name: this.name,
      options: this.options
    })) };
  }
  configure(options = {}) {
    const extension = this.extend({
      ...this.config,
      addOptions: () => {
        return mergeDeep3(this.options, options);
      }
    });
    extension.name = this.name;
    extension.parent = this.parent;
    this.child = null;
    return extension;
  }
  extend(extendedConfig = {}) {
    const extension = new this.constructor({
      ...this.config,
      ...extendedConfig
    });
    extension.parent = this;
    this.child = extension;
    extension.name = "name" in extendedConfig ? extendedConfig.name : extension.parent.name;
    return extension;
  }
};
var Mark5 = class Mark6 extends Extendable3 {
  constructor(..._args) {
    super(..._args);
    this.type = "mark";
  }
  /**
  * Create a new Mark instance
  * @param config - Mark configuration object or a function that returns a configuration object
  */
  static create(config = {}) {
    const resolvedConfig = typeof config === "function" ? config() : config;
    return new Mark6(resolvedConfig);
  }
  static handleExit({ editor, mark }) {
    const { tr } = editor.state;
    const currentPos = editor.state.selection.$from;
    if (currentPos.pos === currentPos.end()) {
      const currentMarks = currentPos.marks();
      if (!!!currentMarks.find((m2) => (m2 === null || m2 === void 0 ? void 0 : m2.type.name) === mark.name)) return false;
      const removeMark = currentMarks.find((m2) => (m2 === null || m2 === void 0 ? void 0 : m2.type.name) === mark.name);
      if (removeMark) tr.removeStoredMark(removeMark);
      tr.insertText(" ", currentPos.pos);
      editor.view.dispatch(tr);
      return true;
    }
    return false;
  }
  configure(options) {
    return super.configure(options);
  }
  extend(extendedConfig) {
    const resolvedConfig = typeof extendedConfig === "function" ? extendedConfig() : extendedConfig;
    return super.extend(resolvedConfig);
  }
};
var pasteRuleMatcherHandler3 = (text, find2, event) => {
  if (isRegExp3(find2)) return [...text.matchAll(find2)];
  const matches = find2(text, event);
  if (!matches) return [];
  return matches.map((pasteRuleMatch) => {
    const result = [pasteRuleMatch.text];
    result.index = pasteRuleMatch.index;
    result.input = text;
    result.data = pasteRuleMatch.data;
    if (pasteRuleMatch.replaceWith) {
      if (!pasteRuleMatch.text.includes(pasteRuleMatch.replaceWith)) console.warn('[tiptap warn]: "pasteRuleMatch.replaceWith" must be part of "pasteRuleMatch.text".');
      result.push(pasteRuleMatch.replaceWith);
    }
    return result;
  });
};
function run3(config) {
  const { editor, state, from: from2, to, rule, pasteEvent, dropEvent } = config;
  const { commands, chain, can } = new CommandManager5({
    editor,
    state
  });
  const handlers = [];
  state.doc.nodesBetween(from2, to, (node, pos) => {
    var _node$type, _ref, _node$content$size, _node$content;
    if (((_node$type = node.type) === null || _node$type === void 0 || (_node$type = _node$type.spec) === null || _node$type === void 0 ? void 0 : _node$type.code) || !(node.isText || node.isTextblock || node.isInline)) return;
    const contentSize = (_ref = (_node$content$size = (_node$content = node.content) === null || _node$content === void 0 ? void 0 : _node$content.size) !== null && _node$content$size !== void 0 ? _node$content$size : node.nodeSize) !== null && _ref !== void 0 ? _ref : 0;
    const resolvedFrom = Math.max(from2, pos);
    const resolvedTo = Math.min(to, pos + contentSize);
    if (resolvedFrom >= resolvedTo) return;
    const textToMatch = node.isText ? node.text || "" : node.textBetween(resolvedFrom - pos, resolvedTo - pos, void 0, "\uFFFC");
    pasteRuleMatcherHandler3(textToMatch, rule.find, pasteEvent).forEach((match) => {
      if (match.index === void 0) return;
      const start = resolvedFrom + match.index + 1;
      const end = start + match[0].length;
      const range = {
        from: state.tr.mapping.map(start),
        to: state.tr.mapping.map(end)
      };
      const handler = rule.handler({
        state,
        range,
        match,
        commands,
        chain,
        can,
        pasteEvent,
        dropEvent
      });
      handlers.push(handler);
    });
  });
  return handlers.every((handler) => handler !== null);
}
var tiptapDragFromOtherEditor3 = null;
var createClipboardPasteEvent3 = (text) => {
  var _event$clipboardData;
  const event = new ClipboardEvent("paste", { clipboardData: new DataTransfer() });
  (_event$clipboardData = event.clipboardData) === null || _event$clipboardData === void 0 || _event$clipboardData.setData("text/html", text);
  return event;
};
function pasteRulesPlugin3(props) {
  const { editor, rules } = props;
  let dragSourceElement = null;
  let isPastedFromProseMirror = false;
  let isDroppedFromProseMirror = false;
  let pasteEvent = typeof ClipboardEvent !== "undefined" ? new ClipboardEvent("paste") : null;
  let dropEvent;
  try {
    dropEvent = typeof DragEvent !== "undefined" ? new DragEvent("drop") : null;
  } catch {
    dropEvent = null;
  }
  const processEvent = ({ state, from: from2, to, rule, pasteEvt }) => {
    const tr = state.tr;
    const chainableState = createChainableState3({
      state,
      transaction: tr
    });
    if (!run3({
      editor,
      state: chainableState,
      from: Math.max(from2 - 1, 0),
      to: to.b - 1,
      rule,
      pasteEvent: pasteEvt,
      dropEvent
    }) || !tr.steps.length) return;
    try {
      dropEvent = typeof DragEvent !== "undefined" ? new DragEvent("drop") : null;
    } catch {
      dropEvent = null;
    }
    pasteEvent = typeof ClipboardEvent !== "undefined" ? new ClipboardEvent("paste") : null;
    return tr;
  };
  return rules.map((rule) => {
    return new Plugin({
      view(view) {
        const handleDragstart = (event) => {
          var _view$dom$parentEleme;
          dragSourceElement = ((_view$dom$parentEleme = view.dom.parentElement) === null || _view$dom$parentEleme === void 0 ? void 0 : _view$dom$parentEleme.contains(event.target)) ? view.dom.parentElement : null;
          if (dragSourceElement) tiptapDragFromOtherEditor3 = editor;
        };
        const handleDragend = () => {
          if (tiptapDragFromOtherEditor3) tiptapDragFromOtherEditor3 = null;
        };
        window.addEventListener("dragstart", handleDragstart);
        window.addEventListener("dragend", handleDragend);
        return { destroy() {
          window.removeEventListener("dragstart", handleDragstart);
          window.removeEventListener("dragend", handleDragend);
        } };
      },
      props: { handleDOMEvents: {
        drop: (view, event) => {
          isDroppedFromProseMirror = dragSourceElement === view.dom.parentElement;
          dropEvent = event;
          if (!isDroppedFromProseMirror) {
            const dragFromOtherEditor = tiptapDragFromOtherEditor3;
            if (dragFromOtherEditor === null || dragFromOtherEditor === void 0 ? void 0 : dragFromOtherEditor.isEditable) setTimeout(() => {
              const selection = dragFromOtherEditor.state.selection;
              if (selection) dragFromOtherEditor.commands.deleteRange({
                from: selection.from,
                to: selection.to
              });
            }, 10);
          }
          return false;
        },
        paste: (_view, event) => {
          var _clipboardData;
          const html = (_clipboardData = event.clipboardData) === null || _clipboardData === void 0 ? void 0 : _clipboardData.getData("text/html");
          pasteEvent = event;
          isPastedFromProseMirror = !!(html === null || html === void 0 ? void 0 : html.includes("data-pm-slice"));
          return false;
        }
      } },
      appendTransaction: (transactions, oldState, state) => {
        const transaction = transactions[0];
        const isPaste = transaction.getMeta("uiEvent") === "paste" && !isPastedFromProseMirror;
        const isDrop = transaction.getMeta("uiEvent") === "drop" && !isDroppedFromProseMirror;
        const simulatedPasteMeta = transaction.getMeta("applyPasteRules");
        const isSimulatedPaste = !!simulatedPasteMeta;
        if (!isPaste && !isDrop && !isSimulatedPaste) return;
        if (isSimulatedPaste) {
          let { text } = simulatedPasteMeta;
          if (typeof text === "string") text = text;
          else text = getHTMLFromFragment4(Fragment.from(text), state.schema);
          const { from: from3 } = simulatedPasteMeta;
          const to2 = from3 + text.length;
          const pasteEvt = createClipboardPasteEvent3(text);
          return processEvent({
            rule,
            state,
            from: from3,
            to: { b: to2 },
            pasteEvt
          });
        }
        const from2 = oldState.doc.content.findDiffStart(state.doc.content);
        const to = oldState.doc.content.findDiffEnd(state.doc.content);
        if (!isNumber3(from2) || !to || from2 === to.b) return;
        return processEvent({
          rule,
          state,
          from: from2,
          to,
          pasteEvt: pasteEvent
        });
      }
    });
  });
}
var ExtensionManager3 = class {
  constructor(extensions, editor) {
    this.splittableMarks = [];
    this.nonClearableMarks = [];
    this.decorationManager = null;
    this.editor = editor;
    this.baseExtensions = extensions;
    this.extensions = resolveExtensions3(extensions);
    this.schema = getSchemaByResolvedExtensions3(this.extensions, editor);
    this.setupExtensions();
  }
  /**
  * Get all commands from the extensions.
  * @returns An object with all commands where the key is the command name and the value is the command function
  */
  get commands() {
    return this.extensions.reduce((commands, extension) => {
      const addCommands = getExtensionField3(extension, "addCommands", {
        name: extension.name,
        options: extension.options,
        storage: this.editor.extensionStorage[extension.name],
        editor: this.editor,
        type: getSchemaTypeByName3(extension.name, this.schema)
      });
      if (!addCommands) return commands;
      return {
        ...commands,
        ...addCommands()
      };
    }, {});
  }
  /**
  * Get all registered Prosemirror plugins from the extensions.
  * @returns An array of Prosemirror plugins
  */
  get plugins() {
    const { editor } = this;
    const allPlugins = sortExtensions3([...this.extensions].reverse()).flatMap((extension) => {
      const context = {
        name: extension.name,
        options: extension.options,
        storage: this.editor.extensionStorage[extension.name],
        editor,
        type: getSchemaTypeByName3(extension.name, this.schema)
      };
      const plugins = [];
      const addKeyboardShortcuts = getExtensionField3(extension, "addKeyboardShortcuts", context);
      let defaultBindings = {};
      if (extension.type === "mark" && getExtensionField3(extension, "exitable", context)) defaultBindings.ArrowRight = () => Mark5.handleExit({
        editor,
        mark: extension
      });
      if (addKeyboardShortcuts) {
        const bindings = Object.fromEntries(Object.entries(addKeyboardShortcuts()).map(([shortcut, method]) => {
          return [shortcut, () => method({ editor })];
        }));
        defaultBindings = {
          ...defaultBindings,
          ...bindings
        };
      }
      const keyMapPlugin = keymap(defaultBindings);
      plugins.push(keyMapPlugin);
      const addInputRules = getExtensionField3(extension, "addInputRules", context);
      if (isExtensionRulesEnabled3(extension, editor.options.enableInputRules) && addInputRules) {
        const rules = addInputRules();
        if (rules && rules.length) {
          const inputResult = inputRulesPlugin3({
            editor,
            rules
          });
          const inputPlugins = Array.isArray(inputResult) ? inputResult : [inputResult];
          plugins.push(...inputPlugins);
        }
      }
      const addPasteRules = getExtensionField3(extension, "addPasteRules", context);
      if (isExtensionRulesEnabled3(extension, editor.options.enablePasteRules) && addPasteRules) {
        const rules = addPasteRules();
        if (rules && rules.length) {
          const pasteRules = pasteRulesPlugin3({
            editor,
            rules
          });
          plugins.push(...pasteRules);
        }
      }
      const addProseMirrorPlugins = getExtensionField3(extension, "addProseMirrorPlugins", context);
      if (addProseMirrorPlugins) {
        const proseMirrorPlugins = addProseMirrorPlugins();
        plugins.push(...proseMirrorPlugins);
      }
      return plugins;
    });
    const decorationPlugin = this.createDecorationPlugin();
    if (decorationPlugin) allPlugins.push(decorationPlugin);
    return allPlugins;
  }
  /**
  * Aggregates decorations from extensions into a single plugin, or returns null
  * if none exist. Destroys the previous manager to avoid orphaned listeners.
  * @returns A ProseMirror plugin or `null`
  * @example
  * const plugin = editor.extensionManager.createDecorationPlugin()
  */
  createDecorationPlugin() {
    var _this$decorationManag;
    const { editor } = this;
    (_this$decorationManag = this.decorationManager) === null || _this$decorationManag === void 0 || _this$decorationManag.destroy();
    const entries = [];
    this.extensions.forEach((extension) => {
      const addDecorations = getExtensionField3(extension, "addDecorations", {
        name: extension.name,
        options: extension.options,
        storage: this.editor.extensionStorage[extension.name],
        editor,
        type: getSchemaTypeByName3(extension.name, this.schema)
      });
      if (!addDecorations) return;
      entries.push({
        name: extension.name,
        addDecorations
      });
    });
    this.decorationManager = new DecorationManager3({
      editor,
      entries
    });
    return this.decorationManager.plugin;
  }
  /**
  * Get all attributes from the extensions.
  * @returns An array of attributes
  */
  get attributes() {
    return getAttributesFromExtensions3(this.extensions);
  }
  /**
  * Get all node views from the extensions.
  * @returns An object with all node views where the key is the node name and the value is the node view function
  */
  get nodeViews() {
    const { editor } = this;
    const { nodeExtensions } = splitExtensions3(this.extensions);
    return Object.fromEntries(nodeExtensions.filter((extension) => !!getExtensionField3(extension, "addNodeView")).map((extension) => {
      const extensionAttributes = this.attributes.filter((attribute) => attribute.type === extension.name);
      const addNodeView = getExtensionField3(extension, "addNodeView", {
        name: extension.name,
        options: extension.options,
        storage: this.editor.extensionStorage[extension.name],
        editor,
        type: getNodeType3(extension.name, this.schema)
      });
      if (!addNodeView) return [];
      const nodeViewResult = addNodeView();
      if (!nodeViewResult) return [];
      const nodeview = (node, view, getPos, decorations, innerDecorations) => {
        const HTMLAttributes = getRenderedAttributes3(node, extensionAttributes);
        return nodeViewResult({
          node,
          view,
          getPos,
          decorations,
          innerDecorations,
          editor,
          extension,
          HTMLAttributes
        });
      };
      return [extension.name, nodeview];
    }));
  }
  /**
  * Get the composed dispatchTransaction function from all extensions.
  * @param baseDispatch The base dispatch function (e.g. from the editor or user props)
  * @returns A composed dispatch function
  */
  dispatchTransaction(baseDispatch) {
    const { editor } = this;
    return sortExtensions3([...this.extensions].reverse()).reduceRight((next, extension) => {
      const context = {
        name: extension.name,
        options: extension.options,
        storage: this.editor.extensionStorage[extension.name],
        editor,
        type: getSchemaTypeByName3(extension.name, this.schema)
      };
      const dispatchTransaction = getExtensionField3(extension, "dispatchTransaction", context);
      if (!dispatchTransaction) return next;
      return (transaction) => {
        dispatchTransaction.call(context, {
          transaction,
          next
        });
      };
    }, baseDispatch);
  }
  /**
  * Get the composed transformPastedHTML function from all extensions.
  * @param baseTransform The base transform function (e.g. from the editor props)
  * @returns A composed transform function that chains all extension transforms
  */
  transformPastedHTML(baseTransform) {
    const { editor } = this;
    return sortExtensions3([...this.extensions]).reduce((transform, extension) => {
      const context = {
        name: extension.name,
        options: extension.options,
        storage: this.editor.extensionStorage[extension.name],
        editor,
        type: getSchemaTypeByName3(extension.name, this.schema)
      };
      const extensionTransform = getExtensionField3(extension, "transformPastedHTML", context);
      if (!extensionTransform) return transform;
      return (html, view) => {
        const transformedHtml = transform(html, view);
        return extensionTransform.call(context, transformedHtml);
      };
    }, baseTransform || ((html) => html));
  }
  get markViews() {
    const { editor } = this;
    const { markExtensions } = splitExtensions3(this.extensions);
    return Object.fromEntries(markExtensions.filter((extension) => !!getExtensionField3(extension, "addMarkView")).map((extension) => {
      const extensionAttributes = this.attributes.filter((attribute) => attribute.type === extension.name);
      const addMarkView = getExtensionField3(extension, "addMarkView", {
        name: extension.name,
        options: extension.options,
        storage: this.editor.extensionStorage[extension.name],
        editor,
        type: getMarkType3(extension.name, this.schema)
      });
      if (!addMarkView) return [];
      const markView = (mark, view, inline) => {
        const HTMLAttributes = getRenderedAttributes3(mark, extensionAttributes);
        return addMarkView()({
          mark,
          view,
          inline,
          editor,
          extension,
          HTMLAttributes,
          updateAttributes: (attrs) => {
            updateMarkViewAttributes3(mark, editor, attrs);
          }
        });
      };
      return [extension.name, markView];
    }));
  }
  /**
  * Destroy the extension manager and clean up all extension references
  * to prevent memory leaks through parent/child extension chains.
  *
  * Walks each extension's full parent chain and nulls every forward
  * `parent.child → current` link where the parent still points to the
  * current node. This breaks the retention path from module-scope
  * singleton roots through deep extend() chains.
  *
  * Only ancestor `.child` links matching the current chain are cleared.
  * The `.parent` pointer on ancestors is never touched — extensions
  * may be shared across live editors, so their own backward references
  * and non-matching forward links must remain intact.
  */
  destroy() {
    var _this$decorationManag2;
    (_this$decorationManag2 = this.decorationManager) === null || _this$decorationManag2 === void 0 || _this$decorationManag2.destroy();
    this.extensions.forEach((extension) => {
      let current = extension;
      while (current.parent) {
        const parent = current.parent;
        if (parent.child === current) parent.child = null;
        current = parent;
      }
    });
    this.extensions = [];
    this.baseExtensions = [];
    this.decorationManager = null;
    this.schema = null;
    this.editor = null;
  }
  /**
  * Go through all extensions, create extension storages & setup marks
  * & bind editor event listener.
  */
  setupExtensions() {
    const extensions = this.extensions;
    this.editor.extensionStorage = Object.fromEntries(extensions.map((extension) => [extension.name, extension.storage]));
    extensions.forEach((extension) => {
      const context = {
        name: extension.name,
        options: extension.options,
        storage: this.editor.extensionStorage[extension.name],
        editor: this.editor,
        type: getSchemaTypeByName3(extension.name, this.schema)
      };
      if (extension.type === "mark") {
        var _callOrReturn, _callOrReturn2;
        if ((_callOrReturn = callOrReturn3(getExtensionField3(extension, "keepOnSplit", context))) !== null && _callOrReturn !== void 0 ? _callOrReturn : true) this.splittableMarks.push(extension.name);
        if (!((_callOrReturn2 = callOrReturn3(getExtensionField3(extension, "clearable", context))) !== null && _callOrReturn2 !== void 0 ? _callOrReturn2 : true)) this.nonClearableMarks.push(extension.name);
      }
      const onBeforeCreate = getExtensionField3(extension, "onBeforeCreate", context);
      const onCreate = getExtensionField3(extension, "onCreate", context);
      const onUpdate = getExtensionField3(extension, "onUpdate", context);
      const onSelectionUpdate = getExtensionField3(extension, "onSelectionUpdate", context);
      const onTransaction = getExtensionField3(extension, "onTransaction", context);
      const onFocus = getExtensionField3(extension, "onFocus", context);
      const onBlur = getExtensionField3(extension, "onBlur", context);
      const onDestroy = getExtensionField3(extension, "onDestroy", context);
      if (onBeforeCreate) this.editor.on("beforeCreate", onBeforeCreate);
      if (onCreate) this.editor.on("create", onCreate);
      if (onUpdate) this.editor.on("update", onUpdate);
      if (onSelectionUpdate) this.editor.on("selectionUpdate", onSelectionUpdate);
      if (onTransaction) this.editor.on("transaction", onTransaction);
      if (onFocus) this.editor.on("focus", onFocus);
      if (onBlur) this.editor.on("blur", onBlur);
      if (onDestroy) this.editor.on("destroy", onDestroy);
    });
  }
};
ExtensionManager3.resolve = resolveExtensions3;
ExtensionManager3.sort = sortExtensions3;
ExtensionManager3.flatten = flattenExtensions3;
var Extension5 = class Extension6 extends Extendable3 {
  constructor(..._args) {
    super(..._args);
    this.type = "extension";
  }
  /**
  * Create a new Extension instance
  * @param config - Extension configuration object or a function that returns a configuration object
  */
  static create(config = {}) {
    const resolvedConfig = typeof config === "function" ? config() : config;
    return new Extension6(resolvedConfig);
  }
  configure(options) {
    return super.configure(options);
  }
  extend(extendedConfig) {
    const resolvedConfig = typeof extendedConfig === "function" ? extendedConfig() : extendedConfig;
    return super.extend(resolvedConfig);
  }
};
var ClipboardTextSerializer3 = Extension5.create({
  name: "clipboardTextSerializer",
  addOptions() {
    return { blockSeparator: void 0 };
  },
  addProseMirrorPlugins() {
    return [new Plugin({
      key: new PluginKey("clipboardTextSerializer"),
      props: { clipboardTextSerializer: () => {
        const { editor } = this;
        const { state, schema } = editor;
        const { doc, selection } = state;
        const textSerializers = getTextSerializersFromSchema3(schema);
        const { blockSeparator } = this.options;
        const options = {
          ...blockSeparator !== void 0 ? { blockSeparator } : {},
          textSerializers
        };
        return [...selection.ranges].sort((a, b2) => a.$from.pos - b2.$from.pos).map(({ $from, $to }) => getTextBetween3(doc, {
          from: $from.pos,
          to: $to.pos
        }, options)).join(blockSeparator !== null && blockSeparator !== void 0 ? blockSeparator : "\n\n");
      } }
    })];
  }
});
var Commands3 = Extension5.create({
  name: "commands",
  addCommands() {
    return { ...commands_exports3 };
  }
});
var Delete3 = Extension5.create({
  name: "delete",
  onUpdate({ transaction, appendedTransactions }) {
    var _this$editor$options$4, _this$editor$options$5;
    const callback = () => {
      var _this$editor$options$, _this$editor$options$2, _this$editor$options$3;
      if ((_this$editor$options$ = (_this$editor$options$2 = this.editor.options.coreExtensionOptions) === null || _this$editor$options$2 === void 0 || (_this$editor$options$2 = _this$editor$options$2.delete) === null || _this$editor$options$2 === void 0 || (_this$editor$options$3 = _this$editor$options$2.filterTransaction) === null || _this$editor$options$3 === void 0 ? void 0 : _this$editor$options$3.call(_this$editor$options$2, transaction)) !== null && _this$editor$options$ !== void 0 ? _this$editor$options$ : transaction.getMeta("y-sync$")) return;
      const nextTransaction = combineTransactionSteps3(transaction.before, [transaction, ...appendedTransactions]);
      getChangedRanges3(nextTransaction).forEach((change) => {
        if (nextTransaction.mapping.mapResult(change.oldRange.from).deletedAfter && nextTransaction.mapping.mapResult(change.oldRange.to).deletedBefore) nextTransaction.before.nodesBetween(change.oldRange.from, change.oldRange.to, (node, from2) => {
          const to = from2 + node.nodeSize - 2;
          const isFullyWithinRange = change.oldRange.from <= from2 && to <= change.oldRange.to;
          this.editor.emit("delete", {
            type: "node",
            node,
            from: from2,
            to,
            newFrom: nextTransaction.mapping.map(from2),
            newTo: nextTransaction.mapping.map(to),
            deletedRange: change.oldRange,
            newRange: change.newRange,
            partial: !isFullyWithinRange,
            editor: this.editor,
            transaction,
            combinedTransform: nextTransaction
          });
        });
      });
      const mapping = nextTransaction.mapping;
      nextTransaction.steps.forEach((step, index) => {
        if (step instanceof RemoveMarkStep) {
          var _nextTransaction$doc$, _nextTransaction$doc$2;
          const newStart = mapping.slice(index).map(step.from, -1);
          const newEnd = mapping.slice(index).map(step.to);
          const oldStart = mapping.invert().map(newStart, -1);
          const oldEnd = mapping.invert().map(newEnd);
          const foundBeforeMark = newStart > 0 ? (_nextTransaction$doc$ = nextTransaction.doc.nodeAt(newStart - 1)) === null || _nextTransaction$doc$ === void 0 ? void 0 : _nextTransaction$doc$.marks.some((mark) => mark.eq(step.mark)) : false;
          const foundAfterMark = (_nextTransaction$doc$2 = nextTransaction.doc.nodeAt(newEnd)) === null || _nextTransaction$doc$2 === void 0 ? void 0 : _nextTransaction$doc$2.marks.some((mark) => mark.eq(step.mark));
          this.editor.emit("delete", {
            type: "mark",
            mark: step.mark,
            from: step.from,
            to: step.to,
            deletedRange: {
              from: oldStart,
              to: oldEnd
            },
            newRange: {
              from: newStart,
              to: newEnd
            },
            partial: Boolean(foundAfterMark || foundBeforeMark),
            editor: this.editor,
            transaction,
            combinedTransform: nextTransaction
          });
        }
      });
    };
    if ((_this$editor$options$4 = (_this$editor$options$5 = this.editor.options.coreExtensionOptions) === null || _this$editor$options$5 === void 0 || (_this$editor$options$5 = _this$editor$options$5.delete) === null || _this$editor$options$5 === void 0 ? void 0 : _this$editor$options$5.async) !== null && _this$editor$options$4 !== void 0 ? _this$editor$options$4 : true) setTimeout(callback, 0);
    else callback();
  }
});
var Drop3 = Extension5.create({
  name: "drop",
  addProseMirrorPlugins() {
    return [new Plugin({
      key: new PluginKey("tiptapDrop"),
      props: { handleDrop: (_2, e, slice2, moved) => {
        this.editor.emit("drop", {
          editor: this.editor,
          event: e,
          slice: slice2,
          moved
        });
      } }
    })];
  }
});
var Editable3 = Extension5.create({
  name: "editable",
  addProseMirrorPlugins() {
    return [new Plugin({
      key: new PluginKey("editable"),
      props: { editable: () => this.editor.options.editable }
    })];
  }
});
var focusEventsPluginKey3 = new PluginKey("focusEvents");
var FocusEvents3 = Extension5.create({
  name: "focusEvents",
  addProseMirrorPlugins() {
    const { editor } = this;
    return [new Plugin({
      key: focusEventsPluginKey3,
      props: { handleDOMEvents: {
        focus: (view, event) => {
          editor.isFocused = true;
          const transaction = editor.state.tr.setMeta("focus", { event }).setMeta("addToHistory", false);
          view.dispatch(transaction);
          return false;
        },
        blur: (view, event) => {
          editor.isFocused = false;
          const transaction = editor.state.tr.setMeta("blur", { event }).setMeta("addToHistory", false);
          view.dispatch(transaction);
          return false;
        }
      } }
    })];
  }
});
var Keymap3 = Extension5.create({
  name: "keymap",
  addKeyboardShortcuts() {
    const handleBackspace4 = () => this.editor.commands.first(({ commands }) => [
      () => commands.undoInputRule(),
      () => commands.command(({ tr }) => {
        const { selection, doc } = tr;
        const { empty, $anchor } = selection;
        const { pos, parent } = $anchor;
        const $parentPos = $anchor.parent.isTextblock && pos > 0 ? tr.doc.resolve(pos - 1) : $anchor;
        const parentIsIsolating = $parentPos.parent.type.spec.isolating;
        const parentPos = $anchor.pos - $anchor.parentOffset;
        const isAtStart = parentIsIsolating && $parentPos.parent.childCount === 1 ? parentPos === $anchor.pos : Selection.atStart(doc).from === pos;
        if (!empty || !parent.type.isTextblock || parent.textContent.length || !isAtStart || isAtStart && $anchor.parent.type.name === "paragraph") return false;
        return commands.clearNodes();
      }),
      () => commands.deleteSelection(),
      () => commands.joinBackward(),
      () => commands.selectNodeBackward()
    ]);
    const handleDelete3 = () => this.editor.commands.first(({ commands }) => [
      () => commands.deleteSelection(),
      () => commands.deleteCurrentNode(),
      () => commands.joinForward(),
      () => commands.selectNodeForward()
    ]);
    const handleEnter = () => this.editor.commands.first(({ commands }) => [
      () => commands.newlineInCode(),
      () => commands.createParagraphNear(),
      () => commands.liftEmptyBlock(),
      () => commands.splitBlock()
    ]);
    const baseKeymap = {
      Enter: handleEnter,
      "Mod-Enter": () => this.editor.commands.exitCode(),
      Backspace: handleBackspace4,
      "Mod-Backspace": handleBackspace4,
      "Shift-Backspace": handleBackspace4,
      Delete: handleDelete3,
      "Mod-Delete": handleDelete3,
      "Mod-a": () => this.editor.commands.selectAll()
    };
    const pcKeymap = { ...baseKeymap };
    const macKeymap = {
      ...baseKeymap,
      "Ctrl-h": handleBackspace4,
      "Alt-Backspace": handleBackspace4,
      "Ctrl-d": handleDelete3,
      "Ctrl-Alt-Backspace": handleDelete3,
      "Alt-Delete": handleDelete3,
      "Alt-d": handleDelete3,
      "Ctrl-a": () => this.editor.commands.selectTextblockStart(),
      "Ctrl-e": () => this.editor.commands.selectTextblockEnd()
    };
    if (isiOS3() || isMacOS3()) return macKeymap;
    return pcKeymap;
  },
  addProseMirrorPlugins() {
    return [new Plugin({
      key: new PluginKey("clearDocument"),
      appendTransaction: (transactions, oldState, newState) => {
        if (transactions.some((tr2) => tr2.getMeta("composition"))) return;
        const docChanges = transactions.some((transaction) => transaction.docChanged) && !oldState.doc.eq(newState.doc);
        const ignoreTr = transactions.some((transaction) => transaction.getMeta("preventClearDocument"));
        if (!docChanges || ignoreTr) return;
        const { empty, from: from2, to } = oldState.selection;
        const allFrom = Selection.atStart(oldState.doc).from;
        const allEnd = Selection.atEnd(oldState.doc).to;
        if (empty || !(from2 === allFrom && to === allEnd)) return;
        if (!isNodeEmpty3(newState.doc)) return;
        const tr = newState.tr;
        const state = createChainableState3({
          state: newState,
          transaction: tr
        });
        const { commands } = new CommandManager5({
          editor: this.editor,
          state
        });
        commands.clearNodes();
        if (!tr.steps.length) return;
        return tr;
      }
    })];
  }
});
var Paste3 = Extension5.create({
  name: "paste",
  addProseMirrorPlugins() {
    return [new Plugin({
      key: new PluginKey("tiptapPaste"),
      props: { handlePaste: (_view, e, slice2) => {
        this.editor.emit("paste", {
          editor: this.editor,
          event: e,
          slice: slice2
        });
      } }
    })];
  }
});
var Tabindex3 = Extension5.create({
  name: "tabindex",
  addOptions() {
    return { value: void 0 };
  },
  addProseMirrorPlugins() {
    return [new Plugin({
      key: new PluginKey("tabindex"),
      props: { attributes: () => {
        var _this$options$value;
        if (!this.editor.isEditable && this.options.value === void 0) return {};
        return { tabindex: (_this$options$value = this.options.value) !== null && _this$options$value !== void 0 ? _this$options$value : "0" };
      } }
    })];
  }
});
var TextDirection3 = Extension5.create({
  name: "textDirection",
  addOptions() {
    return { direction: void 0 };
  },
  addGlobalAttributes() {
    if (!this.options.direction) return [];
    const { nodeExtensions } = splitExtensions3(this.extensions);
    return [{
      types: nodeExtensions.filter((extension) => extension.name !== "text").map((extension) => extension.name),
      attributes: { dir: {
        default: this.options.direction,
        parseHTML: (element) => {
          const dir = element.getAttribute("dir");
          if (dir && (dir === "ltr" || dir === "rtl" || dir === "auto")) return dir;
          return this.options.direction;
        },
        renderHTML: (attributes) => {
          if (!attributes.dir) return {};
          return { dir: attributes.dir };
        }
      } }
    }];
  },
  addProseMirrorPlugins() {
    return [new Plugin({
      key: new PluginKey("textDirection"),
      props: { attributes: () => {
        const direction = this.options.direction;
        if (!direction) return {};
        return { dir: direction };
      } }
    })];
  }
});
function wrappingInputRule2(config) {
  return new InputRule2({
    find: config.find,
    handler: ({ state, range, match, chain }) => {
      const attributes = callOrReturn3(config.getAttributes, void 0, match) || {};
      const tr = state.tr.delete(range.from, range.to);
      const blockRange = tr.doc.resolve(range.from).blockRange();
      const wrapping = blockRange && findWrapping(blockRange, config.type, attributes);
      if (!wrapping) return null;
      tr.wrap(blockRange, wrapping);
      if (config.keepMarks && config.editor) {
        const { selection, storedMarks } = state;
        const { splittableMarks } = config.editor.extensionManager;
        const marks = storedMarks || selection.$to.parentOffset && selection.$from.marks();
        if (marks) {
          const filteredMarks = marks.filter((mark) => splittableMarks.includes(mark.type.name));
          tr.ensureMarks(filteredMarks);
        }
      }
      if (config.keepAttributes) {
        const nodeType = config.type.name === "bulletList" || config.type.name === "orderedList" ? "listItem" : "taskList";
        chain().updateAttributes(nodeType, attributes).run();
      }
      const before = tr.doc.resolve(range.from - 1).nodeBefore;
      if (before && before.type === config.type && canJoin(tr.doc, range.from - 1) && (!config.joinPredicate || config.joinPredicate(match, before))) tr.join(range.from - 1);
    },
    undoable: config.undoable
  });
}
var Node4 = class Node5 extends Extendable3 {
  constructor(..._args) {
    super(..._args);
    this.type = "node";
  }
  /**
  * Create a new Node instance
  * @param config - Node configuration object or a function that returns a configuration object
  */
  static create(config = {}) {
    const resolvedConfig = typeof config === "function" ? config() : config;
    return new Node5(resolvedConfig);
  }
  configure(options) {
    return super.configure(options);
  }
  extend(extendedConfig) {
    const resolvedConfig = typeof extendedConfig === "function" ? extendedConfig() : extendedConfig;
    return super.extend(resolvedConfig);
  }
};

// ../../packages/doc-schema/node_modules/@tiptap/extension-list/dist/index.js
var ListItemName$12 = "listItem";
var TextStyleName$12 = "textStyle";
var bulletListInputRegex2 = /^\s*([-+*])\s$/;
var BulletList2 = Node4.create({
  name: "bulletList",
  addOptions() {
    return {
      itemTypeName: "listItem",
      HTMLAttributes: {},
      keepMarks: false,
      keepAttributes: false
    };
  },
  group: "block list",
  content() {
    return `${this.options.itemTypeName}+`;
  },
  parseHTML() {
    return [{ tag: "ul" }];
  },
  renderHTML({ HTMLAttributes }) {
    return [
      "ul",
      mergeAttributes3(this.options.HTMLAttributes, HTMLAttributes),
      0
    ];
  },
  markdownTokenName: "list",
  parseMarkdown: (token, helpers) => {
    if (token.type !== "list" || token.ordered) return [];
    return {
      type: "bulletList",
      content: token.items ? helpers.parseChildren(token.items) : []
    };
  },
  renderMarkdown: (node, h2) => {
    if (!node.content) return "";
    return h2.renderChildren(node.content, "\n");
  },
  markdownOptions: { indentsContent: true },
  addCommands() {
    return { toggleBulletList: () => ({ commands, chain }) => {
      if (this.options.keepAttributes) return chain().toggleList(this.name, this.options.itemTypeName, this.options.keepMarks).updateAttributes(ListItemName$12, this.editor.getAttributes(TextStyleName$12)).run();
      return commands.toggleList(this.name, this.options.itemTypeName, this.options.keepMarks);
    } };
  },
  addKeyboardShortcuts() {
    return { "Mod-Shift-8": () => this.editor.commands.toggleBulletList() };
  },
  addInputRules() {
    let inputRule = wrappingInputRule2({
      find: bulletListInputRegex2,
      type: this.type
    });
    if (this.options.keepMarks || this.options.keepAttributes) inputRule = wrappingInputRule2({
      find: bulletListInputRegex2,
      type: this.type,
      keepMarks: this.options.keepMarks,
      keepAttributes: this.options.keepAttributes,
      getAttributes: () => {
        return this.editor.getAttributes(TextStyleName$12);
      },
      editor: this.editor
    });
    return [inputRule];
  }
});
var getBranchingNestedListAtCursor2 = (state, itemName, wrapperNames) => {
  const { selection } = state;
  if (!selection.empty) return null;
  const { $from } = selection;
  if (!$from.parent.isTextblock) return null;
  if ($from.parentOffset !== $from.parent.content.size) return null;
  let listItemDepth = -1;
  for (let depth = $from.depth; depth > 0; depth -= 1) if ($from.node(depth).type.name === itemName) {
    listItemDepth = depth;
    break;
  }
  if (listItemDepth < 0) return null;
  const listItem = $from.node(listItemDepth);
  const indexInListItem = $from.index(listItemDepth);
  if (indexInListItem + 1 >= listItem.childCount) return null;
  const nextChild = listItem.child(indexInListItem + 1);
  if (!wrapperNames.includes(nextChild.type.name)) return null;
  const itemType = state.schema.nodes[itemName];
  let hasBranching = false;
  nextChild.forEach((child) => {
    if (child.type === itemType && child.childCount > 1) hasBranching = true;
  });
  if (!hasBranching) return null;
  const nodeAfter = state.doc.resolve($from.after()).nodeAfter;
  if (!nodeAfter || !wrapperNames.includes(nodeAfter.type.name)) return null;
  const items = [];
  nodeAfter.forEach((child) => {
    items.push(child);
  });
  if (items.length === 0) return null;
  return {
    listItemDepth,
    nestedList: nodeAfter,
    nestedListPos: $from.after(),
    insertPos: $from.after(listItemDepth),
    items
  };
};
var hoistBranchingNestedList2 = (state, dispatch, itemName, wrapperNames) => {
  const context = getBranchingNestedListAtCursor2(state, itemName, wrapperNames);
  if (!context) return false;
  const { selection } = state;
  const { nestedList, nestedListPos, insertPos, items } = context;
  const tr = state.tr;
  tr.delete(nestedListPos, nestedListPos + nestedList.nodeSize);
  const mappedInsertPos = tr.mapping.map(insertPos);
  tr.insert(mappedInsertPos, Fragment.from(items));
  tr.setSelection(selection.map(tr.doc, tr.mapping));
  if (dispatch) dispatch(tr);
  return true;
};
var handleDeleteBranchingNestedList2 = (editor, itemName, wrapperNames) => {
  return hoistBranchingNestedList2(editor.state, editor.view.dispatch, itemName, wrapperNames);
};
var createBranchingListDeleteKeymap2 = (itemName, wrapperNames) => {
  return Extension5.create({
    name: `${itemName}BranchingDeleteKeymap`,
    priority: 101,
    addKeyboardShortcuts() {
      const handleDelete3 = () => handleDeleteBranchingNestedList2(this.editor, itemName, wrapperNames);
      return {
        Delete: handleDelete3,
        "Mod-Delete": handleDelete3
      };
    }
  });
};
var ROMAN_NUMERALS2 = [
  [1e3, "m"],
  [900, "cm"],
  [500, "d"],
  [400, "cd"],
  [100, "c"],
  [90, "xc"],
  [50, "l"],
  [40, "xl"],
  [10, "x"],
  [9, "ix"],
  [5, "v"],
  [4, "iv"],
  [1, "i"]
];
var ALPHA_NUMERALS2 = "abcdefghijklmnopqrstuvwxyz";
var ORDERED_LIST_MARKER_PATTERN2 = String.raw`\d+|[ivxlcdmIVXLCDM]+|${"[a-zA-Z]{1,2}"}`;
function toRoman2(num) {
  let remaining = num;
  let result = "";
  for (const [value, numeral] of ROMAN_NUMERALS2) while (remaining >= value) {
    result += numeral;
    remaining -= value;
  }
  return result;
}
function toRomanUpper2(num) {
  return toRoman2(num).toUpperCase();
}
function fromRoman2(roman) {
  const lower = roman.toLowerCase();
  let index = 0;
  let result = 0;
  while (index < lower.length) {
    let matched = false;
    for (const [value, numeral] of ROMAN_NUMERALS2) if (lower.startsWith(numeral, index)) {
      result += value;
      index += numeral.length;
      matched = true;
      break;
    }
    if (!matched) return 0;
  }
  return result;
}
function isValidRoman2(marker) {
  if (!/^[ivxlcdmIVXLCDM]+$/.test(marker)) return false;
  const value = fromRoman2(marker);
  if (value <= 0) return false;
  return (marker === marker.toLowerCase() ? toRoman2(value) : toRomanUpper2(value)) === marker;
}
function fromAlpha2(marker) {
  const lower = marker.toLowerCase();
  if (lower.length === 1) return lower.charCodeAt(0) - "a".charCodeAt(0) + 1;
  if (lower.length === 2) {
    const first4 = lower.charCodeAt(0) - "a".charCodeAt(0);
    const second = lower.charCodeAt(1) - "a".charCodeAt(0);
    return (first4 + 1) * 26 + second + 1;
  }
  return 0;
}
function toRomanAlpha2(num) {
  if (num <= 26) return ALPHA_NUMERALS2[num - 1];
  const first4 = Math.floor((num - 1) / 26) - 1;
  const second = (num - 1) % 26;
  if (first4 < 0) return ALPHA_NUMERALS2[second];
  return ALPHA_NUMERALS2[first4] + ALPHA_NUMERALS2[second];
}
function detectMarkerType2(marker) {
  if (!marker || /^\d+$/.test(marker)) return;
  if (isValidRoman2(marker)) return marker === marker.toLowerCase() ? "i" : "I";
  if (/^[a-z]{1,2}$/.test(marker)) return "a";
  if (/^[A-Z]{1,2}$/.test(marker)) return "A";
}
function markerToStart2(marker) {
  if (/^\d+$/.test(marker)) return parseInt(marker, 10);
  const type = detectMarkerType2(marker);
  if (type === "i" || type === "I") return fromRoman2(marker);
  if (type === "a" || type === "A") {
    const start = fromAlpha2(marker);
    return start > 0 ? start : 1;
  }
  const parsed = parseInt(marker, 10);
  return Number.isNaN(parsed) ? 1 : parsed;
}
function startToMarker2(type, start) {
  if (type === "numeric") return String(start);
  switch (type) {
    case "a":
      return toRomanAlpha2(start);
    case "A":
      return toRomanAlpha2(start).toUpperCase();
    case "i":
      return toRoman2(start);
    case "I":
      return toRomanUpper2(start);
    default:
      return String(start);
  }
}
function areOrderedListMarkersSequential2(markers) {
  var _detectMarkerType;
  if (markers.length === 0) return false;
  const firstType = (_detectMarkerType = detectMarkerType2(markers[0])) !== null && _detectMarkerType !== void 0 ? _detectMarkerType : "numeric";
  const firstStart = markerToStart2(markers[0]);
  if (firstStart < 1) return false;
  for (let i = 0; i < markers.length; i++) {
    const expected = startToMarker2(firstType, firstStart + i);
    if (markers[i] !== expected) return false;
  }
  return true;
}
function parseListMarker2(marker) {
  return {
    type: detectMarkerType2(marker),
    start: markerToStart2(marker)
  };
}
function buildOrderedListAttrsFromMarker2(marker) {
  const { type, start } = parseListMarker2(marker);
  const attrs = {};
  if (type) attrs.type = type;
  if (start !== 1) attrs.start = start;
  return attrs;
}
function getListMarker2(type, index, separator = ". ") {
  const position = index + 1;
  if (!type || type === "1") return `${position}${separator}`;
  switch (type) {
    case "a":
      return `${toRomanAlpha2(position)}${separator}`;
    case "A":
      return `${toRomanAlpha2(position).toUpperCase()}${separator}`;
    case "i":
      return `${toRoman2(position)}${separator}`;
    case "I":
      return `${toRomanUpper2(position)}${separator}`;
    default:
      return `${position}${separator}`;
  }
}
function isSameLineOrderedListToken2(token) {
  var _token$tokens, _token$tokens2;
  const nestedToken = (_token$tokens = token.tokens) === null || _token$tokens === void 0 ? void 0 : _token$tokens[0];
  return Boolean(token.text && ((_token$tokens2 = token.tokens) === null || _token$tokens2 === void 0 ? void 0 : _token$tokens2.length) === 1 && (nestedToken === null || nestedToken === void 0 ? void 0 : nestedToken.type) === "list" && nestedToken.ordered && nestedToken.raw === token.text);
}
function parseSameLineOrderedListText2(text, helpers) {
  if (helpers.tokenizeInline) return helpers.parseInline(helpers.tokenizeInline(text));
  return helpers.parseInline([{
    type: "text",
    raw: text,
    text
  }]);
}
var ListItem2 = Node4.create({
  name: "listItem",
  addOptions() {
    return {
      HTMLAttributes: {},
      bulletListTypeName: "bulletList",
      orderedListTypeName: "orderedList"
    };
  },
  content: "paragraph block*",
  defining: true,
  parseHTML() {
    return [{ tag: "li" }];
  },
  renderHTML({ HTMLAttributes }) {
    return [
      "li",
      mergeAttributes3(this.options.HTMLAttributes, HTMLAttributes),
      0
    ];
  },
  markdownTokenName: "list_item",
  parseMarkdown: (token, helpers) => {
    var _helpers$parseBlockCh;
    if (token.type !== "list_item") return [];
    const parseBlockChildren = (_helpers$parseBlockCh = helpers.parseBlockChildren) !== null && _helpers$parseBlockCh !== void 0 ? _helpers$parseBlockCh : helpers.parseChildren;
    let content = [];
    if (token.tokens && token.tokens.length > 0) {
      if (isSameLineOrderedListToken2(token)) return {
        type: "listItem",
        content: [{
          type: "paragraph",
          content: parseSameLineOrderedListText2(token.text || "", helpers)
        }]
      };
      if (token.tokens.some((t) => t.type === "paragraph")) content = parseBlockChildren(token.tokens);
      else {
        const firstToken = token.tokens[0];
        if (firstToken && firstToken.type === "text" && firstToken.tokens && firstToken.tokens.length > 0) {
          content = [{
            type: "paragraph",
            content: helpers.parseInline(firstToken.tokens)
          }];
          if (token.tokens.length > 1) {
            const additionalContent = parseBlockChildren(token.tokens.slice(1));
            content.push(...additionalContent);
          }
        } else content = parseBlockChildren(token.tokens);
      }
    }
    if (content.length === 0) content = [{
      type: "paragraph",
      content: []
    }];
    return {
      type: "listItem",
      content
    };
  },
  renderMarkdown: (node, h2, ctx) => {
    return renderNestedMarkdownContent2(node, h2, (context) => {
      if (context.parentType === "bulletList") return "- ";
      if (context.parentType === "orderedList") {
        var _context$meta, _context$meta2;
        const start = ((_context$meta = context.meta) === null || _context$meta === void 0 || (_context$meta = _context$meta.parentAttrs) === null || _context$meta === void 0 ? void 0 : _context$meta.start) || 1;
        return getListMarker2((_context$meta2 = context.meta) === null || _context$meta2 === void 0 || (_context$meta2 = _context$meta2.parentAttrs) === null || _context$meta2 === void 0 ? void 0 : _context$meta2.type, start - 1 + (context.index || 0), ". ");
      }
      return "- ";
    }, ctx, { alignNestedToPrefix: (ctx === null || ctx === void 0 ? void 0 : ctx.parentType) === "orderedList" });
  },
  addExtensions() {
    return [createBranchingListDeleteKeymap2(this.name, [this.options.bulletListTypeName, this.options.orderedListTypeName])];
  },
  addKeyboardShortcuts() {
    return {
      Enter: () => this.editor.commands.splitListItem(this.name),
      Tab: () => this.editor.commands.sinkListItem(this.name),
      "Shift-Tab": () => this.editor.commands.liftListItem(this.name)
    };
  }
});
var findListItemPos2 = (typeOrName, state) => {
  const { $from } = state.selection;
  const nodeType = getNodeType3(typeOrName, state.schema);
  let currentNode = null;
  let currentDepth = $from.depth;
  let currentPos = $from.pos;
  let targetDepth = null;
  while (currentDepth > 0 && targetDepth === null) {
    currentNode = $from.node(currentDepth);
    if (currentNode.type === nodeType) targetDepth = currentDepth;
    else {
      currentDepth -= 1;
      currentPos -= 1;
    }
  }
  if (targetDepth === null) return null;
  return {
    $pos: state.doc.resolve(currentPos),
    depth: targetDepth
  };
};
var getNextListDepth2 = (typeOrName, state) => {
  const listItemPos = findListItemPos2(typeOrName, state);
  if (!listItemPos) return false;
  const [, depth] = getNodeAtPosition2(state, typeOrName, listItemPos.$pos.pos + 4);
  return depth;
};
var hasListBefore2 = (editorState, name, parentListTypes) => {
  const { $anchor } = editorState.selection;
  const previousNodePos = Math.max(0, $anchor.pos - 2);
  const previousNode = editorState.doc.resolve(previousNodePos).node();
  if (!previousNode || !parentListTypes.includes(previousNode.type.name)) return false;
  return true;
};
var handleBackspace3 = (editor, name, parentListTypes) => {
  if (editor.commands.undoInputRule()) return true;
  if (editor.state.selection.from !== editor.state.selection.to) return false;
  if (!isNodeActive3(editor.state, name) && hasListBefore2(editor.state, name, parentListTypes)) {
    const { $anchor } = editor.state.selection;
    const $listPos = editor.state.doc.resolve($anchor.before() - 1);
    const listDescendants = [];
    $listPos.node().descendants((node, pos) => {
      if (node.type.name === name) listDescendants.push({
        node,
        pos
      });
    });
    const lastItem = listDescendants.at(-1);
    if (!lastItem) return false;
    const $lastItemPos = editor.state.doc.resolve($listPos.start() + lastItem.pos + 1);
    return editor.chain().cut({
      from: $anchor.start() - 1,
      to: $anchor.end() + 1
    }, $lastItemPos.end()).joinForward().run();
  }
  if (!isNodeActive3(editor.state, name)) return false;
  if (!isAtStartOfNode2(editor.state)) return false;
  const { $from } = editor.state.selection;
  const itemDepth = $from.depth - 1;
  if ($from.node(itemDepth).type !== editor.schema.nodes[name] || $from.index(itemDepth) !== 0) return false;
  return editor.chain().liftListItem(name).run();
};
var nextListIsDeeper2 = (typeOrName, state) => {
  const listDepth = getNextListDepth2(typeOrName, state);
  const listItemPos = findListItemPos2(typeOrName, state);
  if (!listItemPos || !listDepth) return false;
  if (listDepth > listItemPos.depth) return true;
  return false;
};
var nextListIsHigher2 = (typeOrName, state) => {
  const listDepth = getNextListDepth2(typeOrName, state);
  const listItemPos = findListItemPos2(typeOrName, state);
  if (!listItemPos || !listDepth) return false;
  if (listDepth < listItemPos.depth) return true;
  return false;
};
var handleDelete2 = (editor, name) => {
  if (!isNodeActive3(editor.state, name)) return false;
  if (!isAtEndOfNode2(editor.state, name)) return false;
  const { selection } = editor.state;
  const { $from, $to } = selection;
  if (!selection.empty && $from.sameParent($to)) return false;
  if (nextListIsDeeper2(name, editor.state)) return editor.chain().focus(editor.state.selection.from + 4).lift(name).joinBackward().run();
  if (nextListIsHigher2(name, editor.state)) return editor.chain().joinForward().joinBackward().run();
  return editor.commands.joinItemForward();
};
var handleTab2 = (editor, name, parentListTypes) => {
  const { state } = editor;
  const { selection } = state;
  if (!selection.empty) return false;
  const { $from } = selection;
  if ($from.parentOffset !== 0) return false;
  if (!$from.parent.isTextblock) return false;
  if (isNodeActive3(state, name)) return false;
  const previous = getPreviousBlockSibling2($from);
  if (!previous || !parentListTypes.includes(previous.type.name)) return false;
  const lastItem = previous.lastChild;
  if (!lastItem || lastItem.type.name !== name) return false;
  const block = $from.parent;
  if (!lastItem.canReplace(lastItem.childCount, lastItem.childCount, Fragment.from(block))) return false;
  const blockStart = $from.before();
  const blockEnd = $from.after();
  const insideLastItemEnd = blockStart - 2;
  return editor.commands.command(({ tr, dispatch }) => {
    if (dispatch) {
      tr.delete(blockStart, blockEnd).insert(insideLastItemEnd, Fragment.from(block));
      tr.setSelection(TextSelection.create(tr.doc, insideLastItemEnd + 1));
      tr.scrollIntoView();
    }
    return true;
  });
};
var ListKeymap2 = Extension5.create({
  name: "listKeymap",
  addOptions() {
    return { listTypes: [{
      itemName: "listItem",
      wrapperNames: ["bulletList", "orderedList"]
    }, {
      itemName: "taskItem",
      wrapperNames: ["taskList"]
    }] };
  },
  addKeyboardShortcuts() {
    return {
      Delete: ({ editor }) => {
        let handled = false;
        this.options.listTypes.forEach(({ itemName }) => {
          if (editor.state.schema.nodes[itemName] === void 0) return;
          if (handleDelete2(editor, itemName)) handled = true;
        });
        return handled;
      },
      "Mod-Delete": ({ editor }) => {
        let handled = false;
        this.options.listTypes.forEach(({ itemName }) => {
          if (editor.state.schema.nodes[itemName] === void 0) return;
          if (handleDelete2(editor, itemName)) handled = true;
        });
        return handled;
      },
      Backspace: ({ editor }) => {
        let handled = false;
        this.options.listTypes.forEach(({ itemName, wrapperNames }) => {
          if (editor.state.schema.nodes[itemName] === void 0) return;
          if (handleBackspace3(editor, itemName, wrapperNames)) handled = true;
        });
        return handled;
      },
      "Mod-Backspace": ({ editor }) => {
        let handled = false;
        this.options.listTypes.forEach(({ itemName, wrapperNames }) => {
          if (editor.state.schema.nodes[itemName] === void 0) return;
          if (handleBackspace3(editor, itemName, wrapperNames)) handled = true;
        });
        return handled;
      },
      Tab: ({ editor }) => {
        for (const { itemName, wrapperNames } of this.options.listTypes) {
          if (editor.state.schema.nodes[itemName] === void 0) continue;
          if (handleTab2(editor, itemName, wrapperNames)) return true;
        }
        return false;
      }
    };
  }
});
var ORDERED_LIST_ITEM_REGEX2 = new RegExp(`^(\\s*)(${ORDERED_LIST_MARKER_PATTERN2})([.)])\\s+(.*)$`);
var INDENTED_LINE_REGEX2 = /^\s/;
var PARAGRAPH_INTERRUPTERS2 = {
  heading: /^#{1,6}(?:\s|$)/,
  bulletItem: /^[-+*]\s+/,
  codeFence: /^(?:```|~~~)/,
  blockMath: /^\$\$/,
  thematicBreak: /^(?:(?:-[ \t]*){3,}|(?:_[ \t]*){3,}|(?:\*[ \t]*){3,})$/
};
function isOrderedListMarkerLine2(line) {
  return ORDERED_LIST_ITEM_REGEX2.test(line.trimStart());
}
function isBlockContentLine2(line) {
  const trimmedLine = line.trimStart();
  return PARAGRAPH_INTERRUPTERS2.bulletItem.test(trimmedLine) || isOrderedListMarkerLine2(trimmedLine) || PARAGRAPH_INTERRUPTERS2.heading.test(trimmedLine) || PARAGRAPH_INTERRUPTERS2.thematicBreak.test(trimmedLine) && !trimmedLine.startsWith("-") || /^>\s?/.test(trimmedLine) || PARAGRAPH_INTERRUPTERS2.codeFence.test(trimmedLine) || PARAGRAPH_INTERRUPTERS2.blockMath.test(trimmedLine);
}
function interruptsLazyContinuation2(line) {
  return Object.values(PARAGRAPH_INTERRUPTERS2).some((pattern) => pattern.test(line));
}
function splitItemContent2(contentLines) {
  const paragraphLines = [];
  const blockLines = [];
  let reachedBlockBoundary = false;
  contentLines.forEach((line) => {
    if (reachedBlockBoundary) {
      blockLines.push(line);
      return;
    }
    if (line.trim() === "") {
      reachedBlockBoundary = true;
      blockLines.push(line);
      return;
    }
    if (paragraphLines.length > 0 && isBlockContentLine2(line)) {
      reachedBlockBoundary = true;
      blockLines.push(line);
      return;
    }
    paragraphLines.push(line);
  });
  return {
    paragraphLines,
    blockLines
  };
}
function collectOrderedListItems2(lines) {
  const listItems = [];
  let currentLineIndex = 0;
  let consumed = 0;
  while (currentLineIndex < lines.length) {
    const line = lines[currentLineIndex];
    const match = line.match(ORDERED_LIST_ITEM_REGEX2);
    if (!match) break;
    const [, indent, marker, _separator, content] = match;
    const indentLevel = indent.length;
    const number = parseInt(marker, 10);
    const markerType = isNaN(number) ? detectMarkerType2(marker) : void 0;
    const itemNumber = isNaN(number) ? markerToStart2(marker) : number;
    const itemContentLines = [content];
    let nextLineIndex = currentLineIndex + 1;
    const itemLines = [line];
    let sawBlankLine = false;
    while (nextLineIndex < lines.length) {
      const nextLine = lines[nextLineIndex];
      if (nextLine.match(ORDERED_LIST_ITEM_REGEX2)) break;
      if (nextLine.trim() === "") {
        itemLines.push(nextLine);
        itemContentLines.push("");
        sawBlankLine = true;
        nextLineIndex += 1;
      } else if (nextLine.match(INDENTED_LINE_REGEX2)) {
        const leadingWhitespace = nextLine.length - nextLine.trimStart().length;
        const contentIndent = indentLevel + marker.length + 1;
        itemLines.push(nextLine);
        itemContentLines.push(nextLine.slice(Math.min(leadingWhitespace, contentIndent)));
        nextLineIndex += 1;
      } else {
        if (sawBlankLine || interruptsLazyContinuation2(nextLine)) break;
        itemLines.push(nextLine);
        itemContentLines.push(nextLine);
        nextLineIndex += 1;
      }
    }
    listItems.push({
      indent: indentLevel,
      number: itemNumber,
      type: markerType,
      content: itemContentLines.join("\n").trim(),
      contentLines: itemContentLines,
      raw: itemLines.join("\n")
    });
    consumed = nextLineIndex;
    currentLineIndex = nextLineIndex;
  }
  return [listItems, consumed];
}
var PLAIN_TEXT_ORDERED_LIST_LINE_REGEX2 = new RegExp(`^(${ORDERED_LIST_MARKER_PATTERN2})([.)])\\s+(.+)$`);
function parsePlainTextOrderedListPaste2(text) {
  const lines = text.split("\n").filter((l) => l.trim().length > 0);
  if (lines.length === 0) return null;
  const parsedItems = [];
  for (const line of lines) {
    const match = line.trim().match(PLAIN_TEXT_ORDERED_LIST_LINE_REGEX2);
    if (!match) return null;
    parsedItems.push({
      marker: match[1],
      content: match[3]
    });
  }
  if (!areOrderedListMarkersSequential2(parsedItems.map((item) => item.marker))) return null;
  return {
    type: "orderedList",
    attrs: buildOrderedListAttrsFromMarker2(parsedItems[0].marker),
    content: parsedItems.map((item) => ({
      type: "listItem",
      content: [{
        type: "paragraph",
        content: [{
          type: "text",
          text: item.content
        }]
      }]
    }))
  };
}
function buildNestedStructure2(items, baseIndent, lexer) {
  const result = [];
  let currentIndex = 0;
  while (currentIndex < items.length) {
    const item = items[currentIndex];
    if (item.indent === baseIndent) {
      const { paragraphLines, blockLines } = splitItemContent2(item.contentLines);
      const mainText = paragraphLines.join("\n").trim();
      const tokens = [];
      if (mainText) tokens.push({
        type: "paragraph",
        raw: mainText,
        tokens: lexer.inlineTokens(mainText)
      });
      const additionalContent = blockLines.join("\n").trim();
      if (additionalContent) {
        const blockTokens = lexer.blockTokens(additionalContent);
        tokens.push(...blockTokens);
      }
      let lookAheadIndex = currentIndex + 1;
      const nestedItems = [];
      while (lookAheadIndex < items.length && items[lookAheadIndex].indent > baseIndent) {
        nestedItems.push(items[lookAheadIndex]);
        lookAheadIndex += 1;
      }
      if (nestedItems.length > 0) {
        const nestedListItems = buildNestedStructure2(nestedItems, Math.min(...nestedItems.map((nestedItem) => nestedItem.indent)), lexer);
        tokens.push({
          type: "list",
          ordered: true,
          start: nestedItems[0].number,
          typeMarker: nestedItems[0].type,
          items: nestedListItems,
          raw: nestedItems.map((nestedItem) => nestedItem.raw).join("\n")
        });
      }
      result.push({
        type: "list_item",
        raw: item.raw,
        tokens
      });
      currentIndex = lookAheadIndex;
    } else currentIndex += 1;
  }
  return result;
}
function parseListItems2(items, helpers) {
  return items.map((item) => {
    if (item.type !== "list_item") return helpers.parseChildren([item])[0];
    const content = [];
    if (item.tokens && item.tokens.length > 0) item.tokens.forEach((itemToken) => {
      if (itemToken.type === "paragraph" || itemToken.type === "list" || itemToken.type === "blockquote" || itemToken.type === "code") content.push(...helpers.parseChildren([itemToken]));
      else if (itemToken.type === "text" && itemToken.tokens) {
        const inlineContent = helpers.parseChildren([itemToken]);
        content.push({
          type: "paragraph",
          content: inlineContent
        });
      } else {
        const parsed = helpers.parseChildren([itemToken]);
        if (parsed.length > 0) content.push(...parsed);
      }
    });
    return {
      type: "listItem",
      content
    };
  });
}
var ListItemName2 = "listItem";
var TextStyleName2 = "textStyle";
var orderedListInputRegex2 = /^(\d+)\.\s$/;
function cssListStyleTypeToHtmlType2(style) {
  const match = style.match(/list-style-type\s*:\s*([^;]+)/i);
  if (!match) return null;
  switch (match[1].trim().toLowerCase()) {
    case "upper-roman":
      return "I";
    case "lower-roman":
      return "i";
    case "upper-alpha":
    case "upper-latin":
      return "A";
    case "lower-alpha":
    case "lower-latin":
      return "a";
    default:
      return null;
  }
}
var OrderedList2 = Node4.create({
  name: "orderedList",
  addOptions() {
    return {
      itemTypeName: "listItem",
      HTMLAttributes: {},
      keepMarks: false,
      keepAttributes: false
    };
  },
  group: "block list",
  content() {
    return `${this.options.itemTypeName}+`;
  },
  addAttributes() {
    return {
      start: {
        default: 1,
        parseHTML: (element) => {
          return element.hasAttribute("start") ? parseInt(element.getAttribute("start") || "", 10) : 1;
        }
      },
      type: {
        default: null,
        parseHTML: (element) => {
          const htmlType = element.getAttribute("type");
          if (htmlType) return htmlType;
          const style = element.getAttribute("style");
          if (style) {
            const mappedFromOl = cssListStyleTypeToHtmlType2(style);
            if (mappedFromOl) return mappedFromOl;
          }
          const firstLi = element.querySelector("li");
          if (firstLi) {
            const liStyle = firstLi.getAttribute("style");
            if (liStyle) {
              const mappedFromLi = cssListStyleTypeToHtmlType2(liStyle);
              if (mappedFromLi) return mappedFromLi;
            }
          }
          return null;
        }
      }
    };
  },
  parseHTML() {
    return [{ tag: "ol" }];
  },
  renderHTML({ HTMLAttributes }) {
    const { start, type, ...attributesWithoutType } = HTMLAttributes;
    const attrs = mergeAttributes3(this.options.HTMLAttributes, attributesWithoutType);
    if (start !== 1) attrs.start = start;
    if (type && type !== "1") attrs.type = type;
    return [
      "ol",
      attrs,
      0
    ];
  },
  markdownTokenName: "list",
  parseMarkdown: (token, helpers) => {
    if (token.type !== "list" || !token.ordered) return [];
    const startValue = token.start || 1;
    const typeValue = token.typeMarker;
    const content = token.items ? parseListItems2(token.items, helpers) : [];
    const attrs = {};
    if (startValue !== 1) attrs.start = startValue;
    if (typeValue) attrs.type = typeValue;
    if (Object.keys(attrs).length > 0) return {
      type: "orderedList",
      attrs,
      content
    };
    return {
      type: "orderedList",
      content
    };
  },
  renderMarkdown: (node, h2) => {
    if (!node.content) return "";
    return h2.renderChildren(node.content, "\n");
  },
  markdownTokenizer: {
    name: "orderedList",
    level: "block",
    start: () => -1,
    tokenize: (src, _tokens, lexer) => {
      var _listItems$, _listItems$2;
      const lines = src.split("\n");
      const [listItems, consumed] = collectOrderedListItems2(lines);
      if (listItems.length === 0) return;
      const items = buildNestedStructure2(listItems, listItems[0].indent, lexer);
      if (items.length === 0) return;
      return {
        type: "list",
        ordered: true,
        start: ((_listItems$ = listItems[0]) === null || _listItems$ === void 0 ? void 0 : _listItems$.number) || 1,
        typeMarker: (_listItems$2 = listItems[0]) === null || _listItems$2 === void 0 ? void 0 : _listItems$2.type,
        items,
        raw: lines.slice(0, consumed).join("\n")
      };
    }
  },
  markdownOptions: { indentsContent: true },
  addCommands() {
    return { toggleOrderedList: () => ({ commands, chain }) => {
      if (this.options.keepAttributes) return chain().toggleList(this.name, this.options.itemTypeName, this.options.keepMarks).updateAttributes(ListItemName2, this.editor.getAttributes(TextStyleName2)).run();
      return commands.toggleList(this.name, this.options.itemTypeName, this.options.keepMarks);
    } };
  },
  addKeyboardShortcuts() {
    return { "Mod-Shift-7": () => this.editor.commands.toggleOrderedList() };
  },
  addProseMirrorPlugins() {
    return [new Plugin({ props: { handlePaste: (view, event) => {
      var _event$clipboardData, _event$clipboardData2;
      const html = (_event$clipboardData = event.clipboardData) === null || _event$clipboardData === void 0 ? void 0 : _event$clipboardData.getData("text/html");
      if (html === null || html === void 0 ? void 0 : html.trim()) return false;
      const text = (_event$clipboardData2 = event.clipboardData) === null || _event$clipboardData2 === void 0 ? void 0 : _event$clipboardData2.getData("text/plain");
      if (!text) return false;
      const orderedListContent = parsePlainTextOrderedListPaste2(text);
      if (!orderedListContent) return false;
      try {
        const orderedListNode = view.state.schema.nodeFromJSON(orderedListContent);
        const tr = view.state.tr.replaceSelectionWith(orderedListNode);
        view.dispatch(tr);
        return true;
      } catch {
        return false;
      }
    } } })];
  },
  addInputRules() {
    const joinPredicate = (match, node) => {
      return (!node.attrs.type || node.attrs.type === "1") && node.childCount + node.attrs.start === +match[1];
    };
    let inputRule = wrappingInputRule2({
      find: orderedListInputRegex2,
      type: this.type,
      getAttributes: (match) => ({ start: +match[1] }),
      joinPredicate
    });
    if (this.options.keepMarks || this.options.keepAttributes) inputRule = wrappingInputRule2({
      find: orderedListInputRegex2,
      type: this.type,
      keepMarks: this.options.keepMarks,
      keepAttributes: this.options.keepAttributes,
      getAttributes: (match) => ({
        start: +match[1],
        ...this.editor.getAttributes(TextStyleName2)
      }),
      joinPredicate,
      editor: this.editor
    });
    return [inputRule];
  }
});
var inputRegex4 = /^\s*(\[([( |x])?\])\s$/;
var visuallyHiddenStyle2 = "position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0";
var getCheckboxLabel2 = (node, checked, a11y) => {
  var _a11y$checkboxLabel;
  return (a11y === null || a11y === void 0 || (_a11y$checkboxLabel = a11y.checkboxLabel) === null || _a11y$checkboxLabel === void 0 ? void 0 : _a11y$checkboxLabel.call(a11y, node, checked)) || `Task item checkbox for ${node.textContent || "empty task item"}`;
};
var TaskItem2 = Node4.create({
  name: "taskItem",
  addOptions() {
    return {
      nested: false,
      HTMLAttributes: {},
      taskListTypeName: "taskList",
      a11y: void 0
    };
  },
  content() {
    return this.options.nested ? "paragraph block*" : "paragraph+";
  },
  defining: true,
  addAttributes() {
    return { checked: {
      default: false,
      keepOnSplit: false,
      parseHTML: (element) => {
        const dataChecked = element.getAttribute("data-checked");
        return dataChecked === "" || dataChecked === "true";
      },
      renderHTML: (attributes) => ({ "data-checked": attributes.checked })
    } };
  },
  parseHTML() {
    return [{
      tag: `li[data-type="${this.name}"]`,
      priority: 51,
      contentElement: (element) => {
        var _element$querySelecto;
        return (_element$querySelecto = element.querySelector("div")) !== null && _element$querySelecto !== void 0 ? _element$querySelecto : element;
      }
    }];
  },
  renderHTML({ node, HTMLAttributes }) {
    return [
      "li",
      mergeAttributes3(this.options.HTMLAttributes, HTMLAttributes, { "data-type": this.name }),
      [
        "label",
        ["input", {
          type: "checkbox",
          checked: node.attrs.checked ? "checked" : null
        }],
        ["span"]
      ],
      ["div", 0]
    ];
  },
  parseMarkdown: (token, h2) => {
    const content = [];
    if (token.tokens && token.tokens.length > 0) content.push(h2.createNode("paragraph", {}, h2.parseInline(token.tokens)));
    else if (token.text) content.push(h2.createNode("paragraph", {}, [h2.createNode("text", { text: token.text })]));
    else content.push(h2.createNode("paragraph", {}, []));
    if (token.nestedTokens && token.nestedTokens.length > 0) {
      const nestedContent = h2.parseChildren(token.nestedTokens);
      content.push(...nestedContent);
    }
    return h2.createNode("taskItem", { checked: token.checked || false }, content);
  },
  renderMarkdown: (node, h2) => {
    var _node$attrs;
    const prefix = `- [${((_node$attrs = node.attrs) === null || _node$attrs === void 0 ? void 0 : _node$attrs.checked) ? "x" : " "}] `;
    return renderNestedMarkdownContent2(node, h2, prefix);
  },
  addExtensions() {
    if (!this.options.nested) return [];
    return [createBranchingListDeleteKeymap2(this.name, [this.options.taskListTypeName])];
  },
  addKeyboardShortcuts() {
    const shortcuts = {
      Enter: () => this.editor.commands.splitListItem(this.name),
      "Shift-Tab": () => this.editor.commands.liftListItem(this.name)
    };
    if (!this.options.nested) return shortcuts;
    return {
      ...shortcuts,
      Tab: () => this.editor.commands.sinkListItem(this.name)
    };
  },
  addNodeView() {
    return ({ node, HTMLAttributes, getPos, editor }) => {
      const listItem = document.createElement("li");
      const checkboxWrapper = document.createElement("label");
      const checkboxStyler = document.createElement("span");
      const checkbox = document.createElement("input");
      const content = document.createElement("div");
      checkboxStyler.style.cssText = visuallyHiddenStyle2;
      const updateA11Y = (currentNode) => {
        const label = getCheckboxLabel2(currentNode, currentNode.attrs.checked, this.options.a11y);
        checkbox.setAttribute("aria-label", label);
        checkboxStyler.textContent = label;
      };
      updateA11Y(node);
      checkboxWrapper.contentEditable = "false";
      checkbox.type = "checkbox";
      checkbox.addEventListener("mousedown", (event) => event.preventDefault());
      checkbox.addEventListener("change", (event) => {
        if (!editor.isEditable && !this.options.onReadOnlyChecked) {
          checkbox.checked = !checkbox.checked;
          return;
        }
        const { checked } = event.target;
        if (editor.isEditable && typeof getPos === "function") editor.chain().focus(void 0, { scrollIntoView: false }).command(({ tr }) => {
          const position = getPos();
          if (typeof position !== "number") return false;
          const currentNode = tr.doc.nodeAt(position);
          tr.setNodeMarkup(position, void 0, {
            ...currentNode === null || currentNode === void 0 ? void 0 : currentNode.attrs,
            checked
          });
          return true;
        }).run();
        if (!editor.isEditable && this.options.onReadOnlyChecked) {
          if (!this.options.onReadOnlyChecked(node, checked)) checkbox.checked = !checkbox.checked;
        }
      });
      Object.entries(this.options.HTMLAttributes).forEach(([key, value]) => {
        listItem.setAttribute(key, value);
      });
      listItem.dataset.checked = node.attrs.checked;
      checkbox.checked = node.attrs.checked;
      checkboxWrapper.append(checkbox, checkboxStyler);
      listItem.append(checkboxWrapper, content);
      Object.entries(HTMLAttributes).forEach(([key, value]) => {
        listItem.setAttribute(key, value);
      });
      let prevRenderedAttributeKeys = new Set(Object.keys(HTMLAttributes));
      return {
        dom: listItem,
        contentDOM: content,
        update: (updatedNode) => {
          if (updatedNode.type !== this.type) return false;
          listItem.dataset.checked = updatedNode.attrs.checked;
          checkbox.checked = updatedNode.attrs.checked;
          updateA11Y(updatedNode);
          const extensionAttributes = editor.extensionManager.attributes;
          const newHTMLAttributes = getRenderedAttributes3(updatedNode, extensionAttributes);
          const newKeys = new Set(Object.keys(newHTMLAttributes));
          const staticAttrs = this.options.HTMLAttributes;
          prevRenderedAttributeKeys.forEach((key) => {
            if (!newKeys.has(key)) {
              if (key in staticAttrs) listItem.setAttribute(key, staticAttrs[key]);
              else listItem.removeAttribute(key);
            }
          });
          Object.entries(newHTMLAttributes).forEach(([key, value]) => {
            if (value === null || value === void 0) {
              if (key in staticAttrs) listItem.setAttribute(key, staticAttrs[key]);
              else listItem.removeAttribute(key);
            } else listItem.setAttribute(key, value);
          });
          prevRenderedAttributeKeys = newKeys;
          return true;
        }
      };
    };
  },
  addInputRules() {
    return [wrappingInputRule2({
      find: inputRegex4,
      type: this.type,
      getAttributes: (match) => ({ checked: match[match.length - 1] === "x" })
    })];
  }
});
var TaskList2 = Node4.create({
  name: "taskList",
  addOptions() {
    return {
      itemTypeName: "taskItem",
      HTMLAttributes: {}
    };
  },
  group: "block list",
  content() {
    return `${this.options.itemTypeName}+`;
  },
  parseHTML() {
    return [{
      tag: `ul[data-type="${this.name}"]`,
      priority: 51
    }];
  },
  renderHTML({ HTMLAttributes }) {
    return [
      "ul",
      mergeAttributes3(this.options.HTMLAttributes, HTMLAttributes, { "data-type": this.name }),
      0
    ];
  },
  parseMarkdown: (token, h2) => {
    return h2.createNode("taskList", {}, h2.parseChildren(token.items || []));
  },
  renderMarkdown: (node, h2) => {
    if (!node.content) return "";
    return h2.renderChildren(node.content, "\n");
  },
  markdownTokenizer: {
    name: "taskList",
    level: "block",
    start(src) {
      var _src$match;
      const index = (_src$match = src.match(/^\s*[-+*]\s+\[([ xX])\]\s+/)) === null || _src$match === void 0 ? void 0 : _src$match.index;
      return index !== void 0 ? index : -1;
    },
    tokenize(src, tokens, lexer) {
      const parseTaskListContent = (content) => {
        const nestedResult = parseIndentedBlocks2(content, {
          itemPattern: /^(\s*)([-+*])\s+\[([ xX])\]\s+(.*)$/,
          extractItemData: (match) => ({
            indentLevel: match[1].length,
            mainContent: match[4],
            checked: match[3].toLowerCase() === "x"
          }),
          createToken: (data, nestedTokens) => ({
            type: "taskItem",
            raw: "",
            mainContent: data.mainContent,
            indentLevel: data.indentLevel,
            checked: data.checked,
            text: data.mainContent,
            tokens: lexer.inlineTokens(data.mainContent),
            nestedTokens
          }),
          customNestedParser: parseTaskListContent
        }, lexer);
        if (nestedResult) {
          const taskListToken = {
            type: "taskList",
            raw: nestedResult.raw,
            items: nestedResult.items
          };
          const remainder = content.slice(nestedResult.raw.length);
          if (remainder.trim()) return [taskListToken, ...lexer.blockTokens(remainder)];
          return [taskListToken];
        }
        return lexer.blockTokens(content);
      };
      const result = parseIndentedBlocks2(src, {
        itemPattern: /^(\s*)([-+*])\s+\[([ xX])\]\s+(.*)$/,
        extractItemData: (match) => ({
          indentLevel: match[1].length,
          mainContent: match[4],
          checked: match[3].toLowerCase() === "x"
        }),
        createToken: (data, nestedTokens) => ({
          type: "taskItem",
          raw: "",
          mainContent: data.mainContent,
          indentLevel: data.indentLevel,
          checked: data.checked,
          text: data.mainContent,
          tokens: lexer.inlineTokens(data.mainContent),
          nestedTokens
        }),
        customNestedParser: parseTaskListContent
      }, lexer);
      if (!result) return;
      return {
        type: "taskList",
        raw: result.raw,
        items: result.items
      };
    }
  },
  markdownOptions: { indentsContent: true },
  addCommands() {
    return { toggleTaskList: () => ({ commands }) => {
      return commands.toggleList(this.name, this.options.itemTypeName);
    } };
  },
  addKeyboardShortcuts() {
    return { "Mod-Shift-9": () => this.editor.commands.toggleTaskList() };
  }
});
var ListKit2 = Extension5.create({
  name: "listKit",
  addExtensions() {
    const extensions = [];
    if (this.options.bulletList !== false) extensions.push(BulletList2.configure(this.options.bulletList));
    if (this.options.listItem !== false) extensions.push(ListItem2.configure(this.options.listItem));
    if (this.options.listKeymap !== false) extensions.push(ListKeymap2.configure(this.options.listKeymap));
    if (this.options.orderedList !== false) extensions.push(OrderedList2.configure(this.options.orderedList));
    if (this.options.taskItem !== false) extensions.push(TaskItem2.configure(this.options.taskItem));
    if (this.options.taskList !== false) extensions.push(TaskList2.configure(this.options.taskList));
    return extensions;
  }
});

// ../../packages/doc-schema/src/schema-extensions.ts
function createSchemaExtensions() {
  return [
    src_default.configure({
      // Collaboration brings a Yjs undo manager that undoes only this user's changes;
      // ProseMirror's own history would undo other people's typing too.
      undoRedo: false,
      // The trailing-node plugin appends an empty paragraph whenever the last block is not
      // one. Every open tab does that at the same moment, so collaborators pile up empty
      // paragraphs: exactly the duplicated-content bug the seed exists to prevent.
      trailingNode: false,
      heading: { levels: [1, 2, 3] },
      link: { openOnClick: false, autolink: true, defaultProtocol: "https", HTMLAttributes: { rel: "noopener noreferrer nofollow" } }
    }),
    TaskList2,
    TaskItem2.configure({ nested: true })
  ];
}

// ../../packages/doc-convert/src/editor-schema.ts
function createEditorSchema() {
  const extensions = createSchemaExtensions();
  return { extensions, schema: getSchema(extensions) };
}

// ../../packages/doc-convert/src/doc-converter.ts
function createDocConverter() {
  const editorSchema = createEditorSchema();
  const { schema, extensions } = editorSchema;
  const markdown = new MarkdownManager({ extensions });
  const textSerializers = getTextSerializersFromSchema(schema);
  const fromJson = (json) => {
    try {
      const node = schema.nodeFromJSON(json);
      node.check();
      if (node.type !== schema.topNodeType) throw new Error(`top node is ${node.type.name}, not ${schema.topNodeType.name}`);
      return node;
    } catch (error) {
      throw new InvalidContentError(error instanceof Error ? error.message : String(error), { cause: error });
    }
  };
  return {
    ...editorSchema,
    toJson: (body) => body.toJSON(),
    toHtml: (body) => generateHTML(body.toJSON(), extensions),
    toMarkdown: (body) => markdown.serialize(body.toJSON()),
    toText: (body, blockSeparator = "\n\n") => getText(body, { blockSeparator, textSerializers }),
    fromMarkdown: (text) => fromJson(markdown.parse(text)),
    fromHtml: (html) => fromJson(generateJSON2(html, extensions)),
    fromJson
  };
}

export {
  createEditorSchema,
  createDocConverter
};
