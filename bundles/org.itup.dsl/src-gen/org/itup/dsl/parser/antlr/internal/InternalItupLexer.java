package org.itup.dsl.parser.antlr.internal;

// Hack: Use our own Lexer superclass by means of import. 
// Currently there is no other way to specify the superclass for the lexer.
import org.eclipse.xtext.parser.antlr.Lexer;


import org.antlr.runtime.*;
import java.util.Stack;
import java.util.List;
import java.util.ArrayList;

@SuppressWarnings("all")
public class InternalItupLexer extends Lexer {
    public static final int T__50=50;
    public static final int T__59=59;
    public static final int T__55=55;
    public static final int T__56=56;
    public static final int T__57=57;
    public static final int T__58=58;
    public static final int T__51=51;
    public static final int T__52=52;
    public static final int T__53=53;
    public static final int T__54=54;
    public static final int T__60=60;
    public static final int T__61=61;
    public static final int RULE_ID=5;
    public static final int RULE_INT=6;
    public static final int T__66=66;
    public static final int RULE_ML_COMMENT=7;
    public static final int T__67=67;
    public static final int T__68=68;
    public static final int T__69=69;
    public static final int T__62=62;
    public static final int T__126=126;
    public static final int T__63=63;
    public static final int T__125=125;
    public static final int T__64=64;
    public static final int T__65=65;
    public static final int T__127=127;
    public static final int T__37=37;
    public static final int T__38=38;
    public static final int T__39=39;
    public static final int T__33=33;
    public static final int T__34=34;
    public static final int T__35=35;
    public static final int T__36=36;
    public static final int T__30=30;
    public static final int T__31=31;
    public static final int T__32=32;
    public static final int T__48=48;
    public static final int T__49=49;
    public static final int T__44=44;
    public static final int T__45=45;
    public static final int T__46=46;
    public static final int T__47=47;
    public static final int T__40=40;
    public static final int T__41=41;
    public static final int T__42=42;
    public static final int T__43=43;
    public static final int T__91=91;
    public static final int T__100=100;
    public static final int T__92=92;
    public static final int T__93=93;
    public static final int T__102=102;
    public static final int T__94=94;
    public static final int T__101=101;
    public static final int T__90=90;
    public static final int T__19=19;
    public static final int T__15=15;
    public static final int T__16=16;
    public static final int T__17=17;
    public static final int T__18=18;
    public static final int T__11=11;
    public static final int T__99=99;
    public static final int T__12=12;
    public static final int T__13=13;
    public static final int T__14=14;
    public static final int T__95=95;
    public static final int T__96=96;
    public static final int T__97=97;
    public static final int T__98=98;
    public static final int T__26=26;
    public static final int T__27=27;
    public static final int T__28=28;
    public static final int T__29=29;
    public static final int T__22=22;
    public static final int T__23=23;
    public static final int T__24=24;
    public static final int T__25=25;
    public static final int T__20=20;
    public static final int T__21=21;
    public static final int T__122=122;
    public static final int T__70=70;
    public static final int T__121=121;
    public static final int T__71=71;
    public static final int T__124=124;
    public static final int T__72=72;
    public static final int T__123=123;
    public static final int T__120=120;
    public static final int RULE_STRING=4;
    public static final int RULE_SL_COMMENT=8;
    public static final int T__77=77;
    public static final int T__119=119;
    public static final int T__78=78;
    public static final int T__118=118;
    public static final int T__79=79;
    public static final int T__73=73;
    public static final int T__115=115;
    public static final int EOF=-1;
    public static final int T__74=74;
    public static final int T__114=114;
    public static final int T__75=75;
    public static final int T__117=117;
    public static final int T__76=76;
    public static final int T__116=116;
    public static final int T__80=80;
    public static final int T__111=111;
    public static final int T__81=81;
    public static final int T__110=110;
    public static final int T__82=82;
    public static final int T__113=113;
    public static final int T__83=83;
    public static final int T__112=112;
    public static final int RULE_WS=9;
    public static final int RULE_ANY_OTHER=10;
    public static final int T__88=88;
    public static final int T__108=108;
    public static final int T__89=89;
    public static final int T__107=107;
    public static final int T__109=109;
    public static final int T__84=84;
    public static final int T__104=104;
    public static final int T__85=85;
    public static final int T__103=103;
    public static final int T__86=86;
    public static final int T__106=106;
    public static final int T__87=87;
    public static final int T__105=105;

    // delegates
    // delegators

    public InternalItupLexer() {;} 
    public InternalItupLexer(CharStream input) {
        this(input, new RecognizerSharedState());
    }
    public InternalItupLexer(CharStream input, RecognizerSharedState state) {
        super(input,state);

    }
    public String getGrammarFileName() { return "InternalItup.g"; }

