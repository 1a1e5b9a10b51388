package org.itup.dsl.parser.antlr.internal;

import org.eclipse.xtext.*;
import org.eclipse.xtext.parser.*;
import org.eclipse.xtext.parser.impl.*;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.xtext.parser.antlr.AbstractInternalAntlrParser;
import org.eclipse.xtext.parser.antlr.XtextTokenStream;
import org.eclipse.xtext.parser.antlr.XtextTokenStream.HiddenTokens;
import org.eclipse.xtext.parser.antlr.AntlrDatatypeRuleToken;
import org.itup.dsl.services.ItupGrammarAccess;



import org.antlr.runtime.*;
import java.util.Stack;
import java.util.List;
import java.util.ArrayList;

@SuppressWarnings("all")
public class InternalItupParser extends AbstractInternalAntlrParser {
    public static final String[] tokenNames = new String[] {
        "<invalid>", "<EOR>", "<DOWN>", "<UP>", "RULE_STRING", "RULE_ID", "RULE_INT", "RULE_ML_COMMENT", "RULE_SL_COMMENT", "RULE_WS", "RULE_ANY_OTHER", "'plan'", "'period'", "'to'", "'adopted'", "'by'", "'currency'", "'languages'", "','", "'codes'", "'official'", "'risk'", "'scale'", "'vision'", "'mission'", "'sectors'", "'swot'", "'{'", "'}'", "'wsis'", "'facilitator'", "'sdg'", "'custodian'", "'operational'", "'for'", "'year'", "'implements'", "'responsible'", "'objective'", "'output'", "'retired'", "'activity'", "'forecast'", "'resources'", "'monitoring'", "'of'", "'data'", "'measured'", "'in'", "'value'", "'source'", "'date'", "'note'", "'spent'", "'on'", "'assessment'", "'rate'", "'budget'", "'replaces'", "'vocabulary'", "'written'", "'programme'", "'pillar'", "'priority'", "'result'", "'product'", "'service'", "'function'", "'import'", "'goal'", "'statement'", "'description'", "'target'", "'horizon'", "'population'", "'baseline'", "'('", "')'", "'bureau'", "'primary'", "'goals'", "'secondary'", "'contributors'", "'outcome'", "'indicator'", "'unit'", "'direction'", "'frequency'", "'milestone'", "'at'", "'and'", "'enabler'", "'supports'", "'all'", "'contribution'", "'likelihood'", "'impact'", "'owner'", "'aspect'", "'mitigation'", "'criterion'", "'term'", "'definition'", "'unavailable'", "'.'", "'-'", "'sector'", "'level'", "'increase'", "'decrease'", "'qualitative'", "'inter-sectoral'", "'secretariat'", "'least'", "'most'", "'between'", "'maintain'", "'annual'", "'quarterly'", "'monthly'", "'avoidance'", "'limitation'", "'transfer'", "'acceptance'", "'strength'", "'weakness'", "'opportunity'", "'threat'"
    };
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


        public InternalItupParser(TokenStream input) {
            this(input, new RecognizerSharedState());
        }
        public InternalItupParser(TokenStream input, RecognizerSharedState state) {
            super(input, state);
             
        }
        

    public String[] getTokenNames() { return InternalItupParser.tokenNames; }
    public String getGrammarFileName() { return "InternalItup.g"; }



     	private ItupGrammarAccess grammarAccess;

        public InternalItupParser(TokenStream input, ItupGrammarAccess grammarAccess) {
            this(input);
            this.grammarAccess = grammarAccess;
            registerRules(grammarAccess.getGrammar());
        }

        @Override
        protected String getFirstRuleName() {
        	return "PlanFile";
       	}

       	@Override
       	protected ItupGrammarAccess getGrammarAccess() {
       		return grammarAccess;
       	}




    // $ANTLR start "entryRulePlanFile"
    // InternalItup.g:65:1: entryRulePlanFile returns [EObject current=null] : iv_rulePlanFile= rulePlanFile EOF ;
    public final EObject entryRulePlanFile() throws RecognitionException {
        EObject current = null;

        EObject iv_rulePlanFile = null;


        try {
            // InternalItup.g:65:49: (iv_rulePlanFile= rulePlanFile EOF )
            // InternalItup.g:66:2: iv_rulePlanFile= rulePlanFile EOF
            {
             newCompositeNode(grammarAccess.getPlanFileRule()); 
            pushFollow(FOLLOW_1);
            iv_rulePlanFile=rulePlanFile();

            state._fsp--;

             current =iv_rulePlanFile; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRulePlanFile"


    // $ANTLR start "rulePlanFile"
    // InternalItup.g:72:1: rulePlanFile returns [EObject current=null] : (this_Plan_0= rulePlan | this_OperationalPlan_1= ruleOperationalPlan | this_MonitoringFile_2= ruleMonitoringFile ) ;
    public final EObject rulePlanFile() throws RecognitionException {
        EObject current = null;

        EObject this_Plan_0 = null;

        EObject this_OperationalPlan_1 = null;

        EObject this_MonitoringFile_2 = null;



        	enterRule();

        try {
            // InternalItup.g:78:2: ( (this_Plan_0= rulePlan | this_OperationalPlan_1= ruleOperationalPlan | this_MonitoringFile_2= ruleMonitoringFile ) )
            // InternalItup.g:79:2: (this_Plan_0= rulePlan | this_OperationalPlan_1= ruleOperationalPlan | this_MonitoringFile_2= ruleMonitoringFile )
            {
            // InternalItup.g:79:2: (this_Plan_0= rulePlan | this_OperationalPlan_1= ruleOperationalPlan | this_MonitoringFile_2= ruleMonitoringFile )
            int alt1=3;
            switch ( input.LA(1) ) {
            case 11:
                {
                alt1=1;
                }
                break;
            case 33:
                {
                alt1=2;
                }
                break;
            case 44:
                {
                alt1=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 1, 0, input);

                throw nvae;
            }

            switch (alt1) {
                case 1 :
                    // InternalItup.g:80:3: this_Plan_0= rulePlan
                    {

                    			newCompositeNode(grammarAccess.getPlanFileAccess().getPlanParserRuleCall_0());
                    		
                    pushFollow(FOLLOW_2);
                    this_Plan_0=rulePlan();

                    state._fsp--;


                    			current = this_Plan_0;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 2 :
                    // InternalItup.g:89:3: this_OperationalPlan_1= ruleOperationalPlan
                    {

                    			newCompositeNode(grammarAccess.getPlanFileAccess().getOperationalPlanParserRuleCall_1());
                    		
                    pushFollow(FOLLOW_2);
                    this_OperationalPlan_1=ruleOperationalPlan();

                    state._fsp--;


                    			current = this_OperationalPlan_1;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 3 :
                    // InternalItup.g:98:3: this_MonitoringFile_2= ruleMonitoringFile
                    {

                    			newCompositeNode(grammarAccess.getPlanFileAccess().getMonitoringFileParserRuleCall_2());
                    		
                    pushFollow(FOLLOW_2);
                    this_MonitoringFile_2=ruleMonitoringFile();

                    state._fsp--;


                    			current = this_MonitoringFile_2;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "rulePlanFile"


    // $ANTLR start "entryRulePlan"
    // InternalItup.g:110:1: entryRulePlan returns [EObject current=null] : iv_rulePlan= rulePlan EOF ;
    public final EObject entryRulePlan() throws RecognitionException {
        EObject current = null;

        EObject iv_rulePlan = null;


        try {
            // InternalItup.g:110:45: (iv_rulePlan= rulePlan EOF )
            // InternalItup.g:111:2: iv_rulePlan= rulePlan EOF
            {
             newCompositeNode(grammarAccess.getPlanRule()); 
            pushFollow(FOLLOW_1);
            iv_rulePlan=rulePlan();

            state._fsp--;

             current =iv_rulePlan; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRulePlan"


    // $ANTLR start "rulePlan"
    // InternalItup.g:117:1: rulePlan returns [EObject current=null] : (otherlv_0= 'plan' ( (lv_name_1_0= rulePlanName ) ) ( (lv_title_2_0= RULE_STRING ) )? (otherlv_3= 'period' ( (lv_startYear_4_0= ruleYear ) ) otherlv_5= 'to' ( (lv_endYear_6_0= ruleYear ) ) )? (otherlv_7= 'adopted' otherlv_8= 'by' ( (lv_adoptedBy_9_0= RULE_STRING ) ) )? (otherlv_10= 'currency' ( (lv_currency_11_0= RULE_STRING ) ) )? ( (lv_rates_12_0= ruleExchangeRate ) )* (otherlv_13= 'languages' ( (lv_languages_14_0= RULE_ID ) ) (otherlv_15= ',' ( (lv_languages_16_0= RULE_ID ) ) )* )? ( ( (lv_officialCodes_17_0= 'codes' ) ) otherlv_18= 'official' )? (this_CodeSchemes_19= ruleCodeSchemes[$current] )? (otherlv_20= 'risk' otherlv_21= 'scale' ( (lv_riskScale_22_0= ruleCode ) ) (otherlv_23= ',' ( (lv_riskScale_24_0= ruleCode ) ) )* )? ( (lv_vocabulary_25_0= ruleVocabulary ) )? ( (lv_imports_26_0= ruleImport ) )* (otherlv_27= 'vision' ( (lv_vision_28_0= RULE_STRING ) ) )? (otherlv_29= 'mission' ( (lv_mission_30_0= RULE_STRING ) ) )? (otherlv_31= 'sectors' ( ( ruleCode ) ) (otherlv_33= ',' ( ( ruleCode ) ) )* )? ( ( (lv_values_35_0= ruleCoreValue ) ) | ( (lv_goals_36_0= ruleGoal ) ) | ( (lv_sectors_37_0= ruleSector ) ) | ( (lv_risks_38_0= ruleStrategicRisk ) ) | (otherlv_39= 'swot' otherlv_40= '{' ( (lv_swot_41_0= ruleSwotItem ) )* otherlv_42= '}' ) | (otherlv_43= 'wsis' otherlv_44= 'facilitator' ( (lv_wsisActionLines_45_0= ruleCode ) ) (otherlv_46= ',' ( (lv_wsisActionLines_47_0= ruleCode ) ) )* ) | (otherlv_48= 'sdg' otherlv_49= 'custodian' ( (lv_sdgCustodianIndicators_50_0= ruleCode ) ) (otherlv_51= ',' ( (lv_sdgCustodianIndicators_52_0= ruleCode ) ) )* ) | ( (lv_criteria_53_0= ruleImplementationCriterion ) ) | ( (lv_glossary_54_0= ruleGlossaryTerm ) ) )* ) ;
    public final EObject rulePlan() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_title_2_0=null;
        Token otherlv_3=null;
        Token otherlv_5=null;
        Token otherlv_7=null;
        Token otherlv_8=null;
        Token lv_adoptedBy_9_0=null;
        Token otherlv_10=null;
        Token lv_currency_11_0=null;
        Token otherlv_13=null;
        Token lv_languages_14_0=null;
        Token otherlv_15=null;
        Token lv_languages_16_0=null;
        Token lv_officialCodes_17_0=null;
        Token otherlv_18=null;
        Token otherlv_20=null;
        Token otherlv_21=null;
        Token otherlv_23=null;
        Token otherlv_27=null;
        Token lv_vision_28_0=null;
        Token otherlv_29=null;
        Token lv_mission_30_0=null;
        Token otherlv_31=null;
        Token otherlv_33=null;
        Token otherlv_39=null;
        Token otherlv_40=null;
        Token otherlv_42=null;
        Token otherlv_43=null;
        Token otherlv_44=null;
        Token otherlv_46=null;
        Token otherlv_48=null;
        Token otherlv_49=null;
        Token otherlv_51=null;
        AntlrDatatypeRuleToken lv_name_1_0 = null;

        AntlrDatatypeRuleToken lv_startYear_4_0 = null;

        AntlrDatatypeRuleToken lv_endYear_6_0 = null;

        EObject lv_rates_12_0 = null;

        EObject this_CodeSchemes_19 = null;

        AntlrDatatypeRuleToken lv_riskScale_22_0 = null;

        AntlrDatatypeRuleToken lv_riskScale_24_0 = null;

        EObject lv_vocabulary_25_0 = null;

        EObject lv_imports_26_0 = null;

        EObject lv_values_35_0 = null;

        EObject lv_goals_36_0 = null;

        EObject lv_sectors_37_0 = null;

        EObject lv_risks_38_0 = null;

        EObject lv_swot_41_0 = null;

        AntlrDatatypeRuleToken lv_wsisActionLines_45_0 = null;

        AntlrDatatypeRuleToken lv_wsisActionLines_47_0 = null;

        AntlrDatatypeRuleToken lv_sdgCustodianIndicators_50_0 = null;

        AntlrDatatypeRuleToken lv_sdgCustodianIndicators_52_0 = null;

        EObject lv_criteria_53_0 = null;

        EObject lv_glossary_54_0 = null;



        	enterRule();

        try {
            // InternalItup.g:123:2: ( (otherlv_0= 'plan' ( (lv_name_1_0= rulePlanName ) ) ( (lv_title_2_0= RULE_STRING ) )? (otherlv_3= 'period' ( (lv_startYear_4_0= ruleYear ) ) otherlv_5= 'to' ( (lv_endYear_6_0= ruleYear ) ) )? (otherlv_7= 'adopted' otherlv_8= 'by' ( (lv_adoptedBy_9_0= RULE_STRING ) ) )? (otherlv_10= 'currency' ( (lv_currency_11_0= RULE_STRING ) ) )? ( (lv_rates_12_0= ruleExchangeRate ) )* (otherlv_13= 'languages' ( (lv_languages_14_0= RULE_ID ) ) (otherlv_15= ',' ( (lv_languages_16_0= RULE_ID ) ) )* )? ( ( (lv_officialCodes_17_0= 'codes' ) ) otherlv_18= 'official' )? (this_CodeSchemes_19= ruleCodeSchemes[$current] )? (otherlv_20= 'risk' otherlv_21= 'scale' ( (lv_riskScale_22_0= ruleCode ) ) (otherlv_23= ',' ( (lv_riskScale_24_0= ruleCode ) ) )* )? ( (lv_vocabulary_25_0= ruleVocabulary ) )? ( (lv_imports_26_0= ruleImport ) )* (otherlv_27= 'vision' ( (lv_vision_28_0= RULE_STRING ) ) )? (otherlv_29= 'mission' ( (lv_mission_30_0= RULE_STRING ) ) )? (otherlv_31= 'sectors' ( ( ruleCode ) ) (otherlv_33= ',' ( ( ruleCode ) ) )* )? ( ( (lv_values_35_0= ruleCoreValue ) ) | ( (lv_goals_36_0= ruleGoal ) ) | ( (lv_sectors_37_0= ruleSector ) ) | ( (lv_risks_38_0= ruleStrategicRisk ) ) | (otherlv_39= 'swot' otherlv_40= '{' ( (lv_swot_41_0= ruleSwotItem ) )* otherlv_42= '}' ) | (otherlv_43= 'wsis' otherlv_44= 'facilitator' ( (lv_wsisActionLines_45_0= ruleCode ) ) (otherlv_46= ',' ( (lv_wsisActionLines_47_0= ruleCode ) ) )* ) | (otherlv_48= 'sdg' otherlv_49= 'custodian' ( (lv_sdgCustodianIndicators_50_0= ruleCode ) ) (otherlv_51= ',' ( (lv_sdgCustodianIndicators_52_0= ruleCode ) ) )* ) | ( (lv_criteria_53_0= ruleImplementationCriterion ) ) | ( (lv_glossary_54_0= ruleGlossaryTerm ) ) )* ) )
            // InternalItup.g:124:2: (otherlv_0= 'plan' ( (lv_name_1_0= rulePlanName ) ) ( (lv_title_2_0= RULE_STRING ) )? (otherlv_3= 'period' ( (lv_startYear_4_0= ruleYear ) ) otherlv_5= 'to' ( (lv_endYear_6_0= ruleYear ) ) )? (otherlv_7= 'adopted' otherlv_8= 'by' ( (lv_adoptedBy_9_0= RULE_STRING ) ) )? (otherlv_10= 'currency' ( (lv_currency_11_0= RULE_STRING ) ) )? ( (lv_rates_12_0= ruleExchangeRate ) )* (otherlv_13= 'languages' ( (lv_languages_14_0= RULE_ID ) ) (otherlv_15= ',' ( (lv_languages_16_0= RULE_ID ) ) )* )? ( ( (lv_officialCodes_17_0= 'codes' ) ) otherlv_18= 'official' )? (this_CodeSchemes_19= ruleCodeSchemes[$current] )? (otherlv_20= 'risk' otherlv_21= 'scale' ( (lv_riskScale_22_0= ruleCode ) ) (otherlv_23= ',' ( (lv_riskScale_24_0= ruleCode ) ) )* )? ( (lv_vocabulary_25_0= ruleVocabulary ) )? ( (lv_imports_26_0= ruleImport ) )* (otherlv_27= 'vision' ( (lv_vision_28_0= RULE_STRING ) ) )? (otherlv_29= 'mission' ( (lv_mission_30_0= RULE_STRING ) ) )? (otherlv_31= 'sectors' ( ( ruleCode ) ) (otherlv_33= ',' ( ( ruleCode ) ) )* )? ( ( (lv_values_35_0= ruleCoreValue ) ) | ( (lv_goals_36_0= ruleGoal ) ) | ( (lv_sectors_37_0= ruleSector ) ) | ( (lv_risks_38_0= ruleStrategicRisk ) ) | (otherlv_39= 'swot' otherlv_40= '{' ( (lv_swot_41_0= ruleSwotItem ) )* otherlv_42= '}' ) | (otherlv_43= 'wsis' otherlv_44= 'facilitator' ( (lv_wsisActionLines_45_0= ruleCode ) ) (otherlv_46= ',' ( (lv_wsisActionLines_47_0= ruleCode ) ) )* ) | (otherlv_48= 'sdg' otherlv_49= 'custodian' ( (lv_sdgCustodianIndicators_50_0= ruleCode ) ) (otherlv_51= ',' ( (lv_sdgCustodianIndicators_52_0= ruleCode ) ) )* ) | ( (lv_criteria_53_0= ruleImplementationCriterion ) ) | ( (lv_glossary_54_0= ruleGlossaryTerm ) ) )* )
            {
            // InternalItup.g:124:2: (otherlv_0= 'plan' ( (lv_name_1_0= rulePlanName ) ) ( (lv_title_2_0= RULE_STRING ) )? (otherlv_3= 'period' ( (lv_startYear_4_0= ruleYear ) ) otherlv_5= 'to' ( (lv_endYear_6_0= ruleYear ) ) )? (otherlv_7= 'adopted' otherlv_8= 'by' ( (lv_adoptedBy_9_0= RULE_STRING ) ) )? (otherlv_10= 'currency' ( (lv_currency_11_0= RULE_STRING ) ) )? ( (lv_rates_12_0= ruleExchangeRate ) )* (otherlv_13= 'languages' ( (lv_languages_14_0= RULE_ID ) ) (otherlv_15= ',' ( (lv_languages_16_0= RULE_ID ) ) )* )? ( ( (lv_officialCodes_17_0= 'codes' ) ) otherlv_18= 'official' )? (this_CodeSchemes_19= ruleCodeSchemes[$current] )? (otherlv_20= 'risk' otherlv_21= 'scale' ( (lv_riskScale_22_0= ruleCode ) ) (otherlv_23= ',' ( (lv_riskScale_24_0= ruleCode ) ) )* )? ( (lv_vocabulary_25_0= ruleVocabulary ) )? ( (lv_imports_26_0= ruleImport ) )* (otherlv_27= 'vision' ( (lv_vision_28_0= RULE_STRING ) ) )? (otherlv_29= 'mission' ( (lv_mission_30_0= RULE_STRING ) ) )? (otherlv_31= 'sectors' ( ( ruleCode ) ) (otherlv_33= ',' ( ( ruleCode ) ) )* )? ( ( (lv_values_35_0= ruleCoreValue ) ) | ( (lv_goals_36_0= ruleGoal ) ) | ( (lv_sectors_37_0= ruleSector ) ) | ( (lv_risks_38_0= ruleStrategicRisk ) ) | (otherlv_39= 'swot' otherlv_40= '{' ( (lv_swot_41_0= ruleSwotItem ) )* otherlv_42= '}' ) | (otherlv_43= 'wsis' otherlv_44= 'facilitator' ( (lv_wsisActionLines_45_0= ruleCode ) ) (otherlv_46= ',' ( (lv_wsisActionLines_47_0= ruleCode ) ) )* ) | (otherlv_48= 'sdg' otherlv_49= 'custodian' ( (lv_sdgCustodianIndicators_50_0= ruleCode ) ) (otherlv_51= ',' ( (lv_sdgCustodianIndicators_52_0= ruleCode ) ) )* ) | ( (lv_criteria_53_0= ruleImplementationCriterion ) ) | ( (lv_glossary_54_0= ruleGlossaryTerm ) ) )* )
            // InternalItup.g:125:3: otherlv_0= 'plan' ( (lv_name_1_0= rulePlanName ) ) ( (lv_title_2_0= RULE_STRING ) )? (otherlv_3= 'period' ( (lv_startYear_4_0= ruleYear ) ) otherlv_5= 'to' ( (lv_endYear_6_0= ruleYear ) ) )? (otherlv_7= 'adopted' otherlv_8= 'by' ( (lv_adoptedBy_9_0= RULE_STRING ) ) )? (otherlv_10= 'currency' ( (lv_currency_11_0= RULE_STRING ) ) )? ( (lv_rates_12_0= ruleExchangeRate ) )* (otherlv_13= 'languages' ( (lv_languages_14_0= RULE_ID ) ) (otherlv_15= ',' ( (lv_languages_16_0= RULE_ID ) ) )* )? ( ( (lv_officialCodes_17_0= 'codes' ) ) otherlv_18= 'official' )? (this_CodeSchemes_19= ruleCodeSchemes[$current] )? (otherlv_20= 'risk' otherlv_21= 'scale' ( (lv_riskScale_22_0= ruleCode ) ) (otherlv_23= ',' ( (lv_riskScale_24_0= ruleCode ) ) )* )? ( (lv_vocabulary_25_0= ruleVocabulary ) )? ( (lv_imports_26_0= ruleImport ) )* (otherlv_27= 'vision' ( (lv_vision_28_0= RULE_STRING ) ) )? (otherlv_29= 'mission' ( (lv_mission_30_0= RULE_STRING ) ) )? (otherlv_31= 'sectors' ( ( ruleCode ) ) (otherlv_33= ',' ( ( ruleCode ) ) )* )? ( ( (lv_values_35_0= ruleCoreValue ) ) | ( (lv_goals_36_0= ruleGoal ) ) | ( (lv_sectors_37_0= ruleSector ) ) | ( (lv_risks_38_0= ruleStrategicRisk ) ) | (otherlv_39= 'swot' otherlv_40= '{' ( (lv_swot_41_0= ruleSwotItem ) )* otherlv_42= '}' ) | (otherlv_43= 'wsis' otherlv_44= 'facilitator' ( (lv_wsisActionLines_45_0= ruleCode ) ) (otherlv_46= ',' ( (lv_wsisActionLines_47_0= ruleCode ) ) )* ) | (otherlv_48= 'sdg' otherlv_49= 'custodian' ( (lv_sdgCustodianIndicators_50_0= ruleCode ) ) (otherlv_51= ',' ( (lv_sdgCustodianIndicators_52_0= ruleCode ) ) )* ) | ( (lv_criteria_53_0= ruleImplementationCriterion ) ) | ( (lv_glossary_54_0= ruleGlossaryTerm ) ) )*
            {
            otherlv_0=(Token)match(input,11,FOLLOW_3); 

            			newLeafNode(otherlv_0, grammarAccess.getPlanAccess().getPlanKeyword_0());
            		
            // InternalItup.g:129:3: ( (lv_name_1_0= rulePlanName ) )
            // InternalItup.g:130:4: (lv_name_1_0= rulePlanName )
            {
            // InternalItup.g:130:4: (lv_name_1_0= rulePlanName )
            // InternalItup.g:131:5: lv_name_1_0= rulePlanName
            {

            					newCompositeNode(grammarAccess.getPlanAccess().getNamePlanNameParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_4);
            lv_name_1_0=rulePlanName();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getPlanRule());
            					}
            					set(
            						current,
            						"name",
            						lv_name_1_0,
            						"org.itup.dsl.Itup.PlanName");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalItup.g:148:3: ( (lv_title_2_0= RULE_STRING ) )?
            int alt2=2;
            int LA2_0 = input.LA(1);

            if ( (LA2_0==RULE_STRING) ) {
                alt2=1;
            }
            switch (alt2) {
                case 1 :
                    // InternalItup.g:149:4: (lv_title_2_0= RULE_STRING )
                    {
                    // InternalItup.g:149:4: (lv_title_2_0= RULE_STRING )
                    // InternalItup.g:150:5: lv_title_2_0= RULE_STRING
                    {
                    lv_title_2_0=(Token)match(input,RULE_STRING,FOLLOW_5); 

                    					newLeafNode(lv_title_2_0, grammarAccess.getPlanAccess().getTitleSTRINGTerminalRuleCall_2_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getPlanRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"title",
                    						lv_title_2_0,
                    						"org.eclipse.xtext.common.Terminals.STRING");
                    				

                    }


                    }
                    break;

            }

            // InternalItup.g:166:3: (otherlv_3= 'period' ( (lv_startYear_4_0= ruleYear ) ) otherlv_5= 'to' ( (lv_endYear_6_0= ruleYear ) ) )?
            int alt3=2;
            int LA3_0 = input.LA(1);

            if ( (LA3_0==12) ) {
                alt3=1;
            }
            switch (alt3) {
                case 1 :
                    // InternalItup.g:167:4: otherlv_3= 'period' ( (lv_startYear_4_0= ruleYear ) ) otherlv_5= 'to' ( (lv_endYear_6_0= ruleYear ) )
                    {
                    otherlv_3=(Token)match(input,12,FOLLOW_6); 

                    				newLeafNode(otherlv_3, grammarAccess.getPlanAccess().getPeriodKeyword_3_0());
                    			
                    // InternalItup.g:171:4: ( (lv_startYear_4_0= ruleYear ) )
                    // InternalItup.g:172:5: (lv_startYear_4_0= ruleYear )
                    {
                    // InternalItup.g:172:5: (lv_startYear_4_0= ruleYear )
                    // InternalItup.g:173:6: lv_startYear_4_0= ruleYear
                    {

                    						newCompositeNode(grammarAccess.getPlanAccess().getStartYearYearParserRuleCall_3_1_0());
                    					
                    pushFollow(FOLLOW_7);
                    lv_startYear_4_0=ruleYear();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getPlanRule());
                    						}
                    						set(
                    							current,
                    							"startYear",
                    							lv_startYear_4_0,
                    							"org.itup.dsl.Itup.Year");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }

                    otherlv_5=(Token)match(input,13,FOLLOW_6); 

                    				newLeafNode(otherlv_5, grammarAccess.getPlanAccess().getToKeyword_3_2());
                    			
                    // InternalItup.g:194:4: ( (lv_endYear_6_0= ruleYear ) )
                    // InternalItup.g:195:5: (lv_endYear_6_0= ruleYear )
                    {
                    // InternalItup.g:195:5: (lv_endYear_6_0= ruleYear )
                    // InternalItup.g:196:6: lv_endYear_6_0= ruleYear
                    {

                    						newCompositeNode(grammarAccess.getPlanAccess().getEndYearYearParserRuleCall_3_3_0());
                    					
                    pushFollow(FOLLOW_8);
                    lv_endYear_6_0=ruleYear();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getPlanRule());
                    						}
                    						set(
                    							current,
                    							"endYear",
                    							lv_endYear_6_0,
                    							"org.itup.dsl.Itup.Year");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalItup.g:214:3: (otherlv_7= 'adopted' otherlv_8= 'by' ( (lv_adoptedBy_9_0= RULE_STRING ) ) )?
            int alt4=2;
            int LA4_0 = input.LA(1);

            if ( (LA4_0==14) ) {
                alt4=1;
            }
            switch (alt4) {
                case 1 :
                    // InternalItup.g:215:4: otherlv_7= 'adopted' otherlv_8= 'by' ( (lv_adoptedBy_9_0= RULE_STRING ) )
                    {
                    otherlv_7=(Token)match(input,14,FOLLOW_9); 

                    				newLeafNode(otherlv_7, grammarAccess.getPlanAccess().getAdoptedKeyword_4_0());
                    			
                    otherlv_8=(Token)match(input,15,FOLLOW_10); 

                    				newLeafNode(otherlv_8, grammarAccess.getPlanAccess().getByKeyword_4_1());
                    			
                    // InternalItup.g:223:4: ( (lv_adoptedBy_9_0= RULE_STRING ) )
                    // InternalItup.g:224:5: (lv_adoptedBy_9_0= RULE_STRING )
                    {
                    // InternalItup.g:224:5: (lv_adoptedBy_9_0= RULE_STRING )
                    // InternalItup.g:225:6: lv_adoptedBy_9_0= RULE_STRING
                    {
                    lv_adoptedBy_9_0=(Token)match(input,RULE_STRING,FOLLOW_11); 

                    						newLeafNode(lv_adoptedBy_9_0, grammarAccess.getPlanAccess().getAdoptedBySTRINGTerminalRuleCall_4_2_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getPlanRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"adoptedBy",
                    							lv_adoptedBy_9_0,
                    							"org.eclipse.xtext.common.Terminals.STRING");
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalItup.g:242:3: (otherlv_10= 'currency' ( (lv_currency_11_0= RULE_STRING ) ) )?
            int alt5=2;
            int LA5_0 = input.LA(1);

            if ( (LA5_0==16) ) {
                alt5=1;
            }
            switch (alt5) {
                case 1 :
                    // InternalItup.g:243:4: otherlv_10= 'currency' ( (lv_currency_11_0= RULE_STRING ) )
                    {
                    otherlv_10=(Token)match(input,16,FOLLOW_10); 

                    				newLeafNode(otherlv_10, grammarAccess.getPlanAccess().getCurrencyKeyword_5_0());
                    			
                    // InternalItup.g:247:4: ( (lv_currency_11_0= RULE_STRING ) )
                    // InternalItup.g:248:5: (lv_currency_11_0= RULE_STRING )
                    {
                    // InternalItup.g:248:5: (lv_currency_11_0= RULE_STRING )
                    // InternalItup.g:249:6: lv_currency_11_0= RULE_STRING
                    {
                    lv_currency_11_0=(Token)match(input,RULE_STRING,FOLLOW_12); 

                    						newLeafNode(lv_currency_11_0, grammarAccess.getPlanAccess().getCurrencySTRINGTerminalRuleCall_5_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getPlanRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"currency",
                    							lv_currency_11_0,
                    							"org.eclipse.xtext.common.Terminals.STRING");
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalItup.g:266:3: ( (lv_rates_12_0= ruleExchangeRate ) )*
            loop6:
            do {
                int alt6=2;
                int LA6_0 = input.LA(1);

                if ( (LA6_0==56) ) {
                    alt6=1;
                }


                switch (alt6) {
            	case 1 :
            	    // InternalItup.g:267:4: (lv_rates_12_0= ruleExchangeRate )
            	    {
            	    // InternalItup.g:267:4: (lv_rates_12_0= ruleExchangeRate )
            	    // InternalItup.g:268:5: lv_rates_12_0= ruleExchangeRate
            	    {

            	    					newCompositeNode(grammarAccess.getPlanAccess().getRatesExchangeRateParserRuleCall_6_0());
            	    				
            	    pushFollow(FOLLOW_12);
            	    lv_rates_12_0=ruleExchangeRate();

            	    state._fsp--;


            	    					if (current==null) {
            	    						current = createModelElementForParent(grammarAccess.getPlanRule());
            	    					}
            	    					add(
            	    						current,
            	    						"rates",
            	    						lv_rates_12_0,
            	    						"org.itup.dsl.Itup.ExchangeRate");
            	    					afterParserOrEnumRuleCall();
            	    				

            	    }


            	    }
            	    break;

            	default :
            	    break loop6;
                }
            } while (true);

            // InternalItup.g:285:3: (otherlv_13= 'languages' ( (lv_languages_14_0= RULE_ID ) ) (otherlv_15= ',' ( (lv_languages_16_0= RULE_ID ) ) )* )?
            int alt8=2;
            int LA8_0 = input.LA(1);

            if ( (LA8_0==17) ) {
                alt8=1;
            }
            switch (alt8) {
                case 1 :
                    // InternalItup.g:286:4: otherlv_13= 'languages' ( (lv_languages_14_0= RULE_ID ) ) (otherlv_15= ',' ( (lv_languages_16_0= RULE_ID ) ) )*
                    {
                    otherlv_13=(Token)match(input,17,FOLLOW_3); 

                    				newLeafNode(otherlv_13, grammarAccess.getPlanAccess().getLanguagesKeyword_7_0());
                    			
                    // InternalItup.g:290:4: ( (lv_languages_14_0= RULE_ID ) )
                    // InternalItup.g:291:5: (lv_languages_14_0= RULE_ID )
                    {
                    // InternalItup.g:291:5: (lv_languages_14_0= RULE_ID )
                    // InternalItup.g:292:6: lv_languages_14_0= RULE_ID
                    {
                    lv_languages_14_0=(Token)match(input,RULE_ID,FOLLOW_13); 

                    						newLeafNode(lv_languages_14_0, grammarAccess.getPlanAccess().getLanguagesIDTerminalRuleCall_7_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getPlanRule());
                    						}
                    						addWithLastConsumed(
                    							current,
                    							"languages",
                    							lv_languages_14_0,
                    							"org.eclipse.xtext.common.Terminals.ID");
                    					

                    }


                    }

                    // InternalItup.g:308:4: (otherlv_15= ',' ( (lv_languages_16_0= RULE_ID ) ) )*
                    loop7:
                    do {
                        int alt7=2;
                        int LA7_0 = input.LA(1);

                        if ( (LA7_0==18) ) {
                            alt7=1;
                        }


                        switch (alt7) {
                    	case 1 :
                    	    // InternalItup.g:309:5: otherlv_15= ',' ( (lv_languages_16_0= RULE_ID ) )
                    	    {
                    	    otherlv_15=(Token)match(input,18,FOLLOW_3); 

                    	    					newLeafNode(otherlv_15, grammarAccess.getPlanAccess().getCommaKeyword_7_2_0());
                    	    				
                    	    // InternalItup.g:313:5: ( (lv_languages_16_0= RULE_ID ) )
                    	    // InternalItup.g:314:6: (lv_languages_16_0= RULE_ID )
                    	    {
                    	    // InternalItup.g:314:6: (lv_languages_16_0= RULE_ID )
                    	    // InternalItup.g:315:7: lv_languages_16_0= RULE_ID
                    	    {
                    	    lv_languages_16_0=(Token)match(input,RULE_ID,FOLLOW_13); 

                    	    							newLeafNode(lv_languages_16_0, grammarAccess.getPlanAccess().getLanguagesIDTerminalRuleCall_7_2_1_0());
                    	    						

                    	    							if (current==null) {
                    	    								current = createModelElement(grammarAccess.getPlanRule());
                    	    							}
                    	    							addWithLastConsumed(
                    	    								current,
                    	    								"languages",
                    	    								lv_languages_16_0,
                    	    								"org.eclipse.xtext.common.Terminals.ID");
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop7;
                        }
                    } while (true);


                    }
                    break;

            }

            // InternalItup.g:333:3: ( ( (lv_officialCodes_17_0= 'codes' ) ) otherlv_18= 'official' )?
            int alt9=2;
            int LA9_0 = input.LA(1);

            if ( (LA9_0==19) ) {
                int LA9_1 = input.LA(2);

                if ( (LA9_1==20) ) {
                    alt9=1;
                }
            }
            switch (alt9) {
                case 1 :
                    // InternalItup.g:334:4: ( (lv_officialCodes_17_0= 'codes' ) ) otherlv_18= 'official'
                    {
                    // InternalItup.g:334:4: ( (lv_officialCodes_17_0= 'codes' ) )
                    // InternalItup.g:335:5: (lv_officialCodes_17_0= 'codes' )
                    {
                    // InternalItup.g:335:5: (lv_officialCodes_17_0= 'codes' )
                    // InternalItup.g:336:6: lv_officialCodes_17_0= 'codes'
                    {
                    lv_officialCodes_17_0=(Token)match(input,19,FOLLOW_14); 

                    						newLeafNode(lv_officialCodes_17_0, grammarAccess.getPlanAccess().getOfficialCodesCodesKeyword_8_0_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getPlanRule());
                    						}
                    						setWithLastConsumed(current, "officialCodes", lv_officialCodes_17_0 != null, "codes");
                    					

                    }


                    }

                    otherlv_18=(Token)match(input,20,FOLLOW_15); 

                    				newLeafNode(otherlv_18, grammarAccess.getPlanAccess().getOfficialKeyword_8_1());
                    			

                    }
                    break;

            }

            // InternalItup.g:353:3: (this_CodeSchemes_19= ruleCodeSchemes[$current] )?
            int alt10=2;
            int LA10_0 = input.LA(1);

            if ( (LA10_0==19) ) {
                alt10=1;
            }
            switch (alt10) {
                case 1 :
                    // InternalItup.g:354:4: this_CodeSchemes_19= ruleCodeSchemes[$current]
                    {

                    				if (current==null) {
                    					current = createModelElement(grammarAccess.getPlanRule());
                    				}
                    				newCompositeNode(grammarAccess.getPlanAccess().getCodeSchemesParserRuleCall_9());
                    			
                    pushFollow(FOLLOW_16);
                    this_CodeSchemes_19=ruleCodeSchemes(current);

                    state._fsp--;


                    				current = this_CodeSchemes_19;
                    				afterParserOrEnumRuleCall();
                    			

                    }
                    break;

            }

            // InternalItup.g:366:3: (otherlv_20= 'risk' otherlv_21= 'scale' ( (lv_riskScale_22_0= ruleCode ) ) (otherlv_23= ',' ( (lv_riskScale_24_0= ruleCode ) ) )* )?
            int alt12=2;
            int LA12_0 = input.LA(1);

            if ( (LA12_0==21) ) {
                int LA12_1 = input.LA(2);

                if ( (LA12_1==22) ) {
                    alt12=1;
                }
            }
            switch (alt12) {
                case 1 :
                    // InternalItup.g:367:4: otherlv_20= 'risk' otherlv_21= 'scale' ( (lv_riskScale_22_0= ruleCode ) ) (otherlv_23= ',' ( (lv_riskScale_24_0= ruleCode ) ) )*
                    {
                    otherlv_20=(Token)match(input,21,FOLLOW_17); 

                    				newLeafNode(otherlv_20, grammarAccess.getPlanAccess().getRiskKeyword_10_0());
                    			
                    otherlv_21=(Token)match(input,22,FOLLOW_18); 

                    				newLeafNode(otherlv_21, grammarAccess.getPlanAccess().getScaleKeyword_10_1());
                    			
                    // InternalItup.g:375:4: ( (lv_riskScale_22_0= ruleCode ) )
                    // InternalItup.g:376:5: (lv_riskScale_22_0= ruleCode )
                    {
                    // InternalItup.g:376:5: (lv_riskScale_22_0= ruleCode )
                    // InternalItup.g:377:6: lv_riskScale_22_0= ruleCode
                    {

                    						newCompositeNode(grammarAccess.getPlanAccess().getRiskScaleCodeParserRuleCall_10_2_0());
                    					
                    pushFollow(FOLLOW_19);
                    lv_riskScale_22_0=ruleCode();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getPlanRule());
                    						}
                    						add(
                    							current,
                    							"riskScale",
                    							lv_riskScale_22_0,
                    							"org.itup.dsl.Itup.Code");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }

                    // InternalItup.g:394:4: (otherlv_23= ',' ( (lv_riskScale_24_0= ruleCode ) ) )*
                    loop11:
                    do {
                        int alt11=2;
                        int LA11_0 = input.LA(1);

                        if ( (LA11_0==18) ) {
                            alt11=1;
                        }


                        switch (alt11) {
                    	case 1 :
                    	    // InternalItup.g:395:5: otherlv_23= ',' ( (lv_riskScale_24_0= ruleCode ) )
                    	    {
                    	    otherlv_23=(Token)match(input,18,FOLLOW_18); 

                    	    					newLeafNode(otherlv_23, grammarAccess.getPlanAccess().getCommaKeyword_10_3_0());
                    	    				
                    	    // InternalItup.g:399:5: ( (lv_riskScale_24_0= ruleCode ) )
                    	    // InternalItup.g:400:6: (lv_riskScale_24_0= ruleCode )
                    	    {
                    	    // InternalItup.g:400:6: (lv_riskScale_24_0= ruleCode )
                    	    // InternalItup.g:401:7: lv_riskScale_24_0= ruleCode
                    	    {

                    	    							newCompositeNode(grammarAccess.getPlanAccess().getRiskScaleCodeParserRuleCall_10_3_1_0());
                    	    						
                    	    pushFollow(FOLLOW_19);
                    	    lv_riskScale_24_0=ruleCode();

                    	    state._fsp--;


                    	    							if (current==null) {
                    	    								current = createModelElementForParent(grammarAccess.getPlanRule());
                    	    							}
                    	    							add(
                    	    								current,
                    	    								"riskScale",
                    	    								lv_riskScale_24_0,
                    	    								"org.itup.dsl.Itup.Code");
                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop11;
                        }
                    } while (true);


                    }
                    break;

            }

            // InternalItup.g:420:3: ( (lv_vocabulary_25_0= ruleVocabulary ) )?
            int alt13=2;
            int LA13_0 = input.LA(1);

            if ( (LA13_0==59) ) {
                alt13=1;
            }
            switch (alt13) {
                case 1 :
                    // InternalItup.g:421:4: (lv_vocabulary_25_0= ruleVocabulary )
                    {
                    // InternalItup.g:421:4: (lv_vocabulary_25_0= ruleVocabulary )
                    // InternalItup.g:422:5: lv_vocabulary_25_0= ruleVocabulary
                    {

                    					newCompositeNode(grammarAccess.getPlanAccess().getVocabularyVocabularyParserRuleCall_11_0());
                    				
                    pushFollow(FOLLOW_20);
                    lv_vocabulary_25_0=ruleVocabulary();

                    state._fsp--;


                    					if (current==null) {
                    						current = createModelElementForParent(grammarAccess.getPlanRule());
                    					}
                    					set(
                    						current,
                    						"vocabulary",
                    						lv_vocabulary_25_0,
                    						"org.itup.dsl.Itup.Vocabulary");
                    					afterParserOrEnumRuleCall();
                    				

                    }


                    }
                    break;

            }

            // InternalItup.g:439:3: ( (lv_imports_26_0= ruleImport ) )*
            loop14:
            do {
                int alt14=2;
                int LA14_0 = input.LA(1);

                if ( (LA14_0==68) ) {
                    alt14=1;
                }


                switch (alt14) {
            	case 1 :
            	    // InternalItup.g:440:4: (lv_imports_26_0= ruleImport )
            	    {
            	    // InternalItup.g:440:4: (lv_imports_26_0= ruleImport )
            	    // InternalItup.g:441:5: lv_imports_26_0= ruleImport
            	    {

            	    					newCompositeNode(grammarAccess.getPlanAccess().getImportsImportParserRuleCall_12_0());
            	    				
            	    pushFollow(FOLLOW_20);
            	    lv_imports_26_0=ruleImport();

            	    state._fsp--;


            	    					if (current==null) {
            	    						current = createModelElementForParent(grammarAccess.getPlanRule());
            	    					}
            	    					add(
            	    						current,
            	    						"imports",
            	    						lv_imports_26_0,
            	    						"org.itup.dsl.Itup.Import");
            	    					afterParserOrEnumRuleCall();
            	    				

            	    }


            	    }
            	    break;

            	default :
            	    break loop14;
                }
            } while (true);

            // InternalItup.g:458:3: (otherlv_27= 'vision' ( (lv_vision_28_0= RULE_STRING ) ) )?
            int alt15=2;
            int LA15_0 = input.LA(1);

            if ( (LA15_0==23) ) {
                alt15=1;
            }
            switch (alt15) {
                case 1 :
                    // InternalItup.g:459:4: otherlv_27= 'vision' ( (lv_vision_28_0= RULE_STRING ) )
                    {
                    otherlv_27=(Token)match(input,23,FOLLOW_10); 

                    				newLeafNode(otherlv_27, grammarAccess.getPlanAccess().getVisionKeyword_13_0());
                    			
                    // InternalItup.g:463:4: ( (lv_vision_28_0= RULE_STRING ) )
                    // InternalItup.g:464:5: (lv_vision_28_0= RULE_STRING )
                    {
                    // InternalItup.g:464:5: (lv_vision_28_0= RULE_STRING )
                    // InternalItup.g:465:6: lv_vision_28_0= RULE_STRING
                    {
                    lv_vision_28_0=(Token)match(input,RULE_STRING,FOLLOW_21); 

                    						newLeafNode(lv_vision_28_0, grammarAccess.getPlanAccess().getVisionSTRINGTerminalRuleCall_13_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getPlanRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"vision",
                    							lv_vision_28_0,
                    							"org.eclipse.xtext.common.Terminals.STRING");
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalItup.g:482:3: (otherlv_29= 'mission' ( (lv_mission_30_0= RULE_STRING ) ) )?
            int alt16=2;
            int LA16_0 = input.LA(1);

            if ( (LA16_0==24) ) {
                alt16=1;
            }
            switch (alt16) {
                case 1 :
                    // InternalItup.g:483:4: otherlv_29= 'mission' ( (lv_mission_30_0= RULE_STRING ) )
                    {
                    otherlv_29=(Token)match(input,24,FOLLOW_10); 

                    				newLeafNode(otherlv_29, grammarAccess.getPlanAccess().getMissionKeyword_14_0());
                    			
                    // InternalItup.g:487:4: ( (lv_mission_30_0= RULE_STRING ) )
                    // InternalItup.g:488:5: (lv_mission_30_0= RULE_STRING )
                    {
                    // InternalItup.g:488:5: (lv_mission_30_0= RULE_STRING )
                    // InternalItup.g:489:6: lv_mission_30_0= RULE_STRING
                    {
                    lv_mission_30_0=(Token)match(input,RULE_STRING,FOLLOW_22); 

                    						newLeafNode(lv_mission_30_0, grammarAccess.getPlanAccess().getMissionSTRINGTerminalRuleCall_14_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getPlanRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"mission",
                    							lv_mission_30_0,
                    							"org.eclipse.xtext.common.Terminals.STRING");
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalItup.g:506:3: (otherlv_31= 'sectors' ( ( ruleCode ) ) (otherlv_33= ',' ( ( ruleCode ) ) )* )?
            int alt18=2;
            int LA18_0 = input.LA(1);

            if ( (LA18_0==25) ) {
                alt18=1;
            }
            switch (alt18) {
                case 1 :
                    // InternalItup.g:507:4: otherlv_31= 'sectors' ( ( ruleCode ) ) (otherlv_33= ',' ( ( ruleCode ) ) )*
                    {
                    otherlv_31=(Token)match(input,25,FOLLOW_18); 

                    				newLeafNode(otherlv_31, grammarAccess.getPlanAccess().getSectorsKeyword_15_0());
                    			
                    // InternalItup.g:511:4: ( ( ruleCode ) )
                    // InternalItup.g:512:5: ( ruleCode )
                    {
                    // InternalItup.g:512:5: ( ruleCode )
                    // InternalItup.g:513:6: ruleCode
                    {

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getPlanRule());
                    						}
                    					

                    						newCompositeNode(grammarAccess.getPlanAccess().getSectorOrderSectorCrossReference_15_1_0());
                    					
                    pushFollow(FOLLOW_23);
                    ruleCode();

                    state._fsp--;


                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }

                    // InternalItup.g:527:4: (otherlv_33= ',' ( ( ruleCode ) ) )*
                    loop17:
                    do {
                        int alt17=2;
                        int LA17_0 = input.LA(1);

                        if ( (LA17_0==18) ) {
                            alt17=1;
                        }


                        switch (alt17) {
                    	case 1 :
                    	    // InternalItup.g:528:5: otherlv_33= ',' ( ( ruleCode ) )
                    	    {
                    	    otherlv_33=(Token)match(input,18,FOLLOW_18); 

                    	    					newLeafNode(otherlv_33, grammarAccess.getPlanAccess().getCommaKeyword_15_2_0());
                    	    				
                    	    // InternalItup.g:532:5: ( ( ruleCode ) )
                    	    // InternalItup.g:533:6: ( ruleCode )
                    	    {
                    	    // InternalItup.g:533:6: ( ruleCode )
                    	    // InternalItup.g:534:7: ruleCode
                    	    {

                    	    							if (current==null) {
                    	    								current = createModelElement(grammarAccess.getPlanRule());
                    	    							}
                    	    						

                    	    							newCompositeNode(grammarAccess.getPlanAccess().getSectorOrderSectorCrossReference_15_2_1_0());
                    	    						
                    	    pushFollow(FOLLOW_23);
                    	    ruleCode();

                    	    state._fsp--;


                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop17;
                        }
                    } while (true);


                    }
                    break;

            }

            // InternalItup.g:550:3: ( ( (lv_values_35_0= ruleCoreValue ) ) | ( (lv_goals_36_0= ruleGoal ) ) | ( (lv_sectors_37_0= ruleSector ) ) | ( (lv_risks_38_0= ruleStrategicRisk ) ) | (otherlv_39= 'swot' otherlv_40= '{' ( (lv_swot_41_0= ruleSwotItem ) )* otherlv_42= '}' ) | (otherlv_43= 'wsis' otherlv_44= 'facilitator' ( (lv_wsisActionLines_45_0= ruleCode ) ) (otherlv_46= ',' ( (lv_wsisActionLines_47_0= ruleCode ) ) )* ) | (otherlv_48= 'sdg' otherlv_49= 'custodian' ( (lv_sdgCustodianIndicators_50_0= ruleCode ) ) (otherlv_51= ',' ( (lv_sdgCustodianIndicators_52_0= ruleCode ) ) )* ) | ( (lv_criteria_53_0= ruleImplementationCriterion ) ) | ( (lv_glossary_54_0= ruleGlossaryTerm ) ) )*
            loop22:
            do {
                int alt22=10;
                switch ( input.LA(1) ) {
                case 49:
                    {
                    alt22=1;
                    }
                    break;
                case 69:
                    {
                    alt22=2;
                    }
                    break;
                case 61:
                case 62:
                case 106:
                case 111:
                case 112:
                    {
                    alt22=3;
                    }
                    break;
                case 21:
                    {
                    alt22=4;
                    }
                    break;
                case 26:
                    {
                    alt22=5;
                    }
                    break;
                case 29:
                    {
                    alt22=6;
                    }
                    break;
                case 31:
                    {
                    alt22=7;
                    }
                    break;
                case 100:
                    {
                    alt22=8;
                    }
                    break;
                case 101:
                    {
                    alt22=9;
                    }
                    break;

                }

                switch (alt22) {
            	case 1 :
            	    // InternalItup.g:551:4: ( (lv_values_35_0= ruleCoreValue ) )
            	    {
            	    // InternalItup.g:551:4: ( (lv_values_35_0= ruleCoreValue ) )
            	    // InternalItup.g:552:5: (lv_values_35_0= ruleCoreValue )
            	    {
            	    // InternalItup.g:552:5: (lv_values_35_0= ruleCoreValue )
            	    // InternalItup.g:553:6: lv_values_35_0= ruleCoreValue
            	    {

            	    						newCompositeNode(grammarAccess.getPlanAccess().getValuesCoreValueParserRuleCall_16_0_0());
            	    					
            	    pushFollow(FOLLOW_24);
            	    lv_values_35_0=ruleCoreValue();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getPlanRule());
            	    						}
            	    						add(
            	    							current,
            	    							"values",
            	    							lv_values_35_0,
            	    							"org.itup.dsl.Itup.CoreValue");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 2 :
            	    // InternalItup.g:571:4: ( (lv_goals_36_0= ruleGoal ) )
            	    {
            	    // InternalItup.g:571:4: ( (lv_goals_36_0= ruleGoal ) )
            	    // InternalItup.g:572:5: (lv_goals_36_0= ruleGoal )
            	    {
            	    // InternalItup.g:572:5: (lv_goals_36_0= ruleGoal )
            	    // InternalItup.g:573:6: lv_goals_36_0= ruleGoal
            	    {

            	    						newCompositeNode(grammarAccess.getPlanAccess().getGoalsGoalParserRuleCall_16_1_0());
            	    					
            	    pushFollow(FOLLOW_24);
            	    lv_goals_36_0=ruleGoal();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getPlanRule());
            	    						}
            	    						add(
            	    							current,
            	    							"goals",
            	    							lv_goals_36_0,
            	    							"org.itup.dsl.Itup.Goal");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 3 :
            	    // InternalItup.g:591:4: ( (lv_sectors_37_0= ruleSector ) )
            	    {
            	    // InternalItup.g:591:4: ( (lv_sectors_37_0= ruleSector ) )
            	    // InternalItup.g:592:5: (lv_sectors_37_0= ruleSector )
            	    {
            	    // InternalItup.g:592:5: (lv_sectors_37_0= ruleSector )
            	    // InternalItup.g:593:6: lv_sectors_37_0= ruleSector
            	    {

            	    						newCompositeNode(grammarAccess.getPlanAccess().getSectorsSectorParserRuleCall_16_2_0());
            	    					
            	    pushFollow(FOLLOW_24);
            	    lv_sectors_37_0=ruleSector();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getPlanRule());
            	    						}
            	    						add(
            	    							current,
            	    							"sectors",
            	    							lv_sectors_37_0,
            	    							"org.itup.dsl.Itup.Sector");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 4 :
            	    // InternalItup.g:611:4: ( (lv_risks_38_0= ruleStrategicRisk ) )
            	    {
            	    // InternalItup.g:611:4: ( (lv_risks_38_0= ruleStrategicRisk ) )
            	    // InternalItup.g:612:5: (lv_risks_38_0= ruleStrategicRisk )
            	    {
            	    // InternalItup.g:612:5: (lv_risks_38_0= ruleStrategicRisk )
            	    // InternalItup.g:613:6: lv_risks_38_0= ruleStrategicRisk
            	    {

            	    						newCompositeNode(grammarAccess.getPlanAccess().getRisksStrategicRiskParserRuleCall_16_3_0());
            	    					
            	    pushFollow(FOLLOW_24);
            	    lv_risks_38_0=ruleStrategicRisk();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getPlanRule());
            	    						}
            	    						add(
            	    							current,
            	    							"risks",
            	    							lv_risks_38_0,
            	    							"org.itup.dsl.Itup.StrategicRisk");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 5 :
            	    // InternalItup.g:631:4: (otherlv_39= 'swot' otherlv_40= '{' ( (lv_swot_41_0= ruleSwotItem ) )* otherlv_42= '}' )
            	    {
            	    // InternalItup.g:631:4: (otherlv_39= 'swot' otherlv_40= '{' ( (lv_swot_41_0= ruleSwotItem ) )* otherlv_42= '}' )
            	    // InternalItup.g:632:5: otherlv_39= 'swot' otherlv_40= '{' ( (lv_swot_41_0= ruleSwotItem ) )* otherlv_42= '}'
            	    {
            	    otherlv_39=(Token)match(input,26,FOLLOW_25); 

            	    					newLeafNode(otherlv_39, grammarAccess.getPlanAccess().getSwotKeyword_16_4_0());
            	    				
            	    otherlv_40=(Token)match(input,27,FOLLOW_26); 

            	    					newLeafNode(otherlv_40, grammarAccess.getPlanAccess().getLeftCurlyBracketKeyword_16_4_1());
            	    				
            	    // InternalItup.g:640:5: ( (lv_swot_41_0= ruleSwotItem ) )*
            	    loop19:
            	    do {
            	        int alt19=2;
            	        int LA19_0 = input.LA(1);

            	        if ( ((LA19_0>=124 && LA19_0<=127)) ) {
            	            alt19=1;
            	        }


            	        switch (alt19) {
            	    	case 1 :
            	    	    // InternalItup.g:641:6: (lv_swot_41_0= ruleSwotItem )
            	    	    {
            	    	    // InternalItup.g:641:6: (lv_swot_41_0= ruleSwotItem )
            	    	    // InternalItup.g:642:7: lv_swot_41_0= ruleSwotItem
            	    	    {

            	    	    							newCompositeNode(grammarAccess.getPlanAccess().getSwotSwotItemParserRuleCall_16_4_2_0());
            	    	    						
            	    	    pushFollow(FOLLOW_26);
            	    	    lv_swot_41_0=ruleSwotItem();

            	    	    state._fsp--;


            	    	    							if (current==null) {
            	    	    								current = createModelElementForParent(grammarAccess.getPlanRule());
            	    	    							}
            	    	    							add(
            	    	    								current,
            	    	    								"swot",
            	    	    								lv_swot_41_0,
            	    	    								"org.itup.dsl.Itup.SwotItem");
            	    	    							afterParserOrEnumRuleCall();
            	    	    						

            	    	    }


            	    	    }
            	    	    break;

            	    	default :
            	    	    break loop19;
            	        }
            	    } while (true);

            	    otherlv_42=(Token)match(input,28,FOLLOW_24); 

            	    					newLeafNode(otherlv_42, grammarAccess.getPlanAccess().getRightCurlyBracketKeyword_16_4_3());
            	    				

            	    }


            	    }
            	    break;
            	case 6 :
            	    // InternalItup.g:665:4: (otherlv_43= 'wsis' otherlv_44= 'facilitator' ( (lv_wsisActionLines_45_0= ruleCode ) ) (otherlv_46= ',' ( (lv_wsisActionLines_47_0= ruleCode ) ) )* )
            	    {
            	    // InternalItup.g:665:4: (otherlv_43= 'wsis' otherlv_44= 'facilitator' ( (lv_wsisActionLines_45_0= ruleCode ) ) (otherlv_46= ',' ( (lv_wsisActionLines_47_0= ruleCode ) ) )* )
            	    // InternalItup.g:666:5: otherlv_43= 'wsis' otherlv_44= 'facilitator' ( (lv_wsisActionLines_45_0= ruleCode ) ) (otherlv_46= ',' ( (lv_wsisActionLines_47_0= ruleCode ) ) )*
            	    {
            	    otherlv_43=(Token)match(input,29,FOLLOW_27); 

            	    					newLeafNode(otherlv_43, grammarAccess.getPlanAccess().getWsisKeyword_16_5_0());
            	    				
            	    otherlv_44=(Token)match(input,30,FOLLOW_18); 

            	    					newLeafNode(otherlv_44, grammarAccess.getPlanAccess().getFacilitatorKeyword_16_5_1());
            	    				
            	    // InternalItup.g:674:5: ( (lv_wsisActionLines_45_0= ruleCode ) )
            	    // InternalItup.g:675:6: (lv_wsisActionLines_45_0= ruleCode )
            	    {
            	    // InternalItup.g:675:6: (lv_wsisActionLines_45_0= ruleCode )
            	    // InternalItup.g:676:7: lv_wsisActionLines_45_0= ruleCode
            	    {

            	    							newCompositeNode(grammarAccess.getPlanAccess().getWsisActionLinesCodeParserRuleCall_16_5_2_0());
            	    						
            	    pushFollow(FOLLOW_23);
            	    lv_wsisActionLines_45_0=ruleCode();

            	    state._fsp--;


            	    							if (current==null) {
            	    								current = createModelElementForParent(grammarAccess.getPlanRule());
            	    							}
            	    							add(
            	    								current,
            	    								"wsisActionLines",
            	    								lv_wsisActionLines_45_0,
            	    								"org.itup.dsl.Itup.Code");
            	    							afterParserOrEnumRuleCall();
            	    						

            	    }


            	    }

            	    // InternalItup.g:693:5: (otherlv_46= ',' ( (lv_wsisActionLines_47_0= ruleCode ) ) )*
            	    loop20:
            	    do {
            	        int alt20=2;
            	        int LA20_0 = input.LA(1);

            	        if ( (LA20_0==18) ) {
            	            alt20=1;
            	        }


            	        switch (alt20) {
            	    	case 1 :
            	    	    // InternalItup.g:694:6: otherlv_46= ',' ( (lv_wsisActionLines_47_0= ruleCode ) )
            	    	    {
            	    	    otherlv_46=(Token)match(input,18,FOLLOW_18); 

            	    	    						newLeafNode(otherlv_46, grammarAccess.getPlanAccess().getCommaKeyword_16_5_3_0());
            	    	    					
            	    	    // InternalItup.g:698:6: ( (lv_wsisActionLines_47_0= ruleCode ) )
            	    	    // InternalItup.g:699:7: (lv_wsisActionLines_47_0= ruleCode )
            	    	    {
            	    	    // InternalItup.g:699:7: (lv_wsisActionLines_47_0= ruleCode )
            	    	    // InternalItup.g:700:8: lv_wsisActionLines_47_0= ruleCode
            	    	    {

            	    	    								newCompositeNode(grammarAccess.getPlanAccess().getWsisActionLinesCodeParserRuleCall_16_5_3_1_0());
            	    	    							
            	    	    pushFollow(FOLLOW_23);
            	    	    lv_wsisActionLines_47_0=ruleCode();

            	    	    state._fsp--;


            	    	    								if (current==null) {
            	    	    									current = createModelElementForParent(grammarAccess.getPlanRule());
            	    	    								}
            	    	    								add(
            	    	    									current,
            	    	    									"wsisActionLines",
            	    	    									lv_wsisActionLines_47_0,
            	    	    									"org.itup.dsl.Itup.Code");
            	    	    								afterParserOrEnumRuleCall();
            	    	    							

            	    	    }


            	    	    }


            	    	    }
            	    	    break;

            	    	default :
            	    	    break loop20;
            	        }
            	    } while (true);


            	    }


            	    }
            	    break;
            	case 7 :
            	    // InternalItup.g:720:4: (otherlv_48= 'sdg' otherlv_49= 'custodian' ( (lv_sdgCustodianIndicators_50_0= ruleCode ) ) (otherlv_51= ',' ( (lv_sdgCustodianIndicators_52_0= ruleCode ) ) )* )
            	    {
            	    // InternalItup.g:720:4: (otherlv_48= 'sdg' otherlv_49= 'custodian' ( (lv_sdgCustodianIndicators_50_0= ruleCode ) ) (otherlv_51= ',' ( (lv_sdgCustodianIndicators_52_0= ruleCode ) ) )* )
            	    // InternalItup.g:721:5: otherlv_48= 'sdg' otherlv_49= 'custodian' ( (lv_sdgCustodianIndicators_50_0= ruleCode ) ) (otherlv_51= ',' ( (lv_sdgCustodianIndicators_52_0= ruleCode ) ) )*
            	    {
            	    otherlv_48=(Token)match(input,31,FOLLOW_28); 

            	    					newLeafNode(otherlv_48, grammarAccess.getPlanAccess().getSdgKeyword_16_6_0());
            	    				
            	    otherlv_49=(Token)match(input,32,FOLLOW_18); 

            	    					newLeafNode(otherlv_49, grammarAccess.getPlanAccess().getCustodianKeyword_16_6_1());
            	    				
            	    // InternalItup.g:729:5: ( (lv_sdgCustodianIndicators_50_0= ruleCode ) )
            	    // InternalItup.g:730:6: (lv_sdgCustodianIndicators_50_0= ruleCode )
            	    {
            	    // InternalItup.g:730:6: (lv_sdgCustodianIndicators_50_0= ruleCode )
            	    // InternalItup.g:731:7: lv_sdgCustodianIndicators_50_0= ruleCode
            	    {

            	    							newCompositeNode(grammarAccess.getPlanAccess().getSdgCustodianIndicatorsCodeParserRuleCall_16_6_2_0());
            	    						
            	    pushFollow(FOLLOW_23);
            	    lv_sdgCustodianIndicators_50_0=ruleCode();

            	    state._fsp--;


            	    							if (current==null) {
            	    								current = createModelElementForParent(grammarAccess.getPlanRule());
            	    							}
            	    							add(
            	    								current,
            	    								"sdgCustodianIndicators",
            	    								lv_sdgCustodianIndicators_50_0,
            	    								"org.itup.dsl.Itup.Code");
            	    							afterParserOrEnumRuleCall();
            	    						

            	    }


            	    }

            	    // InternalItup.g:748:5: (otherlv_51= ',' ( (lv_sdgCustodianIndicators_52_0= ruleCode ) ) )*
            	    loop21:
            	    do {
            	        int alt21=2;
            	        int LA21_0 = input.LA(1);

            	        if ( (LA21_0==18) ) {
            	            alt21=1;
            	        }


            	        switch (alt21) {
            	    	case 1 :
            	    	    // InternalItup.g:749:6: otherlv_51= ',' ( (lv_sdgCustodianIndicators_52_0= ruleCode ) )
            	    	    {
            	    	    otherlv_51=(Token)match(input,18,FOLLOW_18); 

            	    	    						newLeafNode(otherlv_51, grammarAccess.getPlanAccess().getCommaKeyword_16_6_3_0());
            	    	    					
            	    	    // InternalItup.g:753:6: ( (lv_sdgCustodianIndicators_52_0= ruleCode ) )
            	    	    // InternalItup.g:754:7: (lv_sdgCustodianIndicators_52_0= ruleCode )
            	    	    {
            	    	    // InternalItup.g:754:7: (lv_sdgCustodianIndicators_52_0= ruleCode )
            	    	    // InternalItup.g:755:8: lv_sdgCustodianIndicators_52_0= ruleCode
            	    	    {

            	    	    								newCompositeNode(grammarAccess.getPlanAccess().getSdgCustodianIndicatorsCodeParserRuleCall_16_6_3_1_0());
            	    	    							
            	    	    pushFollow(FOLLOW_23);
            	    	    lv_sdgCustodianIndicators_52_0=ruleCode();

            	    	    state._fsp--;


            	    	    								if (current==null) {
            	    	    									current = createModelElementForParent(grammarAccess.getPlanRule());
            	    	    								}
            	    	    								add(
            	    	    									current,
            	    	    									"sdgCustodianIndicators",
            	    	    									lv_sdgCustodianIndicators_52_0,
            	    	    									"org.itup.dsl.Itup.Code");
            	    	    								afterParserOrEnumRuleCall();
            	    	    							

            	    	    }


            	    	    }


            	    	    }
            	    	    break;

            	    	default :
            	    	    break loop21;
            	        }
            	    } while (true);


            	    }


            	    }
            	    break;
            	case 8 :
            	    // InternalItup.g:775:4: ( (lv_criteria_53_0= ruleImplementationCriterion ) )
            	    {
            	    // InternalItup.g:775:4: ( (lv_criteria_53_0= ruleImplementationCriterion ) )
            	    // InternalItup.g:776:5: (lv_criteria_53_0= ruleImplementationCriterion )
            	    {
            	    // InternalItup.g:776:5: (lv_criteria_53_0= ruleImplementationCriterion )
            	    // InternalItup.g:777:6: lv_criteria_53_0= ruleImplementationCriterion
            	    {

            	    						newCompositeNode(grammarAccess.getPlanAccess().getCriteriaImplementationCriterionParserRuleCall_16_7_0());
            	    					
            	    pushFollow(FOLLOW_24);
            	    lv_criteria_53_0=ruleImplementationCriterion();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getPlanRule());
            	    						}
            	    						add(
            	    							current,
            	    							"criteria",
            	    							lv_criteria_53_0,
            	    							"org.itup.dsl.Itup.ImplementationCriterion");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 9 :
            	    // InternalItup.g:795:4: ( (lv_glossary_54_0= ruleGlossaryTerm ) )
            	    {
            	    // InternalItup.g:795:4: ( (lv_glossary_54_0= ruleGlossaryTerm ) )
            	    // InternalItup.g:796:5: (lv_glossary_54_0= ruleGlossaryTerm )
            	    {
            	    // InternalItup.g:796:5: (lv_glossary_54_0= ruleGlossaryTerm )
            	    // InternalItup.g:797:6: lv_glossary_54_0= ruleGlossaryTerm
            	    {

            	    						newCompositeNode(grammarAccess.getPlanAccess().getGlossaryGlossaryTermParserRuleCall_16_8_0());
            	    					
            	    pushFollow(FOLLOW_24);
            	    lv_glossary_54_0=ruleGlossaryTerm();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getPlanRule());
            	    						}
            	    						add(
            	    							current,
            	    							"glossary",
            	    							lv_glossary_54_0,
            	    							"org.itup.dsl.Itup.GlossaryTerm");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;

            	default :
            	    break loop22;
                }
            } while (true);


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "rulePlan"


    // $ANTLR start "entryRuleOperationalPlan"
    // InternalItup.g:819:1: entryRuleOperationalPlan returns [EObject current=null] : iv_ruleOperationalPlan= ruleOperationalPlan EOF ;
    public final EObject entryRuleOperationalPlan() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleOperationalPlan = null;


        try {
            // InternalItup.g:819:56: (iv_ruleOperationalPlan= ruleOperationalPlan EOF )
            // InternalItup.g:820:2: iv_ruleOperationalPlan= ruleOperationalPlan EOF
            {
             newCompositeNode(grammarAccess.getOperationalPlanRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleOperationalPlan=ruleOperationalPlan();

            state._fsp--;

             current =iv_ruleOperationalPlan; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleOperationalPlan"


    // $ANTLR start "ruleOperationalPlan"
    // InternalItup.g:826:1: ruleOperationalPlan returns [EObject current=null] : (otherlv_0= 'operational' otherlv_1= 'plan' ( (lv_name_2_0= rulePlanName ) ) otherlv_3= 'for' ( ( ruleCode ) ) otherlv_5= 'year' ( (lv_year_6_0= ruleYear ) ) otherlv_7= 'implements' ( ( rulePlanName ) ) (otherlv_9= 'responsible' ( (lv_responsibleUnit_10_0= RULE_STRING ) ) )? ( (lv_objectives_11_0= ruleObjectivePlan ) )* ( (lv_retiredOutputs_12_0= ruleRetiredOutput ) )* ) ;
    public final EObject ruleOperationalPlan() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_1=null;
        Token otherlv_3=null;
        Token otherlv_5=null;
        Token otherlv_7=null;
        Token otherlv_9=null;
        Token lv_responsibleUnit_10_0=null;
        AntlrDatatypeRuleToken lv_name_2_0 = null;

        AntlrDatatypeRuleToken lv_year_6_0 = null;

        EObject lv_objectives_11_0 = null;

        EObject lv_retiredOutputs_12_0 = null;



        	enterRule();

        try {
            // InternalItup.g:832:2: ( (otherlv_0= 'operational' otherlv_1= 'plan' ( (lv_name_2_0= rulePlanName ) ) otherlv_3= 'for' ( ( ruleCode ) ) otherlv_5= 'year' ( (lv_year_6_0= ruleYear ) ) otherlv_7= 'implements' ( ( rulePlanName ) ) (otherlv_9= 'responsible' ( (lv_responsibleUnit_10_0= RULE_STRING ) ) )? ( (lv_objectives_11_0= ruleObjectivePlan ) )* ( (lv_retiredOutputs_12_0= ruleRetiredOutput ) )* ) )
            // InternalItup.g:833:2: (otherlv_0= 'operational' otherlv_1= 'plan' ( (lv_name_2_0= rulePlanName ) ) otherlv_3= 'for' ( ( ruleCode ) ) otherlv_5= 'year' ( (lv_year_6_0= ruleYear ) ) otherlv_7= 'implements' ( ( rulePlanName ) ) (otherlv_9= 'responsible' ( (lv_responsibleUnit_10_0= RULE_STRING ) ) )? ( (lv_objectives_11_0= ruleObjectivePlan ) )* ( (lv_retiredOutputs_12_0= ruleRetiredOutput ) )* )
            {
            // InternalItup.g:833:2: (otherlv_0= 'operational' otherlv_1= 'plan' ( (lv_name_2_0= rulePlanName ) ) otherlv_3= 'for' ( ( ruleCode ) ) otherlv_5= 'year' ( (lv_year_6_0= ruleYear ) ) otherlv_7= 'implements' ( ( rulePlanName ) ) (otherlv_9= 'responsible' ( (lv_responsibleUnit_10_0= RULE_STRING ) ) )? ( (lv_objectives_11_0= ruleObjectivePlan ) )* ( (lv_retiredOutputs_12_0= ruleRetiredOutput ) )* )
            // InternalItup.g:834:3: otherlv_0= 'operational' otherlv_1= 'plan' ( (lv_name_2_0= rulePlanName ) ) otherlv_3= 'for' ( ( ruleCode ) ) otherlv_5= 'year' ( (lv_year_6_0= ruleYear ) ) otherlv_7= 'implements' ( ( rulePlanName ) ) (otherlv_9= 'responsible' ( (lv_responsibleUnit_10_0= RULE_STRING ) ) )? ( (lv_objectives_11_0= ruleObjectivePlan ) )* ( (lv_retiredOutputs_12_0= ruleRetiredOutput ) )*
            {
            otherlv_0=(Token)match(input,33,FOLLOW_29); 

            			newLeafNode(otherlv_0, grammarAccess.getOperationalPlanAccess().getOperationalKeyword_0());
            		
            otherlv_1=(Token)match(input,11,FOLLOW_3); 

            			newLeafNode(otherlv_1, grammarAccess.getOperationalPlanAccess().getPlanKeyword_1());
            		
            // InternalItup.g:842:3: ( (lv_name_2_0= rulePlanName ) )
            // InternalItup.g:843:4: (lv_name_2_0= rulePlanName )
            {
            // InternalItup.g:843:4: (lv_name_2_0= rulePlanName )
            // InternalItup.g:844:5: lv_name_2_0= rulePlanName
            {

            					newCompositeNode(grammarAccess.getOperationalPlanAccess().getNamePlanNameParserRuleCall_2_0());
            				
            pushFollow(FOLLOW_30);
            lv_name_2_0=rulePlanName();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getOperationalPlanRule());
            					}
            					set(
            						current,
            						"name",
            						lv_name_2_0,
            						"org.itup.dsl.Itup.PlanName");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_3=(Token)match(input,34,FOLLOW_18); 

            			newLeafNode(otherlv_3, grammarAccess.getOperationalPlanAccess().getForKeyword_3());
            		
            // InternalItup.g:865:3: ( ( ruleCode ) )
            // InternalItup.g:866:4: ( ruleCode )
            {
            // InternalItup.g:866:4: ( ruleCode )
            // InternalItup.g:867:5: ruleCode
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getOperationalPlanRule());
            					}
            				

            					newCompositeNode(grammarAccess.getOperationalPlanAccess().getSectorSectorCrossReference_4_0());
            				
            pushFollow(FOLLOW_31);
            ruleCode();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_5=(Token)match(input,35,FOLLOW_6); 

            			newLeafNode(otherlv_5, grammarAccess.getOperationalPlanAccess().getYearKeyword_5());
            		
            // InternalItup.g:885:3: ( (lv_year_6_0= ruleYear ) )
            // InternalItup.g:886:4: (lv_year_6_0= ruleYear )
            {
            // InternalItup.g:886:4: (lv_year_6_0= ruleYear )
            // InternalItup.g:887:5: lv_year_6_0= ruleYear
            {

            					newCompositeNode(grammarAccess.getOperationalPlanAccess().getYearYearParserRuleCall_6_0());
            				
            pushFollow(FOLLOW_32);
            lv_year_6_0=ruleYear();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getOperationalPlanRule());
            					}
            					set(
            						current,
            						"year",
            						lv_year_6_0,
            						"org.itup.dsl.Itup.Year");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_7=(Token)match(input,36,FOLLOW_3); 

            			newLeafNode(otherlv_7, grammarAccess.getOperationalPlanAccess().getImplementsKeyword_7());
            		
            // InternalItup.g:908:3: ( ( rulePlanName ) )
            // InternalItup.g:909:4: ( rulePlanName )
            {
            // InternalItup.g:909:4: ( rulePlanName )
            // InternalItup.g:910:5: rulePlanName
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getOperationalPlanRule());
            					}
            				

            					newCompositeNode(grammarAccess.getOperationalPlanAccess().getStrategicPlanPlanCrossReference_8_0());
            				
            pushFollow(FOLLOW_33);
            rulePlanName();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalItup.g:924:3: (otherlv_9= 'responsible' ( (lv_responsibleUnit_10_0= RULE_STRING ) ) )?
            int alt23=2;
            int LA23_0 = input.LA(1);

            if ( (LA23_0==37) ) {
                alt23=1;
            }
            switch (alt23) {
                case 1 :
                    // InternalItup.g:925:4: otherlv_9= 'responsible' ( (lv_responsibleUnit_10_0= RULE_STRING ) )
                    {
                    otherlv_9=(Token)match(input,37,FOLLOW_10); 

                    				newLeafNode(otherlv_9, grammarAccess.getOperationalPlanAccess().getResponsibleKeyword_9_0());
                    			
                    // InternalItup.g:929:4: ( (lv_responsibleUnit_10_0= RULE_STRING ) )
                    // InternalItup.g:930:5: (lv_responsibleUnit_10_0= RULE_STRING )
                    {
                    // InternalItup.g:930:5: (lv_responsibleUnit_10_0= RULE_STRING )
                    // InternalItup.g:931:6: lv_responsibleUnit_10_0= RULE_STRING
                    {
                    lv_responsibleUnit_10_0=(Token)match(input,RULE_STRING,FOLLOW_34); 

                    						newLeafNode(lv_responsibleUnit_10_0, grammarAccess.getOperationalPlanAccess().getResponsibleUnitSTRINGTerminalRuleCall_9_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getOperationalPlanRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"responsibleUnit",
                    							lv_responsibleUnit_10_0,
                    							"org.eclipse.xtext.common.Terminals.STRING");
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalItup.g:948:3: ( (lv_objectives_11_0= ruleObjectivePlan ) )*
            loop24:
            do {
                int alt24=2;
                int LA24_0 = input.LA(1);

                if ( (LA24_0==38) ) {
                    alt24=1;
                }


                switch (alt24) {
            	case 1 :
            	    // InternalItup.g:949:4: (lv_objectives_11_0= ruleObjectivePlan )
            	    {
            	    // InternalItup.g:949:4: (lv_objectives_11_0= ruleObjectivePlan )
            	    // InternalItup.g:950:5: lv_objectives_11_0= ruleObjectivePlan
            	    {

            	    					newCompositeNode(grammarAccess.getOperationalPlanAccess().getObjectivesObjectivePlanParserRuleCall_10_0());
            	    				
            	    pushFollow(FOLLOW_34);
            	    lv_objectives_11_0=ruleObjectivePlan();

            	    state._fsp--;


            	    					if (current==null) {
            	    						current = createModelElementForParent(grammarAccess.getOperationalPlanRule());
            	    					}
            	    					add(
            	    						current,
            	    						"objectives",
            	    						lv_objectives_11_0,
            	    						"org.itup.dsl.Itup.ObjectivePlan");
            	    					afterParserOrEnumRuleCall();
            	    				

            	    }


            	    }
            	    break;

            	default :
            	    break loop24;
                }
            } while (true);

            // InternalItup.g:967:3: ( (lv_retiredOutputs_12_0= ruleRetiredOutput ) )*
            loop25:
            do {
                int alt25=2;
                int LA25_0 = input.LA(1);

                if ( (LA25_0==40) ) {
                    alt25=1;
                }


                switch (alt25) {
            	case 1 :
            	    // InternalItup.g:968:4: (lv_retiredOutputs_12_0= ruleRetiredOutput )
            	    {
            	    // InternalItup.g:968:4: (lv_retiredOutputs_12_0= ruleRetiredOutput )
            	    // InternalItup.g:969:5: lv_retiredOutputs_12_0= ruleRetiredOutput
            	    {

            	    					newCompositeNode(grammarAccess.getOperationalPlanAccess().getRetiredOutputsRetiredOutputParserRuleCall_11_0());
            	    				
            	    pushFollow(FOLLOW_35);
            	    lv_retiredOutputs_12_0=ruleRetiredOutput();

            	    state._fsp--;


            	    					if (current==null) {
            	    						current = createModelElementForParent(grammarAccess.getOperationalPlanRule());
            	    					}
            	    					add(
            	    						current,
            	    						"retiredOutputs",
            	    						lv_retiredOutputs_12_0,
            	    						"org.itup.dsl.Itup.RetiredOutput");
            	    					afterParserOrEnumRuleCall();
            	    				

            	    }


            	    }
            	    break;

            	default :
            	    break loop25;
                }
            } while (true);


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleOperationalPlan"


    // $ANTLR start "entryRuleObjectivePlan"
    // InternalItup.g:990:1: entryRuleObjectivePlan returns [EObject current=null] : iv_ruleObjectivePlan= ruleObjectivePlan EOF ;
    public final EObject entryRuleObjectivePlan() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleObjectivePlan = null;


        try {
            // InternalItup.g:990:54: (iv_ruleObjectivePlan= ruleObjectivePlan EOF )
            // InternalItup.g:991:2: iv_ruleObjectivePlan= ruleObjectivePlan EOF
            {
             newCompositeNode(grammarAccess.getObjectivePlanRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleObjectivePlan=ruleObjectivePlan();

            state._fsp--;

             current =iv_ruleObjectivePlan; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleObjectivePlan"


    // $ANTLR start "ruleObjectivePlan"
    // InternalItup.g:997:1: ruleObjectivePlan returns [EObject current=null] : (otherlv_0= 'objective' ( ( ruleCode ) ) otherlv_2= '{' ( (lv_outputs_3_0= ruleOutputPlan ) )* otherlv_4= '}' ) ;
    public final EObject ruleObjectivePlan() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_2=null;
        Token otherlv_4=null;
        EObject lv_outputs_3_0 = null;



        	enterRule();

        try {
            // InternalItup.g:1003:2: ( (otherlv_0= 'objective' ( ( ruleCode ) ) otherlv_2= '{' ( (lv_outputs_3_0= ruleOutputPlan ) )* otherlv_4= '}' ) )
            // InternalItup.g:1004:2: (otherlv_0= 'objective' ( ( ruleCode ) ) otherlv_2= '{' ( (lv_outputs_3_0= ruleOutputPlan ) )* otherlv_4= '}' )
            {
            // InternalItup.g:1004:2: (otherlv_0= 'objective' ( ( ruleCode ) ) otherlv_2= '{' ( (lv_outputs_3_0= ruleOutputPlan ) )* otherlv_4= '}' )
            // InternalItup.g:1005:3: otherlv_0= 'objective' ( ( ruleCode ) ) otherlv_2= '{' ( (lv_outputs_3_0= ruleOutputPlan ) )* otherlv_4= '}'
            {
            otherlv_0=(Token)match(input,38,FOLLOW_18); 

            			newLeafNode(otherlv_0, grammarAccess.getObjectivePlanAccess().getObjectiveKeyword_0());
            		
            // InternalItup.g:1009:3: ( ( ruleCode ) )
            // InternalItup.g:1010:4: ( ruleCode )
            {
            // InternalItup.g:1010:4: ( ruleCode )
            // InternalItup.g:1011:5: ruleCode
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getObjectivePlanRule());
            					}
            				

            					newCompositeNode(grammarAccess.getObjectivePlanAccess().getObjectiveObjectiveCrossReference_1_0());
            				
            pushFollow(FOLLOW_25);
            ruleCode();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_2=(Token)match(input,27,FOLLOW_36); 

            			newLeafNode(otherlv_2, grammarAccess.getObjectivePlanAccess().getLeftCurlyBracketKeyword_2());
            		
            // InternalItup.g:1029:3: ( (lv_outputs_3_0= ruleOutputPlan ) )*
            loop26:
            do {
                int alt26=2;
                int LA26_0 = input.LA(1);

                if ( (LA26_0==39) ) {
                    alt26=1;
                }


                switch (alt26) {
            	case 1 :
            	    // InternalItup.g:1030:4: (lv_outputs_3_0= ruleOutputPlan )
            	    {
            	    // InternalItup.g:1030:4: (lv_outputs_3_0= ruleOutputPlan )
            	    // InternalItup.g:1031:5: lv_outputs_3_0= ruleOutputPlan
            	    {

            	    					newCompositeNode(grammarAccess.getObjectivePlanAccess().getOutputsOutputPlanParserRuleCall_3_0());
            	    				
            	    pushFollow(FOLLOW_36);
            	    lv_outputs_3_0=ruleOutputPlan();

            	    state._fsp--;


            	    					if (current==null) {
            	    						current = createModelElementForParent(grammarAccess.getObjectivePlanRule());
            	    					}
            	    					add(
            	    						current,
            	    						"outputs",
            	    						lv_outputs_3_0,
            	    						"org.itup.dsl.Itup.OutputPlan");
            	    					afterParserOrEnumRuleCall();
            	    				

            	    }


            	    }
            	    break;

            	default :
            	    break loop26;
                }
            } while (true);

            otherlv_4=(Token)match(input,28,FOLLOW_2); 

            			newLeafNode(otherlv_4, grammarAccess.getObjectivePlanAccess().getRightCurlyBracketKeyword_4());
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleObjectivePlan"


    // $ANTLR start "entryRuleOutputPlan"
    // InternalItup.g:1056:1: entryRuleOutputPlan returns [EObject current=null] : iv_ruleOutputPlan= ruleOutputPlan EOF ;
    public final EObject entryRuleOutputPlan() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleOutputPlan = null;


        try {
            // InternalItup.g:1056:51: (iv_ruleOutputPlan= ruleOutputPlan EOF )
            // InternalItup.g:1057:2: iv_ruleOutputPlan= ruleOutputPlan EOF
            {
             newCompositeNode(grammarAccess.getOutputPlanRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleOutputPlan=ruleOutputPlan();

            state._fsp--;

             current =iv_ruleOutputPlan; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleOutputPlan"


    // $ANTLR start "ruleOutputPlan"
    // InternalItup.g:1063:1: ruleOutputPlan returns [EObject current=null] : (otherlv_0= 'output' ( ( ruleCode ) ) otherlv_2= '{' this_OutputWork_3= ruleOutputWork[$current] otherlv_4= '}' ) ;
    public final EObject ruleOutputPlan() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_2=null;
        Token otherlv_4=null;
        EObject this_OutputWork_3 = null;



        	enterRule();

        try {
            // InternalItup.g:1069:2: ( (otherlv_0= 'output' ( ( ruleCode ) ) otherlv_2= '{' this_OutputWork_3= ruleOutputWork[$current] otherlv_4= '}' ) )
            // InternalItup.g:1070:2: (otherlv_0= 'output' ( ( ruleCode ) ) otherlv_2= '{' this_OutputWork_3= ruleOutputWork[$current] otherlv_4= '}' )
            {
            // InternalItup.g:1070:2: (otherlv_0= 'output' ( ( ruleCode ) ) otherlv_2= '{' this_OutputWork_3= ruleOutputWork[$current] otherlv_4= '}' )
            // InternalItup.g:1071:3: otherlv_0= 'output' ( ( ruleCode ) ) otherlv_2= '{' this_OutputWork_3= ruleOutputWork[$current] otherlv_4= '}'
            {
            otherlv_0=(Token)match(input,39,FOLLOW_18); 

            			newLeafNode(otherlv_0, grammarAccess.getOutputPlanAccess().getOutputKeyword_0());
            		
            // InternalItup.g:1075:3: ( ( ruleCode ) )
            // InternalItup.g:1076:4: ( ruleCode )
            {
            // InternalItup.g:1076:4: ( ruleCode )
            // InternalItup.g:1077:5: ruleCode
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getOutputPlanRule());
            					}
            				

            					newCompositeNode(grammarAccess.getOutputPlanAccess().getOutputOutputCrossReference_1_0());
            				
            pushFollow(FOLLOW_25);
            ruleCode();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_2=(Token)match(input,27,FOLLOW_37); 

            			newLeafNode(otherlv_2, grammarAccess.getOutputPlanAccess().getLeftCurlyBracketKeyword_2());
            		

            			if (current==null) {
            				current = createModelElement(grammarAccess.getOutputPlanRule());
            			}
            			newCompositeNode(grammarAccess.getOutputPlanAccess().getOutputWorkParserRuleCall_3());
            		
            pushFollow(FOLLOW_38);
            this_OutputWork_3=ruleOutputWork(current);

            state._fsp--;


            			current = this_OutputWork_3;
            			afterParserOrEnumRuleCall();
            		
            otherlv_4=(Token)match(input,28,FOLLOW_2); 

            			newLeafNode(otherlv_4, grammarAccess.getOutputPlanAccess().getRightCurlyBracketKeyword_4());
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleOutputPlan"


    // $ANTLR start "entryRuleRetiredOutput"
    // InternalItup.g:1114:1: entryRuleRetiredOutput returns [EObject current=null] : iv_ruleRetiredOutput= ruleRetiredOutput EOF ;
    public final EObject entryRuleRetiredOutput() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleRetiredOutput = null;


        try {
            // InternalItup.g:1114:54: (iv_ruleRetiredOutput= ruleRetiredOutput EOF )
            // InternalItup.g:1115:2: iv_ruleRetiredOutput= ruleRetiredOutput EOF
            {
             newCompositeNode(grammarAccess.getRetiredOutputRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleRetiredOutput=ruleRetiredOutput();

            state._fsp--;

             current =iv_ruleRetiredOutput; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleRetiredOutput"


    // $ANTLR start "ruleRetiredOutput"
    // InternalItup.g:1121:1: ruleRetiredOutput returns [EObject current=null] : (otherlv_0= 'retired' otherlv_1= 'output' ( (lv_code_2_0= ruleCode ) ) otherlv_3= '{' this_OutputWork_4= ruleOutputWork[$current] otherlv_5= '}' ) ;
    public final EObject ruleRetiredOutput() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_1=null;
        Token otherlv_3=null;
        Token otherlv_5=null;
        AntlrDatatypeRuleToken lv_code_2_0 = null;

        EObject this_OutputWork_4 = null;



        	enterRule();

        try {
            // InternalItup.g:1127:2: ( (otherlv_0= 'retired' otherlv_1= 'output' ( (lv_code_2_0= ruleCode ) ) otherlv_3= '{' this_OutputWork_4= ruleOutputWork[$current] otherlv_5= '}' ) )
            // InternalItup.g:1128:2: (otherlv_0= 'retired' otherlv_1= 'output' ( (lv_code_2_0= ruleCode ) ) otherlv_3= '{' this_OutputWork_4= ruleOutputWork[$current] otherlv_5= '}' )
            {
            // InternalItup.g:1128:2: (otherlv_0= 'retired' otherlv_1= 'output' ( (lv_code_2_0= ruleCode ) ) otherlv_3= '{' this_OutputWork_4= ruleOutputWork[$current] otherlv_5= '}' )
            // InternalItup.g:1129:3: otherlv_0= 'retired' otherlv_1= 'output' ( (lv_code_2_0= ruleCode ) ) otherlv_3= '{' this_OutputWork_4= ruleOutputWork[$current] otherlv_5= '}'
            {
            otherlv_0=(Token)match(input,40,FOLLOW_39); 

            			newLeafNode(otherlv_0, grammarAccess.getRetiredOutputAccess().getRetiredKeyword_0());
            		
            otherlv_1=(Token)match(input,39,FOLLOW_18); 

            			newLeafNode(otherlv_1, grammarAccess.getRetiredOutputAccess().getOutputKeyword_1());
            		
            // InternalItup.g:1137:3: ( (lv_code_2_0= ruleCode ) )
            // InternalItup.g:1138:4: (lv_code_2_0= ruleCode )
            {
            // InternalItup.g:1138:4: (lv_code_2_0= ruleCode )
            // InternalItup.g:1139:5: lv_code_2_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getRetiredOutputAccess().getCodeCodeParserRuleCall_2_0());
            				
            pushFollow(FOLLOW_25);
            lv_code_2_0=ruleCode();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getRetiredOutputRule());
            					}
            					set(
            						current,
            						"code",
            						lv_code_2_0,
            						"org.itup.dsl.Itup.Code");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_3=(Token)match(input,27,FOLLOW_37); 

            			newLeafNode(otherlv_3, grammarAccess.getRetiredOutputAccess().getLeftCurlyBracketKeyword_3());
            		

            			if (current==null) {
            				current = createModelElement(grammarAccess.getRetiredOutputRule());
            			}
            			newCompositeNode(grammarAccess.getRetiredOutputAccess().getOutputWorkParserRuleCall_4());
            		
            pushFollow(FOLLOW_38);
            this_OutputWork_4=ruleOutputWork(current);

            state._fsp--;


            			current = this_OutputWork_4;
            			afterParserOrEnumRuleCall();
            		
            otherlv_5=(Token)match(input,28,FOLLOW_2); 

            			newLeafNode(otherlv_5, grammarAccess.getRetiredOutputAccess().getRightCurlyBracketKeyword_5());
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleRetiredOutput"


    // $ANTLR start "ruleOutputWork"
    // InternalItup.g:1180:1: ruleOutputWork[EObject in_current] returns [EObject current=in_current] : ( (otherlv_0= 'responsible' ( (lv_responsibleUnit_1_0= RULE_STRING ) ) ) | (otherlv_2= 'activity' ( (lv_activities_3_0= RULE_STRING ) ) ) | ( (lv_indicators_4_0= rulePerformanceIndicator ) ) | ( (lv_resources_5_0= ruleResourceNeed ) ) | ( (lv_timeline_6_0= ruleMilestone ) ) )* ;
    public final EObject ruleOutputWork(EObject in_current) throws RecognitionException {
        EObject current = in_current;

        Token otherlv_0=null;
        Token lv_responsibleUnit_1_0=null;
        Token otherlv_2=null;
        Token lv_activities_3_0=null;
        EObject lv_indicators_4_0 = null;

        EObject lv_resources_5_0 = null;

        EObject lv_timeline_6_0 = null;



        	enterRule();

        try {
            // InternalItup.g:1186:2: ( ( (otherlv_0= 'responsible' ( (lv_responsibleUnit_1_0= RULE_STRING ) ) ) | (otherlv_2= 'activity' ( (lv_activities_3_0= RULE_STRING ) ) ) | ( (lv_indicators_4_0= rulePerformanceIndicator ) ) | ( (lv_resources_5_0= ruleResourceNeed ) ) | ( (lv_timeline_6_0= ruleMilestone ) ) )* )
            // InternalItup.g:1187:2: ( (otherlv_0= 'responsible' ( (lv_responsibleUnit_1_0= RULE_STRING ) ) ) | (otherlv_2= 'activity' ( (lv_activities_3_0= RULE_STRING ) ) ) | ( (lv_indicators_4_0= rulePerformanceIndicator ) ) | ( (lv_resources_5_0= ruleResourceNeed ) ) | ( (lv_timeline_6_0= ruleMilestone ) ) )*
            {
            // InternalItup.g:1187:2: ( (otherlv_0= 'responsible' ( (lv_responsibleUnit_1_0= RULE_STRING ) ) ) | (otherlv_2= 'activity' ( (lv_activities_3_0= RULE_STRING ) ) ) | ( (lv_indicators_4_0= rulePerformanceIndicator ) ) | ( (lv_resources_5_0= ruleResourceNeed ) ) | ( (lv_timeline_6_0= ruleMilestone ) ) )*
            loop27:
            do {
                int alt27=6;
                switch ( input.LA(1) ) {
                case 37:
                    {
                    alt27=1;
                    }
                    break;
                case 41:
                    {
                    alt27=2;
                    }
                    break;
                case 84:
                    {
                    alt27=3;
                    }
                    break;
                case 43:
                    {
                    alt27=4;
                    }
                    break;
                case 11:
                case 42:
                    {
                    alt27=5;
                    }
                    break;

                }

                switch (alt27) {
            	case 1 :
            	    // InternalItup.g:1188:3: (otherlv_0= 'responsible' ( (lv_responsibleUnit_1_0= RULE_STRING ) ) )
            	    {
            	    // InternalItup.g:1188:3: (otherlv_0= 'responsible' ( (lv_responsibleUnit_1_0= RULE_STRING ) ) )
            	    // InternalItup.g:1189:4: otherlv_0= 'responsible' ( (lv_responsibleUnit_1_0= RULE_STRING ) )
            	    {
            	    otherlv_0=(Token)match(input,37,FOLLOW_10); 

            	    				newLeafNode(otherlv_0, grammarAccess.getOutputWorkAccess().getResponsibleKeyword_0_0());
            	    			
            	    // InternalItup.g:1193:4: ( (lv_responsibleUnit_1_0= RULE_STRING ) )
            	    // InternalItup.g:1194:5: (lv_responsibleUnit_1_0= RULE_STRING )
            	    {
            	    // InternalItup.g:1194:5: (lv_responsibleUnit_1_0= RULE_STRING )
            	    // InternalItup.g:1195:6: lv_responsibleUnit_1_0= RULE_STRING
            	    {
            	    lv_responsibleUnit_1_0=(Token)match(input,RULE_STRING,FOLLOW_40); 

            	    						newLeafNode(lv_responsibleUnit_1_0, grammarAccess.getOutputWorkAccess().getResponsibleUnitSTRINGTerminalRuleCall_0_1_0());
            	    					

            	    						if (current==null) {
            	    							current = createModelElement(grammarAccess.getOutputWorkRule());
            	    						}
            	    						setWithLastConsumed(
            	    							current,
            	    							"responsibleUnit",
            	    							lv_responsibleUnit_1_0,
            	    							"org.eclipse.xtext.common.Terminals.STRING");
            	    					

            	    }


            	    }


            	    }


            	    }
            	    break;
            	case 2 :
            	    // InternalItup.g:1213:3: (otherlv_2= 'activity' ( (lv_activities_3_0= RULE_STRING ) ) )
            	    {
            	    // InternalItup.g:1213:3: (otherlv_2= 'activity' ( (lv_activities_3_0= RULE_STRING ) ) )
            	    // InternalItup.g:1214:4: otherlv_2= 'activity' ( (lv_activities_3_0= RULE_STRING ) )
            	    {
            	    otherlv_2=(Token)match(input,41,FOLLOW_10); 

            	    				newLeafNode(otherlv_2, grammarAccess.getOutputWorkAccess().getActivityKeyword_1_0());
            	    			
            	    // InternalItup.g:1218:4: ( (lv_activities_3_0= RULE_STRING ) )
            	    // InternalItup.g:1219:5: (lv_activities_3_0= RULE_STRING )
            	    {
            	    // InternalItup.g:1219:5: (lv_activities_3_0= RULE_STRING )
            	    // InternalItup.g:1220:6: lv_activities_3_0= RULE_STRING
            	    {
            	    lv_activities_3_0=(Token)match(input,RULE_STRING,FOLLOW_40); 

            	    						newLeafNode(lv_activities_3_0, grammarAccess.getOutputWorkAccess().getActivitiesSTRINGTerminalRuleCall_1_1_0());
            	    					

            	    						if (current==null) {
            	    							current = createModelElement(grammarAccess.getOutputWorkRule());
            	    						}
            	    						addWithLastConsumed(
            	    							current,
            	    							"activities",
            	    							lv_activities_3_0,
            	    							"org.eclipse.xtext.common.Terminals.STRING");
            	    					

            	    }


            	    }


            	    }


            	    }
            	    break;
            	case 3 :
            	    // InternalItup.g:1238:3: ( (lv_indicators_4_0= rulePerformanceIndicator ) )
            	    {
            	    // InternalItup.g:1238:3: ( (lv_indicators_4_0= rulePerformanceIndicator ) )
            	    // InternalItup.g:1239:4: (lv_indicators_4_0= rulePerformanceIndicator )
            	    {
            	    // InternalItup.g:1239:4: (lv_indicators_4_0= rulePerformanceIndicator )
            	    // InternalItup.g:1240:5: lv_indicators_4_0= rulePerformanceIndicator
            	    {

            	    					newCompositeNode(grammarAccess.getOutputWorkAccess().getIndicatorsPerformanceIndicatorParserRuleCall_2_0());
            	    				
            	    pushFollow(FOLLOW_40);
            	    lv_indicators_4_0=rulePerformanceIndicator();

            	    state._fsp--;


            	    					if (current==null) {
            	    						current = createModelElementForParent(grammarAccess.getOutputWorkRule());
            	    					}
            	    					add(
            	    						current,
            	    						"indicators",
            	    						lv_indicators_4_0,
            	    						"org.itup.dsl.Itup.PerformanceIndicator");
            	    					afterParserOrEnumRuleCall();
            	    				

            	    }


            	    }


            	    }
            	    break;
            	case 4 :
            	    // InternalItup.g:1258:3: ( (lv_resources_5_0= ruleResourceNeed ) )
            	    {
            	    // InternalItup.g:1258:3: ( (lv_resources_5_0= ruleResourceNeed ) )
            	    // InternalItup.g:1259:4: (lv_resources_5_0= ruleResourceNeed )
            	    {
            	    // InternalItup.g:1259:4: (lv_resources_5_0= ruleResourceNeed )
            	    // InternalItup.g:1260:5: lv_resources_5_0= ruleResourceNeed
            	    {

            	    					newCompositeNode(grammarAccess.getOutputWorkAccess().getResourcesResourceNeedParserRuleCall_3_0());
            	    				
            	    pushFollow(FOLLOW_40);
            	    lv_resources_5_0=ruleResourceNeed();

            	    state._fsp--;


            	    					if (current==null) {
            	    						current = createModelElementForParent(grammarAccess.getOutputWorkRule());
            	    					}
            	    					add(
            	    						current,
            	    						"resources",
            	    						lv_resources_5_0,
            	    						"org.itup.dsl.Itup.ResourceNeed");
            	    					afterParserOrEnumRuleCall();
            	    				

            	    }


            	    }


            	    }
            	    break;
            	case 5 :
            	    // InternalItup.g:1278:3: ( (lv_timeline_6_0= ruleMilestone ) )
            	    {
            	    // InternalItup.g:1278:3: ( (lv_timeline_6_0= ruleMilestone ) )
            	    // InternalItup.g:1279:4: (lv_timeline_6_0= ruleMilestone )
            	    {
            	    // InternalItup.g:1279:4: (lv_timeline_6_0= ruleMilestone )
            	    // InternalItup.g:1280:5: lv_timeline_6_0= ruleMilestone
            	    {

            	    					newCompositeNode(grammarAccess.getOutputWorkAccess().getTimelineMilestoneParserRuleCall_4_0());
            	    				
            	    pushFollow(FOLLOW_40);
            	    lv_timeline_6_0=ruleMilestone();

            	    state._fsp--;


            	    					if (current==null) {
            	    						current = createModelElementForParent(grammarAccess.getOutputWorkRule());
            	    					}
            	    					add(
            	    						current,
            	    						"timeline",
            	    						lv_timeline_6_0,
            	    						"org.itup.dsl.Itup.Milestone");
            	    					afterParserOrEnumRuleCall();
            	    				

            	    }


            	    }


            	    }
            	    break;

            	default :
            	    break loop27;
                }
            } while (true);


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleOutputWork"


    // $ANTLR start "entryRuleMilestone"
    // InternalItup.g:1301:1: entryRuleMilestone returns [EObject current=null] : iv_ruleMilestone= ruleMilestone EOF ;
    public final EObject entryRuleMilestone() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleMilestone = null;


        try {
            // InternalItup.g:1301:50: (iv_ruleMilestone= ruleMilestone EOF )
            // InternalItup.g:1302:2: iv_ruleMilestone= ruleMilestone EOF
            {
             newCompositeNode(grammarAccess.getMilestoneRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleMilestone=ruleMilestone();

            state._fsp--;

             current =iv_ruleMilestone; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleMilestone"


    // $ANTLR start "ruleMilestone"
    // InternalItup.g:1308:1: ruleMilestone returns [EObject current=null] : ( (otherlv_0= 'plan' | ( (lv_forecast_1_0= 'forecast' ) ) ) ( (lv_year_2_0= ruleYear ) ) ( (lv_statement_3_0= RULE_STRING ) ) ) ;
    public final EObject ruleMilestone() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_forecast_1_0=null;
        Token lv_statement_3_0=null;
        AntlrDatatypeRuleToken lv_year_2_0 = null;



        	enterRule();

        try {
            // InternalItup.g:1314:2: ( ( (otherlv_0= 'plan' | ( (lv_forecast_1_0= 'forecast' ) ) ) ( (lv_year_2_0= ruleYear ) ) ( (lv_statement_3_0= RULE_STRING ) ) ) )
            // InternalItup.g:1315:2: ( (otherlv_0= 'plan' | ( (lv_forecast_1_0= 'forecast' ) ) ) ( (lv_year_2_0= ruleYear ) ) ( (lv_statement_3_0= RULE_STRING ) ) )
            {
            // InternalItup.g:1315:2: ( (otherlv_0= 'plan' | ( (lv_forecast_1_0= 'forecast' ) ) ) ( (lv_year_2_0= ruleYear ) ) ( (lv_statement_3_0= RULE_STRING ) ) )
            // InternalItup.g:1316:3: (otherlv_0= 'plan' | ( (lv_forecast_1_0= 'forecast' ) ) ) ( (lv_year_2_0= ruleYear ) ) ( (lv_statement_3_0= RULE_STRING ) )
            {
            // InternalItup.g:1316:3: (otherlv_0= 'plan' | ( (lv_forecast_1_0= 'forecast' ) ) )
            int alt28=2;
            int LA28_0 = input.LA(1);

            if ( (LA28_0==11) ) {
                alt28=1;
            }
            else if ( (LA28_0==42) ) {
                alt28=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 28, 0, input);

                throw nvae;
            }
            switch (alt28) {
                case 1 :
                    // InternalItup.g:1317:4: otherlv_0= 'plan'
                    {
                    otherlv_0=(Token)match(input,11,FOLLOW_6); 

                    				newLeafNode(otherlv_0, grammarAccess.getMilestoneAccess().getPlanKeyword_0_0());
                    			

                    }
                    break;
                case 2 :
                    // InternalItup.g:1322:4: ( (lv_forecast_1_0= 'forecast' ) )
                    {
                    // InternalItup.g:1322:4: ( (lv_forecast_1_0= 'forecast' ) )
                    // InternalItup.g:1323:5: (lv_forecast_1_0= 'forecast' )
                    {
                    // InternalItup.g:1323:5: (lv_forecast_1_0= 'forecast' )
                    // InternalItup.g:1324:6: lv_forecast_1_0= 'forecast'
                    {
                    lv_forecast_1_0=(Token)match(input,42,FOLLOW_6); 

                    						newLeafNode(lv_forecast_1_0, grammarAccess.getMilestoneAccess().getForecastForecastKeyword_0_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getMilestoneRule());
                    						}
                    						setWithLastConsumed(current, "forecast", lv_forecast_1_0 != null, "forecast");
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalItup.g:1337:3: ( (lv_year_2_0= ruleYear ) )
            // InternalItup.g:1338:4: (lv_year_2_0= ruleYear )
            {
            // InternalItup.g:1338:4: (lv_year_2_0= ruleYear )
            // InternalItup.g:1339:5: lv_year_2_0= ruleYear
            {

            					newCompositeNode(grammarAccess.getMilestoneAccess().getYearYearParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_10);
            lv_year_2_0=ruleYear();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getMilestoneRule());
            					}
            					set(
            						current,
            						"year",
            						lv_year_2_0,
            						"org.itup.dsl.Itup.Year");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalItup.g:1356:3: ( (lv_statement_3_0= RULE_STRING ) )
            // InternalItup.g:1357:4: (lv_statement_3_0= RULE_STRING )
            {
            // InternalItup.g:1357:4: (lv_statement_3_0= RULE_STRING )
            // InternalItup.g:1358:5: lv_statement_3_0= RULE_STRING
            {
            lv_statement_3_0=(Token)match(input,RULE_STRING,FOLLOW_2); 

            					newLeafNode(lv_statement_3_0, grammarAccess.getMilestoneAccess().getStatementSTRINGTerminalRuleCall_2_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getMilestoneRule());
            					}
            					setWithLastConsumed(
            						current,
            						"statement",
            						lv_statement_3_0,
            						"org.eclipse.xtext.common.Terminals.STRING");
            				

            }


            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleMilestone"


    // $ANTLR start "entryRuleResourceNeed"
    // InternalItup.g:1378:1: entryRuleResourceNeed returns [EObject current=null] : iv_ruleResourceNeed= ruleResourceNeed EOF ;
    public final EObject entryRuleResourceNeed() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleResourceNeed = null;


        try {
            // InternalItup.g:1378:53: (iv_ruleResourceNeed= ruleResourceNeed EOF )
            // InternalItup.g:1379:2: iv_ruleResourceNeed= ruleResourceNeed EOF
            {
             newCompositeNode(grammarAccess.getResourceNeedRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleResourceNeed=ruleResourceNeed();

            state._fsp--;

             current =iv_ruleResourceNeed; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleResourceNeed"


    // $ANTLR start "ruleResourceNeed"
    // InternalItup.g:1385:1: ruleResourceNeed returns [EObject current=null] : (otherlv_0= 'resources' ( ( (lv_amount_1_0= ruleDecimal ) ) ( (lv_currency_2_0= RULE_STRING ) ) )? ( (lv_description_3_0= RULE_STRING ) )? ) ;
    public final EObject ruleResourceNeed() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_currency_2_0=null;
        Token lv_description_3_0=null;
        AntlrDatatypeRuleToken lv_amount_1_0 = null;



        	enterRule();

        try {
            // InternalItup.g:1391:2: ( (otherlv_0= 'resources' ( ( (lv_amount_1_0= ruleDecimal ) ) ( (lv_currency_2_0= RULE_STRING ) ) )? ( (lv_description_3_0= RULE_STRING ) )? ) )
            // InternalItup.g:1392:2: (otherlv_0= 'resources' ( ( (lv_amount_1_0= ruleDecimal ) ) ( (lv_currency_2_0= RULE_STRING ) ) )? ( (lv_description_3_0= RULE_STRING ) )? )
            {
            // InternalItup.g:1392:2: (otherlv_0= 'resources' ( ( (lv_amount_1_0= ruleDecimal ) ) ( (lv_currency_2_0= RULE_STRING ) ) )? ( (lv_description_3_0= RULE_STRING ) )? )
            // InternalItup.g:1393:3: otherlv_0= 'resources' ( ( (lv_amount_1_0= ruleDecimal ) ) ( (lv_currency_2_0= RULE_STRING ) ) )? ( (lv_description_3_0= RULE_STRING ) )?
            {
            otherlv_0=(Token)match(input,43,FOLLOW_41); 

            			newLeafNode(otherlv_0, grammarAccess.getResourceNeedAccess().getResourcesKeyword_0());
            		
            // InternalItup.g:1397:3: ( ( (lv_amount_1_0= ruleDecimal ) ) ( (lv_currency_2_0= RULE_STRING ) ) )?
            int alt29=2;
            int LA29_0 = input.LA(1);

            if ( (LA29_0==RULE_INT||LA29_0==105) ) {
                alt29=1;
            }
            switch (alt29) {
                case 1 :
                    // InternalItup.g:1398:4: ( (lv_amount_1_0= ruleDecimal ) ) ( (lv_currency_2_0= RULE_STRING ) )
                    {
                    // InternalItup.g:1398:4: ( (lv_amount_1_0= ruleDecimal ) )
                    // InternalItup.g:1399:5: (lv_amount_1_0= ruleDecimal )
                    {
                    // InternalItup.g:1399:5: (lv_amount_1_0= ruleDecimal )
                    // InternalItup.g:1400:6: lv_amount_1_0= ruleDecimal
                    {

                    						newCompositeNode(grammarAccess.getResourceNeedAccess().getAmountDecimalParserRuleCall_1_0_0());
                    					
                    pushFollow(FOLLOW_10);
                    lv_amount_1_0=ruleDecimal();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getResourceNeedRule());
                    						}
                    						set(
                    							current,
                    							"amount",
                    							lv_amount_1_0,
                    							"org.itup.dsl.Itup.Decimal");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }

                    // InternalItup.g:1417:4: ( (lv_currency_2_0= RULE_STRING ) )
                    // InternalItup.g:1418:5: (lv_currency_2_0= RULE_STRING )
                    {
                    // InternalItup.g:1418:5: (lv_currency_2_0= RULE_STRING )
                    // InternalItup.g:1419:6: lv_currency_2_0= RULE_STRING
                    {
                    lv_currency_2_0=(Token)match(input,RULE_STRING,FOLLOW_42); 

                    						newLeafNode(lv_currency_2_0, grammarAccess.getResourceNeedAccess().getCurrencySTRINGTerminalRuleCall_1_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getResourceNeedRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"currency",
                    							lv_currency_2_0,
                    							"org.eclipse.xtext.common.Terminals.STRING");
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalItup.g:1436:3: ( (lv_description_3_0= RULE_STRING ) )?
            int alt30=2;
            int LA30_0 = input.LA(1);

            if ( (LA30_0==RULE_STRING) ) {
                alt30=1;
            }
            switch (alt30) {
                case 1 :
                    // InternalItup.g:1437:4: (lv_description_3_0= RULE_STRING )
                    {
                    // InternalItup.g:1437:4: (lv_description_3_0= RULE_STRING )
                    // InternalItup.g:1438:5: lv_description_3_0= RULE_STRING
                    {
                    lv_description_3_0=(Token)match(input,RULE_STRING,FOLLOW_2); 

                    					newLeafNode(lv_description_3_0, grammarAccess.getResourceNeedAccess().getDescriptionSTRINGTerminalRuleCall_2_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getResourceNeedRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"description",
                    						lv_description_3_0,
                    						"org.eclipse.xtext.common.Terminals.STRING");
                    				

                    }


                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleResourceNeed"


    // $ANTLR start "entryRuleMonitoringFile"
    // InternalItup.g:1458:1: entryRuleMonitoringFile returns [EObject current=null] : iv_ruleMonitoringFile= ruleMonitoringFile EOF ;
    public final EObject entryRuleMonitoringFile() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleMonitoringFile = null;


        try {
            // InternalItup.g:1458:55: (iv_ruleMonitoringFile= ruleMonitoringFile EOF )
            // InternalItup.g:1459:2: iv_ruleMonitoringFile= ruleMonitoringFile EOF
            {
             newCompositeNode(grammarAccess.getMonitoringFileRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleMonitoringFile=ruleMonitoringFile();

            state._fsp--;

             current =iv_ruleMonitoringFile; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleMonitoringFile"


    // $ANTLR start "ruleMonitoringFile"
    // InternalItup.g:1465:1: ruleMonitoringFile returns [EObject current=null] : (otherlv_0= 'monitoring' otherlv_1= 'of' ( ( rulePlanName ) ) ( (otherlv_3= 'data' ( (lv_dataFiles_4_0= RULE_STRING ) ) ) | ( (lv_measurements_5_0= ruleMeasurement ) ) | ( (lv_expenditures_6_0= ruleExpenditure ) ) | ( (lv_assessments_7_0= ruleAssessment ) ) )* ) ;
    public final EObject ruleMonitoringFile() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_1=null;
        Token otherlv_3=null;
        Token lv_dataFiles_4_0=null;
        EObject lv_measurements_5_0 = null;

        EObject lv_expenditures_6_0 = null;

        EObject lv_assessments_7_0 = null;



        	enterRule();

        try {
            // InternalItup.g:1471:2: ( (otherlv_0= 'monitoring' otherlv_1= 'of' ( ( rulePlanName ) ) ( (otherlv_3= 'data' ( (lv_dataFiles_4_0= RULE_STRING ) ) ) | ( (lv_measurements_5_0= ruleMeasurement ) ) | ( (lv_expenditures_6_0= ruleExpenditure ) ) | ( (lv_assessments_7_0= ruleAssessment ) ) )* ) )
            // InternalItup.g:1472:2: (otherlv_0= 'monitoring' otherlv_1= 'of' ( ( rulePlanName ) ) ( (otherlv_3= 'data' ( (lv_dataFiles_4_0= RULE_STRING ) ) ) | ( (lv_measurements_5_0= ruleMeasurement ) ) | ( (lv_expenditures_6_0= ruleExpenditure ) ) | ( (lv_assessments_7_0= ruleAssessment ) ) )* )
            {
            // InternalItup.g:1472:2: (otherlv_0= 'monitoring' otherlv_1= 'of' ( ( rulePlanName ) ) ( (otherlv_3= 'data' ( (lv_dataFiles_4_0= RULE_STRING ) ) ) | ( (lv_measurements_5_0= ruleMeasurement ) ) | ( (lv_expenditures_6_0= ruleExpenditure ) ) | ( (lv_assessments_7_0= ruleAssessment ) ) )* )
            // InternalItup.g:1473:3: otherlv_0= 'monitoring' otherlv_1= 'of' ( ( rulePlanName ) ) ( (otherlv_3= 'data' ( (lv_dataFiles_4_0= RULE_STRING ) ) ) | ( (lv_measurements_5_0= ruleMeasurement ) ) | ( (lv_expenditures_6_0= ruleExpenditure ) ) | ( (lv_assessments_7_0= ruleAssessment ) ) )*
            {
            otherlv_0=(Token)match(input,44,FOLLOW_43); 

            			newLeafNode(otherlv_0, grammarAccess.getMonitoringFileAccess().getMonitoringKeyword_0());
            		
            otherlv_1=(Token)match(input,45,FOLLOW_3); 

            			newLeafNode(otherlv_1, grammarAccess.getMonitoringFileAccess().getOfKeyword_1());
            		
            // InternalItup.g:1481:3: ( ( rulePlanName ) )
            // InternalItup.g:1482:4: ( rulePlanName )
            {
            // InternalItup.g:1482:4: ( rulePlanName )
            // InternalItup.g:1483:5: rulePlanName
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getMonitoringFileRule());
            					}
            				

            					newCompositeNode(grammarAccess.getMonitoringFileAccess().getPlanPlanCrossReference_2_0());
            				
            pushFollow(FOLLOW_44);
            rulePlanName();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalItup.g:1497:3: ( (otherlv_3= 'data' ( (lv_dataFiles_4_0= RULE_STRING ) ) ) | ( (lv_measurements_5_0= ruleMeasurement ) ) | ( (lv_expenditures_6_0= ruleExpenditure ) ) | ( (lv_assessments_7_0= ruleAssessment ) ) )*
            loop31:
            do {
                int alt31=5;
                switch ( input.LA(1) ) {
                case 46:
                    {
                    alt31=1;
                    }
                    break;
                case 47:
                    {
                    alt31=2;
                    }
                    break;
                case 53:
                    {
                    alt31=3;
                    }
                    break;
                case 55:
                    {
                    alt31=4;
                    }
                    break;

                }

                switch (alt31) {
            	case 1 :
            	    // InternalItup.g:1498:4: (otherlv_3= 'data' ( (lv_dataFiles_4_0= RULE_STRING ) ) )
            	    {
            	    // InternalItup.g:1498:4: (otherlv_3= 'data' ( (lv_dataFiles_4_0= RULE_STRING ) ) )
            	    // InternalItup.g:1499:5: otherlv_3= 'data' ( (lv_dataFiles_4_0= RULE_STRING ) )
            	    {
            	    otherlv_3=(Token)match(input,46,FOLLOW_10); 

            	    					newLeafNode(otherlv_3, grammarAccess.getMonitoringFileAccess().getDataKeyword_3_0_0());
            	    				
            	    // InternalItup.g:1503:5: ( (lv_dataFiles_4_0= RULE_STRING ) )
            	    // InternalItup.g:1504:6: (lv_dataFiles_4_0= RULE_STRING )
            	    {
            	    // InternalItup.g:1504:6: (lv_dataFiles_4_0= RULE_STRING )
            	    // InternalItup.g:1505:7: lv_dataFiles_4_0= RULE_STRING
            	    {
            	    lv_dataFiles_4_0=(Token)match(input,RULE_STRING,FOLLOW_44); 

            	    							newLeafNode(lv_dataFiles_4_0, grammarAccess.getMonitoringFileAccess().getDataFilesSTRINGTerminalRuleCall_3_0_1_0());
            	    						

            	    							if (current==null) {
            	    								current = createModelElement(grammarAccess.getMonitoringFileRule());
            	    							}
            	    							addWithLastConsumed(
            	    								current,
            	    								"dataFiles",
            	    								lv_dataFiles_4_0,
            	    								"org.eclipse.xtext.common.Terminals.STRING");
            	    						

            	    }


            	    }


            	    }


            	    }
            	    break;
            	case 2 :
            	    // InternalItup.g:1523:4: ( (lv_measurements_5_0= ruleMeasurement ) )
            	    {
            	    // InternalItup.g:1523:4: ( (lv_measurements_5_0= ruleMeasurement ) )
            	    // InternalItup.g:1524:5: (lv_measurements_5_0= ruleMeasurement )
            	    {
            	    // InternalItup.g:1524:5: (lv_measurements_5_0= ruleMeasurement )
            	    // InternalItup.g:1525:6: lv_measurements_5_0= ruleMeasurement
            	    {

            	    						newCompositeNode(grammarAccess.getMonitoringFileAccess().getMeasurementsMeasurementParserRuleCall_3_1_0());
            	    					
            	    pushFollow(FOLLOW_44);
            	    lv_measurements_5_0=ruleMeasurement();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getMonitoringFileRule());
            	    						}
            	    						add(
            	    							current,
            	    							"measurements",
            	    							lv_measurements_5_0,
            	    							"org.itup.dsl.Itup.Measurement");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 3 :
            	    // InternalItup.g:1543:4: ( (lv_expenditures_6_0= ruleExpenditure ) )
            	    {
            	    // InternalItup.g:1543:4: ( (lv_expenditures_6_0= ruleExpenditure ) )
            	    // InternalItup.g:1544:5: (lv_expenditures_6_0= ruleExpenditure )
            	    {
            	    // InternalItup.g:1544:5: (lv_expenditures_6_0= ruleExpenditure )
            	    // InternalItup.g:1545:6: lv_expenditures_6_0= ruleExpenditure
            	    {

            	    						newCompositeNode(grammarAccess.getMonitoringFileAccess().getExpendituresExpenditureParserRuleCall_3_2_0());
            	    					
            	    pushFollow(FOLLOW_44);
            	    lv_expenditures_6_0=ruleExpenditure();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getMonitoringFileRule());
            	    						}
            	    						add(
            	    							current,
            	    							"expenditures",
            	    							lv_expenditures_6_0,
            	    							"org.itup.dsl.Itup.Expenditure");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 4 :
            	    // InternalItup.g:1563:4: ( (lv_assessments_7_0= ruleAssessment ) )
            	    {
            	    // InternalItup.g:1563:4: ( (lv_assessments_7_0= ruleAssessment ) )
            	    // InternalItup.g:1564:5: (lv_assessments_7_0= ruleAssessment )
            	    {
            	    // InternalItup.g:1564:5: (lv_assessments_7_0= ruleAssessment )
            	    // InternalItup.g:1565:6: lv_assessments_7_0= ruleAssessment
            	    {

            	    						newCompositeNode(grammarAccess.getMonitoringFileAccess().getAssessmentsAssessmentParserRuleCall_3_3_0());
            	    					
            	    pushFollow(FOLLOW_44);
            	    lv_assessments_7_0=ruleAssessment();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getMonitoringFileRule());
            	    						}
            	    						add(
            	    							current,
            	    							"assessments",
            	    							lv_assessments_7_0,
            	    							"org.itup.dsl.Itup.Assessment");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;

            	default :
            	    break loop31;
                }
            } while (true);


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleMonitoringFile"


    // $ANTLR start "entryRuleMeasurement"
    // InternalItup.g:1587:1: entryRuleMeasurement returns [EObject current=null] : iv_ruleMeasurement= ruleMeasurement EOF ;
    public final EObject entryRuleMeasurement() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleMeasurement = null;


        try {
            // InternalItup.g:1587:52: (iv_ruleMeasurement= ruleMeasurement EOF )
            // InternalItup.g:1588:2: iv_ruleMeasurement= ruleMeasurement EOF
            {
             newCompositeNode(grammarAccess.getMeasurementRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleMeasurement=ruleMeasurement();

            state._fsp--;

             current =iv_ruleMeasurement; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleMeasurement"


    // $ANTLR start "ruleMeasurement"
    // InternalItup.g:1594:1: ruleMeasurement returns [EObject current=null] : (otherlv_0= 'measured' ( ( ruleCode ) ) otherlv_2= 'in' ( (lv_period_3_0= rulePeriod ) ) otherlv_4= 'value' ( (lv_value_5_0= ruleDecimal ) ) ( (lv_unit_6_0= RULE_STRING ) )? ( ( ( ( ({...}? => ( ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) ) ;
    public final EObject ruleMeasurement() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_2=null;
        Token otherlv_4=null;
        Token lv_unit_6_0=null;
        Token otherlv_8=null;
        Token lv_source_9_0=null;
        Token otherlv_10=null;
        Token lv_date_11_0=null;
        Token otherlv_12=null;
        Token lv_note_13_0=null;
        AntlrDatatypeRuleToken lv_period_3_0 = null;

        AntlrDatatypeRuleToken lv_value_5_0 = null;



        	enterRule();

        try {
            // InternalItup.g:1600:2: ( (otherlv_0= 'measured' ( ( ruleCode ) ) otherlv_2= 'in' ( (lv_period_3_0= rulePeriod ) ) otherlv_4= 'value' ( (lv_value_5_0= ruleDecimal ) ) ( (lv_unit_6_0= RULE_STRING ) )? ( ( ( ( ({...}? => ( ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) ) )
            // InternalItup.g:1601:2: (otherlv_0= 'measured' ( ( ruleCode ) ) otherlv_2= 'in' ( (lv_period_3_0= rulePeriod ) ) otherlv_4= 'value' ( (lv_value_5_0= ruleDecimal ) ) ( (lv_unit_6_0= RULE_STRING ) )? ( ( ( ( ({...}? => ( ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) )
            {
            // InternalItup.g:1601:2: (otherlv_0= 'measured' ( ( ruleCode ) ) otherlv_2= 'in' ( (lv_period_3_0= rulePeriod ) ) otherlv_4= 'value' ( (lv_value_5_0= ruleDecimal ) ) ( (lv_unit_6_0= RULE_STRING ) )? ( ( ( ( ({...}? => ( ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) )
            // InternalItup.g:1602:3: otherlv_0= 'measured' ( ( ruleCode ) ) otherlv_2= 'in' ( (lv_period_3_0= rulePeriod ) ) otherlv_4= 'value' ( (lv_value_5_0= ruleDecimal ) ) ( (lv_unit_6_0= RULE_STRING ) )? ( ( ( ( ({...}? => ( ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) ) ) ) )* ) ) )
            {
            otherlv_0=(Token)match(input,47,FOLLOW_18); 

            			newLeafNode(otherlv_0, grammarAccess.getMeasurementAccess().getMeasuredKeyword_0());
            		
            // InternalItup.g:1606:3: ( ( ruleCode ) )
            // InternalItup.g:1607:4: ( ruleCode )
            {
            // InternalItup.g:1607:4: ( ruleCode )
            // InternalItup.g:1608:5: ruleCode
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getMeasurementRule());
            					}
            				

            					newCompositeNode(grammarAccess.getMeasurementAccess().getSubjectMeasurableCrossReference_1_0());
            				
            pushFollow(FOLLOW_45);
            ruleCode();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_2=(Token)match(input,48,FOLLOW_6); 

            			newLeafNode(otherlv_2, grammarAccess.getMeasurementAccess().getInKeyword_2());
            		
            // InternalItup.g:1626:3: ( (lv_period_3_0= rulePeriod ) )
            // InternalItup.g:1627:4: (lv_period_3_0= rulePeriod )
            {
            // InternalItup.g:1627:4: (lv_period_3_0= rulePeriod )
            // InternalItup.g:1628:5: lv_period_3_0= rulePeriod
            {

            					newCompositeNode(grammarAccess.getMeasurementAccess().getPeriodPeriodParserRuleCall_3_0());
            				
            pushFollow(FOLLOW_46);
            lv_period_3_0=rulePeriod();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getMeasurementRule());
            					}
            					set(
            						current,
            						"period",
            						lv_period_3_0,
            						"org.itup.dsl.Itup.Period");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_4=(Token)match(input,49,FOLLOW_47); 

            			newLeafNode(otherlv_4, grammarAccess.getMeasurementAccess().getValueKeyword_4());
            		
            // InternalItup.g:1649:3: ( (lv_value_5_0= ruleDecimal ) )
            // InternalItup.g:1650:4: (lv_value_5_0= ruleDecimal )
            {
            // InternalItup.g:1650:4: (lv_value_5_0= ruleDecimal )
            // InternalItup.g:1651:5: lv_value_5_0= ruleDecimal
            {

            					newCompositeNode(grammarAccess.getMeasurementAccess().getValueDecimalParserRuleCall_5_0());
            				
            pushFollow(FOLLOW_48);
            lv_value_5_0=ruleDecimal();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getMeasurementRule());
            					}
            					set(
            						current,
            						"value",
            						lv_value_5_0,
            						"org.itup.dsl.Itup.Decimal");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalItup.g:1668:3: ( (lv_unit_6_0= RULE_STRING ) )?
            int alt32=2;
            int LA32_0 = input.LA(1);

            if ( (LA32_0==RULE_STRING) ) {
                alt32=1;
            }
            switch (alt32) {
                case 1 :
                    // InternalItup.g:1669:4: (lv_unit_6_0= RULE_STRING )
                    {
                    // InternalItup.g:1669:4: (lv_unit_6_0= RULE_STRING )
                    // InternalItup.g:1670:5: lv_unit_6_0= RULE_STRING
                    {
                    lv_unit_6_0=(Token)match(input,RULE_STRING,FOLLOW_49); 

                    					newLeafNode(lv_unit_6_0, grammarAccess.getMeasurementAccess().getUnitSTRINGTerminalRuleCall_6_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getMeasurementRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"unit",
                    						lv_unit_6_0,
                    						"org.eclipse.xtext.common.Terminals.STRING");
                    				

                    }


                    }
                    break;

            }

            // InternalItup.g:1686:3: ( ( ( ( ({...}? => ( ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) ) ) ) )* ) ) )
            // InternalItup.g:1687:4: ( ( ( ({...}? => ( ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) ) ) ) )* ) )
            {
            // InternalItup.g:1687:4: ( ( ( ({...}? => ( ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) ) ) ) )* ) )
            // InternalItup.g:1688:5: ( ( ({...}? => ( ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) ) ) ) )* )
            {
             
            				  getUnorderedGroupHelper().enter(grammarAccess.getMeasurementAccess().getUnorderedGroup_7());
            				
            // InternalItup.g:1691:5: ( ( ({...}? => ( ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) ) ) ) )* )
            // InternalItup.g:1692:6: ( ({...}? => ( ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) ) ) ) )*
            {
            // InternalItup.g:1692:6: ( ({...}? => ( ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) ) ) ) )*
            loop33:
            do {
                int alt33=4;
                int LA33_0 = input.LA(1);

                if ( LA33_0 == 50 && getUnorderedGroupHelper().canSelect(grammarAccess.getMeasurementAccess().getUnorderedGroup_7(), 0) ) {
                    alt33=1;
                }
                else if ( LA33_0 == 51 && getUnorderedGroupHelper().canSelect(grammarAccess.getMeasurementAccess().getUnorderedGroup_7(), 1) ) {
                    alt33=2;
                }
                else if ( LA33_0 == 52 && getUnorderedGroupHelper().canSelect(grammarAccess.getMeasurementAccess().getUnorderedGroup_7(), 2) ) {
                    alt33=3;
                }


                switch (alt33) {
            	case 1 :
            	    // InternalItup.g:1693:4: ({...}? => ( ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) ) ) )
            	    {
            	    // InternalItup.g:1693:4: ({...}? => ( ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) ) ) )
            	    // InternalItup.g:1694:5: {...}? => ( ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) ) )
            	    {
            	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getMeasurementAccess().getUnorderedGroup_7(), 0) ) {
            	        throw new FailedPredicateException(input, "ruleMeasurement", "getUnorderedGroupHelper().canSelect(grammarAccess.getMeasurementAccess().getUnorderedGroup_7(), 0)");
            	    }
            	    // InternalItup.g:1694:108: ( ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) ) )
            	    // InternalItup.g:1695:6: ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) )
            	    {

            	    						getUnorderedGroupHelper().select(grammarAccess.getMeasurementAccess().getUnorderedGroup_7(), 0);
            	    					
            	    // InternalItup.g:1698:9: ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) )
            	    // InternalItup.g:1698:10: {...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) )
            	    {
            	    if ( !((true)) ) {
            	        throw new FailedPredicateException(input, "ruleMeasurement", "true");
            	    }
            	    // InternalItup.g:1698:19: (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) )
            	    // InternalItup.g:1698:20: otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) )
            	    {
            	    otherlv_8=(Token)match(input,50,FOLLOW_10); 

            	    									newLeafNode(otherlv_8, grammarAccess.getMeasurementAccess().getSourceKeyword_7_0_0());
            	    								
            	    // InternalItup.g:1702:9: ( (lv_source_9_0= RULE_STRING ) )
            	    // InternalItup.g:1703:10: (lv_source_9_0= RULE_STRING )
            	    {
            	    // InternalItup.g:1703:10: (lv_source_9_0= RULE_STRING )
            	    // InternalItup.g:1704:11: lv_source_9_0= RULE_STRING
            	    {
            	    lv_source_9_0=(Token)match(input,RULE_STRING,FOLLOW_49); 

            	    											newLeafNode(lv_source_9_0, grammarAccess.getMeasurementAccess().getSourceSTRINGTerminalRuleCall_7_0_1_0());
            	    										

            	    											if (current==null) {
            	    												current = createModelElement(grammarAccess.getMeasurementRule());
            	    											}
            	    											setWithLastConsumed(
            	    												current,
            	    												"source",
            	    												lv_source_9_0,
            	    												"org.eclipse.xtext.common.Terminals.STRING");
            	    										

            	    }


            	    }


            	    }


            	    }

            	     
            	    						getUnorderedGroupHelper().returnFromSelection(grammarAccess.getMeasurementAccess().getUnorderedGroup_7());
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 2 :
            	    // InternalItup.g:1726:4: ({...}? => ( ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) ) ) )
            	    {
            	    // InternalItup.g:1726:4: ({...}? => ( ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) ) ) )
            	    // InternalItup.g:1727:5: {...}? => ( ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) ) )
            	    {
            	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getMeasurementAccess().getUnorderedGroup_7(), 1) ) {
            	        throw new FailedPredicateException(input, "ruleMeasurement", "getUnorderedGroupHelper().canSelect(grammarAccess.getMeasurementAccess().getUnorderedGroup_7(), 1)");
            	    }
            	    // InternalItup.g:1727:108: ( ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) ) )
            	    // InternalItup.g:1728:6: ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) )
            	    {

            	    						getUnorderedGroupHelper().select(grammarAccess.getMeasurementAccess().getUnorderedGroup_7(), 1);
            	    					
            	    // InternalItup.g:1731:9: ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) )
            	    // InternalItup.g:1731:10: {...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) )
            	    {
            	    if ( !((true)) ) {
            	        throw new FailedPredicateException(input, "ruleMeasurement", "true");
            	    }
            	    // InternalItup.g:1731:19: (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) )
            	    // InternalItup.g:1731:20: otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) )
            	    {
            	    otherlv_10=(Token)match(input,51,FOLLOW_10); 

            	    									newLeafNode(otherlv_10, grammarAccess.getMeasurementAccess().getDateKeyword_7_1_0());
            	    								
            	    // InternalItup.g:1735:9: ( (lv_date_11_0= RULE_STRING ) )
            	    // InternalItup.g:1736:10: (lv_date_11_0= RULE_STRING )
            	    {
            	    // InternalItup.g:1736:10: (lv_date_11_0= RULE_STRING )
            	    // InternalItup.g:1737:11: lv_date_11_0= RULE_STRING
            	    {
            	    lv_date_11_0=(Token)match(input,RULE_STRING,FOLLOW_49); 

            	    											newLeafNode(lv_date_11_0, grammarAccess.getMeasurementAccess().getDateSTRINGTerminalRuleCall_7_1_1_0());
            	    										

            	    											if (current==null) {
            	    												current = createModelElement(grammarAccess.getMeasurementRule());
            	    											}
            	    											setWithLastConsumed(
            	    												current,
            	    												"date",
            	    												lv_date_11_0,
            	    												"org.eclipse.xtext.common.Terminals.STRING");
            	    										

            	    }


            	    }


            	    }


            	    }

            	     
            	    						getUnorderedGroupHelper().returnFromSelection(grammarAccess.getMeasurementAccess().getUnorderedGroup_7());
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 3 :
            	    // InternalItup.g:1759:4: ({...}? => ( ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) ) ) )
            	    {
            	    // InternalItup.g:1759:4: ({...}? => ( ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) ) ) )
            	    // InternalItup.g:1760:5: {...}? => ( ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) ) )
            	    {
            	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getMeasurementAccess().getUnorderedGroup_7(), 2) ) {
            	        throw new FailedPredicateException(input, "ruleMeasurement", "getUnorderedGroupHelper().canSelect(grammarAccess.getMeasurementAccess().getUnorderedGroup_7(), 2)");
            	    }
            	    // InternalItup.g:1760:108: ( ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) ) )
            	    // InternalItup.g:1761:6: ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) )
            	    {

            	    						getUnorderedGroupHelper().select(grammarAccess.getMeasurementAccess().getUnorderedGroup_7(), 2);
            	    					
            	    // InternalItup.g:1764:9: ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) )
            	    // InternalItup.g:1764:10: {...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) )
            	    {
            	    if ( !((true)) ) {
            	        throw new FailedPredicateException(input, "ruleMeasurement", "true");
            	    }
            	    // InternalItup.g:1764:19: (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) )
            	    // InternalItup.g:1764:20: otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) )
            	    {
            	    otherlv_12=(Token)match(input,52,FOLLOW_10); 

            	    									newLeafNode(otherlv_12, grammarAccess.getMeasurementAccess().getNoteKeyword_7_2_0());
            	    								
            	    // InternalItup.g:1768:9: ( (lv_note_13_0= RULE_STRING ) )
            	    // InternalItup.g:1769:10: (lv_note_13_0= RULE_STRING )
            	    {
            	    // InternalItup.g:1769:10: (lv_note_13_0= RULE_STRING )
            	    // InternalItup.g:1770:11: lv_note_13_0= RULE_STRING
            	    {
            	    lv_note_13_0=(Token)match(input,RULE_STRING,FOLLOW_49); 

            	    											newLeafNode(lv_note_13_0, grammarAccess.getMeasurementAccess().getNoteSTRINGTerminalRuleCall_7_2_1_0());
            	    										

            	    											if (current==null) {
            	    												current = createModelElement(grammarAccess.getMeasurementRule());
            	    											}
            	    											setWithLastConsumed(
            	    												current,
            	    												"note",
            	    												lv_note_13_0,
            	    												"org.eclipse.xtext.common.Terminals.STRING");
            	    										

            	    }


            	    }


            	    }


            	    }

            	     
            	    						getUnorderedGroupHelper().returnFromSelection(grammarAccess.getMeasurementAccess().getUnorderedGroup_7());
            	    					

            	    }


            	    }


            	    }
            	    break;

            	default :
            	    break loop33;
                }
            } while (true);


            }


            }

             
            				  getUnorderedGroupHelper().leave(grammarAccess.getMeasurementAccess().getUnorderedGroup_7());
            				

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleMeasurement"


    // $ANTLR start "entryRuleExpenditure"
    // InternalItup.g:1803:1: entryRuleExpenditure returns [EObject current=null] : iv_ruleExpenditure= ruleExpenditure EOF ;
    public final EObject entryRuleExpenditure() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleExpenditure = null;


        try {
            // InternalItup.g:1803:52: (iv_ruleExpenditure= ruleExpenditure EOF )
            // InternalItup.g:1804:2: iv_ruleExpenditure= ruleExpenditure EOF
            {
             newCompositeNode(grammarAccess.getExpenditureRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleExpenditure=ruleExpenditure();

            state._fsp--;

             current =iv_ruleExpenditure; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleExpenditure"


    // $ANTLR start "ruleExpenditure"
    // InternalItup.g:1810:1: ruleExpenditure returns [EObject current=null] : (otherlv_0= 'spent' ( (lv_amount_1_0= ruleDecimal ) ) ( (lv_currency_2_0= RULE_STRING ) ) otherlv_3= 'on' ( ( ruleCode ) ) otherlv_5= 'in' ( (lv_period_6_0= rulePeriod ) ) ) ;
    public final EObject ruleExpenditure() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_currency_2_0=null;
        Token otherlv_3=null;
        Token otherlv_5=null;
        AntlrDatatypeRuleToken lv_amount_1_0 = null;

        AntlrDatatypeRuleToken lv_period_6_0 = null;



        	enterRule();

        try {
            // InternalItup.g:1816:2: ( (otherlv_0= 'spent' ( (lv_amount_1_0= ruleDecimal ) ) ( (lv_currency_2_0= RULE_STRING ) ) otherlv_3= 'on' ( ( ruleCode ) ) otherlv_5= 'in' ( (lv_period_6_0= rulePeriod ) ) ) )
            // InternalItup.g:1817:2: (otherlv_0= 'spent' ( (lv_amount_1_0= ruleDecimal ) ) ( (lv_currency_2_0= RULE_STRING ) ) otherlv_3= 'on' ( ( ruleCode ) ) otherlv_5= 'in' ( (lv_period_6_0= rulePeriod ) ) )
            {
            // InternalItup.g:1817:2: (otherlv_0= 'spent' ( (lv_amount_1_0= ruleDecimal ) ) ( (lv_currency_2_0= RULE_STRING ) ) otherlv_3= 'on' ( ( ruleCode ) ) otherlv_5= 'in' ( (lv_period_6_0= rulePeriod ) ) )
            // InternalItup.g:1818:3: otherlv_0= 'spent' ( (lv_amount_1_0= ruleDecimal ) ) ( (lv_currency_2_0= RULE_STRING ) ) otherlv_3= 'on' ( ( ruleCode ) ) otherlv_5= 'in' ( (lv_period_6_0= rulePeriod ) )
            {
            otherlv_0=(Token)match(input,53,FOLLOW_47); 

            			newLeafNode(otherlv_0, grammarAccess.getExpenditureAccess().getSpentKeyword_0());
            		
            // InternalItup.g:1822:3: ( (lv_amount_1_0= ruleDecimal ) )
            // InternalItup.g:1823:4: (lv_amount_1_0= ruleDecimal )
            {
            // InternalItup.g:1823:4: (lv_amount_1_0= ruleDecimal )
            // InternalItup.g:1824:5: lv_amount_1_0= ruleDecimal
            {

            					newCompositeNode(grammarAccess.getExpenditureAccess().getAmountDecimalParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_10);
            lv_amount_1_0=ruleDecimal();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getExpenditureRule());
            					}
            					set(
            						current,
            						"amount",
            						lv_amount_1_0,
            						"org.itup.dsl.Itup.Decimal");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalItup.g:1841:3: ( (lv_currency_2_0= RULE_STRING ) )
            // InternalItup.g:1842:4: (lv_currency_2_0= RULE_STRING )
            {
            // InternalItup.g:1842:4: (lv_currency_2_0= RULE_STRING )
            // InternalItup.g:1843:5: lv_currency_2_0= RULE_STRING
            {
            lv_currency_2_0=(Token)match(input,RULE_STRING,FOLLOW_50); 

            					newLeafNode(lv_currency_2_0, grammarAccess.getExpenditureAccess().getCurrencySTRINGTerminalRuleCall_2_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getExpenditureRule());
            					}
            					setWithLastConsumed(
            						current,
            						"currency",
            						lv_currency_2_0,
            						"org.eclipse.xtext.common.Terminals.STRING");
            				

            }


            }

            otherlv_3=(Token)match(input,54,FOLLOW_18); 

            			newLeafNode(otherlv_3, grammarAccess.getExpenditureAccess().getOnKeyword_3());
            		
            // InternalItup.g:1863:3: ( ( ruleCode ) )
            // InternalItup.g:1864:4: ( ruleCode )
            {
            // InternalItup.g:1864:4: ( ruleCode )
            // InternalItup.g:1865:5: ruleCode
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getExpenditureRule());
            					}
            				

            					newCompositeNode(grammarAccess.getExpenditureAccess().getElementPlanElementCrossReference_4_0());
            				
            pushFollow(FOLLOW_45);
            ruleCode();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_5=(Token)match(input,48,FOLLOW_6); 

            			newLeafNode(otherlv_5, grammarAccess.getExpenditureAccess().getInKeyword_5());
            		
            // InternalItup.g:1883:3: ( (lv_period_6_0= rulePeriod ) )
            // InternalItup.g:1884:4: (lv_period_6_0= rulePeriod )
            {
            // InternalItup.g:1884:4: (lv_period_6_0= rulePeriod )
            // InternalItup.g:1885:5: lv_period_6_0= rulePeriod
            {

            					newCompositeNode(grammarAccess.getExpenditureAccess().getPeriodPeriodParserRuleCall_6_0());
            				
            pushFollow(FOLLOW_2);
            lv_period_6_0=rulePeriod();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getExpenditureRule());
            					}
            					set(
            						current,
            						"period",
            						lv_period_6_0,
            						"org.itup.dsl.Itup.Period");
            					afterParserOrEnumRuleCall();
            				

            }


            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleExpenditure"


    // $ANTLR start "entryRuleAssessment"
    // InternalItup.g:1906:1: entryRuleAssessment returns [EObject current=null] : iv_ruleAssessment= ruleAssessment EOF ;
    public final EObject entryRuleAssessment() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleAssessment = null;


        try {
            // InternalItup.g:1906:51: (iv_ruleAssessment= ruleAssessment EOF )
            // InternalItup.g:1907:2: iv_ruleAssessment= ruleAssessment EOF
            {
             newCompositeNode(grammarAccess.getAssessmentRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleAssessment=ruleAssessment();

            state._fsp--;

             current =iv_ruleAssessment; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleAssessment"


    // $ANTLR start "ruleAssessment"
    // InternalItup.g:1913:1: ruleAssessment returns [EObject current=null] : (otherlv_0= 'assessment' ( ( ruleCode ) ) otherlv_2= 'in' ( (lv_period_3_0= rulePeriod ) ) ( (lv_text_4_0= RULE_STRING ) ) ) ;
    public final EObject ruleAssessment() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_2=null;
        Token lv_text_4_0=null;
        AntlrDatatypeRuleToken lv_period_3_0 = null;



        	enterRule();

        try {
            // InternalItup.g:1919:2: ( (otherlv_0= 'assessment' ( ( ruleCode ) ) otherlv_2= 'in' ( (lv_period_3_0= rulePeriod ) ) ( (lv_text_4_0= RULE_STRING ) ) ) )
            // InternalItup.g:1920:2: (otherlv_0= 'assessment' ( ( ruleCode ) ) otherlv_2= 'in' ( (lv_period_3_0= rulePeriod ) ) ( (lv_text_4_0= RULE_STRING ) ) )
            {
            // InternalItup.g:1920:2: (otherlv_0= 'assessment' ( ( ruleCode ) ) otherlv_2= 'in' ( (lv_period_3_0= rulePeriod ) ) ( (lv_text_4_0= RULE_STRING ) ) )
            // InternalItup.g:1921:3: otherlv_0= 'assessment' ( ( ruleCode ) ) otherlv_2= 'in' ( (lv_period_3_0= rulePeriod ) ) ( (lv_text_4_0= RULE_STRING ) )
            {
            otherlv_0=(Token)match(input,55,FOLLOW_18); 

            			newLeafNode(otherlv_0, grammarAccess.getAssessmentAccess().getAssessmentKeyword_0());
            		
            // InternalItup.g:1925:3: ( ( ruleCode ) )
            // InternalItup.g:1926:4: ( ruleCode )
            {
            // InternalItup.g:1926:4: ( ruleCode )
            // InternalItup.g:1927:5: ruleCode
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getAssessmentRule());
            					}
            				

            					newCompositeNode(grammarAccess.getAssessmentAccess().getObjectiveObjectiveCrossReference_1_0());
            				
            pushFollow(FOLLOW_45);
            ruleCode();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_2=(Token)match(input,48,FOLLOW_6); 

            			newLeafNode(otherlv_2, grammarAccess.getAssessmentAccess().getInKeyword_2());
            		
            // InternalItup.g:1945:3: ( (lv_period_3_0= rulePeriod ) )
            // InternalItup.g:1946:4: (lv_period_3_0= rulePeriod )
            {
            // InternalItup.g:1946:4: (lv_period_3_0= rulePeriod )
            // InternalItup.g:1947:5: lv_period_3_0= rulePeriod
            {

            					newCompositeNode(grammarAccess.getAssessmentAccess().getPeriodPeriodParserRuleCall_3_0());
            				
            pushFollow(FOLLOW_10);
            lv_period_3_0=rulePeriod();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getAssessmentRule());
            					}
            					set(
            						current,
            						"period",
            						lv_period_3_0,
            						"org.itup.dsl.Itup.Period");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalItup.g:1964:3: ( (lv_text_4_0= RULE_STRING ) )
            // InternalItup.g:1965:4: (lv_text_4_0= RULE_STRING )
            {
            // InternalItup.g:1965:4: (lv_text_4_0= RULE_STRING )
            // InternalItup.g:1966:5: lv_text_4_0= RULE_STRING
            {
            lv_text_4_0=(Token)match(input,RULE_STRING,FOLLOW_2); 

            					newLeafNode(lv_text_4_0, grammarAccess.getAssessmentAccess().getTextSTRINGTerminalRuleCall_4_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getAssessmentRule());
            					}
            					setWithLastConsumed(
            						current,
            						"text",
            						lv_text_4_0,
            						"org.eclipse.xtext.common.Terminals.STRING");
            				

            }


            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleAssessment"


    // $ANTLR start "entryRuleExchangeRate"
    // InternalItup.g:1986:1: entryRuleExchangeRate returns [EObject current=null] : iv_ruleExchangeRate= ruleExchangeRate EOF ;
    public final EObject entryRuleExchangeRate() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleExchangeRate = null;


        try {
            // InternalItup.g:1986:53: (iv_ruleExchangeRate= ruleExchangeRate EOF )
            // InternalItup.g:1987:2: iv_ruleExchangeRate= ruleExchangeRate EOF
            {
             newCompositeNode(grammarAccess.getExchangeRateRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleExchangeRate=ruleExchangeRate();

            state._fsp--;

             current =iv_ruleExchangeRate; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleExchangeRate"


    // $ANTLR start "ruleExchangeRate"
    // InternalItup.g:1993:1: ruleExchangeRate returns [EObject current=null] : (otherlv_0= 'rate' ( (lv_currency_1_0= RULE_STRING ) ) ( (lv_value_2_0= ruleDecimal ) ) ) ;
    public final EObject ruleExchangeRate() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_currency_1_0=null;
        AntlrDatatypeRuleToken lv_value_2_0 = null;



        	enterRule();

        try {
            // InternalItup.g:1999:2: ( (otherlv_0= 'rate' ( (lv_currency_1_0= RULE_STRING ) ) ( (lv_value_2_0= ruleDecimal ) ) ) )
            // InternalItup.g:2000:2: (otherlv_0= 'rate' ( (lv_currency_1_0= RULE_STRING ) ) ( (lv_value_2_0= ruleDecimal ) ) )
            {
            // InternalItup.g:2000:2: (otherlv_0= 'rate' ( (lv_currency_1_0= RULE_STRING ) ) ( (lv_value_2_0= ruleDecimal ) ) )
            // InternalItup.g:2001:3: otherlv_0= 'rate' ( (lv_currency_1_0= RULE_STRING ) ) ( (lv_value_2_0= ruleDecimal ) )
            {
            otherlv_0=(Token)match(input,56,FOLLOW_10); 

            			newLeafNode(otherlv_0, grammarAccess.getExchangeRateAccess().getRateKeyword_0());
            		
            // InternalItup.g:2005:3: ( (lv_currency_1_0= RULE_STRING ) )
            // InternalItup.g:2006:4: (lv_currency_1_0= RULE_STRING )
            {
            // InternalItup.g:2006:4: (lv_currency_1_0= RULE_STRING )
            // InternalItup.g:2007:5: lv_currency_1_0= RULE_STRING
            {
            lv_currency_1_0=(Token)match(input,RULE_STRING,FOLLOW_47); 

            					newLeafNode(lv_currency_1_0, grammarAccess.getExchangeRateAccess().getCurrencySTRINGTerminalRuleCall_1_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getExchangeRateRule());
            					}
            					setWithLastConsumed(
            						current,
            						"currency",
            						lv_currency_1_0,
            						"org.eclipse.xtext.common.Terminals.STRING");
            				

            }


            }

            // InternalItup.g:2023:3: ( (lv_value_2_0= ruleDecimal ) )
            // InternalItup.g:2024:4: (lv_value_2_0= ruleDecimal )
            {
            // InternalItup.g:2024:4: (lv_value_2_0= ruleDecimal )
            // InternalItup.g:2025:5: lv_value_2_0= ruleDecimal
            {

            					newCompositeNode(grammarAccess.getExchangeRateAccess().getValueDecimalParserRuleCall_2_0());
            				
            pushFollow(FOLLOW_2);
            lv_value_2_0=ruleDecimal();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getExchangeRateRule());
            					}
            					set(
            						current,
            						"value",
            						lv_value_2_0,
            						"org.itup.dsl.Itup.Decimal");
            					afterParserOrEnumRuleCall();
            				

            }


            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleExchangeRate"


    // $ANTLR start "entryRuleBudget"
    // InternalItup.g:2046:1: entryRuleBudget returns [EObject current=null] : iv_ruleBudget= ruleBudget EOF ;
    public final EObject entryRuleBudget() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleBudget = null;


        try {
            // InternalItup.g:2046:47: (iv_ruleBudget= ruleBudget EOF )
            // InternalItup.g:2047:2: iv_ruleBudget= ruleBudget EOF
            {
             newCompositeNode(grammarAccess.getBudgetRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleBudget=ruleBudget();

            state._fsp--;

             current =iv_ruleBudget; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleBudget"


    // $ANTLR start "ruleBudget"
    // InternalItup.g:2053:1: ruleBudget returns [EObject current=null] : (otherlv_0= 'budget' ( (lv_amount_1_0= ruleDecimal ) ) ( (lv_currency_2_0= RULE_STRING ) ) (otherlv_3= 'for' ( (lv_period_4_0= rulePeriod ) ) )? ) ;
    public final EObject ruleBudget() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_currency_2_0=null;
        Token otherlv_3=null;
        AntlrDatatypeRuleToken lv_amount_1_0 = null;

        AntlrDatatypeRuleToken lv_period_4_0 = null;



        	enterRule();

        try {
            // InternalItup.g:2059:2: ( (otherlv_0= 'budget' ( (lv_amount_1_0= ruleDecimal ) ) ( (lv_currency_2_0= RULE_STRING ) ) (otherlv_3= 'for' ( (lv_period_4_0= rulePeriod ) ) )? ) )
            // InternalItup.g:2060:2: (otherlv_0= 'budget' ( (lv_amount_1_0= ruleDecimal ) ) ( (lv_currency_2_0= RULE_STRING ) ) (otherlv_3= 'for' ( (lv_period_4_0= rulePeriod ) ) )? )
            {
            // InternalItup.g:2060:2: (otherlv_0= 'budget' ( (lv_amount_1_0= ruleDecimal ) ) ( (lv_currency_2_0= RULE_STRING ) ) (otherlv_3= 'for' ( (lv_period_4_0= rulePeriod ) ) )? )
            // InternalItup.g:2061:3: otherlv_0= 'budget' ( (lv_amount_1_0= ruleDecimal ) ) ( (lv_currency_2_0= RULE_STRING ) ) (otherlv_3= 'for' ( (lv_period_4_0= rulePeriod ) ) )?
            {
            otherlv_0=(Token)match(input,57,FOLLOW_47); 

            			newLeafNode(otherlv_0, grammarAccess.getBudgetAccess().getBudgetKeyword_0());
            		
            // InternalItup.g:2065:3: ( (lv_amount_1_0= ruleDecimal ) )
            // InternalItup.g:2066:4: (lv_amount_1_0= ruleDecimal )
            {
            // InternalItup.g:2066:4: (lv_amount_1_0= ruleDecimal )
            // InternalItup.g:2067:5: lv_amount_1_0= ruleDecimal
            {

            					newCompositeNode(grammarAccess.getBudgetAccess().getAmountDecimalParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_10);
            lv_amount_1_0=ruleDecimal();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getBudgetRule());
            					}
            					set(
            						current,
            						"amount",
            						lv_amount_1_0,
            						"org.itup.dsl.Itup.Decimal");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalItup.g:2084:3: ( (lv_currency_2_0= RULE_STRING ) )
            // InternalItup.g:2085:4: (lv_currency_2_0= RULE_STRING )
            {
            // InternalItup.g:2085:4: (lv_currency_2_0= RULE_STRING )
            // InternalItup.g:2086:5: lv_currency_2_0= RULE_STRING
            {
            lv_currency_2_0=(Token)match(input,RULE_STRING,FOLLOW_51); 

            					newLeafNode(lv_currency_2_0, grammarAccess.getBudgetAccess().getCurrencySTRINGTerminalRuleCall_2_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getBudgetRule());
            					}
            					setWithLastConsumed(
            						current,
            						"currency",
            						lv_currency_2_0,
            						"org.eclipse.xtext.common.Terminals.STRING");
            				

            }


            }

            // InternalItup.g:2102:3: (otherlv_3= 'for' ( (lv_period_4_0= rulePeriod ) ) )?
            int alt34=2;
            int LA34_0 = input.LA(1);

            if ( (LA34_0==34) ) {
                alt34=1;
            }
            switch (alt34) {
                case 1 :
                    // InternalItup.g:2103:4: otherlv_3= 'for' ( (lv_period_4_0= rulePeriod ) )
                    {
                    otherlv_3=(Token)match(input,34,FOLLOW_6); 

                    				newLeafNode(otherlv_3, grammarAccess.getBudgetAccess().getForKeyword_3_0());
                    			
                    // InternalItup.g:2107:4: ( (lv_period_4_0= rulePeriod ) )
                    // InternalItup.g:2108:5: (lv_period_4_0= rulePeriod )
                    {
                    // InternalItup.g:2108:5: (lv_period_4_0= rulePeriod )
                    // InternalItup.g:2109:6: lv_period_4_0= rulePeriod
                    {

                    						newCompositeNode(grammarAccess.getBudgetAccess().getPeriodPeriodParserRuleCall_3_1_0());
                    					
                    pushFollow(FOLLOW_2);
                    lv_period_4_0=rulePeriod();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getBudgetRule());
                    						}
                    						set(
                    							current,
                    							"period",
                    							lv_period_4_0,
                    							"org.itup.dsl.Itup.Period");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleBudget"


    // $ANTLR start "ruleReplaces"
    // InternalItup.g:2132:1: ruleReplaces[EObject in_current] returns [EObject current=in_current] : (otherlv_0= 'replaces' ( (lv_replaces_1_0= ruleCode ) ) (otherlv_2= ',' ( (lv_replaces_3_0= ruleCode ) ) )* ) ;
    public final EObject ruleReplaces(EObject in_current) throws RecognitionException {
        EObject current = in_current;

        Token otherlv_0=null;
        Token otherlv_2=null;
        AntlrDatatypeRuleToken lv_replaces_1_0 = null;

        AntlrDatatypeRuleToken lv_replaces_3_0 = null;



        	enterRule();

        try {
            // InternalItup.g:2138:2: ( (otherlv_0= 'replaces' ( (lv_replaces_1_0= ruleCode ) ) (otherlv_2= ',' ( (lv_replaces_3_0= ruleCode ) ) )* ) )
            // InternalItup.g:2139:2: (otherlv_0= 'replaces' ( (lv_replaces_1_0= ruleCode ) ) (otherlv_2= ',' ( (lv_replaces_3_0= ruleCode ) ) )* )
            {
            // InternalItup.g:2139:2: (otherlv_0= 'replaces' ( (lv_replaces_1_0= ruleCode ) ) (otherlv_2= ',' ( (lv_replaces_3_0= ruleCode ) ) )* )
            // InternalItup.g:2140:3: otherlv_0= 'replaces' ( (lv_replaces_1_0= ruleCode ) ) (otherlv_2= ',' ( (lv_replaces_3_0= ruleCode ) ) )*
            {
            otherlv_0=(Token)match(input,58,FOLLOW_18); 

            			newLeafNode(otherlv_0, grammarAccess.getReplacesAccess().getReplacesKeyword_0());
            		
            // InternalItup.g:2144:3: ( (lv_replaces_1_0= ruleCode ) )
            // InternalItup.g:2145:4: (lv_replaces_1_0= ruleCode )
            {
            // InternalItup.g:2145:4: (lv_replaces_1_0= ruleCode )
            // InternalItup.g:2146:5: lv_replaces_1_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getReplacesAccess().getReplacesCodeParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_52);
            lv_replaces_1_0=ruleCode();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getReplacesRule());
            					}
            					add(
            						current,
            						"replaces",
            						lv_replaces_1_0,
            						"org.itup.dsl.Itup.Code");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalItup.g:2163:3: (otherlv_2= ',' ( (lv_replaces_3_0= ruleCode ) ) )*
            loop35:
            do {
                int alt35=2;
                int LA35_0 = input.LA(1);

                if ( (LA35_0==18) ) {
                    alt35=1;
                }


                switch (alt35) {
            	case 1 :
            	    // InternalItup.g:2164:4: otherlv_2= ',' ( (lv_replaces_3_0= ruleCode ) )
            	    {
            	    otherlv_2=(Token)match(input,18,FOLLOW_18); 

            	    				newLeafNode(otherlv_2, grammarAccess.getReplacesAccess().getCommaKeyword_2_0());
            	    			
            	    // InternalItup.g:2168:4: ( (lv_replaces_3_0= ruleCode ) )
            	    // InternalItup.g:2169:5: (lv_replaces_3_0= ruleCode )
            	    {
            	    // InternalItup.g:2169:5: (lv_replaces_3_0= ruleCode )
            	    // InternalItup.g:2170:6: lv_replaces_3_0= ruleCode
            	    {

            	    						newCompositeNode(grammarAccess.getReplacesAccess().getReplacesCodeParserRuleCall_2_1_0());
            	    					
            	    pushFollow(FOLLOW_52);
            	    lv_replaces_3_0=ruleCode();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getReplacesRule());
            	    						}
            	    						add(
            	    							current,
            	    							"replaces",
            	    							lv_replaces_3_0,
            	    							"org.itup.dsl.Itup.Code");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;

            	default :
            	    break loop35;
                }
            } while (true);


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleReplaces"


    // $ANTLR start "entryRuleVocabulary"
    // InternalItup.g:2192:1: entryRuleVocabulary returns [EObject current=null] : iv_ruleVocabulary= ruleVocabulary EOF ;
    public final EObject entryRuleVocabulary() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleVocabulary = null;


        try {
            // InternalItup.g:2192:51: (iv_ruleVocabulary= ruleVocabulary EOF )
            // InternalItup.g:2193:2: iv_ruleVocabulary= ruleVocabulary EOF
            {
             newCompositeNode(grammarAccess.getVocabularyRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleVocabulary=ruleVocabulary();

            state._fsp--;

             current =iv_ruleVocabulary; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleVocabulary"


    // $ANTLR start "ruleVocabulary"
    // InternalItup.g:2199:1: ruleVocabulary returns [EObject current=null] : (otherlv_0= 'vocabulary' otherlv_1= '{' ( (lv_levels_2_0= ruleLevelName ) )* otherlv_3= '}' ) ;
    public final EObject ruleVocabulary() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_1=null;
        Token otherlv_3=null;
        EObject lv_levels_2_0 = null;



        	enterRule();

        try {
            // InternalItup.g:2205:2: ( (otherlv_0= 'vocabulary' otherlv_1= '{' ( (lv_levels_2_0= ruleLevelName ) )* otherlv_3= '}' ) )
            // InternalItup.g:2206:2: (otherlv_0= 'vocabulary' otherlv_1= '{' ( (lv_levels_2_0= ruleLevelName ) )* otherlv_3= '}' )
            {
            // InternalItup.g:2206:2: (otherlv_0= 'vocabulary' otherlv_1= '{' ( (lv_levels_2_0= ruleLevelName ) )* otherlv_3= '}' )
            // InternalItup.g:2207:3: otherlv_0= 'vocabulary' otherlv_1= '{' ( (lv_levels_2_0= ruleLevelName ) )* otherlv_3= '}'
            {
            otherlv_0=(Token)match(input,59,FOLLOW_25); 

            			newLeafNode(otherlv_0, grammarAccess.getVocabularyAccess().getVocabularyKeyword_0());
            		
            otherlv_1=(Token)match(input,27,FOLLOW_53); 

            			newLeafNode(otherlv_1, grammarAccess.getVocabularyAccess().getLeftCurlyBracketKeyword_1());
            		
            // InternalItup.g:2215:3: ( (lv_levels_2_0= ruleLevelName ) )*
            loop36:
            do {
                int alt36=2;
                int LA36_0 = input.LA(1);

                if ( ((LA36_0>=38 && LA36_0<=39)||LA36_0==83||LA36_0==91||LA36_0==106) ) {
                    alt36=1;
                }


                switch (alt36) {
            	case 1 :
            	    // InternalItup.g:2216:4: (lv_levels_2_0= ruleLevelName )
            	    {
            	    // InternalItup.g:2216:4: (lv_levels_2_0= ruleLevelName )
            	    // InternalItup.g:2217:5: lv_levels_2_0= ruleLevelName
            	    {

            	    					newCompositeNode(grammarAccess.getVocabularyAccess().getLevelsLevelNameParserRuleCall_2_0());
            	    				
            	    pushFollow(FOLLOW_53);
            	    lv_levels_2_0=ruleLevelName();

            	    state._fsp--;


            	    					if (current==null) {
            	    						current = createModelElementForParent(grammarAccess.getVocabularyRule());
            	    					}
            	    					add(
            	    						current,
            	    						"levels",
            	    						lv_levels_2_0,
            	    						"org.itup.dsl.Itup.LevelName");
            	    					afterParserOrEnumRuleCall();
            	    				

            	    }


            	    }
            	    break;

            	default :
            	    break loop36;
                }
            } while (true);

            otherlv_3=(Token)match(input,28,FOLLOW_2); 

            			newLeafNode(otherlv_3, grammarAccess.getVocabularyAccess().getRightCurlyBracketKeyword_3());
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleVocabulary"


    // $ANTLR start "entryRuleLevelName"
    // InternalItup.g:2242:1: entryRuleLevelName returns [EObject current=null] : iv_ruleLevelName= ruleLevelName EOF ;
    public final EObject entryRuleLevelName() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleLevelName = null;


        try {
            // InternalItup.g:2242:50: (iv_ruleLevelName= ruleLevelName EOF )
            // InternalItup.g:2243:2: iv_ruleLevelName= ruleLevelName EOF
            {
             newCompositeNode(grammarAccess.getLevelNameRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleLevelName=ruleLevelName();

            state._fsp--;

             current =iv_ruleLevelName; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleLevelName"


    // $ANTLR start "ruleLevelName"
    // InternalItup.g:2249:1: ruleLevelName returns [EObject current=null] : ( ( (lv_level_0_0= rulePlanLevel ) ) ( (lv_singular_1_0= RULE_STRING ) ) otherlv_2= ',' ( (lv_plural_3_0= RULE_STRING ) ) (otherlv_4= 'written' ( (lv_keyword_5_0= ruleLevelKeyword ) ) )? ) ;
    public final EObject ruleLevelName() throws RecognitionException {
        EObject current = null;

        Token lv_singular_1_0=null;
        Token otherlv_2=null;
        Token lv_plural_3_0=null;
        Token otherlv_4=null;
        Enumerator lv_level_0_0 = null;

        AntlrDatatypeRuleToken lv_keyword_5_0 = null;



        	enterRule();

        try {
            // InternalItup.g:2255:2: ( ( ( (lv_level_0_0= rulePlanLevel ) ) ( (lv_singular_1_0= RULE_STRING ) ) otherlv_2= ',' ( (lv_plural_3_0= RULE_STRING ) ) (otherlv_4= 'written' ( (lv_keyword_5_0= ruleLevelKeyword ) ) )? ) )
            // InternalItup.g:2256:2: ( ( (lv_level_0_0= rulePlanLevel ) ) ( (lv_singular_1_0= RULE_STRING ) ) otherlv_2= ',' ( (lv_plural_3_0= RULE_STRING ) ) (otherlv_4= 'written' ( (lv_keyword_5_0= ruleLevelKeyword ) ) )? )
            {
            // InternalItup.g:2256:2: ( ( (lv_level_0_0= rulePlanLevel ) ) ( (lv_singular_1_0= RULE_STRING ) ) otherlv_2= ',' ( (lv_plural_3_0= RULE_STRING ) ) (otherlv_4= 'written' ( (lv_keyword_5_0= ruleLevelKeyword ) ) )? )
            // InternalItup.g:2257:3: ( (lv_level_0_0= rulePlanLevel ) ) ( (lv_singular_1_0= RULE_STRING ) ) otherlv_2= ',' ( (lv_plural_3_0= RULE_STRING ) ) (otherlv_4= 'written' ( (lv_keyword_5_0= ruleLevelKeyword ) ) )?
            {
            // InternalItup.g:2257:3: ( (lv_level_0_0= rulePlanLevel ) )
            // InternalItup.g:2258:4: (lv_level_0_0= rulePlanLevel )
            {
            // InternalItup.g:2258:4: (lv_level_0_0= rulePlanLevel )
            // InternalItup.g:2259:5: lv_level_0_0= rulePlanLevel
            {

            					newCompositeNode(grammarAccess.getLevelNameAccess().getLevelPlanLevelEnumRuleCall_0_0());
            				
            pushFollow(FOLLOW_10);
            lv_level_0_0=rulePlanLevel();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getLevelNameRule());
            					}
            					set(
            						current,
            						"level",
            						lv_level_0_0,
            						"org.itup.dsl.Itup.PlanLevel");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalItup.g:2276:3: ( (lv_singular_1_0= RULE_STRING ) )
            // InternalItup.g:2277:4: (lv_singular_1_0= RULE_STRING )
            {
            // InternalItup.g:2277:4: (lv_singular_1_0= RULE_STRING )
            // InternalItup.g:2278:5: lv_singular_1_0= RULE_STRING
            {
            lv_singular_1_0=(Token)match(input,RULE_STRING,FOLLOW_54); 

            					newLeafNode(lv_singular_1_0, grammarAccess.getLevelNameAccess().getSingularSTRINGTerminalRuleCall_1_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getLevelNameRule());
            					}
            					setWithLastConsumed(
            						current,
            						"singular",
            						lv_singular_1_0,
            						"org.eclipse.xtext.common.Terminals.STRING");
            				

            }


            }

            otherlv_2=(Token)match(input,18,FOLLOW_10); 

            			newLeafNode(otherlv_2, grammarAccess.getLevelNameAccess().getCommaKeyword_2());
            		
            // InternalItup.g:2298:3: ( (lv_plural_3_0= RULE_STRING ) )
            // InternalItup.g:2299:4: (lv_plural_3_0= RULE_STRING )
            {
            // InternalItup.g:2299:4: (lv_plural_3_0= RULE_STRING )
            // InternalItup.g:2300:5: lv_plural_3_0= RULE_STRING
            {
            lv_plural_3_0=(Token)match(input,RULE_STRING,FOLLOW_55); 

            					newLeafNode(lv_plural_3_0, grammarAccess.getLevelNameAccess().getPluralSTRINGTerminalRuleCall_3_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getLevelNameRule());
            					}
            					setWithLastConsumed(
            						current,
            						"plural",
            						lv_plural_3_0,
            						"org.eclipse.xtext.common.Terminals.STRING");
            				

            }


            }

            // InternalItup.g:2316:3: (otherlv_4= 'written' ( (lv_keyword_5_0= ruleLevelKeyword ) ) )?
            int alt37=2;
            int LA37_0 = input.LA(1);

            if ( (LA37_0==60) ) {
                alt37=1;
            }
            switch (alt37) {
                case 1 :
                    // InternalItup.g:2317:4: otherlv_4= 'written' ( (lv_keyword_5_0= ruleLevelKeyword ) )
                    {
                    otherlv_4=(Token)match(input,60,FOLLOW_56); 

                    				newLeafNode(otherlv_4, grammarAccess.getLevelNameAccess().getWrittenKeyword_4_0());
                    			
                    // InternalItup.g:2321:4: ( (lv_keyword_5_0= ruleLevelKeyword ) )
                    // InternalItup.g:2322:5: (lv_keyword_5_0= ruleLevelKeyword )
                    {
                    // InternalItup.g:2322:5: (lv_keyword_5_0= ruleLevelKeyword )
                    // InternalItup.g:2323:6: lv_keyword_5_0= ruleLevelKeyword
                    {

                    						newCompositeNode(grammarAccess.getLevelNameAccess().getKeywordLevelKeywordParserRuleCall_4_1_0());
                    					
                    pushFollow(FOLLOW_2);
                    lv_keyword_5_0=ruleLevelKeyword();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getLevelNameRule());
                    						}
                    						set(
                    							current,
                    							"keyword",
                    							lv_keyword_5_0,
                    							"org.itup.dsl.Itup.LevelKeyword");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleLevelName"


    // $ANTLR start "entryRuleLevelKeyword"
    // InternalItup.g:2345:1: entryRuleLevelKeyword returns [String current=null] : iv_ruleLevelKeyword= ruleLevelKeyword EOF ;
    public final String entryRuleLevelKeyword() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleLevelKeyword = null;


        try {
            // InternalItup.g:2345:52: (iv_ruleLevelKeyword= ruleLevelKeyword EOF )
            // InternalItup.g:2346:2: iv_ruleLevelKeyword= ruleLevelKeyword EOF
            {
             newCompositeNode(grammarAccess.getLevelKeywordRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleLevelKeyword=ruleLevelKeyword();

            state._fsp--;

             current =iv_ruleLevelKeyword.getText(); 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleLevelKeyword"


    // $ANTLR start "ruleLevelKeyword"
    // InternalItup.g:2352:1: ruleLevelKeyword returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (kw= 'programme' | kw= 'pillar' | kw= 'priority' | kw= 'result' | kw= 'product' | kw= 'service' | kw= 'function' ) ;
    public final AntlrDatatypeRuleToken ruleLevelKeyword() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token kw=null;


        	enterRule();

        try {
            // InternalItup.g:2358:2: ( (kw= 'programme' | kw= 'pillar' | kw= 'priority' | kw= 'result' | kw= 'product' | kw= 'service' | kw= 'function' ) )
            // InternalItup.g:2359:2: (kw= 'programme' | kw= 'pillar' | kw= 'priority' | kw= 'result' | kw= 'product' | kw= 'service' | kw= 'function' )
            {
            // InternalItup.g:2359:2: (kw= 'programme' | kw= 'pillar' | kw= 'priority' | kw= 'result' | kw= 'product' | kw= 'service' | kw= 'function' )
            int alt38=7;
            switch ( input.LA(1) ) {
            case 61:
                {
                alt38=1;
                }
                break;
            case 62:
                {
                alt38=2;
                }
                break;
            case 63:
                {
                alt38=3;
                }
                break;
            case 64:
                {
                alt38=4;
                }
                break;
            case 65:
                {
                alt38=5;
                }
                break;
            case 66:
                {
                alt38=6;
                }
                break;
            case 67:
                {
                alt38=7;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 38, 0, input);

                throw nvae;
            }

            switch (alt38) {
                case 1 :
                    // InternalItup.g:2360:3: kw= 'programme'
                    {
                    kw=(Token)match(input,61,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getLevelKeywordAccess().getProgrammeKeyword_0());
                    		

                    }
                    break;
                case 2 :
                    // InternalItup.g:2366:3: kw= 'pillar'
                    {
                    kw=(Token)match(input,62,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getLevelKeywordAccess().getPillarKeyword_1());
                    		

                    }
                    break;
                case 3 :
                    // InternalItup.g:2372:3: kw= 'priority'
                    {
                    kw=(Token)match(input,63,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getLevelKeywordAccess().getPriorityKeyword_2());
                    		

                    }
                    break;
                case 4 :
                    // InternalItup.g:2378:3: kw= 'result'
                    {
                    kw=(Token)match(input,64,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getLevelKeywordAccess().getResultKeyword_3());
                    		

                    }
                    break;
                case 5 :
                    // InternalItup.g:2384:3: kw= 'product'
                    {
                    kw=(Token)match(input,65,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getLevelKeywordAccess().getProductKeyword_4());
                    		

                    }
                    break;
                case 6 :
                    // InternalItup.g:2390:3: kw= 'service'
                    {
                    kw=(Token)match(input,66,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getLevelKeywordAccess().getServiceKeyword_5());
                    		

                    }
                    break;
                case 7 :
                    // InternalItup.g:2396:3: kw= 'function'
                    {
                    kw=(Token)match(input,67,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getLevelKeywordAccess().getFunctionKeyword_6());
                    		

                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleLevelKeyword"


    // $ANTLR start "ruleCodeSchemes"
    // InternalItup.g:2406:1: ruleCodeSchemes[EObject in_current] returns [EObject current=in_current] : (otherlv_0= 'codes' otherlv_1= '{' ( (lv_codeSchemes_2_0= ruleCodeScheme ) )* otherlv_3= '}' ) ;
    public final EObject ruleCodeSchemes(EObject in_current) throws RecognitionException {
        EObject current = in_current;

        Token otherlv_0=null;
        Token otherlv_1=null;
        Token otherlv_3=null;
        EObject lv_codeSchemes_2_0 = null;



        	enterRule();

        try {
            // InternalItup.g:2412:2: ( (otherlv_0= 'codes' otherlv_1= '{' ( (lv_codeSchemes_2_0= ruleCodeScheme ) )* otherlv_3= '}' ) )
            // InternalItup.g:2413:2: (otherlv_0= 'codes' otherlv_1= '{' ( (lv_codeSchemes_2_0= ruleCodeScheme ) )* otherlv_3= '}' )
            {
            // InternalItup.g:2413:2: (otherlv_0= 'codes' otherlv_1= '{' ( (lv_codeSchemes_2_0= ruleCodeScheme ) )* otherlv_3= '}' )
            // InternalItup.g:2414:3: otherlv_0= 'codes' otherlv_1= '{' ( (lv_codeSchemes_2_0= ruleCodeScheme ) )* otherlv_3= '}'
            {
            otherlv_0=(Token)match(input,19,FOLLOW_25); 

            			newLeafNode(otherlv_0, grammarAccess.getCodeSchemesAccess().getCodesKeyword_0());
            		
            otherlv_1=(Token)match(input,27,FOLLOW_57); 

            			newLeafNode(otherlv_1, grammarAccess.getCodeSchemesAccess().getLeftCurlyBracketKeyword_1());
            		
            // InternalItup.g:2422:3: ( (lv_codeSchemes_2_0= ruleCodeScheme ) )*
            loop39:
            do {
                int alt39=2;
                int LA39_0 = input.LA(1);

                if ( ((LA39_0>=38 && LA39_0<=39)||LA39_0==72||LA39_0==83||LA39_0==91) ) {
                    alt39=1;
                }


                switch (alt39) {
            	case 1 :
            	    // InternalItup.g:2423:4: (lv_codeSchemes_2_0= ruleCodeScheme )
            	    {
            	    // InternalItup.g:2423:4: (lv_codeSchemes_2_0= ruleCodeScheme )
            	    // InternalItup.g:2424:5: lv_codeSchemes_2_0= ruleCodeScheme
            	    {

            	    					newCompositeNode(grammarAccess.getCodeSchemesAccess().getCodeSchemesCodeSchemeParserRuleCall_2_0());
            	    				
            	    pushFollow(FOLLOW_57);
            	    lv_codeSchemes_2_0=ruleCodeScheme();

            	    state._fsp--;


            	    					if (current==null) {
            	    						current = createModelElementForParent(grammarAccess.getCodeSchemesRule());
            	    					}
            	    					add(
            	    						current,
            	    						"codeSchemes",
            	    						lv_codeSchemes_2_0,
            	    						"org.itup.dsl.Itup.CodeScheme");
            	    					afterParserOrEnumRuleCall();
            	    				

            	    }


            	    }
            	    break;

            	default :
            	    break loop39;
                }
            } while (true);

            otherlv_3=(Token)match(input,28,FOLLOW_2); 

            			newLeafNode(otherlv_3, grammarAccess.getCodeSchemesAccess().getRightCurlyBracketKeyword_3());
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleCodeSchemes"


    // $ANTLR start "entryRuleCodeScheme"
    // InternalItup.g:2449:1: entryRuleCodeScheme returns [EObject current=null] : iv_ruleCodeScheme= ruleCodeScheme EOF ;
    public final EObject entryRuleCodeScheme() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleCodeScheme = null;


        try {
            // InternalItup.g:2449:51: (iv_ruleCodeScheme= ruleCodeScheme EOF )
            // InternalItup.g:2450:2: iv_ruleCodeScheme= ruleCodeScheme EOF
            {
             newCompositeNode(grammarAccess.getCodeSchemeRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleCodeScheme=ruleCodeScheme();

            state._fsp--;

             current =iv_ruleCodeScheme; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleCodeScheme"


    // $ANTLR start "ruleCodeScheme"
    // InternalItup.g:2456:1: ruleCodeScheme returns [EObject current=null] : ( ( (lv_level_0_0= ruleCodedLevel ) ) ( ( (lv_pattern_1_0= RULE_STRING ) ) | ( (lv_official_2_0= 'official' ) ) ) ) ;
    public final EObject ruleCodeScheme() throws RecognitionException {
        EObject current = null;

        Token lv_pattern_1_0=null;
        Token lv_official_2_0=null;
        Enumerator lv_level_0_0 = null;



        	enterRule();

        try {
            // InternalItup.g:2462:2: ( ( ( (lv_level_0_0= ruleCodedLevel ) ) ( ( (lv_pattern_1_0= RULE_STRING ) ) | ( (lv_official_2_0= 'official' ) ) ) ) )
            // InternalItup.g:2463:2: ( ( (lv_level_0_0= ruleCodedLevel ) ) ( ( (lv_pattern_1_0= RULE_STRING ) ) | ( (lv_official_2_0= 'official' ) ) ) )
            {
            // InternalItup.g:2463:2: ( ( (lv_level_0_0= ruleCodedLevel ) ) ( ( (lv_pattern_1_0= RULE_STRING ) ) | ( (lv_official_2_0= 'official' ) ) ) )
            // InternalItup.g:2464:3: ( (lv_level_0_0= ruleCodedLevel ) ) ( ( (lv_pattern_1_0= RULE_STRING ) ) | ( (lv_official_2_0= 'official' ) ) )
            {
            // InternalItup.g:2464:3: ( (lv_level_0_0= ruleCodedLevel ) )
            // InternalItup.g:2465:4: (lv_level_0_0= ruleCodedLevel )
            {
            // InternalItup.g:2465:4: (lv_level_0_0= ruleCodedLevel )
            // InternalItup.g:2466:5: lv_level_0_0= ruleCodedLevel
            {

            					newCompositeNode(grammarAccess.getCodeSchemeAccess().getLevelCodedLevelEnumRuleCall_0_0());
            				
            pushFollow(FOLLOW_58);
            lv_level_0_0=ruleCodedLevel();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getCodeSchemeRule());
            					}
            					set(
            						current,
            						"level",
            						lv_level_0_0,
            						"org.itup.dsl.Itup.CodedLevel");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalItup.g:2483:3: ( ( (lv_pattern_1_0= RULE_STRING ) ) | ( (lv_official_2_0= 'official' ) ) )
            int alt40=2;
            int LA40_0 = input.LA(1);

            if ( (LA40_0==RULE_STRING) ) {
                alt40=1;
            }
            else if ( (LA40_0==20) ) {
                alt40=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 40, 0, input);

                throw nvae;
            }
            switch (alt40) {
                case 1 :
                    // InternalItup.g:2484:4: ( (lv_pattern_1_0= RULE_STRING ) )
                    {
                    // InternalItup.g:2484:4: ( (lv_pattern_1_0= RULE_STRING ) )
                    // InternalItup.g:2485:5: (lv_pattern_1_0= RULE_STRING )
                    {
                    // InternalItup.g:2485:5: (lv_pattern_1_0= RULE_STRING )
                    // InternalItup.g:2486:6: lv_pattern_1_0= RULE_STRING
                    {
                    lv_pattern_1_0=(Token)match(input,RULE_STRING,FOLLOW_2); 

                    						newLeafNode(lv_pattern_1_0, grammarAccess.getCodeSchemeAccess().getPatternSTRINGTerminalRuleCall_1_0_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getCodeSchemeRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"pattern",
                    							lv_pattern_1_0,
                    							"org.eclipse.xtext.common.Terminals.STRING");
                    					

                    }


                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:2503:4: ( (lv_official_2_0= 'official' ) )
                    {
                    // InternalItup.g:2503:4: ( (lv_official_2_0= 'official' ) )
                    // InternalItup.g:2504:5: (lv_official_2_0= 'official' )
                    {
                    // InternalItup.g:2504:5: (lv_official_2_0= 'official' )
                    // InternalItup.g:2505:6: lv_official_2_0= 'official'
                    {
                    lv_official_2_0=(Token)match(input,20,FOLLOW_2); 

                    						newLeafNode(lv_official_2_0, grammarAccess.getCodeSchemeAccess().getOfficialOfficialKeyword_1_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getCodeSchemeRule());
                    						}
                    						setWithLastConsumed(current, "official", lv_official_2_0 != null, "official");
                    					

                    }


                    }


                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleCodeScheme"


    // $ANTLR start "entryRuleImport"
    // InternalItup.g:2522:1: entryRuleImport returns [EObject current=null] : iv_ruleImport= ruleImport EOF ;
    public final EObject entryRuleImport() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleImport = null;


        try {
            // InternalItup.g:2522:47: (iv_ruleImport= ruleImport EOF )
            // InternalItup.g:2523:2: iv_ruleImport= ruleImport EOF
            {
             newCompositeNode(grammarAccess.getImportRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleImport=ruleImport();

            state._fsp--;

             current =iv_ruleImport; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleImport"


    // $ANTLR start "ruleImport"
    // InternalItup.g:2529:1: ruleImport returns [EObject current=null] : (otherlv_0= 'import' ( ( rulePlanName ) ) ) ;
    public final EObject ruleImport() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;


        	enterRule();

        try {
            // InternalItup.g:2535:2: ( (otherlv_0= 'import' ( ( rulePlanName ) ) ) )
            // InternalItup.g:2536:2: (otherlv_0= 'import' ( ( rulePlanName ) ) )
            {
            // InternalItup.g:2536:2: (otherlv_0= 'import' ( ( rulePlanName ) ) )
            // InternalItup.g:2537:3: otherlv_0= 'import' ( ( rulePlanName ) )
            {
            otherlv_0=(Token)match(input,68,FOLLOW_3); 

            			newLeafNode(otherlv_0, grammarAccess.getImportAccess().getImportKeyword_0());
            		
            // InternalItup.g:2541:3: ( ( rulePlanName ) )
            // InternalItup.g:2542:4: ( rulePlanName )
            {
            // InternalItup.g:2542:4: ( rulePlanName )
            // InternalItup.g:2543:5: rulePlanName
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getImportRule());
            					}
            				

            					newCompositeNode(grammarAccess.getImportAccess().getPlanPlanCrossReference_1_0());
            				
            pushFollow(FOLLOW_2);
            rulePlanName();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleImport"


    // $ANTLR start "entryRuleCoreValue"
    // InternalItup.g:2561:1: entryRuleCoreValue returns [EObject current=null] : iv_ruleCoreValue= ruleCoreValue EOF ;
    public final EObject entryRuleCoreValue() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleCoreValue = null;


        try {
            // InternalItup.g:2561:50: (iv_ruleCoreValue= ruleCoreValue EOF )
            // InternalItup.g:2562:2: iv_ruleCoreValue= ruleCoreValue EOF
            {
             newCompositeNode(grammarAccess.getCoreValueRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleCoreValue=ruleCoreValue();

            state._fsp--;

             current =iv_ruleCoreValue; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleCoreValue"


    // $ANTLR start "ruleCoreValue"
    // InternalItup.g:2568:1: ruleCoreValue returns [EObject current=null] : (otherlv_0= 'value' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) ) ( (lv_statement_3_0= RULE_STRING ) )? ) ;
    public final EObject ruleCoreValue() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_title_2_0=null;
        Token lv_statement_3_0=null;
        AntlrDatatypeRuleToken lv_name_1_0 = null;



        	enterRule();

        try {
            // InternalItup.g:2574:2: ( (otherlv_0= 'value' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) ) ( (lv_statement_3_0= RULE_STRING ) )? ) )
            // InternalItup.g:2575:2: (otherlv_0= 'value' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) ) ( (lv_statement_3_0= RULE_STRING ) )? )
            {
            // InternalItup.g:2575:2: (otherlv_0= 'value' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) ) ( (lv_statement_3_0= RULE_STRING ) )? )
            // InternalItup.g:2576:3: otherlv_0= 'value' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) ) ( (lv_statement_3_0= RULE_STRING ) )?
            {
            otherlv_0=(Token)match(input,49,FOLLOW_18); 

            			newLeafNode(otherlv_0, grammarAccess.getCoreValueAccess().getValueKeyword_0());
            		
            // InternalItup.g:2580:3: ( (lv_name_1_0= ruleCode ) )
            // InternalItup.g:2581:4: (lv_name_1_0= ruleCode )
            {
            // InternalItup.g:2581:4: (lv_name_1_0= ruleCode )
            // InternalItup.g:2582:5: lv_name_1_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getCoreValueAccess().getNameCodeParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_10);
            lv_name_1_0=ruleCode();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getCoreValueRule());
            					}
            					set(
            						current,
            						"name",
            						lv_name_1_0,
            						"org.itup.dsl.Itup.Code");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalItup.g:2599:3: ( (lv_title_2_0= RULE_STRING ) )
            // InternalItup.g:2600:4: (lv_title_2_0= RULE_STRING )
            {
            // InternalItup.g:2600:4: (lv_title_2_0= RULE_STRING )
            // InternalItup.g:2601:5: lv_title_2_0= RULE_STRING
            {
            lv_title_2_0=(Token)match(input,RULE_STRING,FOLLOW_42); 

            					newLeafNode(lv_title_2_0, grammarAccess.getCoreValueAccess().getTitleSTRINGTerminalRuleCall_2_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getCoreValueRule());
            					}
            					setWithLastConsumed(
            						current,
            						"title",
            						lv_title_2_0,
            						"org.eclipse.xtext.common.Terminals.STRING");
            				

            }


            }

            // InternalItup.g:2617:3: ( (lv_statement_3_0= RULE_STRING ) )?
            int alt41=2;
            int LA41_0 = input.LA(1);

            if ( (LA41_0==RULE_STRING) ) {
                alt41=1;
            }
            switch (alt41) {
                case 1 :
                    // InternalItup.g:2618:4: (lv_statement_3_0= RULE_STRING )
                    {
                    // InternalItup.g:2618:4: (lv_statement_3_0= RULE_STRING )
                    // InternalItup.g:2619:5: lv_statement_3_0= RULE_STRING
                    {
                    lv_statement_3_0=(Token)match(input,RULE_STRING,FOLLOW_2); 

                    					newLeafNode(lv_statement_3_0, grammarAccess.getCoreValueAccess().getStatementSTRINGTerminalRuleCall_3_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getCoreValueRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"statement",
                    						lv_statement_3_0,
                    						"org.eclipse.xtext.common.Terminals.STRING");
                    				

                    }


                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleCoreValue"


    // $ANTLR start "entryRuleGoal"
    // InternalItup.g:2639:1: entryRuleGoal returns [EObject current=null] : iv_ruleGoal= ruleGoal EOF ;
    public final EObject entryRuleGoal() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleGoal = null;


        try {
            // InternalItup.g:2639:45: (iv_ruleGoal= ruleGoal EOF )
            // InternalItup.g:2640:2: iv_ruleGoal= ruleGoal EOF
            {
             newCompositeNode(grammarAccess.getGoalRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleGoal=ruleGoal();

            state._fsp--;

             current =iv_ruleGoal; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleGoal"


    // $ANTLR start "ruleGoal"
    // InternalItup.g:2646:1: ruleGoal returns [EObject current=null] : (otherlv_0= 'goal' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )? (otherlv_6= 'description' ( (lv_description_7_0= RULE_STRING ) ) )? ( ( (lv_targets_8_0= ruleTarget ) ) | this_Replaces_9= ruleReplaces[$current] | (otherlv_10= 'sdg' ( (lv_sdgLinks_11_0= ruleSdgLink ) ) (otherlv_12= ',' ( (lv_sdgLinks_13_0= ruleSdgLink ) ) )* ) | (otherlv_14= 'wsis' ( (lv_wsisActionLines_15_0= ruleCode ) ) (otherlv_16= ',' ( (lv_wsisActionLines_17_0= ruleCode ) ) )* ) )* otherlv_18= '}' ) ;
    public final EObject ruleGoal() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_title_2_0=null;
        Token otherlv_3=null;
        Token otherlv_4=null;
        Token lv_statement_5_0=null;
        Token otherlv_6=null;
        Token lv_description_7_0=null;
        Token otherlv_10=null;
        Token otherlv_12=null;
        Token otherlv_14=null;
        Token otherlv_16=null;
        Token otherlv_18=null;
        AntlrDatatypeRuleToken lv_name_1_0 = null;

        EObject lv_targets_8_0 = null;

        EObject this_Replaces_9 = null;

        EObject lv_sdgLinks_11_0 = null;

        EObject lv_sdgLinks_13_0 = null;

        AntlrDatatypeRuleToken lv_wsisActionLines_15_0 = null;

        AntlrDatatypeRuleToken lv_wsisActionLines_17_0 = null;



        	enterRule();

        try {
            // InternalItup.g:2652:2: ( (otherlv_0= 'goal' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )? (otherlv_6= 'description' ( (lv_description_7_0= RULE_STRING ) ) )? ( ( (lv_targets_8_0= ruleTarget ) ) | this_Replaces_9= ruleReplaces[$current] | (otherlv_10= 'sdg' ( (lv_sdgLinks_11_0= ruleSdgLink ) ) (otherlv_12= ',' ( (lv_sdgLinks_13_0= ruleSdgLink ) ) )* ) | (otherlv_14= 'wsis' ( (lv_wsisActionLines_15_0= ruleCode ) ) (otherlv_16= ',' ( (lv_wsisActionLines_17_0= ruleCode ) ) )* ) )* otherlv_18= '}' ) )
            // InternalItup.g:2653:2: (otherlv_0= 'goal' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )? (otherlv_6= 'description' ( (lv_description_7_0= RULE_STRING ) ) )? ( ( (lv_targets_8_0= ruleTarget ) ) | this_Replaces_9= ruleReplaces[$current] | (otherlv_10= 'sdg' ( (lv_sdgLinks_11_0= ruleSdgLink ) ) (otherlv_12= ',' ( (lv_sdgLinks_13_0= ruleSdgLink ) ) )* ) | (otherlv_14= 'wsis' ( (lv_wsisActionLines_15_0= ruleCode ) ) (otherlv_16= ',' ( (lv_wsisActionLines_17_0= ruleCode ) ) )* ) )* otherlv_18= '}' )
            {
            // InternalItup.g:2653:2: (otherlv_0= 'goal' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )? (otherlv_6= 'description' ( (lv_description_7_0= RULE_STRING ) ) )? ( ( (lv_targets_8_0= ruleTarget ) ) | this_Replaces_9= ruleReplaces[$current] | (otherlv_10= 'sdg' ( (lv_sdgLinks_11_0= ruleSdgLink ) ) (otherlv_12= ',' ( (lv_sdgLinks_13_0= ruleSdgLink ) ) )* ) | (otherlv_14= 'wsis' ( (lv_wsisActionLines_15_0= ruleCode ) ) (otherlv_16= ',' ( (lv_wsisActionLines_17_0= ruleCode ) ) )* ) )* otherlv_18= '}' )
            // InternalItup.g:2654:3: otherlv_0= 'goal' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )? (otherlv_6= 'description' ( (lv_description_7_0= RULE_STRING ) ) )? ( ( (lv_targets_8_0= ruleTarget ) ) | this_Replaces_9= ruleReplaces[$current] | (otherlv_10= 'sdg' ( (lv_sdgLinks_11_0= ruleSdgLink ) ) (otherlv_12= ',' ( (lv_sdgLinks_13_0= ruleSdgLink ) ) )* ) | (otherlv_14= 'wsis' ( (lv_wsisActionLines_15_0= ruleCode ) ) (otherlv_16= ',' ( (lv_wsisActionLines_17_0= ruleCode ) ) )* ) )* otherlv_18= '}'
            {
            otherlv_0=(Token)match(input,69,FOLLOW_18); 

            			newLeafNode(otherlv_0, grammarAccess.getGoalAccess().getGoalKeyword_0());
            		
            // InternalItup.g:2658:3: ( (lv_name_1_0= ruleCode ) )
            // InternalItup.g:2659:4: (lv_name_1_0= ruleCode )
            {
            // InternalItup.g:2659:4: (lv_name_1_0= ruleCode )
            // InternalItup.g:2660:5: lv_name_1_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getGoalAccess().getNameCodeParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_59);
            lv_name_1_0=ruleCode();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getGoalRule());
            					}
            					set(
            						current,
            						"name",
            						lv_name_1_0,
            						"org.itup.dsl.Itup.Code");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalItup.g:2677:3: ( (lv_title_2_0= RULE_STRING ) )?
            int alt42=2;
            int LA42_0 = input.LA(1);

            if ( (LA42_0==RULE_STRING) ) {
                alt42=1;
            }
            switch (alt42) {
                case 1 :
                    // InternalItup.g:2678:4: (lv_title_2_0= RULE_STRING )
                    {
                    // InternalItup.g:2678:4: (lv_title_2_0= RULE_STRING )
                    // InternalItup.g:2679:5: lv_title_2_0= RULE_STRING
                    {
                    lv_title_2_0=(Token)match(input,RULE_STRING,FOLLOW_25); 

                    					newLeafNode(lv_title_2_0, grammarAccess.getGoalAccess().getTitleSTRINGTerminalRuleCall_2_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getGoalRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"title",
                    						lv_title_2_0,
                    						"org.eclipse.xtext.common.Terminals.STRING");
                    				

                    }


                    }
                    break;

            }

            otherlv_3=(Token)match(input,27,FOLLOW_60); 

            			newLeafNode(otherlv_3, grammarAccess.getGoalAccess().getLeftCurlyBracketKeyword_3());
            		
            // InternalItup.g:2699:3: (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )?
            int alt43=2;
            int LA43_0 = input.LA(1);

            if ( (LA43_0==70) ) {
                alt43=1;
            }
            switch (alt43) {
                case 1 :
                    // InternalItup.g:2700:4: otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) )
                    {
                    otherlv_4=(Token)match(input,70,FOLLOW_10); 

                    				newLeafNode(otherlv_4, grammarAccess.getGoalAccess().getStatementKeyword_4_0());
                    			
                    // InternalItup.g:2704:4: ( (lv_statement_5_0= RULE_STRING ) )
                    // InternalItup.g:2705:5: (lv_statement_5_0= RULE_STRING )
                    {
                    // InternalItup.g:2705:5: (lv_statement_5_0= RULE_STRING )
                    // InternalItup.g:2706:6: lv_statement_5_0= RULE_STRING
                    {
                    lv_statement_5_0=(Token)match(input,RULE_STRING,FOLLOW_61); 

                    						newLeafNode(lv_statement_5_0, grammarAccess.getGoalAccess().getStatementSTRINGTerminalRuleCall_4_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getGoalRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"statement",
                    							lv_statement_5_0,
                    							"org.eclipse.xtext.common.Terminals.STRING");
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalItup.g:2723:3: (otherlv_6= 'description' ( (lv_description_7_0= RULE_STRING ) ) )?
            int alt44=2;
            int LA44_0 = input.LA(1);

            if ( (LA44_0==71) ) {
                alt44=1;
            }
            switch (alt44) {
                case 1 :
                    // InternalItup.g:2724:4: otherlv_6= 'description' ( (lv_description_7_0= RULE_STRING ) )
                    {
                    otherlv_6=(Token)match(input,71,FOLLOW_10); 

                    				newLeafNode(otherlv_6, grammarAccess.getGoalAccess().getDescriptionKeyword_5_0());
                    			
                    // InternalItup.g:2728:4: ( (lv_description_7_0= RULE_STRING ) )
                    // InternalItup.g:2729:5: (lv_description_7_0= RULE_STRING )
                    {
                    // InternalItup.g:2729:5: (lv_description_7_0= RULE_STRING )
                    // InternalItup.g:2730:6: lv_description_7_0= RULE_STRING
                    {
                    lv_description_7_0=(Token)match(input,RULE_STRING,FOLLOW_62); 

                    						newLeafNode(lv_description_7_0, grammarAccess.getGoalAccess().getDescriptionSTRINGTerminalRuleCall_5_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getGoalRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"description",
                    							lv_description_7_0,
                    							"org.eclipse.xtext.common.Terminals.STRING");
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalItup.g:2747:3: ( ( (lv_targets_8_0= ruleTarget ) ) | this_Replaces_9= ruleReplaces[$current] | (otherlv_10= 'sdg' ( (lv_sdgLinks_11_0= ruleSdgLink ) ) (otherlv_12= ',' ( (lv_sdgLinks_13_0= ruleSdgLink ) ) )* ) | (otherlv_14= 'wsis' ( (lv_wsisActionLines_15_0= ruleCode ) ) (otherlv_16= ',' ( (lv_wsisActionLines_17_0= ruleCode ) ) )* ) )*
            loop47:
            do {
                int alt47=5;
                switch ( input.LA(1) ) {
                case 72:
                    {
                    alt47=1;
                    }
                    break;
                case 58:
                    {
                    alt47=2;
                    }
                    break;
                case 31:
                    {
                    alt47=3;
                    }
                    break;
                case 29:
                    {
                    alt47=4;
                    }
                    break;

                }

                switch (alt47) {
            	case 1 :
            	    // InternalItup.g:2748:4: ( (lv_targets_8_0= ruleTarget ) )
            	    {
            	    // InternalItup.g:2748:4: ( (lv_targets_8_0= ruleTarget ) )
            	    // InternalItup.g:2749:5: (lv_targets_8_0= ruleTarget )
            	    {
            	    // InternalItup.g:2749:5: (lv_targets_8_0= ruleTarget )
            	    // InternalItup.g:2750:6: lv_targets_8_0= ruleTarget
            	    {

            	    						newCompositeNode(grammarAccess.getGoalAccess().getTargetsTargetParserRuleCall_6_0_0());
            	    					
            	    pushFollow(FOLLOW_62);
            	    lv_targets_8_0=ruleTarget();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getGoalRule());
            	    						}
            	    						add(
            	    							current,
            	    							"targets",
            	    							lv_targets_8_0,
            	    							"org.itup.dsl.Itup.Target");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 2 :
            	    // InternalItup.g:2768:4: this_Replaces_9= ruleReplaces[$current]
            	    {

            	    				if (current==null) {
            	    					current = createModelElement(grammarAccess.getGoalRule());
            	    				}
            	    				newCompositeNode(grammarAccess.getGoalAccess().getReplacesParserRuleCall_6_1());
            	    			
            	    pushFollow(FOLLOW_62);
            	    this_Replaces_9=ruleReplaces(current);

            	    state._fsp--;


            	    				current = this_Replaces_9;
            	    				afterParserOrEnumRuleCall();
            	    			

            	    }
            	    break;
            	case 3 :
            	    // InternalItup.g:2780:4: (otherlv_10= 'sdg' ( (lv_sdgLinks_11_0= ruleSdgLink ) ) (otherlv_12= ',' ( (lv_sdgLinks_13_0= ruleSdgLink ) ) )* )
            	    {
            	    // InternalItup.g:2780:4: (otherlv_10= 'sdg' ( (lv_sdgLinks_11_0= ruleSdgLink ) ) (otherlv_12= ',' ( (lv_sdgLinks_13_0= ruleSdgLink ) ) )* )
            	    // InternalItup.g:2781:5: otherlv_10= 'sdg' ( (lv_sdgLinks_11_0= ruleSdgLink ) ) (otherlv_12= ',' ( (lv_sdgLinks_13_0= ruleSdgLink ) ) )*
            	    {
            	    otherlv_10=(Token)match(input,31,FOLLOW_18); 

            	    					newLeafNode(otherlv_10, grammarAccess.getGoalAccess().getSdgKeyword_6_2_0());
            	    				
            	    // InternalItup.g:2785:5: ( (lv_sdgLinks_11_0= ruleSdgLink ) )
            	    // InternalItup.g:2786:6: (lv_sdgLinks_11_0= ruleSdgLink )
            	    {
            	    // InternalItup.g:2786:6: (lv_sdgLinks_11_0= ruleSdgLink )
            	    // InternalItup.g:2787:7: lv_sdgLinks_11_0= ruleSdgLink
            	    {

            	    							newCompositeNode(grammarAccess.getGoalAccess().getSdgLinksSdgLinkParserRuleCall_6_2_1_0());
            	    						
            	    pushFollow(FOLLOW_63);
            	    lv_sdgLinks_11_0=ruleSdgLink();

            	    state._fsp--;


            	    							if (current==null) {
            	    								current = createModelElementForParent(grammarAccess.getGoalRule());
            	    							}
            	    							add(
            	    								current,
            	    								"sdgLinks",
            	    								lv_sdgLinks_11_0,
            	    								"org.itup.dsl.Itup.SdgLink");
            	    							afterParserOrEnumRuleCall();
            	    						

            	    }


            	    }

            	    // InternalItup.g:2804:5: (otherlv_12= ',' ( (lv_sdgLinks_13_0= ruleSdgLink ) ) )*
            	    loop45:
            	    do {
            	        int alt45=2;
            	        int LA45_0 = input.LA(1);

            	        if ( (LA45_0==18) ) {
            	            alt45=1;
            	        }


            	        switch (alt45) {
            	    	case 1 :
            	    	    // InternalItup.g:2805:6: otherlv_12= ',' ( (lv_sdgLinks_13_0= ruleSdgLink ) )
            	    	    {
            	    	    otherlv_12=(Token)match(input,18,FOLLOW_18); 

            	    	    						newLeafNode(otherlv_12, grammarAccess.getGoalAccess().getCommaKeyword_6_2_2_0());
            	    	    					
            	    	    // InternalItup.g:2809:6: ( (lv_sdgLinks_13_0= ruleSdgLink ) )
            	    	    // InternalItup.g:2810:7: (lv_sdgLinks_13_0= ruleSdgLink )
            	    	    {
            	    	    // InternalItup.g:2810:7: (lv_sdgLinks_13_0= ruleSdgLink )
            	    	    // InternalItup.g:2811:8: lv_sdgLinks_13_0= ruleSdgLink
            	    	    {

            	    	    								newCompositeNode(grammarAccess.getGoalAccess().getSdgLinksSdgLinkParserRuleCall_6_2_2_1_0());
            	    	    							
            	    	    pushFollow(FOLLOW_63);
            	    	    lv_sdgLinks_13_0=ruleSdgLink();

            	    	    state._fsp--;


            	    	    								if (current==null) {
            	    	    									current = createModelElementForParent(grammarAccess.getGoalRule());
            	    	    								}
            	    	    								add(
            	    	    									current,
            	    	    									"sdgLinks",
            	    	    									lv_sdgLinks_13_0,
            	    	    									"org.itup.dsl.Itup.SdgLink");
            	    	    								afterParserOrEnumRuleCall();
            	    	    							

            	    	    }


            	    	    }


            	    	    }
            	    	    break;

            	    	default :
            	    	    break loop45;
            	        }
            	    } while (true);


            	    }


            	    }
            	    break;
            	case 4 :
            	    // InternalItup.g:2831:4: (otherlv_14= 'wsis' ( (lv_wsisActionLines_15_0= ruleCode ) ) (otherlv_16= ',' ( (lv_wsisActionLines_17_0= ruleCode ) ) )* )
            	    {
            	    // InternalItup.g:2831:4: (otherlv_14= 'wsis' ( (lv_wsisActionLines_15_0= ruleCode ) ) (otherlv_16= ',' ( (lv_wsisActionLines_17_0= ruleCode ) ) )* )
            	    // InternalItup.g:2832:5: otherlv_14= 'wsis' ( (lv_wsisActionLines_15_0= ruleCode ) ) (otherlv_16= ',' ( (lv_wsisActionLines_17_0= ruleCode ) ) )*
            	    {
            	    otherlv_14=(Token)match(input,29,FOLLOW_18); 

            	    					newLeafNode(otherlv_14, grammarAccess.getGoalAccess().getWsisKeyword_6_3_0());
            	    				
            	    // InternalItup.g:2836:5: ( (lv_wsisActionLines_15_0= ruleCode ) )
            	    // InternalItup.g:2837:6: (lv_wsisActionLines_15_0= ruleCode )
            	    {
            	    // InternalItup.g:2837:6: (lv_wsisActionLines_15_0= ruleCode )
            	    // InternalItup.g:2838:7: lv_wsisActionLines_15_0= ruleCode
            	    {

            	    							newCompositeNode(grammarAccess.getGoalAccess().getWsisActionLinesCodeParserRuleCall_6_3_1_0());
            	    						
            	    pushFollow(FOLLOW_63);
            	    lv_wsisActionLines_15_0=ruleCode();

            	    state._fsp--;


            	    							if (current==null) {
            	    								current = createModelElementForParent(grammarAccess.getGoalRule());
            	    							}
            	    							add(
            	    								current,
            	    								"wsisActionLines",
            	    								lv_wsisActionLines_15_0,
            	    								"org.itup.dsl.Itup.Code");
            	    							afterParserOrEnumRuleCall();
            	    						

            	    }


            	    }

            	    // InternalItup.g:2855:5: (otherlv_16= ',' ( (lv_wsisActionLines_17_0= ruleCode ) ) )*
            	    loop46:
            	    do {
            	        int alt46=2;
            	        int LA46_0 = input.LA(1);

            	        if ( (LA46_0==18) ) {
            	            alt46=1;
            	        }


            	        switch (alt46) {
            	    	case 1 :
            	    	    // InternalItup.g:2856:6: otherlv_16= ',' ( (lv_wsisActionLines_17_0= ruleCode ) )
            	    	    {
            	    	    otherlv_16=(Token)match(input,18,FOLLOW_18); 

            	    	    						newLeafNode(otherlv_16, grammarAccess.getGoalAccess().getCommaKeyword_6_3_2_0());
            	    	    					
            	    	    // InternalItup.g:2860:6: ( (lv_wsisActionLines_17_0= ruleCode ) )
            	    	    // InternalItup.g:2861:7: (lv_wsisActionLines_17_0= ruleCode )
            	    	    {
            	    	    // InternalItup.g:2861:7: (lv_wsisActionLines_17_0= ruleCode )
            	    	    // InternalItup.g:2862:8: lv_wsisActionLines_17_0= ruleCode
            	    	    {

            	    	    								newCompositeNode(grammarAccess.getGoalAccess().getWsisActionLinesCodeParserRuleCall_6_3_2_1_0());
            	    	    							
            	    	    pushFollow(FOLLOW_63);
            	    	    lv_wsisActionLines_17_0=ruleCode();

            	    	    state._fsp--;


            	    	    								if (current==null) {
            	    	    									current = createModelElementForParent(grammarAccess.getGoalRule());
            	    	    								}
            	    	    								add(
            	    	    									current,
            	    	    									"wsisActionLines",
            	    	    									lv_wsisActionLines_17_0,
            	    	    									"org.itup.dsl.Itup.Code");
            	    	    								afterParserOrEnumRuleCall();
            	    	    							

            	    	    }


            	    	    }


            	    	    }
            	    	    break;

            	    	default :
            	    	    break loop46;
            	        }
            	    } while (true);


            	    }


            	    }
            	    break;

            	default :
            	    break loop47;
                }
            } while (true);

            otherlv_18=(Token)match(input,28,FOLLOW_2); 

            			newLeafNode(otherlv_18, grammarAccess.getGoalAccess().getRightCurlyBracketKeyword_7());
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleGoal"


    // $ANTLR start "entryRuleTarget"
    // InternalItup.g:2890:1: entryRuleTarget returns [EObject current=null] : iv_ruleTarget= ruleTarget EOF ;
    public final EObject entryRuleTarget() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleTarget = null;


        try {
            // InternalItup.g:2890:47: (iv_ruleTarget= ruleTarget EOF )
            // InternalItup.g:2891:2: iv_ruleTarget= ruleTarget EOF
            {
             newCompositeNode(grammarAccess.getTargetRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleTarget=ruleTarget();

            state._fsp--;

             current =iv_ruleTarget; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleTarget"


    // $ANTLR start "ruleTarget"
    // InternalItup.g:2897:1: ruleTarget returns [EObject current=null] : (otherlv_0= 'target' ( (lv_name_1_0= ruleCode ) ) ( (lv_official_2_0= 'official' ) )? ( (lv_statement_3_0= RULE_STRING ) )? (otherlv_4= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_6= 'by' ( (lv_deadline_7_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'horizon' ( (lv_horizon_9_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? ) | ( (lv_kind_13_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_14_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'population' ( (lv_population_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (this_Replaces_17= ruleReplaces[$current] ) ) ) ) )* ) ) ) ( (lv_indicators_18_0= rulePerformanceIndicator ) )* otherlv_19= '}' )? ) ;
    public final EObject ruleTarget() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_official_2_0=null;
        Token lv_statement_3_0=null;
        Token otherlv_4=null;
        Token otherlv_6=null;
        Token otherlv_8=null;
        Token lv_unit_12_0=null;
        Token otherlv_15=null;
        Token lv_population_16_0=null;
        Token otherlv_19=null;
        AntlrDatatypeRuleToken lv_name_1_0 = null;

        AntlrDatatypeRuleToken lv_deadline_7_0 = null;

        AntlrDatatypeRuleToken lv_horizon_9_0 = null;

        Enumerator lv_kind_10_0 = null;

        AntlrDatatypeRuleToken lv_value_11_0 = null;

        Enumerator lv_kind_13_0 = null;

        EObject lv_baseline_14_0 = null;

        EObject this_Replaces_17 = null;

        EObject lv_indicators_18_0 = null;



        	enterRule();

        try {
            // InternalItup.g:2903:2: ( (otherlv_0= 'target' ( (lv_name_1_0= ruleCode ) ) ( (lv_official_2_0= 'official' ) )? ( (lv_statement_3_0= RULE_STRING ) )? (otherlv_4= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_6= 'by' ( (lv_deadline_7_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'horizon' ( (lv_horizon_9_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? ) | ( (lv_kind_13_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_14_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'population' ( (lv_population_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (this_Replaces_17= ruleReplaces[$current] ) ) ) ) )* ) ) ) ( (lv_indicators_18_0= rulePerformanceIndicator ) )* otherlv_19= '}' )? ) )
            // InternalItup.g:2904:2: (otherlv_0= 'target' ( (lv_name_1_0= ruleCode ) ) ( (lv_official_2_0= 'official' ) )? ( (lv_statement_3_0= RULE_STRING ) )? (otherlv_4= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_6= 'by' ( (lv_deadline_7_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'horizon' ( (lv_horizon_9_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? ) | ( (lv_kind_13_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_14_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'population' ( (lv_population_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (this_Replaces_17= ruleReplaces[$current] ) ) ) ) )* ) ) ) ( (lv_indicators_18_0= rulePerformanceIndicator ) )* otherlv_19= '}' )? )
            {
            // InternalItup.g:2904:2: (otherlv_0= 'target' ( (lv_name_1_0= ruleCode ) ) ( (lv_official_2_0= 'official' ) )? ( (lv_statement_3_0= RULE_STRING ) )? (otherlv_4= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_6= 'by' ( (lv_deadline_7_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'horizon' ( (lv_horizon_9_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? ) | ( (lv_kind_13_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_14_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'population' ( (lv_population_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (this_Replaces_17= ruleReplaces[$current] ) ) ) ) )* ) ) ) ( (lv_indicators_18_0= rulePerformanceIndicator ) )* otherlv_19= '}' )? )
            // InternalItup.g:2905:3: otherlv_0= 'target' ( (lv_name_1_0= ruleCode ) ) ( (lv_official_2_0= 'official' ) )? ( (lv_statement_3_0= RULE_STRING ) )? (otherlv_4= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_6= 'by' ( (lv_deadline_7_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'horizon' ( (lv_horizon_9_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? ) | ( (lv_kind_13_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_14_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'population' ( (lv_population_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (this_Replaces_17= ruleReplaces[$current] ) ) ) ) )* ) ) ) ( (lv_indicators_18_0= rulePerformanceIndicator ) )* otherlv_19= '}' )?
            {
            otherlv_0=(Token)match(input,72,FOLLOW_18); 

            			newLeafNode(otherlv_0, grammarAccess.getTargetAccess().getTargetKeyword_0());
            		
            // InternalItup.g:2909:3: ( (lv_name_1_0= ruleCode ) )
            // InternalItup.g:2910:4: (lv_name_1_0= ruleCode )
            {
            // InternalItup.g:2910:4: (lv_name_1_0= ruleCode )
            // InternalItup.g:2911:5: lv_name_1_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getTargetAccess().getNameCodeParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_64);
            lv_name_1_0=ruleCode();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getTargetRule());
            					}
            					set(
            						current,
            						"name",
            						lv_name_1_0,
            						"org.itup.dsl.Itup.Code");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalItup.g:2928:3: ( (lv_official_2_0= 'official' ) )?
            int alt48=2;
            int LA48_0 = input.LA(1);

            if ( (LA48_0==20) ) {
                alt48=1;
            }
            switch (alt48) {
                case 1 :
                    // InternalItup.g:2929:4: (lv_official_2_0= 'official' )
                    {
                    // InternalItup.g:2929:4: (lv_official_2_0= 'official' )
                    // InternalItup.g:2930:5: lv_official_2_0= 'official'
                    {
                    lv_official_2_0=(Token)match(input,20,FOLLOW_65); 

                    					newLeafNode(lv_official_2_0, grammarAccess.getTargetAccess().getOfficialOfficialKeyword_2_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getTargetRule());
                    					}
                    					setWithLastConsumed(current, "official", lv_official_2_0 != null, "official");
                    				

                    }


                    }
                    break;

            }

            // InternalItup.g:2942:3: ( (lv_statement_3_0= RULE_STRING ) )?
            int alt49=2;
            int LA49_0 = input.LA(1);

            if ( (LA49_0==RULE_STRING) ) {
                alt49=1;
            }
            switch (alt49) {
                case 1 :
                    // InternalItup.g:2943:4: (lv_statement_3_0= RULE_STRING )
                    {
                    // InternalItup.g:2943:4: (lv_statement_3_0= RULE_STRING )
                    // InternalItup.g:2944:5: lv_statement_3_0= RULE_STRING
                    {
                    lv_statement_3_0=(Token)match(input,RULE_STRING,FOLLOW_66); 

                    					newLeafNode(lv_statement_3_0, grammarAccess.getTargetAccess().getStatementSTRINGTerminalRuleCall_3_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getTargetRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"statement",
                    						lv_statement_3_0,
                    						"org.eclipse.xtext.common.Terminals.STRING");
                    				

                    }


                    }
                    break;

            }

            // InternalItup.g:2960:3: (otherlv_4= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_6= 'by' ( (lv_deadline_7_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'horizon' ( (lv_horizon_9_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? ) | ( (lv_kind_13_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_14_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'population' ( (lv_population_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (this_Replaces_17= ruleReplaces[$current] ) ) ) ) )* ) ) ) ( (lv_indicators_18_0= rulePerformanceIndicator ) )* otherlv_19= '}' )?
            int alt54=2;
            int LA54_0 = input.LA(1);

            if ( (LA54_0==27) ) {
                alt54=1;
            }
            switch (alt54) {
                case 1 :
                    // InternalItup.g:2961:4: otherlv_4= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_6= 'by' ( (lv_deadline_7_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'horizon' ( (lv_horizon_9_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? ) | ( (lv_kind_13_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_14_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'population' ( (lv_population_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (this_Replaces_17= ruleReplaces[$current] ) ) ) ) )* ) ) ) ( (lv_indicators_18_0= rulePerformanceIndicator ) )* otherlv_19= '}'
                    {
                    otherlv_4=(Token)match(input,27,FOLLOW_67); 

                    				newLeafNode(otherlv_4, grammarAccess.getTargetAccess().getLeftCurlyBracketKeyword_4_0());
                    			
                    // InternalItup.g:2965:4: ( ( ( ( ({...}? => ( ({...}? => (otherlv_6= 'by' ( (lv_deadline_7_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'horizon' ( (lv_horizon_9_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? ) | ( (lv_kind_13_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_14_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'population' ( (lv_population_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (this_Replaces_17= ruleReplaces[$current] ) ) ) ) )* ) ) )
                    // InternalItup.g:2966:5: ( ( ( ({...}? => ( ({...}? => (otherlv_6= 'by' ( (lv_deadline_7_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'horizon' ( (lv_horizon_9_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? ) | ( (lv_kind_13_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_14_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'population' ( (lv_population_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (this_Replaces_17= ruleReplaces[$current] ) ) ) ) )* ) )
                    {
                    // InternalItup.g:2966:5: ( ( ( ({...}? => ( ({...}? => (otherlv_6= 'by' ( (lv_deadline_7_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'horizon' ( (lv_horizon_9_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? ) | ( (lv_kind_13_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_14_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'population' ( (lv_population_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (this_Replaces_17= ruleReplaces[$current] ) ) ) ) )* ) )
                    // InternalItup.g:2967:6: ( ( ({...}? => ( ({...}? => (otherlv_6= 'by' ( (lv_deadline_7_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'horizon' ( (lv_horizon_9_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? ) | ( (lv_kind_13_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_14_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'population' ( (lv_population_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (this_Replaces_17= ruleReplaces[$current] ) ) ) ) )* )
                    {
                     
                    					  getUnorderedGroupHelper().enter(grammarAccess.getTargetAccess().getUnorderedGroup_4_1());
                    					
                    // InternalItup.g:2970:6: ( ( ({...}? => ( ({...}? => (otherlv_6= 'by' ( (lv_deadline_7_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'horizon' ( (lv_horizon_9_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? ) | ( (lv_kind_13_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_14_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'population' ( (lv_population_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (this_Replaces_17= ruleReplaces[$current] ) ) ) ) )* )
                    // InternalItup.g:2971:7: ( ({...}? => ( ({...}? => (otherlv_6= 'by' ( (lv_deadline_7_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'horizon' ( (lv_horizon_9_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? ) | ( (lv_kind_13_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_14_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'population' ( (lv_population_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (this_Replaces_17= ruleReplaces[$current] ) ) ) ) )*
                    {
                    // InternalItup.g:2971:7: ( ({...}? => ( ({...}? => (otherlv_6= 'by' ( (lv_deadline_7_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'horizon' ( (lv_horizon_9_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? ) | ( (lv_kind_13_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_14_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'population' ( (lv_population_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (this_Replaces_17= ruleReplaces[$current] ) ) ) ) )*
                    loop52:
                    do {
                        int alt52=7;
                        int LA52_0 = input.LA(1);

                        if ( LA52_0 == 15 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 0) ) {
                            alt52=1;
                        }
                        else if ( LA52_0 == 73 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 1) ) {
                            alt52=2;
                        }
                        else if ( LA52_0 >= 107 && LA52_0 <= 110 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 2) ) {
                            alt52=3;
                        }
                        else if ( LA52_0 == 75 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 3) ) {
                            alt52=4;
                        }
                        else if ( LA52_0 == 74 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 4) ) {
                            alt52=5;
                        }
                        else if ( LA52_0 == 58 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 5) ) {
                            alt52=6;
                        }


                        switch (alt52) {
                    	case 1 :
                    	    // InternalItup.g:2972:5: ({...}? => ( ({...}? => (otherlv_6= 'by' ( (lv_deadline_7_0= ruleYear ) ) ) ) ) )
                    	    {
                    	    // InternalItup.g:2972:5: ({...}? => ( ({...}? => (otherlv_6= 'by' ( (lv_deadline_7_0= ruleYear ) ) ) ) ) )
                    	    // InternalItup.g:2973:6: {...}? => ( ({...}? => (otherlv_6= 'by' ( (lv_deadline_7_0= ruleYear ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 0) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 0)");
                    	    }
                    	    // InternalItup.g:2973:106: ( ({...}? => (otherlv_6= 'by' ( (lv_deadline_7_0= ruleYear ) ) ) ) )
                    	    // InternalItup.g:2974:7: ({...}? => (otherlv_6= 'by' ( (lv_deadline_7_0= ruleYear ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 0);
                    	    						
                    	    // InternalItup.g:2977:10: ({...}? => (otherlv_6= 'by' ( (lv_deadline_7_0= ruleYear ) ) ) )
                    	    // InternalItup.g:2977:11: {...}? => (otherlv_6= 'by' ( (lv_deadline_7_0= ruleYear ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "true");
                    	    }
                    	    // InternalItup.g:2977:20: (otherlv_6= 'by' ( (lv_deadline_7_0= ruleYear ) ) )
                    	    // InternalItup.g:2977:21: otherlv_6= 'by' ( (lv_deadline_7_0= ruleYear ) )
                    	    {
                    	    otherlv_6=(Token)match(input,15,FOLLOW_6); 

                    	    										newLeafNode(otherlv_6, grammarAccess.getTargetAccess().getByKeyword_4_1_0_0());
                    	    									
                    	    // InternalItup.g:2981:10: ( (lv_deadline_7_0= ruleYear ) )
                    	    // InternalItup.g:2982:11: (lv_deadline_7_0= ruleYear )
                    	    {
                    	    // InternalItup.g:2982:11: (lv_deadline_7_0= ruleYear )
                    	    // InternalItup.g:2983:12: lv_deadline_7_0= ruleYear
                    	    {

                    	    												newCompositeNode(grammarAccess.getTargetAccess().getDeadlineYearParserRuleCall_4_1_0_1_0());
                    	    											
                    	    pushFollow(FOLLOW_67);
                    	    lv_deadline_7_0=ruleYear();

                    	    state._fsp--;


                    	    												if (current==null) {
                    	    													current = createModelElementForParent(grammarAccess.getTargetRule());
                    	    												}
                    	    												set(
                    	    													current,
                    	    													"deadline",
                    	    													lv_deadline_7_0,
                    	    													"org.itup.dsl.Itup.Year");
                    	    												afterParserOrEnumRuleCall();
                    	    											

                    	    }


                    	    }


                    	    }


                    	    }

                    	     
                    	    							getUnorderedGroupHelper().returnFromSelection(grammarAccess.getTargetAccess().getUnorderedGroup_4_1());
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 2 :
                    	    // InternalItup.g:3006:5: ({...}? => ( ({...}? => (otherlv_8= 'horizon' ( (lv_horizon_9_0= ruleYear ) ) ) ) ) )
                    	    {
                    	    // InternalItup.g:3006:5: ({...}? => ( ({...}? => (otherlv_8= 'horizon' ( (lv_horizon_9_0= ruleYear ) ) ) ) ) )
                    	    // InternalItup.g:3007:6: {...}? => ( ({...}? => (otherlv_8= 'horizon' ( (lv_horizon_9_0= ruleYear ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 1) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 1)");
                    	    }
                    	    // InternalItup.g:3007:106: ( ({...}? => (otherlv_8= 'horizon' ( (lv_horizon_9_0= ruleYear ) ) ) ) )
                    	    // InternalItup.g:3008:7: ({...}? => (otherlv_8= 'horizon' ( (lv_horizon_9_0= ruleYear ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 1);
                    	    						
                    	    // InternalItup.g:3011:10: ({...}? => (otherlv_8= 'horizon' ( (lv_horizon_9_0= ruleYear ) ) ) )
                    	    // InternalItup.g:3011:11: {...}? => (otherlv_8= 'horizon' ( (lv_horizon_9_0= ruleYear ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "true");
                    	    }
                    	    // InternalItup.g:3011:20: (otherlv_8= 'horizon' ( (lv_horizon_9_0= ruleYear ) ) )
                    	    // InternalItup.g:3011:21: otherlv_8= 'horizon' ( (lv_horizon_9_0= ruleYear ) )
                    	    {
                    	    otherlv_8=(Token)match(input,73,FOLLOW_6); 

                    	    										newLeafNode(otherlv_8, grammarAccess.getTargetAccess().getHorizonKeyword_4_1_1_0());
                    	    									
                    	    // InternalItup.g:3015:10: ( (lv_horizon_9_0= ruleYear ) )
                    	    // InternalItup.g:3016:11: (lv_horizon_9_0= ruleYear )
                    	    {
                    	    // InternalItup.g:3016:11: (lv_horizon_9_0= ruleYear )
                    	    // InternalItup.g:3017:12: lv_horizon_9_0= ruleYear
                    	    {

                    	    												newCompositeNode(grammarAccess.getTargetAccess().getHorizonYearParserRuleCall_4_1_1_1_0());
                    	    											
                    	    pushFollow(FOLLOW_67);
                    	    lv_horizon_9_0=ruleYear();

                    	    state._fsp--;


                    	    												if (current==null) {
                    	    													current = createModelElementForParent(grammarAccess.getTargetRule());
                    	    												}
                    	    												set(
                    	    													current,
                    	    													"horizon",
                    	    													lv_horizon_9_0,
                    	    													"org.itup.dsl.Itup.Year");
                    	    												afterParserOrEnumRuleCall();
                    	    											

                    	    }


                    	    }


                    	    }


                    	    }

                    	     
                    	    							getUnorderedGroupHelper().returnFromSelection(grammarAccess.getTargetAccess().getUnorderedGroup_4_1());
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 3 :
                    	    // InternalItup.g:3040:5: ({...}? => ( ({...}? => ( ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? ) | ( (lv_kind_13_0= ruleQualitativeTargetKind ) ) ) ) ) )
                    	    {
                    	    // InternalItup.g:3040:5: ({...}? => ( ({...}? => ( ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? ) | ( (lv_kind_13_0= ruleQualitativeTargetKind ) ) ) ) ) )
                    	    // InternalItup.g:3041:6: {...}? => ( ({...}? => ( ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? ) | ( (lv_kind_13_0= ruleQualitativeTargetKind ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 2) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 2)");
                    	    }
                    	    // InternalItup.g:3041:106: ( ({...}? => ( ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? ) | ( (lv_kind_13_0= ruleQualitativeTargetKind ) ) ) ) )
                    	    // InternalItup.g:3042:7: ({...}? => ( ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? ) | ( (lv_kind_13_0= ruleQualitativeTargetKind ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 2);
                    	    						
                    	    // InternalItup.g:3045:10: ({...}? => ( ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? ) | ( (lv_kind_13_0= ruleQualitativeTargetKind ) ) ) )
                    	    // InternalItup.g:3045:11: {...}? => ( ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? ) | ( (lv_kind_13_0= ruleQualitativeTargetKind ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "true");
                    	    }
                    	    // InternalItup.g:3045:20: ( ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? ) | ( (lv_kind_13_0= ruleQualitativeTargetKind ) ) )
                    	    int alt51=2;
                    	    int LA51_0 = input.LA(1);

                    	    if ( ((LA51_0>=107 && LA51_0<=109)) ) {
                    	        alt51=1;
                    	    }
                    	    else if ( (LA51_0==110) ) {
                    	        alt51=2;
                    	    }
                    	    else {
                    	        NoViableAltException nvae =
                    	            new NoViableAltException("", 51, 0, input);

                    	        throw nvae;
                    	    }
                    	    switch (alt51) {
                    	        case 1 :
                    	            // InternalItup.g:3045:21: ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? )
                    	            {
                    	            // InternalItup.g:3045:21: ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? )
                    	            // InternalItup.g:3046:11: ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )?
                    	            {
                    	            // InternalItup.g:3046:11: ( (lv_kind_10_0= ruleMeasuredTargetKind ) )
                    	            // InternalItup.g:3047:12: (lv_kind_10_0= ruleMeasuredTargetKind )
                    	            {
                    	            // InternalItup.g:3047:12: (lv_kind_10_0= ruleMeasuredTargetKind )
                    	            // InternalItup.g:3048:13: lv_kind_10_0= ruleMeasuredTargetKind
                    	            {

                    	            													newCompositeNode(grammarAccess.getTargetAccess().getKindMeasuredTargetKindEnumRuleCall_4_1_2_0_0_0());
                    	            												
                    	            pushFollow(FOLLOW_47);
                    	            lv_kind_10_0=ruleMeasuredTargetKind();

                    	            state._fsp--;


                    	            													if (current==null) {
                    	            														current = createModelElementForParent(grammarAccess.getTargetRule());
                    	            													}
                    	            													set(
                    	            														current,
                    	            														"kind",
                    	            														lv_kind_10_0,
                    	            														"org.itup.dsl.Itup.MeasuredTargetKind");
                    	            													afterParserOrEnumRuleCall();
                    	            												

                    	            }


                    	            }

                    	            // InternalItup.g:3065:11: ( (lv_value_11_0= ruleDecimal ) )
                    	            // InternalItup.g:3066:12: (lv_value_11_0= ruleDecimal )
                    	            {
                    	            // InternalItup.g:3066:12: (lv_value_11_0= ruleDecimal )
                    	            // InternalItup.g:3067:13: lv_value_11_0= ruleDecimal
                    	            {

                    	            													newCompositeNode(grammarAccess.getTargetAccess().getValueDecimalParserRuleCall_4_1_2_0_1_0());
                    	            												
                    	            pushFollow(FOLLOW_68);
                    	            lv_value_11_0=ruleDecimal();

                    	            state._fsp--;


                    	            													if (current==null) {
                    	            														current = createModelElementForParent(grammarAccess.getTargetRule());
                    	            													}
                    	            													set(
                    	            														current,
                    	            														"value",
                    	            														lv_value_11_0,
                    	            														"org.itup.dsl.Itup.Decimal");
                    	            													afterParserOrEnumRuleCall();
                    	            												

                    	            }


                    	            }

                    	            // InternalItup.g:3084:11: ( (lv_unit_12_0= RULE_STRING ) )?
                    	            int alt50=2;
                    	            int LA50_0 = input.LA(1);

                    	            if ( (LA50_0==RULE_STRING) ) {
                    	                alt50=1;
                    	            }
                    	            switch (alt50) {
                    	                case 1 :
                    	                    // InternalItup.g:3085:12: (lv_unit_12_0= RULE_STRING )
                    	                    {
                    	                    // InternalItup.g:3085:12: (lv_unit_12_0= RULE_STRING )
                    	                    // InternalItup.g:3086:13: lv_unit_12_0= RULE_STRING
                    	                    {
                    	                    lv_unit_12_0=(Token)match(input,RULE_STRING,FOLLOW_67); 

                    	                    													newLeafNode(lv_unit_12_0, grammarAccess.getTargetAccess().getUnitSTRINGTerminalRuleCall_4_1_2_0_2_0());
                    	                    												

                    	                    													if (current==null) {
                    	                    														current = createModelElement(grammarAccess.getTargetRule());
                    	                    													}
                    	                    													setWithLastConsumed(
                    	                    														current,
                    	                    														"unit",
                    	                    														lv_unit_12_0,
                    	                    														"org.eclipse.xtext.common.Terminals.STRING");
                    	                    												

                    	                    }


                    	                    }
                    	                    break;

                    	            }


                    	            }


                    	            }
                    	            break;
                    	        case 2 :
                    	            // InternalItup.g:3104:10: ( (lv_kind_13_0= ruleQualitativeTargetKind ) )
                    	            {
                    	            // InternalItup.g:3104:10: ( (lv_kind_13_0= ruleQualitativeTargetKind ) )
                    	            // InternalItup.g:3105:11: (lv_kind_13_0= ruleQualitativeTargetKind )
                    	            {
                    	            // InternalItup.g:3105:11: (lv_kind_13_0= ruleQualitativeTargetKind )
                    	            // InternalItup.g:3106:12: lv_kind_13_0= ruleQualitativeTargetKind
                    	            {

                    	            												newCompositeNode(grammarAccess.getTargetAccess().getKindQualitativeTargetKindEnumRuleCall_4_1_2_1_0());
                    	            											
                    	            pushFollow(FOLLOW_67);
                    	            lv_kind_13_0=ruleQualitativeTargetKind();

                    	            state._fsp--;


                    	            												if (current==null) {
                    	            													current = createModelElementForParent(grammarAccess.getTargetRule());
                    	            												}
                    	            												set(
                    	            													current,
                    	            													"kind",
                    	            													lv_kind_13_0,
                    	            													"org.itup.dsl.Itup.QualitativeTargetKind");
                    	            												afterParserOrEnumRuleCall();
                    	            											

                    	            }


                    	            }


                    	            }
                    	            break;

                    	    }


                    	    }

                    	     
                    	    							getUnorderedGroupHelper().returnFromSelection(grammarAccess.getTargetAccess().getUnorderedGroup_4_1());
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 4 :
                    	    // InternalItup.g:3129:5: ({...}? => ( ({...}? => ( (lv_baseline_14_0= ruleBaseline ) ) ) ) )
                    	    {
                    	    // InternalItup.g:3129:5: ({...}? => ( ({...}? => ( (lv_baseline_14_0= ruleBaseline ) ) ) ) )
                    	    // InternalItup.g:3130:6: {...}? => ( ({...}? => ( (lv_baseline_14_0= ruleBaseline ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 3) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 3)");
                    	    }
                    	    // InternalItup.g:3130:106: ( ({...}? => ( (lv_baseline_14_0= ruleBaseline ) ) ) )
                    	    // InternalItup.g:3131:7: ({...}? => ( (lv_baseline_14_0= ruleBaseline ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 3);
                    	    						
                    	    // InternalItup.g:3134:10: ({...}? => ( (lv_baseline_14_0= ruleBaseline ) ) )
                    	    // InternalItup.g:3134:11: {...}? => ( (lv_baseline_14_0= ruleBaseline ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "true");
                    	    }
                    	    // InternalItup.g:3134:20: ( (lv_baseline_14_0= ruleBaseline ) )
                    	    // InternalItup.g:3134:21: (lv_baseline_14_0= ruleBaseline )
                    	    {
                    	    // InternalItup.g:3134:21: (lv_baseline_14_0= ruleBaseline )
                    	    // InternalItup.g:3135:11: lv_baseline_14_0= ruleBaseline
                    	    {

                    	    											newCompositeNode(grammarAccess.getTargetAccess().getBaselineBaselineParserRuleCall_4_1_3_0());
                    	    										
                    	    pushFollow(FOLLOW_67);
                    	    lv_baseline_14_0=ruleBaseline();

                    	    state._fsp--;


                    	    											if (current==null) {
                    	    												current = createModelElementForParent(grammarAccess.getTargetRule());
                    	    											}
                    	    											set(
                    	    												current,
                    	    												"baseline",
                    	    												lv_baseline_14_0,
                    	    												"org.itup.dsl.Itup.Baseline");
                    	    											afterParserOrEnumRuleCall();
                    	    										

                    	    }


                    	    }


                    	    }

                    	     
                    	    							getUnorderedGroupHelper().returnFromSelection(grammarAccess.getTargetAccess().getUnorderedGroup_4_1());
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 5 :
                    	    // InternalItup.g:3157:5: ({...}? => ( ({...}? => (otherlv_15= 'population' ( (lv_population_16_0= RULE_STRING ) ) ) ) ) )
                    	    {
                    	    // InternalItup.g:3157:5: ({...}? => ( ({...}? => (otherlv_15= 'population' ( (lv_population_16_0= RULE_STRING ) ) ) ) ) )
                    	    // InternalItup.g:3158:6: {...}? => ( ({...}? => (otherlv_15= 'population' ( (lv_population_16_0= RULE_STRING ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 4) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 4)");
                    	    }
                    	    // InternalItup.g:3158:106: ( ({...}? => (otherlv_15= 'population' ( (lv_population_16_0= RULE_STRING ) ) ) ) )
                    	    // InternalItup.g:3159:7: ({...}? => (otherlv_15= 'population' ( (lv_population_16_0= RULE_STRING ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 4);
                    	    						
                    	    // InternalItup.g:3162:10: ({...}? => (otherlv_15= 'population' ( (lv_population_16_0= RULE_STRING ) ) ) )
                    	    // InternalItup.g:3162:11: {...}? => (otherlv_15= 'population' ( (lv_population_16_0= RULE_STRING ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "true");
                    	    }
                    	    // InternalItup.g:3162:20: (otherlv_15= 'population' ( (lv_population_16_0= RULE_STRING ) ) )
                    	    // InternalItup.g:3162:21: otherlv_15= 'population' ( (lv_population_16_0= RULE_STRING ) )
                    	    {
                    	    otherlv_15=(Token)match(input,74,FOLLOW_10); 

                    	    										newLeafNode(otherlv_15, grammarAccess.getTargetAccess().getPopulationKeyword_4_1_4_0());
                    	    									
                    	    // InternalItup.g:3166:10: ( (lv_population_16_0= RULE_STRING ) )
                    	    // InternalItup.g:3167:11: (lv_population_16_0= RULE_STRING )
                    	    {
                    	    // InternalItup.g:3167:11: (lv_population_16_0= RULE_STRING )
                    	    // InternalItup.g:3168:12: lv_population_16_0= RULE_STRING
                    	    {
                    	    lv_population_16_0=(Token)match(input,RULE_STRING,FOLLOW_67); 

                    	    												newLeafNode(lv_population_16_0, grammarAccess.getTargetAccess().getPopulationSTRINGTerminalRuleCall_4_1_4_1_0());
                    	    											

                    	    												if (current==null) {
                    	    													current = createModelElement(grammarAccess.getTargetRule());
                    	    												}
                    	    												setWithLastConsumed(
                    	    													current,
                    	    													"population",
                    	    													lv_population_16_0,
                    	    													"org.eclipse.xtext.common.Terminals.STRING");
                    	    											

                    	    }


                    	    }


                    	    }


                    	    }

                    	     
                    	    							getUnorderedGroupHelper().returnFromSelection(grammarAccess.getTargetAccess().getUnorderedGroup_4_1());
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 6 :
                    	    // InternalItup.g:3190:5: ({...}? => ( ({...}? => (this_Replaces_17= ruleReplaces[$current] ) ) ) )
                    	    {
                    	    // InternalItup.g:3190:5: ({...}? => ( ({...}? => (this_Replaces_17= ruleReplaces[$current] ) ) ) )
                    	    // InternalItup.g:3191:6: {...}? => ( ({...}? => (this_Replaces_17= ruleReplaces[$current] ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 5) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 5)");
                    	    }
                    	    // InternalItup.g:3191:106: ( ({...}? => (this_Replaces_17= ruleReplaces[$current] ) ) )
                    	    // InternalItup.g:3192:7: ({...}? => (this_Replaces_17= ruleReplaces[$current] ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 5);
                    	    						
                    	    // InternalItup.g:3195:10: ({...}? => (this_Replaces_17= ruleReplaces[$current] ) )
                    	    // InternalItup.g:3195:11: {...}? => (this_Replaces_17= ruleReplaces[$current] )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "true");
                    	    }
                    	    // InternalItup.g:3195:20: (this_Replaces_17= ruleReplaces[$current] )
                    	    // InternalItup.g:3195:21: this_Replaces_17= ruleReplaces[$current]
                    	    {

                    	    										if (current==null) {
                    	    											current = createModelElement(grammarAccess.getTargetRule());
                    	    										}
                    	    										newCompositeNode(grammarAccess.getTargetAccess().getReplacesParserRuleCall_4_1_5());
                    	    									
                    	    pushFollow(FOLLOW_67);
                    	    this_Replaces_17=ruleReplaces(current);

                    	    state._fsp--;


                    	    										current = this_Replaces_17;
                    	    										afterParserOrEnumRuleCall();
                    	    									

                    	    }


                    	    }

                    	     
                    	    							getUnorderedGroupHelper().returnFromSelection(grammarAccess.getTargetAccess().getUnorderedGroup_4_1());
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop52;
                        }
                    } while (true);


                    }


                    }

                     
                    					  getUnorderedGroupHelper().leave(grammarAccess.getTargetAccess().getUnorderedGroup_4_1());
                    					

                    }

                    // InternalItup.g:3219:4: ( (lv_indicators_18_0= rulePerformanceIndicator ) )*
                    loop53:
                    do {
                        int alt53=2;
                        int LA53_0 = input.LA(1);

                        if ( (LA53_0==84) ) {
                            alt53=1;
                        }


                        switch (alt53) {
                    	case 1 :
                    	    // InternalItup.g:3220:5: (lv_indicators_18_0= rulePerformanceIndicator )
                    	    {
                    	    // InternalItup.g:3220:5: (lv_indicators_18_0= rulePerformanceIndicator )
                    	    // InternalItup.g:3221:6: lv_indicators_18_0= rulePerformanceIndicator
                    	    {

                    	    						newCompositeNode(grammarAccess.getTargetAccess().getIndicatorsPerformanceIndicatorParserRuleCall_4_2_0());
                    	    					
                    	    pushFollow(FOLLOW_69);
                    	    lv_indicators_18_0=rulePerformanceIndicator();

                    	    state._fsp--;


                    	    						if (current==null) {
                    	    							current = createModelElementForParent(grammarAccess.getTargetRule());
                    	    						}
                    	    						add(
                    	    							current,
                    	    							"indicators",
                    	    							lv_indicators_18_0,
                    	    							"org.itup.dsl.Itup.PerformanceIndicator");
                    	    						afterParserOrEnumRuleCall();
                    	    					

                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop53;
                        }
                    } while (true);

                    otherlv_19=(Token)match(input,28,FOLLOW_2); 

                    				newLeafNode(otherlv_19, grammarAccess.getTargetAccess().getRightCurlyBracketKeyword_4_3());
                    			

                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleTarget"


    // $ANTLR start "entryRuleBaseline"
    // InternalItup.g:3247:1: entryRuleBaseline returns [EObject current=null] : iv_ruleBaseline= ruleBaseline EOF ;
    public final EObject entryRuleBaseline() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleBaseline = null;


        try {
            // InternalItup.g:3247:49: (iv_ruleBaseline= ruleBaseline EOF )
            // InternalItup.g:3248:2: iv_ruleBaseline= ruleBaseline EOF
            {
             newCompositeNode(grammarAccess.getBaselineRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleBaseline=ruleBaseline();

            state._fsp--;

             current =iv_ruleBaseline; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleBaseline"


    // $ANTLR start "ruleBaseline"
    // InternalItup.g:3254:1: ruleBaseline returns [EObject current=null] : (otherlv_0= 'baseline' ( (lv_year_1_0= ruleYear ) ) ( ( (lv_measured_2_0= 'measured' ) ) | (otherlv_3= 'value' ( (lv_value_4_0= ruleDecimal ) ) ( (lv_unit_5_0= RULE_STRING ) )? ) )? ) ;
    public final EObject ruleBaseline() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_measured_2_0=null;
        Token otherlv_3=null;
        Token lv_unit_5_0=null;
        AntlrDatatypeRuleToken lv_year_1_0 = null;

        AntlrDatatypeRuleToken lv_value_4_0 = null;



        	enterRule();

        try {
            // InternalItup.g:3260:2: ( (otherlv_0= 'baseline' ( (lv_year_1_0= ruleYear ) ) ( ( (lv_measured_2_0= 'measured' ) ) | (otherlv_3= 'value' ( (lv_value_4_0= ruleDecimal ) ) ( (lv_unit_5_0= RULE_STRING ) )? ) )? ) )
            // InternalItup.g:3261:2: (otherlv_0= 'baseline' ( (lv_year_1_0= ruleYear ) ) ( ( (lv_measured_2_0= 'measured' ) ) | (otherlv_3= 'value' ( (lv_value_4_0= ruleDecimal ) ) ( (lv_unit_5_0= RULE_STRING ) )? ) )? )
            {
            // InternalItup.g:3261:2: (otherlv_0= 'baseline' ( (lv_year_1_0= ruleYear ) ) ( ( (lv_measured_2_0= 'measured' ) ) | (otherlv_3= 'value' ( (lv_value_4_0= ruleDecimal ) ) ( (lv_unit_5_0= RULE_STRING ) )? ) )? )
            // InternalItup.g:3262:3: otherlv_0= 'baseline' ( (lv_year_1_0= ruleYear ) ) ( ( (lv_measured_2_0= 'measured' ) ) | (otherlv_3= 'value' ( (lv_value_4_0= ruleDecimal ) ) ( (lv_unit_5_0= RULE_STRING ) )? ) )?
            {
            otherlv_0=(Token)match(input,75,FOLLOW_6); 

            			newLeafNode(otherlv_0, grammarAccess.getBaselineAccess().getBaselineKeyword_0());
            		
            // InternalItup.g:3266:3: ( (lv_year_1_0= ruleYear ) )
            // InternalItup.g:3267:4: (lv_year_1_0= ruleYear )
            {
            // InternalItup.g:3267:4: (lv_year_1_0= ruleYear )
            // InternalItup.g:3268:5: lv_year_1_0= ruleYear
            {

            					newCompositeNode(grammarAccess.getBaselineAccess().getYearYearParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_70);
            lv_year_1_0=ruleYear();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getBaselineRule());
            					}
            					set(
            						current,
            						"year",
            						lv_year_1_0,
            						"org.itup.dsl.Itup.Year");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalItup.g:3285:3: ( ( (lv_measured_2_0= 'measured' ) ) | (otherlv_3= 'value' ( (lv_value_4_0= ruleDecimal ) ) ( (lv_unit_5_0= RULE_STRING ) )? ) )?
            int alt56=3;
            int LA56_0 = input.LA(1);

            if ( (LA56_0==47) ) {
                alt56=1;
            }
            else if ( (LA56_0==49) ) {
                alt56=2;
            }
            switch (alt56) {
                case 1 :
                    // InternalItup.g:3286:4: ( (lv_measured_2_0= 'measured' ) )
                    {
                    // InternalItup.g:3286:4: ( (lv_measured_2_0= 'measured' ) )
                    // InternalItup.g:3287:5: (lv_measured_2_0= 'measured' )
                    {
                    // InternalItup.g:3287:5: (lv_measured_2_0= 'measured' )
                    // InternalItup.g:3288:6: lv_measured_2_0= 'measured'
                    {
                    lv_measured_2_0=(Token)match(input,47,FOLLOW_2); 

                    						newLeafNode(lv_measured_2_0, grammarAccess.getBaselineAccess().getMeasuredMeasuredKeyword_2_0_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getBaselineRule());
                    						}
                    						setWithLastConsumed(current, "measured", lv_measured_2_0 != null, "measured");
                    					

                    }


                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:3301:4: (otherlv_3= 'value' ( (lv_value_4_0= ruleDecimal ) ) ( (lv_unit_5_0= RULE_STRING ) )? )
                    {
                    // InternalItup.g:3301:4: (otherlv_3= 'value' ( (lv_value_4_0= ruleDecimal ) ) ( (lv_unit_5_0= RULE_STRING ) )? )
                    // InternalItup.g:3302:5: otherlv_3= 'value' ( (lv_value_4_0= ruleDecimal ) ) ( (lv_unit_5_0= RULE_STRING ) )?
                    {
                    otherlv_3=(Token)match(input,49,FOLLOW_47); 

                    					newLeafNode(otherlv_3, grammarAccess.getBaselineAccess().getValueKeyword_2_1_0());
                    				
                    // InternalItup.g:3306:5: ( (lv_value_4_0= ruleDecimal ) )
                    // InternalItup.g:3307:6: (lv_value_4_0= ruleDecimal )
                    {
                    // InternalItup.g:3307:6: (lv_value_4_0= ruleDecimal )
                    // InternalItup.g:3308:7: lv_value_4_0= ruleDecimal
                    {

                    							newCompositeNode(grammarAccess.getBaselineAccess().getValueDecimalParserRuleCall_2_1_1_0());
                    						
                    pushFollow(FOLLOW_42);
                    lv_value_4_0=ruleDecimal();

                    state._fsp--;


                    							if (current==null) {
                    								current = createModelElementForParent(grammarAccess.getBaselineRule());
                    							}
                    							set(
                    								current,
                    								"value",
                    								lv_value_4_0,
                    								"org.itup.dsl.Itup.Decimal");
                    							afterParserOrEnumRuleCall();
                    						

                    }


                    }

                    // InternalItup.g:3325:5: ( (lv_unit_5_0= RULE_STRING ) )?
                    int alt55=2;
                    int LA55_0 = input.LA(1);

                    if ( (LA55_0==RULE_STRING) ) {
                        alt55=1;
                    }
                    switch (alt55) {
                        case 1 :
                            // InternalItup.g:3326:6: (lv_unit_5_0= RULE_STRING )
                            {
                            // InternalItup.g:3326:6: (lv_unit_5_0= RULE_STRING )
                            // InternalItup.g:3327:7: lv_unit_5_0= RULE_STRING
                            {
                            lv_unit_5_0=(Token)match(input,RULE_STRING,FOLLOW_2); 

                            							newLeafNode(lv_unit_5_0, grammarAccess.getBaselineAccess().getUnitSTRINGTerminalRuleCall_2_1_2_0());
                            						

                            							if (current==null) {
                            								current = createModelElement(grammarAccess.getBaselineRule());
                            							}
                            							setWithLastConsumed(
                            								current,
                            								"unit",
                            								lv_unit_5_0,
                            								"org.eclipse.xtext.common.Terminals.STRING");
                            						

                            }


                            }
                            break;

                    }


                    }


                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleBaseline"


    // $ANTLR start "entryRuleSdgLink"
    // InternalItup.g:3349:1: entryRuleSdgLink returns [EObject current=null] : iv_ruleSdgLink= ruleSdgLink EOF ;
    public final EObject entryRuleSdgLink() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleSdgLink = null;


        try {
            // InternalItup.g:3349:48: (iv_ruleSdgLink= ruleSdgLink EOF )
            // InternalItup.g:3350:2: iv_ruleSdgLink= ruleSdgLink EOF
            {
             newCompositeNode(grammarAccess.getSdgLinkRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleSdgLink=ruleSdgLink();

            state._fsp--;

             current =iv_ruleSdgLink; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleSdgLink"


    // $ANTLR start "ruleSdgLink"
    // InternalItup.g:3356:1: ruleSdgLink returns [EObject current=null] : ( ( (lv_target_0_0= ruleCode ) ) (otherlv_1= '(' ( (lv_indicators_2_0= ruleCode ) ) (otherlv_3= ',' ( (lv_indicators_4_0= ruleCode ) ) )* otherlv_5= ')' )? ) ;
    public final EObject ruleSdgLink() throws RecognitionException {
        EObject current = null;

        Token otherlv_1=null;
        Token otherlv_3=null;
        Token otherlv_5=null;
        AntlrDatatypeRuleToken lv_target_0_0 = null;

        AntlrDatatypeRuleToken lv_indicators_2_0 = null;

        AntlrDatatypeRuleToken lv_indicators_4_0 = null;



        	enterRule();

        try {
            // InternalItup.g:3362:2: ( ( ( (lv_target_0_0= ruleCode ) ) (otherlv_1= '(' ( (lv_indicators_2_0= ruleCode ) ) (otherlv_3= ',' ( (lv_indicators_4_0= ruleCode ) ) )* otherlv_5= ')' )? ) )
            // InternalItup.g:3363:2: ( ( (lv_target_0_0= ruleCode ) ) (otherlv_1= '(' ( (lv_indicators_2_0= ruleCode ) ) (otherlv_3= ',' ( (lv_indicators_4_0= ruleCode ) ) )* otherlv_5= ')' )? )
            {
            // InternalItup.g:3363:2: ( ( (lv_target_0_0= ruleCode ) ) (otherlv_1= '(' ( (lv_indicators_2_0= ruleCode ) ) (otherlv_3= ',' ( (lv_indicators_4_0= ruleCode ) ) )* otherlv_5= ')' )? )
            // InternalItup.g:3364:3: ( (lv_target_0_0= ruleCode ) ) (otherlv_1= '(' ( (lv_indicators_2_0= ruleCode ) ) (otherlv_3= ',' ( (lv_indicators_4_0= ruleCode ) ) )* otherlv_5= ')' )?
            {
            // InternalItup.g:3364:3: ( (lv_target_0_0= ruleCode ) )
            // InternalItup.g:3365:4: (lv_target_0_0= ruleCode )
            {
            // InternalItup.g:3365:4: (lv_target_0_0= ruleCode )
            // InternalItup.g:3366:5: lv_target_0_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getSdgLinkAccess().getTargetCodeParserRuleCall_0_0());
            				
            pushFollow(FOLLOW_71);
            lv_target_0_0=ruleCode();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getSdgLinkRule());
            					}
            					set(
            						current,
            						"target",
            						lv_target_0_0,
            						"org.itup.dsl.Itup.Code");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalItup.g:3383:3: (otherlv_1= '(' ( (lv_indicators_2_0= ruleCode ) ) (otherlv_3= ',' ( (lv_indicators_4_0= ruleCode ) ) )* otherlv_5= ')' )?
            int alt58=2;
            int LA58_0 = input.LA(1);

            if ( (LA58_0==76) ) {
                alt58=1;
            }
            switch (alt58) {
                case 1 :
                    // InternalItup.g:3384:4: otherlv_1= '(' ( (lv_indicators_2_0= ruleCode ) ) (otherlv_3= ',' ( (lv_indicators_4_0= ruleCode ) ) )* otherlv_5= ')'
                    {
                    otherlv_1=(Token)match(input,76,FOLLOW_18); 

                    				newLeafNode(otherlv_1, grammarAccess.getSdgLinkAccess().getLeftParenthesisKeyword_1_0());
                    			
                    // InternalItup.g:3388:4: ( (lv_indicators_2_0= ruleCode ) )
                    // InternalItup.g:3389:5: (lv_indicators_2_0= ruleCode )
                    {
                    // InternalItup.g:3389:5: (lv_indicators_2_0= ruleCode )
                    // InternalItup.g:3390:6: lv_indicators_2_0= ruleCode
                    {

                    						newCompositeNode(grammarAccess.getSdgLinkAccess().getIndicatorsCodeParserRuleCall_1_1_0());
                    					
                    pushFollow(FOLLOW_72);
                    lv_indicators_2_0=ruleCode();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getSdgLinkRule());
                    						}
                    						add(
                    							current,
                    							"indicators",
                    							lv_indicators_2_0,
                    							"org.itup.dsl.Itup.Code");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }

                    // InternalItup.g:3407:4: (otherlv_3= ',' ( (lv_indicators_4_0= ruleCode ) ) )*
                    loop57:
                    do {
                        int alt57=2;
                        int LA57_0 = input.LA(1);

                        if ( (LA57_0==18) ) {
                            alt57=1;
                        }


                        switch (alt57) {
                    	case 1 :
                    	    // InternalItup.g:3408:5: otherlv_3= ',' ( (lv_indicators_4_0= ruleCode ) )
                    	    {
                    	    otherlv_3=(Token)match(input,18,FOLLOW_18); 

                    	    					newLeafNode(otherlv_3, grammarAccess.getSdgLinkAccess().getCommaKeyword_1_2_0());
                    	    				
                    	    // InternalItup.g:3412:5: ( (lv_indicators_4_0= ruleCode ) )
                    	    // InternalItup.g:3413:6: (lv_indicators_4_0= ruleCode )
                    	    {
                    	    // InternalItup.g:3413:6: (lv_indicators_4_0= ruleCode )
                    	    // InternalItup.g:3414:7: lv_indicators_4_0= ruleCode
                    	    {

                    	    							newCompositeNode(grammarAccess.getSdgLinkAccess().getIndicatorsCodeParserRuleCall_1_2_1_0());
                    	    						
                    	    pushFollow(FOLLOW_72);
                    	    lv_indicators_4_0=ruleCode();

                    	    state._fsp--;


                    	    							if (current==null) {
                    	    								current = createModelElementForParent(grammarAccess.getSdgLinkRule());
                    	    							}
                    	    							add(
                    	    								current,
                    	    								"indicators",
                    	    								lv_indicators_4_0,
                    	    								"org.itup.dsl.Itup.Code");
                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop57;
                        }
                    } while (true);

                    otherlv_5=(Token)match(input,77,FOLLOW_2); 

                    				newLeafNode(otherlv_5, grammarAccess.getSdgLinkAccess().getRightParenthesisKeyword_1_3());
                    			

                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleSdgLink"


    // $ANTLR start "entryRuleSector"
    // InternalItup.g:3441:1: entryRuleSector returns [EObject current=null] : iv_ruleSector= ruleSector EOF ;
    public final EObject entryRuleSector() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleSector = null;


        try {
            // InternalItup.g:3441:47: (iv_ruleSector= ruleSector EOF )
            // InternalItup.g:3442:2: iv_ruleSector= ruleSector EOF
            {
             newCompositeNode(grammarAccess.getSectorRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleSector=ruleSector();

            state._fsp--;

             current =iv_ruleSector; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleSector"


    // $ANTLR start "ruleSector"
    // InternalItup.g:3448:1: ruleSector returns [EObject current=null] : ( ( ( (lv_kind_0_0= ruleSectorKind ) ) | otherlv_1= 'programme' | otherlv_2= 'pillar' ) ( (lv_name_3_0= ruleCode ) ) ( (lv_title_4_0= RULE_STRING ) )? otherlv_5= '{' (otherlv_6= 'bureau' ( (lv_bureau_7_0= ruleBureau ) ) )? ( ( (lv_objectives_8_0= ruleObjective ) ) | ( (lv_enablers_9_0= ruleEnabler ) ) | ( (lv_budgets_10_0= ruleBudget ) ) )* otherlv_11= '}' ) ;
    public final EObject ruleSector() throws RecognitionException {
        EObject current = null;

        Token otherlv_1=null;
        Token otherlv_2=null;
        Token lv_title_4_0=null;
        Token otherlv_5=null;
        Token otherlv_6=null;
        Token otherlv_11=null;
        Enumerator lv_kind_0_0 = null;

        AntlrDatatypeRuleToken lv_name_3_0 = null;

        EObject lv_bureau_7_0 = null;

        EObject lv_objectives_8_0 = null;

        EObject lv_enablers_9_0 = null;

        EObject lv_budgets_10_0 = null;



        	enterRule();

        try {
            // InternalItup.g:3454:2: ( ( ( ( (lv_kind_0_0= ruleSectorKind ) ) | otherlv_1= 'programme' | otherlv_2= 'pillar' ) ( (lv_name_3_0= ruleCode ) ) ( (lv_title_4_0= RULE_STRING ) )? otherlv_5= '{' (otherlv_6= 'bureau' ( (lv_bureau_7_0= ruleBureau ) ) )? ( ( (lv_objectives_8_0= ruleObjective ) ) | ( (lv_enablers_9_0= ruleEnabler ) ) | ( (lv_budgets_10_0= ruleBudget ) ) )* otherlv_11= '}' ) )
            // InternalItup.g:3455:2: ( ( ( (lv_kind_0_0= ruleSectorKind ) ) | otherlv_1= 'programme' | otherlv_2= 'pillar' ) ( (lv_name_3_0= ruleCode ) ) ( (lv_title_4_0= RULE_STRING ) )? otherlv_5= '{' (otherlv_6= 'bureau' ( (lv_bureau_7_0= ruleBureau ) ) )? ( ( (lv_objectives_8_0= ruleObjective ) ) | ( (lv_enablers_9_0= ruleEnabler ) ) | ( (lv_budgets_10_0= ruleBudget ) ) )* otherlv_11= '}' )
            {
            // InternalItup.g:3455:2: ( ( ( (lv_kind_0_0= ruleSectorKind ) ) | otherlv_1= 'programme' | otherlv_2= 'pillar' ) ( (lv_name_3_0= ruleCode ) ) ( (lv_title_4_0= RULE_STRING ) )? otherlv_5= '{' (otherlv_6= 'bureau' ( (lv_bureau_7_0= ruleBureau ) ) )? ( ( (lv_objectives_8_0= ruleObjective ) ) | ( (lv_enablers_9_0= ruleEnabler ) ) | ( (lv_budgets_10_0= ruleBudget ) ) )* otherlv_11= '}' )
            // InternalItup.g:3456:3: ( ( (lv_kind_0_0= ruleSectorKind ) ) | otherlv_1= 'programme' | otherlv_2= 'pillar' ) ( (lv_name_3_0= ruleCode ) ) ( (lv_title_4_0= RULE_STRING ) )? otherlv_5= '{' (otherlv_6= 'bureau' ( (lv_bureau_7_0= ruleBureau ) ) )? ( ( (lv_objectives_8_0= ruleObjective ) ) | ( (lv_enablers_9_0= ruleEnabler ) ) | ( (lv_budgets_10_0= ruleBudget ) ) )* otherlv_11= '}'
            {
            // InternalItup.g:3456:3: ( ( (lv_kind_0_0= ruleSectorKind ) ) | otherlv_1= 'programme' | otherlv_2= 'pillar' )
            int alt59=3;
            switch ( input.LA(1) ) {
            case 106:
            case 111:
            case 112:
                {
                alt59=1;
                }
                break;
            case 61:
                {
                alt59=2;
                }
                break;
            case 62:
                {
                alt59=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 59, 0, input);

                throw nvae;
            }

            switch (alt59) {
                case 1 :
                    // InternalItup.g:3457:4: ( (lv_kind_0_0= ruleSectorKind ) )
                    {
                    // InternalItup.g:3457:4: ( (lv_kind_0_0= ruleSectorKind ) )
                    // InternalItup.g:3458:5: (lv_kind_0_0= ruleSectorKind )
                    {
                    // InternalItup.g:3458:5: (lv_kind_0_0= ruleSectorKind )
                    // InternalItup.g:3459:6: lv_kind_0_0= ruleSectorKind
                    {

                    						newCompositeNode(grammarAccess.getSectorAccess().getKindSectorKindEnumRuleCall_0_0_0());
                    					
                    pushFollow(FOLLOW_18);
                    lv_kind_0_0=ruleSectorKind();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getSectorRule());
                    						}
                    						set(
                    							current,
                    							"kind",
                    							lv_kind_0_0,
                    							"org.itup.dsl.Itup.SectorKind");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:3477:4: otherlv_1= 'programme'
                    {
                    otherlv_1=(Token)match(input,61,FOLLOW_18); 

                    				newLeafNode(otherlv_1, grammarAccess.getSectorAccess().getProgrammeKeyword_0_1());
                    			

                    }
                    break;
                case 3 :
                    // InternalItup.g:3482:4: otherlv_2= 'pillar'
                    {
                    otherlv_2=(Token)match(input,62,FOLLOW_18); 

                    				newLeafNode(otherlv_2, grammarAccess.getSectorAccess().getPillarKeyword_0_2());
                    			

                    }
                    break;

            }

            // InternalItup.g:3487:3: ( (lv_name_3_0= ruleCode ) )
            // InternalItup.g:3488:4: (lv_name_3_0= ruleCode )
            {
            // InternalItup.g:3488:4: (lv_name_3_0= ruleCode )
            // InternalItup.g:3489:5: lv_name_3_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getSectorAccess().getNameCodeParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_59);
            lv_name_3_0=ruleCode();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getSectorRule());
            					}
            					set(
            						current,
            						"name",
            						lv_name_3_0,
            						"org.itup.dsl.Itup.Code");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalItup.g:3506:3: ( (lv_title_4_0= RULE_STRING ) )?
            int alt60=2;
            int LA60_0 = input.LA(1);

            if ( (LA60_0==RULE_STRING) ) {
                alt60=1;
            }
            switch (alt60) {
                case 1 :
                    // InternalItup.g:3507:4: (lv_title_4_0= RULE_STRING )
                    {
                    // InternalItup.g:3507:4: (lv_title_4_0= RULE_STRING )
                    // InternalItup.g:3508:5: lv_title_4_0= RULE_STRING
                    {
                    lv_title_4_0=(Token)match(input,RULE_STRING,FOLLOW_25); 

                    					newLeafNode(lv_title_4_0, grammarAccess.getSectorAccess().getTitleSTRINGTerminalRuleCall_2_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getSectorRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"title",
                    						lv_title_4_0,
                    						"org.eclipse.xtext.common.Terminals.STRING");
                    				

                    }


                    }
                    break;

            }

            otherlv_5=(Token)match(input,27,FOLLOW_73); 

            			newLeafNode(otherlv_5, grammarAccess.getSectorAccess().getLeftCurlyBracketKeyword_3());
            		
            // InternalItup.g:3528:3: (otherlv_6= 'bureau' ( (lv_bureau_7_0= ruleBureau ) ) )?
            int alt61=2;
            int LA61_0 = input.LA(1);

            if ( (LA61_0==78) ) {
                alt61=1;
            }
            switch (alt61) {
                case 1 :
                    // InternalItup.g:3529:4: otherlv_6= 'bureau' ( (lv_bureau_7_0= ruleBureau ) )
                    {
                    otherlv_6=(Token)match(input,78,FOLLOW_18); 

                    				newLeafNode(otherlv_6, grammarAccess.getSectorAccess().getBureauKeyword_4_0());
                    			
                    // InternalItup.g:3533:4: ( (lv_bureau_7_0= ruleBureau ) )
                    // InternalItup.g:3534:5: (lv_bureau_7_0= ruleBureau )
                    {
                    // InternalItup.g:3534:5: (lv_bureau_7_0= ruleBureau )
                    // InternalItup.g:3535:6: lv_bureau_7_0= ruleBureau
                    {

                    						newCompositeNode(grammarAccess.getSectorAccess().getBureauBureauParserRuleCall_4_1_0());
                    					
                    pushFollow(FOLLOW_74);
                    lv_bureau_7_0=ruleBureau();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getSectorRule());
                    						}
                    						set(
                    							current,
                    							"bureau",
                    							lv_bureau_7_0,
                    							"org.itup.dsl.Itup.Bureau");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalItup.g:3553:3: ( ( (lv_objectives_8_0= ruleObjective ) ) | ( (lv_enablers_9_0= ruleEnabler ) ) | ( (lv_budgets_10_0= ruleBudget ) ) )*
            loop62:
            do {
                int alt62=4;
                switch ( input.LA(1) ) {
                case 38:
                case 63:
                    {
                    alt62=1;
                    }
                    break;
                case 67:
                case 91:
                    {
                    alt62=2;
                    }
                    break;
                case 57:
                    {
                    alt62=3;
                    }
                    break;

                }

                switch (alt62) {
            	case 1 :
            	    // InternalItup.g:3554:4: ( (lv_objectives_8_0= ruleObjective ) )
            	    {
            	    // InternalItup.g:3554:4: ( (lv_objectives_8_0= ruleObjective ) )
            	    // InternalItup.g:3555:5: (lv_objectives_8_0= ruleObjective )
            	    {
            	    // InternalItup.g:3555:5: (lv_objectives_8_0= ruleObjective )
            	    // InternalItup.g:3556:6: lv_objectives_8_0= ruleObjective
            	    {

            	    						newCompositeNode(grammarAccess.getSectorAccess().getObjectivesObjectiveParserRuleCall_5_0_0());
            	    					
            	    pushFollow(FOLLOW_74);
            	    lv_objectives_8_0=ruleObjective();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getSectorRule());
            	    						}
            	    						add(
            	    							current,
            	    							"objectives",
            	    							lv_objectives_8_0,
            	    							"org.itup.dsl.Itup.Objective");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 2 :
            	    // InternalItup.g:3574:4: ( (lv_enablers_9_0= ruleEnabler ) )
            	    {
            	    // InternalItup.g:3574:4: ( (lv_enablers_9_0= ruleEnabler ) )
            	    // InternalItup.g:3575:5: (lv_enablers_9_0= ruleEnabler )
            	    {
            	    // InternalItup.g:3575:5: (lv_enablers_9_0= ruleEnabler )
            	    // InternalItup.g:3576:6: lv_enablers_9_0= ruleEnabler
            	    {

            	    						newCompositeNode(grammarAccess.getSectorAccess().getEnablersEnablerParserRuleCall_5_1_0());
            	    					
            	    pushFollow(FOLLOW_74);
            	    lv_enablers_9_0=ruleEnabler();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getSectorRule());
            	    						}
            	    						add(
            	    							current,
            	    							"enablers",
            	    							lv_enablers_9_0,
            	    							"org.itup.dsl.Itup.Enabler");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 3 :
            	    // InternalItup.g:3594:4: ( (lv_budgets_10_0= ruleBudget ) )
            	    {
            	    // InternalItup.g:3594:4: ( (lv_budgets_10_0= ruleBudget ) )
            	    // InternalItup.g:3595:5: (lv_budgets_10_0= ruleBudget )
            	    {
            	    // InternalItup.g:3595:5: (lv_budgets_10_0= ruleBudget )
            	    // InternalItup.g:3596:6: lv_budgets_10_0= ruleBudget
            	    {

            	    						newCompositeNode(grammarAccess.getSectorAccess().getBudgetsBudgetParserRuleCall_5_2_0());
            	    					
            	    pushFollow(FOLLOW_74);
            	    lv_budgets_10_0=ruleBudget();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getSectorRule());
            	    						}
            	    						add(
            	    							current,
            	    							"budgets",
            	    							lv_budgets_10_0,
            	    							"org.itup.dsl.Itup.Budget");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;

            	default :
            	    break loop62;
                }
            } while (true);

            otherlv_11=(Token)match(input,28,FOLLOW_2); 

            			newLeafNode(otherlv_11, grammarAccess.getSectorAccess().getRightCurlyBracketKeyword_6());
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleSector"


    // $ANTLR start "entryRuleBureau"
    // InternalItup.g:3622:1: entryRuleBureau returns [EObject current=null] : iv_ruleBureau= ruleBureau EOF ;
    public final EObject entryRuleBureau() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleBureau = null;


        try {
            // InternalItup.g:3622:47: (iv_ruleBureau= ruleBureau EOF )
            // InternalItup.g:3623:2: iv_ruleBureau= ruleBureau EOF
            {
             newCompositeNode(grammarAccess.getBureauRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleBureau=ruleBureau();

            state._fsp--;

             current =iv_ruleBureau; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleBureau"


    // $ANTLR start "ruleBureau"
    // InternalItup.g:3629:1: ruleBureau returns [EObject current=null] : ( ( (lv_name_0_0= ruleCode ) ) ( (lv_title_1_0= RULE_STRING ) )? ) ;
    public final EObject ruleBureau() throws RecognitionException {
        EObject current = null;

        Token lv_title_1_0=null;
        AntlrDatatypeRuleToken lv_name_0_0 = null;



        	enterRule();

        try {
            // InternalItup.g:3635:2: ( ( ( (lv_name_0_0= ruleCode ) ) ( (lv_title_1_0= RULE_STRING ) )? ) )
            // InternalItup.g:3636:2: ( ( (lv_name_0_0= ruleCode ) ) ( (lv_title_1_0= RULE_STRING ) )? )
            {
            // InternalItup.g:3636:2: ( ( (lv_name_0_0= ruleCode ) ) ( (lv_title_1_0= RULE_STRING ) )? )
            // InternalItup.g:3637:3: ( (lv_name_0_0= ruleCode ) ) ( (lv_title_1_0= RULE_STRING ) )?
            {
            // InternalItup.g:3637:3: ( (lv_name_0_0= ruleCode ) )
            // InternalItup.g:3638:4: (lv_name_0_0= ruleCode )
            {
            // InternalItup.g:3638:4: (lv_name_0_0= ruleCode )
            // InternalItup.g:3639:5: lv_name_0_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getBureauAccess().getNameCodeParserRuleCall_0_0());
            				
            pushFollow(FOLLOW_42);
            lv_name_0_0=ruleCode();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getBureauRule());
            					}
            					set(
            						current,
            						"name",
            						lv_name_0_0,
            						"org.itup.dsl.Itup.Code");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalItup.g:3656:3: ( (lv_title_1_0= RULE_STRING ) )?
            int alt63=2;
            int LA63_0 = input.LA(1);

            if ( (LA63_0==RULE_STRING) ) {
                alt63=1;
            }
            switch (alt63) {
                case 1 :
                    // InternalItup.g:3657:4: (lv_title_1_0= RULE_STRING )
                    {
                    // InternalItup.g:3657:4: (lv_title_1_0= RULE_STRING )
                    // InternalItup.g:3658:5: lv_title_1_0= RULE_STRING
                    {
                    lv_title_1_0=(Token)match(input,RULE_STRING,FOLLOW_2); 

                    					newLeafNode(lv_title_1_0, grammarAccess.getBureauAccess().getTitleSTRINGTerminalRuleCall_1_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getBureauRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"title",
                    						lv_title_1_0,
                    						"org.eclipse.xtext.common.Terminals.STRING");
                    				

                    }


                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleBureau"


    // $ANTLR start "entryRuleObjective"
    // InternalItup.g:3678:1: entryRuleObjective returns [EObject current=null] : iv_ruleObjective= ruleObjective EOF ;
    public final EObject entryRuleObjective() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleObjective = null;


        try {
            // InternalItup.g:3678:50: (iv_ruleObjective= ruleObjective EOF )
            // InternalItup.g:3679:2: iv_ruleObjective= ruleObjective EOF
            {
             newCompositeNode(grammarAccess.getObjectiveRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleObjective=ruleObjective();

            state._fsp--;

             current =iv_ruleObjective; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleObjective"


    // $ANTLR start "ruleObjective"
    // InternalItup.g:3685:1: ruleObjective returns [EObject current=null] : ( (otherlv_0= 'objective' | otherlv_1= 'priority' ) ( (lv_name_2_0= ruleCode ) ) ( (lv_title_3_0= RULE_STRING ) )? otherlv_4= '{' (otherlv_5= 'statement' ( (lv_statement_6_0= RULE_STRING ) ) )? ( (otherlv_7= 'primary' (otherlv_8= 'goal' | otherlv_9= 'goals' ) ( ( ruleCode ) ) (otherlv_11= ',' ( ( ruleCode ) ) )* ) | (otherlv_13= 'secondary' (otherlv_14= 'goal' | otherlv_15= 'goals' ) ( ( ruleCode ) ) (otherlv_17= ',' ( ( ruleCode ) ) )* ) | (otherlv_19= 'contributors' ( ( ruleCode ) ) (otherlv_21= ',' ( ( ruleCode ) ) )* ) | (otherlv_23= 'wsis' ( (lv_wsisActionLines_24_0= ruleCode ) ) (otherlv_25= ',' ( (lv_wsisActionLines_26_0= ruleCode ) ) )* ) | ( (lv_outcomes_27_0= ruleOutcome ) ) | ( (lv_outputs_28_0= ruleOutput ) ) | ( (lv_indicators_29_0= rulePerformanceIndicator ) ) | ( (lv_budgets_30_0= ruleBudget ) ) | this_Replaces_31= ruleReplaces[$current] )* otherlv_32= '}' ) ;
    public final EObject ruleObjective() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_1=null;
        Token lv_title_3_0=null;
        Token otherlv_4=null;
        Token otherlv_5=null;
        Token lv_statement_6_0=null;
        Token otherlv_7=null;
        Token otherlv_8=null;
        Token otherlv_9=null;
        Token otherlv_11=null;
        Token otherlv_13=null;
        Token otherlv_14=null;
        Token otherlv_15=null;
        Token otherlv_17=null;
        Token otherlv_19=null;
        Token otherlv_21=null;
        Token otherlv_23=null;
        Token otherlv_25=null;
        Token otherlv_32=null;
        AntlrDatatypeRuleToken lv_name_2_0 = null;

        AntlrDatatypeRuleToken lv_wsisActionLines_24_0 = null;

        AntlrDatatypeRuleToken lv_wsisActionLines_26_0 = null;

        EObject lv_outcomes_27_0 = null;

        EObject lv_outputs_28_0 = null;

        EObject lv_indicators_29_0 = null;

        EObject lv_budgets_30_0 = null;

        EObject this_Replaces_31 = null;



        	enterRule();

        try {
            // InternalItup.g:3691:2: ( ( (otherlv_0= 'objective' | otherlv_1= 'priority' ) ( (lv_name_2_0= ruleCode ) ) ( (lv_title_3_0= RULE_STRING ) )? otherlv_4= '{' (otherlv_5= 'statement' ( (lv_statement_6_0= RULE_STRING ) ) )? ( (otherlv_7= 'primary' (otherlv_8= 'goal' | otherlv_9= 'goals' ) ( ( ruleCode ) ) (otherlv_11= ',' ( ( ruleCode ) ) )* ) | (otherlv_13= 'secondary' (otherlv_14= 'goal' | otherlv_15= 'goals' ) ( ( ruleCode ) ) (otherlv_17= ',' ( ( ruleCode ) ) )* ) | (otherlv_19= 'contributors' ( ( ruleCode ) ) (otherlv_21= ',' ( ( ruleCode ) ) )* ) | (otherlv_23= 'wsis' ( (lv_wsisActionLines_24_0= ruleCode ) ) (otherlv_25= ',' ( (lv_wsisActionLines_26_0= ruleCode ) ) )* ) | ( (lv_outcomes_27_0= ruleOutcome ) ) | ( (lv_outputs_28_0= ruleOutput ) ) | ( (lv_indicators_29_0= rulePerformanceIndicator ) ) | ( (lv_budgets_30_0= ruleBudget ) ) | this_Replaces_31= ruleReplaces[$current] )* otherlv_32= '}' ) )
            // InternalItup.g:3692:2: ( (otherlv_0= 'objective' | otherlv_1= 'priority' ) ( (lv_name_2_0= ruleCode ) ) ( (lv_title_3_0= RULE_STRING ) )? otherlv_4= '{' (otherlv_5= 'statement' ( (lv_statement_6_0= RULE_STRING ) ) )? ( (otherlv_7= 'primary' (otherlv_8= 'goal' | otherlv_9= 'goals' ) ( ( ruleCode ) ) (otherlv_11= ',' ( ( ruleCode ) ) )* ) | (otherlv_13= 'secondary' (otherlv_14= 'goal' | otherlv_15= 'goals' ) ( ( ruleCode ) ) (otherlv_17= ',' ( ( ruleCode ) ) )* ) | (otherlv_19= 'contributors' ( ( ruleCode ) ) (otherlv_21= ',' ( ( ruleCode ) ) )* ) | (otherlv_23= 'wsis' ( (lv_wsisActionLines_24_0= ruleCode ) ) (otherlv_25= ',' ( (lv_wsisActionLines_26_0= ruleCode ) ) )* ) | ( (lv_outcomes_27_0= ruleOutcome ) ) | ( (lv_outputs_28_0= ruleOutput ) ) | ( (lv_indicators_29_0= rulePerformanceIndicator ) ) | ( (lv_budgets_30_0= ruleBudget ) ) | this_Replaces_31= ruleReplaces[$current] )* otherlv_32= '}' )
            {
            // InternalItup.g:3692:2: ( (otherlv_0= 'objective' | otherlv_1= 'priority' ) ( (lv_name_2_0= ruleCode ) ) ( (lv_title_3_0= RULE_STRING ) )? otherlv_4= '{' (otherlv_5= 'statement' ( (lv_statement_6_0= RULE_STRING ) ) )? ( (otherlv_7= 'primary' (otherlv_8= 'goal' | otherlv_9= 'goals' ) ( ( ruleCode ) ) (otherlv_11= ',' ( ( ruleCode ) ) )* ) | (otherlv_13= 'secondary' (otherlv_14= 'goal' | otherlv_15= 'goals' ) ( ( ruleCode ) ) (otherlv_17= ',' ( ( ruleCode ) ) )* ) | (otherlv_19= 'contributors' ( ( ruleCode ) ) (otherlv_21= ',' ( ( ruleCode ) ) )* ) | (otherlv_23= 'wsis' ( (lv_wsisActionLines_24_0= ruleCode ) ) (otherlv_25= ',' ( (lv_wsisActionLines_26_0= ruleCode ) ) )* ) | ( (lv_outcomes_27_0= ruleOutcome ) ) | ( (lv_outputs_28_0= ruleOutput ) ) | ( (lv_indicators_29_0= rulePerformanceIndicator ) ) | ( (lv_budgets_30_0= ruleBudget ) ) | this_Replaces_31= ruleReplaces[$current] )* otherlv_32= '}' )
            // InternalItup.g:3693:3: (otherlv_0= 'objective' | otherlv_1= 'priority' ) ( (lv_name_2_0= ruleCode ) ) ( (lv_title_3_0= RULE_STRING ) )? otherlv_4= '{' (otherlv_5= 'statement' ( (lv_statement_6_0= RULE_STRING ) ) )? ( (otherlv_7= 'primary' (otherlv_8= 'goal' | otherlv_9= 'goals' ) ( ( ruleCode ) ) (otherlv_11= ',' ( ( ruleCode ) ) )* ) | (otherlv_13= 'secondary' (otherlv_14= 'goal' | otherlv_15= 'goals' ) ( ( ruleCode ) ) (otherlv_17= ',' ( ( ruleCode ) ) )* ) | (otherlv_19= 'contributors' ( ( ruleCode ) ) (otherlv_21= ',' ( ( ruleCode ) ) )* ) | (otherlv_23= 'wsis' ( (lv_wsisActionLines_24_0= ruleCode ) ) (otherlv_25= ',' ( (lv_wsisActionLines_26_0= ruleCode ) ) )* ) | ( (lv_outcomes_27_0= ruleOutcome ) ) | ( (lv_outputs_28_0= ruleOutput ) ) | ( (lv_indicators_29_0= rulePerformanceIndicator ) ) | ( (lv_budgets_30_0= ruleBudget ) ) | this_Replaces_31= ruleReplaces[$current] )* otherlv_32= '}'
            {
            // InternalItup.g:3693:3: (otherlv_0= 'objective' | otherlv_1= 'priority' )
            int alt64=2;
            int LA64_0 = input.LA(1);

            if ( (LA64_0==38) ) {
                alt64=1;
            }
            else if ( (LA64_0==63) ) {
                alt64=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 64, 0, input);

                throw nvae;
            }
            switch (alt64) {
                case 1 :
                    // InternalItup.g:3694:4: otherlv_0= 'objective'
                    {
                    otherlv_0=(Token)match(input,38,FOLLOW_18); 

                    				newLeafNode(otherlv_0, grammarAccess.getObjectiveAccess().getObjectiveKeyword_0_0());
                    			

                    }
                    break;
                case 2 :
                    // InternalItup.g:3699:4: otherlv_1= 'priority'
                    {
                    otherlv_1=(Token)match(input,63,FOLLOW_18); 

                    				newLeafNode(otherlv_1, grammarAccess.getObjectiveAccess().getPriorityKeyword_0_1());
                    			

                    }
                    break;

            }

            // InternalItup.g:3704:3: ( (lv_name_2_0= ruleCode ) )
            // InternalItup.g:3705:4: (lv_name_2_0= ruleCode )
            {
            // InternalItup.g:3705:4: (lv_name_2_0= ruleCode )
            // InternalItup.g:3706:5: lv_name_2_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getObjectiveAccess().getNameCodeParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_59);
            lv_name_2_0=ruleCode();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getObjectiveRule());
            					}
            					set(
            						current,
            						"name",
            						lv_name_2_0,
            						"org.itup.dsl.Itup.Code");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalItup.g:3723:3: ( (lv_title_3_0= RULE_STRING ) )?
            int alt65=2;
            int LA65_0 = input.LA(1);

            if ( (LA65_0==RULE_STRING) ) {
                alt65=1;
            }
            switch (alt65) {
                case 1 :
                    // InternalItup.g:3724:4: (lv_title_3_0= RULE_STRING )
                    {
                    // InternalItup.g:3724:4: (lv_title_3_0= RULE_STRING )
                    // InternalItup.g:3725:5: lv_title_3_0= RULE_STRING
                    {
                    lv_title_3_0=(Token)match(input,RULE_STRING,FOLLOW_25); 

                    					newLeafNode(lv_title_3_0, grammarAccess.getObjectiveAccess().getTitleSTRINGTerminalRuleCall_2_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getObjectiveRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"title",
                    						lv_title_3_0,
                    						"org.eclipse.xtext.common.Terminals.STRING");
                    				

                    }


                    }
                    break;

            }

            otherlv_4=(Token)match(input,27,FOLLOW_75); 

            			newLeafNode(otherlv_4, grammarAccess.getObjectiveAccess().getLeftCurlyBracketKeyword_3());
            		
            // InternalItup.g:3745:3: (otherlv_5= 'statement' ( (lv_statement_6_0= RULE_STRING ) ) )?
            int alt66=2;
            int LA66_0 = input.LA(1);

            if ( (LA66_0==70) ) {
                alt66=1;
            }
            switch (alt66) {
                case 1 :
                    // InternalItup.g:3746:4: otherlv_5= 'statement' ( (lv_statement_6_0= RULE_STRING ) )
                    {
                    otherlv_5=(Token)match(input,70,FOLLOW_10); 

                    				newLeafNode(otherlv_5, grammarAccess.getObjectiveAccess().getStatementKeyword_4_0());
                    			
                    // InternalItup.g:3750:4: ( (lv_statement_6_0= RULE_STRING ) )
                    // InternalItup.g:3751:5: (lv_statement_6_0= RULE_STRING )
                    {
                    // InternalItup.g:3751:5: (lv_statement_6_0= RULE_STRING )
                    // InternalItup.g:3752:6: lv_statement_6_0= RULE_STRING
                    {
                    lv_statement_6_0=(Token)match(input,RULE_STRING,FOLLOW_76); 

                    						newLeafNode(lv_statement_6_0, grammarAccess.getObjectiveAccess().getStatementSTRINGTerminalRuleCall_4_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getObjectiveRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"statement",
                    							lv_statement_6_0,
                    							"org.eclipse.xtext.common.Terminals.STRING");
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalItup.g:3769:3: ( (otherlv_7= 'primary' (otherlv_8= 'goal' | otherlv_9= 'goals' ) ( ( ruleCode ) ) (otherlv_11= ',' ( ( ruleCode ) ) )* ) | (otherlv_13= 'secondary' (otherlv_14= 'goal' | otherlv_15= 'goals' ) ( ( ruleCode ) ) (otherlv_17= ',' ( ( ruleCode ) ) )* ) | (otherlv_19= 'contributors' ( ( ruleCode ) ) (otherlv_21= ',' ( ( ruleCode ) ) )* ) | (otherlv_23= 'wsis' ( (lv_wsisActionLines_24_0= ruleCode ) ) (otherlv_25= ',' ( (lv_wsisActionLines_26_0= ruleCode ) ) )* ) | ( (lv_outcomes_27_0= ruleOutcome ) ) | ( (lv_outputs_28_0= ruleOutput ) ) | ( (lv_indicators_29_0= rulePerformanceIndicator ) ) | ( (lv_budgets_30_0= ruleBudget ) ) | this_Replaces_31= ruleReplaces[$current] )*
            loop73:
            do {
                int alt73=10;
                switch ( input.LA(1) ) {
                case 79:
                    {
                    alt73=1;
                    }
                    break;
                case 81:
                    {
                    alt73=2;
                    }
                    break;
                case 82:
                    {
                    alt73=3;
                    }
                    break;
                case 29:
                    {
                    alt73=4;
                    }
                    break;
                case 64:
                case 83:
                    {
                    alt73=5;
                    }
                    break;
                case 39:
                case 65:
                case 66:
                    {
                    alt73=6;
                    }
                    break;
                case 84:
                    {
                    alt73=7;
                    }
                    break;
                case 57:
                    {
                    alt73=8;
                    }
                    break;
                case 58:
                    {
                    alt73=9;
                    }
                    break;

                }

                switch (alt73) {
            	case 1 :
            	    // InternalItup.g:3770:4: (otherlv_7= 'primary' (otherlv_8= 'goal' | otherlv_9= 'goals' ) ( ( ruleCode ) ) (otherlv_11= ',' ( ( ruleCode ) ) )* )
            	    {
            	    // InternalItup.g:3770:4: (otherlv_7= 'primary' (otherlv_8= 'goal' | otherlv_9= 'goals' ) ( ( ruleCode ) ) (otherlv_11= ',' ( ( ruleCode ) ) )* )
            	    // InternalItup.g:3771:5: otherlv_7= 'primary' (otherlv_8= 'goal' | otherlv_9= 'goals' ) ( ( ruleCode ) ) (otherlv_11= ',' ( ( ruleCode ) ) )*
            	    {
            	    otherlv_7=(Token)match(input,79,FOLLOW_77); 

            	    					newLeafNode(otherlv_7, grammarAccess.getObjectiveAccess().getPrimaryKeyword_5_0_0());
            	    				
            	    // InternalItup.g:3775:5: (otherlv_8= 'goal' | otherlv_9= 'goals' )
            	    int alt67=2;
            	    int LA67_0 = input.LA(1);

            	    if ( (LA67_0==69) ) {
            	        alt67=1;
            	    }
            	    else if ( (LA67_0==80) ) {
            	        alt67=2;
            	    }
            	    else {
            	        NoViableAltException nvae =
            	            new NoViableAltException("", 67, 0, input);

            	        throw nvae;
            	    }
            	    switch (alt67) {
            	        case 1 :
            	            // InternalItup.g:3776:6: otherlv_8= 'goal'
            	            {
            	            otherlv_8=(Token)match(input,69,FOLLOW_18); 

            	            						newLeafNode(otherlv_8, grammarAccess.getObjectiveAccess().getGoalKeyword_5_0_1_0());
            	            					

            	            }
            	            break;
            	        case 2 :
            	            // InternalItup.g:3781:6: otherlv_9= 'goals'
            	            {
            	            otherlv_9=(Token)match(input,80,FOLLOW_18); 

            	            						newLeafNode(otherlv_9, grammarAccess.getObjectiveAccess().getGoalsKeyword_5_0_1_1());
            	            					

            	            }
            	            break;

            	    }

            	    // InternalItup.g:3786:5: ( ( ruleCode ) )
            	    // InternalItup.g:3787:6: ( ruleCode )
            	    {
            	    // InternalItup.g:3787:6: ( ruleCode )
            	    // InternalItup.g:3788:7: ruleCode
            	    {

            	    							if (current==null) {
            	    								current = createModelElement(grammarAccess.getObjectiveRule());
            	    							}
            	    						

            	    							newCompositeNode(grammarAccess.getObjectiveAccess().getPrimaryGoalsGoalCrossReference_5_0_2_0());
            	    						
            	    pushFollow(FOLLOW_78);
            	    ruleCode();

            	    state._fsp--;


            	    							afterParserOrEnumRuleCall();
            	    						

            	    }


            	    }

            	    // InternalItup.g:3802:5: (otherlv_11= ',' ( ( ruleCode ) ) )*
            	    loop68:
            	    do {
            	        int alt68=2;
            	        int LA68_0 = input.LA(1);

            	        if ( (LA68_0==18) ) {
            	            alt68=1;
            	        }


            	        switch (alt68) {
            	    	case 1 :
            	    	    // InternalItup.g:3803:6: otherlv_11= ',' ( ( ruleCode ) )
            	    	    {
            	    	    otherlv_11=(Token)match(input,18,FOLLOW_18); 

            	    	    						newLeafNode(otherlv_11, grammarAccess.getObjectiveAccess().getCommaKeyword_5_0_3_0());
            	    	    					
            	    	    // InternalItup.g:3807:6: ( ( ruleCode ) )
            	    	    // InternalItup.g:3808:7: ( ruleCode )
            	    	    {
            	    	    // InternalItup.g:3808:7: ( ruleCode )
            	    	    // InternalItup.g:3809:8: ruleCode
            	    	    {

            	    	    								if (current==null) {
            	    	    									current = createModelElement(grammarAccess.getObjectiveRule());
            	    	    								}
            	    	    							

            	    	    								newCompositeNode(grammarAccess.getObjectiveAccess().getPrimaryGoalsGoalCrossReference_5_0_3_1_0());
            	    	    							
            	    	    pushFollow(FOLLOW_78);
            	    	    ruleCode();

            	    	    state._fsp--;


            	    	    								afterParserOrEnumRuleCall();
            	    	    							

            	    	    }


            	    	    }


            	    	    }
            	    	    break;

            	    	default :
            	    	    break loop68;
            	        }
            	    } while (true);


            	    }


            	    }
            	    break;
            	case 2 :
            	    // InternalItup.g:3826:4: (otherlv_13= 'secondary' (otherlv_14= 'goal' | otherlv_15= 'goals' ) ( ( ruleCode ) ) (otherlv_17= ',' ( ( ruleCode ) ) )* )
            	    {
            	    // InternalItup.g:3826:4: (otherlv_13= 'secondary' (otherlv_14= 'goal' | otherlv_15= 'goals' ) ( ( ruleCode ) ) (otherlv_17= ',' ( ( ruleCode ) ) )* )
            	    // InternalItup.g:3827:5: otherlv_13= 'secondary' (otherlv_14= 'goal' | otherlv_15= 'goals' ) ( ( ruleCode ) ) (otherlv_17= ',' ( ( ruleCode ) ) )*
            	    {
            	    otherlv_13=(Token)match(input,81,FOLLOW_77); 

            	    					newLeafNode(otherlv_13, grammarAccess.getObjectiveAccess().getSecondaryKeyword_5_1_0());
            	    				
            	    // InternalItup.g:3831:5: (otherlv_14= 'goal' | otherlv_15= 'goals' )
            	    int alt69=2;
            	    int LA69_0 = input.LA(1);

            	    if ( (LA69_0==69) ) {
            	        alt69=1;
            	    }
            	    else if ( (LA69_0==80) ) {
            	        alt69=2;
            	    }
            	    else {
            	        NoViableAltException nvae =
            	            new NoViableAltException("", 69, 0, input);

            	        throw nvae;
            	    }
            	    switch (alt69) {
            	        case 1 :
            	            // InternalItup.g:3832:6: otherlv_14= 'goal'
            	            {
            	            otherlv_14=(Token)match(input,69,FOLLOW_18); 

            	            						newLeafNode(otherlv_14, grammarAccess.getObjectiveAccess().getGoalKeyword_5_1_1_0());
            	            					

            	            }
            	            break;
            	        case 2 :
            	            // InternalItup.g:3837:6: otherlv_15= 'goals'
            	            {
            	            otherlv_15=(Token)match(input,80,FOLLOW_18); 

            	            						newLeafNode(otherlv_15, grammarAccess.getObjectiveAccess().getGoalsKeyword_5_1_1_1());
            	            					

            	            }
            	            break;

            	    }

            	    // InternalItup.g:3842:5: ( ( ruleCode ) )
            	    // InternalItup.g:3843:6: ( ruleCode )
            	    {
            	    // InternalItup.g:3843:6: ( ruleCode )
            	    // InternalItup.g:3844:7: ruleCode
            	    {

            	    							if (current==null) {
            	    								current = createModelElement(grammarAccess.getObjectiveRule());
            	    							}
            	    						

            	    							newCompositeNode(grammarAccess.getObjectiveAccess().getSecondaryGoalsGoalCrossReference_5_1_2_0());
            	    						
            	    pushFollow(FOLLOW_78);
            	    ruleCode();

            	    state._fsp--;


            	    							afterParserOrEnumRuleCall();
            	    						

            	    }


            	    }

            	    // InternalItup.g:3858:5: (otherlv_17= ',' ( ( ruleCode ) ) )*
            	    loop70:
            	    do {
            	        int alt70=2;
            	        int LA70_0 = input.LA(1);

            	        if ( (LA70_0==18) ) {
            	            alt70=1;
            	        }


            	        switch (alt70) {
            	    	case 1 :
            	    	    // InternalItup.g:3859:6: otherlv_17= ',' ( ( ruleCode ) )
            	    	    {
            	    	    otherlv_17=(Token)match(input,18,FOLLOW_18); 

            	    	    						newLeafNode(otherlv_17, grammarAccess.getObjectiveAccess().getCommaKeyword_5_1_3_0());
            	    	    					
            	    	    // InternalItup.g:3863:6: ( ( ruleCode ) )
            	    	    // InternalItup.g:3864:7: ( ruleCode )
            	    	    {
            	    	    // InternalItup.g:3864:7: ( ruleCode )
            	    	    // InternalItup.g:3865:8: ruleCode
            	    	    {

            	    	    								if (current==null) {
            	    	    									current = createModelElement(grammarAccess.getObjectiveRule());
            	    	    								}
            	    	    							

            	    	    								newCompositeNode(grammarAccess.getObjectiveAccess().getSecondaryGoalsGoalCrossReference_5_1_3_1_0());
            	    	    							
            	    	    pushFollow(FOLLOW_78);
            	    	    ruleCode();

            	    	    state._fsp--;


            	    	    								afterParserOrEnumRuleCall();
            	    	    							

            	    	    }


            	    	    }


            	    	    }
            	    	    break;

            	    	default :
            	    	    break loop70;
            	        }
            	    } while (true);


            	    }


            	    }
            	    break;
            	case 3 :
            	    // InternalItup.g:3882:4: (otherlv_19= 'contributors' ( ( ruleCode ) ) (otherlv_21= ',' ( ( ruleCode ) ) )* )
            	    {
            	    // InternalItup.g:3882:4: (otherlv_19= 'contributors' ( ( ruleCode ) ) (otherlv_21= ',' ( ( ruleCode ) ) )* )
            	    // InternalItup.g:3883:5: otherlv_19= 'contributors' ( ( ruleCode ) ) (otherlv_21= ',' ( ( ruleCode ) ) )*
            	    {
            	    otherlv_19=(Token)match(input,82,FOLLOW_18); 

            	    					newLeafNode(otherlv_19, grammarAccess.getObjectiveAccess().getContributorsKeyword_5_2_0());
            	    				
            	    // InternalItup.g:3887:5: ( ( ruleCode ) )
            	    // InternalItup.g:3888:6: ( ruleCode )
            	    {
            	    // InternalItup.g:3888:6: ( ruleCode )
            	    // InternalItup.g:3889:7: ruleCode
            	    {

            	    							if (current==null) {
            	    								current = createModelElement(grammarAccess.getObjectiveRule());
            	    							}
            	    						

            	    							newCompositeNode(grammarAccess.getObjectiveAccess().getContributorsSectorCrossReference_5_2_1_0());
            	    						
            	    pushFollow(FOLLOW_78);
            	    ruleCode();

            	    state._fsp--;


            	    							afterParserOrEnumRuleCall();
            	    						

            	    }


            	    }

            	    // InternalItup.g:3903:5: (otherlv_21= ',' ( ( ruleCode ) ) )*
            	    loop71:
            	    do {
            	        int alt71=2;
            	        int LA71_0 = input.LA(1);

            	        if ( (LA71_0==18) ) {
            	            alt71=1;
            	        }


            	        switch (alt71) {
            	    	case 1 :
            	    	    // InternalItup.g:3904:6: otherlv_21= ',' ( ( ruleCode ) )
            	    	    {
            	    	    otherlv_21=(Token)match(input,18,FOLLOW_18); 

            	    	    						newLeafNode(otherlv_21, grammarAccess.getObjectiveAccess().getCommaKeyword_5_2_2_0());
            	    	    					
            	    	    // InternalItup.g:3908:6: ( ( ruleCode ) )
            	    	    // InternalItup.g:3909:7: ( ruleCode )
            	    	    {
            	    	    // InternalItup.g:3909:7: ( ruleCode )
            	    	    // InternalItup.g:3910:8: ruleCode
            	    	    {

            	    	    								if (current==null) {
            	    	    									current = createModelElement(grammarAccess.getObjectiveRule());
            	    	    								}
            	    	    							

            	    	    								newCompositeNode(grammarAccess.getObjectiveAccess().getContributorsSectorCrossReference_5_2_2_1_0());
            	    	    							
            	    	    pushFollow(FOLLOW_78);
            	    	    ruleCode();

            	    	    state._fsp--;


            	    	    								afterParserOrEnumRuleCall();
            	    	    							

            	    	    }


            	    	    }


            	    	    }
            	    	    break;

            	    	default :
            	    	    break loop71;
            	        }
            	    } while (true);


            	    }


            	    }
            	    break;
            	case 4 :
            	    // InternalItup.g:3927:4: (otherlv_23= 'wsis' ( (lv_wsisActionLines_24_0= ruleCode ) ) (otherlv_25= ',' ( (lv_wsisActionLines_26_0= ruleCode ) ) )* )
            	    {
            	    // InternalItup.g:3927:4: (otherlv_23= 'wsis' ( (lv_wsisActionLines_24_0= ruleCode ) ) (otherlv_25= ',' ( (lv_wsisActionLines_26_0= ruleCode ) ) )* )
            	    // InternalItup.g:3928:5: otherlv_23= 'wsis' ( (lv_wsisActionLines_24_0= ruleCode ) ) (otherlv_25= ',' ( (lv_wsisActionLines_26_0= ruleCode ) ) )*
            	    {
            	    otherlv_23=(Token)match(input,29,FOLLOW_18); 

            	    					newLeafNode(otherlv_23, grammarAccess.getObjectiveAccess().getWsisKeyword_5_3_0());
            	    				
            	    // InternalItup.g:3932:5: ( (lv_wsisActionLines_24_0= ruleCode ) )
            	    // InternalItup.g:3933:6: (lv_wsisActionLines_24_0= ruleCode )
            	    {
            	    // InternalItup.g:3933:6: (lv_wsisActionLines_24_0= ruleCode )
            	    // InternalItup.g:3934:7: lv_wsisActionLines_24_0= ruleCode
            	    {

            	    							newCompositeNode(grammarAccess.getObjectiveAccess().getWsisActionLinesCodeParserRuleCall_5_3_1_0());
            	    						
            	    pushFollow(FOLLOW_78);
            	    lv_wsisActionLines_24_0=ruleCode();

            	    state._fsp--;


            	    							if (current==null) {
            	    								current = createModelElementForParent(grammarAccess.getObjectiveRule());
            	    							}
            	    							add(
            	    								current,
            	    								"wsisActionLines",
            	    								lv_wsisActionLines_24_0,
            	    								"org.itup.dsl.Itup.Code");
            	    							afterParserOrEnumRuleCall();
            	    						

            	    }


            	    }

            	    // InternalItup.g:3951:5: (otherlv_25= ',' ( (lv_wsisActionLines_26_0= ruleCode ) ) )*
            	    loop72:
            	    do {
            	        int alt72=2;
            	        int LA72_0 = input.LA(1);

            	        if ( (LA72_0==18) ) {
            	            alt72=1;
            	        }


            	        switch (alt72) {
            	    	case 1 :
            	    	    // InternalItup.g:3952:6: otherlv_25= ',' ( (lv_wsisActionLines_26_0= ruleCode ) )
            	    	    {
            	    	    otherlv_25=(Token)match(input,18,FOLLOW_18); 

            	    	    						newLeafNode(otherlv_25, grammarAccess.getObjectiveAccess().getCommaKeyword_5_3_2_0());
            	    	    					
            	    	    // InternalItup.g:3956:6: ( (lv_wsisActionLines_26_0= ruleCode ) )
            	    	    // InternalItup.g:3957:7: (lv_wsisActionLines_26_0= ruleCode )
            	    	    {
            	    	    // InternalItup.g:3957:7: (lv_wsisActionLines_26_0= ruleCode )
            	    	    // InternalItup.g:3958:8: lv_wsisActionLines_26_0= ruleCode
            	    	    {

            	    	    								newCompositeNode(grammarAccess.getObjectiveAccess().getWsisActionLinesCodeParserRuleCall_5_3_2_1_0());
            	    	    							
            	    	    pushFollow(FOLLOW_78);
            	    	    lv_wsisActionLines_26_0=ruleCode();

            	    	    state._fsp--;


            	    	    								if (current==null) {
            	    	    									current = createModelElementForParent(grammarAccess.getObjectiveRule());
            	    	    								}
            	    	    								add(
            	    	    									current,
            	    	    									"wsisActionLines",
            	    	    									lv_wsisActionLines_26_0,
            	    	    									"org.itup.dsl.Itup.Code");
            	    	    								afterParserOrEnumRuleCall();
            	    	    							

            	    	    }


            	    	    }


            	    	    }
            	    	    break;

            	    	default :
            	    	    break loop72;
            	        }
            	    } while (true);


            	    }


            	    }
            	    break;
            	case 5 :
            	    // InternalItup.g:3978:4: ( (lv_outcomes_27_0= ruleOutcome ) )
            	    {
            	    // InternalItup.g:3978:4: ( (lv_outcomes_27_0= ruleOutcome ) )
            	    // InternalItup.g:3979:5: (lv_outcomes_27_0= ruleOutcome )
            	    {
            	    // InternalItup.g:3979:5: (lv_outcomes_27_0= ruleOutcome )
            	    // InternalItup.g:3980:6: lv_outcomes_27_0= ruleOutcome
            	    {

            	    						newCompositeNode(grammarAccess.getObjectiveAccess().getOutcomesOutcomeParserRuleCall_5_4_0());
            	    					
            	    pushFollow(FOLLOW_76);
            	    lv_outcomes_27_0=ruleOutcome();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getObjectiveRule());
            	    						}
            	    						add(
            	    							current,
            	    							"outcomes",
            	    							lv_outcomes_27_0,
            	    							"org.itup.dsl.Itup.Outcome");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 6 :
            	    // InternalItup.g:3998:4: ( (lv_outputs_28_0= ruleOutput ) )
            	    {
            	    // InternalItup.g:3998:4: ( (lv_outputs_28_0= ruleOutput ) )
            	    // InternalItup.g:3999:5: (lv_outputs_28_0= ruleOutput )
            	    {
            	    // InternalItup.g:3999:5: (lv_outputs_28_0= ruleOutput )
            	    // InternalItup.g:4000:6: lv_outputs_28_0= ruleOutput
            	    {

            	    						newCompositeNode(grammarAccess.getObjectiveAccess().getOutputsOutputParserRuleCall_5_5_0());
            	    					
            	    pushFollow(FOLLOW_76);
            	    lv_outputs_28_0=ruleOutput();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getObjectiveRule());
            	    						}
            	    						add(
            	    							current,
            	    							"outputs",
            	    							lv_outputs_28_0,
            	    							"org.itup.dsl.Itup.Output");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 7 :
            	    // InternalItup.g:4018:4: ( (lv_indicators_29_0= rulePerformanceIndicator ) )
            	    {
            	    // InternalItup.g:4018:4: ( (lv_indicators_29_0= rulePerformanceIndicator ) )
            	    // InternalItup.g:4019:5: (lv_indicators_29_0= rulePerformanceIndicator )
            	    {
            	    // InternalItup.g:4019:5: (lv_indicators_29_0= rulePerformanceIndicator )
            	    // InternalItup.g:4020:6: lv_indicators_29_0= rulePerformanceIndicator
            	    {

            	    						newCompositeNode(grammarAccess.getObjectiveAccess().getIndicatorsPerformanceIndicatorParserRuleCall_5_6_0());
            	    					
            	    pushFollow(FOLLOW_76);
            	    lv_indicators_29_0=rulePerformanceIndicator();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getObjectiveRule());
            	    						}
            	    						add(
            	    							current,
            	    							"indicators",
            	    							lv_indicators_29_0,
            	    							"org.itup.dsl.Itup.PerformanceIndicator");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 8 :
            	    // InternalItup.g:4038:4: ( (lv_budgets_30_0= ruleBudget ) )
            	    {
            	    // InternalItup.g:4038:4: ( (lv_budgets_30_0= ruleBudget ) )
            	    // InternalItup.g:4039:5: (lv_budgets_30_0= ruleBudget )
            	    {
            	    // InternalItup.g:4039:5: (lv_budgets_30_0= ruleBudget )
            	    // InternalItup.g:4040:6: lv_budgets_30_0= ruleBudget
            	    {

            	    						newCompositeNode(grammarAccess.getObjectiveAccess().getBudgetsBudgetParserRuleCall_5_7_0());
            	    					
            	    pushFollow(FOLLOW_76);
            	    lv_budgets_30_0=ruleBudget();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getObjectiveRule());
            	    						}
            	    						add(
            	    							current,
            	    							"budgets",
            	    							lv_budgets_30_0,
            	    							"org.itup.dsl.Itup.Budget");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 9 :
            	    // InternalItup.g:4058:4: this_Replaces_31= ruleReplaces[$current]
            	    {

            	    				if (current==null) {
            	    					current = createModelElement(grammarAccess.getObjectiveRule());
            	    				}
            	    				newCompositeNode(grammarAccess.getObjectiveAccess().getReplacesParserRuleCall_5_8());
            	    			
            	    pushFollow(FOLLOW_76);
            	    this_Replaces_31=ruleReplaces(current);

            	    state._fsp--;


            	    				current = this_Replaces_31;
            	    				afterParserOrEnumRuleCall();
            	    			

            	    }
            	    break;

            	default :
            	    break loop73;
                }
            } while (true);

            otherlv_32=(Token)match(input,28,FOLLOW_2); 

            			newLeafNode(otherlv_32, grammarAccess.getObjectiveAccess().getRightCurlyBracketKeyword_6());
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleObjective"


    // $ANTLR start "entryRuleOutcome"
    // InternalItup.g:4078:1: entryRuleOutcome returns [EObject current=null] : iv_ruleOutcome= ruleOutcome EOF ;
    public final EObject entryRuleOutcome() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleOutcome = null;


        try {
            // InternalItup.g:4078:48: (iv_ruleOutcome= ruleOutcome EOF )
            // InternalItup.g:4079:2: iv_ruleOutcome= ruleOutcome EOF
            {
             newCompositeNode(grammarAccess.getOutcomeRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleOutcome=ruleOutcome();

            state._fsp--;

             current =iv_ruleOutcome; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleOutcome"


    // $ANTLR start "ruleOutcome"
    // InternalItup.g:4085:1: ruleOutcome returns [EObject current=null] : ( (otherlv_0= 'outcome' | otherlv_1= 'result' ) ( (lv_name_2_0= ruleCode ) ) ( (lv_official_3_0= 'official' ) )? ( (lv_statement_4_0= RULE_STRING ) )? (otherlv_5= '{' ( ( (lv_indicators_6_0= rulePerformanceIndicator ) ) | this_Replaces_7= ruleReplaces[$current] )* otherlv_8= '}' )? ) ;
    public final EObject ruleOutcome() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_1=null;
        Token lv_official_3_0=null;
        Token lv_statement_4_0=null;
        Token otherlv_5=null;
        Token otherlv_8=null;
        AntlrDatatypeRuleToken lv_name_2_0 = null;

        EObject lv_indicators_6_0 = null;

        EObject this_Replaces_7 = null;



        	enterRule();

        try {
            // InternalItup.g:4091:2: ( ( (otherlv_0= 'outcome' | otherlv_1= 'result' ) ( (lv_name_2_0= ruleCode ) ) ( (lv_official_3_0= 'official' ) )? ( (lv_statement_4_0= RULE_STRING ) )? (otherlv_5= '{' ( ( (lv_indicators_6_0= rulePerformanceIndicator ) ) | this_Replaces_7= ruleReplaces[$current] )* otherlv_8= '}' )? ) )
            // InternalItup.g:4092:2: ( (otherlv_0= 'outcome' | otherlv_1= 'result' ) ( (lv_name_2_0= ruleCode ) ) ( (lv_official_3_0= 'official' ) )? ( (lv_statement_4_0= RULE_STRING ) )? (otherlv_5= '{' ( ( (lv_indicators_6_0= rulePerformanceIndicator ) ) | this_Replaces_7= ruleReplaces[$current] )* otherlv_8= '}' )? )
            {
            // InternalItup.g:4092:2: ( (otherlv_0= 'outcome' | otherlv_1= 'result' ) ( (lv_name_2_0= ruleCode ) ) ( (lv_official_3_0= 'official' ) )? ( (lv_statement_4_0= RULE_STRING ) )? (otherlv_5= '{' ( ( (lv_indicators_6_0= rulePerformanceIndicator ) ) | this_Replaces_7= ruleReplaces[$current] )* otherlv_8= '}' )? )
            // InternalItup.g:4093:3: (otherlv_0= 'outcome' | otherlv_1= 'result' ) ( (lv_name_2_0= ruleCode ) ) ( (lv_official_3_0= 'official' ) )? ( (lv_statement_4_0= RULE_STRING ) )? (otherlv_5= '{' ( ( (lv_indicators_6_0= rulePerformanceIndicator ) ) | this_Replaces_7= ruleReplaces[$current] )* otherlv_8= '}' )?
            {
            // InternalItup.g:4093:3: (otherlv_0= 'outcome' | otherlv_1= 'result' )
            int alt74=2;
            int LA74_0 = input.LA(1);

            if ( (LA74_0==83) ) {
                alt74=1;
            }
            else if ( (LA74_0==64) ) {
                alt74=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 74, 0, input);

                throw nvae;
            }
            switch (alt74) {
                case 1 :
                    // InternalItup.g:4094:4: otherlv_0= 'outcome'
                    {
                    otherlv_0=(Token)match(input,83,FOLLOW_18); 

                    				newLeafNode(otherlv_0, grammarAccess.getOutcomeAccess().getOutcomeKeyword_0_0());
                    			

                    }
                    break;
                case 2 :
                    // InternalItup.g:4099:4: otherlv_1= 'result'
                    {
                    otherlv_1=(Token)match(input,64,FOLLOW_18); 

                    				newLeafNode(otherlv_1, grammarAccess.getOutcomeAccess().getResultKeyword_0_1());
                    			

                    }
                    break;

            }

            // InternalItup.g:4104:3: ( (lv_name_2_0= ruleCode ) )
            // InternalItup.g:4105:4: (lv_name_2_0= ruleCode )
            {
            // InternalItup.g:4105:4: (lv_name_2_0= ruleCode )
            // InternalItup.g:4106:5: lv_name_2_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getOutcomeAccess().getNameCodeParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_64);
            lv_name_2_0=ruleCode();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getOutcomeRule());
            					}
            					set(
            						current,
            						"name",
            						lv_name_2_0,
            						"org.itup.dsl.Itup.Code");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalItup.g:4123:3: ( (lv_official_3_0= 'official' ) )?
            int alt75=2;
            int LA75_0 = input.LA(1);

            if ( (LA75_0==20) ) {
                alt75=1;
            }
            switch (alt75) {
                case 1 :
                    // InternalItup.g:4124:4: (lv_official_3_0= 'official' )
                    {
                    // InternalItup.g:4124:4: (lv_official_3_0= 'official' )
                    // InternalItup.g:4125:5: lv_official_3_0= 'official'
                    {
                    lv_official_3_0=(Token)match(input,20,FOLLOW_65); 

                    					newLeafNode(lv_official_3_0, grammarAccess.getOutcomeAccess().getOfficialOfficialKeyword_2_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getOutcomeRule());
                    					}
                    					setWithLastConsumed(current, "official", lv_official_3_0 != null, "official");
                    				

                    }


                    }
                    break;

            }

            // InternalItup.g:4137:3: ( (lv_statement_4_0= RULE_STRING ) )?
            int alt76=2;
            int LA76_0 = input.LA(1);

            if ( (LA76_0==RULE_STRING) ) {
                alt76=1;
            }
            switch (alt76) {
                case 1 :
                    // InternalItup.g:4138:4: (lv_statement_4_0= RULE_STRING )
                    {
                    // InternalItup.g:4138:4: (lv_statement_4_0= RULE_STRING )
                    // InternalItup.g:4139:5: lv_statement_4_0= RULE_STRING
                    {
                    lv_statement_4_0=(Token)match(input,RULE_STRING,FOLLOW_66); 

                    					newLeafNode(lv_statement_4_0, grammarAccess.getOutcomeAccess().getStatementSTRINGTerminalRuleCall_3_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getOutcomeRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"statement",
                    						lv_statement_4_0,
                    						"org.eclipse.xtext.common.Terminals.STRING");
                    				

                    }


                    }
                    break;

            }

            // InternalItup.g:4155:3: (otherlv_5= '{' ( ( (lv_indicators_6_0= rulePerformanceIndicator ) ) | this_Replaces_7= ruleReplaces[$current] )* otherlv_8= '}' )?
            int alt78=2;
            int LA78_0 = input.LA(1);

            if ( (LA78_0==27) ) {
                alt78=1;
            }
            switch (alt78) {
                case 1 :
                    // InternalItup.g:4156:4: otherlv_5= '{' ( ( (lv_indicators_6_0= rulePerformanceIndicator ) ) | this_Replaces_7= ruleReplaces[$current] )* otherlv_8= '}'
                    {
                    otherlv_5=(Token)match(input,27,FOLLOW_79); 

                    				newLeafNode(otherlv_5, grammarAccess.getOutcomeAccess().getLeftCurlyBracketKeyword_4_0());
                    			
                    // InternalItup.g:4160:4: ( ( (lv_indicators_6_0= rulePerformanceIndicator ) ) | this_Replaces_7= ruleReplaces[$current] )*
                    loop77:
                    do {
                        int alt77=3;
                        int LA77_0 = input.LA(1);

                        if ( (LA77_0==84) ) {
                            alt77=1;
                        }
                        else if ( (LA77_0==58) ) {
                            alt77=2;
                        }


                        switch (alt77) {
                    	case 1 :
                    	    // InternalItup.g:4161:5: ( (lv_indicators_6_0= rulePerformanceIndicator ) )
                    	    {
                    	    // InternalItup.g:4161:5: ( (lv_indicators_6_0= rulePerformanceIndicator ) )
                    	    // InternalItup.g:4162:6: (lv_indicators_6_0= rulePerformanceIndicator )
                    	    {
                    	    // InternalItup.g:4162:6: (lv_indicators_6_0= rulePerformanceIndicator )
                    	    // InternalItup.g:4163:7: lv_indicators_6_0= rulePerformanceIndicator
                    	    {

                    	    							newCompositeNode(grammarAccess.getOutcomeAccess().getIndicatorsPerformanceIndicatorParserRuleCall_4_1_0_0());
                    	    						
                    	    pushFollow(FOLLOW_79);
                    	    lv_indicators_6_0=rulePerformanceIndicator();

                    	    state._fsp--;


                    	    							if (current==null) {
                    	    								current = createModelElementForParent(grammarAccess.getOutcomeRule());
                    	    							}
                    	    							add(
                    	    								current,
                    	    								"indicators",
                    	    								lv_indicators_6_0,
                    	    								"org.itup.dsl.Itup.PerformanceIndicator");
                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 2 :
                    	    // InternalItup.g:4181:5: this_Replaces_7= ruleReplaces[$current]
                    	    {

                    	    					if (current==null) {
                    	    						current = createModelElement(grammarAccess.getOutcomeRule());
                    	    					}
                    	    					newCompositeNode(grammarAccess.getOutcomeAccess().getReplacesParserRuleCall_4_1_1());
                    	    				
                    	    pushFollow(FOLLOW_79);
                    	    this_Replaces_7=ruleReplaces(current);

                    	    state._fsp--;


                    	    					current = this_Replaces_7;
                    	    					afterParserOrEnumRuleCall();
                    	    				

                    	    }
                    	    break;

                    	default :
                    	    break loop77;
                        }
                    } while (true);

                    otherlv_8=(Token)match(input,28,FOLLOW_2); 

                    				newLeafNode(otherlv_8, grammarAccess.getOutcomeAccess().getRightCurlyBracketKeyword_4_2());
                    			

                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleOutcome"


    // $ANTLR start "entryRuleOutput"
    // InternalItup.g:4202:1: entryRuleOutput returns [EObject current=null] : iv_ruleOutput= ruleOutput EOF ;
    public final EObject entryRuleOutput() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleOutput = null;


        try {
            // InternalItup.g:4202:47: (iv_ruleOutput= ruleOutput EOF )
            // InternalItup.g:4203:2: iv_ruleOutput= ruleOutput EOF
            {
             newCompositeNode(grammarAccess.getOutputRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleOutput=ruleOutput();

            state._fsp--;

             current =iv_ruleOutput; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleOutput"


    // $ANTLR start "ruleOutput"
    // InternalItup.g:4209:1: ruleOutput returns [EObject current=null] : ( (otherlv_0= 'output' | otherlv_1= 'product' | otherlv_2= 'service' ) ( (lv_name_3_0= ruleCode ) ) ( (lv_official_4_0= 'official' ) )? ( (lv_statement_5_0= RULE_STRING ) )? (otherlv_6= '{' ( ( (lv_indicators_7_0= rulePerformanceIndicator ) ) | ( (lv_budgets_8_0= ruleBudget ) ) | this_Replaces_9= ruleReplaces[$current] )* otherlv_10= '}' )? ) ;
    public final EObject ruleOutput() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_1=null;
        Token otherlv_2=null;
        Token lv_official_4_0=null;
        Token lv_statement_5_0=null;
        Token otherlv_6=null;
        Token otherlv_10=null;
        AntlrDatatypeRuleToken lv_name_3_0 = null;

        EObject lv_indicators_7_0 = null;

        EObject lv_budgets_8_0 = null;

        EObject this_Replaces_9 = null;



        	enterRule();

        try {
            // InternalItup.g:4215:2: ( ( (otherlv_0= 'output' | otherlv_1= 'product' | otherlv_2= 'service' ) ( (lv_name_3_0= ruleCode ) ) ( (lv_official_4_0= 'official' ) )? ( (lv_statement_5_0= RULE_STRING ) )? (otherlv_6= '{' ( ( (lv_indicators_7_0= rulePerformanceIndicator ) ) | ( (lv_budgets_8_0= ruleBudget ) ) | this_Replaces_9= ruleReplaces[$current] )* otherlv_10= '}' )? ) )
            // InternalItup.g:4216:2: ( (otherlv_0= 'output' | otherlv_1= 'product' | otherlv_2= 'service' ) ( (lv_name_3_0= ruleCode ) ) ( (lv_official_4_0= 'official' ) )? ( (lv_statement_5_0= RULE_STRING ) )? (otherlv_6= '{' ( ( (lv_indicators_7_0= rulePerformanceIndicator ) ) | ( (lv_budgets_8_0= ruleBudget ) ) | this_Replaces_9= ruleReplaces[$current] )* otherlv_10= '}' )? )
            {
            // InternalItup.g:4216:2: ( (otherlv_0= 'output' | otherlv_1= 'product' | otherlv_2= 'service' ) ( (lv_name_3_0= ruleCode ) ) ( (lv_official_4_0= 'official' ) )? ( (lv_statement_5_0= RULE_STRING ) )? (otherlv_6= '{' ( ( (lv_indicators_7_0= rulePerformanceIndicator ) ) | ( (lv_budgets_8_0= ruleBudget ) ) | this_Replaces_9= ruleReplaces[$current] )* otherlv_10= '}' )? )
            // InternalItup.g:4217:3: (otherlv_0= 'output' | otherlv_1= 'product' | otherlv_2= 'service' ) ( (lv_name_3_0= ruleCode ) ) ( (lv_official_4_0= 'official' ) )? ( (lv_statement_5_0= RULE_STRING ) )? (otherlv_6= '{' ( ( (lv_indicators_7_0= rulePerformanceIndicator ) ) | ( (lv_budgets_8_0= ruleBudget ) ) | this_Replaces_9= ruleReplaces[$current] )* otherlv_10= '}' )?
            {
            // InternalItup.g:4217:3: (otherlv_0= 'output' | otherlv_1= 'product' | otherlv_2= 'service' )
            int alt79=3;
            switch ( input.LA(1) ) {
            case 39:
                {
                alt79=1;
                }
                break;
            case 65:
                {
                alt79=2;
                }
                break;
            case 66:
                {
                alt79=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 79, 0, input);

                throw nvae;
            }

            switch (alt79) {
                case 1 :
                    // InternalItup.g:4218:4: otherlv_0= 'output'
                    {
                    otherlv_0=(Token)match(input,39,FOLLOW_18); 

                    				newLeafNode(otherlv_0, grammarAccess.getOutputAccess().getOutputKeyword_0_0());
                    			

                    }
                    break;
                case 2 :
                    // InternalItup.g:4223:4: otherlv_1= 'product'
                    {
                    otherlv_1=(Token)match(input,65,FOLLOW_18); 

                    				newLeafNode(otherlv_1, grammarAccess.getOutputAccess().getProductKeyword_0_1());
                    			

                    }
                    break;
                case 3 :
                    // InternalItup.g:4228:4: otherlv_2= 'service'
                    {
                    otherlv_2=(Token)match(input,66,FOLLOW_18); 

                    				newLeafNode(otherlv_2, grammarAccess.getOutputAccess().getServiceKeyword_0_2());
                    			

                    }
                    break;

            }

            // InternalItup.g:4233:3: ( (lv_name_3_0= ruleCode ) )
            // InternalItup.g:4234:4: (lv_name_3_0= ruleCode )
            {
            // InternalItup.g:4234:4: (lv_name_3_0= ruleCode )
            // InternalItup.g:4235:5: lv_name_3_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getOutputAccess().getNameCodeParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_64);
            lv_name_3_0=ruleCode();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getOutputRule());
            					}
            					set(
            						current,
            						"name",
            						lv_name_3_0,
            						"org.itup.dsl.Itup.Code");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalItup.g:4252:3: ( (lv_official_4_0= 'official' ) )?
            int alt80=2;
            int LA80_0 = input.LA(1);

            if ( (LA80_0==20) ) {
                alt80=1;
            }
            switch (alt80) {
                case 1 :
                    // InternalItup.g:4253:4: (lv_official_4_0= 'official' )
                    {
                    // InternalItup.g:4253:4: (lv_official_4_0= 'official' )
                    // InternalItup.g:4254:5: lv_official_4_0= 'official'
                    {
                    lv_official_4_0=(Token)match(input,20,FOLLOW_65); 

                    					newLeafNode(lv_official_4_0, grammarAccess.getOutputAccess().getOfficialOfficialKeyword_2_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getOutputRule());
                    					}
                    					setWithLastConsumed(current, "official", lv_official_4_0 != null, "official");
                    				

                    }


                    }
                    break;

            }

            // InternalItup.g:4266:3: ( (lv_statement_5_0= RULE_STRING ) )?
            int alt81=2;
            int LA81_0 = input.LA(1);

            if ( (LA81_0==RULE_STRING) ) {
                alt81=1;
            }
            switch (alt81) {
                case 1 :
                    // InternalItup.g:4267:4: (lv_statement_5_0= RULE_STRING )
                    {
                    // InternalItup.g:4267:4: (lv_statement_5_0= RULE_STRING )
                    // InternalItup.g:4268:5: lv_statement_5_0= RULE_STRING
                    {
                    lv_statement_5_0=(Token)match(input,RULE_STRING,FOLLOW_66); 

                    					newLeafNode(lv_statement_5_0, grammarAccess.getOutputAccess().getStatementSTRINGTerminalRuleCall_3_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getOutputRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"statement",
                    						lv_statement_5_0,
                    						"org.eclipse.xtext.common.Terminals.STRING");
                    				

                    }


                    }
                    break;

            }

            // InternalItup.g:4284:3: (otherlv_6= '{' ( ( (lv_indicators_7_0= rulePerformanceIndicator ) ) | ( (lv_budgets_8_0= ruleBudget ) ) | this_Replaces_9= ruleReplaces[$current] )* otherlv_10= '}' )?
            int alt83=2;
            int LA83_0 = input.LA(1);

            if ( (LA83_0==27) ) {
                alt83=1;
            }
            switch (alt83) {
                case 1 :
                    // InternalItup.g:4285:4: otherlv_6= '{' ( ( (lv_indicators_7_0= rulePerformanceIndicator ) ) | ( (lv_budgets_8_0= ruleBudget ) ) | this_Replaces_9= ruleReplaces[$current] )* otherlv_10= '}'
                    {
                    otherlv_6=(Token)match(input,27,FOLLOW_80); 

                    				newLeafNode(otherlv_6, grammarAccess.getOutputAccess().getLeftCurlyBracketKeyword_4_0());
                    			
                    // InternalItup.g:4289:4: ( ( (lv_indicators_7_0= rulePerformanceIndicator ) ) | ( (lv_budgets_8_0= ruleBudget ) ) | this_Replaces_9= ruleReplaces[$current] )*
                    loop82:
                    do {
                        int alt82=4;
                        switch ( input.LA(1) ) {
                        case 84:
                            {
                            alt82=1;
                            }
                            break;
                        case 57:
                            {
                            alt82=2;
                            }
                            break;
                        case 58:
                            {
                            alt82=3;
                            }
                            break;

                        }

                        switch (alt82) {
                    	case 1 :
                    	    // InternalItup.g:4290:5: ( (lv_indicators_7_0= rulePerformanceIndicator ) )
                    	    {
                    	    // InternalItup.g:4290:5: ( (lv_indicators_7_0= rulePerformanceIndicator ) )
                    	    // InternalItup.g:4291:6: (lv_indicators_7_0= rulePerformanceIndicator )
                    	    {
                    	    // InternalItup.g:4291:6: (lv_indicators_7_0= rulePerformanceIndicator )
                    	    // InternalItup.g:4292:7: lv_indicators_7_0= rulePerformanceIndicator
                    	    {

                    	    							newCompositeNode(grammarAccess.getOutputAccess().getIndicatorsPerformanceIndicatorParserRuleCall_4_1_0_0());
                    	    						
                    	    pushFollow(FOLLOW_80);
                    	    lv_indicators_7_0=rulePerformanceIndicator();

                    	    state._fsp--;


                    	    							if (current==null) {
                    	    								current = createModelElementForParent(grammarAccess.getOutputRule());
                    	    							}
                    	    							add(
                    	    								current,
                    	    								"indicators",
                    	    								lv_indicators_7_0,
                    	    								"org.itup.dsl.Itup.PerformanceIndicator");
                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 2 :
                    	    // InternalItup.g:4310:5: ( (lv_budgets_8_0= ruleBudget ) )
                    	    {
                    	    // InternalItup.g:4310:5: ( (lv_budgets_8_0= ruleBudget ) )
                    	    // InternalItup.g:4311:6: (lv_budgets_8_0= ruleBudget )
                    	    {
                    	    // InternalItup.g:4311:6: (lv_budgets_8_0= ruleBudget )
                    	    // InternalItup.g:4312:7: lv_budgets_8_0= ruleBudget
                    	    {

                    	    							newCompositeNode(grammarAccess.getOutputAccess().getBudgetsBudgetParserRuleCall_4_1_1_0());
                    	    						
                    	    pushFollow(FOLLOW_80);
                    	    lv_budgets_8_0=ruleBudget();

                    	    state._fsp--;


                    	    							if (current==null) {
                    	    								current = createModelElementForParent(grammarAccess.getOutputRule());
                    	    							}
                    	    							add(
                    	    								current,
                    	    								"budgets",
                    	    								lv_budgets_8_0,
                    	    								"org.itup.dsl.Itup.Budget");
                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 3 :
                    	    // InternalItup.g:4330:5: this_Replaces_9= ruleReplaces[$current]
                    	    {

                    	    					if (current==null) {
                    	    						current = createModelElement(grammarAccess.getOutputRule());
                    	    					}
                    	    					newCompositeNode(grammarAccess.getOutputAccess().getReplacesParserRuleCall_4_1_2());
                    	    				
                    	    pushFollow(FOLLOW_80);
                    	    this_Replaces_9=ruleReplaces(current);

                    	    state._fsp--;


                    	    					current = this_Replaces_9;
                    	    					afterParserOrEnumRuleCall();
                    	    				

                    	    }
                    	    break;

                    	default :
                    	    break loop82;
                        }
                    } while (true);

                    otherlv_10=(Token)match(input,28,FOLLOW_2); 

                    				newLeafNode(otherlv_10, grammarAccess.getOutputAccess().getRightCurlyBracketKeyword_4_2());
                    			

                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleOutput"


    // $ANTLR start "entryRulePerformanceIndicator"
    // InternalItup.g:4351:1: entryRulePerformanceIndicator returns [EObject current=null] : iv_rulePerformanceIndicator= rulePerformanceIndicator EOF ;
    public final EObject entryRulePerformanceIndicator() throws RecognitionException {
        EObject current = null;

        EObject iv_rulePerformanceIndicator = null;


        try {
            // InternalItup.g:4351:61: (iv_rulePerformanceIndicator= rulePerformanceIndicator EOF )
            // InternalItup.g:4352:2: iv_rulePerformanceIndicator= rulePerformanceIndicator EOF
            {
             newCompositeNode(grammarAccess.getPerformanceIndicatorRule()); 
            pushFollow(FOLLOW_1);
            iv_rulePerformanceIndicator=rulePerformanceIndicator();

            state._fsp--;

             current =iv_rulePerformanceIndicator; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRulePerformanceIndicator"


    // $ANTLR start "rulePerformanceIndicator"
    // InternalItup.g:4358:1: rulePerformanceIndicator returns [EObject current=null] : (otherlv_0= 'indicator' ( (lv_name_1_0= ruleCode ) )? ( (lv_title_2_0= RULE_STRING ) ) (otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) ( (lv_milestones_21_0= ruleIndicatorMilestone ) )* otherlv_22= '}' )? ) ;
    public final EObject rulePerformanceIndicator() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_title_2_0=null;
        Token otherlv_3=null;
        Token otherlv_5=null;
        Token lv_unit_6_0=null;
        Token otherlv_8=null;
        Token otherlv_10=null;
        Token otherlv_12=null;
        Token otherlv_15=null;
        Token lv_dataSource_16_0=null;
        Token otherlv_17=null;
        Token otherlv_19=null;
        Token lv_responsibleUnit_20_0=null;
        Token otherlv_22=null;
        AntlrDatatypeRuleToken lv_name_1_0 = null;

        EObject lv_baseline_7_0 = null;

        AntlrDatatypeRuleToken lv_targetValue_9_0 = null;

        AntlrDatatypeRuleToken lv_targetYear_11_0 = null;

        Enumerator lv_direction_13_0 = null;

        EObject lv_bound_14_0 = null;

        Enumerator lv_frequency_18_0 = null;

        EObject lv_milestones_21_0 = null;



        	enterRule();

        try {
            // InternalItup.g:4364:2: ( (otherlv_0= 'indicator' ( (lv_name_1_0= ruleCode ) )? ( (lv_title_2_0= RULE_STRING ) ) (otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) ( (lv_milestones_21_0= ruleIndicatorMilestone ) )* otherlv_22= '}' )? ) )
            // InternalItup.g:4365:2: (otherlv_0= 'indicator' ( (lv_name_1_0= ruleCode ) )? ( (lv_title_2_0= RULE_STRING ) ) (otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) ( (lv_milestones_21_0= ruleIndicatorMilestone ) )* otherlv_22= '}' )? )
            {
            // InternalItup.g:4365:2: (otherlv_0= 'indicator' ( (lv_name_1_0= ruleCode ) )? ( (lv_title_2_0= RULE_STRING ) ) (otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) ( (lv_milestones_21_0= ruleIndicatorMilestone ) )* otherlv_22= '}' )? )
            // InternalItup.g:4366:3: otherlv_0= 'indicator' ( (lv_name_1_0= ruleCode ) )? ( (lv_title_2_0= RULE_STRING ) ) (otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) ( (lv_milestones_21_0= ruleIndicatorMilestone ) )* otherlv_22= '}' )?
            {
            otherlv_0=(Token)match(input,84,FOLLOW_81); 

            			newLeafNode(otherlv_0, grammarAccess.getPerformanceIndicatorAccess().getIndicatorKeyword_0());
            		
            // InternalItup.g:4370:3: ( (lv_name_1_0= ruleCode ) )?
            int alt84=2;
            int LA84_0 = input.LA(1);

            if ( ((LA84_0>=RULE_ID && LA84_0<=RULE_INT)) ) {
                alt84=1;
            }
            switch (alt84) {
                case 1 :
                    // InternalItup.g:4371:4: (lv_name_1_0= ruleCode )
                    {
                    // InternalItup.g:4371:4: (lv_name_1_0= ruleCode )
                    // InternalItup.g:4372:5: lv_name_1_0= ruleCode
                    {

                    					newCompositeNode(grammarAccess.getPerformanceIndicatorAccess().getNameCodeParserRuleCall_1_0());
                    				
                    pushFollow(FOLLOW_10);
                    lv_name_1_0=ruleCode();

                    state._fsp--;


                    					if (current==null) {
                    						current = createModelElementForParent(grammarAccess.getPerformanceIndicatorRule());
                    					}
                    					set(
                    						current,
                    						"name",
                    						lv_name_1_0,
                    						"org.itup.dsl.Itup.Code");
                    					afterParserOrEnumRuleCall();
                    				

                    }


                    }
                    break;

            }

            // InternalItup.g:4389:3: ( (lv_title_2_0= RULE_STRING ) )
            // InternalItup.g:4390:4: (lv_title_2_0= RULE_STRING )
            {
            // InternalItup.g:4390:4: (lv_title_2_0= RULE_STRING )
            // InternalItup.g:4391:5: lv_title_2_0= RULE_STRING
            {
            lv_title_2_0=(Token)match(input,RULE_STRING,FOLLOW_66); 

            					newLeafNode(lv_title_2_0, grammarAccess.getPerformanceIndicatorAccess().getTitleSTRINGTerminalRuleCall_2_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getPerformanceIndicatorRule());
            					}
            					setWithLastConsumed(
            						current,
            						"title",
            						lv_title_2_0,
            						"org.eclipse.xtext.common.Terminals.STRING");
            				

            }


            }

            // InternalItup.g:4407:3: (otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) ( (lv_milestones_21_0= ruleIndicatorMilestone ) )* otherlv_22= '}' )?
            int alt88=2;
            int LA88_0 = input.LA(1);

            if ( (LA88_0==27) ) {
                alt88=1;
            }
            switch (alt88) {
                case 1 :
                    // InternalItup.g:4408:4: otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) ( (lv_milestones_21_0= ruleIndicatorMilestone ) )* otherlv_22= '}'
                    {
                    otherlv_3=(Token)match(input,27,FOLLOW_82); 

                    				newLeafNode(otherlv_3, grammarAccess.getPerformanceIndicatorAccess().getLeftCurlyBracketKeyword_3_0());
                    			
                    // InternalItup.g:4412:4: ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) ) ) )* ) ) )
                    // InternalItup.g:4413:5: ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) ) ) )* ) )
                    {
                    // InternalItup.g:4413:5: ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) ) ) )* ) )
                    // InternalItup.g:4414:6: ( ( ({...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) ) ) )* )
                    {
                     
                    					  getUnorderedGroupHelper().enter(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1());
                    					
                    // InternalItup.g:4417:6: ( ( ({...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) ) ) )* )
                    // InternalItup.g:4418:7: ( ({...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) ) ) )*
                    {
                    // InternalItup.g:4418:7: ( ({...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) ) ) )*
                    loop86:
                    do {
                        int alt86=9;
                        alt86 = dfa86.predict(input);
                        switch (alt86) {
                    	case 1 :
                    	    // InternalItup.g:4419:5: ({...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) ) )
                    	    {
                    	    // InternalItup.g:4419:5: ({...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) ) )
                    	    // InternalItup.g:4420:6: {...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 0) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 0)");
                    	    }
                    	    // InternalItup.g:4420:120: ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) )
                    	    // InternalItup.g:4421:7: ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 0);
                    	    						
                    	    // InternalItup.g:4424:10: ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) )
                    	    // InternalItup.g:4424:11: {...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "true");
                    	    }
                    	    // InternalItup.g:4424:20: (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) )
                    	    // InternalItup.g:4424:21: otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) )
                    	    {
                    	    otherlv_5=(Token)match(input,85,FOLLOW_10); 

                    	    										newLeafNode(otherlv_5, grammarAccess.getPerformanceIndicatorAccess().getUnitKeyword_3_1_0_0());
                    	    									
                    	    // InternalItup.g:4428:10: ( (lv_unit_6_0= RULE_STRING ) )
                    	    // InternalItup.g:4429:11: (lv_unit_6_0= RULE_STRING )
                    	    {
                    	    // InternalItup.g:4429:11: (lv_unit_6_0= RULE_STRING )
                    	    // InternalItup.g:4430:12: lv_unit_6_0= RULE_STRING
                    	    {
                    	    lv_unit_6_0=(Token)match(input,RULE_STRING,FOLLOW_82); 

                    	    												newLeafNode(lv_unit_6_0, grammarAccess.getPerformanceIndicatorAccess().getUnitSTRINGTerminalRuleCall_3_1_0_1_0());
                    	    											

                    	    												if (current==null) {
                    	    													current = createModelElement(grammarAccess.getPerformanceIndicatorRule());
                    	    												}
                    	    												setWithLastConsumed(
                    	    													current,
                    	    													"unit",
                    	    													lv_unit_6_0,
                    	    													"org.eclipse.xtext.common.Terminals.STRING");
                    	    											

                    	    }


                    	    }


                    	    }


                    	    }

                    	     
                    	    							getUnorderedGroupHelper().returnFromSelection(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1());
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 2 :
                    	    // InternalItup.g:4452:5: ({...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) ) )
                    	    {
                    	    // InternalItup.g:4452:5: ({...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) ) )
                    	    // InternalItup.g:4453:6: {...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 1) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 1)");
                    	    }
                    	    // InternalItup.g:4453:120: ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) )
                    	    // InternalItup.g:4454:7: ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 1);
                    	    						
                    	    // InternalItup.g:4457:10: ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) )
                    	    // InternalItup.g:4457:11: {...}? => ( (lv_baseline_7_0= ruleBaseline ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "true");
                    	    }
                    	    // InternalItup.g:4457:20: ( (lv_baseline_7_0= ruleBaseline ) )
                    	    // InternalItup.g:4457:21: (lv_baseline_7_0= ruleBaseline )
                    	    {
                    	    // InternalItup.g:4457:21: (lv_baseline_7_0= ruleBaseline )
                    	    // InternalItup.g:4458:11: lv_baseline_7_0= ruleBaseline
                    	    {

                    	    											newCompositeNode(grammarAccess.getPerformanceIndicatorAccess().getBaselineBaselineParserRuleCall_3_1_1_0());
                    	    										
                    	    pushFollow(FOLLOW_82);
                    	    lv_baseline_7_0=ruleBaseline();

                    	    state._fsp--;


                    	    											if (current==null) {
                    	    												current = createModelElementForParent(grammarAccess.getPerformanceIndicatorRule());
                    	    											}
                    	    											set(
                    	    												current,
                    	    												"baseline",
                    	    												lv_baseline_7_0,
                    	    												"org.itup.dsl.Itup.Baseline");
                    	    											afterParserOrEnumRuleCall();
                    	    										

                    	    }


                    	    }


                    	    }

                    	     
                    	    							getUnorderedGroupHelper().returnFromSelection(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1());
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 3 :
                    	    // InternalItup.g:4480:5: ({...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) ) )
                    	    {
                    	    // InternalItup.g:4480:5: ({...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) ) )
                    	    // InternalItup.g:4481:6: {...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 2) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 2)");
                    	    }
                    	    // InternalItup.g:4481:120: ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) )
                    	    // InternalItup.g:4482:7: ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 2);
                    	    						
                    	    // InternalItup.g:4485:10: ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) )
                    	    // InternalItup.g:4485:11: {...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "true");
                    	    }
                    	    // InternalItup.g:4485:20: (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? )
                    	    // InternalItup.g:4485:21: otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )?
                    	    {
                    	    otherlv_8=(Token)match(input,72,FOLLOW_47); 

                    	    										newLeafNode(otherlv_8, grammarAccess.getPerformanceIndicatorAccess().getTargetKeyword_3_1_2_0());
                    	    									
                    	    // InternalItup.g:4489:10: ( (lv_targetValue_9_0= ruleDecimal ) )
                    	    // InternalItup.g:4490:11: (lv_targetValue_9_0= ruleDecimal )
                    	    {
                    	    // InternalItup.g:4490:11: (lv_targetValue_9_0= ruleDecimal )
                    	    // InternalItup.g:4491:12: lv_targetValue_9_0= ruleDecimal
                    	    {

                    	    												newCompositeNode(grammarAccess.getPerformanceIndicatorAccess().getTargetValueDecimalParserRuleCall_3_1_2_1_0());
                    	    											
                    	    pushFollow(FOLLOW_83);
                    	    lv_targetValue_9_0=ruleDecimal();

                    	    state._fsp--;


                    	    												if (current==null) {
                    	    													current = createModelElementForParent(grammarAccess.getPerformanceIndicatorRule());
                    	    												}
                    	    												set(
                    	    													current,
                    	    													"targetValue",
                    	    													lv_targetValue_9_0,
                    	    													"org.itup.dsl.Itup.Decimal");
                    	    												afterParserOrEnumRuleCall();
                    	    											

                    	    }


                    	    }

                    	    // InternalItup.g:4508:10: (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )?
                    	    int alt85=2;
                    	    int LA85_0 = input.LA(1);

                    	    if ( (LA85_0==15) ) {
                    	        alt85=1;
                    	    }
                    	    switch (alt85) {
                    	        case 1 :
                    	            // InternalItup.g:4509:11: otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) )
                    	            {
                    	            otherlv_10=(Token)match(input,15,FOLLOW_6); 

                    	            											newLeafNode(otherlv_10, grammarAccess.getPerformanceIndicatorAccess().getByKeyword_3_1_2_2_0());
                    	            										
                    	            // InternalItup.g:4513:11: ( (lv_targetYear_11_0= ruleYear ) )
                    	            // InternalItup.g:4514:12: (lv_targetYear_11_0= ruleYear )
                    	            {
                    	            // InternalItup.g:4514:12: (lv_targetYear_11_0= ruleYear )
                    	            // InternalItup.g:4515:13: lv_targetYear_11_0= ruleYear
                    	            {

                    	            													newCompositeNode(grammarAccess.getPerformanceIndicatorAccess().getTargetYearYearParserRuleCall_3_1_2_2_1_0());
                    	            												
                    	            pushFollow(FOLLOW_82);
                    	            lv_targetYear_11_0=ruleYear();

                    	            state._fsp--;


                    	            													if (current==null) {
                    	            														current = createModelElementForParent(grammarAccess.getPerformanceIndicatorRule());
                    	            													}
                    	            													set(
                    	            														current,
                    	            														"targetYear",
                    	            														lv_targetYear_11_0,
                    	            														"org.itup.dsl.Itup.Year");
                    	            													afterParserOrEnumRuleCall();
                    	            												

                    	            }


                    	            }


                    	            }
                    	            break;

                    	    }


                    	    }


                    	    }

                    	     
                    	    							getUnorderedGroupHelper().returnFromSelection(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1());
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 4 :
                    	    // InternalItup.g:4539:5: ({...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) ) )
                    	    {
                    	    // InternalItup.g:4539:5: ({...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) ) )
                    	    // InternalItup.g:4540:6: {...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 3) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 3)");
                    	    }
                    	    // InternalItup.g:4540:120: ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) )
                    	    // InternalItup.g:4541:7: ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 3);
                    	    						
                    	    // InternalItup.g:4544:10: ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) )
                    	    // InternalItup.g:4544:11: {...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "true");
                    	    }
                    	    // InternalItup.g:4544:20: (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) )
                    	    // InternalItup.g:4544:21: otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) )
                    	    {
                    	    otherlv_12=(Token)match(input,86,FOLLOW_84); 

                    	    										newLeafNode(otherlv_12, grammarAccess.getPerformanceIndicatorAccess().getDirectionKeyword_3_1_3_0());
                    	    									
                    	    // InternalItup.g:4548:10: ( (lv_direction_13_0= ruleIndicatorDirection ) )
                    	    // InternalItup.g:4549:11: (lv_direction_13_0= ruleIndicatorDirection )
                    	    {
                    	    // InternalItup.g:4549:11: (lv_direction_13_0= ruleIndicatorDirection )
                    	    // InternalItup.g:4550:12: lv_direction_13_0= ruleIndicatorDirection
                    	    {

                    	    												newCompositeNode(grammarAccess.getPerformanceIndicatorAccess().getDirectionIndicatorDirectionEnumRuleCall_3_1_3_1_0());
                    	    											
                    	    pushFollow(FOLLOW_82);
                    	    lv_direction_13_0=ruleIndicatorDirection();

                    	    state._fsp--;


                    	    												if (current==null) {
                    	    													current = createModelElementForParent(grammarAccess.getPerformanceIndicatorRule());
                    	    												}
                    	    												set(
                    	    													current,
                    	    													"direction",
                    	    													lv_direction_13_0,
                    	    													"org.itup.dsl.Itup.IndicatorDirection");
                    	    												afterParserOrEnumRuleCall();
                    	    											

                    	    }


                    	    }


                    	    }


                    	    }

                    	     
                    	    							getUnorderedGroupHelper().returnFromSelection(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1());
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 5 :
                    	    // InternalItup.g:4573:5: ({...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) ) )
                    	    {
                    	    // InternalItup.g:4573:5: ({...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) ) )
                    	    // InternalItup.g:4574:6: {...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 4) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 4)");
                    	    }
                    	    // InternalItup.g:4574:120: ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) )
                    	    // InternalItup.g:4575:7: ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 4);
                    	    						
                    	    // InternalItup.g:4578:10: ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) )
                    	    // InternalItup.g:4578:11: {...}? => ( (lv_bound_14_0= ruleIndicatorBound ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "true");
                    	    }
                    	    // InternalItup.g:4578:20: ( (lv_bound_14_0= ruleIndicatorBound ) )
                    	    // InternalItup.g:4578:21: (lv_bound_14_0= ruleIndicatorBound )
                    	    {
                    	    // InternalItup.g:4578:21: (lv_bound_14_0= ruleIndicatorBound )
                    	    // InternalItup.g:4579:11: lv_bound_14_0= ruleIndicatorBound
                    	    {

                    	    											newCompositeNode(grammarAccess.getPerformanceIndicatorAccess().getBoundIndicatorBoundParserRuleCall_3_1_4_0());
                    	    										
                    	    pushFollow(FOLLOW_82);
                    	    lv_bound_14_0=ruleIndicatorBound();

                    	    state._fsp--;


                    	    											if (current==null) {
                    	    												current = createModelElementForParent(grammarAccess.getPerformanceIndicatorRule());
                    	    											}
                    	    											set(
                    	    												current,
                    	    												"bound",
                    	    												lv_bound_14_0,
                    	    												"org.itup.dsl.Itup.IndicatorBound");
                    	    											afterParserOrEnumRuleCall();
                    	    										

                    	    }


                    	    }


                    	    }

                    	     
                    	    							getUnorderedGroupHelper().returnFromSelection(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1());
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 6 :
                    	    // InternalItup.g:4601:5: ({...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) ) )
                    	    {
                    	    // InternalItup.g:4601:5: ({...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) ) )
                    	    // InternalItup.g:4602:6: {...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 5) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 5)");
                    	    }
                    	    // InternalItup.g:4602:120: ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) )
                    	    // InternalItup.g:4603:7: ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 5);
                    	    						
                    	    // InternalItup.g:4606:10: ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) )
                    	    // InternalItup.g:4606:11: {...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "true");
                    	    }
                    	    // InternalItup.g:4606:20: (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) )
                    	    // InternalItup.g:4606:21: otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) )
                    	    {
                    	    otherlv_15=(Token)match(input,50,FOLLOW_10); 

                    	    										newLeafNode(otherlv_15, grammarAccess.getPerformanceIndicatorAccess().getSourceKeyword_3_1_5_0());
                    	    									
                    	    // InternalItup.g:4610:10: ( (lv_dataSource_16_0= RULE_STRING ) )
                    	    // InternalItup.g:4611:11: (lv_dataSource_16_0= RULE_STRING )
                    	    {
                    	    // InternalItup.g:4611:11: (lv_dataSource_16_0= RULE_STRING )
                    	    // InternalItup.g:4612:12: lv_dataSource_16_0= RULE_STRING
                    	    {
                    	    lv_dataSource_16_0=(Token)match(input,RULE_STRING,FOLLOW_82); 

                    	    												newLeafNode(lv_dataSource_16_0, grammarAccess.getPerformanceIndicatorAccess().getDataSourceSTRINGTerminalRuleCall_3_1_5_1_0());
                    	    											

                    	    												if (current==null) {
                    	    													current = createModelElement(grammarAccess.getPerformanceIndicatorRule());
                    	    												}
                    	    												setWithLastConsumed(
                    	    													current,
                    	    													"dataSource",
                    	    													lv_dataSource_16_0,
                    	    													"org.eclipse.xtext.common.Terminals.STRING");
                    	    											

                    	    }


                    	    }


                    	    }


                    	    }

                    	     
                    	    							getUnorderedGroupHelper().returnFromSelection(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1());
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 7 :
                    	    // InternalItup.g:4634:5: ({...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) ) )
                    	    {
                    	    // InternalItup.g:4634:5: ({...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) ) )
                    	    // InternalItup.g:4635:6: {...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 6) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 6)");
                    	    }
                    	    // InternalItup.g:4635:120: ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) )
                    	    // InternalItup.g:4636:7: ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 6);
                    	    						
                    	    // InternalItup.g:4639:10: ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) )
                    	    // InternalItup.g:4639:11: {...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "true");
                    	    }
                    	    // InternalItup.g:4639:20: (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) )
                    	    // InternalItup.g:4639:21: otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) )
                    	    {
                    	    otherlv_17=(Token)match(input,87,FOLLOW_85); 

                    	    										newLeafNode(otherlv_17, grammarAccess.getPerformanceIndicatorAccess().getFrequencyKeyword_3_1_6_0());
                    	    									
                    	    // InternalItup.g:4643:10: ( (lv_frequency_18_0= ruleReportingFrequency ) )
                    	    // InternalItup.g:4644:11: (lv_frequency_18_0= ruleReportingFrequency )
                    	    {
                    	    // InternalItup.g:4644:11: (lv_frequency_18_0= ruleReportingFrequency )
                    	    // InternalItup.g:4645:12: lv_frequency_18_0= ruleReportingFrequency
                    	    {

                    	    												newCompositeNode(grammarAccess.getPerformanceIndicatorAccess().getFrequencyReportingFrequencyEnumRuleCall_3_1_6_1_0());
                    	    											
                    	    pushFollow(FOLLOW_82);
                    	    lv_frequency_18_0=ruleReportingFrequency();

                    	    state._fsp--;


                    	    												if (current==null) {
                    	    													current = createModelElementForParent(grammarAccess.getPerformanceIndicatorRule());
                    	    												}
                    	    												set(
                    	    													current,
                    	    													"frequency",
                    	    													lv_frequency_18_0,
                    	    													"org.itup.dsl.Itup.ReportingFrequency");
                    	    												afterParserOrEnumRuleCall();
                    	    											

                    	    }


                    	    }


                    	    }


                    	    }

                    	     
                    	    							getUnorderedGroupHelper().returnFromSelection(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1());
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 8 :
                    	    // InternalItup.g:4668:5: ({...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) ) )
                    	    {
                    	    // InternalItup.g:4668:5: ({...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) ) )
                    	    // InternalItup.g:4669:6: {...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 7) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 7)");
                    	    }
                    	    // InternalItup.g:4669:120: ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) )
                    	    // InternalItup.g:4670:7: ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 7);
                    	    						
                    	    // InternalItup.g:4673:10: ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) )
                    	    // InternalItup.g:4673:11: {...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "true");
                    	    }
                    	    // InternalItup.g:4673:20: (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) )
                    	    // InternalItup.g:4673:21: otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) )
                    	    {
                    	    otherlv_19=(Token)match(input,37,FOLLOW_10); 

                    	    										newLeafNode(otherlv_19, grammarAccess.getPerformanceIndicatorAccess().getResponsibleKeyword_3_1_7_0());
                    	    									
                    	    // InternalItup.g:4677:10: ( (lv_responsibleUnit_20_0= RULE_STRING ) )
                    	    // InternalItup.g:4678:11: (lv_responsibleUnit_20_0= RULE_STRING )
                    	    {
                    	    // InternalItup.g:4678:11: (lv_responsibleUnit_20_0= RULE_STRING )
                    	    // InternalItup.g:4679:12: lv_responsibleUnit_20_0= RULE_STRING
                    	    {
                    	    lv_responsibleUnit_20_0=(Token)match(input,RULE_STRING,FOLLOW_82); 

                    	    												newLeafNode(lv_responsibleUnit_20_0, grammarAccess.getPerformanceIndicatorAccess().getResponsibleUnitSTRINGTerminalRuleCall_3_1_7_1_0());
                    	    											

                    	    												if (current==null) {
                    	    													current = createModelElement(grammarAccess.getPerformanceIndicatorRule());
                    	    												}
                    	    												setWithLastConsumed(
                    	    													current,
                    	    													"responsibleUnit",
                    	    													lv_responsibleUnit_20_0,
                    	    													"org.eclipse.xtext.common.Terminals.STRING");
                    	    											

                    	    }


                    	    }


                    	    }


                    	    }

                    	     
                    	    							getUnorderedGroupHelper().returnFromSelection(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1());
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop86;
                        }
                    } while (true);


                    }


                    }

                     
                    					  getUnorderedGroupHelper().leave(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1());
                    					

                    }

                    // InternalItup.g:4708:4: ( (lv_milestones_21_0= ruleIndicatorMilestone ) )*
                    loop87:
                    do {
                        int alt87=2;
                        int LA87_0 = input.LA(1);

                        if ( (LA87_0==88) ) {
                            alt87=1;
                        }


                        switch (alt87) {
                    	case 1 :
                    	    // InternalItup.g:4709:5: (lv_milestones_21_0= ruleIndicatorMilestone )
                    	    {
                    	    // InternalItup.g:4709:5: (lv_milestones_21_0= ruleIndicatorMilestone )
                    	    // InternalItup.g:4710:6: lv_milestones_21_0= ruleIndicatorMilestone
                    	    {

                    	    						newCompositeNode(grammarAccess.getPerformanceIndicatorAccess().getMilestonesIndicatorMilestoneParserRuleCall_3_2_0());
                    	    					
                    	    pushFollow(FOLLOW_86);
                    	    lv_milestones_21_0=ruleIndicatorMilestone();

                    	    state._fsp--;


                    	    						if (current==null) {
                    	    							current = createModelElementForParent(grammarAccess.getPerformanceIndicatorRule());
                    	    						}
                    	    						add(
                    	    							current,
                    	    							"milestones",
                    	    							lv_milestones_21_0,
                    	    							"org.itup.dsl.Itup.IndicatorMilestone");
                    	    						afterParserOrEnumRuleCall();
                    	    					

                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop87;
                        }
                    } while (true);

                    otherlv_22=(Token)match(input,28,FOLLOW_2); 

                    				newLeafNode(otherlv_22, grammarAccess.getPerformanceIndicatorAccess().getRightCurlyBracketKeyword_3_3());
                    			

                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "rulePerformanceIndicator"


    // $ANTLR start "entryRuleIndicatorMilestone"
    // InternalItup.g:4736:1: entryRuleIndicatorMilestone returns [EObject current=null] : iv_ruleIndicatorMilestone= ruleIndicatorMilestone EOF ;
    public final EObject entryRuleIndicatorMilestone() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleIndicatorMilestone = null;


        try {
            // InternalItup.g:4736:59: (iv_ruleIndicatorMilestone= ruleIndicatorMilestone EOF )
            // InternalItup.g:4737:2: iv_ruleIndicatorMilestone= ruleIndicatorMilestone EOF
            {
             newCompositeNode(grammarAccess.getIndicatorMilestoneRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleIndicatorMilestone=ruleIndicatorMilestone();

            state._fsp--;

             current =iv_ruleIndicatorMilestone; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleIndicatorMilestone"


    // $ANTLR start "ruleIndicatorMilestone"
    // InternalItup.g:4743:1: ruleIndicatorMilestone returns [EObject current=null] : (otherlv_0= 'milestone' ( (lv_year_1_0= ruleYear ) ) otherlv_2= 'value' ( (lv_value_3_0= ruleDecimal ) ) ) ;
    public final EObject ruleIndicatorMilestone() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_2=null;
        AntlrDatatypeRuleToken lv_year_1_0 = null;

        AntlrDatatypeRuleToken lv_value_3_0 = null;



        	enterRule();

        try {
            // InternalItup.g:4749:2: ( (otherlv_0= 'milestone' ( (lv_year_1_0= ruleYear ) ) otherlv_2= 'value' ( (lv_value_3_0= ruleDecimal ) ) ) )
            // InternalItup.g:4750:2: (otherlv_0= 'milestone' ( (lv_year_1_0= ruleYear ) ) otherlv_2= 'value' ( (lv_value_3_0= ruleDecimal ) ) )
            {
            // InternalItup.g:4750:2: (otherlv_0= 'milestone' ( (lv_year_1_0= ruleYear ) ) otherlv_2= 'value' ( (lv_value_3_0= ruleDecimal ) ) )
            // InternalItup.g:4751:3: otherlv_0= 'milestone' ( (lv_year_1_0= ruleYear ) ) otherlv_2= 'value' ( (lv_value_3_0= ruleDecimal ) )
            {
            otherlv_0=(Token)match(input,88,FOLLOW_6); 

            			newLeafNode(otherlv_0, grammarAccess.getIndicatorMilestoneAccess().getMilestoneKeyword_0());
            		
            // InternalItup.g:4755:3: ( (lv_year_1_0= ruleYear ) )
            // InternalItup.g:4756:4: (lv_year_1_0= ruleYear )
            {
            // InternalItup.g:4756:4: (lv_year_1_0= ruleYear )
            // InternalItup.g:4757:5: lv_year_1_0= ruleYear
            {

            					newCompositeNode(grammarAccess.getIndicatorMilestoneAccess().getYearYearParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_46);
            lv_year_1_0=ruleYear();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getIndicatorMilestoneRule());
            					}
            					set(
            						current,
            						"year",
            						lv_year_1_0,
            						"org.itup.dsl.Itup.Year");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_2=(Token)match(input,49,FOLLOW_47); 

            			newLeafNode(otherlv_2, grammarAccess.getIndicatorMilestoneAccess().getValueKeyword_2());
            		
            // InternalItup.g:4778:3: ( (lv_value_3_0= ruleDecimal ) )
            // InternalItup.g:4779:4: (lv_value_3_0= ruleDecimal )
            {
            // InternalItup.g:4779:4: (lv_value_3_0= ruleDecimal )
            // InternalItup.g:4780:5: lv_value_3_0= ruleDecimal
            {

            					newCompositeNode(grammarAccess.getIndicatorMilestoneAccess().getValueDecimalParserRuleCall_3_0());
            				
            pushFollow(FOLLOW_2);
            lv_value_3_0=ruleDecimal();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getIndicatorMilestoneRule());
            					}
            					set(
            						current,
            						"value",
            						lv_value_3_0,
            						"org.itup.dsl.Itup.Decimal");
            					afterParserOrEnumRuleCall();
            				

            }


            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleIndicatorMilestone"


    // $ANTLR start "entryRuleIndicatorBound"
    // InternalItup.g:4801:1: entryRuleIndicatorBound returns [EObject current=null] : iv_ruleIndicatorBound= ruleIndicatorBound EOF ;
    public final EObject entryRuleIndicatorBound() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleIndicatorBound = null;


        try {
            // InternalItup.g:4801:55: (iv_ruleIndicatorBound= ruleIndicatorBound EOF )
            // InternalItup.g:4802:2: iv_ruleIndicatorBound= ruleIndicatorBound EOF
            {
             newCompositeNode(grammarAccess.getIndicatorBoundRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleIndicatorBound=ruleIndicatorBound();

            state._fsp--;

             current =iv_ruleIndicatorBound; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleIndicatorBound"


    // $ANTLR start "ruleIndicatorBound"
    // InternalItup.g:4808:1: ruleIndicatorBound returns [EObject current=null] : ( (otherlv_0= 'at' ( ( ( (lv_kind_1_0= ruleLowerBound ) ) ( (lv_low_2_0= ruleDecimal ) ) ) | ( ( (lv_kind_3_0= ruleUpperBound ) ) ( (lv_high_4_0= ruleDecimal ) ) ) ) ) | ( ( (lv_kind_5_0= ruleRangeBound ) ) ( (lv_low_6_0= ruleDecimal ) ) otherlv_7= 'and' ( (lv_high_8_0= ruleDecimal ) ) ) ) ;
    public final EObject ruleIndicatorBound() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_7=null;
        Enumerator lv_kind_1_0 = null;

        AntlrDatatypeRuleToken lv_low_2_0 = null;

        Enumerator lv_kind_3_0 = null;

        AntlrDatatypeRuleToken lv_high_4_0 = null;

        Enumerator lv_kind_5_0 = null;

        AntlrDatatypeRuleToken lv_low_6_0 = null;

        AntlrDatatypeRuleToken lv_high_8_0 = null;



        	enterRule();

        try {
            // InternalItup.g:4814:2: ( ( (otherlv_0= 'at' ( ( ( (lv_kind_1_0= ruleLowerBound ) ) ( (lv_low_2_0= ruleDecimal ) ) ) | ( ( (lv_kind_3_0= ruleUpperBound ) ) ( (lv_high_4_0= ruleDecimal ) ) ) ) ) | ( ( (lv_kind_5_0= ruleRangeBound ) ) ( (lv_low_6_0= ruleDecimal ) ) otherlv_7= 'and' ( (lv_high_8_0= ruleDecimal ) ) ) ) )
            // InternalItup.g:4815:2: ( (otherlv_0= 'at' ( ( ( (lv_kind_1_0= ruleLowerBound ) ) ( (lv_low_2_0= ruleDecimal ) ) ) | ( ( (lv_kind_3_0= ruleUpperBound ) ) ( (lv_high_4_0= ruleDecimal ) ) ) ) ) | ( ( (lv_kind_5_0= ruleRangeBound ) ) ( (lv_low_6_0= ruleDecimal ) ) otherlv_7= 'and' ( (lv_high_8_0= ruleDecimal ) ) ) )
            {
            // InternalItup.g:4815:2: ( (otherlv_0= 'at' ( ( ( (lv_kind_1_0= ruleLowerBound ) ) ( (lv_low_2_0= ruleDecimal ) ) ) | ( ( (lv_kind_3_0= ruleUpperBound ) ) ( (lv_high_4_0= ruleDecimal ) ) ) ) ) | ( ( (lv_kind_5_0= ruleRangeBound ) ) ( (lv_low_6_0= ruleDecimal ) ) otherlv_7= 'and' ( (lv_high_8_0= ruleDecimal ) ) ) )
            int alt90=2;
            int LA90_0 = input.LA(1);

            if ( (LA90_0==89) ) {
                alt90=1;
            }
            else if ( (LA90_0==115) ) {
                alt90=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 90, 0, input);

                throw nvae;
            }
            switch (alt90) {
                case 1 :
                    // InternalItup.g:4816:3: (otherlv_0= 'at' ( ( ( (lv_kind_1_0= ruleLowerBound ) ) ( (lv_low_2_0= ruleDecimal ) ) ) | ( ( (lv_kind_3_0= ruleUpperBound ) ) ( (lv_high_4_0= ruleDecimal ) ) ) ) )
                    {
                    // InternalItup.g:4816:3: (otherlv_0= 'at' ( ( ( (lv_kind_1_0= ruleLowerBound ) ) ( (lv_low_2_0= ruleDecimal ) ) ) | ( ( (lv_kind_3_0= ruleUpperBound ) ) ( (lv_high_4_0= ruleDecimal ) ) ) ) )
                    // InternalItup.g:4817:4: otherlv_0= 'at' ( ( ( (lv_kind_1_0= ruleLowerBound ) ) ( (lv_low_2_0= ruleDecimal ) ) ) | ( ( (lv_kind_3_0= ruleUpperBound ) ) ( (lv_high_4_0= ruleDecimal ) ) ) )
                    {
                    otherlv_0=(Token)match(input,89,FOLLOW_87); 

                    				newLeafNode(otherlv_0, grammarAccess.getIndicatorBoundAccess().getAtKeyword_0_0());
                    			
                    // InternalItup.g:4821:4: ( ( ( (lv_kind_1_0= ruleLowerBound ) ) ( (lv_low_2_0= ruleDecimal ) ) ) | ( ( (lv_kind_3_0= ruleUpperBound ) ) ( (lv_high_4_0= ruleDecimal ) ) ) )
                    int alt89=2;
                    int LA89_0 = input.LA(1);

                    if ( (LA89_0==113) ) {
                        alt89=1;
                    }
                    else if ( (LA89_0==114) ) {
                        alt89=2;
                    }
                    else {
                        NoViableAltException nvae =
                            new NoViableAltException("", 89, 0, input);

                        throw nvae;
                    }
                    switch (alt89) {
                        case 1 :
                            // InternalItup.g:4822:5: ( ( (lv_kind_1_0= ruleLowerBound ) ) ( (lv_low_2_0= ruleDecimal ) ) )
                            {
                            // InternalItup.g:4822:5: ( ( (lv_kind_1_0= ruleLowerBound ) ) ( (lv_low_2_0= ruleDecimal ) ) )
                            // InternalItup.g:4823:6: ( (lv_kind_1_0= ruleLowerBound ) ) ( (lv_low_2_0= ruleDecimal ) )
                            {
                            // InternalItup.g:4823:6: ( (lv_kind_1_0= ruleLowerBound ) )
                            // InternalItup.g:4824:7: (lv_kind_1_0= ruleLowerBound )
                            {
                            // InternalItup.g:4824:7: (lv_kind_1_0= ruleLowerBound )
                            // InternalItup.g:4825:8: lv_kind_1_0= ruleLowerBound
                            {

                            								newCompositeNode(grammarAccess.getIndicatorBoundAccess().getKindLowerBoundEnumRuleCall_0_1_0_0_0());
                            							
                            pushFollow(FOLLOW_47);
                            lv_kind_1_0=ruleLowerBound();

                            state._fsp--;


                            								if (current==null) {
                            									current = createModelElementForParent(grammarAccess.getIndicatorBoundRule());
                            								}
                            								set(
                            									current,
                            									"kind",
                            									lv_kind_1_0,
                            									"org.itup.dsl.Itup.LowerBound");
                            								afterParserOrEnumRuleCall();
                            							

                            }


                            }

                            // InternalItup.g:4842:6: ( (lv_low_2_0= ruleDecimal ) )
                            // InternalItup.g:4843:7: (lv_low_2_0= ruleDecimal )
                            {
                            // InternalItup.g:4843:7: (lv_low_2_0= ruleDecimal )
                            // InternalItup.g:4844:8: lv_low_2_0= ruleDecimal
                            {

                            								newCompositeNode(grammarAccess.getIndicatorBoundAccess().getLowDecimalParserRuleCall_0_1_0_1_0());
                            							
                            pushFollow(FOLLOW_2);
                            lv_low_2_0=ruleDecimal();

                            state._fsp--;


                            								if (current==null) {
                            									current = createModelElementForParent(grammarAccess.getIndicatorBoundRule());
                            								}
                            								set(
                            									current,
                            									"low",
                            									lv_low_2_0,
                            									"org.itup.dsl.Itup.Decimal");
                            								afterParserOrEnumRuleCall();
                            							

                            }


                            }


                            }


                            }
                            break;
                        case 2 :
                            // InternalItup.g:4863:5: ( ( (lv_kind_3_0= ruleUpperBound ) ) ( (lv_high_4_0= ruleDecimal ) ) )
                            {
                            // InternalItup.g:4863:5: ( ( (lv_kind_3_0= ruleUpperBound ) ) ( (lv_high_4_0= ruleDecimal ) ) )
                            // InternalItup.g:4864:6: ( (lv_kind_3_0= ruleUpperBound ) ) ( (lv_high_4_0= ruleDecimal ) )
                            {
                            // InternalItup.g:4864:6: ( (lv_kind_3_0= ruleUpperBound ) )
                            // InternalItup.g:4865:7: (lv_kind_3_0= ruleUpperBound )
                            {
                            // InternalItup.g:4865:7: (lv_kind_3_0= ruleUpperBound )
                            // InternalItup.g:4866:8: lv_kind_3_0= ruleUpperBound
                            {

                            								newCompositeNode(grammarAccess.getIndicatorBoundAccess().getKindUpperBoundEnumRuleCall_0_1_1_0_0());
                            							
                            pushFollow(FOLLOW_47);
                            lv_kind_3_0=ruleUpperBound();

                            state._fsp--;


                            								if (current==null) {
                            									current = createModelElementForParent(grammarAccess.getIndicatorBoundRule());
                            								}
                            								set(
                            									current,
                            									"kind",
                            									lv_kind_3_0,
                            									"org.itup.dsl.Itup.UpperBound");
                            								afterParserOrEnumRuleCall();
                            							

                            }


                            }

                            // InternalItup.g:4883:6: ( (lv_high_4_0= ruleDecimal ) )
                            // InternalItup.g:4884:7: (lv_high_4_0= ruleDecimal )
                            {
                            // InternalItup.g:4884:7: (lv_high_4_0= ruleDecimal )
                            // InternalItup.g:4885:8: lv_high_4_0= ruleDecimal
                            {

                            								newCompositeNode(grammarAccess.getIndicatorBoundAccess().getHighDecimalParserRuleCall_0_1_1_1_0());
                            							
                            pushFollow(FOLLOW_2);
                            lv_high_4_0=ruleDecimal();

                            state._fsp--;


                            								if (current==null) {
                            									current = createModelElementForParent(grammarAccess.getIndicatorBoundRule());
                            								}
                            								set(
                            									current,
                            									"high",
                            									lv_high_4_0,
                            									"org.itup.dsl.Itup.Decimal");
                            								afterParserOrEnumRuleCall();
                            							

                            }


                            }


                            }


                            }
                            break;

                    }


                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:4906:3: ( ( (lv_kind_5_0= ruleRangeBound ) ) ( (lv_low_6_0= ruleDecimal ) ) otherlv_7= 'and' ( (lv_high_8_0= ruleDecimal ) ) )
                    {
                    // InternalItup.g:4906:3: ( ( (lv_kind_5_0= ruleRangeBound ) ) ( (lv_low_6_0= ruleDecimal ) ) otherlv_7= 'and' ( (lv_high_8_0= ruleDecimal ) ) )
                    // InternalItup.g:4907:4: ( (lv_kind_5_0= ruleRangeBound ) ) ( (lv_low_6_0= ruleDecimal ) ) otherlv_7= 'and' ( (lv_high_8_0= ruleDecimal ) )
                    {
                    // InternalItup.g:4907:4: ( (lv_kind_5_0= ruleRangeBound ) )
                    // InternalItup.g:4908:5: (lv_kind_5_0= ruleRangeBound )
                    {
                    // InternalItup.g:4908:5: (lv_kind_5_0= ruleRangeBound )
                    // InternalItup.g:4909:6: lv_kind_5_0= ruleRangeBound
                    {

                    						newCompositeNode(grammarAccess.getIndicatorBoundAccess().getKindRangeBoundEnumRuleCall_1_0_0());
                    					
                    pushFollow(FOLLOW_47);
                    lv_kind_5_0=ruleRangeBound();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getIndicatorBoundRule());
                    						}
                    						set(
                    							current,
                    							"kind",
                    							lv_kind_5_0,
                    							"org.itup.dsl.Itup.RangeBound");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }

                    // InternalItup.g:4926:4: ( (lv_low_6_0= ruleDecimal ) )
                    // InternalItup.g:4927:5: (lv_low_6_0= ruleDecimal )
                    {
                    // InternalItup.g:4927:5: (lv_low_6_0= ruleDecimal )
                    // InternalItup.g:4928:6: lv_low_6_0= ruleDecimal
                    {

                    						newCompositeNode(grammarAccess.getIndicatorBoundAccess().getLowDecimalParserRuleCall_1_1_0());
                    					
                    pushFollow(FOLLOW_88);
                    lv_low_6_0=ruleDecimal();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getIndicatorBoundRule());
                    						}
                    						set(
                    							current,
                    							"low",
                    							lv_low_6_0,
                    							"org.itup.dsl.Itup.Decimal");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }

                    otherlv_7=(Token)match(input,90,FOLLOW_47); 

                    				newLeafNode(otherlv_7, grammarAccess.getIndicatorBoundAccess().getAndKeyword_1_2());
                    			
                    // InternalItup.g:4949:4: ( (lv_high_8_0= ruleDecimal ) )
                    // InternalItup.g:4950:5: (lv_high_8_0= ruleDecimal )
                    {
                    // InternalItup.g:4950:5: (lv_high_8_0= ruleDecimal )
                    // InternalItup.g:4951:6: lv_high_8_0= ruleDecimal
                    {

                    						newCompositeNode(grammarAccess.getIndicatorBoundAccess().getHighDecimalParserRuleCall_1_3_0());
                    					
                    pushFollow(FOLLOW_2);
                    lv_high_8_0=ruleDecimal();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getIndicatorBoundRule());
                    						}
                    						set(
                    							current,
                    							"high",
                    							lv_high_8_0,
                    							"org.itup.dsl.Itup.Decimal");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleIndicatorBound"


    // $ANTLR start "entryRuleEnabler"
    // InternalItup.g:4973:1: entryRuleEnabler returns [EObject current=null] : iv_ruleEnabler= ruleEnabler EOF ;
    public final EObject entryRuleEnabler() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleEnabler = null;


        try {
            // InternalItup.g:4973:48: (iv_ruleEnabler= ruleEnabler EOF )
            // InternalItup.g:4974:2: iv_ruleEnabler= ruleEnabler EOF
            {
             newCompositeNode(grammarAccess.getEnablerRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleEnabler=ruleEnabler();

            state._fsp--;

             current =iv_ruleEnabler; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleEnabler"


    // $ANTLR start "ruleEnabler"
    // InternalItup.g:4980:1: ruleEnabler returns [EObject current=null] : ( (otherlv_0= 'enabler' | otherlv_1= 'function' ) ( (lv_name_2_0= ruleCode ) ) ( (lv_title_3_0= RULE_STRING ) )? otherlv_4= '{' (otherlv_5= 'supports' ( ( (lv_supportsAll_6_0= 'all' ) ) | ( ( ( ruleCode ) ) (otherlv_8= ',' ( ( ruleCode ) ) )* ) ) )? ( (otherlv_10= 'activity' ( (lv_activities_11_0= RULE_STRING ) ) ) | (otherlv_12= 'contribution' ( (lv_contributions_13_0= RULE_STRING ) ) ) | (otherlv_14= 'result' ( (lv_results_15_0= RULE_STRING ) ) ) )* otherlv_16= '}' ) ;
    public final EObject ruleEnabler() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_1=null;
        Token lv_title_3_0=null;
        Token otherlv_4=null;
        Token otherlv_5=null;
        Token lv_supportsAll_6_0=null;
        Token otherlv_8=null;
        Token otherlv_10=null;
        Token lv_activities_11_0=null;
        Token otherlv_12=null;
        Token lv_contributions_13_0=null;
        Token otherlv_14=null;
        Token lv_results_15_0=null;
        Token otherlv_16=null;
        AntlrDatatypeRuleToken lv_name_2_0 = null;



        	enterRule();

        try {
            // InternalItup.g:4986:2: ( ( (otherlv_0= 'enabler' | otherlv_1= 'function' ) ( (lv_name_2_0= ruleCode ) ) ( (lv_title_3_0= RULE_STRING ) )? otherlv_4= '{' (otherlv_5= 'supports' ( ( (lv_supportsAll_6_0= 'all' ) ) | ( ( ( ruleCode ) ) (otherlv_8= ',' ( ( ruleCode ) ) )* ) ) )? ( (otherlv_10= 'activity' ( (lv_activities_11_0= RULE_STRING ) ) ) | (otherlv_12= 'contribution' ( (lv_contributions_13_0= RULE_STRING ) ) ) | (otherlv_14= 'result' ( (lv_results_15_0= RULE_STRING ) ) ) )* otherlv_16= '}' ) )
            // InternalItup.g:4987:2: ( (otherlv_0= 'enabler' | otherlv_1= 'function' ) ( (lv_name_2_0= ruleCode ) ) ( (lv_title_3_0= RULE_STRING ) )? otherlv_4= '{' (otherlv_5= 'supports' ( ( (lv_supportsAll_6_0= 'all' ) ) | ( ( ( ruleCode ) ) (otherlv_8= ',' ( ( ruleCode ) ) )* ) ) )? ( (otherlv_10= 'activity' ( (lv_activities_11_0= RULE_STRING ) ) ) | (otherlv_12= 'contribution' ( (lv_contributions_13_0= RULE_STRING ) ) ) | (otherlv_14= 'result' ( (lv_results_15_0= RULE_STRING ) ) ) )* otherlv_16= '}' )
            {
            // InternalItup.g:4987:2: ( (otherlv_0= 'enabler' | otherlv_1= 'function' ) ( (lv_name_2_0= ruleCode ) ) ( (lv_title_3_0= RULE_STRING ) )? otherlv_4= '{' (otherlv_5= 'supports' ( ( (lv_supportsAll_6_0= 'all' ) ) | ( ( ( ruleCode ) ) (otherlv_8= ',' ( ( ruleCode ) ) )* ) ) )? ( (otherlv_10= 'activity' ( (lv_activities_11_0= RULE_STRING ) ) ) | (otherlv_12= 'contribution' ( (lv_contributions_13_0= RULE_STRING ) ) ) | (otherlv_14= 'result' ( (lv_results_15_0= RULE_STRING ) ) ) )* otherlv_16= '}' )
            // InternalItup.g:4988:3: (otherlv_0= 'enabler' | otherlv_1= 'function' ) ( (lv_name_2_0= ruleCode ) ) ( (lv_title_3_0= RULE_STRING ) )? otherlv_4= '{' (otherlv_5= 'supports' ( ( (lv_supportsAll_6_0= 'all' ) ) | ( ( ( ruleCode ) ) (otherlv_8= ',' ( ( ruleCode ) ) )* ) ) )? ( (otherlv_10= 'activity' ( (lv_activities_11_0= RULE_STRING ) ) ) | (otherlv_12= 'contribution' ( (lv_contributions_13_0= RULE_STRING ) ) ) | (otherlv_14= 'result' ( (lv_results_15_0= RULE_STRING ) ) ) )* otherlv_16= '}'
            {
            // InternalItup.g:4988:3: (otherlv_0= 'enabler' | otherlv_1= 'function' )
            int alt91=2;
            int LA91_0 = input.LA(1);

            if ( (LA91_0==91) ) {
                alt91=1;
            }
            else if ( (LA91_0==67) ) {
                alt91=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 91, 0, input);

                throw nvae;
            }
            switch (alt91) {
                case 1 :
                    // InternalItup.g:4989:4: otherlv_0= 'enabler'
                    {
                    otherlv_0=(Token)match(input,91,FOLLOW_18); 

                    				newLeafNode(otherlv_0, grammarAccess.getEnablerAccess().getEnablerKeyword_0_0());
                    			

                    }
                    break;
                case 2 :
                    // InternalItup.g:4994:4: otherlv_1= 'function'
                    {
                    otherlv_1=(Token)match(input,67,FOLLOW_18); 

                    				newLeafNode(otherlv_1, grammarAccess.getEnablerAccess().getFunctionKeyword_0_1());
                    			

                    }
                    break;

            }

            // InternalItup.g:4999:3: ( (lv_name_2_0= ruleCode ) )
            // InternalItup.g:5000:4: (lv_name_2_0= ruleCode )
            {
            // InternalItup.g:5000:4: (lv_name_2_0= ruleCode )
            // InternalItup.g:5001:5: lv_name_2_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getEnablerAccess().getNameCodeParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_59);
            lv_name_2_0=ruleCode();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getEnablerRule());
            					}
            					set(
            						current,
            						"name",
            						lv_name_2_0,
            						"org.itup.dsl.Itup.Code");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalItup.g:5018:3: ( (lv_title_3_0= RULE_STRING ) )?
            int alt92=2;
            int LA92_0 = input.LA(1);

            if ( (LA92_0==RULE_STRING) ) {
                alt92=1;
            }
            switch (alt92) {
                case 1 :
                    // InternalItup.g:5019:4: (lv_title_3_0= RULE_STRING )
                    {
                    // InternalItup.g:5019:4: (lv_title_3_0= RULE_STRING )
                    // InternalItup.g:5020:5: lv_title_3_0= RULE_STRING
                    {
                    lv_title_3_0=(Token)match(input,RULE_STRING,FOLLOW_25); 

                    					newLeafNode(lv_title_3_0, grammarAccess.getEnablerAccess().getTitleSTRINGTerminalRuleCall_2_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getEnablerRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"title",
                    						lv_title_3_0,
                    						"org.eclipse.xtext.common.Terminals.STRING");
                    				

                    }


                    }
                    break;

            }

            otherlv_4=(Token)match(input,27,FOLLOW_89); 

            			newLeafNode(otherlv_4, grammarAccess.getEnablerAccess().getLeftCurlyBracketKeyword_3());
            		
            // InternalItup.g:5040:3: (otherlv_5= 'supports' ( ( (lv_supportsAll_6_0= 'all' ) ) | ( ( ( ruleCode ) ) (otherlv_8= ',' ( ( ruleCode ) ) )* ) ) )?
            int alt95=2;
            int LA95_0 = input.LA(1);

            if ( (LA95_0==92) ) {
                alt95=1;
            }
            switch (alt95) {
                case 1 :
                    // InternalItup.g:5041:4: otherlv_5= 'supports' ( ( (lv_supportsAll_6_0= 'all' ) ) | ( ( ( ruleCode ) ) (otherlv_8= ',' ( ( ruleCode ) ) )* ) )
                    {
                    otherlv_5=(Token)match(input,92,FOLLOW_90); 

                    				newLeafNode(otherlv_5, grammarAccess.getEnablerAccess().getSupportsKeyword_4_0());
                    			
                    // InternalItup.g:5045:4: ( ( (lv_supportsAll_6_0= 'all' ) ) | ( ( ( ruleCode ) ) (otherlv_8= ',' ( ( ruleCode ) ) )* ) )
                    int alt94=2;
                    int LA94_0 = input.LA(1);

                    if ( (LA94_0==93) ) {
                        alt94=1;
                    }
                    else if ( ((LA94_0>=RULE_ID && LA94_0<=RULE_INT)) ) {
                        alt94=2;
                    }
                    else {
                        NoViableAltException nvae =
                            new NoViableAltException("", 94, 0, input);

                        throw nvae;
                    }
                    switch (alt94) {
                        case 1 :
                            // InternalItup.g:5046:5: ( (lv_supportsAll_6_0= 'all' ) )
                            {
                            // InternalItup.g:5046:5: ( (lv_supportsAll_6_0= 'all' ) )
                            // InternalItup.g:5047:6: (lv_supportsAll_6_0= 'all' )
                            {
                            // InternalItup.g:5047:6: (lv_supportsAll_6_0= 'all' )
                            // InternalItup.g:5048:7: lv_supportsAll_6_0= 'all'
                            {
                            lv_supportsAll_6_0=(Token)match(input,93,FOLLOW_91); 

                            							newLeafNode(lv_supportsAll_6_0, grammarAccess.getEnablerAccess().getSupportsAllAllKeyword_4_1_0_0());
                            						

                            							if (current==null) {
                            								current = createModelElement(grammarAccess.getEnablerRule());
                            							}
                            							setWithLastConsumed(current, "supportsAll", lv_supportsAll_6_0 != null, "all");
                            						

                            }


                            }


                            }
                            break;
                        case 2 :
                            // InternalItup.g:5061:5: ( ( ( ruleCode ) ) (otherlv_8= ',' ( ( ruleCode ) ) )* )
                            {
                            // InternalItup.g:5061:5: ( ( ( ruleCode ) ) (otherlv_8= ',' ( ( ruleCode ) ) )* )
                            // InternalItup.g:5062:6: ( ( ruleCode ) ) (otherlv_8= ',' ( ( ruleCode ) ) )*
                            {
                            // InternalItup.g:5062:6: ( ( ruleCode ) )
                            // InternalItup.g:5063:7: ( ruleCode )
                            {
                            // InternalItup.g:5063:7: ( ruleCode )
                            // InternalItup.g:5064:8: ruleCode
                            {

                            								if (current==null) {
                            									current = createModelElement(grammarAccess.getEnablerRule());
                            								}
                            							

                            								newCompositeNode(grammarAccess.getEnablerAccess().getSupportedObjectivesObjectiveCrossReference_4_1_1_0_0());
                            							
                            pushFollow(FOLLOW_92);
                            ruleCode();

                            state._fsp--;


                            								afterParserOrEnumRuleCall();
                            							

                            }


                            }

                            // InternalItup.g:5078:6: (otherlv_8= ',' ( ( ruleCode ) ) )*
                            loop93:
                            do {
                                int alt93=2;
                                int LA93_0 = input.LA(1);

                                if ( (LA93_0==18) ) {
                                    alt93=1;
                                }


                                switch (alt93) {
                            	case 1 :
                            	    // InternalItup.g:5079:7: otherlv_8= ',' ( ( ruleCode ) )
                            	    {
                            	    otherlv_8=(Token)match(input,18,FOLLOW_18); 

                            	    							newLeafNode(otherlv_8, grammarAccess.getEnablerAccess().getCommaKeyword_4_1_1_1_0());
                            	    						
                            	    // InternalItup.g:5083:7: ( ( ruleCode ) )
                            	    // InternalItup.g:5084:8: ( ruleCode )
                            	    {
                            	    // InternalItup.g:5084:8: ( ruleCode )
                            	    // InternalItup.g:5085:9: ruleCode
                            	    {

                            	    									if (current==null) {
                            	    										current = createModelElement(grammarAccess.getEnablerRule());
                            	    									}
                            	    								

                            	    									newCompositeNode(grammarAccess.getEnablerAccess().getSupportedObjectivesObjectiveCrossReference_4_1_1_1_1_0());
                            	    								
                            	    pushFollow(FOLLOW_92);
                            	    ruleCode();

                            	    state._fsp--;


                            	    									afterParserOrEnumRuleCall();
                            	    								

                            	    }


                            	    }


                            	    }
                            	    break;

                            	default :
                            	    break loop93;
                                }
                            } while (true);


                            }


                            }
                            break;

                    }


                    }
                    break;

            }

            // InternalItup.g:5103:3: ( (otherlv_10= 'activity' ( (lv_activities_11_0= RULE_STRING ) ) ) | (otherlv_12= 'contribution' ( (lv_contributions_13_0= RULE_STRING ) ) ) | (otherlv_14= 'result' ( (lv_results_15_0= RULE_STRING ) ) ) )*
            loop96:
            do {
                int alt96=4;
                switch ( input.LA(1) ) {
                case 41:
                    {
                    alt96=1;
                    }
                    break;
                case 94:
                    {
                    alt96=2;
                    }
                    break;
                case 64:
                    {
                    alt96=3;
                    }
                    break;

                }

                switch (alt96) {
            	case 1 :
            	    // InternalItup.g:5104:4: (otherlv_10= 'activity' ( (lv_activities_11_0= RULE_STRING ) ) )
            	    {
            	    // InternalItup.g:5104:4: (otherlv_10= 'activity' ( (lv_activities_11_0= RULE_STRING ) ) )
            	    // InternalItup.g:5105:5: otherlv_10= 'activity' ( (lv_activities_11_0= RULE_STRING ) )
            	    {
            	    otherlv_10=(Token)match(input,41,FOLLOW_10); 

            	    					newLeafNode(otherlv_10, grammarAccess.getEnablerAccess().getActivityKeyword_5_0_0());
            	    				
            	    // InternalItup.g:5109:5: ( (lv_activities_11_0= RULE_STRING ) )
            	    // InternalItup.g:5110:6: (lv_activities_11_0= RULE_STRING )
            	    {
            	    // InternalItup.g:5110:6: (lv_activities_11_0= RULE_STRING )
            	    // InternalItup.g:5111:7: lv_activities_11_0= RULE_STRING
            	    {
            	    lv_activities_11_0=(Token)match(input,RULE_STRING,FOLLOW_91); 

            	    							newLeafNode(lv_activities_11_0, grammarAccess.getEnablerAccess().getActivitiesSTRINGTerminalRuleCall_5_0_1_0());
            	    						

            	    							if (current==null) {
            	    								current = createModelElement(grammarAccess.getEnablerRule());
            	    							}
            	    							addWithLastConsumed(
            	    								current,
            	    								"activities",
            	    								lv_activities_11_0,
            	    								"org.eclipse.xtext.common.Terminals.STRING");
            	    						

            	    }


            	    }


            	    }


            	    }
            	    break;
            	case 2 :
            	    // InternalItup.g:5129:4: (otherlv_12= 'contribution' ( (lv_contributions_13_0= RULE_STRING ) ) )
            	    {
            	    // InternalItup.g:5129:4: (otherlv_12= 'contribution' ( (lv_contributions_13_0= RULE_STRING ) ) )
            	    // InternalItup.g:5130:5: otherlv_12= 'contribution' ( (lv_contributions_13_0= RULE_STRING ) )
            	    {
            	    otherlv_12=(Token)match(input,94,FOLLOW_10); 

            	    					newLeafNode(otherlv_12, grammarAccess.getEnablerAccess().getContributionKeyword_5_1_0());
            	    				
            	    // InternalItup.g:5134:5: ( (lv_contributions_13_0= RULE_STRING ) )
            	    // InternalItup.g:5135:6: (lv_contributions_13_0= RULE_STRING )
            	    {
            	    // InternalItup.g:5135:6: (lv_contributions_13_0= RULE_STRING )
            	    // InternalItup.g:5136:7: lv_contributions_13_0= RULE_STRING
            	    {
            	    lv_contributions_13_0=(Token)match(input,RULE_STRING,FOLLOW_91); 

            	    							newLeafNode(lv_contributions_13_0, grammarAccess.getEnablerAccess().getContributionsSTRINGTerminalRuleCall_5_1_1_0());
            	    						

            	    							if (current==null) {
            	    								current = createModelElement(grammarAccess.getEnablerRule());
            	    							}
            	    							addWithLastConsumed(
            	    								current,
            	    								"contributions",
            	    								lv_contributions_13_0,
            	    								"org.eclipse.xtext.common.Terminals.STRING");
            	    						

            	    }


            	    }


            	    }


            	    }
            	    break;
            	case 3 :
            	    // InternalItup.g:5154:4: (otherlv_14= 'result' ( (lv_results_15_0= RULE_STRING ) ) )
            	    {
            	    // InternalItup.g:5154:4: (otherlv_14= 'result' ( (lv_results_15_0= RULE_STRING ) ) )
            	    // InternalItup.g:5155:5: otherlv_14= 'result' ( (lv_results_15_0= RULE_STRING ) )
            	    {
            	    otherlv_14=(Token)match(input,64,FOLLOW_10); 

            	    					newLeafNode(otherlv_14, grammarAccess.getEnablerAccess().getResultKeyword_5_2_0());
            	    				
            	    // InternalItup.g:5159:5: ( (lv_results_15_0= RULE_STRING ) )
            	    // InternalItup.g:5160:6: (lv_results_15_0= RULE_STRING )
            	    {
            	    // InternalItup.g:5160:6: (lv_results_15_0= RULE_STRING )
            	    // InternalItup.g:5161:7: lv_results_15_0= RULE_STRING
            	    {
            	    lv_results_15_0=(Token)match(input,RULE_STRING,FOLLOW_91); 

            	    							newLeafNode(lv_results_15_0, grammarAccess.getEnablerAccess().getResultsSTRINGTerminalRuleCall_5_2_1_0());
            	    						

            	    							if (current==null) {
            	    								current = createModelElement(grammarAccess.getEnablerRule());
            	    							}
            	    							addWithLastConsumed(
            	    								current,
            	    								"results",
            	    								lv_results_15_0,
            	    								"org.eclipse.xtext.common.Terminals.STRING");
            	    						

            	    }


            	    }


            	    }


            	    }
            	    break;

            	default :
            	    break loop96;
                }
            } while (true);

            otherlv_16=(Token)match(input,28,FOLLOW_2); 

            			newLeafNode(otherlv_16, grammarAccess.getEnablerAccess().getRightCurlyBracketKeyword_6());
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleEnabler"


    // $ANTLR start "entryRuleStrategicRisk"
    // InternalItup.g:5187:1: entryRuleStrategicRisk returns [EObject current=null] : iv_ruleStrategicRisk= ruleStrategicRisk EOF ;
    public final EObject entryRuleStrategicRisk() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleStrategicRisk = null;


        try {
            // InternalItup.g:5187:54: (iv_ruleStrategicRisk= ruleStrategicRisk EOF )
            // InternalItup.g:5188:2: iv_ruleStrategicRisk= ruleStrategicRisk EOF
            {
             newCompositeNode(grammarAccess.getStrategicRiskRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleStrategicRisk=ruleStrategicRisk();

            state._fsp--;

             current =iv_ruleStrategicRisk; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleStrategicRisk"


    // $ANTLR start "ruleStrategicRisk"
    // InternalItup.g:5194:1: ruleStrategicRisk returns [EObject current=null] : (otherlv_0= 'risk' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'likelihood' ( (lv_likelihood_6_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'impact' ( (lv_impact_8_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'owner' ( (lv_owner_10_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) (otherlv_11= 'aspect' ( (lv_aspects_12_0= RULE_STRING ) ) )* ( (lv_mitigations_13_0= ruleMitigation ) )* otherlv_14= '}' ) ;
    public final EObject ruleStrategicRisk() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_title_2_0=null;
        Token otherlv_3=null;
        Token otherlv_5=null;
        Token otherlv_7=null;
        Token otherlv_9=null;
        Token lv_owner_10_0=null;
        Token otherlv_11=null;
        Token lv_aspects_12_0=null;
        Token otherlv_14=null;
        AntlrDatatypeRuleToken lv_name_1_0 = null;

        AntlrDatatypeRuleToken lv_likelihood_6_0 = null;

        AntlrDatatypeRuleToken lv_impact_8_0 = null;

        EObject lv_mitigations_13_0 = null;



        	enterRule();

        try {
            // InternalItup.g:5200:2: ( (otherlv_0= 'risk' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'likelihood' ( (lv_likelihood_6_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'impact' ( (lv_impact_8_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'owner' ( (lv_owner_10_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) (otherlv_11= 'aspect' ( (lv_aspects_12_0= RULE_STRING ) ) )* ( (lv_mitigations_13_0= ruleMitigation ) )* otherlv_14= '}' ) )
            // InternalItup.g:5201:2: (otherlv_0= 'risk' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'likelihood' ( (lv_likelihood_6_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'impact' ( (lv_impact_8_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'owner' ( (lv_owner_10_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) (otherlv_11= 'aspect' ( (lv_aspects_12_0= RULE_STRING ) ) )* ( (lv_mitigations_13_0= ruleMitigation ) )* otherlv_14= '}' )
            {
            // InternalItup.g:5201:2: (otherlv_0= 'risk' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'likelihood' ( (lv_likelihood_6_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'impact' ( (lv_impact_8_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'owner' ( (lv_owner_10_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) (otherlv_11= 'aspect' ( (lv_aspects_12_0= RULE_STRING ) ) )* ( (lv_mitigations_13_0= ruleMitigation ) )* otherlv_14= '}' )
            // InternalItup.g:5202:3: otherlv_0= 'risk' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'likelihood' ( (lv_likelihood_6_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'impact' ( (lv_impact_8_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'owner' ( (lv_owner_10_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) (otherlv_11= 'aspect' ( (lv_aspects_12_0= RULE_STRING ) ) )* ( (lv_mitigations_13_0= ruleMitigation ) )* otherlv_14= '}'
            {
            otherlv_0=(Token)match(input,21,FOLLOW_18); 

            			newLeafNode(otherlv_0, grammarAccess.getStrategicRiskAccess().getRiskKeyword_0());
            		
            // InternalItup.g:5206:3: ( (lv_name_1_0= ruleCode ) )
            // InternalItup.g:5207:4: (lv_name_1_0= ruleCode )
            {
            // InternalItup.g:5207:4: (lv_name_1_0= ruleCode )
            // InternalItup.g:5208:5: lv_name_1_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getStrategicRiskAccess().getNameCodeParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_59);
            lv_name_1_0=ruleCode();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getStrategicRiskRule());
            					}
            					set(
            						current,
            						"name",
            						lv_name_1_0,
            						"org.itup.dsl.Itup.Code");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalItup.g:5225:3: ( (lv_title_2_0= RULE_STRING ) )?
            int alt97=2;
            int LA97_0 = input.LA(1);

            if ( (LA97_0==RULE_STRING) ) {
                alt97=1;
            }
            switch (alt97) {
                case 1 :
                    // InternalItup.g:5226:4: (lv_title_2_0= RULE_STRING )
                    {
                    // InternalItup.g:5226:4: (lv_title_2_0= RULE_STRING )
                    // InternalItup.g:5227:5: lv_title_2_0= RULE_STRING
                    {
                    lv_title_2_0=(Token)match(input,RULE_STRING,FOLLOW_25); 

                    					newLeafNode(lv_title_2_0, grammarAccess.getStrategicRiskAccess().getTitleSTRINGTerminalRuleCall_2_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getStrategicRiskRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"title",
                    						lv_title_2_0,
                    						"org.eclipse.xtext.common.Terminals.STRING");
                    				

                    }


                    }
                    break;

            }

            otherlv_3=(Token)match(input,27,FOLLOW_93); 

            			newLeafNode(otherlv_3, grammarAccess.getStrategicRiskAccess().getLeftCurlyBracketKeyword_3());
            		
            // InternalItup.g:5247:3: ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'likelihood' ( (lv_likelihood_6_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'impact' ( (lv_impact_8_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'owner' ( (lv_owner_10_0= RULE_STRING ) ) ) ) ) ) )* ) ) )
            // InternalItup.g:5248:4: ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'likelihood' ( (lv_likelihood_6_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'impact' ( (lv_impact_8_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'owner' ( (lv_owner_10_0= RULE_STRING ) ) ) ) ) ) )* ) )
            {
            // InternalItup.g:5248:4: ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'likelihood' ( (lv_likelihood_6_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'impact' ( (lv_impact_8_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'owner' ( (lv_owner_10_0= RULE_STRING ) ) ) ) ) ) )* ) )
            // InternalItup.g:5249:5: ( ( ({...}? => ( ({...}? => (otherlv_5= 'likelihood' ( (lv_likelihood_6_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'impact' ( (lv_impact_8_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'owner' ( (lv_owner_10_0= RULE_STRING ) ) ) ) ) ) )* )
            {
             
            				  getUnorderedGroupHelper().enter(grammarAccess.getStrategicRiskAccess().getUnorderedGroup_4());
            				
            // InternalItup.g:5252:5: ( ( ({...}? => ( ({...}? => (otherlv_5= 'likelihood' ( (lv_likelihood_6_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'impact' ( (lv_impact_8_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'owner' ( (lv_owner_10_0= RULE_STRING ) ) ) ) ) ) )* )
            // InternalItup.g:5253:6: ( ({...}? => ( ({...}? => (otherlv_5= 'likelihood' ( (lv_likelihood_6_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'impact' ( (lv_impact_8_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'owner' ( (lv_owner_10_0= RULE_STRING ) ) ) ) ) ) )*
            {
            // InternalItup.g:5253:6: ( ({...}? => ( ({...}? => (otherlv_5= 'likelihood' ( (lv_likelihood_6_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'impact' ( (lv_impact_8_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'owner' ( (lv_owner_10_0= RULE_STRING ) ) ) ) ) ) )*
            loop98:
            do {
                int alt98=4;
                int LA98_0 = input.LA(1);

                if ( LA98_0 == 95 && getUnorderedGroupHelper().canSelect(grammarAccess.getStrategicRiskAccess().getUnorderedGroup_4(), 0) ) {
                    alt98=1;
                }
                else if ( LA98_0 == 96 && getUnorderedGroupHelper().canSelect(grammarAccess.getStrategicRiskAccess().getUnorderedGroup_4(), 1) ) {
                    alt98=2;
                }
                else if ( LA98_0 == 97 && getUnorderedGroupHelper().canSelect(grammarAccess.getStrategicRiskAccess().getUnorderedGroup_4(), 2) ) {
                    alt98=3;
                }


                switch (alt98) {
            	case 1 :
            	    // InternalItup.g:5254:4: ({...}? => ( ({...}? => (otherlv_5= 'likelihood' ( (lv_likelihood_6_0= ruleCode ) ) ) ) ) )
            	    {
            	    // InternalItup.g:5254:4: ({...}? => ( ({...}? => (otherlv_5= 'likelihood' ( (lv_likelihood_6_0= ruleCode ) ) ) ) ) )
            	    // InternalItup.g:5255:5: {...}? => ( ({...}? => (otherlv_5= 'likelihood' ( (lv_likelihood_6_0= ruleCode ) ) ) ) )
            	    {
            	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getStrategicRiskAccess().getUnorderedGroup_4(), 0) ) {
            	        throw new FailedPredicateException(input, "ruleStrategicRisk", "getUnorderedGroupHelper().canSelect(grammarAccess.getStrategicRiskAccess().getUnorderedGroup_4(), 0)");
            	    }
            	    // InternalItup.g:5255:110: ( ({...}? => (otherlv_5= 'likelihood' ( (lv_likelihood_6_0= ruleCode ) ) ) ) )
            	    // InternalItup.g:5256:6: ({...}? => (otherlv_5= 'likelihood' ( (lv_likelihood_6_0= ruleCode ) ) ) )
            	    {

            	    						getUnorderedGroupHelper().select(grammarAccess.getStrategicRiskAccess().getUnorderedGroup_4(), 0);
            	    					
            	    // InternalItup.g:5259:9: ({...}? => (otherlv_5= 'likelihood' ( (lv_likelihood_6_0= ruleCode ) ) ) )
            	    // InternalItup.g:5259:10: {...}? => (otherlv_5= 'likelihood' ( (lv_likelihood_6_0= ruleCode ) ) )
            	    {
            	    if ( !((true)) ) {
            	        throw new FailedPredicateException(input, "ruleStrategicRisk", "true");
            	    }
            	    // InternalItup.g:5259:19: (otherlv_5= 'likelihood' ( (lv_likelihood_6_0= ruleCode ) ) )
            	    // InternalItup.g:5259:20: otherlv_5= 'likelihood' ( (lv_likelihood_6_0= ruleCode ) )
            	    {
            	    otherlv_5=(Token)match(input,95,FOLLOW_18); 

            	    									newLeafNode(otherlv_5, grammarAccess.getStrategicRiskAccess().getLikelihoodKeyword_4_0_0());
            	    								
            	    // InternalItup.g:5263:9: ( (lv_likelihood_6_0= ruleCode ) )
            	    // InternalItup.g:5264:10: (lv_likelihood_6_0= ruleCode )
            	    {
            	    // InternalItup.g:5264:10: (lv_likelihood_6_0= ruleCode )
            	    // InternalItup.g:5265:11: lv_likelihood_6_0= ruleCode
            	    {

            	    											newCompositeNode(grammarAccess.getStrategicRiskAccess().getLikelihoodCodeParserRuleCall_4_0_1_0());
            	    										
            	    pushFollow(FOLLOW_93);
            	    lv_likelihood_6_0=ruleCode();

            	    state._fsp--;


            	    											if (current==null) {
            	    												current = createModelElementForParent(grammarAccess.getStrategicRiskRule());
            	    											}
            	    											set(
            	    												current,
            	    												"likelihood",
            	    												lv_likelihood_6_0,
            	    												"org.itup.dsl.Itup.Code");
            	    											afterParserOrEnumRuleCall();
            	    										

            	    }


            	    }


            	    }


            	    }

            	     
            	    						getUnorderedGroupHelper().returnFromSelection(grammarAccess.getStrategicRiskAccess().getUnorderedGroup_4());
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 2 :
            	    // InternalItup.g:5288:4: ({...}? => ( ({...}? => (otherlv_7= 'impact' ( (lv_impact_8_0= ruleCode ) ) ) ) ) )
            	    {
            	    // InternalItup.g:5288:4: ({...}? => ( ({...}? => (otherlv_7= 'impact' ( (lv_impact_8_0= ruleCode ) ) ) ) ) )
            	    // InternalItup.g:5289:5: {...}? => ( ({...}? => (otherlv_7= 'impact' ( (lv_impact_8_0= ruleCode ) ) ) ) )
            	    {
            	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getStrategicRiskAccess().getUnorderedGroup_4(), 1) ) {
            	        throw new FailedPredicateException(input, "ruleStrategicRisk", "getUnorderedGroupHelper().canSelect(grammarAccess.getStrategicRiskAccess().getUnorderedGroup_4(), 1)");
            	    }
            	    // InternalItup.g:5289:110: ( ({...}? => (otherlv_7= 'impact' ( (lv_impact_8_0= ruleCode ) ) ) ) )
            	    // InternalItup.g:5290:6: ({...}? => (otherlv_7= 'impact' ( (lv_impact_8_0= ruleCode ) ) ) )
            	    {

            	    						getUnorderedGroupHelper().select(grammarAccess.getStrategicRiskAccess().getUnorderedGroup_4(), 1);
            	    					
            	    // InternalItup.g:5293:9: ({...}? => (otherlv_7= 'impact' ( (lv_impact_8_0= ruleCode ) ) ) )
            	    // InternalItup.g:5293:10: {...}? => (otherlv_7= 'impact' ( (lv_impact_8_0= ruleCode ) ) )
            	    {
            	    if ( !((true)) ) {
            	        throw new FailedPredicateException(input, "ruleStrategicRisk", "true");
            	    }
            	    // InternalItup.g:5293:19: (otherlv_7= 'impact' ( (lv_impact_8_0= ruleCode ) ) )
            	    // InternalItup.g:5293:20: otherlv_7= 'impact' ( (lv_impact_8_0= ruleCode ) )
            	    {
            	    otherlv_7=(Token)match(input,96,FOLLOW_18); 

            	    									newLeafNode(otherlv_7, grammarAccess.getStrategicRiskAccess().getImpactKeyword_4_1_0());
            	    								
            	    // InternalItup.g:5297:9: ( (lv_impact_8_0= ruleCode ) )
            	    // InternalItup.g:5298:10: (lv_impact_8_0= ruleCode )
            	    {
            	    // InternalItup.g:5298:10: (lv_impact_8_0= ruleCode )
            	    // InternalItup.g:5299:11: lv_impact_8_0= ruleCode
            	    {

            	    											newCompositeNode(grammarAccess.getStrategicRiskAccess().getImpactCodeParserRuleCall_4_1_1_0());
            	    										
            	    pushFollow(FOLLOW_93);
            	    lv_impact_8_0=ruleCode();

            	    state._fsp--;


            	    											if (current==null) {
            	    												current = createModelElementForParent(grammarAccess.getStrategicRiskRule());
            	    											}
            	    											set(
            	    												current,
            	    												"impact",
            	    												lv_impact_8_0,
            	    												"org.itup.dsl.Itup.Code");
            	    											afterParserOrEnumRuleCall();
            	    										

            	    }


            	    }


            	    }


            	    }

            	     
            	    						getUnorderedGroupHelper().returnFromSelection(grammarAccess.getStrategicRiskAccess().getUnorderedGroup_4());
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 3 :
            	    // InternalItup.g:5322:4: ({...}? => ( ({...}? => (otherlv_9= 'owner' ( (lv_owner_10_0= RULE_STRING ) ) ) ) ) )
            	    {
            	    // InternalItup.g:5322:4: ({...}? => ( ({...}? => (otherlv_9= 'owner' ( (lv_owner_10_0= RULE_STRING ) ) ) ) ) )
            	    // InternalItup.g:5323:5: {...}? => ( ({...}? => (otherlv_9= 'owner' ( (lv_owner_10_0= RULE_STRING ) ) ) ) )
            	    {
            	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getStrategicRiskAccess().getUnorderedGroup_4(), 2) ) {
            	        throw new FailedPredicateException(input, "ruleStrategicRisk", "getUnorderedGroupHelper().canSelect(grammarAccess.getStrategicRiskAccess().getUnorderedGroup_4(), 2)");
            	    }
            	    // InternalItup.g:5323:110: ( ({...}? => (otherlv_9= 'owner' ( (lv_owner_10_0= RULE_STRING ) ) ) ) )
            	    // InternalItup.g:5324:6: ({...}? => (otherlv_9= 'owner' ( (lv_owner_10_0= RULE_STRING ) ) ) )
            	    {

            	    						getUnorderedGroupHelper().select(grammarAccess.getStrategicRiskAccess().getUnorderedGroup_4(), 2);
            	    					
            	    // InternalItup.g:5327:9: ({...}? => (otherlv_9= 'owner' ( (lv_owner_10_0= RULE_STRING ) ) ) )
            	    // InternalItup.g:5327:10: {...}? => (otherlv_9= 'owner' ( (lv_owner_10_0= RULE_STRING ) ) )
            	    {
            	    if ( !((true)) ) {
            	        throw new FailedPredicateException(input, "ruleStrategicRisk", "true");
            	    }
            	    // InternalItup.g:5327:19: (otherlv_9= 'owner' ( (lv_owner_10_0= RULE_STRING ) ) )
            	    // InternalItup.g:5327:20: otherlv_9= 'owner' ( (lv_owner_10_0= RULE_STRING ) )
            	    {
            	    otherlv_9=(Token)match(input,97,FOLLOW_10); 

            	    									newLeafNode(otherlv_9, grammarAccess.getStrategicRiskAccess().getOwnerKeyword_4_2_0());
            	    								
            	    // InternalItup.g:5331:9: ( (lv_owner_10_0= RULE_STRING ) )
            	    // InternalItup.g:5332:10: (lv_owner_10_0= RULE_STRING )
            	    {
            	    // InternalItup.g:5332:10: (lv_owner_10_0= RULE_STRING )
            	    // InternalItup.g:5333:11: lv_owner_10_0= RULE_STRING
            	    {
            	    lv_owner_10_0=(Token)match(input,RULE_STRING,FOLLOW_93); 

            	    											newLeafNode(lv_owner_10_0, grammarAccess.getStrategicRiskAccess().getOwnerSTRINGTerminalRuleCall_4_2_1_0());
            	    										

            	    											if (current==null) {
            	    												current = createModelElement(grammarAccess.getStrategicRiskRule());
            	    											}
            	    											setWithLastConsumed(
            	    												current,
            	    												"owner",
            	    												lv_owner_10_0,
            	    												"org.eclipse.xtext.common.Terminals.STRING");
            	    										

            	    }


            	    }


            	    }


            	    }

            	     
            	    						getUnorderedGroupHelper().returnFromSelection(grammarAccess.getStrategicRiskAccess().getUnorderedGroup_4());
            	    					

            	    }


            	    }


            	    }
            	    break;

            	default :
            	    break loop98;
                }
            } while (true);


            }


            }

             
            				  getUnorderedGroupHelper().leave(grammarAccess.getStrategicRiskAccess().getUnorderedGroup_4());
            				

            }

            // InternalItup.g:5362:3: (otherlv_11= 'aspect' ( (lv_aspects_12_0= RULE_STRING ) ) )*
            loop99:
            do {
                int alt99=2;
                int LA99_0 = input.LA(1);

                if ( (LA99_0==98) ) {
                    alt99=1;
                }


                switch (alt99) {
            	case 1 :
            	    // InternalItup.g:5363:4: otherlv_11= 'aspect' ( (lv_aspects_12_0= RULE_STRING ) )
            	    {
            	    otherlv_11=(Token)match(input,98,FOLLOW_10); 

            	    				newLeafNode(otherlv_11, grammarAccess.getStrategicRiskAccess().getAspectKeyword_5_0());
            	    			
            	    // InternalItup.g:5367:4: ( (lv_aspects_12_0= RULE_STRING ) )
            	    // InternalItup.g:5368:5: (lv_aspects_12_0= RULE_STRING )
            	    {
            	    // InternalItup.g:5368:5: (lv_aspects_12_0= RULE_STRING )
            	    // InternalItup.g:5369:6: lv_aspects_12_0= RULE_STRING
            	    {
            	    lv_aspects_12_0=(Token)match(input,RULE_STRING,FOLLOW_94); 

            	    						newLeafNode(lv_aspects_12_0, grammarAccess.getStrategicRiskAccess().getAspectsSTRINGTerminalRuleCall_5_1_0());
            	    					

            	    						if (current==null) {
            	    							current = createModelElement(grammarAccess.getStrategicRiskRule());
            	    						}
            	    						addWithLastConsumed(
            	    							current,
            	    							"aspects",
            	    							lv_aspects_12_0,
            	    							"org.eclipse.xtext.common.Terminals.STRING");
            	    					

            	    }


            	    }


            	    }
            	    break;

            	default :
            	    break loop99;
                }
            } while (true);

            // InternalItup.g:5386:3: ( (lv_mitigations_13_0= ruleMitigation ) )*
            loop100:
            do {
                int alt100=2;
                int LA100_0 = input.LA(1);

                if ( (LA100_0==99) ) {
                    alt100=1;
                }


                switch (alt100) {
            	case 1 :
            	    // InternalItup.g:5387:4: (lv_mitigations_13_0= ruleMitigation )
            	    {
            	    // InternalItup.g:5387:4: (lv_mitigations_13_0= ruleMitigation )
            	    // InternalItup.g:5388:5: lv_mitigations_13_0= ruleMitigation
            	    {

            	    					newCompositeNode(grammarAccess.getStrategicRiskAccess().getMitigationsMitigationParserRuleCall_6_0());
            	    				
            	    pushFollow(FOLLOW_95);
            	    lv_mitigations_13_0=ruleMitigation();

            	    state._fsp--;


            	    					if (current==null) {
            	    						current = createModelElementForParent(grammarAccess.getStrategicRiskRule());
            	    					}
            	    					add(
            	    						current,
            	    						"mitigations",
            	    						lv_mitigations_13_0,
            	    						"org.itup.dsl.Itup.Mitigation");
            	    					afterParserOrEnumRuleCall();
            	    				

            	    }


            	    }
            	    break;

            	default :
            	    break loop100;
                }
            } while (true);

            otherlv_14=(Token)match(input,28,FOLLOW_2); 

            			newLeafNode(otherlv_14, grammarAccess.getStrategicRiskAccess().getRightCurlyBracketKeyword_7());
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleStrategicRisk"


    // $ANTLR start "entryRuleMitigation"
    // InternalItup.g:5413:1: entryRuleMitigation returns [EObject current=null] : iv_ruleMitigation= ruleMitigation EOF ;
    public final EObject entryRuleMitigation() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleMitigation = null;


        try {
            // InternalItup.g:5413:51: (iv_ruleMitigation= ruleMitigation EOF )
            // InternalItup.g:5414:2: iv_ruleMitigation= ruleMitigation EOF
            {
             newCompositeNode(grammarAccess.getMitigationRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleMitigation=ruleMitigation();

            state._fsp--;

             current =iv_ruleMitigation; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleMitigation"


    // $ANTLR start "ruleMitigation"
    // InternalItup.g:5420:1: ruleMitigation returns [EObject current=null] : (otherlv_0= 'mitigation' ( (lv_treatment_1_0= ruleRiskTreatment ) )? ( (lv_statement_2_0= RULE_STRING ) ) ) ;
    public final EObject ruleMitigation() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_statement_2_0=null;
        Enumerator lv_treatment_1_0 = null;



        	enterRule();

        try {
            // InternalItup.g:5426:2: ( (otherlv_0= 'mitigation' ( (lv_treatment_1_0= ruleRiskTreatment ) )? ( (lv_statement_2_0= RULE_STRING ) ) ) )
            // InternalItup.g:5427:2: (otherlv_0= 'mitigation' ( (lv_treatment_1_0= ruleRiskTreatment ) )? ( (lv_statement_2_0= RULE_STRING ) ) )
            {
            // InternalItup.g:5427:2: (otherlv_0= 'mitigation' ( (lv_treatment_1_0= ruleRiskTreatment ) )? ( (lv_statement_2_0= RULE_STRING ) ) )
            // InternalItup.g:5428:3: otherlv_0= 'mitigation' ( (lv_treatment_1_0= ruleRiskTreatment ) )? ( (lv_statement_2_0= RULE_STRING ) )
            {
            otherlv_0=(Token)match(input,99,FOLLOW_96); 

            			newLeafNode(otherlv_0, grammarAccess.getMitigationAccess().getMitigationKeyword_0());
            		
            // InternalItup.g:5432:3: ( (lv_treatment_1_0= ruleRiskTreatment ) )?
            int alt101=2;
            int LA101_0 = input.LA(1);

            if ( ((LA101_0>=120 && LA101_0<=123)) ) {
                alt101=1;
            }
            switch (alt101) {
                case 1 :
                    // InternalItup.g:5433:4: (lv_treatment_1_0= ruleRiskTreatment )
                    {
                    // InternalItup.g:5433:4: (lv_treatment_1_0= ruleRiskTreatment )
                    // InternalItup.g:5434:5: lv_treatment_1_0= ruleRiskTreatment
                    {

                    					newCompositeNode(grammarAccess.getMitigationAccess().getTreatmentRiskTreatmentEnumRuleCall_1_0());
                    				
                    pushFollow(FOLLOW_10);
                    lv_treatment_1_0=ruleRiskTreatment();

                    state._fsp--;


                    					if (current==null) {
                    						current = createModelElementForParent(grammarAccess.getMitigationRule());
                    					}
                    					set(
                    						current,
                    						"treatment",
                    						lv_treatment_1_0,
                    						"org.itup.dsl.Itup.RiskTreatment");
                    					afterParserOrEnumRuleCall();
                    				

                    }


                    }
                    break;

            }

            // InternalItup.g:5451:3: ( (lv_statement_2_0= RULE_STRING ) )
            // InternalItup.g:5452:4: (lv_statement_2_0= RULE_STRING )
            {
            // InternalItup.g:5452:4: (lv_statement_2_0= RULE_STRING )
            // InternalItup.g:5453:5: lv_statement_2_0= RULE_STRING
            {
            lv_statement_2_0=(Token)match(input,RULE_STRING,FOLLOW_2); 

            					newLeafNode(lv_statement_2_0, grammarAccess.getMitigationAccess().getStatementSTRINGTerminalRuleCall_2_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getMitigationRule());
            					}
            					setWithLastConsumed(
            						current,
            						"statement",
            						lv_statement_2_0,
            						"org.eclipse.xtext.common.Terminals.STRING");
            				

            }


            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleMitigation"


    // $ANTLR start "entryRuleSwotItem"
    // InternalItup.g:5473:1: entryRuleSwotItem returns [EObject current=null] : iv_ruleSwotItem= ruleSwotItem EOF ;
    public final EObject entryRuleSwotItem() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleSwotItem = null;


        try {
            // InternalItup.g:5473:49: (iv_ruleSwotItem= ruleSwotItem EOF )
            // InternalItup.g:5474:2: iv_ruleSwotItem= ruleSwotItem EOF
            {
             newCompositeNode(grammarAccess.getSwotItemRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleSwotItem=ruleSwotItem();

            state._fsp--;

             current =iv_ruleSwotItem; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleSwotItem"


    // $ANTLR start "ruleSwotItem"
    // InternalItup.g:5480:1: ruleSwotItem returns [EObject current=null] : ( ( (lv_kind_0_0= ruleSwotKind ) ) ( (lv_statement_1_0= RULE_STRING ) ) ) ;
    public final EObject ruleSwotItem() throws RecognitionException {
        EObject current = null;

        Token lv_statement_1_0=null;
        Enumerator lv_kind_0_0 = null;



        	enterRule();

        try {
            // InternalItup.g:5486:2: ( ( ( (lv_kind_0_0= ruleSwotKind ) ) ( (lv_statement_1_0= RULE_STRING ) ) ) )
            // InternalItup.g:5487:2: ( ( (lv_kind_0_0= ruleSwotKind ) ) ( (lv_statement_1_0= RULE_STRING ) ) )
            {
            // InternalItup.g:5487:2: ( ( (lv_kind_0_0= ruleSwotKind ) ) ( (lv_statement_1_0= RULE_STRING ) ) )
            // InternalItup.g:5488:3: ( (lv_kind_0_0= ruleSwotKind ) ) ( (lv_statement_1_0= RULE_STRING ) )
            {
            // InternalItup.g:5488:3: ( (lv_kind_0_0= ruleSwotKind ) )
            // InternalItup.g:5489:4: (lv_kind_0_0= ruleSwotKind )
            {
            // InternalItup.g:5489:4: (lv_kind_0_0= ruleSwotKind )
            // InternalItup.g:5490:5: lv_kind_0_0= ruleSwotKind
            {

            					newCompositeNode(grammarAccess.getSwotItemAccess().getKindSwotKindEnumRuleCall_0_0());
            				
            pushFollow(FOLLOW_10);
            lv_kind_0_0=ruleSwotKind();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getSwotItemRule());
            					}
            					set(
            						current,
            						"kind",
            						lv_kind_0_0,
            						"org.itup.dsl.Itup.SwotKind");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalItup.g:5507:3: ( (lv_statement_1_0= RULE_STRING ) )
            // InternalItup.g:5508:4: (lv_statement_1_0= RULE_STRING )
            {
            // InternalItup.g:5508:4: (lv_statement_1_0= RULE_STRING )
            // InternalItup.g:5509:5: lv_statement_1_0= RULE_STRING
            {
            lv_statement_1_0=(Token)match(input,RULE_STRING,FOLLOW_2); 

            					newLeafNode(lv_statement_1_0, grammarAccess.getSwotItemAccess().getStatementSTRINGTerminalRuleCall_1_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getSwotItemRule());
            					}
            					setWithLastConsumed(
            						current,
            						"statement",
            						lv_statement_1_0,
            						"org.eclipse.xtext.common.Terminals.STRING");
            				

            }


            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleSwotItem"


    // $ANTLR start "entryRuleImplementationCriterion"
    // InternalItup.g:5529:1: entryRuleImplementationCriterion returns [EObject current=null] : iv_ruleImplementationCriterion= ruleImplementationCriterion EOF ;
    public final EObject entryRuleImplementationCriterion() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleImplementationCriterion = null;


        try {
            // InternalItup.g:5529:64: (iv_ruleImplementationCriterion= ruleImplementationCriterion EOF )
            // InternalItup.g:5530:2: iv_ruleImplementationCriterion= ruleImplementationCriterion EOF
            {
             newCompositeNode(grammarAccess.getImplementationCriterionRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleImplementationCriterion=ruleImplementationCriterion();

            state._fsp--;

             current =iv_ruleImplementationCriterion; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleImplementationCriterion"


    // $ANTLR start "ruleImplementationCriterion"
    // InternalItup.g:5536:1: ruleImplementationCriterion returns [EObject current=null] : (otherlv_0= 'criterion' ( (lv_title_1_0= RULE_STRING ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( (lv_criteria_4_0= ruleImplementationCriterion ) )* otherlv_5= '}' )? ) ;
    public final EObject ruleImplementationCriterion() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_title_1_0=null;
        Token lv_statement_2_0=null;
        Token otherlv_3=null;
        Token otherlv_5=null;
        EObject lv_criteria_4_0 = null;



        	enterRule();

        try {
            // InternalItup.g:5542:2: ( (otherlv_0= 'criterion' ( (lv_title_1_0= RULE_STRING ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( (lv_criteria_4_0= ruleImplementationCriterion ) )* otherlv_5= '}' )? ) )
            // InternalItup.g:5543:2: (otherlv_0= 'criterion' ( (lv_title_1_0= RULE_STRING ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( (lv_criteria_4_0= ruleImplementationCriterion ) )* otherlv_5= '}' )? )
            {
            // InternalItup.g:5543:2: (otherlv_0= 'criterion' ( (lv_title_1_0= RULE_STRING ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( (lv_criteria_4_0= ruleImplementationCriterion ) )* otherlv_5= '}' )? )
            // InternalItup.g:5544:3: otherlv_0= 'criterion' ( (lv_title_1_0= RULE_STRING ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( (lv_criteria_4_0= ruleImplementationCriterion ) )* otherlv_5= '}' )?
            {
            otherlv_0=(Token)match(input,100,FOLLOW_10); 

            			newLeafNode(otherlv_0, grammarAccess.getImplementationCriterionAccess().getCriterionKeyword_0());
            		
            // InternalItup.g:5548:3: ( (lv_title_1_0= RULE_STRING ) )
            // InternalItup.g:5549:4: (lv_title_1_0= RULE_STRING )
            {
            // InternalItup.g:5549:4: (lv_title_1_0= RULE_STRING )
            // InternalItup.g:5550:5: lv_title_1_0= RULE_STRING
            {
            lv_title_1_0=(Token)match(input,RULE_STRING,FOLLOW_65); 

            					newLeafNode(lv_title_1_0, grammarAccess.getImplementationCriterionAccess().getTitleSTRINGTerminalRuleCall_1_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getImplementationCriterionRule());
            					}
            					setWithLastConsumed(
            						current,
            						"title",
            						lv_title_1_0,
            						"org.eclipse.xtext.common.Terminals.STRING");
            				

            }


            }

            // InternalItup.g:5566:3: ( (lv_statement_2_0= RULE_STRING ) )?
            int alt102=2;
            int LA102_0 = input.LA(1);

            if ( (LA102_0==RULE_STRING) ) {
                alt102=1;
            }
            switch (alt102) {
                case 1 :
                    // InternalItup.g:5567:4: (lv_statement_2_0= RULE_STRING )
                    {
                    // InternalItup.g:5567:4: (lv_statement_2_0= RULE_STRING )
                    // InternalItup.g:5568:5: lv_statement_2_0= RULE_STRING
                    {
                    lv_statement_2_0=(Token)match(input,RULE_STRING,FOLLOW_66); 

                    					newLeafNode(lv_statement_2_0, grammarAccess.getImplementationCriterionAccess().getStatementSTRINGTerminalRuleCall_2_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getImplementationCriterionRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"statement",
                    						lv_statement_2_0,
                    						"org.eclipse.xtext.common.Terminals.STRING");
                    				

                    }


                    }
                    break;

            }

            // InternalItup.g:5584:3: (otherlv_3= '{' ( (lv_criteria_4_0= ruleImplementationCriterion ) )* otherlv_5= '}' )?
            int alt104=2;
            int LA104_0 = input.LA(1);

            if ( (LA104_0==27) ) {
                alt104=1;
            }
            switch (alt104) {
                case 1 :
                    // InternalItup.g:5585:4: otherlv_3= '{' ( (lv_criteria_4_0= ruleImplementationCriterion ) )* otherlv_5= '}'
                    {
                    otherlv_3=(Token)match(input,27,FOLLOW_97); 

                    				newLeafNode(otherlv_3, grammarAccess.getImplementationCriterionAccess().getLeftCurlyBracketKeyword_3_0());
                    			
                    // InternalItup.g:5589:4: ( (lv_criteria_4_0= ruleImplementationCriterion ) )*
                    loop103:
                    do {
                        int alt103=2;
                        int LA103_0 = input.LA(1);

                        if ( (LA103_0==100) ) {
                            alt103=1;
                        }


                        switch (alt103) {
                    	case 1 :
                    	    // InternalItup.g:5590:5: (lv_criteria_4_0= ruleImplementationCriterion )
                    	    {
                    	    // InternalItup.g:5590:5: (lv_criteria_4_0= ruleImplementationCriterion )
                    	    // InternalItup.g:5591:6: lv_criteria_4_0= ruleImplementationCriterion
                    	    {

                    	    						newCompositeNode(grammarAccess.getImplementationCriterionAccess().getCriteriaImplementationCriterionParserRuleCall_3_1_0());
                    	    					
                    	    pushFollow(FOLLOW_97);
                    	    lv_criteria_4_0=ruleImplementationCriterion();

                    	    state._fsp--;


                    	    						if (current==null) {
                    	    							current = createModelElementForParent(grammarAccess.getImplementationCriterionRule());
                    	    						}
                    	    						add(
                    	    							current,
                    	    							"criteria",
                    	    							lv_criteria_4_0,
                    	    							"org.itup.dsl.Itup.ImplementationCriterion");
                    	    						afterParserOrEnumRuleCall();
                    	    					

                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop103;
                        }
                    } while (true);

                    otherlv_5=(Token)match(input,28,FOLLOW_2); 

                    				newLeafNode(otherlv_5, grammarAccess.getImplementationCriterionAccess().getRightCurlyBracketKeyword_3_2());
                    			

                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleImplementationCriterion"


    // $ANTLR start "entryRuleGlossaryTerm"
    // InternalItup.g:5617:1: entryRuleGlossaryTerm returns [EObject current=null] : iv_ruleGlossaryTerm= ruleGlossaryTerm EOF ;
    public final EObject entryRuleGlossaryTerm() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleGlossaryTerm = null;


        try {
            // InternalItup.g:5617:53: (iv_ruleGlossaryTerm= ruleGlossaryTerm EOF )
            // InternalItup.g:5618:2: iv_ruleGlossaryTerm= ruleGlossaryTerm EOF
            {
             newCompositeNode(grammarAccess.getGlossaryTermRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleGlossaryTerm=ruleGlossaryTerm();

            state._fsp--;

             current =iv_ruleGlossaryTerm; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleGlossaryTerm"


    // $ANTLR start "ruleGlossaryTerm"
    // InternalItup.g:5624:1: ruleGlossaryTerm returns [EObject current=null] : (otherlv_0= 'term' ( (lv_term_1_0= RULE_STRING ) ) otherlv_2= '{' (otherlv_3= 'definition' ( (lv_definition_4_0= RULE_STRING ) ) )? ( (lv_translations_5_0= ruleTranslation ) )* otherlv_6= '}' ) ;
    public final EObject ruleGlossaryTerm() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_term_1_0=null;
        Token otherlv_2=null;
        Token otherlv_3=null;
        Token lv_definition_4_0=null;
        Token otherlv_6=null;
        EObject lv_translations_5_0 = null;



        	enterRule();

        try {
            // InternalItup.g:5630:2: ( (otherlv_0= 'term' ( (lv_term_1_0= RULE_STRING ) ) otherlv_2= '{' (otherlv_3= 'definition' ( (lv_definition_4_0= RULE_STRING ) ) )? ( (lv_translations_5_0= ruleTranslation ) )* otherlv_6= '}' ) )
            // InternalItup.g:5631:2: (otherlv_0= 'term' ( (lv_term_1_0= RULE_STRING ) ) otherlv_2= '{' (otherlv_3= 'definition' ( (lv_definition_4_0= RULE_STRING ) ) )? ( (lv_translations_5_0= ruleTranslation ) )* otherlv_6= '}' )
            {
            // InternalItup.g:5631:2: (otherlv_0= 'term' ( (lv_term_1_0= RULE_STRING ) ) otherlv_2= '{' (otherlv_3= 'definition' ( (lv_definition_4_0= RULE_STRING ) ) )? ( (lv_translations_5_0= ruleTranslation ) )* otherlv_6= '}' )
            // InternalItup.g:5632:3: otherlv_0= 'term' ( (lv_term_1_0= RULE_STRING ) ) otherlv_2= '{' (otherlv_3= 'definition' ( (lv_definition_4_0= RULE_STRING ) ) )? ( (lv_translations_5_0= ruleTranslation ) )* otherlv_6= '}'
            {
            otherlv_0=(Token)match(input,101,FOLLOW_10); 

            			newLeafNode(otherlv_0, grammarAccess.getGlossaryTermAccess().getTermKeyword_0());
            		
            // InternalItup.g:5636:3: ( (lv_term_1_0= RULE_STRING ) )
            // InternalItup.g:5637:4: (lv_term_1_0= RULE_STRING )
            {
            // InternalItup.g:5637:4: (lv_term_1_0= RULE_STRING )
            // InternalItup.g:5638:5: lv_term_1_0= RULE_STRING
            {
            lv_term_1_0=(Token)match(input,RULE_STRING,FOLLOW_25); 

            					newLeafNode(lv_term_1_0, grammarAccess.getGlossaryTermAccess().getTermSTRINGTerminalRuleCall_1_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getGlossaryTermRule());
            					}
            					setWithLastConsumed(
            						current,
            						"term",
            						lv_term_1_0,
            						"org.eclipse.xtext.common.Terminals.STRING");
            				

            }


            }

            otherlv_2=(Token)match(input,27,FOLLOW_98); 

            			newLeafNode(otherlv_2, grammarAccess.getGlossaryTermAccess().getLeftCurlyBracketKeyword_2());
            		
            // InternalItup.g:5658:3: (otherlv_3= 'definition' ( (lv_definition_4_0= RULE_STRING ) ) )?
            int alt105=2;
            int LA105_0 = input.LA(1);

            if ( (LA105_0==102) ) {
                alt105=1;
            }
            switch (alt105) {
                case 1 :
                    // InternalItup.g:5659:4: otherlv_3= 'definition' ( (lv_definition_4_0= RULE_STRING ) )
                    {
                    otherlv_3=(Token)match(input,102,FOLLOW_10); 

                    				newLeafNode(otherlv_3, grammarAccess.getGlossaryTermAccess().getDefinitionKeyword_3_0());
                    			
                    // InternalItup.g:5663:4: ( (lv_definition_4_0= RULE_STRING ) )
                    // InternalItup.g:5664:5: (lv_definition_4_0= RULE_STRING )
                    {
                    // InternalItup.g:5664:5: (lv_definition_4_0= RULE_STRING )
                    // InternalItup.g:5665:6: lv_definition_4_0= RULE_STRING
                    {
                    lv_definition_4_0=(Token)match(input,RULE_STRING,FOLLOW_99); 

                    						newLeafNode(lv_definition_4_0, grammarAccess.getGlossaryTermAccess().getDefinitionSTRINGTerminalRuleCall_3_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getGlossaryTermRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"definition",
                    							lv_definition_4_0,
                    							"org.eclipse.xtext.common.Terminals.STRING");
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalItup.g:5682:3: ( (lv_translations_5_0= ruleTranslation ) )*
            loop106:
            do {
                int alt106=2;
                int LA106_0 = input.LA(1);

                if ( (LA106_0==RULE_ID) ) {
                    alt106=1;
                }


                switch (alt106) {
            	case 1 :
            	    // InternalItup.g:5683:4: (lv_translations_5_0= ruleTranslation )
            	    {
            	    // InternalItup.g:5683:4: (lv_translations_5_0= ruleTranslation )
            	    // InternalItup.g:5684:5: lv_translations_5_0= ruleTranslation
            	    {

            	    					newCompositeNode(grammarAccess.getGlossaryTermAccess().getTranslationsTranslationParserRuleCall_4_0());
            	    				
            	    pushFollow(FOLLOW_99);
            	    lv_translations_5_0=ruleTranslation();

            	    state._fsp--;


            	    					if (current==null) {
            	    						current = createModelElementForParent(grammarAccess.getGlossaryTermRule());
            	    					}
            	    					add(
            	    						current,
            	    						"translations",
            	    						lv_translations_5_0,
            	    						"org.itup.dsl.Itup.Translation");
            	    					afterParserOrEnumRuleCall();
            	    				

            	    }


            	    }
            	    break;

            	default :
            	    break loop106;
                }
            } while (true);

            otherlv_6=(Token)match(input,28,FOLLOW_2); 

            			newLeafNode(otherlv_6, grammarAccess.getGlossaryTermAccess().getRightCurlyBracketKeyword_5());
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleGlossaryTerm"


    // $ANTLR start "entryRuleTranslation"
    // InternalItup.g:5709:1: entryRuleTranslation returns [EObject current=null] : iv_ruleTranslation= ruleTranslation EOF ;
    public final EObject entryRuleTranslation() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleTranslation = null;


        try {
            // InternalItup.g:5709:52: (iv_ruleTranslation= ruleTranslation EOF )
            // InternalItup.g:5710:2: iv_ruleTranslation= ruleTranslation EOF
            {
             newCompositeNode(grammarAccess.getTranslationRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleTranslation=ruleTranslation();

            state._fsp--;

             current =iv_ruleTranslation; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleTranslation"


    // $ANTLR start "ruleTranslation"
    // InternalItup.g:5716:1: ruleTranslation returns [EObject current=null] : ( ( (lv_language_0_0= RULE_ID ) ) ( ( (lv_text_1_0= RULE_STRING ) ) | ( (lv_unavailable_2_0= 'unavailable' ) ) ) ) ;
    public final EObject ruleTranslation() throws RecognitionException {
        EObject current = null;

        Token lv_language_0_0=null;
        Token lv_text_1_0=null;
        Token lv_unavailable_2_0=null;


        	enterRule();

        try {
            // InternalItup.g:5722:2: ( ( ( (lv_language_0_0= RULE_ID ) ) ( ( (lv_text_1_0= RULE_STRING ) ) | ( (lv_unavailable_2_0= 'unavailable' ) ) ) ) )
            // InternalItup.g:5723:2: ( ( (lv_language_0_0= RULE_ID ) ) ( ( (lv_text_1_0= RULE_STRING ) ) | ( (lv_unavailable_2_0= 'unavailable' ) ) ) )
            {
            // InternalItup.g:5723:2: ( ( (lv_language_0_0= RULE_ID ) ) ( ( (lv_text_1_0= RULE_STRING ) ) | ( (lv_unavailable_2_0= 'unavailable' ) ) ) )
            // InternalItup.g:5724:3: ( (lv_language_0_0= RULE_ID ) ) ( ( (lv_text_1_0= RULE_STRING ) ) | ( (lv_unavailable_2_0= 'unavailable' ) ) )
            {
            // InternalItup.g:5724:3: ( (lv_language_0_0= RULE_ID ) )
            // InternalItup.g:5725:4: (lv_language_0_0= RULE_ID )
            {
            // InternalItup.g:5725:4: (lv_language_0_0= RULE_ID )
            // InternalItup.g:5726:5: lv_language_0_0= RULE_ID
            {
            lv_language_0_0=(Token)match(input,RULE_ID,FOLLOW_100); 

            					newLeafNode(lv_language_0_0, grammarAccess.getTranslationAccess().getLanguageIDTerminalRuleCall_0_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getTranslationRule());
            					}
            					setWithLastConsumed(
            						current,
            						"language",
            						lv_language_0_0,
            						"org.eclipse.xtext.common.Terminals.ID");
            				

            }


            }

            // InternalItup.g:5742:3: ( ( (lv_text_1_0= RULE_STRING ) ) | ( (lv_unavailable_2_0= 'unavailable' ) ) )
            int alt107=2;
            int LA107_0 = input.LA(1);

            if ( (LA107_0==RULE_STRING) ) {
                alt107=1;
            }
            else if ( (LA107_0==103) ) {
                alt107=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 107, 0, input);

                throw nvae;
            }
            switch (alt107) {
                case 1 :
                    // InternalItup.g:5743:4: ( (lv_text_1_0= RULE_STRING ) )
                    {
                    // InternalItup.g:5743:4: ( (lv_text_1_0= RULE_STRING ) )
                    // InternalItup.g:5744:5: (lv_text_1_0= RULE_STRING )
                    {
                    // InternalItup.g:5744:5: (lv_text_1_0= RULE_STRING )
                    // InternalItup.g:5745:6: lv_text_1_0= RULE_STRING
                    {
                    lv_text_1_0=(Token)match(input,RULE_STRING,FOLLOW_2); 

                    						newLeafNode(lv_text_1_0, grammarAccess.getTranslationAccess().getTextSTRINGTerminalRuleCall_1_0_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getTranslationRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"text",
                    							lv_text_1_0,
                    							"org.eclipse.xtext.common.Terminals.STRING");
                    					

                    }


                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:5762:4: ( (lv_unavailable_2_0= 'unavailable' ) )
                    {
                    // InternalItup.g:5762:4: ( (lv_unavailable_2_0= 'unavailable' ) )
                    // InternalItup.g:5763:5: (lv_unavailable_2_0= 'unavailable' )
                    {
                    // InternalItup.g:5763:5: (lv_unavailable_2_0= 'unavailable' )
                    // InternalItup.g:5764:6: lv_unavailable_2_0= 'unavailable'
                    {
                    lv_unavailable_2_0=(Token)match(input,103,FOLLOW_2); 

                    						newLeafNode(lv_unavailable_2_0, grammarAccess.getTranslationAccess().getUnavailableUnavailableKeyword_1_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getTranslationRule());
                    						}
                    						setWithLastConsumed(current, "unavailable", lv_unavailable_2_0 != null, "unavailable");
                    					

                    }


                    }


                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleTranslation"


    // $ANTLR start "entryRuleCode"
    // InternalItup.g:5781:1: entryRuleCode returns [String current=null] : iv_ruleCode= ruleCode EOF ;
    public final String entryRuleCode() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleCode = null;



        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalItup.g:5783:2: (iv_ruleCode= ruleCode EOF )
            // InternalItup.g:5784:2: iv_ruleCode= ruleCode EOF
            {
             newCompositeNode(grammarAccess.getCodeRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleCode=ruleCode();

            state._fsp--;

             current =iv_ruleCode.getText(); 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {

            	myHiddenTokenState.restore();

        }
        return current;
    }
    // $ANTLR end "entryRuleCode"


    // $ANTLR start "ruleCode"
    // InternalItup.g:5793:1: ruleCode returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (this_CodeSegment_0= ruleCodeSegment ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )* ) ;
    public final AntlrDatatypeRuleToken ruleCode() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token kw=null;
        AntlrDatatypeRuleToken this_CodeSegment_0 = null;

        AntlrDatatypeRuleToken this_CodeSegment_3 = null;



        	enterRule();
        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalItup.g:5800:2: ( (this_CodeSegment_0= ruleCodeSegment ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )* ) )
            // InternalItup.g:5801:2: (this_CodeSegment_0= ruleCodeSegment ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )* )
            {
            // InternalItup.g:5801:2: (this_CodeSegment_0= ruleCodeSegment ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )* )
            // InternalItup.g:5802:3: this_CodeSegment_0= ruleCodeSegment ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )*
            {

            			newCompositeNode(grammarAccess.getCodeAccess().getCodeSegmentParserRuleCall_0());
            		
            pushFollow(FOLLOW_101);
            this_CodeSegment_0=ruleCodeSegment();

            state._fsp--;


            			current.merge(this_CodeSegment_0);
            		

            			afterParserOrEnumRuleCall();
            		
            // InternalItup.g:5812:3: ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )*
            loop109:
            do {
                int alt109=2;
                int LA109_0 = input.LA(1);

                if ( ((LA109_0>=104 && LA109_0<=105)) ) {
                    alt109=1;
                }


                switch (alt109) {
            	case 1 :
            	    // InternalItup.g:5813:4: (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment
            	    {
            	    // InternalItup.g:5813:4: (kw= '.' | kw= '-' )
            	    int alt108=2;
            	    int LA108_0 = input.LA(1);

            	    if ( (LA108_0==104) ) {
            	        alt108=1;
            	    }
            	    else if ( (LA108_0==105) ) {
            	        alt108=2;
            	    }
            	    else {
            	        NoViableAltException nvae =
            	            new NoViableAltException("", 108, 0, input);

            	        throw nvae;
            	    }
            	    switch (alt108) {
            	        case 1 :
            	            // InternalItup.g:5814:5: kw= '.'
            	            {
            	            kw=(Token)match(input,104,FOLLOW_18); 

            	            					current.merge(kw);
            	            					newLeafNode(kw, grammarAccess.getCodeAccess().getFullStopKeyword_1_0_0());
            	            				

            	            }
            	            break;
            	        case 2 :
            	            // InternalItup.g:5820:5: kw= '-'
            	            {
            	            kw=(Token)match(input,105,FOLLOW_18); 

            	            					current.merge(kw);
            	            					newLeafNode(kw, grammarAccess.getCodeAccess().getHyphenMinusKeyword_1_0_1());
            	            				

            	            }
            	            break;

            	    }


            	    				newCompositeNode(grammarAccess.getCodeAccess().getCodeSegmentParserRuleCall_1_1());
            	    			
            	    pushFollow(FOLLOW_101);
            	    this_CodeSegment_3=ruleCodeSegment();

            	    state._fsp--;


            	    				current.merge(this_CodeSegment_3);
            	    			

            	    				afterParserOrEnumRuleCall();
            	    			

            	    }
            	    break;

            	default :
            	    break loop109;
                }
            } while (true);


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {

            	myHiddenTokenState.restore();

        }
        return current;
    }
    // $ANTLR end "ruleCode"


    // $ANTLR start "entryRuleCodeSegment"
    // InternalItup.g:5844:1: entryRuleCodeSegment returns [String current=null] : iv_ruleCodeSegment= ruleCodeSegment EOF ;
    public final String entryRuleCodeSegment() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleCodeSegment = null;


        try {
            // InternalItup.g:5844:51: (iv_ruleCodeSegment= ruleCodeSegment EOF )
            // InternalItup.g:5845:2: iv_ruleCodeSegment= ruleCodeSegment EOF
            {
             newCompositeNode(grammarAccess.getCodeSegmentRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleCodeSegment=ruleCodeSegment();

            state._fsp--;

             current =iv_ruleCodeSegment.getText(); 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleCodeSegment"


    // $ANTLR start "ruleCodeSegment"
    // InternalItup.g:5851:1: ruleCodeSegment returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (this_ID_0= RULE_ID | this_INT_1= RULE_INT ) ;
    public final AntlrDatatypeRuleToken ruleCodeSegment() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_ID_0=null;
        Token this_INT_1=null;


        	enterRule();

        try {
            // InternalItup.g:5857:2: ( (this_ID_0= RULE_ID | this_INT_1= RULE_INT ) )
            // InternalItup.g:5858:2: (this_ID_0= RULE_ID | this_INT_1= RULE_INT )
            {
            // InternalItup.g:5858:2: (this_ID_0= RULE_ID | this_INT_1= RULE_INT )
            int alt110=2;
            int LA110_0 = input.LA(1);

            if ( (LA110_0==RULE_ID) ) {
                alt110=1;
            }
            else if ( (LA110_0==RULE_INT) ) {
                alt110=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 110, 0, input);

                throw nvae;
            }
            switch (alt110) {
                case 1 :
                    // InternalItup.g:5859:3: this_ID_0= RULE_ID
                    {
                    this_ID_0=(Token)match(input,RULE_ID,FOLLOW_2); 

                    			current.merge(this_ID_0);
                    		

                    			newLeafNode(this_ID_0, grammarAccess.getCodeSegmentAccess().getIDTerminalRuleCall_0());
                    		

                    }
                    break;
                case 2 :
                    // InternalItup.g:5867:3: this_INT_1= RULE_INT
                    {
                    this_INT_1=(Token)match(input,RULE_INT,FOLLOW_2); 

                    			current.merge(this_INT_1);
                    		

                    			newLeafNode(this_INT_1, grammarAccess.getCodeSegmentAccess().getINTTerminalRuleCall_1());
                    		

                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleCodeSegment"


    // $ANTLR start "entryRulePlanName"
    // InternalItup.g:5878:1: entryRulePlanName returns [String current=null] : iv_rulePlanName= rulePlanName EOF ;
    public final String entryRulePlanName() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_rulePlanName = null;



        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalItup.g:5880:2: (iv_rulePlanName= rulePlanName EOF )
            // InternalItup.g:5881:2: iv_rulePlanName= rulePlanName EOF
            {
             newCompositeNode(grammarAccess.getPlanNameRule()); 
            pushFollow(FOLLOW_1);
            iv_rulePlanName=rulePlanName();

            state._fsp--;

             current =iv_rulePlanName.getText(); 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {

            	myHiddenTokenState.restore();

        }
        return current;
    }
    // $ANTLR end "entryRulePlanName"


    // $ANTLR start "rulePlanName"
    // InternalItup.g:5890:1: rulePlanName returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (this_ID_0= RULE_ID ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )* ) ;
    public final AntlrDatatypeRuleToken rulePlanName() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_ID_0=null;
        Token kw=null;
        AntlrDatatypeRuleToken this_CodeSegment_3 = null;



        	enterRule();
        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalItup.g:5897:2: ( (this_ID_0= RULE_ID ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )* ) )
            // InternalItup.g:5898:2: (this_ID_0= RULE_ID ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )* )
            {
            // InternalItup.g:5898:2: (this_ID_0= RULE_ID ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )* )
            // InternalItup.g:5899:3: this_ID_0= RULE_ID ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )*
            {
            this_ID_0=(Token)match(input,RULE_ID,FOLLOW_101); 

            			current.merge(this_ID_0);
            		

            			newLeafNode(this_ID_0, grammarAccess.getPlanNameAccess().getIDTerminalRuleCall_0());
            		
            // InternalItup.g:5906:3: ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )*
            loop112:
            do {
                int alt112=2;
                int LA112_0 = input.LA(1);

                if ( ((LA112_0>=104 && LA112_0<=105)) ) {
                    alt112=1;
                }


                switch (alt112) {
            	case 1 :
            	    // InternalItup.g:5907:4: (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment
            	    {
            	    // InternalItup.g:5907:4: (kw= '.' | kw= '-' )
            	    int alt111=2;
            	    int LA111_0 = input.LA(1);

            	    if ( (LA111_0==104) ) {
            	        alt111=1;
            	    }
            	    else if ( (LA111_0==105) ) {
            	        alt111=2;
            	    }
            	    else {
            	        NoViableAltException nvae =
            	            new NoViableAltException("", 111, 0, input);

            	        throw nvae;
            	    }
            	    switch (alt111) {
            	        case 1 :
            	            // InternalItup.g:5908:5: kw= '.'
            	            {
            	            kw=(Token)match(input,104,FOLLOW_18); 

            	            					current.merge(kw);
            	            					newLeafNode(kw, grammarAccess.getPlanNameAccess().getFullStopKeyword_1_0_0());
            	            				

            	            }
            	            break;
            	        case 2 :
            	            // InternalItup.g:5914:5: kw= '-'
            	            {
            	            kw=(Token)match(input,105,FOLLOW_18); 

            	            					current.merge(kw);
            	            					newLeafNode(kw, grammarAccess.getPlanNameAccess().getHyphenMinusKeyword_1_0_1());
            	            				

            	            }
            	            break;

            	    }


            	    				newCompositeNode(grammarAccess.getPlanNameAccess().getCodeSegmentParserRuleCall_1_1());
            	    			
            	    pushFollow(FOLLOW_101);
            	    this_CodeSegment_3=ruleCodeSegment();

            	    state._fsp--;


            	    				current.merge(this_CodeSegment_3);
            	    			

            	    				afterParserOrEnumRuleCall();
            	    			

            	    }
            	    break;

            	default :
            	    break loop112;
                }
            } while (true);


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {

            	myHiddenTokenState.restore();

        }
        return current;
    }
    // $ANTLR end "rulePlanName"


    // $ANTLR start "entryRuleYear"
    // InternalItup.g:5938:1: entryRuleYear returns [String current=null] : iv_ruleYear= ruleYear EOF ;
    public final String entryRuleYear() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleYear = null;


        try {
            // InternalItup.g:5938:44: (iv_ruleYear= ruleYear EOF )
            // InternalItup.g:5939:2: iv_ruleYear= ruleYear EOF
            {
             newCompositeNode(grammarAccess.getYearRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleYear=ruleYear();

            state._fsp--;

             current =iv_ruleYear.getText(); 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleYear"


    // $ANTLR start "ruleYear"
    // InternalItup.g:5945:1: ruleYear returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : this_INT_0= RULE_INT ;
    public final AntlrDatatypeRuleToken ruleYear() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_INT_0=null;


        	enterRule();

        try {
            // InternalItup.g:5951:2: (this_INT_0= RULE_INT )
            // InternalItup.g:5952:2: this_INT_0= RULE_INT
            {
            this_INT_0=(Token)match(input,RULE_INT,FOLLOW_2); 

            		current.merge(this_INT_0);
            	

            		newLeafNode(this_INT_0, grammarAccess.getYearAccess().getINTTerminalRuleCall());
            	

            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleYear"


    // $ANTLR start "entryRulePeriod"
    // InternalItup.g:5962:1: entryRulePeriod returns [String current=null] : iv_rulePeriod= rulePeriod EOF ;
    public final String entryRulePeriod() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_rulePeriod = null;



        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalItup.g:5964:2: (iv_rulePeriod= rulePeriod EOF )
            // InternalItup.g:5965:2: iv_rulePeriod= rulePeriod EOF
            {
             newCompositeNode(grammarAccess.getPeriodRule()); 
            pushFollow(FOLLOW_1);
            iv_rulePeriod=rulePeriod();

            state._fsp--;

             current =iv_rulePeriod.getText(); 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {

            	myHiddenTokenState.restore();

        }
        return current;
    }
    // $ANTLR end "entryRulePeriod"


    // $ANTLR start "rulePeriod"
    // InternalItup.g:5974:1: rulePeriod returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (this_INT_0= RULE_INT (kw= '-' (this_INT_2= RULE_INT | this_ID_3= RULE_ID ) )? ) ;
    public final AntlrDatatypeRuleToken rulePeriod() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_INT_0=null;
        Token kw=null;
        Token this_INT_2=null;
        Token this_ID_3=null;


        	enterRule();
        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalItup.g:5981:2: ( (this_INT_0= RULE_INT (kw= '-' (this_INT_2= RULE_INT | this_ID_3= RULE_ID ) )? ) )
            // InternalItup.g:5982:2: (this_INT_0= RULE_INT (kw= '-' (this_INT_2= RULE_INT | this_ID_3= RULE_ID ) )? )
            {
            // InternalItup.g:5982:2: (this_INT_0= RULE_INT (kw= '-' (this_INT_2= RULE_INT | this_ID_3= RULE_ID ) )? )
            // InternalItup.g:5983:3: this_INT_0= RULE_INT (kw= '-' (this_INT_2= RULE_INT | this_ID_3= RULE_ID ) )?
            {
            this_INT_0=(Token)match(input,RULE_INT,FOLLOW_102); 

            			current.merge(this_INT_0);
            		

            			newLeafNode(this_INT_0, grammarAccess.getPeriodAccess().getINTTerminalRuleCall_0());
            		
            // InternalItup.g:5990:3: (kw= '-' (this_INT_2= RULE_INT | this_ID_3= RULE_ID ) )?
            int alt114=2;
            int LA114_0 = input.LA(1);

            if ( (LA114_0==105) ) {
                alt114=1;
            }
            switch (alt114) {
                case 1 :
                    // InternalItup.g:5991:4: kw= '-' (this_INT_2= RULE_INT | this_ID_3= RULE_ID )
                    {
                    kw=(Token)match(input,105,FOLLOW_18); 

                    				current.merge(kw);
                    				newLeafNode(kw, grammarAccess.getPeriodAccess().getHyphenMinusKeyword_1_0());
                    			
                    // InternalItup.g:5996:4: (this_INT_2= RULE_INT | this_ID_3= RULE_ID )
                    int alt113=2;
                    int LA113_0 = input.LA(1);

                    if ( (LA113_0==RULE_INT) ) {
                        alt113=1;
                    }
                    else if ( (LA113_0==RULE_ID) ) {
                        alt113=2;
                    }
                    else {
                        NoViableAltException nvae =
                            new NoViableAltException("", 113, 0, input);

                        throw nvae;
                    }
                    switch (alt113) {
                        case 1 :
                            // InternalItup.g:5997:5: this_INT_2= RULE_INT
                            {
                            this_INT_2=(Token)match(input,RULE_INT,FOLLOW_2); 

                            					current.merge(this_INT_2);
                            				

                            					newLeafNode(this_INT_2, grammarAccess.getPeriodAccess().getINTTerminalRuleCall_1_1_0());
                            				

                            }
                            break;
                        case 2 :
                            // InternalItup.g:6005:5: this_ID_3= RULE_ID
                            {
                            this_ID_3=(Token)match(input,RULE_ID,FOLLOW_2); 

                            					current.merge(this_ID_3);
                            				

                            					newLeafNode(this_ID_3, grammarAccess.getPeriodAccess().getIDTerminalRuleCall_1_1_1());
                            				

                            }
                            break;

                    }


                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {

            	myHiddenTokenState.restore();

        }
        return current;
    }
    // $ANTLR end "rulePeriod"


    // $ANTLR start "entryRuleDecimal"
    // InternalItup.g:6021:1: entryRuleDecimal returns [String current=null] : iv_ruleDecimal= ruleDecimal EOF ;
    public final String entryRuleDecimal() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleDecimal = null;



        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalItup.g:6023:2: (iv_ruleDecimal= ruleDecimal EOF )
            // InternalItup.g:6024:2: iv_ruleDecimal= ruleDecimal EOF
            {
             newCompositeNode(grammarAccess.getDecimalRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleDecimal=ruleDecimal();

            state._fsp--;

             current =iv_ruleDecimal.getText(); 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {

            	myHiddenTokenState.restore();

        }
        return current;
    }
    // $ANTLR end "entryRuleDecimal"


    // $ANTLR start "ruleDecimal"
    // InternalItup.g:6033:1: ruleDecimal returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : ( (kw= '-' )? this_INT_1= RULE_INT (kw= '.' this_INT_3= RULE_INT )? ) ;
    public final AntlrDatatypeRuleToken ruleDecimal() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token kw=null;
        Token this_INT_1=null;
        Token this_INT_3=null;


        	enterRule();
        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalItup.g:6040:2: ( ( (kw= '-' )? this_INT_1= RULE_INT (kw= '.' this_INT_3= RULE_INT )? ) )
            // InternalItup.g:6041:2: ( (kw= '-' )? this_INT_1= RULE_INT (kw= '.' this_INT_3= RULE_INT )? )
            {
            // InternalItup.g:6041:2: ( (kw= '-' )? this_INT_1= RULE_INT (kw= '.' this_INT_3= RULE_INT )? )
            // InternalItup.g:6042:3: (kw= '-' )? this_INT_1= RULE_INT (kw= '.' this_INT_3= RULE_INT )?
            {
            // InternalItup.g:6042:3: (kw= '-' )?
            int alt115=2;
            int LA115_0 = input.LA(1);

            if ( (LA115_0==105) ) {
                alt115=1;
            }
            switch (alt115) {
                case 1 :
                    // InternalItup.g:6043:4: kw= '-'
                    {
                    kw=(Token)match(input,105,FOLLOW_6); 

                    				current.merge(kw);
                    				newLeafNode(kw, grammarAccess.getDecimalAccess().getHyphenMinusKeyword_0());
                    			

                    }
                    break;

            }

            this_INT_1=(Token)match(input,RULE_INT,FOLLOW_103); 

            			current.merge(this_INT_1);
            		

            			newLeafNode(this_INT_1, grammarAccess.getDecimalAccess().getINTTerminalRuleCall_1());
            		
            // InternalItup.g:6056:3: (kw= '.' this_INT_3= RULE_INT )?
            int alt116=2;
            int LA116_0 = input.LA(1);

            if ( (LA116_0==104) ) {
                alt116=1;
            }
            switch (alt116) {
                case 1 :
                    // InternalItup.g:6057:4: kw= '.' this_INT_3= RULE_INT
                    {
                    kw=(Token)match(input,104,FOLLOW_6); 

                    				current.merge(kw);
                    				newLeafNode(kw, grammarAccess.getDecimalAccess().getFullStopKeyword_2_0());
                    			
                    this_INT_3=(Token)match(input,RULE_INT,FOLLOW_2); 

                    				current.merge(this_INT_3);
                    			

                    				newLeafNode(this_INT_3, grammarAccess.getDecimalAccess().getINTTerminalRuleCall_2_1());
                    			

                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {

            	myHiddenTokenState.restore();

        }
        return current;
    }
    // $ANTLR end "ruleDecimal"


    // $ANTLR start "rulePlanLevel"
    // InternalItup.g:6077:1: rulePlanLevel returns [Enumerator current=null] : ( (enumLiteral_0= 'sector' ) | (enumLiteral_1= 'objective' ) | (enumLiteral_2= 'outcome' ) | (enumLiteral_3= 'output' ) | (enumLiteral_4= 'enabler' ) ) ;
    public final Enumerator rulePlanLevel() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;
        Token enumLiteral_4=null;


        	enterRule();

        try {
            // InternalItup.g:6083:2: ( ( (enumLiteral_0= 'sector' ) | (enumLiteral_1= 'objective' ) | (enumLiteral_2= 'outcome' ) | (enumLiteral_3= 'output' ) | (enumLiteral_4= 'enabler' ) ) )
            // InternalItup.g:6084:2: ( (enumLiteral_0= 'sector' ) | (enumLiteral_1= 'objective' ) | (enumLiteral_2= 'outcome' ) | (enumLiteral_3= 'output' ) | (enumLiteral_4= 'enabler' ) )
            {
            // InternalItup.g:6084:2: ( (enumLiteral_0= 'sector' ) | (enumLiteral_1= 'objective' ) | (enumLiteral_2= 'outcome' ) | (enumLiteral_3= 'output' ) | (enumLiteral_4= 'enabler' ) )
            int alt117=5;
            switch ( input.LA(1) ) {
            case 106:
                {
                alt117=1;
                }
                break;
            case 38:
                {
                alt117=2;
                }
                break;
            case 83:
                {
                alt117=3;
                }
                break;
            case 39:
                {
                alt117=4;
                }
                break;
            case 91:
                {
                alt117=5;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 117, 0, input);

                throw nvae;
            }

            switch (alt117) {
                case 1 :
                    // InternalItup.g:6085:3: (enumLiteral_0= 'sector' )
                    {
                    // InternalItup.g:6085:3: (enumLiteral_0= 'sector' )
                    // InternalItup.g:6086:4: enumLiteral_0= 'sector'
                    {
                    enumLiteral_0=(Token)match(input,106,FOLLOW_2); 

                    				current = grammarAccess.getPlanLevelAccess().getSECTOREnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getPlanLevelAccess().getSECTOREnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:6093:3: (enumLiteral_1= 'objective' )
                    {
                    // InternalItup.g:6093:3: (enumLiteral_1= 'objective' )
                    // InternalItup.g:6094:4: enumLiteral_1= 'objective'
                    {
                    enumLiteral_1=(Token)match(input,38,FOLLOW_2); 

                    				current = grammarAccess.getPlanLevelAccess().getOBJECTIVEEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getPlanLevelAccess().getOBJECTIVEEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:6101:3: (enumLiteral_2= 'outcome' )
                    {
                    // InternalItup.g:6101:3: (enumLiteral_2= 'outcome' )
                    // InternalItup.g:6102:4: enumLiteral_2= 'outcome'
                    {
                    enumLiteral_2=(Token)match(input,83,FOLLOW_2); 

                    				current = grammarAccess.getPlanLevelAccess().getOUTCOMEEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getPlanLevelAccess().getOUTCOMEEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalItup.g:6109:3: (enumLiteral_3= 'output' )
                    {
                    // InternalItup.g:6109:3: (enumLiteral_3= 'output' )
                    // InternalItup.g:6110:4: enumLiteral_3= 'output'
                    {
                    enumLiteral_3=(Token)match(input,39,FOLLOW_2); 

                    				current = grammarAccess.getPlanLevelAccess().getOUTPUTEnumLiteralDeclaration_3().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_3, grammarAccess.getPlanLevelAccess().getOUTPUTEnumLiteralDeclaration_3());
                    			

                    }


                    }
                    break;
                case 5 :
                    // InternalItup.g:6117:3: (enumLiteral_4= 'enabler' )
                    {
                    // InternalItup.g:6117:3: (enumLiteral_4= 'enabler' )
                    // InternalItup.g:6118:4: enumLiteral_4= 'enabler'
                    {
                    enumLiteral_4=(Token)match(input,91,FOLLOW_2); 

                    				current = grammarAccess.getPlanLevelAccess().getENABLEREnumLiteralDeclaration_4().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_4, grammarAccess.getPlanLevelAccess().getENABLEREnumLiteralDeclaration_4());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "rulePlanLevel"


    // $ANTLR start "ruleCodedLevel"
    // InternalItup.g:6128:1: ruleCodedLevel returns [Enumerator current=null] : ( (enumLiteral_0= 'target' ) | (enumLiteral_1= 'objective' ) | (enumLiteral_2= 'outcome' ) | (enumLiteral_3= 'output' ) | (enumLiteral_4= 'enabler' ) ) ;
    public final Enumerator ruleCodedLevel() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;
        Token enumLiteral_4=null;


        	enterRule();

        try {
            // InternalItup.g:6134:2: ( ( (enumLiteral_0= 'target' ) | (enumLiteral_1= 'objective' ) | (enumLiteral_2= 'outcome' ) | (enumLiteral_3= 'output' ) | (enumLiteral_4= 'enabler' ) ) )
            // InternalItup.g:6135:2: ( (enumLiteral_0= 'target' ) | (enumLiteral_1= 'objective' ) | (enumLiteral_2= 'outcome' ) | (enumLiteral_3= 'output' ) | (enumLiteral_4= 'enabler' ) )
            {
            // InternalItup.g:6135:2: ( (enumLiteral_0= 'target' ) | (enumLiteral_1= 'objective' ) | (enumLiteral_2= 'outcome' ) | (enumLiteral_3= 'output' ) | (enumLiteral_4= 'enabler' ) )
            int alt118=5;
            switch ( input.LA(1) ) {
            case 72:
                {
                alt118=1;
                }
                break;
            case 38:
                {
                alt118=2;
                }
                break;
            case 83:
                {
                alt118=3;
                }
                break;
            case 39:
                {
                alt118=4;
                }
                break;
            case 91:
                {
                alt118=5;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 118, 0, input);

                throw nvae;
            }

            switch (alt118) {
                case 1 :
                    // InternalItup.g:6136:3: (enumLiteral_0= 'target' )
                    {
                    // InternalItup.g:6136:3: (enumLiteral_0= 'target' )
                    // InternalItup.g:6137:4: enumLiteral_0= 'target'
                    {
                    enumLiteral_0=(Token)match(input,72,FOLLOW_2); 

                    				current = grammarAccess.getCodedLevelAccess().getTARGETEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getCodedLevelAccess().getTARGETEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:6144:3: (enumLiteral_1= 'objective' )
                    {
                    // InternalItup.g:6144:3: (enumLiteral_1= 'objective' )
                    // InternalItup.g:6145:4: enumLiteral_1= 'objective'
                    {
                    enumLiteral_1=(Token)match(input,38,FOLLOW_2); 

                    				current = grammarAccess.getCodedLevelAccess().getOBJECTIVEEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getCodedLevelAccess().getOBJECTIVEEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:6152:3: (enumLiteral_2= 'outcome' )
                    {
                    // InternalItup.g:6152:3: (enumLiteral_2= 'outcome' )
                    // InternalItup.g:6153:4: enumLiteral_2= 'outcome'
                    {
                    enumLiteral_2=(Token)match(input,83,FOLLOW_2); 

                    				current = grammarAccess.getCodedLevelAccess().getOUTCOMEEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getCodedLevelAccess().getOUTCOMEEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalItup.g:6160:3: (enumLiteral_3= 'output' )
                    {
                    // InternalItup.g:6160:3: (enumLiteral_3= 'output' )
                    // InternalItup.g:6161:4: enumLiteral_3= 'output'
                    {
                    enumLiteral_3=(Token)match(input,39,FOLLOW_2); 

                    				current = grammarAccess.getCodedLevelAccess().getOUTPUTEnumLiteralDeclaration_3().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_3, grammarAccess.getCodedLevelAccess().getOUTPUTEnumLiteralDeclaration_3());
                    			

                    }


                    }
                    break;
                case 5 :
                    // InternalItup.g:6168:3: (enumLiteral_4= 'enabler' )
                    {
                    // InternalItup.g:6168:3: (enumLiteral_4= 'enabler' )
                    // InternalItup.g:6169:4: enumLiteral_4= 'enabler'
                    {
                    enumLiteral_4=(Token)match(input,91,FOLLOW_2); 

                    				current = grammarAccess.getCodedLevelAccess().getENABLEREnumLiteralDeclaration_4().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_4, grammarAccess.getCodedLevelAccess().getENABLEREnumLiteralDeclaration_4());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleCodedLevel"


    // $ANTLR start "ruleMeasuredTargetKind"
    // InternalItup.g:6179:1: ruleMeasuredTargetKind returns [Enumerator current=null] : ( (enumLiteral_0= 'level' ) | (enumLiteral_1= 'increase' ) | (enumLiteral_2= 'decrease' ) ) ;
    public final Enumerator ruleMeasuredTargetKind() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;


        	enterRule();

        try {
            // InternalItup.g:6185:2: ( ( (enumLiteral_0= 'level' ) | (enumLiteral_1= 'increase' ) | (enumLiteral_2= 'decrease' ) ) )
            // InternalItup.g:6186:2: ( (enumLiteral_0= 'level' ) | (enumLiteral_1= 'increase' ) | (enumLiteral_2= 'decrease' ) )
            {
            // InternalItup.g:6186:2: ( (enumLiteral_0= 'level' ) | (enumLiteral_1= 'increase' ) | (enumLiteral_2= 'decrease' ) )
            int alt119=3;
            switch ( input.LA(1) ) {
            case 107:
                {
                alt119=1;
                }
                break;
            case 108:
                {
                alt119=2;
                }
                break;
            case 109:
                {
                alt119=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 119, 0, input);

                throw nvae;
            }

            switch (alt119) {
                case 1 :
                    // InternalItup.g:6187:3: (enumLiteral_0= 'level' )
                    {
                    // InternalItup.g:6187:3: (enumLiteral_0= 'level' )
                    // InternalItup.g:6188:4: enumLiteral_0= 'level'
                    {
                    enumLiteral_0=(Token)match(input,107,FOLLOW_2); 

                    				current = grammarAccess.getMeasuredTargetKindAccess().getLEVELEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getMeasuredTargetKindAccess().getLEVELEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:6195:3: (enumLiteral_1= 'increase' )
                    {
                    // InternalItup.g:6195:3: (enumLiteral_1= 'increase' )
                    // InternalItup.g:6196:4: enumLiteral_1= 'increase'
                    {
                    enumLiteral_1=(Token)match(input,108,FOLLOW_2); 

                    				current = grammarAccess.getMeasuredTargetKindAccess().getINCREASEEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getMeasuredTargetKindAccess().getINCREASEEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:6203:3: (enumLiteral_2= 'decrease' )
                    {
                    // InternalItup.g:6203:3: (enumLiteral_2= 'decrease' )
                    // InternalItup.g:6204:4: enumLiteral_2= 'decrease'
                    {
                    enumLiteral_2=(Token)match(input,109,FOLLOW_2); 

                    				current = grammarAccess.getMeasuredTargetKindAccess().getDECREASEEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getMeasuredTargetKindAccess().getDECREASEEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleMeasuredTargetKind"


    // $ANTLR start "ruleQualitativeTargetKind"
    // InternalItup.g:6214:1: ruleQualitativeTargetKind returns [Enumerator current=null] : (enumLiteral_0= 'qualitative' ) ;
    public final Enumerator ruleQualitativeTargetKind() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;


        	enterRule();

        try {
            // InternalItup.g:6220:2: ( (enumLiteral_0= 'qualitative' ) )
            // InternalItup.g:6221:2: (enumLiteral_0= 'qualitative' )
            {
            // InternalItup.g:6221:2: (enumLiteral_0= 'qualitative' )
            // InternalItup.g:6222:3: enumLiteral_0= 'qualitative'
            {
            enumLiteral_0=(Token)match(input,110,FOLLOW_2); 

            			current = grammarAccess.getQualitativeTargetKindAccess().getQUALITATIVEEnumLiteralDeclaration().getEnumLiteral().getInstance();
            			newLeafNode(enumLiteral_0, grammarAccess.getQualitativeTargetKindAccess().getQUALITATIVEEnumLiteralDeclaration());
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleQualitativeTargetKind"


    // $ANTLR start "ruleSectorKind"
    // InternalItup.g:6231:1: ruleSectorKind returns [Enumerator current=null] : ( (enumLiteral_0= 'sector' ) | (enumLiteral_1= 'inter-sectoral' ) | (enumLiteral_2= 'secretariat' ) ) ;
    public final Enumerator ruleSectorKind() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;


        	enterRule();

        try {
            // InternalItup.g:6237:2: ( ( (enumLiteral_0= 'sector' ) | (enumLiteral_1= 'inter-sectoral' ) | (enumLiteral_2= 'secretariat' ) ) )
            // InternalItup.g:6238:2: ( (enumLiteral_0= 'sector' ) | (enumLiteral_1= 'inter-sectoral' ) | (enumLiteral_2= 'secretariat' ) )
            {
            // InternalItup.g:6238:2: ( (enumLiteral_0= 'sector' ) | (enumLiteral_1= 'inter-sectoral' ) | (enumLiteral_2= 'secretariat' ) )
            int alt120=3;
            switch ( input.LA(1) ) {
            case 106:
                {
                alt120=1;
                }
                break;
            case 111:
                {
                alt120=2;
                }
                break;
            case 112:
                {
                alt120=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 120, 0, input);

                throw nvae;
            }

            switch (alt120) {
                case 1 :
                    // InternalItup.g:6239:3: (enumLiteral_0= 'sector' )
                    {
                    // InternalItup.g:6239:3: (enumLiteral_0= 'sector' )
                    // InternalItup.g:6240:4: enumLiteral_0= 'sector'
                    {
                    enumLiteral_0=(Token)match(input,106,FOLLOW_2); 

                    				current = grammarAccess.getSectorKindAccess().getSECTOREnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getSectorKindAccess().getSECTOREnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:6247:3: (enumLiteral_1= 'inter-sectoral' )
                    {
                    // InternalItup.g:6247:3: (enumLiteral_1= 'inter-sectoral' )
                    // InternalItup.g:6248:4: enumLiteral_1= 'inter-sectoral'
                    {
                    enumLiteral_1=(Token)match(input,111,FOLLOW_2); 

                    				current = grammarAccess.getSectorKindAccess().getINTER_SECTORALEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getSectorKindAccess().getINTER_SECTORALEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:6255:3: (enumLiteral_2= 'secretariat' )
                    {
                    // InternalItup.g:6255:3: (enumLiteral_2= 'secretariat' )
                    // InternalItup.g:6256:4: enumLiteral_2= 'secretariat'
                    {
                    enumLiteral_2=(Token)match(input,112,FOLLOW_2); 

                    				current = grammarAccess.getSectorKindAccess().getSECRETARIATEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getSectorKindAccess().getSECRETARIATEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleSectorKind"


    // $ANTLR start "ruleLowerBound"
    // InternalItup.g:6266:1: ruleLowerBound returns [Enumerator current=null] : (enumLiteral_0= 'least' ) ;
    public final Enumerator ruleLowerBound() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;


        	enterRule();

        try {
            // InternalItup.g:6272:2: ( (enumLiteral_0= 'least' ) )
            // InternalItup.g:6273:2: (enumLiteral_0= 'least' )
            {
            // InternalItup.g:6273:2: (enumLiteral_0= 'least' )
            // InternalItup.g:6274:3: enumLiteral_0= 'least'
            {
            enumLiteral_0=(Token)match(input,113,FOLLOW_2); 

            			current = grammarAccess.getLowerBoundAccess().getAT_LEASTEnumLiteralDeclaration().getEnumLiteral().getInstance();
            			newLeafNode(enumLiteral_0, grammarAccess.getLowerBoundAccess().getAT_LEASTEnumLiteralDeclaration());
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleLowerBound"


    // $ANTLR start "ruleUpperBound"
    // InternalItup.g:6283:1: ruleUpperBound returns [Enumerator current=null] : (enumLiteral_0= 'most' ) ;
    public final Enumerator ruleUpperBound() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;


        	enterRule();

        try {
            // InternalItup.g:6289:2: ( (enumLiteral_0= 'most' ) )
            // InternalItup.g:6290:2: (enumLiteral_0= 'most' )
            {
            // InternalItup.g:6290:2: (enumLiteral_0= 'most' )
            // InternalItup.g:6291:3: enumLiteral_0= 'most'
            {
            enumLiteral_0=(Token)match(input,114,FOLLOW_2); 

            			current = grammarAccess.getUpperBoundAccess().getAT_MOSTEnumLiteralDeclaration().getEnumLiteral().getInstance();
            			newLeafNode(enumLiteral_0, grammarAccess.getUpperBoundAccess().getAT_MOSTEnumLiteralDeclaration());
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleUpperBound"


    // $ANTLR start "ruleRangeBound"
    // InternalItup.g:6300:1: ruleRangeBound returns [Enumerator current=null] : (enumLiteral_0= 'between' ) ;
    public final Enumerator ruleRangeBound() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;


        	enterRule();

        try {
            // InternalItup.g:6306:2: ( (enumLiteral_0= 'between' ) )
            // InternalItup.g:6307:2: (enumLiteral_0= 'between' )
            {
            // InternalItup.g:6307:2: (enumLiteral_0= 'between' )
            // InternalItup.g:6308:3: enumLiteral_0= 'between'
            {
            enumLiteral_0=(Token)match(input,115,FOLLOW_2); 

            			current = grammarAccess.getRangeBoundAccess().getBETWEENEnumLiteralDeclaration().getEnumLiteral().getInstance();
            			newLeafNode(enumLiteral_0, grammarAccess.getRangeBoundAccess().getBETWEENEnumLiteralDeclaration());
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleRangeBound"


    // $ANTLR start "ruleIndicatorDirection"
    // InternalItup.g:6317:1: ruleIndicatorDirection returns [Enumerator current=null] : ( (enumLiteral_0= 'increase' ) | (enumLiteral_1= 'decrease' ) | (enumLiteral_2= 'maintain' ) ) ;
    public final Enumerator ruleIndicatorDirection() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;


        	enterRule();

        try {
            // InternalItup.g:6323:2: ( ( (enumLiteral_0= 'increase' ) | (enumLiteral_1= 'decrease' ) | (enumLiteral_2= 'maintain' ) ) )
            // InternalItup.g:6324:2: ( (enumLiteral_0= 'increase' ) | (enumLiteral_1= 'decrease' ) | (enumLiteral_2= 'maintain' ) )
            {
            // InternalItup.g:6324:2: ( (enumLiteral_0= 'increase' ) | (enumLiteral_1= 'decrease' ) | (enumLiteral_2= 'maintain' ) )
            int alt121=3;
            switch ( input.LA(1) ) {
            case 108:
                {
                alt121=1;
                }
                break;
            case 109:
                {
                alt121=2;
                }
                break;
            case 116:
                {
                alt121=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 121, 0, input);

                throw nvae;
            }

            switch (alt121) {
                case 1 :
                    // InternalItup.g:6325:3: (enumLiteral_0= 'increase' )
                    {
                    // InternalItup.g:6325:3: (enumLiteral_0= 'increase' )
                    // InternalItup.g:6326:4: enumLiteral_0= 'increase'
                    {
                    enumLiteral_0=(Token)match(input,108,FOLLOW_2); 

                    				current = grammarAccess.getIndicatorDirectionAccess().getINCREASEEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getIndicatorDirectionAccess().getINCREASEEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:6333:3: (enumLiteral_1= 'decrease' )
                    {
                    // InternalItup.g:6333:3: (enumLiteral_1= 'decrease' )
                    // InternalItup.g:6334:4: enumLiteral_1= 'decrease'
                    {
                    enumLiteral_1=(Token)match(input,109,FOLLOW_2); 

                    				current = grammarAccess.getIndicatorDirectionAccess().getDECREASEEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getIndicatorDirectionAccess().getDECREASEEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:6341:3: (enumLiteral_2= 'maintain' )
                    {
                    // InternalItup.g:6341:3: (enumLiteral_2= 'maintain' )
                    // InternalItup.g:6342:4: enumLiteral_2= 'maintain'
                    {
                    enumLiteral_2=(Token)match(input,116,FOLLOW_2); 

                    				current = grammarAccess.getIndicatorDirectionAccess().getMAINTAINEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getIndicatorDirectionAccess().getMAINTAINEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleIndicatorDirection"


    // $ANTLR start "ruleReportingFrequency"
    // InternalItup.g:6352:1: ruleReportingFrequency returns [Enumerator current=null] : ( (enumLiteral_0= 'annual' ) | (enumLiteral_1= 'quarterly' ) | (enumLiteral_2= 'monthly' ) ) ;
    public final Enumerator ruleReportingFrequency() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;


        	enterRule();

        try {
            // InternalItup.g:6358:2: ( ( (enumLiteral_0= 'annual' ) | (enumLiteral_1= 'quarterly' ) | (enumLiteral_2= 'monthly' ) ) )
            // InternalItup.g:6359:2: ( (enumLiteral_0= 'annual' ) | (enumLiteral_1= 'quarterly' ) | (enumLiteral_2= 'monthly' ) )
            {
            // InternalItup.g:6359:2: ( (enumLiteral_0= 'annual' ) | (enumLiteral_1= 'quarterly' ) | (enumLiteral_2= 'monthly' ) )
            int alt122=3;
            switch ( input.LA(1) ) {
            case 117:
                {
                alt122=1;
                }
                break;
            case 118:
                {
                alt122=2;
                }
                break;
            case 119:
                {
                alt122=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 122, 0, input);

                throw nvae;
            }

            switch (alt122) {
                case 1 :
                    // InternalItup.g:6360:3: (enumLiteral_0= 'annual' )
                    {
                    // InternalItup.g:6360:3: (enumLiteral_0= 'annual' )
                    // InternalItup.g:6361:4: enumLiteral_0= 'annual'
                    {
                    enumLiteral_0=(Token)match(input,117,FOLLOW_2); 

                    				current = grammarAccess.getReportingFrequencyAccess().getANNUALEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getReportingFrequencyAccess().getANNUALEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:6368:3: (enumLiteral_1= 'quarterly' )
                    {
                    // InternalItup.g:6368:3: (enumLiteral_1= 'quarterly' )
                    // InternalItup.g:6369:4: enumLiteral_1= 'quarterly'
                    {
                    enumLiteral_1=(Token)match(input,118,FOLLOW_2); 

                    				current = grammarAccess.getReportingFrequencyAccess().getQUARTERLYEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getReportingFrequencyAccess().getQUARTERLYEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:6376:3: (enumLiteral_2= 'monthly' )
                    {
                    // InternalItup.g:6376:3: (enumLiteral_2= 'monthly' )
                    // InternalItup.g:6377:4: enumLiteral_2= 'monthly'
                    {
                    enumLiteral_2=(Token)match(input,119,FOLLOW_2); 

                    				current = grammarAccess.getReportingFrequencyAccess().getMONTHLYEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getReportingFrequencyAccess().getMONTHLYEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleReportingFrequency"


    // $ANTLR start "ruleRiskTreatment"
    // InternalItup.g:6387:1: ruleRiskTreatment returns [Enumerator current=null] : ( (enumLiteral_0= 'avoidance' ) | (enumLiteral_1= 'limitation' ) | (enumLiteral_2= 'transfer' ) | (enumLiteral_3= 'acceptance' ) ) ;
    public final Enumerator ruleRiskTreatment() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;


        	enterRule();

        try {
            // InternalItup.g:6393:2: ( ( (enumLiteral_0= 'avoidance' ) | (enumLiteral_1= 'limitation' ) | (enumLiteral_2= 'transfer' ) | (enumLiteral_3= 'acceptance' ) ) )
            // InternalItup.g:6394:2: ( (enumLiteral_0= 'avoidance' ) | (enumLiteral_1= 'limitation' ) | (enumLiteral_2= 'transfer' ) | (enumLiteral_3= 'acceptance' ) )
            {
            // InternalItup.g:6394:2: ( (enumLiteral_0= 'avoidance' ) | (enumLiteral_1= 'limitation' ) | (enumLiteral_2= 'transfer' ) | (enumLiteral_3= 'acceptance' ) )
            int alt123=4;
            switch ( input.LA(1) ) {
            case 120:
                {
                alt123=1;
                }
                break;
            case 121:
                {
                alt123=2;
                }
                break;
            case 122:
                {
                alt123=3;
                }
                break;
            case 123:
                {
                alt123=4;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 123, 0, input);

                throw nvae;
            }

            switch (alt123) {
                case 1 :
                    // InternalItup.g:6395:3: (enumLiteral_0= 'avoidance' )
                    {
                    // InternalItup.g:6395:3: (enumLiteral_0= 'avoidance' )
                    // InternalItup.g:6396:4: enumLiteral_0= 'avoidance'
                    {
                    enumLiteral_0=(Token)match(input,120,FOLLOW_2); 

                    				current = grammarAccess.getRiskTreatmentAccess().getAVOIDANCEEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getRiskTreatmentAccess().getAVOIDANCEEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:6403:3: (enumLiteral_1= 'limitation' )
                    {
                    // InternalItup.g:6403:3: (enumLiteral_1= 'limitation' )
                    // InternalItup.g:6404:4: enumLiteral_1= 'limitation'
                    {
                    enumLiteral_1=(Token)match(input,121,FOLLOW_2); 

                    				current = grammarAccess.getRiskTreatmentAccess().getLIMITATIONEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getRiskTreatmentAccess().getLIMITATIONEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:6411:3: (enumLiteral_2= 'transfer' )
                    {
                    // InternalItup.g:6411:3: (enumLiteral_2= 'transfer' )
                    // InternalItup.g:6412:4: enumLiteral_2= 'transfer'
                    {
                    enumLiteral_2=(Token)match(input,122,FOLLOW_2); 

                    				current = grammarAccess.getRiskTreatmentAccess().getTRANSFEREnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getRiskTreatmentAccess().getTRANSFEREnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalItup.g:6419:3: (enumLiteral_3= 'acceptance' )
                    {
                    // InternalItup.g:6419:3: (enumLiteral_3= 'acceptance' )
                    // InternalItup.g:6420:4: enumLiteral_3= 'acceptance'
                    {
                    enumLiteral_3=(Token)match(input,123,FOLLOW_2); 

                    				current = grammarAccess.getRiskTreatmentAccess().getACCEPTANCEEnumLiteralDeclaration_3().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_3, grammarAccess.getRiskTreatmentAccess().getACCEPTANCEEnumLiteralDeclaration_3());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleRiskTreatment"


    // $ANTLR start "ruleSwotKind"
    // InternalItup.g:6430:1: ruleSwotKind returns [Enumerator current=null] : ( (enumLiteral_0= 'strength' ) | (enumLiteral_1= 'weakness' ) | (enumLiteral_2= 'opportunity' ) | (enumLiteral_3= 'threat' ) ) ;
    public final Enumerator ruleSwotKind() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;


        	enterRule();

        try {
            // InternalItup.g:6436:2: ( ( (enumLiteral_0= 'strength' ) | (enumLiteral_1= 'weakness' ) | (enumLiteral_2= 'opportunity' ) | (enumLiteral_3= 'threat' ) ) )
            // InternalItup.g:6437:2: ( (enumLiteral_0= 'strength' ) | (enumLiteral_1= 'weakness' ) | (enumLiteral_2= 'opportunity' ) | (enumLiteral_3= 'threat' ) )
            {
            // InternalItup.g:6437:2: ( (enumLiteral_0= 'strength' ) | (enumLiteral_1= 'weakness' ) | (enumLiteral_2= 'opportunity' ) | (enumLiteral_3= 'threat' ) )
            int alt124=4;
            switch ( input.LA(1) ) {
            case 124:
                {
                alt124=1;
                }
                break;
            case 125:
                {
                alt124=2;
                }
                break;
            case 126:
                {
                alt124=3;
                }
                break;
            case 127:
                {
                alt124=4;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 124, 0, input);

                throw nvae;
            }

            switch (alt124) {
                case 1 :
                    // InternalItup.g:6438:3: (enumLiteral_0= 'strength' )
                    {
                    // InternalItup.g:6438:3: (enumLiteral_0= 'strength' )
                    // InternalItup.g:6439:4: enumLiteral_0= 'strength'
                    {
                    enumLiteral_0=(Token)match(input,124,FOLLOW_2); 

                    				current = grammarAccess.getSwotKindAccess().getSTRENGTHEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getSwotKindAccess().getSTRENGTHEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:6446:3: (enumLiteral_1= 'weakness' )
                    {
                    // InternalItup.g:6446:3: (enumLiteral_1= 'weakness' )
                    // InternalItup.g:6447:4: enumLiteral_1= 'weakness'
                    {
                    enumLiteral_1=(Token)match(input,125,FOLLOW_2); 

                    				current = grammarAccess.getSwotKindAccess().getWEAKNESSEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getSwotKindAccess().getWEAKNESSEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:6454:3: (enumLiteral_2= 'opportunity' )
                    {
                    // InternalItup.g:6454:3: (enumLiteral_2= 'opportunity' )
                    // InternalItup.g:6455:4: enumLiteral_2= 'opportunity'
                    {
                    enumLiteral_2=(Token)match(input,126,FOLLOW_2); 

                    				current = grammarAccess.getSwotKindAccess().getOPPORTUNITYEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getSwotKindAccess().getOPPORTUNITYEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalItup.g:6462:3: (enumLiteral_3= 'threat' )
                    {
                    // InternalItup.g:6462:3: (enumLiteral_3= 'threat' )
                    // InternalItup.g:6463:4: enumLiteral_3= 'threat'
                    {
                    enumLiteral_3=(Token)match(input,127,FOLLOW_2); 

                    				current = grammarAccess.getSwotKindAccess().getTHREATEnumLiteralDeclaration_3().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_3, grammarAccess.getSwotKindAccess().getTHREATEnumLiteralDeclaration_3());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleSwotKind"

    // Delegated rules


    protected DFA86 dfa86 = new DFA86(this);
    static final String dfa_1s = "\12\uffff";
    static final String dfa_2s = "\1\34\11\uffff";
    static final String dfa_3s = "\1\163\11\uffff";
    static final String dfa_4s = "\1\uffff\1\11\1\1\1\2\1\3\1\4\1\5\1\6\1\7\1\10";
    static final String dfa_5s = "\1\0\11\uffff}>";
    static final String[] dfa_6s = {
            "\1\1\10\uffff\1\11\14\uffff\1\7\25\uffff\1\4\2\uffff\1\3\11\uffff\1\2\1\5\1\10\1\1\1\6\31\uffff\1\6",
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

    static final short[] dfa_1 = DFA.unpackEncodedString(dfa_1s);
    static final char[] dfa_2 = DFA.unpackEncodedStringToUnsignedChars(dfa_2s);
    static final char[] dfa_3 = DFA.unpackEncodedStringToUnsignedChars(dfa_3s);
    static final short[] dfa_4 = DFA.unpackEncodedString(dfa_4s);
    static final short[] dfa_5 = DFA.unpackEncodedString(dfa_5s);
    static final short[][] dfa_6 = unpackEncodedStringArray(dfa_6s);

    class DFA86 extends DFA {

        public DFA86(BaseRecognizer recognizer) {
            this.recognizer = recognizer;
            this.decisionNumber = 86;
            this.eot = dfa_1;
            this.eof = dfa_1;
            this.min = dfa_2;
            this.max = dfa_3;
            this.accept = dfa_4;
            this.special = dfa_5;
            this.transition = dfa_6;
        }
        public String getDescription() {
            return "()* loopback of 4418:7: ( ({...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) ) ) )*";
        }
        public int specialStateTransition(int s, IntStream _input) throws NoViableAltException {
            TokenStream input = (TokenStream)_input;
        	int _s = s;
            switch ( s ) {
                    case 0 : 
                        int LA86_0 = input.LA(1);

                         
                        int index86_0 = input.index();
                        input.rewind();
                        s = -1;
                        if ( (LA86_0==28||LA86_0==88) ) {s = 1;}

                        else if ( LA86_0 == 85 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 0) ) {s = 2;}

                        else if ( LA86_0 == 75 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 1) ) {s = 3;}

                        else if ( LA86_0 == 72 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 2) ) {s = 4;}

                        else if ( LA86_0 == 86 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 3) ) {s = 5;}

                        else if ( ( LA86_0 == 89 || LA86_0 == 115 ) && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 4) ) {s = 6;}

                        else if ( LA86_0 == 50 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 5) ) {s = 7;}

                        else if ( LA86_0 == 87 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 6) ) {s = 8;}

                        else if ( LA86_0 == 37 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 7) ) {s = 9;}

                         
                        input.seek(index86_0);
                        if ( s>=0 ) return s;
                        break;
            }
            NoViableAltException nvae =
                new NoViableAltException(getDescription(), 86, _s, input);
            error(nvae);
            throw nvae;
        }
    }
 

    public static final BitSet FOLLOW_1 = new BitSet(new long[]{0x0000000000000000L});
    public static final BitSet FOLLOW_2 = new BitSet(new long[]{0x0000000000000002L});
    public static final BitSet FOLLOW_3 = new BitSet(new long[]{0x0000000000000020L});
    public static final BitSet FOLLOW_4 = new BitSet(new long[]{0x69020000A7AB5012L,0x0001843000000030L});
    public static final BitSet FOLLOW_5 = new BitSet(new long[]{0x69020000A7AB5002L,0x0001843000000030L});
    public static final BitSet FOLLOW_6 = new BitSet(new long[]{0x0000000000000040L});
    public static final BitSet FOLLOW_7 = new BitSet(new long[]{0x0000000000002000L});
    public static final BitSet FOLLOW_8 = new BitSet(new long[]{0x69020000A7AB4002L,0x0001843000000030L});
    public static final BitSet FOLLOW_9 = new BitSet(new long[]{0x0000000000008000L});
    public static final BitSet FOLLOW_10 = new BitSet(new long[]{0x0000000000000010L});
    public static final BitSet FOLLOW_11 = new BitSet(new long[]{0x69020000A7AB0002L,0x0001843000000030L});
    public static final BitSet FOLLOW_12 = new BitSet(new long[]{0x69020000A7AA0002L,0x0001843000000030L});
    public static final BitSet FOLLOW_13 = new BitSet(new long[]{0x68020000A7AC0002L,0x0001843000000030L});
    public static final BitSet FOLLOW_14 = new BitSet(new long[]{0x0000000000100000L});
    public static final BitSet FOLLOW_15 = new BitSet(new long[]{0x68020000A7A80002L,0x0001843000000030L});
    public static final BitSet FOLLOW_16 = new BitSet(new long[]{0x68020000A7A00002L,0x0001843000000030L});
    public static final BitSet FOLLOW_17 = new BitSet(new long[]{0x0000000000400000L});
    public static final BitSet FOLLOW_18 = new BitSet(new long[]{0x0000000000000060L});
    public static final BitSet FOLLOW_19 = new BitSet(new long[]{0x68020000A7A40002L,0x0001843000000030L});
    public static final BitSet FOLLOW_20 = new BitSet(new long[]{0x60020000A7A00002L,0x0001843000000030L});
    public static final BitSet FOLLOW_21 = new BitSet(new long[]{0x60020000A7200002L,0x0001843000000020L});
    public static final BitSet FOLLOW_22 = new BitSet(new long[]{0x60020000A6200002L,0x0001843000000020L});
    public static final BitSet FOLLOW_23 = new BitSet(new long[]{0x60020000A4240002L,0x0001843000000020L});
    public static final BitSet FOLLOW_24 = new BitSet(new long[]{0x60020000A4200002L,0x0001843000000020L});
    public static final BitSet FOLLOW_25 = new BitSet(new long[]{0x0000000008000000L});
    public static final BitSet FOLLOW_26 = new BitSet(new long[]{0x0000000010000000L,0xF000000000000000L});
    public static final BitSet FOLLOW_27 = new BitSet(new long[]{0x0000000040000000L});
    public static final BitSet FOLLOW_28 = new BitSet(new long[]{0x0000000100000000L});
    public static final BitSet FOLLOW_29 = new BitSet(new long[]{0x0000000000000800L});
    public static final BitSet FOLLOW_30 = new BitSet(new long[]{0x0000000400000000L});
    public static final BitSet FOLLOW_31 = new BitSet(new long[]{0x0000000800000000L});
    public static final BitSet FOLLOW_32 = new BitSet(new long[]{0x0000001000000000L});
    public static final BitSet FOLLOW_33 = new BitSet(new long[]{0x0000016000000002L});
    public static final BitSet FOLLOW_34 = new BitSet(new long[]{0x0000014000000002L});
    public static final BitSet FOLLOW_35 = new BitSet(new long[]{0x0000010000000002L});
    public static final BitSet FOLLOW_36 = new BitSet(new long[]{0x0000008010000000L});
    public static final BitSet FOLLOW_37 = new BitSet(new long[]{0x00000E2010000800L,0x0000000000100000L});
    public static final BitSet FOLLOW_38 = new BitSet(new long[]{0x0000000010000000L});
    public static final BitSet FOLLOW_39 = new BitSet(new long[]{0x0000008000000000L});
    public static final BitSet FOLLOW_40 = new BitSet(new long[]{0x00000E2000000802L,0x0000000000100000L});
    public static final BitSet FOLLOW_41 = new BitSet(new long[]{0x0000000000000052L,0x0000020000000000L});
    public static final BitSet FOLLOW_42 = new BitSet(new long[]{0x0000000000000012L});
    public static final BitSet FOLLOW_43 = new BitSet(new long[]{0x0000200000000000L});
    public static final BitSet FOLLOW_44 = new BitSet(new long[]{0x00A0C00000000002L});
    public static final BitSet FOLLOW_45 = new BitSet(new long[]{0x0001000000000000L});
    public static final BitSet FOLLOW_46 = new BitSet(new long[]{0x0002000000000000L});
    public static final BitSet FOLLOW_47 = new BitSet(new long[]{0x0000000000000040L,0x0000020000000000L});
    public static final BitSet FOLLOW_48 = new BitSet(new long[]{0x001C000000000012L});
    public static final BitSet FOLLOW_49 = new BitSet(new long[]{0x001C000000000002L});
    public static final BitSet FOLLOW_50 = new BitSet(new long[]{0x0040000000000000L});
    public static final BitSet FOLLOW_51 = new BitSet(new long[]{0x0000000400000002L});
    public static final BitSet FOLLOW_52 = new BitSet(new long[]{0x0000000000040002L});
    public static final BitSet FOLLOW_53 = new BitSet(new long[]{0x000000C010000000L,0x0000040008080000L});
    public static final BitSet FOLLOW_54 = new BitSet(new long[]{0x0000000000040000L});
    public static final BitSet FOLLOW_55 = new BitSet(new long[]{0x1000000000000002L});
    public static final BitSet FOLLOW_56 = new BitSet(new long[]{0xE000000000000000L,0x000000000000000FL});
    public static final BitSet FOLLOW_57 = new BitSet(new long[]{0x000000C010000000L,0x0000000008080100L});
    public static final BitSet FOLLOW_58 = new BitSet(new long[]{0x0000000000100010L});
    public static final BitSet FOLLOW_59 = new BitSet(new long[]{0x0000000008000010L});
    public static final BitSet FOLLOW_60 = new BitSet(new long[]{0x04000000B0000000L,0x00000000000001C0L});
    public static final BitSet FOLLOW_61 = new BitSet(new long[]{0x04000000B0000000L,0x0000000000000180L});
    public static final BitSet FOLLOW_62 = new BitSet(new long[]{0x04000000B0000000L,0x0000000000000100L});
    public static final BitSet FOLLOW_63 = new BitSet(new long[]{0x04000000B0040000L,0x0000000000000100L});
    public static final BitSet FOLLOW_64 = new BitSet(new long[]{0x0000000008100012L});
    public static final BitSet FOLLOW_65 = new BitSet(new long[]{0x0000000008000012L});
    public static final BitSet FOLLOW_66 = new BitSet(new long[]{0x0000000008000002L});
    public static final BitSet FOLLOW_67 = new BitSet(new long[]{0x0400000010008000L,0x0000780000100E00L});
    public static final BitSet FOLLOW_68 = new BitSet(new long[]{0x0400000010008010L,0x0000780000100E00L});
    public static final BitSet FOLLOW_69 = new BitSet(new long[]{0x0000000010000000L,0x0000000000100000L});
    public static final BitSet FOLLOW_70 = new BitSet(new long[]{0x0002800000000002L});
    public static final BitSet FOLLOW_71 = new BitSet(new long[]{0x0000000000000002L,0x0000000000001000L});
    public static final BitSet FOLLOW_72 = new BitSet(new long[]{0x0000000000040000L,0x0000000000002000L});
    public static final BitSet FOLLOW_73 = new BitSet(new long[]{0x8200004010000000L,0x0000000008004008L});
    public static final BitSet FOLLOW_74 = new BitSet(new long[]{0x8200004010000000L,0x0000000008000008L});
    public static final BitSet FOLLOW_75 = new BitSet(new long[]{0x860000C030000000L,0x00000000081E804FL});
    public static final BitSet FOLLOW_76 = new BitSet(new long[]{0x860000C030000000L,0x00000000081E800FL});
    public static final BitSet FOLLOW_77 = new BitSet(new long[]{0x0000000000000000L,0x0000000000010020L});
    public static final BitSet FOLLOW_78 = new BitSet(new long[]{0x860000C030040000L,0x00000000081E800FL});
    public static final BitSet FOLLOW_79 = new BitSet(new long[]{0x0400000010000000L,0x0000000000100000L});
    public static final BitSet FOLLOW_80 = new BitSet(new long[]{0x8600004010000000L,0x0000000008100008L});
    public static final BitSet FOLLOW_81 = new BitSet(new long[]{0x0000000000000070L});
    public static final BitSet FOLLOW_82 = new BitSet(new long[]{0x0004002010000000L,0x0008000003E00900L});
    public static final BitSet FOLLOW_83 = new BitSet(new long[]{0x0004002010008000L,0x0008000003E00900L});
    public static final BitSet FOLLOW_84 = new BitSet(new long[]{0x0000000000000000L,0x0010300000000000L});
    public static final BitSet FOLLOW_85 = new BitSet(new long[]{0x0000000000000000L,0x00E0000000000000L});
    public static final BitSet FOLLOW_86 = new BitSet(new long[]{0x0000000010000000L,0x0000000001000000L});
    public static final BitSet FOLLOW_87 = new BitSet(new long[]{0x0000000000000000L,0x0006000000000000L});
    public static final BitSet FOLLOW_88 = new BitSet(new long[]{0x0000000000000000L,0x0000000004000000L});
    public static final BitSet FOLLOW_89 = new BitSet(new long[]{0x0000020010000000L,0x0000000050000001L});
    public static final BitSet FOLLOW_90 = new BitSet(new long[]{0x0000000000000060L,0x0000000020000000L});
    public static final BitSet FOLLOW_91 = new BitSet(new long[]{0x0000020010000000L,0x0000000040000001L});
    public static final BitSet FOLLOW_92 = new BitSet(new long[]{0x0000020010040000L,0x0000000040000001L});
    public static final BitSet FOLLOW_93 = new BitSet(new long[]{0x0000000010000000L,0x0000000F80000000L});
    public static final BitSet FOLLOW_94 = new BitSet(new long[]{0x0000000010000000L,0x0000000C00000000L});
    public static final BitSet FOLLOW_95 = new BitSet(new long[]{0x0000000010000000L,0x0000000800000000L});
    public static final BitSet FOLLOW_96 = new BitSet(new long[]{0x0000000000000010L,0x0F00000000000000L});
    public static final BitSet FOLLOW_97 = new BitSet(new long[]{0x0000000010000000L,0x0000001000000000L});
    public static final BitSet FOLLOW_98 = new BitSet(new long[]{0x0000000010000020L,0x0000004000000000L});
    public static final BitSet FOLLOW_99 = new BitSet(new long[]{0x0000000010000020L});
    public static final BitSet FOLLOW_100 = new BitSet(new long[]{0x0000000000000010L,0x0000008000000000L});
    public static final BitSet FOLLOW_101 = new BitSet(new long[]{0x0000000000000002L,0x0000030000000000L});
    public static final BitSet FOLLOW_102 = new BitSet(new long[]{0x0000000000000002L,0x0000020000000000L});
    public static final BitSet FOLLOW_103 = new BitSet(new long[]{0x0000000000000002L,0x0000010000000000L});

}