    // $ANTLR start "T__11"
    public final void mT__11() throws RecognitionException {
        try {
            int _type = T__11;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:11:7: ( 'plan' )
            // InternalItup.g:11:9: 'plan'
            {
            match("plan"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__11"

    // $ANTLR start "T__12"
    public final void mT__12() throws RecognitionException {
        try {
            int _type = T__12;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:12:7: ( 'period' )
            // InternalItup.g:12:9: 'period'
            {
            match("period"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__12"

    // $ANTLR start "T__13"
    public final void mT__13() throws RecognitionException {
        try {
            int _type = T__13;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:13:7: ( 'to' )
            // InternalItup.g:13:9: 'to'
            {
            match("to"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__13"

    // $ANTLR start "T__14"
    public final void mT__14() throws RecognitionException {
        try {
            int _type = T__14;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:14:7: ( 'adopted' )
            // InternalItup.g:14:9: 'adopted'
            {
            match("adopted"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__14"

    // $ANTLR start "T__15"
    public final void mT__15() throws RecognitionException {
        try {
            int _type = T__15;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:15:7: ( 'by' )
            // InternalItup.g:15:9: 'by'
            {
            match("by"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__15"

    // $ANTLR start "T__16"
    public final void mT__16() throws RecognitionException {
        try {
            int _type = T__16;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:16:7: ( 'currency' )
            // InternalItup.g:16:9: 'currency'
            {
            match("currency"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__16"

    // $ANTLR start "T__17"
    public final void mT__17() throws RecognitionException {
        try {
            int _type = T__17;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:17:7: ( 'languages' )
            // InternalItup.g:17:9: 'languages'
            {
            match("languages"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__17"

    // $ANTLR start "T__18"
    public final void mT__18() throws RecognitionException {
        try {
            int _type = T__18;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:18:7: ( ',' )
            // InternalItup.g:18:9: ','
            {
            match(','); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__18"

    // $ANTLR start "T__19"
    public final void mT__19() throws RecognitionException {
        try {
            int _type = T__19;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:19:7: ( 'codes' )
            // InternalItup.g:19:9: 'codes'
            {
            match("codes"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__19"

    // $ANTLR start "T__20"
    public final void mT__20() throws RecognitionException {
        try {
            int _type = T__20;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:20:7: ( 'official' )
            // InternalItup.g:20:9: 'official'
            {
            match("official"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__20"

    // $ANTLR start "T__21"
    public final void mT__21() throws RecognitionException {
        try {
            int _type = T__21;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:21:7: ( 'risk' )
            // InternalItup.g:21:9: 'risk'
            {
            match("risk"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__21"

    // $ANTLR start "T__22"
    public final void mT__22() throws RecognitionException {
        try {
            int _type = T__22;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:22:7: ( 'scale' )
            // InternalItup.g:22:9: 'scale'
            {
            match("scale"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__22"

    // $ANTLR start "T__23"
    public final void mT__23() throws RecognitionException {
        try {
            int _type = T__23;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:23:7: ( 'vision' )
            // InternalItup.g:23:9: 'vision'
            {
            match("vision"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__23"

    // $ANTLR start "T__24"
    public final void mT__24() throws RecognitionException {
        try {
            int _type = T__24;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:24:7: ( 'mission' )
            // InternalItup.g:24:9: 'mission'
            {
            match("mission"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__24"

    // $ANTLR start "T__25"
    public final void mT__25() throws RecognitionException {
        try {
            int _type = T__25;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:25:7: ( 'sectors' )
            // InternalItup.g:25:9: 'sectors'
            {
            match("sectors"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__25"

    // $ANTLR start "T__26"
    public final void mT__26() throws RecognitionException {
        try {
            int _type = T__26;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:26:7: ( 'swot' )
            // InternalItup.g:26:9: 'swot'
            {
            match("swot"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__26"

    // $ANTLR start "T__27"
    public final void mT__27() throws RecognitionException {
        try {
            int _type = T__27;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:27:7: ( '{' )
            // InternalItup.g:27:9: '{'
            {
            match('{'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__27"

    // $ANTLR start "T__28"
    public final void mT__28() throws RecognitionException {
        try {
            int _type = T__28;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:28:7: ( '}' )
            // InternalItup.g:28:9: '}'
            {
            match('}'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__28"

    // $ANTLR start "T__29"
    public final void mT__29() throws RecognitionException {
        try {
            int _type = T__29;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:29:7: ( 'wsis' )
            // InternalItup.g:29:9: 'wsis'
            {
            match("wsis"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__29"

    // $ANTLR start "T__30"
    public final void mT__30() throws RecognitionException {
        try {
            int _type = T__30;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:30:7: ( 'facilitator' )
            // InternalItup.g:30:9: 'facilitator'
            {
            match("facilitator"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__30"

    // $ANTLR start "T__31"
    public final void mT__31() throws RecognitionException {
        try {
            int _type = T__31;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:31:7: ( 'sdg' )
            // InternalItup.g:31:9: 'sdg'
            {
            match("sdg"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__31"

    // $ANTLR start "T__32"
    public final void mT__32() throws RecognitionException {
        try {
            int _type = T__32;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:32:7: ( 'custodian' )
            // InternalItup.g:32:9: 'custodian'
            {
            match("custodian"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__32"

    // $ANTLR start "T__33"
    public final void mT__33() throws RecognitionException {
        try {
            int _type = T__33;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:33:7: ( 'operational' )
            // InternalItup.g:33:9: 'operational'
            {
            match("operational"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__33"

    // $ANTLR start "T__34"
    public final void mT__34() throws RecognitionException {
        try {
            int _type = T__34;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:34:7: ( 'for' )
            // InternalItup.g:34:9: 'for'
            {
            match("for"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__34"

    // $ANTLR start "T__35"
    public final void mT__35() throws RecognitionException {
        try {
            int _type = T__35;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:35:7: ( 'year' )
            // InternalItup.g:35:9: 'year'
            {
            match("year"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__35"

    // $ANTLR start "T__36"
    public final void mT__36() throws RecognitionException {
        try {
            int _type = T__36;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:36:7: ( 'implements' )
            // InternalItup.g:36:9: 'implements'
            {
            match("implements"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__36"

    // $ANTLR start "T__37"
    public final void mT__37() throws RecognitionException {
        try {
            int _type = T__37;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:37:7: ( 'responsible' )
            // InternalItup.g:37:9: 'responsible'
            {
            match("responsible"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__37"

    // $ANTLR start "T__38"
    public final void mT__38() throws RecognitionException {
        try {
            int _type = T__38;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:38:7: ( 'objective' )
            // InternalItup.g:38:9: 'objective'
            {
            match("objective"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__38"

    // $ANTLR start "T__39"
    public final void mT__39() throws RecognitionException {
        try {
            int _type = T__39;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:39:7: ( 'output' )
            // InternalItup.g:39:9: 'output'
            {
            match("output"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__39"

    // $ANTLR start "T__40"
    public final void mT__40() throws RecognitionException {
        try {
            int _type = T__40;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:40:7: ( 'retired' )
            // InternalItup.g:40:9: 'retired'
            {
            match("retired"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__40"

    // $ANTLR start "T__41"
    public final void mT__41() throws RecognitionException {
        try {
            int _type = T__41;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:41:7: ( 'activity' )
            // InternalItup.g:41:9: 'activity'
            {
            match("activity"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__41"

    // $ANTLR start "T__42"
    public final void mT__42() throws RecognitionException {
        try {
            int _type = T__42;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:42:7: ( 'forecast' )
            // InternalItup.g:42:9: 'forecast'
            {
            match("forecast"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__42"

    // $ANTLR start "T__43"
    public final void mT__43() throws RecognitionException {
        try {
            int _type = T__43;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:43:7: ( 'resources' )
            // InternalItup.g:43:9: 'resources'
            {
            match("resources"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__43"

    // $ANTLR start "T__44"
    public final void mT__44() throws RecognitionException {
        try {
            int _type = T__44;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:44:7: ( 'monitoring' )
            // InternalItup.g:44:9: 'monitoring'
            {
            match("monitoring"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__44"

    // $ANTLR start "T__45"
    public final void mT__45() throws RecognitionException {
        try {
            int _type = T__45;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:45:7: ( 'of' )
            // InternalItup.g:45:9: 'of'
            {
            match("of"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__45"

    // $ANTLR start "T__46"
    public final void mT__46() throws RecognitionException {
        try {
            int _type = T__46;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:46:7: ( 'data' )
            // InternalItup.g:46:9: 'data'
            {
            match("data"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__46"

    // $ANTLR start "T__47"
    public final void mT__47() throws RecognitionException {
        try {
            int _type = T__47;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:47:7: ( 'measured' )
            // InternalItup.g:47:9: 'measured'
            {
            match("measured"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__47"

    // $ANTLR start "T__48"
    public final void mT__48() throws RecognitionException {
        try {
            int _type = T__48;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:48:7: ( 'in' )
            // InternalItup.g:48:9: 'in'
            {
            match("in"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__48"

    // $ANTLR start "T__49"
    public final void mT__49() throws RecognitionException {
        try {
            int _type = T__49;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:49:7: ( 'value' )
            // InternalItup.g:49:9: 'value'
            {
            match("value"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__49"

    // $ANTLR start "T__50"
    public final void mT__50() throws RecognitionException {
        try {
            int _type = T__50;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:50:7: ( 'source' )
            // InternalItup.g:50:9: 'source'
            {
            match("source"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__50"

    // $ANTLR start "T__51"
    public final void mT__51() throws RecognitionException {
        try {
            int _type = T__51;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:51:7: ( 'date' )
            // InternalItup.g:51:9: 'date'
            {
            match("date"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__51"

    // $ANTLR start "T__52"
    public final void mT__52() throws RecognitionException {
        try {
            int _type = T__52;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:52:7: ( 'note' )
            // InternalItup.g:52:9: 'note'
            {
            match("note"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__52"

    // $ANTLR start "T__53"
    public final void mT__53() throws RecognitionException {
        try {
            int _type = T__53;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:53:7: ( 'spent' )
            // InternalItup.g:53:9: 'spent'
            {
            match("spent"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__53"

    // $ANTLR start "T__54"
    public final void mT__54() throws RecognitionException {
        try {
            int _type = T__54;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:54:7: ( 'on' )
            // InternalItup.g:54:9: 'on'
            {
            match("on"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__54"

    // $ANTLR start "T__55"
    public final void mT__55() throws RecognitionException {
        try {
            int _type = T__55;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:55:7: ( 'assessment' )
            // InternalItup.g:55:9: 'assessment'
            {
            match("assessment"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__55"

    // $ANTLR start "T__56"
    public final void mT__56() throws RecognitionException {
        try {
            int _type = T__56;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:56:7: ( 'rate' )
            // InternalItup.g:56:9: 'rate'
            {
            match("rate"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__56"

    // $ANTLR start "T__57"
    public final void mT__57() throws RecognitionException {
        try {
            int _type = T__57;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:57:7: ( 'budget' )
            // InternalItup.g:57:9: 'budget'
            {
            match("budget"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__57"

    // $ANTLR start "T__58"
    public final void mT__58() throws RecognitionException {
        try {
            int _type = T__58;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:58:7: ( 'replaces' )
            // InternalItup.g:58:9: 'replaces'
            {
            match("replaces"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__58"

    // $ANTLR start "T__59"
    public final void mT__59() throws RecognitionException {
        try {
            int _type = T__59;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:59:7: ( 'vocabulary' )
            // InternalItup.g:59:9: 'vocabulary'
            {
            match("vocabulary"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__59"

    // $ANTLR start "T__60"
    public final void mT__60() throws RecognitionException {
        try {
            int _type = T__60;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:60:7: ( 'written' )
            // InternalItup.g:60:9: 'written'
            {
            match("written"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__60"

    // $ANTLR start "T__61"
    public final void mT__61() throws RecognitionException {
        try {
            int _type = T__61;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:61:7: ( 'programme' )
            // InternalItup.g:61:9: 'programme'
            {
            match("programme"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__61"

    // $ANTLR start "T__62"
    public final void mT__62() throws RecognitionException {
        try {
            int _type = T__62;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:62:7: ( 'pillar' )
            // InternalItup.g:62:9: 'pillar'
            {
            match("pillar"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__62"

    // $ANTLR start "T__63"
    public final void mT__63() throws RecognitionException {
        try {
            int _type = T__63;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:63:7: ( 'priority' )
            // InternalItup.g:63:9: 'priority'
            {
            match("priority"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__63"

    // $ANTLR start "T__64"
    public final void mT__64() throws RecognitionException {
        try {
            int _type = T__64;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:64:7: ( 'result' )
            // InternalItup.g:64:9: 'result'
            {
            match("result"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__64"

    // $ANTLR start "T__65"
    public final void mT__65() throws RecognitionException {
        try {
            int _type = T__65;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:65:7: ( 'product' )
            // InternalItup.g:65:9: 'product'
            {
            match("product"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__65"

    // $ANTLR start "T__66"
    public final void mT__66() throws RecognitionException {
        try {
            int _type = T__66;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:66:7: ( 'service' )
            // InternalItup.g:66:9: 'service'
            {
            match("service"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__66"

    // $ANTLR start "T__67"
    public final void mT__67() throws RecognitionException {
        try {
            int _type = T__67;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:67:7: ( 'function' )
            // InternalItup.g:67:9: 'function'
            {
            match("function"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__67"

    // $ANTLR start "T__68"
    public final void mT__68() throws RecognitionException {
        try {
            int _type = T__68;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:68:7: ( 'import' )
            // InternalItup.g:68:9: 'import'
            {
            match("import"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__68"

    // $ANTLR start "T__69"
    public final void mT__69() throws RecognitionException {
        try {
            int _type = T__69;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:69:7: ( 'goal' )
            // InternalItup.g:69:9: 'goal'
            {
            match("goal"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__69"

    // $ANTLR start "T__70"
    public final void mT__70() throws RecognitionException {
        try {
            int _type = T__70;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:70:7: ( 'statement' )
            // InternalItup.g:70:9: 'statement'
            {
            match("statement"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__70"

    // $ANTLR start "T__71"
    public final void mT__71() throws RecognitionException {
        try {
            int _type = T__71;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:71:7: ( 'description' )
            // InternalItup.g:71:9: 'description'
            {
            match("description"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__71"

    // $ANTLR start "T__72"
    public final void mT__72() throws RecognitionException {
        try {
            int _type = T__72;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:72:7: ( 'target' )
            // InternalItup.g:72:9: 'target'
            {
            match("target"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__72"

    // $ANTLR start "T__73"
    public final void mT__73() throws RecognitionException {
        try {
            int _type = T__73;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:73:7: ( 'horizon' )
            // InternalItup.g:73:9: 'horizon'
            {
            match("horizon"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__73"

    // $ANTLR start "T__74"
    public final void mT__74() throws RecognitionException {
        try {
            int _type = T__74;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:74:7: ( 'population' )
            // InternalItup.g:74:9: 'population'
            {
            match("population"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__74"

    // $ANTLR start "T__75"
    public final void mT__75() throws RecognitionException {
        try {
            int _type = T__75;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:75:7: ( 'baseline' )
            // InternalItup.g:75:9: 'baseline'
            {
            match("baseline"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__75"

    // $ANTLR start "T__76"
    public final void mT__76() throws RecognitionException {
        try {
            int _type = T__76;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:76:7: ( '(' )
            // InternalItup.g:76:9: '('
            {
            match('('); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__76"

    // $ANTLR start "T__77"
    public final void mT__77() throws RecognitionException {
        try {
            int _type = T__77;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:77:7: ( ')' )
            // InternalItup.g:77:9: ')'
            {
            match(')'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__77"

    // $ANTLR start "T__78"
    public final void mT__78() throws RecognitionException {
        try {
            int _type = T__78;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:78:7: ( 'bureau' )
            // InternalItup.g:78:9: 'bureau'
            {
            match("bureau"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__78"

    // $ANTLR start "T__79"
    public final void mT__79() throws RecognitionException {
        try {
            int _type = T__79;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:79:7: ( 'primary' )
            // InternalItup.g:79:9: 'primary'
            {
            match("primary"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__79"

    // $ANTLR start "T__80"
    public final void mT__80() throws RecognitionException {
        try {
            int _type = T__80;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:80:7: ( 'goals' )
            // InternalItup.g:80:9: 'goals'
            {
            match("goals"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__80"

    // $ANTLR start "T__81"
    public final void mT__81() throws RecognitionException {
        try {
            int _type = T__81;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:81:7: ( 'secondary' )
            // InternalItup.g:81:9: 'secondary'
            {
            match("secondary"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__81"

    // $ANTLR start "T__82"
    public final void mT__82() throws RecognitionException {
        try {
            int _type = T__82;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:82:7: ( 'contributors' )
            // InternalItup.g:82:9: 'contributors'
            {
            match("contributors"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__82"

    // $ANTLR start "T__83"
    public final void mT__83() throws RecognitionException {
        try {
            int _type = T__83;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:83:7: ( 'outcome' )
            // InternalItup.g:83:9: 'outcome'
            {
            match("outcome"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__83"

    // $ANTLR start "T__84"
    public final void mT__84() throws RecognitionException {
        try {
            int _type = T__84;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:84:7: ( 'indicator' )
            // InternalItup.g:84:9: 'indicator'
            {
            match("indicator"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__84"

    // $ANTLR start "T__85"
    public final void mT__85() throws RecognitionException {
        try {
            int _type = T__85;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:85:7: ( 'unit' )
            // InternalItup.g:85:9: 'unit'
            {
            match("unit"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__85"

    // $ANTLR start "T__86"
    public final void mT__86() throws RecognitionException {
        try {
            int _type = T__86;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:86:7: ( 'direction' )
            // InternalItup.g:86:9: 'direction'
            {
            match("direction"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__86"

    // $ANTLR start "T__87"
    public final void mT__87() throws RecognitionException {
        try {
            int _type = T__87;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:87:7: ( 'frequency' )
            // InternalItup.g:87:9: 'frequency'
            {
            match("frequency"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__87"

    // $ANTLR start "T__88"
    public final void mT__88() throws RecognitionException {
        try {
            int _type = T__88;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:88:7: ( 'milestone' )
            // InternalItup.g:88:9: 'milestone'
            {
            match("milestone"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__88"

    // $ANTLR start "T__89"
    public final void mT__89() throws RecognitionException {
        try {
            int _type = T__89;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:89:7: ( 'at' )
            // InternalItup.g:89:9: 'at'
            {
            match("at"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__89"

    // $ANTLR start "T__90"
    public final void mT__90() throws RecognitionException {
        try {
            int _type = T__90;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:90:7: ( 'and' )
            // InternalItup.g:90:9: 'and'
            {
            match("and"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__90"

    // $ANTLR start "T__91"
    public final void mT__91() throws RecognitionException {
        try {
            int _type = T__91;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:91:7: ( 'enabler' )
            // InternalItup.g:91:9: 'enabler'
            {
            match("enabler"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__91"

    // $ANTLR start "T__92"
    public final void mT__92() throws RecognitionException {
        try {
            int _type = T__92;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:92:7: ( 'supports' )
            // InternalItup.g:92:9: 'supports'
            {
            match("supports"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__92"

    // $ANTLR start "T__93"
    public final void mT__93() throws RecognitionException {
        try {
            int _type = T__93;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:93:7: ( 'all' )
            // InternalItup.g:93:9: 'all'
            {
            match("all"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__93"

    // $ANTLR start "T__94"
    public final void mT__94() throws RecognitionException {
        try {
            int _type = T__94;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:94:7: ( 'contribution' )
            // InternalItup.g:94:9: 'contribution'
            {
            match("contribution"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__94"

    // $ANTLR start "T__95"
    public final void mT__95() throws RecognitionException {
        try {
            int _type = T__95;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:95:7: ( 'likelihood' )
            // InternalItup.g:95:9: 'likelihood'
            {
            match("likelihood"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__95"

    // $ANTLR start "T__96"
    public final void mT__96() throws RecognitionException {
        try {
            int _type = T__96;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:96:7: ( 'impact' )
            // InternalItup.g:96:9: 'impact'
            {
            match("impact"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__96"

    // $ANTLR start "T__97"
    public final void mT__97() throws RecognitionException {
        try {
            int _type = T__97;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:97:7: ( 'owner' )
            // InternalItup.g:97:9: 'owner'
            {
            match("owner"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__97"

    // $ANTLR start "T__98"
    public final void mT__98() throws RecognitionException {
        try {
            int _type = T__98;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:98:7: ( 'aspect' )
            // InternalItup.g:98:9: 'aspect'
            {
            match("aspect"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__98"

    // $ANTLR start "T__99"
    public final void mT__99() throws RecognitionException {
        try {
            int _type = T__99;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:99:7: ( 'mitigation' )
            // InternalItup.g:99:9: 'mitigation'
            {
            match("mitigation"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__99"

    // $ANTLR start "T__100"
    public final void mT__100() throws RecognitionException {
        try {
            int _type = T__100;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:100:8: ( 'criterion' )
            // InternalItup.g:100:10: 'criterion'
            {
            match("criterion"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__100"

    // $ANTLR start "T__101"
    public final void mT__101() throws RecognitionException {
        try {
            int _type = T__101;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:101:8: ( 'term' )
            // InternalItup.g:101:10: 'term'
            {
            match("term"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__101"

    // $ANTLR start "T__102"
    public final void mT__102() throws RecognitionException {
        try {
            int _type = T__102;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:102:8: ( 'definition' )
            // InternalItup.g:102:10: 'definition'
            {
            match("definition"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__102"

    // $ANTLR start "T__103"
    public final void mT__103() throws RecognitionException {
        try {
            int _type = T__103;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:103:8: ( 'unavailable' )
            // InternalItup.g:103:10: 'unavailable'
            {
            match("unavailable"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__103"

    // $ANTLR start "T__104"
    public final void mT__104() throws RecognitionException {
        try {
            int _type = T__104;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:104:8: ( '.' )
            // InternalItup.g:104:10: '.'
            {
            match('.'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__104"

    // $ANTLR start "T__105"
    public final void mT__105() throws RecognitionException {
        try {
            int _type = T__105;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:105:8: ( '-' )
            // InternalItup.g:105:10: '-'
            {
            match('-'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__105"

    // $ANTLR start "T__106"
    public final void mT__106() throws RecognitionException {
        try {
            int _type = T__106;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:106:8: ( 'sector' )
            // InternalItup.g:106:10: 'sector'
            {
            match("sector"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__106"

    // $ANTLR start "T__107"
    public final void mT__107() throws RecognitionException {
        try {
            int _type = T__107;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:107:8: ( 'level' )
            // InternalItup.g:107:10: 'level'
            {
            match("level"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__107"

    // $ANTLR start "T__108"
    public final void mT__108() throws RecognitionException {
        try {
            int _type = T__108;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:108:8: ( 'increase' )
            // InternalItup.g:108:10: 'increase'
            {
            match("increase"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__108"

    // $ANTLR start "T__109"
    public final void mT__109() throws RecognitionException {
        try {
            int _type = T__109;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:109:8: ( 'decrease' )
            // InternalItup.g:109:10: 'decrease'
            {
            match("decrease"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__109"

    // $ANTLR start "T__110"
    public final void mT__110() throws RecognitionException {
        try {
            int _type = T__110;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:110:8: ( 'qualitative' )
            // InternalItup.g:110:10: 'qualitative'
            {
            match("qualitative"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__110"

    // $ANTLR start "T__111"
    public final void mT__111() throws RecognitionException {
        try {
            int _type = T__111;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:111:8: ( 'inter-sectoral' )
            // InternalItup.g:111:10: 'inter-sectoral'
            {
            match("inter-sectoral"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__111"

    // $ANTLR start "T__112"
    public final void mT__112() throws RecognitionException {
        try {
            int _type = T__112;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:112:8: ( 'secretariat' )
            // InternalItup.g:112:10: 'secretariat'
            {
            match("secretariat"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__112"

    // $ANTLR start "T__113"
    public final void mT__113() throws RecognitionException {
        try {
            int _type = T__113;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:113:8: ( 'least' )
            // InternalItup.g:113:10: 'least'
            {
            match("least"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__113"

    // $ANTLR start "T__114"
    public final void mT__114() throws RecognitionException {
        try {
            int _type = T__114;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:114:8: ( 'most' )
            // InternalItup.g:114:10: 'most'
            {
            match("most"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__114"

    // $ANTLR start "T__115"
    public final void mT__115() throws RecognitionException {
        try {
            int _type = T__115;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:115:8: ( 'between' )
            // InternalItup.g:115:10: 'between'
            {
            match("between"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__115"

    // $ANTLR start "T__116"
    public final void mT__116() throws RecognitionException {
        try {
            int _type = T__116;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:116:8: ( 'maintain' )
            // InternalItup.g:116:10: 'maintain'
            {
            match("maintain"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__116"

    // $ANTLR start "T__117"
    public final void mT__117() throws RecognitionException {
        try {
            int _type = T__117;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:117:8: ( 'annual' )
            // InternalItup.g:117:10: 'annual'
            {
            match("annual"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__117"

    // $ANTLR start "T__118"
    public final void mT__118() throws RecognitionException {
        try {
            int _type = T__118;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:118:8: ( 'quarterly' )
            // InternalItup.g:118:10: 'quarterly'
            {
            match("quarterly"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__118"

    // $ANTLR start "T__119"
    public final void mT__119() throws RecognitionException {
        try {
            int _type = T__119;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:119:8: ( 'monthly' )
            // InternalItup.g:119:10: 'monthly'
            {
            match("monthly"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__119"

    // $ANTLR start "T__120"
    public final void mT__120() throws RecognitionException {
        try {
            int _type = T__120;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:120:8: ( 'avoidance' )
            // InternalItup.g:120:10: 'avoidance'
            {
            match("avoidance"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__120"

    // $ANTLR start "T__121"
    public final void mT__121() throws RecognitionException {
        try {
            int _type = T__121;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:121:8: ( 'limitation' )
            // InternalItup.g:121:10: 'limitation'
            {
            match("limitation"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__121"

    // $ANTLR start "T__122"
    public final void mT__122() throws RecognitionException {
        try {
            int _type = T__122;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:122:8: ( 'transfer' )
            // InternalItup.g:122:10: 'transfer'
            {
            match("transfer"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__122"

    // $ANTLR start "T__123"
    public final void mT__123() throws RecognitionException {
        try {
            int _type = T__123;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:123:8: ( 'acceptance' )
            // InternalItup.g:123:10: 'acceptance'
            {
            match("acceptance"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__123"

    // $ANTLR start "T__124"
    public final void mT__124() throws RecognitionException {
        try {
            int _type = T__124;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:124:8: ( 'strength' )
            // InternalItup.g:124:10: 'strength'
            {
            match("strength"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__124"

    // $ANTLR start "T__125"
    public final void mT__125() throws RecognitionException {
        try {
            int _type = T__125;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:125:8: ( 'weakness' )
            // InternalItup.g:125:10: 'weakness'
            {
            match("weakness"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__125"

    // $ANTLR start "T__126"
    public final void mT__126() throws RecognitionException {
        try {
            int _type = T__126;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:126:8: ( 'opportunity' )
            // InternalItup.g:126:10: 'opportunity'
            {
            match("opportunity"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__126"

    // $ANTLR start "T__127"
    public final void mT__127() throws RecognitionException {
        try {
            int _type = T__127;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:127:8: ( 'threat' )
            // InternalItup.g:127:10: 'threat'
            {
            match("threat"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__127"

    // $ANTLR start "RULE_ID"
    public final void mRULE_ID() throws RecognitionException {
        try {
            int _type = RULE_ID;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:6472:9: ( ( '^' )? ( 'a' .. 'z' | 'A' .. 'Z' | '_' ) ( 'a' .. 'z' | 'A' .. 'Z' | '_' | '0' .. '9' )* )
            // InternalItup.g:6472:11: ( '^' )? ( 'a' .. 'z' | 'A' .. 'Z' | '_' ) ( 'a' .. 'z' | 'A' .. 'Z' | '_' | '0' .. '9' )*
            {
            // InternalItup.g:6472:11: ( '^' )?
            int alt1=2;
            int LA1_0 = input.LA(1);

            if ( (LA1_0=='^') ) {
                alt1=1;
            }
            switch (alt1) {
                case 1 :
                    // InternalItup.g:6472:11: '^'
                    {
                    match('^'); 

                    }
                    break;

            }

            if ( (input.LA(1)>='A' && input.LA(1)<='Z')||input.LA(1)=='_'||(input.LA(1)>='a' && input.LA(1)<='z') ) {
                input.consume();

            }
            else {
                MismatchedSetException mse = new MismatchedSetException(null,input);
                recover(mse);
                throw mse;}

            // InternalItup.g:6472:40: ( 'a' .. 'z' | 'A' .. 'Z' | '_' | '0' .. '9' )*
            loop2:
            do {
                int alt2=2;
                int LA2_0 = input.LA(1);

                if ( ((LA2_0>='0' && LA2_0<='9')||(LA2_0>='A' && LA2_0<='Z')||LA2_0=='_'||(LA2_0>='a' && LA2_0<='z')) ) {
                    alt2=1;
                }


                switch (alt2) {
            	case 1 :
            	    // InternalItup.g:
            	    {
            	    if ( (input.LA(1)>='0' && input.LA(1)<='9')||(input.LA(1)>='A' && input.LA(1)<='Z')||input.LA(1)=='_'||(input.LA(1)>='a' && input.LA(1)<='z') ) {
            	        input.consume();

            	    }
            	    else {
            	        MismatchedSetException mse = new MismatchedSetException(null,input);
            	        recover(mse);
            	        throw mse;}


            	    }
            	    break;

            	default :
            	    break loop2;
                }
            } while (true);


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "RULE_ID"

    // $ANTLR start "RULE_INT"
    public final void mRULE_INT() throws RecognitionException {
        try {
            int _type = RULE_INT;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:6474:10: ( ( '0' .. '9' )+ )
            // InternalItup.g:6474:12: ( '0' .. '9' )+
            {
            // InternalItup.g:6474:12: ( '0' .. '9' )+
            int cnt3=0;
            loop3:
            do {
                int alt3=2;
                int LA3_0 = input.LA(1);

                if ( ((LA3_0>='0' && LA3_0<='9')) ) {
                    alt3=1;
                }


                switch (alt3) {
            	case 1 :
            	    // InternalItup.g:6474:13: '0' .. '9'
            	    {
            	    matchRange('0','9'); 

            	    }
            	    break;

            	default :
            	    if ( cnt3 >= 1 ) break loop3;
                        EarlyExitException eee =
                            new EarlyExitException(3, input);
                        throw eee;
                }
                cnt3++;
            } while (true);


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "RULE_INT"

    // $ANTLR start "RULE_STRING"
    public final void mRULE_STRING() throws RecognitionException {
        try {
            int _type = RULE_STRING;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:6476:13: ( ( '\"' ( '\\\\' . | ~ ( ( '\\\\' | '\"' ) ) )* '\"' | '\\'' ( '\\\\' . | ~ ( ( '\\\\' | '\\'' ) ) )* '\\'' ) )
            // InternalItup.g:6476:15: ( '\"' ( '\\\\' . | ~ ( ( '\\\\' | '\"' ) ) )* '\"' | '\\'' ( '\\\\' . | ~ ( ( '\\\\' | '\\'' ) ) )* '\\'' )
            {
            // InternalItup.g:6476:15: ( '\"' ( '\\\\' . | ~ ( ( '\\\\' | '\"' ) ) )* '\"' | '\\'' ( '\\\\' . | ~ ( ( '\\\\' | '\\'' ) ) )* '\\'' )
            int alt6=2;
            int LA6_0 = input.LA(1);

            if ( (LA6_0=='\"') ) {
                alt6=1;
            }
            else if ( (LA6_0=='\'') ) {
                alt6=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 6, 0, input);

                throw nvae;
            }
            switch (alt6) {
                case 1 :
                    // InternalItup.g:6476:16: '\"' ( '\\\\' . | ~ ( ( '\\\\' | '\"' ) ) )* '\"'
                    {
                    match('\"'); 
                    // InternalItup.g:6476:20: ( '\\\\' . | ~ ( ( '\\\\' | '\"' ) ) )*
                    loop4:
                    do {
                        int alt4=3;
                        int LA4_0 = input.LA(1);

                        if ( (LA4_0=='\\') ) {
                            alt4=1;
                        }
                        else if ( ((LA4_0>='\u0000' && LA4_0<='!')||(LA4_0>='#' && LA4_0<='[')||(LA4_0>=']' && LA4_0<='\uFFFF')) ) {
                            alt4=2;
                        }


                        switch (alt4) {
                    	case 1 :
                    	    // InternalItup.g:6476:21: '\\\\' .
                    	    {
                    	    match('\\'); 
                    	    matchAny(); 

                    	    }
                    	    break;
                    	case 2 :
                    	    // InternalItup.g:6476:28: ~ ( ( '\\\\' | '\"' ) )
                    	    {
                    	    if ( (input.LA(1)>='\u0000' && input.LA(1)<='!')||(input.LA(1)>='#' && input.LA(1)<='[')||(input.LA(1)>=']' && input.LA(1)<='\uFFFF') ) {
                    	        input.consume();

                    	    }
                    	    else {
                    	        MismatchedSetException mse = new MismatchedSetException(null,input);
                    	        recover(mse);
                    	        throw mse;}


                    	    }
                    	    break;

                    	default :
                    	    break loop4;
                        }
                    } while (true);

                    match('\"'); 

                    }
                    break;
                case 2 :
                    // InternalItup.g:6476:48: '\\'' ( '\\\\' . | ~ ( ( '\\\\' | '\\'' ) ) )* '\\''
                    {
                    match('\''); 
                    // InternalItup.g:6476:53: ( '\\\\' . | ~ ( ( '\\\\' | '\\'' ) ) )*
                    loop5:
                    do {
                        int alt5=3;
                        int LA5_0 = input.LA(1);

                        if ( (LA5_0=='\\') ) {
                            alt5=1;
                        }
                        else if ( ((LA5_0>='\u0000' && LA5_0<='&')||(LA5_0>='(' && LA5_0<='[')||(LA5_0>=']' && LA5_0<='\uFFFF')) ) {
                            alt5=2;
                        }


                        switch (alt5) {
                    	case 1 :
                    	    // InternalItup.g:6476:54: '\\\\' .
                    	    {
                    	    match('\\'); 
                    	    matchAny(); 

                    	    }
                    	    break;
                    	case 2 :
                    	    // InternalItup.g:6476:61: ~ ( ( '\\\\' | '\\'' ) )
                    	    {
                    	    if ( (input.LA(1)>='\u0000' && input.LA(1)<='&')||(input.LA(1)>='(' && input.LA(1)<='[')||(input.LA(1)>=']' && input.LA(1)<='\uFFFF') ) {
                    	        input.consume();

                    	    }
                    	    else {
                    	        MismatchedSetException mse = new MismatchedSetException(null,input);
                    	        recover(mse);
                    	        throw mse;}


                    	    }
                    	    break;

                    	default :
                    	    break loop5;
                        }
                    } while (true);

                    match('\''); 

                    }
                    break;

            }


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "RULE_STRING"

    // $ANTLR start "RULE_ML_COMMENT"
    public final void mRULE_ML_COMMENT() throws RecognitionException {
        try {
            int _type = RULE_ML_COMMENT;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:6478:17: ( '/*' ( options {greedy=false; } : . )* '*/' )
            // InternalItup.g:6478:19: '/*' ( options {greedy=false; } : . )* '*/'
            {
            match("/*"); 

            // InternalItup.g:6478:24: ( options {greedy=false; } : . )*
            loop7:
            do {
                int alt7=2;
                int LA7_0 = input.LA(1);

                if ( (LA7_0=='*') ) {
                    int LA7_1 = input.LA(2);

                    if ( (LA7_1=='/') ) {
                        alt7=2;
                    }
                    else if ( ((LA7_1>='\u0000' && LA7_1<='.')||(LA7_1>='0' && LA7_1<='\uFFFF')) ) {
                        alt7=1;
                    }


                }
                else if ( ((LA7_0>='\u0000' && LA7_0<=')')||(LA7_0>='+' && LA7_0<='\uFFFF')) ) {
                    alt7=1;
                }


                switch (alt7) {
            	case 1 :
            	    // InternalItup.g:6478:52: .
            	    {
            	    matchAny(); 

            	    }
            	    break;

            	default :
            	    break loop7;
                }
            } while (true);

            match("*/"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "RULE_ML_COMMENT"

    // $ANTLR start "RULE_SL_COMMENT"
    public final void mRULE_SL_COMMENT() throws RecognitionException {
        try {
            int _type = RULE_SL_COMMENT;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:6480:17: ( '//' (~ ( ( '\\n' | '\\r' ) ) )* ( ( '\\r' )? '\\n' )? )
            // InternalItup.g:6480:19: '//' (~ ( ( '\\n' | '\\r' ) ) )* ( ( '\\r' )? '\\n' )?
            {
            match("//"); 

            // InternalItup.g:6480:24: (~ ( ( '\\n' | '\\r' ) ) )*
            loop8:
            do {
                int alt8=2;
                int LA8_0 = input.LA(1);

                if ( ((LA8_0>='\u0000' && LA8_0<='\t')||(LA8_0>='\u000B' && LA8_0<='\f')||(LA8_0>='\u000E' && LA8_0<='\uFFFF')) ) {
                    alt8=1;
                }


                switch (alt8) {
            	case 1 :
            	    // InternalItup.g:6480:24: ~ ( ( '\\n' | '\\r' ) )
            	    {
            	    if ( (input.LA(1)>='\u0000' && input.LA(1)<='\t')||(input.LA(1)>='\u000B' && input.LA(1)<='\f')||(input.LA(1)>='\u000E' && input.LA(1)<='\uFFFF') ) {
            	        input.consume();

            	    }
            	    else {
            	        MismatchedSetException mse = new MismatchedSetException(null,input);
            	        recover(mse);
            	        throw mse;}


            	    }
            	    break;

            	default :
            	    break loop8;
                }
            } while (true);

            // InternalItup.g:6480:40: ( ( '\\r' )? '\\n' )?
            int alt10=2;
            int LA10_0 = input.LA(1);

            if ( (LA10_0=='\n'||LA10_0=='\r') ) {
                alt10=1;
            }
            switch (alt10) {
                case 1 :
                    // InternalItup.g:6480:41: ( '\\r' )? '\\n'
                    {
                    // InternalItup.g:6480:41: ( '\\r' )?
                    int alt9=2;
                    int LA9_0 = input.LA(1);

                    if ( (LA9_0=='\r') ) {
                        alt9=1;
                    }
                    switch (alt9) {
                        case 1 :
                            // InternalItup.g:6480:41: '\\r'
                            {
                            match('\r'); 

                            }
                            break;

                    }

                    match('\n'); 

                    }
                    break;

            }


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "RULE_SL_COMMENT"

    // $ANTLR start "RULE_WS"
    public final void mRULE_WS() throws RecognitionException {
        try {
            int _type = RULE_WS;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:6482:9: ( ( ' ' | '\\t' | '\\r' | '\\n' )+ )
            // InternalItup.g:6482:11: ( ' ' | '\\t' | '\\r' | '\\n' )+
            {
            // InternalItup.g:6482:11: ( ' ' | '\\t' | '\\r' | '\\n' )+
            int cnt11=0;
            loop11:
            do {
                int alt11=2;
                int LA11_0 = input.LA(1);

                if ( ((LA11_0>='\t' && LA11_0<='\n')||LA11_0=='\r'||LA11_0==' ') ) {
                    alt11=1;
                }


                switch (alt11) {
            	case 1 :
            	    // InternalItup.g:
            	    {
            	    if ( (input.LA(1)>='\t' && input.LA(1)<='\n')||input.LA(1)=='\r'||input.LA(1)==' ' ) {
            	        input.consume();

            	    }
            	    else {
            	        MismatchedSetException mse = new MismatchedSetException(null,input);
            	        recover(mse);
            	        throw mse;}


            	    }
            	    break;

            	default :
            	    if ( cnt11 >= 1 ) break loop11;
                        EarlyExitException eee =
                            new EarlyExitException(11, input);
                        throw eee;
                }
                cnt11++;
            } while (true);


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "RULE_WS"

    // $ANTLR start "RULE_ANY_OTHER"
    public final void mRULE_ANY_OTHER() throws RecognitionException {
        try {
            int _type = RULE_ANY_OTHER;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalItup.g:6484:16: ( . )
            // InternalItup.g:6484:18: .
            {
            matchAny(); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "RULE_ANY_OTHER"

    public void mTokens() throws RecognitionException {
        // InternalItup.g:1:8: ( T__11 | T__12 | T__13 | T__14 | T__15 | T__16 | T__17 | T__18 | T__19 | T__20 | T__21 | T__22 | T__23 | T__24 | T__25 | T__26 | T__27 | T__28 | T__29 | T__30 | T__31 | T__32 | T__33 | T__34 | T__35 | T__36 | T__37 | T__38 | T__39 | T__40 | T__41 | T__42 | T__43 | T__44 | T__45 | T__46 | T__47 | T__48 | T__49 | T__50 | T__51 | T__52 | T__53 | T__54 | T__55 | T__56 | T__57 | T__58 | T__59 | T__60 | T__61 | T__62 | T__63 | T__64 | T__65 | T__66 | T__67 | T__68 | T__69 | T__70 | T__71 | T__72 | T__73 | T__74 | T__75 | T__76 | T__77 | T__78 | T__79 | T__80 | T__81 | T__82 | T__83 | T__84 | T__85 | T__86 | T__87 | T__88 | T__89 | T__90 | T__91 | T__92 | T__93 | T__94 | T__95 | T__96 | T__97 | T__98 | T__99 | T__100 | T__101 | T__102 | T__103 | T__104 | T__105 | T__106 | T__107 | T__108 | T__109 | T__110 | T__111 | T__112 | T__113 | T__114 | T__115 | T__116 | T__117 | T__118 | T__119 | T__120 | T__121 | T__122 | T__123 | T__124 | T__125 | T__126 | T__127 | RULE_ID | RULE_INT | RULE_STRING | RULE_ML_COMMENT | RULE_SL_COMMENT | RULE_WS | RULE_ANY_OTHER )
        int alt12=124;
        alt12 = dfa12.predict(input);
        switch (alt12) {
            case 1 :
                // InternalItup.g:1:10: T__11
                {
                mT__11(); 

                }
                break;
            case 2 :
                // InternalItup.g:1:16: T__12
                {
                mT__12(); 

                }
                break;
            case 3 :
                // InternalItup.g:1:22: T__13
                {
                mT__13(); 

                }
                break;
            case 4 :
                // InternalItup.g:1:28: T__14
                {
                mT__14(); 

                }
                break;
            case 5 :
                // InternalItup.g:1:34: T__15
                {
                mT__15(); 

                }
                break;
            case 6 :
                // InternalItup.g:1:40: T__16
                {
                mT__16(); 

                }
                break;
            case 7 :
                // InternalItup.g:1:46: T__17
                {
                mT__17(); 

                }
                break;
            case 8 :
                // InternalItup.g:1:52: T__18
                {
                mT__18(); 

                }
                break;
            case 9 :
                // InternalItup.g:1:58: T__19
                {
                mT__19(); 

                }
                break;
            case 10 :
                // InternalItup.g:1:64: T__20
                {
                mT__20(); 

                }
                break;
            case 11 :
                // InternalItup.g:1:70: T__21
                {
                mT__21(); 

                }
                break;
            case 12 :
                // InternalItup.g:1:76: T__22
                {
                mT__22(); 

                }
                break;
            case 13 :
                // InternalItup.g:1:82: T__23
                {
                mT__23(); 

                }
                break;
            case 14 :
                // InternalItup.g:1:88: T__24
                {
                mT__24(); 

                }
                break;
            case 15 :
                // InternalItup.g:1:94: T__25
                {
                mT__25(); 

                }
                break;
            case 16 :
                // InternalItup.g:1:100: T__26
                {
                mT__26(); 

                }
                break;
            case 17 :
                // InternalItup.g:1:106: T__27
                {
                mT__27(); 

                }
                break;
            case 18 :
                // InternalItup.g:1:112: T__28
                {
                mT__28(); 

                }
                break;
            case 19 :
                // InternalItup.g:1:118: T__29
                {
                mT__29(); 

                }
                break;
            case 20 :
                // InternalItup.g:1:124: T__30
                {
                mT__30(); 

                }
                break;
            case 21 :
                // InternalItup.g:1:130: T__31
                {
                mT__31(); 

                }
                break;
            case 22 :
                // InternalItup.g:1:136: T__32
                {
                mT__32(); 

                }
                break;
            case 23 :
                // InternalItup.g:1:142: T__33
                {
                mT__33(); 

                }
                break;
            case 24 :
                // InternalItup.g:1:148: T__34
                {
                mT__34(); 

                }
                break;
            case 25 :
                // InternalItup.g:1:154: T__35
                {
                mT__35(); 

                }
                break;
            case 26 :
                // InternalItup.g:1:160: T__36
                {
                mT__36(); 

                }
                break;
            case 27 :
                // InternalItup.g:1:166: T__37
                {
                mT__37(); 

                }
                break;
            case 28 :
                // InternalItup.g:1:172: T__38
                {
                mT__38(); 

                }
                break;
            case 29 :
                // InternalItup.g:1:178: T__39
                {
                mT__39(); 

                }
                break;
            case 30 :
                // InternalItup.g:1:184: T__40
                {
                mT__40(); 

                }
                break;
            case 31 :
                // InternalItup.g:1:190: T__41
                {
                mT__41(); 

                }
                break;
            case 32 :
                // InternalItup.g:1:196: T__42
                {
                mT__42(); 

                }
                break;
            case 33 :
                // InternalItup.g:1:202: T__43
                {
                mT__43(); 

                }
                break;
            case 34 :
                // InternalItup.g:1:208: T__44
                {
                mT__44(); 

                }
                break;
            case 35 :
                // InternalItup.g:1:214: T__45
                {
                mT__45(); 

                }
                break;
            case 36 :
                // InternalItup.g:1:220: T__46
                {
                mT__46(); 

                }
                break;
            case 37 :
                // InternalItup.g:1:226: T__47
                {
                mT__47(); 

                }
                break;
            case 38 :
                // InternalItup.g:1:232: T__48
                {
                mT__48(); 

                }
                break;
            case 39 :
                // InternalItup.g:1:238: T__49
                {
                mT__49(); 

                }
                break;
            case 40 :
                // InternalItup.g:1:244: T__50
                {
                mT__50(); 

                }
                break;
            case 41 :
                // InternalItup.g:1:250: T__51
                {
                mT__51(); 

                }
                break;
            case 42 :
                // InternalItup.g:1:256: T__52
                {
                mT__52(); 

                }
                break;
            case 43 :
                // InternalItup.g:1:262: T__53
                {
                mT__53(); 

                }
                break;
            case 44 :
                // InternalItup.g:1:268: T__54
                {
                mT__54(); 

                }
                break;
            case 45 :
                // InternalItup.g:1:274: T__55
                {
                mT__55(); 

                }
                break;
            case 46 :
                // InternalItup.g:1:280: T__56
                {
                mT__56(); 

                }
                break;
            case 47 :
                // InternalItup.g:1:286: T__57
                {
                mT__57(); 

                }
                break;
            case 48 :
                // InternalItup.g:1:292: T__58
                {
                mT__58(); 

                }
                break;
            case 49 :
                // InternalItup.g:1:298: T__59
                {
                mT__59(); 

                }
                break;
            case 50 :
                // InternalItup.g:1:304: T__60
                {
                mT__60(); 

                }
                break;
            case 51 :
                // InternalItup.g:1:310: T__61
                {
                mT__61(); 

                }
                break;
            case 52 :
                // InternalItup.g:1:316: T__62
                {
                mT__62(); 

                }
                break;
            case 53 :
                // InternalItup.g:1:322: T__63
                {
                mT__63(); 

                }
                break;
            case 54 :
                // InternalItup.g:1:328: T__64
                {
                mT__64(); 

                }
                break;
            case 55 :
                // InternalItup.g:1:334: T__65
                {
                mT__65(); 

                }
                break;
            case 56 :
                // InternalItup.g:1:340: T__66
                {
                mT__66(); 

                }
                break;
            case 57 :
                // InternalItup.g:1:346: T__67
                {
                mT__67(); 

                }
                break;
            case 58 :
                // InternalItup.g:1:352: T__68
                {
                mT__68(); 

                }
                break;
            case 59 :
                // InternalItup.g:1:358: T__69
                {
                mT__69(); 

                }
                break;
            case 60 :
                // InternalItup.g:1:364: T__70
                {
                mT__70(); 

                }
                break;
            case 61 :
                // InternalItup.g:1:370: T__71
                {
                mT__71(); 

                }
                break;
            case 62 :
                // InternalItup.g:1:376: T__72
                {
                mT__72(); 

                }
                break;
            case 63 :
                // InternalItup.g:1:382: T__73
                {
                mT__73(); 

                }
                break;
            case 64 :
                // InternalItup.g:1:388: T__74
                {
                mT__74(); 

                }
                break;
            case 65 :
                // InternalItup.g:1:394: T__75
                {
                mT__75(); 

                }
                break;
            case 66 :
                // InternalItup.g:1:400: T__76
                {
                mT__76(); 

                }
                break;
            case 67 :
                // InternalItup.g:1:406: T__77
                {
                mT__77(); 

                }
                break;
            case 68 :
                // InternalItup.g:1:412: T__78
                {
                mT__78(); 

                }
                break;
            case 69 :
                // InternalItup.g:1:418: T__79
                {
                mT__79(); 

                }
                break;
            case 70 :
                // InternalItup.g:1:424: T__80
                {
                mT__80(); 

                }
                break;
            case 71 :
                // InternalItup.g:1:430: T__81
                {
                mT__81(); 

                }
                break;
            case 72 :
                // InternalItup.g:1:436: T__82
                {
                mT__82(); 

                }
                break;
            case 73 :
                // InternalItup.g:1:442: T__83
                {
                mT__83(); 

                }
                break;
            case 74 :
                // InternalItup.g:1:448: T__84
                {
                mT__84(); 

                }
                break;
            case 75 :
                // InternalItup.g:1:454: T__85
                {
                mT__85(); 

                }
                break;
            case 76 :
                // InternalItup.g:1:460: T__86
                {
                mT__86(); 

                }
                break;
            case 77 :
                // InternalItup.g:1:466: T__87
                {
                mT__87(); 

                }
                break;
            case 78 :
                // InternalItup.g:1:472: T__88
                {
                mT__88(); 

                }
                break;
            case 79 :
                // InternalItup.g:1:478: T__89
                {
                mT__89(); 

                }
                break;
            case 80 :
                // InternalItup.g:1:484: T__90
                {
                mT__90(); 

                }
                break;
            case 81 :
                // InternalItup.g:1:490: T__91
                {
                mT__91(); 

                }
                break;
            case 82 :
                // InternalItup.g:1:496: T__92
                {
                mT__92(); 

                }
                break;
            case 83 :
                // InternalItup.g:1:502: T__93
                {
                mT__93(); 

                }
                break;
            case 84 :
                // InternalItup.g:1:508: T__94
                {
                mT__94(); 

                }
                break;
            case 85 :
                // InternalItup.g:1:514: T__95
                {
                mT__95(); 

                }
                break;
            case 86 :
                // InternalItup.g:1:520: T__96
                {
                mT__96(); 

                }
                break;
            case 87 :
                // InternalItup.g:1:526: T__97
                {
                mT__97(); 

                }
                break;
            case 88 :
                // InternalItup.g:1:532: T__98
                {
                mT__98(); 

                }
                break;
            case 89 :
                // InternalItup.g:1:538: T__99
                {
                mT__99(); 

                }
                break;
            case 90 :
                // InternalItup.g:1:544: T__100
                {
                mT__100(); 

                }
                break;
            case 91 :
                // InternalItup.g:1:551: T__101
                {
                mT__101(); 

                }
                break;
            case 92 :
                // InternalItup.g:1:558: T__102
                {
                mT__102(); 

                }
                break;
            case 93 :
                // InternalItup.g:1:565: T__103
                {
                mT__103(); 

                }
                break;
            case 94 :
                // InternalItup.g:1:572: T__104
                {
                mT__104(); 

                }
                break;
            case 95 :
                // InternalItup.g:1:579: T__105
                {
                mT__105(); 

                }
                break;
            case 96 :
                // InternalItup.g:1:586: T__106
                {
                mT__106(); 

                }
                break;
            case 97 :
                // InternalItup.g:1:593: T__107
                {
                mT__107(); 

                }
                break;
            case 98 :
                // InternalItup.g:1:600: T__108
                {
                mT__108(); 

                }
                break;
            case 99 :
                // InternalItup.g:1:607: T__109
                {
                mT__109(); 

                }
                break;
            case 100 :
                // InternalItup.g:1:614: T__110
                {
                mT__110(); 

                }
                break;
            case 101 :
                // InternalItup.g:1:621: T__111
                {
                mT__111(); 

                }
                break;
            case 102 :
                // InternalItup.g:1:628: T__112
                {
                mT__112(); 

                }
                break;
            case 103 :
                // InternalItup.g:1:635: T__113
                {
                mT__113(); 

                }
                break;
            case 104 :
                // InternalItup.g:1:642: T__114
                {
                mT__114(); 

                }
                break;
            case 105 :
                // InternalItup.g:1:649: T__115
                {
                mT__115(); 

                }
                break;
            case 106 :
                // InternalItup.g:1:656: T__116
                {
                mT__116(); 

                }
                break;
            case 107 :
                // InternalItup.g:1:663: T__117
                {
                mT__117(); 

                }
                break;
            case 108 :
                // InternalItup.g:1:670: T__118
                {
                mT__118(); 

                }
                break;
            case 109 :
                // InternalItup.g:1:677: T__119
                {
                mT__119(); 

                }
                break;
            case 110 :
                // InternalItup.g:1:684: T__120
                {
                mT__120(); 

                }
                break;
            case 111 :
                // InternalItup.g:1:691: T__121
                {
                mT__121(); 

                }
                break;
            case 112 :
                // InternalItup.g:1:698: T__122
                {
                mT__122(); 

                }
                break;
            case 113 :
                // InternalItup.g:1:705: T__123
                {
                mT__123(); 

                }
                break;
            case 114 :
                // InternalItup.g:1:712: T__124
                {
                mT__124(); 

                }
                break;
            case 115 :
                // InternalItup.g:1:719: T__125
                {
                mT__125(); 

                }
                break;
            case 116 :
                // InternalItup.g:1:726: T__126
                {
                mT__126(); 

                }
                break;
            case 117 :
                // InternalItup.g:1:733: T__127
                {
                mT__127(); 

                }
                break;
            case 118 :
                // InternalItup.g:1:740: RULE_ID
                {
                mRULE_ID(); 

                }
                break;
            case 119 :
                // InternalItup.g:1:748: RULE_INT
                {
                mRULE_INT(); 

                }
                break;
            case 120 :
                // InternalItup.g:1:757: RULE_STRING
                {
                mRULE_STRING(); 

                }
                break;
            case 121 :
                // InternalItup.g:1:769: RULE_ML_COMMENT
                {
                mRULE_ML_COMMENT(); 

                }
                break;
            case 122 :
                // InternalItup.g:1:785: RULE_SL_COMMENT
                {
                mRULE_SL_COMMENT(); 

                }
                break;
            case 123 :
                // InternalItup.g:1:801: RULE_WS
                {
                mRULE_WS(); 

                }
                break;
            case 124 :
                // InternalItup.g:1:809: RULE_ANY_OTHER
                {
                mRULE_ANY_OTHER(); 

                }
                break;

        }

    }


    protected DFA12 dfa12 = new DFA12(this);
    static final String DFA12_eotS =
        "\1\uffff\6\53\1\uffff\5\53\2\uffff\10\53\2\uffff\2\53\2\uffff\1\53\1\45\2\uffff\3\45\2\uffff\5\53\1\uffff\1\177\7\53\1\u0089\3\53\1\u008e\11\53\1\uffff\1\u009e\3\53\1\u00a3\23\53\2\uffff\11\53\1\u00ca\6\53\2\uffff\2\53\2\uffff\1\53\5\uffff\6\53\1\uffff\11\53\1\uffff\1\u00e8\1\53\1\u00ea\1\53\1\uffff\17\53\1\uffff\4\53\1\uffff\12\53\1\u010e\23\53\1\u0124\7\53\1\uffff\14\53\1\u013c\10\53\1\u0145\7\53\1\uffff\1\53\1\uffff\26\53\1\u0164\5\53\1\u016a\5\53\1\u0170\1\uffff\15\53\1\u017e\2\53\1\u0181\4\53\1\uffff\2\53\1\u0188\6\53\1\u018f\1\u0190\4\53\1\u0195\1\u0197\1\53\1\u0199\4\53\1\uffff\10\53\1\uffff\17\53\1\u01b5\5\53\1\u01bb\1\u01bc\6\53\1\u01c3\1\uffff\5\53\1\uffff\1\u01c9\4\53\1\uffff\1\53\1\u01cf\4\53\1\u01d4\6\53\1\uffff\2\53\1\uffff\6\53\1\uffff\6\53\2\uffff\4\53\1\uffff\1\u01ed\1\uffff\1\53\1\uffff\4\53\1\u01f3\4\53\1\u01f8\1\53\1\u01fa\1\53\1\u01fc\4\53\1\u0201\1\u0202\1\53\1\u0204\1\u0205\4\53\1\uffff\5\53\2\uffff\4\53\1\u0213\1\53\1\uffff\2\53\1\u0217\2\53\1\uffff\1\u021b\3\53\1\u021f\1\uffff\3\53\1\u0223\1\uffff\17\53\1\u0233\1\u0234\2\53\1\uffff\4\53\1\uffff\5\53\1\uffff\1\53\1\u0241\1\53\1\u0243\1\uffff\1\53\1\uffff\1\53\1\uffff\1\u0246\3\53\2\uffff\1\53\2\uffff\1\53\1\u024c\13\53\1\uffff\1\u0258\2\53\1\uffff\1\u025b\1\53\1\u025d\1\uffff\2\53\1\u0260\1\uffff\3\53\1\uffff\1\53\1\u0265\3\53\1\u0269\2\53\1\u026c\6\53\2\uffff\6\53\1\u0279\1\53\1\u027b\3\53\1\uffff\1\u027f\1\uffff\1\53\1\u0281\1\uffff\1\u0282\3\53\1\u0286\1\uffff\1\u0287\6\53\1\u028e\3\53\1\uffff\2\53\1\uffff\1\u0294\1\uffff\2\53\1\uffff\1\53\1\u0298\1\u0299\1\53\1\uffff\3\53\1\uffff\1\u029e\1\u029f\1\uffff\1\u02a0\1\53\1\u02a2\1\u02a3\3\53\1\u02a7\2\53\1\u02aa\1\53\1\uffff\1\53\1\uffff\2\53\1\u02af\1\uffff\1\53\2\uffff\2\53\1\u02b3\2\uffff\1\u02b4\1\53\1\u02b7\1\u02b8\2\53\1\uffff\2\53\1\u02bd\1\53\1\u02bf\1\uffff\1\u02c0\1\53\1\u02c2\2\uffff\1\53\1\u02c4\2\53\3\uffff\1\53\2\uffff\1\u02c8\1\53\1\u02ca\1\uffff\2\53\1\uffff\1\u02cd\2\53\1\u02d0\1\uffff\1\u02d1\1\u02d2\1\u02d3\2\uffff\2\53\2\uffff\1\u02d6\1\u02d7\2\53\1\uffff\1\53\2\uffff\1\53\1\uffff\1\u02dc\1\uffff\1\u02dd\1\u02de\1\53\1\uffff\1\u02e0\1\uffff\1\53\1\u02e2\1\uffff\2\53\4\uffff\2\53\2\uffff\1\u02e7\1\u02e8\1\u02e9\1\u02ea\3\uffff\1\u02eb\1\uffff\1\u02ec\1\uffff\1\u02ed\1\u02ee\1\u02ef\1\u02f0\12\uffff";
    static final String DFA12_eofS =
        "\u02f1\uffff";
    static final String DFA12_minS =
        "\1\0\1\145\1\141\1\143\1\141\1\157\1\141\1\uffff\1\142\1\141\1\143\2\141\2\uffff\1\145\1\141\1\145\1\155\1\141\3\157\2\uffff\2\156\2\uffff\1\165\1\101\2\uffff\2\0\1\52\2\uffff\1\141\1\162\1\151\1\154\1\160\1\uffff\1\60\2\162\1\141\1\162\1\157\1\143\1\160\1\60\1\144\1\154\1\157\1\60\1\144\1\163\1\164\1\162\1\144\1\151\1\156\1\153\1\141\1\uffff\1\60\1\145\1\152\1\164\1\60\1\156\1\163\1\160\1\164\1\141\1\143\1\157\1\147\1\165\1\145\1\141\1\160\1\163\1\154\1\143\1\154\1\156\1\141\1\151\2\uffff\2\151\1\141\1\143\1\162\1\156\1\145\1\141\1\160\1\60\1\164\1\143\1\162\1\164\1\141\1\162\2\uffff\2\141\2\uffff\1\141\5\uffff\1\156\1\151\1\144\1\155\1\154\1\165\1\uffff\1\147\1\155\1\156\1\145\1\160\1\151\3\145\1\uffff\1\60\1\165\1\60\1\151\1\uffff\1\147\2\145\1\167\1\162\1\164\1\145\2\164\1\147\1\145\1\151\1\145\1\163\1\151\1\uffff\1\162\1\157\1\145\1\143\1\uffff\1\145\1\153\1\157\1\151\1\154\1\145\1\154\1\157\1\166\1\164\1\60\1\162\1\156\1\164\1\145\1\160\1\151\1\165\1\141\1\163\1\145\2\151\1\164\1\163\1\156\1\163\1\164\1\153\1\151\1\60\1\143\1\161\1\162\1\141\1\151\1\162\1\145\1\uffff\1\141\1\143\1\151\1\162\2\145\1\154\1\151\1\164\1\166\1\142\1\154\1\60\1\157\1\162\1\165\1\162\2\141\1\154\1\145\1\60\1\163\1\141\1\164\1\166\1\160\1\163\1\143\1\uffff\1\141\1\uffff\1\144\1\145\1\141\1\154\2\145\1\157\1\163\1\162\1\145\1\165\1\154\1\164\1\154\1\164\1\143\1\141\1\162\1\143\1\165\1\157\1\162\1\60\1\157\1\165\1\154\1\162\1\141\1\60\1\145\1\157\1\156\1\145\1\151\1\60\1\uffff\1\143\1\164\1\145\1\156\2\157\1\145\1\142\1\151\1\163\1\147\1\164\1\150\1\60\1\165\1\164\1\60\1\164\1\156\1\154\1\143\1\uffff\1\164\1\165\1\60\1\145\1\162\2\143\1\145\1\162\2\60\1\162\1\156\1\145\1\143\2\60\1\172\1\60\1\141\1\154\1\151\1\164\1\uffff\1\144\1\141\1\143\1\151\2\162\1\141\1\164\1\uffff\1\146\1\164\1\145\1\151\1\164\1\163\1\164\1\154\1\141\1\164\1\165\1\151\1\145\1\156\1\144\1\60\1\151\1\162\1\141\1\151\1\141\2\60\1\151\4\164\1\155\1\60\1\uffff\1\156\1\162\1\164\1\145\1\143\1\uffff\1\60\1\162\1\144\1\164\1\143\1\uffff\1\145\1\60\1\155\1\147\1\162\1\156\1\60\1\165\1\157\1\164\1\141\1\157\1\154\1\uffff\1\162\1\141\1\uffff\2\145\1\151\1\141\1\151\1\145\1\uffff\1\155\2\164\2\141\1\55\2\uffff\2\151\1\141\1\164\1\uffff\1\60\1\uffff\1\157\1\uffff\1\151\1\145\1\164\1\145\1\60\1\155\2\164\1\171\1\60\1\164\1\60\1\145\1\60\1\144\1\164\1\141\1\155\2\60\1\156\2\60\2\156\1\143\1\151\1\uffff\1\142\1\151\1\147\1\150\1\164\2\uffff\1\141\1\151\1\165\1\151\1\60\1\145\1\uffff\1\163\1\143\1\60\1\144\1\145\1\uffff\1\60\2\141\1\145\1\60\1\uffff\1\145\2\164\1\60\1\uffff\1\154\1\156\1\157\1\164\1\162\1\171\1\145\1\151\1\156\1\163\1\164\1\163\1\157\1\156\1\145\2\60\1\164\1\163\1\uffff\1\160\1\164\1\163\1\151\1\uffff\1\156\1\154\1\162\1\141\1\162\1\uffff\1\155\1\60\1\171\1\60\1\uffff\1\151\1\uffff\1\162\1\uffff\1\60\1\171\1\156\1\145\2\uffff\1\143\2\uffff\1\145\1\60\1\171\1\141\1\165\1\157\1\145\1\157\1\151\1\154\1\157\1\156\1\166\1\uffff\1\60\1\151\1\145\1\uffff\1\60\1\163\1\60\1\uffff\2\162\1\60\1\uffff\1\156\1\150\1\163\1\uffff\1\141\1\60\1\156\2\151\1\60\1\144\1\156\1\60\1\163\1\141\1\164\1\156\1\143\1\156\2\uffff\1\157\1\145\1\164\1\151\1\145\1\157\1\60\1\141\1\60\1\164\1\154\1\145\1\uffff\1\60\1\uffff\1\157\1\60\1\uffff\1\60\1\143\1\156\1\145\1\60\1\uffff\1\60\1\156\1\164\1\156\1\163\2\157\1\60\1\156\1\151\1\145\1\uffff\1\142\1\163\1\uffff\1\60\1\uffff\1\171\1\151\1\uffff\1\164\2\60\1\162\1\uffff\1\145\1\157\1\156\1\uffff\2\60\1\uffff\1\60\1\164\2\60\1\171\1\164\1\162\1\60\1\151\1\157\1\60\1\156\1\uffff\1\142\1\uffff\1\151\1\171\1\60\1\uffff\1\156\2\uffff\1\145\1\164\1\60\2\uffff\1\60\1\151\2\60\1\144\1\156\1\uffff\1\141\1\164\1\60\1\154\1\60\1\uffff\1\60\1\141\1\60\2\uffff\1\171\1\60\1\156\1\147\3\uffff\1\157\2\uffff\1\60\1\163\1\60\1\uffff\1\157\1\156\1\uffff\1\60\1\154\1\166\1\60\1\uffff\3\60\2\uffff\1\162\1\157\2\uffff\2\60\1\154\1\171\1\uffff\1\145\2\uffff\1\164\1\uffff\1\60\1\uffff\2\60\1\162\1\uffff\1\60\1\uffff\1\156\1\60\1\uffff\2\145\4\uffff\1\163\1\156\2\uffff\4\60\3\uffff\1\60\1\uffff\1\60\1\uffff\4\60\12\uffff";
    static final String DFA12_maxS =
        "\1\uffff\2\162\1\166\1\171\1\165\1\151\1\uffff\1\167\1\151\1\167\2\157\2\uffff\1\163\1\165\1\145\1\156\1\151\3\157\2\uffff\2\156\2\uffff\1\165\1\172\2\uffff\2\uffff\1\57\2\uffff\1\141\1\162\1\157\1\154\1\160\1\uffff\1\172\2\162\1\141\1\162\1\157\1\164\1\163\1\172\1\156\1\154\1\157\1\172\1\162\1\163\1\164\1\163\1\156\1\151\1\156\1\155\1\166\1\uffff\1\172\1\160\1\152\1\164\1\172\1\156\1\163\2\164\1\141\1\162\1\157\1\147\1\165\1\145\1\162\1\160\1\163\1\154\1\143\1\164\1\163\1\141\1\151\2\uffff\2\151\1\141\1\143\1\162\1\156\1\145\1\141\1\160\1\172\1\164\1\163\1\162\1\164\1\141\1\162\2\uffff\1\151\1\141\2\uffff\1\141\5\uffff\1\156\1\151\1\147\1\157\1\154\1\165\1\uffff\1\147\1\155\1\156\1\145\1\160\1\151\3\145\1\uffff\1\172\1\165\1\172\1\151\1\uffff\1\147\2\145\1\167\1\162\1\164\1\145\2\164\1\147\1\145\1\151\1\145\1\163\1\151\1\uffff\1\162\1\157\1\145\1\160\1\uffff\1\145\1\153\1\165\1\151\1\154\1\145\1\154\1\164\1\166\1\164\1\172\1\162\1\156\1\164\1\145\1\160\1\151\1\165\1\141\1\163\1\145\1\151\2\164\1\163\1\156\1\163\1\164\1\153\1\151\1\172\1\143\1\161\1\162\1\157\1\151\1\162\1\145\1\uffff\1\145\1\143\1\151\1\162\2\145\1\154\1\151\1\164\1\166\1\142\1\162\1\172\1\157\1\162\1\165\1\162\2\141\1\154\1\145\1\172\1\163\1\141\1\164\1\166\1\160\1\163\1\143\1\uffff\1\141\1\uffff\1\144\1\145\1\141\1\154\2\145\1\157\1\163\1\162\1\145\1\165\1\154\1\164\1\154\1\164\1\143\1\141\1\162\1\143\1\165\1\157\1\162\1\172\1\157\1\165\1\154\1\162\1\141\1\172\1\145\1\157\1\156\1\145\1\151\1\172\1\uffff\1\143\1\164\1\145\1\156\2\157\1\145\1\142\1\151\1\163\1\147\1\164\1\150\1\172\1\165\1\164\1\172\1\164\1\156\1\154\1\143\1\uffff\1\164\1\165\1\172\1\145\1\162\2\143\1\145\1\162\2\172\1\162\1\156\1\145\1\143\4\172\1\141\1\154\1\151\1\164\1\uffff\1\144\1\141\1\143\1\151\2\162\1\141\1\164\1\uffff\1\146\1\164\1\145\1\151\1\164\1\163\1\164\1\154\1\141\1\164\1\165\1\151\1\145\1\156\1\144\1\172\1\151\1\162\1\141\1\151\1\141\2\172\1\151\4\164\1\155\1\172\1\uffff\1\156\1\162\1\164\1\145\1\143\1\uffff\1\172\1\162\1\144\1\164\1\143\1\uffff\1\145\1\172\1\155\1\147\1\162\1\156\1\172\1\165\1\157\1\164\1\141\1\157\1\154\1\uffff\1\162\1\141\1\uffff\2\145\1\151\1\141\1\151\1\145\1\uffff\1\155\2\164\2\141\1\55\2\uffff\2\151\1\141\1\164\1\uffff\1\172\1\uffff\1\157\1\uffff\1\151\1\145\1\164\1\145\1\172\1\155\2\164\1\171\1\172\1\164\1\172\1\145\1\172\1\144\1\164\1\141\1\155\2\172\1\156\2\172\2\156\1\143\1\151\1\uffff\1\142\1\151\1\147\1\150\1\164\2\uffff\1\141\1\151\1\165\1\151\1\172\1\145\1\uffff\1\163\1\143\1\172\1\144\1\145\1\uffff\1\172\2\141\1\145\1\172\1\uffff\1\145\2\164\1\172\1\uffff\1\154\1\156\1\157\1\164\1\162\1\171\1\145\1\151\1\156\1\163\1\164\1\163\1\157\1\156\1\145\2\172\1\164\1\163\1\uffff\1\160\1\164\1\163\1\151\1\uffff\1\156\1\154\1\162\1\141\1\162\1\uffff\1\155\1\172\1\171\1\172\1\uffff\1\151\1\uffff\1\162\1\uffff\1\172\1\171\1\156\1\145\2\uffff\1\143\2\uffff\1\145\1\172\1\171\1\141\1\165\1\157\1\145\1\157\1\151\1\154\1\157\1\156\1\166\1\uffff\1\172\1\151\1\145\1\uffff\1\172\1\163\1\172\1\uffff\2\162\1\172\1\uffff\1\156\1\150\1\163\1\uffff\1\141\1\172\1\156\2\151\1\172\1\144\1\156\1\172\1\163\1\141\1\164\1\156\1\143\1\156\2\uffff\1\157\1\145\1\164\1\151\1\145\1\157\1\172\1\141\1\172\1\164\1\154\1\145\1\uffff\1\172\1\uffff\1\157\1\172\1\uffff\1\172\1\143\1\156\1\145\1\172\1\uffff\1\172\1\156\1\164\1\156\1\163\2\157\1\172\1\156\1\151\1\145\1\uffff\1\142\1\163\1\uffff\1\172\1\uffff\1\171\1\151\1\uffff\1\164\2\172\1\162\1\uffff\1\145\1\157\1\156\1\uffff\2\172\1\uffff\1\172\1\164\2\172\1\171\1\164\1\162\1\172\1\151\1\157\1\172\1\156\1\uffff\1\142\1\uffff\1\151\1\171\1\172\1\uffff\1\156\2\uffff\1\145\1\164\1\172\2\uffff\1\172\1\157\2\172\1\144\1\156\1\uffff\1\141\1\164\1\172\1\154\1\172\1\uffff\1\172\1\141\1\172\2\uffff\1\171\1\172\1\156\1\147\3\uffff\1\157\2\uffff\1\172\1\163\1\172\1\uffff\1\157\1\156\1\uffff\1\172\1\154\1\166\1\172\1\uffff\3\172\2\uffff\1\162\1\157\2\uffff\2\172\1\154\1\171\1\uffff\1\145\2\uffff\1\164\1\uffff\1\172\1\uffff\2\172\1\162\1\uffff\1\172\1\uffff\1\156\1\172\1\uffff\2\145\4\uffff\1\163\1\156\2\uffff\4\172\3\uffff\1\172\1\uffff\1\172\1\uffff\4\172\12\uffff";
    static final String DFA12_acceptS =
        "\7\uffff\1\10\5\uffff\1\21\1\22\10\uffff\1\102\1\103\2\uffff\1\136\1\137\2\uffff\1\166\1\167\3\uffff\1\173\1\174\5\uffff\1\166\26\uffff\1\10\30\uffff\1\21\1\22\20\uffff\1\102\1\103\2\uffff\1\136\1\137\1\uffff\1\167\1\170\1\171\1\172\1\173\6\uffff\1\3\11\uffff\1\117\4\uffff\1\5\17\uffff\1\43\4\uffff\1\54\46\uffff\1\46\35\uffff\1\120\1\uffff\1\123\43\uffff\1\25\25\uffff\1\30\27\uffff\1\1\10\uffff\1\133\36\uffff\1\13\5\uffff\1\56\5\uffff\1\20\15\uffff\1\150\2\uffff\1\23\6\uffff\1\31\6\uffff\1\44\1\51\4\uffff\1\52\1\uffff\1\73\1\uffff\1\113\33\uffff\1\11\5\uffff\1\141\1\147\6\uffff\1\127\5\uffff\1\14\5\uffff\1\53\4\uffff\1\47\23\uffff\1\145\4\uffff\1\106\5\uffff\1\2\4\uffff\1\64\1\uffff\1\76\1\uffff\1\165\4\uffff\1\130\1\153\1\uffff\1\57\1\104\15\uffff\1\35\3\uffff\1\66\3\uffff\1\140\3\uffff\1\50\3\uffff\1\15\17\uffff\1\72\1\126\14\uffff\1\67\1\uffff\1\105\2\uffff\1\4\5\uffff\1\151\13\uffff\1\111\2\uffff\1\36\1\uffff\1\17\2\uffff\1\70\4\uffff\1\16\3\uffff\1\155\2\uffff\1\62\14\uffff\1\77\1\uffff\1\121\3\uffff\1\65\1\uffff\1\160\1\37\3\uffff\1\101\1\6\6\uffff\1\12\5\uffff\1\60\3\uffff\1\162\1\122\4\uffff\1\45\1\152\1\163\1\uffff\1\40\1\71\3\uffff\1\142\2\uffff\1\143\4\uffff\1\63\3\uffff\1\156\1\26\2\uffff\1\132\1\7\4\uffff\1\34\1\uffff\1\41\1\107\1\uffff\1\74\1\uffff\1\116\3\uffff\1\115\1\uffff\1\112\2\uffff\1\114\2\uffff\1\154\1\100\1\161\1\55\2\uffff\1\125\1\157\4\uffff\1\61\1\131\1\42\1\uffff\1\32\1\uffff\1\134\4\uffff\1\27\1\164\1\33\1\146\1\24\1\75\1\135\1\144\1\110\1\124";
    static final String DFA12_specialS =
        "\1\0\40\uffff\1\1\1\2\u02ce\uffff}>";
    static final String[] DFA12_transitionS = {
            "\11\45\2\44\2\45\1\44\22\45\1\44\1\45\1\41\4\45\1\42\1\27\1\30\2\45\1\7\1\34\1\33\1\43\12\40\7\45\32\37\3\45\1\36\1\37\1\45\1\3\1\4\1\5\1\23\1\32\1\20\1\25\1\26\1\22\2\37\1\6\1\14\1\24\1\10\1\1\1\35\1\11\1\12\1\2\1\31\1\13\1\17\1\37\1\21\1\37\1\15\1\45\1\16\uff82\45",
            "\1\47\3\uffff\1\51\2\uffff\1\46\2\uffff\1\52\2\uffff\1\50",
            "\1\55\3\uffff\1\56\2\uffff\1\60\6\uffff\1\54\2\uffff\1\57",
            "\1\62\1\61\7\uffff\1\66\1\uffff\1\65\4\uffff\1\63\1\64\1\uffff\1\67",
            "\1\72\3\uffff\1\73\17\uffff\1\71\3\uffff\1\70",
            "\1\75\2\uffff\1\76\2\uffff\1\74",
            "\1\77\3\uffff\1\101\3\uffff\1\100",
            "",
            "\1\105\3\uffff\1\103\7\uffff\1\107\1\uffff\1\104\4\uffff\1\106\1\uffff\1\110",
            "\1\113\3\uffff\1\112\3\uffff\1\111",
            "\1\114\1\117\1\115\11\uffff\1\120\1\121\3\uffff\1\122\1\123\1\uffff\1\116",
            "\1\125\7\uffff\1\124\5\uffff\1\126",
            "\1\132\3\uffff\1\131\3\uffff\1\127\5\uffff\1\130",
            "",
            "",
            "\1\137\14\uffff\1\136\1\135",
            "\1\140\15\uffff\1\141\2\uffff\1\143\2\uffff\1\142",
            "\1\144",
            "\1\145\1\146",
            "\1\147\3\uffff\1\150\3\uffff\1\151",
            "\1\152",
            "\1\153",
            "\1\154",
            "",
            "",
            "\1\157",
            "\1\160",
            "",
            "",
            "\1\163",
            "\32\53\4\uffff\1\53\1\uffff\32\53",
            "",
            "",
            "\0\165",
            "\0\165",
            "\1\166\4\uffff\1\167",
            "",
            "",
            "\1\171",
            "\1\172",
            "\1\174\5\uffff\1\173",
            "\1\175",
            "\1\176",
            "",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\1\u0080",
            "\1\u0081",
            "\1\u0082",
            "\1\u0083",
            "\1\u0084",
            "\1\u0086\20\uffff\1\u0085",
            "\1\u0088\2\uffff\1\u0087",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\1\u008a\11\uffff\1\u008b",
            "\1\u008c",
            "\1\u008d",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\1\u008f\15\uffff\1\u0090",
            "\1\u0091",
            "\1\u0092",
            "\1\u0093\1\u0094",
            "\1\u0095\11\uffff\1\u0096",
            "\1\u0097",
            "\1\u0098",
            "\1\u0099\1\uffff\1\u009a",
            "\1\u009c\24\uffff\1\u009b",
            "",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\5\53\1\u009d\24\53",
            "\1\u009f\12\uffff\1\u00a0",
            "\1\u00a1",
            "\1\u00a2",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\1\u00a4",
            "\1\u00a5",
            "\1\u00a8\2\uffff\1\u00a6\1\u00a7",
            "\1\u00a9",
            "\1\u00aa",
            "\1\u00ab\16\uffff\1\u00ac",
            "\1\u00ad",
            "\1\u00ae",
            "\1\u00af",
            "\1\u00b0",
            "\1\u00b1\20\uffff\1\u00b2",
            "\1\u00b3",
            "\1\u00b4",
            "\1\u00b5",
            "\1\u00b6",
            "\1\u00b8\6\uffff\1\u00b7\1\u00b9",
            "\1\u00ba\4\uffff\1\u00bb",
            "\1\u00bc",
            "\1\u00bd",
            "",
            "",
            "\1\u00be",
            "\1\u00bf",
            "\1\u00c0",
            "\1\u00c1",
            "\1\u00c2",
            "\1\u00c3",
            "\1\u00c4",
            "\1\u00c5",
            "\1\u00c6",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\2\53\1\u00c8\1\u00c7\17\53\1\u00c9\6\53",
            "\1\u00cb",
            "\1\u00ce\2\uffff\1\u00cd\14\uffff\1\u00cc",
            "\1\u00cf",
            "\1\u00d0",
            "\1\u00d1",
            "\1\u00d2",
            "",
            "",
            "\1\u00d4\7\uffff\1\u00d3",
            "\1\u00d5",
            "",
            "",
            "\1\u00d6",
            "",
            "",
            "",
            "",
            "",
            "\1\u00d7",
            "\1\u00d8",
            "\1\u00da\2\uffff\1\u00d9",
            "\1\u00dc\1\uffff\1\u00db",
            "\1\u00dd",
            "\1\u00de",
            "",
            "\1\u00df",
            "\1\u00e0",
            "\1\u00e1",
            "\1\u00e2",
            "\1\u00e3",
            "\1\u00e4",
            "\1\u00e5",
            "\1\u00e6",
            "\1\u00e7",
            "",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\1\u00e9",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\1\u00eb",
            "",
            "\1\u00ec",
            "\1\u00ed",
            "\1\u00ee",
            "\1\u00ef",
            "\1\u00f0",
            "\1\u00f1",
            "\1\u00f2",
            "\1\u00f3",
            "\1\u00f4",
            "\1\u00f5",
            "\1\u00f6",
            "\1\u00f7",
            "\1\u00f8",
            "\1\u00f9",
            "\1\u00fa",
            "",
            "\1\u00fb",
            "\1\u00fc",
            "\1\u00fd",
            "\1\u00ff\14\uffff\1\u00fe",
            "",
            "\1\u0100",
            "\1\u0101",
            "\1\u0103\1\u0102\4\uffff\1\u0104",
            "\1\u0105",
            "\1\u0106",
            "\1\u0107",
            "\1\u0108",
            "\1\u010a\2\uffff\1\u010b\1\uffff\1\u0109",
            "\1\u010c",
            "\1\u010d",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\1\u010f",
            "\1\u0110",
            "\1\u0111",
            "\1\u0112",
            "\1\u0113",
            "\1\u0114",
            "\1\u0115",
            "\1\u0116",
            "\1\u0117",
            "\1\u0118",
            "\1\u0119",
            "\1\u011a\12\uffff\1\u011b",
            "\1\u011c",
            "\1\u011d",
            "\1\u011e",
            "\1\u011f",
            "\1\u0120",
            "\1\u0121",
            "\1\u0122",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\4\53\1\u0123\25\53",
            "\1\u0125",
            "\1\u0126",
            "\1\u0127",
            "\1\u012a\12\uffff\1\u0128\2\uffff\1\u0129",
            "\1\u012b",
            "\1\u012c",
            "\1\u012d",
            "",
            "\1\u012e\3\uffff\1\u012f",
            "\1\u0130",
            "\1\u0131",
            "\1\u0132",
            "\1\u0133",
            "\1\u0134",
            "\1\u0135",
            "\1\u0136",
            "\1\u0137",
            "\1\u0138",
            "\1\u0139",
            "\1\u013a\5\uffff\1\u013b",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\1\u013d",
            "\1\u013e",
            "\1\u013f",
            "\1\u0140",
            "\1\u0141",
            "\1\u0142",
            "\1\u0143",
            "\1\u0144",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\1\u0146",
            "\1\u0147",
            "\1\u0148",
            "\1\u0149",
            "\1\u014a",
            "\1\u014b",
            "\1\u014c",
            "",
            "\1\u014d",
            "",
            "\1\u014e",
            "\1\u014f",
            "\1\u0150",
            "\1\u0151",
            "\1\u0152",
            "\1\u0153",
            "\1\u0154",
            "\1\u0155",
            "\1\u0156",
            "\1\u0157",
            "\1\u0158",
            "\1\u0159",
            "\1\u015a",
            "\1\u015b",
            "\1\u015c",
            "\1\u015d",
            "\1\u015e",
            "\1\u015f",
            "\1\u0160",
            "\1\u0161",
            "\1\u0162",
            "\1\u0163",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\1\u0165",
            "\1\u0166",
            "\1\u0167",
            "\1\u0168",
            "\1\u0169",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\1\u016b",
            "\1\u016c",
            "\1\u016d",
            "\1\u016e",
            "\1\u016f",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "",
            "\1\u0171",
            "\1\u0172",
            "\1\u0173",
            "\1\u0174",
            "\1\u0175",
            "\1\u0176",
            "\1\u0177",
            "\1\u0178",
            "\1\u0179",
            "\1\u017a",
            "\1\u017b",
            "\1\u017c",
            "\1\u017d",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\1\u017f",
            "\1\u0180",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\1\u0182",
            "\1\u0183",
            "\1\u0184",
            "\1\u0185",
            "",
            "\1\u0186",
            "\1\u0187",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\1\u0189",
            "\1\u018a",
            "\1\u018b",
            "\1\u018c",
            "\1\u018d",
            "\1\u018e",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\1\u0191",
            "\1\u0192",
            "\1\u0193",
            "\1\u0194",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\22\53\1\u0196\7\53",
            "\1\u0198",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\1\u019a",
            "\1\u019b",
            "\1\u019c",
            "\1\u019d",
            "",
            "\1\u019e",
            "\1\u019f",
            "\1\u01a0",
            "\1\u01a1",
            "\1\u01a2",
            "\1\u01a3",
            "\1\u01a4",
            "\1\u01a5",
            "",
            "\1\u01a6",
            "\1\u01a7",
            "\1\u01a8",
            "\1\u01a9",
            "\1\u01aa",
            "\1\u01ab",
            "\1\u01ac",
            "\1\u01ad",
            "\1\u01ae",
            "\1\u01af",
            "\1\u01b0",
            "\1\u01b1",
            "\1\u01b2",
            "\1\u01b3",
            "\1\u01b4",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\1\u01b6",
            "\1\u01b7",
            "\1\u01b8",
            "\1\u01b9",
            "\1\u01ba",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\1\u01bd",
            "\1\u01be",
            "\1\u01bf",
            "\1\u01c0",
            "\1\u01c1",
            "\1\u01c2",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "",
            "\1\u01c4",
            "\1\u01c5",
            "\1\u01c6",
            "\1\u01c7",
            "\1\u01c8",
            "",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\1\u01ca",
            "\1\u01cb",
            "\1\u01cc",
            "\1\u01cd",
            "",
            "\1\u01ce",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\1\u01d0",
            "\1\u01d1",
            "\1\u01d2",
            "\1\u01d3",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\1\u01d5",
            "\1\u01d6",
            "\1\u01d7",
            "\1\u01d8",
            "\1\u01d9",
            "\1\u01da",
            "",
            "\1\u01db",
            "\1\u01dc",
            "",
            "\1\u01dd",
            "\1\u01de",
            "\1\u01df",
            "\1\u01e0",
            "\1\u01e1",
            "\1\u01e2",
            "",
            "\1\u01e3",
            "\1\u01e4",
            "\1\u01e5",
            "\1\u01e6",
            "\1\u01e7",
            "\1\u01e8",
            "",
            "",
            "\1\u01e9",
            "\1\u01ea",
            "\1\u01eb",
            "\1\u01ec",
            "",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "",
            "\1\u01ee",
            "",
            "\1\u01ef",
            "\1\u01f0",
            "\1\u01f1",
            "\1\u01f2",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\1\u01f4",
            "\1\u01f5",
            "\1\u01f6",
            "\1\u01f7",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\1\u01f9",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\1\u01fb",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\1\u01fd",
            "\1\u01fe",
            "\1\u01ff",
            "\1\u0200",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\1\u0203",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\1\u0206",
            "\1\u0207",
            "\1\u0208",
            "\1\u0209",
            "",
            "\1\u020a",
            "\1\u020b",
            "\1\u020c",
            "\1\u020d",
            "\1\u020e",
            "",
            "",
            "\1\u020f",
            "\1\u0210",
            "\1\u0211",
            "\1\u0212",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\1\u0214",
            "",
            "\1\u0215",
            "\1\u0216",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\1\u0218",
            "\1\u0219",
            "",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\22\53\1\u021a\7\53",
            "\1\u021c",
            "\1\u021d",
            "\1\u021e",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "",
            "\1\u0220",
            "\1\u0221",
            "\1\u0222",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "",
            "\1\u0224",
            "\1\u0225",
            "\1\u0226",
            "\1\u0227",
            "\1\u0228",
            "\1\u0229",
            "\1\u022a",
            "\1\u022b",
            "\1\u022c",
            "\1\u022d",
            "\1\u022e",
            "\1\u022f",
            "\1\u0230",
            "\1\u0231",
            "\1\u0232",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\1\u0235",
            "\1\u0236",
            "",
            "\1\u0237",
            "\1\u0238",
            "\1\u0239",
            "\1\u023a",
            "",
            "\1\u023b",
            "\1\u023c",
            "\1\u023d",
            "\1\u023e",
            "\1\u023f",
            "",
            "\1\u0240",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\1\u0242",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "",
            "\1\u0244",
            "",
            "\1\u0245",
            "",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\1\u0247",
            "\1\u0248",
            "\1\u0249",
            "",
            "",
            "\1\u024a",
            "",
            "",
            "\1\u024b",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\1\u024d",
            "\1\u024e",
            "\1\u024f",
            "\1\u0250",
            "\1\u0251",
            "\1\u0252",
            "\1\u0253",
            "\1\u0254",
            "\1\u0255",
            "\1\u0256",
            "\1\u0257",
            "",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\1\u0259",
            "\1\u025a",
            "",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\1\u025c",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "",
            "\1\u025e",
            "\1\u025f",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "",
            "\1\u0261",
            "\1\u0262",
            "\1\u0263",
            "",
            "\1\u0264",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\1\u0266",
            "\1\u0267",
            "\1\u0268",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\1\u026a",
            "\1\u026b",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\1\u026d",
            "\1\u026e",
            "\1\u026f",
            "\1\u0270",
            "\1\u0271",
            "\1\u0272",
            "",
            "",
            "\1\u0273",
            "\1\u0274",
            "\1\u0275",
            "\1\u0276",
            "\1\u0277",
            "\1\u0278",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\1\u027a",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\1\u027c",
            "\1\u027d",
            "\1\u027e",
            "",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "",
            "\1\u0280",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\1\u0283",
            "\1\u0284",
            "\1\u0285",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\1\u0288",
            "\1\u0289",
            "\1\u028a",
            "\1\u028b",
            "\1\u028c",
            "\1\u028d",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\1\u028f",
            "\1\u0290",
            "\1\u0291",
            "",
            "\1\u0292",
            "\1\u0293",
            "",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "",
            "\1\u0295",
            "\1\u0296",
            "",
            "\1\u0297",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\1\u029a",
            "",
            "\1\u029b",
            "\1\u029c",
            "\1\u029d",
            "",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\1\u02a1",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\1\u02a4",
            "\1\u02a5",
            "\1\u02a6",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\1\u02a8",
            "\1\u02a9",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\1\u02ab",
            "",
            "\1\u02ac",
            "",
            "\1\u02ad",
            "\1\u02ae",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "",
            "\1\u02b0",
            "",
            "",
            "\1\u02b1",
            "\1\u02b2",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "",
            "",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\1\u02b6\5\uffff\1\u02b5",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\1\u02b9",
            "\1\u02ba",
            "",
            "\1\u02bb",
            "\1\u02bc",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\1\u02be",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\1\u02c1",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "",
            "",
            "\1\u02c3",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\1\u02c5",
            "\1\u02c6",
            "",
            "",
            "",
            "\1\u02c7",
            "",
            "",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\1\u02c9",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "",
            "\1\u02cb",
            "\1\u02cc",
            "",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\1\u02ce",
            "\1\u02cf",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "",
            "",
            "\1\u02d4",
            "\1\u02d5",
            "",
            "",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\1\u02d8",
            "\1\u02d9",
            "",
            "\1\u02da",
            "",
            "",
            "\1\u02db",
            "",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\1\u02df",
            "",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "",
            "\1\u02e1",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "",
            "\1\u02e3",
            "\1\u02e4",
            "",
            "",
            "",
            "",
            "\1\u02e5",
            "\1\u02e6",
            "",
            "",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "",
            "",
            "",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "\12\53\7\uffff\32\53\4\uffff\1\53\1\uffff\32\53",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            ""
    };

    static final short[] DFA12_eot = DFA.unpackEncodedString(DFA12_eotS);
    static final short[] DFA12_eof = DFA.unpackEncodedString(DFA12_eofS);
    static final char[] DFA12_min = DFA.unpackEncodedStringToUnsignedChars(DFA12_minS);
    static final char[] DFA12_max = DFA.unpackEncodedStringToUnsignedChars(DFA12_maxS);
    static final short[] DFA12_accept = DFA.unpackEncodedString(DFA12_acceptS);
    static final short[] DFA12_special = DFA.unpackEncodedString(DFA12_specialS);
    static final short[][] DFA12_transition;

    static {
        int numStates = DFA12_transitionS.length;
        DFA12_transition = new short[numStates][];
        for (int i=0; i<numStates; i++) {
            DFA12_transition[i] = DFA.unpackEncodedString(DFA12_transitionS[i]);
        }
    }

    class DFA12 extends DFA {

        public DFA12(BaseRecognizer recognizer) {
            this.recognizer = recognizer;
            this.decisionNumber = 12;
            this.eot = DFA12_eot;
            this.eof = DFA12_eof;
            this.min = DFA12_min;
            this.max = DFA12_max;
            this.accept = DFA12_accept;
            this.special = DFA12_special;
            this.transition = DFA12_transition;
        }
        public String getDescription() {
            return "1:1: Tokens : ( T__11 | T__12 | T__13 | T__14 | T__15 | T__16 | T__17 | T__18 | T__19 | T__20 | T__21 | T__22 | T__23 | T__24 | T__25 | T__26 | T__27 | T__28 | T__29 | T__30 | T__31 | T__32 | T__33 | T__34 | T__35 | T__36 | T__37 | T__38 | T__39 | T__40 | T__41 | T__42 | T__43 | T__44 | T__45 | T__46 | T__47 | T__48 | T__49 | T__50 | T__51 | T__52 | T__53 | T__54 | T__55 | T__56 | T__57 | T__58 | T__59 | T__60 | T__61 | T__62 | T__63 | T__64 | T__65 | T__66 | T__67 | T__68 | T__69 | T__70 | T__71 | T__72 | T__73 | T__74 | T__75 | T__76 | T__77 | T__78 | T__79 | T__80 | T__81 | T__82 | T__83 | T__84 | T__85 | T__86 | T__87 | T__88 | T__89 | T__90 | T__91 | T__92 | T__93 | T__94 | T__95 | T__96 | T__97 | T__98 | T__99 | T__100 | T__101 | T__102 | T__103 | T__104 | T__105 | T__106 | T__107 | T__108 | T__109 | T__110 | T__111 | T__112 | T__113 | T__114 | T__115 | T__116 | T__117 | T__118 | T__119 | T__120 | T__121 | T__122 | T__123 | T__124 | T__125 | T__126 | T__127 | RULE_ID | RULE_INT | RULE_STRING | RULE_ML_COMMENT | RULE_SL_COMMENT | RULE_WS | RULE_ANY_OTHER );";
        }
        public int specialStateTransition(int s, IntStream _input) throws NoViableAltException {
            IntStream input = _input;
        	int _s = s;
            switch ( s ) {
                    case 0 : 
                        int LA12_0 = input.LA(1);

                        s = -1;
                        if ( (LA12_0=='p') ) {s = 1;}

                        else if ( (LA12_0=='t') ) {s = 2;}

                        else if ( (LA12_0=='a') ) {s = 3;}

                        else if ( (LA12_0=='b') ) {s = 4;}

                        else if ( (LA12_0=='c') ) {s = 5;}

                        else if ( (LA12_0=='l') ) {s = 6;}

                        else if ( (LA12_0==',') ) {s = 7;}

                        else if ( (LA12_0=='o') ) {s = 8;}

                        else if ( (LA12_0=='r') ) {s = 9;}

                        else if ( (LA12_0=='s') ) {s = 10;}

                        else if ( (LA12_0=='v') ) {s = 11;}

                        else if ( (LA12_0=='m') ) {s = 12;}

                        else if ( (LA12_0=='{') ) {s = 13;}

                        else if ( (LA12_0=='}') ) {s = 14;}

                        else if ( (LA12_0=='w') ) {s = 15;}

                        else if ( (LA12_0=='f') ) {s = 16;}

                        else if ( (LA12_0=='y') ) {s = 17;}

                        else if ( (LA12_0=='i') ) {s = 18;}

                        else if ( (LA12_0=='d') ) {s = 19;}

                        else if ( (LA12_0=='n') ) {s = 20;}

                        else if ( (LA12_0=='g') ) {s = 21;}

                        else if ( (LA12_0=='h') ) {s = 22;}

                        else if ( (LA12_0=='(') ) {s = 23;}

                        else if ( (LA12_0==')') ) {s = 24;}

                        else if ( (LA12_0=='u') ) {s = 25;}

                        else if ( (LA12_0=='e') ) {s = 26;}

                        else if ( (LA12_0=='.') ) {s = 27;}

                        else if ( (LA12_0=='-') ) {s = 28;}

                        else if ( (LA12_0=='q') ) {s = 29;}

                        else if ( (LA12_0=='^') ) {s = 30;}

                        else if ( ((LA12_0>='A' && LA12_0<='Z')||LA12_0=='_'||(LA12_0>='j' && LA12_0<='k')||LA12_0=='x'||LA12_0=='z') ) {s = 31;}

                        else if ( ((LA12_0>='0' && LA12_0<='9')) ) {s = 32;}

                        else if ( (LA12_0=='\"') ) {s = 33;}

                        else if ( (LA12_0=='\'') ) {s = 34;}

                        else if ( (LA12_0=='/') ) {s = 35;}

                        else if ( ((LA12_0>='\t' && LA12_0<='\n')||LA12_0=='\r'||LA12_0==' ') ) {s = 36;}

                        else if ( ((LA12_0>='\u0000' && LA12_0<='\b')||(LA12_0>='\u000B' && LA12_0<='\f')||(LA12_0>='\u000E' && LA12_0<='\u001F')||LA12_0=='!'||(LA12_0>='#' && LA12_0<='&')||(LA12_0>='*' && LA12_0<='+')||(LA12_0>=':' && LA12_0<='@')||(LA12_0>='[' && LA12_0<=']')||LA12_0=='`'||LA12_0=='|'||(LA12_0>='~' && LA12_0<='\uFFFF')) ) {s = 37;}

                        if ( s>=0 ) return s;
                        break;
                    case 1 : 
                        int LA12_33 = input.LA(1);

                        s = -1;
                        if ( ((LA12_33>='\u0000' && LA12_33<='\uFFFF')) ) {s = 117;}

                        else s = 37;

                        if ( s>=0 ) return s;
                        break;
                    case 2 : 
                        int LA12_34 = input.LA(1);

                        s = -1;
                        if ( ((LA12_34>='\u0000' && LA12_34<='\uFFFF')) ) {s = 117;}

                        else s = 37;

                        if ( s>=0 ) return s;
                        break;
            }
            NoViableAltException nvae =
                new NoViableAltException(getDescription(), 12, _s, input);
            error(nvae);
            throw nvae;
        }
    }
 

}