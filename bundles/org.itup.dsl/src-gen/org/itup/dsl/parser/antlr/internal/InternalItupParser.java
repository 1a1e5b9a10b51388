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
        "<invalid>", "<EOR>", "<DOWN>", "<UP>", "RULE_STRING", "RULE_ID", "RULE_INT", "RULE_ML_COMMENT", "RULE_SL_COMMENT", "RULE_WS", "RULE_ANY_OTHER", "'plan'", "'period'", "'to'", "'adopted'", "'by'", "'currency'", "'languages'", "','", "'codes'", "'official'", "'risk'", "'scale'", "'vision'", "'mission'", "'sectors'", "'swot'", "'{'", "'}'", "'wsis'", "'facilitator'", "'sdg'", "'custodian'", "'operational'", "'for'", "'year'", "'implements'", "'responsible'", "'objective'", "'output'", "'retired'", "'activity'", "'forecast'", "'resources'", "'monitoring'", "'of'", "'data'", "'measured'", "'in'", "'value'", "'source'", "'date'", "'note'", "'spent'", "'on'", "'assessment'", "'rate'", "'budget'", "'replaces'", "'import'", "'goal'", "'statement'", "'description'", "'target'", "'horizon'", "'population'", "'baseline'", "'('", "')'", "'bureau'", "'primary'", "'goals'", "'secondary'", "'contributors'", "'outcome'", "'indicator'", "'unit'", "'direction'", "'frequency'", "'milestone'", "'at'", "'and'", "'enabler'", "'supports'", "'all'", "'contribution'", "'result'", "'likelihood'", "'impact'", "'owner'", "'aspect'", "'mitigation'", "'criterion'", "'term'", "'definition'", "'unavailable'", "'.'", "'-'", "'level'", "'increase'", "'decrease'", "'qualitative'", "'sector'", "'inter-sectoral'", "'secretariat'", "'least'", "'most'", "'between'", "'maintain'", "'annual'", "'quarterly'", "'monthly'", "'avoidance'", "'limitation'", "'transfer'", "'acceptance'", "'strength'", "'weakness'", "'opportunity'", "'threat'"
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
    public static final int T__63=63;
    public static final int T__64=64;
    public static final int T__65=65;
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
    public static final int T__70=70;
    public static final int T__71=71;
    public static final int T__72=72;
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
    // InternalItup.g:117:1: rulePlan returns [EObject current=null] : (otherlv_0= 'plan' ( (lv_name_1_0= rulePlanName ) ) ( (lv_title_2_0= RULE_STRING ) )? (otherlv_3= 'period' ( (lv_startYear_4_0= ruleYear ) ) otherlv_5= 'to' ( (lv_endYear_6_0= ruleYear ) ) )? (otherlv_7= 'adopted' otherlv_8= 'by' ( (lv_adoptedBy_9_0= RULE_STRING ) ) )? (otherlv_10= 'currency' ( (lv_currency_11_0= RULE_STRING ) ) )? ( (lv_rates_12_0= ruleExchangeRate ) )* (otherlv_13= 'languages' ( (lv_languages_14_0= RULE_ID ) ) (otherlv_15= ',' ( (lv_languages_16_0= RULE_ID ) ) )* )? ( ( (lv_officialCodes_17_0= 'codes' ) ) otherlv_18= 'official' )? (otherlv_19= 'risk' otherlv_20= 'scale' ( (lv_riskScale_21_0= ruleCode ) ) (otherlv_22= ',' ( (lv_riskScale_23_0= ruleCode ) ) )* )? ( (lv_imports_24_0= ruleImport ) )* (otherlv_25= 'vision' ( (lv_vision_26_0= RULE_STRING ) ) )? (otherlv_27= 'mission' ( (lv_mission_28_0= RULE_STRING ) ) )? (otherlv_29= 'sectors' ( ( ruleCode ) ) (otherlv_31= ',' ( ( ruleCode ) ) )* )? ( ( (lv_values_33_0= ruleCoreValue ) ) | ( (lv_goals_34_0= ruleGoal ) ) | ( (lv_sectors_35_0= ruleSector ) ) | ( (lv_risks_36_0= ruleStrategicRisk ) ) | (otherlv_37= 'swot' otherlv_38= '{' ( (lv_swot_39_0= ruleSwotItem ) )* otherlv_40= '}' ) | (otherlv_41= 'wsis' otherlv_42= 'facilitator' ( (lv_wsisActionLines_43_0= ruleCode ) ) (otherlv_44= ',' ( (lv_wsisActionLines_45_0= ruleCode ) ) )* ) | (otherlv_46= 'sdg' otherlv_47= 'custodian' ( (lv_sdgCustodianIndicators_48_0= ruleCode ) ) (otherlv_49= ',' ( (lv_sdgCustodianIndicators_50_0= ruleCode ) ) )* ) | ( (lv_criteria_51_0= ruleImplementationCriterion ) ) | ( (lv_glossary_52_0= ruleGlossaryTerm ) ) )* ) ;
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
        Token otherlv_19=null;
        Token otherlv_20=null;
        Token otherlv_22=null;
        Token otherlv_25=null;
        Token lv_vision_26_0=null;
        Token otherlv_27=null;
        Token lv_mission_28_0=null;
        Token otherlv_29=null;
        Token otherlv_31=null;
        Token otherlv_37=null;
        Token otherlv_38=null;
        Token otherlv_40=null;
        Token otherlv_41=null;
        Token otherlv_42=null;
        Token otherlv_44=null;
        Token otherlv_46=null;
        Token otherlv_47=null;
        Token otherlv_49=null;
        AntlrDatatypeRuleToken lv_name_1_0 = null;

        AntlrDatatypeRuleToken lv_startYear_4_0 = null;

        AntlrDatatypeRuleToken lv_endYear_6_0 = null;

        EObject lv_rates_12_0 = null;

        AntlrDatatypeRuleToken lv_riskScale_21_0 = null;

        AntlrDatatypeRuleToken lv_riskScale_23_0 = null;

        EObject lv_imports_24_0 = null;

        EObject lv_values_33_0 = null;

        EObject lv_goals_34_0 = null;

        EObject lv_sectors_35_0 = null;

        EObject lv_risks_36_0 = null;

        EObject lv_swot_39_0 = null;

        AntlrDatatypeRuleToken lv_wsisActionLines_43_0 = null;

        AntlrDatatypeRuleToken lv_wsisActionLines_45_0 = null;

        AntlrDatatypeRuleToken lv_sdgCustodianIndicators_48_0 = null;

        AntlrDatatypeRuleToken lv_sdgCustodianIndicators_50_0 = null;

        EObject lv_criteria_51_0 = null;

        EObject lv_glossary_52_0 = null;



        	enterRule();

        try {
            // InternalItup.g:123:2: ( (otherlv_0= 'plan' ( (lv_name_1_0= rulePlanName ) ) ( (lv_title_2_0= RULE_STRING ) )? (otherlv_3= 'period' ( (lv_startYear_4_0= ruleYear ) ) otherlv_5= 'to' ( (lv_endYear_6_0= ruleYear ) ) )? (otherlv_7= 'adopted' otherlv_8= 'by' ( (lv_adoptedBy_9_0= RULE_STRING ) ) )? (otherlv_10= 'currency' ( (lv_currency_11_0= RULE_STRING ) ) )? ( (lv_rates_12_0= ruleExchangeRate ) )* (otherlv_13= 'languages' ( (lv_languages_14_0= RULE_ID ) ) (otherlv_15= ',' ( (lv_languages_16_0= RULE_ID ) ) )* )? ( ( (lv_officialCodes_17_0= 'codes' ) ) otherlv_18= 'official' )? (otherlv_19= 'risk' otherlv_20= 'scale' ( (lv_riskScale_21_0= ruleCode ) ) (otherlv_22= ',' ( (lv_riskScale_23_0= ruleCode ) ) )* )? ( (lv_imports_24_0= ruleImport ) )* (otherlv_25= 'vision' ( (lv_vision_26_0= RULE_STRING ) ) )? (otherlv_27= 'mission' ( (lv_mission_28_0= RULE_STRING ) ) )? (otherlv_29= 'sectors' ( ( ruleCode ) ) (otherlv_31= ',' ( ( ruleCode ) ) )* )? ( ( (lv_values_33_0= ruleCoreValue ) ) | ( (lv_goals_34_0= ruleGoal ) ) | ( (lv_sectors_35_0= ruleSector ) ) | ( (lv_risks_36_0= ruleStrategicRisk ) ) | (otherlv_37= 'swot' otherlv_38= '{' ( (lv_swot_39_0= ruleSwotItem ) )* otherlv_40= '}' ) | (otherlv_41= 'wsis' otherlv_42= 'facilitator' ( (lv_wsisActionLines_43_0= ruleCode ) ) (otherlv_44= ',' ( (lv_wsisActionLines_45_0= ruleCode ) ) )* ) | (otherlv_46= 'sdg' otherlv_47= 'custodian' ( (lv_sdgCustodianIndicators_48_0= ruleCode ) ) (otherlv_49= ',' ( (lv_sdgCustodianIndicators_50_0= ruleCode ) ) )* ) | ( (lv_criteria_51_0= ruleImplementationCriterion ) ) | ( (lv_glossary_52_0= ruleGlossaryTerm ) ) )* ) )
            // InternalItup.g:124:2: (otherlv_0= 'plan' ( (lv_name_1_0= rulePlanName ) ) ( (lv_title_2_0= RULE_STRING ) )? (otherlv_3= 'period' ( (lv_startYear_4_0= ruleYear ) ) otherlv_5= 'to' ( (lv_endYear_6_0= ruleYear ) ) )? (otherlv_7= 'adopted' otherlv_8= 'by' ( (lv_adoptedBy_9_0= RULE_STRING ) ) )? (otherlv_10= 'currency' ( (lv_currency_11_0= RULE_STRING ) ) )? ( (lv_rates_12_0= ruleExchangeRate ) )* (otherlv_13= 'languages' ( (lv_languages_14_0= RULE_ID ) ) (otherlv_15= ',' ( (lv_languages_16_0= RULE_ID ) ) )* )? ( ( (lv_officialCodes_17_0= 'codes' ) ) otherlv_18= 'official' )? (otherlv_19= 'risk' otherlv_20= 'scale' ( (lv_riskScale_21_0= ruleCode ) ) (otherlv_22= ',' ( (lv_riskScale_23_0= ruleCode ) ) )* )? ( (lv_imports_24_0= ruleImport ) )* (otherlv_25= 'vision' ( (lv_vision_26_0= RULE_STRING ) ) )? (otherlv_27= 'mission' ( (lv_mission_28_0= RULE_STRING ) ) )? (otherlv_29= 'sectors' ( ( ruleCode ) ) (otherlv_31= ',' ( ( ruleCode ) ) )* )? ( ( (lv_values_33_0= ruleCoreValue ) ) | ( (lv_goals_34_0= ruleGoal ) ) | ( (lv_sectors_35_0= ruleSector ) ) | ( (lv_risks_36_0= ruleStrategicRisk ) ) | (otherlv_37= 'swot' otherlv_38= '{' ( (lv_swot_39_0= ruleSwotItem ) )* otherlv_40= '}' ) | (otherlv_41= 'wsis' otherlv_42= 'facilitator' ( (lv_wsisActionLines_43_0= ruleCode ) ) (otherlv_44= ',' ( (lv_wsisActionLines_45_0= ruleCode ) ) )* ) | (otherlv_46= 'sdg' otherlv_47= 'custodian' ( (lv_sdgCustodianIndicators_48_0= ruleCode ) ) (otherlv_49= ',' ( (lv_sdgCustodianIndicators_50_0= ruleCode ) ) )* ) | ( (lv_criteria_51_0= ruleImplementationCriterion ) ) | ( (lv_glossary_52_0= ruleGlossaryTerm ) ) )* )
            {
            // InternalItup.g:124:2: (otherlv_0= 'plan' ( (lv_name_1_0= rulePlanName ) ) ( (lv_title_2_0= RULE_STRING ) )? (otherlv_3= 'period' ( (lv_startYear_4_0= ruleYear ) ) otherlv_5= 'to' ( (lv_endYear_6_0= ruleYear ) ) )? (otherlv_7= 'adopted' otherlv_8= 'by' ( (lv_adoptedBy_9_0= RULE_STRING ) ) )? (otherlv_10= 'currency' ( (lv_currency_11_0= RULE_STRING ) ) )? ( (lv_rates_12_0= ruleExchangeRate ) )* (otherlv_13= 'languages' ( (lv_languages_14_0= RULE_ID ) ) (otherlv_15= ',' ( (lv_languages_16_0= RULE_ID ) ) )* )? ( ( (lv_officialCodes_17_0= 'codes' ) ) otherlv_18= 'official' )? (otherlv_19= 'risk' otherlv_20= 'scale' ( (lv_riskScale_21_0= ruleCode ) ) (otherlv_22= ',' ( (lv_riskScale_23_0= ruleCode ) ) )* )? ( (lv_imports_24_0= ruleImport ) )* (otherlv_25= 'vision' ( (lv_vision_26_0= RULE_STRING ) ) )? (otherlv_27= 'mission' ( (lv_mission_28_0= RULE_STRING ) ) )? (otherlv_29= 'sectors' ( ( ruleCode ) ) (otherlv_31= ',' ( ( ruleCode ) ) )* )? ( ( (lv_values_33_0= ruleCoreValue ) ) | ( (lv_goals_34_0= ruleGoal ) ) | ( (lv_sectors_35_0= ruleSector ) ) | ( (lv_risks_36_0= ruleStrategicRisk ) ) | (otherlv_37= 'swot' otherlv_38= '{' ( (lv_swot_39_0= ruleSwotItem ) )* otherlv_40= '}' ) | (otherlv_41= 'wsis' otherlv_42= 'facilitator' ( (lv_wsisActionLines_43_0= ruleCode ) ) (otherlv_44= ',' ( (lv_wsisActionLines_45_0= ruleCode ) ) )* ) | (otherlv_46= 'sdg' otherlv_47= 'custodian' ( (lv_sdgCustodianIndicators_48_0= ruleCode ) ) (otherlv_49= ',' ( (lv_sdgCustodianIndicators_50_0= ruleCode ) ) )* ) | ( (lv_criteria_51_0= ruleImplementationCriterion ) ) | ( (lv_glossary_52_0= ruleGlossaryTerm ) ) )* )
            // InternalItup.g:125:3: otherlv_0= 'plan' ( (lv_name_1_0= rulePlanName ) ) ( (lv_title_2_0= RULE_STRING ) )? (otherlv_3= 'period' ( (lv_startYear_4_0= ruleYear ) ) otherlv_5= 'to' ( (lv_endYear_6_0= ruleYear ) ) )? (otherlv_7= 'adopted' otherlv_8= 'by' ( (lv_adoptedBy_9_0= RULE_STRING ) ) )? (otherlv_10= 'currency' ( (lv_currency_11_0= RULE_STRING ) ) )? ( (lv_rates_12_0= ruleExchangeRate ) )* (otherlv_13= 'languages' ( (lv_languages_14_0= RULE_ID ) ) (otherlv_15= ',' ( (lv_languages_16_0= RULE_ID ) ) )* )? ( ( (lv_officialCodes_17_0= 'codes' ) ) otherlv_18= 'official' )? (otherlv_19= 'risk' otherlv_20= 'scale' ( (lv_riskScale_21_0= ruleCode ) ) (otherlv_22= ',' ( (lv_riskScale_23_0= ruleCode ) ) )* )? ( (lv_imports_24_0= ruleImport ) )* (otherlv_25= 'vision' ( (lv_vision_26_0= RULE_STRING ) ) )? (otherlv_27= 'mission' ( (lv_mission_28_0= RULE_STRING ) ) )? (otherlv_29= 'sectors' ( ( ruleCode ) ) (otherlv_31= ',' ( ( ruleCode ) ) )* )? ( ( (lv_values_33_0= ruleCoreValue ) ) | ( (lv_goals_34_0= ruleGoal ) ) | ( (lv_sectors_35_0= ruleSector ) ) | ( (lv_risks_36_0= ruleStrategicRisk ) ) | (otherlv_37= 'swot' otherlv_38= '{' ( (lv_swot_39_0= ruleSwotItem ) )* otherlv_40= '}' ) | (otherlv_41= 'wsis' otherlv_42= 'facilitator' ( (lv_wsisActionLines_43_0= ruleCode ) ) (otherlv_44= ',' ( (lv_wsisActionLines_45_0= ruleCode ) ) )* ) | (otherlv_46= 'sdg' otherlv_47= 'custodian' ( (lv_sdgCustodianIndicators_48_0= ruleCode ) ) (otherlv_49= ',' ( (lv_sdgCustodianIndicators_50_0= ruleCode ) ) )* ) | ( (lv_criteria_51_0= ruleImplementationCriterion ) ) | ( (lv_glossary_52_0= ruleGlossaryTerm ) ) )*
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
                alt9=1;
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

            // InternalItup.g:353:3: (otherlv_19= 'risk' otherlv_20= 'scale' ( (lv_riskScale_21_0= ruleCode ) ) (otherlv_22= ',' ( (lv_riskScale_23_0= ruleCode ) ) )* )?
            int alt11=2;
            int LA11_0 = input.LA(1);

            if ( (LA11_0==21) ) {
                int LA11_1 = input.LA(2);

                if ( (LA11_1==22) ) {
                    alt11=1;
                }
            }
            switch (alt11) {
                case 1 :
                    // InternalItup.g:354:4: otherlv_19= 'risk' otherlv_20= 'scale' ( (lv_riskScale_21_0= ruleCode ) ) (otherlv_22= ',' ( (lv_riskScale_23_0= ruleCode ) ) )*
                    {
                    otherlv_19=(Token)match(input,21,FOLLOW_16); 

                    				newLeafNode(otherlv_19, grammarAccess.getPlanAccess().getRiskKeyword_9_0());
                    			
                    otherlv_20=(Token)match(input,22,FOLLOW_17); 

                    				newLeafNode(otherlv_20, grammarAccess.getPlanAccess().getScaleKeyword_9_1());
                    			
                    // InternalItup.g:362:4: ( (lv_riskScale_21_0= ruleCode ) )
                    // InternalItup.g:363:5: (lv_riskScale_21_0= ruleCode )
                    {
                    // InternalItup.g:363:5: (lv_riskScale_21_0= ruleCode )
                    // InternalItup.g:364:6: lv_riskScale_21_0= ruleCode
                    {

                    						newCompositeNode(grammarAccess.getPlanAccess().getRiskScaleCodeParserRuleCall_9_2_0());
                    					
                    pushFollow(FOLLOW_18);
                    lv_riskScale_21_0=ruleCode();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getPlanRule());
                    						}
                    						add(
                    							current,
                    							"riskScale",
                    							lv_riskScale_21_0,
                    							"org.itup.dsl.Itup.Code");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }

                    // InternalItup.g:381:4: (otherlv_22= ',' ( (lv_riskScale_23_0= ruleCode ) ) )*
                    loop10:
                    do {
                        int alt10=2;
                        int LA10_0 = input.LA(1);

                        if ( (LA10_0==18) ) {
                            alt10=1;
                        }


                        switch (alt10) {
                    	case 1 :
                    	    // InternalItup.g:382:5: otherlv_22= ',' ( (lv_riskScale_23_0= ruleCode ) )
                    	    {
                    	    otherlv_22=(Token)match(input,18,FOLLOW_17); 

                    	    					newLeafNode(otherlv_22, grammarAccess.getPlanAccess().getCommaKeyword_9_3_0());
                    	    				
                    	    // InternalItup.g:386:5: ( (lv_riskScale_23_0= ruleCode ) )
                    	    // InternalItup.g:387:6: (lv_riskScale_23_0= ruleCode )
                    	    {
                    	    // InternalItup.g:387:6: (lv_riskScale_23_0= ruleCode )
                    	    // InternalItup.g:388:7: lv_riskScale_23_0= ruleCode
                    	    {

                    	    							newCompositeNode(grammarAccess.getPlanAccess().getRiskScaleCodeParserRuleCall_9_3_1_0());
                    	    						
                    	    pushFollow(FOLLOW_18);
                    	    lv_riskScale_23_0=ruleCode();

                    	    state._fsp--;


                    	    							if (current==null) {
                    	    								current = createModelElementForParent(grammarAccess.getPlanRule());
                    	    							}
                    	    							add(
                    	    								current,
                    	    								"riskScale",
                    	    								lv_riskScale_23_0,
                    	    								"org.itup.dsl.Itup.Code");
                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop10;
                        }
                    } while (true);


                    }
                    break;

            }

            // InternalItup.g:407:3: ( (lv_imports_24_0= ruleImport ) )*
            loop12:
            do {
                int alt12=2;
                int LA12_0 = input.LA(1);

                if ( (LA12_0==59) ) {
                    alt12=1;
                }


                switch (alt12) {
            	case 1 :
            	    // InternalItup.g:408:4: (lv_imports_24_0= ruleImport )
            	    {
            	    // InternalItup.g:408:4: (lv_imports_24_0= ruleImport )
            	    // InternalItup.g:409:5: lv_imports_24_0= ruleImport
            	    {

            	    					newCompositeNode(grammarAccess.getPlanAccess().getImportsImportParserRuleCall_10_0());
            	    				
            	    pushFollow(FOLLOW_15);
            	    lv_imports_24_0=ruleImport();

            	    state._fsp--;


            	    					if (current==null) {
            	    						current = createModelElementForParent(grammarAccess.getPlanRule());
            	    					}
            	    					add(
            	    						current,
            	    						"imports",
            	    						lv_imports_24_0,
            	    						"org.itup.dsl.Itup.Import");
            	    					afterParserOrEnumRuleCall();
            	    				

            	    }


            	    }
            	    break;

            	default :
            	    break loop12;
                }
            } while (true);

            // InternalItup.g:426:3: (otherlv_25= 'vision' ( (lv_vision_26_0= RULE_STRING ) ) )?
            int alt13=2;
            int LA13_0 = input.LA(1);

            if ( (LA13_0==23) ) {
                alt13=1;
            }
            switch (alt13) {
                case 1 :
                    // InternalItup.g:427:4: otherlv_25= 'vision' ( (lv_vision_26_0= RULE_STRING ) )
                    {
                    otherlv_25=(Token)match(input,23,FOLLOW_10); 

                    				newLeafNode(otherlv_25, grammarAccess.getPlanAccess().getVisionKeyword_11_0());
                    			
                    // InternalItup.g:431:4: ( (lv_vision_26_0= RULE_STRING ) )
                    // InternalItup.g:432:5: (lv_vision_26_0= RULE_STRING )
                    {
                    // InternalItup.g:432:5: (lv_vision_26_0= RULE_STRING )
                    // InternalItup.g:433:6: lv_vision_26_0= RULE_STRING
                    {
                    lv_vision_26_0=(Token)match(input,RULE_STRING,FOLLOW_19); 

                    						newLeafNode(lv_vision_26_0, grammarAccess.getPlanAccess().getVisionSTRINGTerminalRuleCall_11_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getPlanRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"vision",
                    							lv_vision_26_0,
                    							"org.eclipse.xtext.common.Terminals.STRING");
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalItup.g:450:3: (otherlv_27= 'mission' ( (lv_mission_28_0= RULE_STRING ) ) )?
            int alt14=2;
            int LA14_0 = input.LA(1);

            if ( (LA14_0==24) ) {
                alt14=1;
            }
            switch (alt14) {
                case 1 :
                    // InternalItup.g:451:4: otherlv_27= 'mission' ( (lv_mission_28_0= RULE_STRING ) )
                    {
                    otherlv_27=(Token)match(input,24,FOLLOW_10); 

                    				newLeafNode(otherlv_27, grammarAccess.getPlanAccess().getMissionKeyword_12_0());
                    			
                    // InternalItup.g:455:4: ( (lv_mission_28_0= RULE_STRING ) )
                    // InternalItup.g:456:5: (lv_mission_28_0= RULE_STRING )
                    {
                    // InternalItup.g:456:5: (lv_mission_28_0= RULE_STRING )
                    // InternalItup.g:457:6: lv_mission_28_0= RULE_STRING
                    {
                    lv_mission_28_0=(Token)match(input,RULE_STRING,FOLLOW_20); 

                    						newLeafNode(lv_mission_28_0, grammarAccess.getPlanAccess().getMissionSTRINGTerminalRuleCall_12_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getPlanRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"mission",
                    							lv_mission_28_0,
                    							"org.eclipse.xtext.common.Terminals.STRING");
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalItup.g:474:3: (otherlv_29= 'sectors' ( ( ruleCode ) ) (otherlv_31= ',' ( ( ruleCode ) ) )* )?
            int alt16=2;
            int LA16_0 = input.LA(1);

            if ( (LA16_0==25) ) {
                alt16=1;
            }
            switch (alt16) {
                case 1 :
                    // InternalItup.g:475:4: otherlv_29= 'sectors' ( ( ruleCode ) ) (otherlv_31= ',' ( ( ruleCode ) ) )*
                    {
                    otherlv_29=(Token)match(input,25,FOLLOW_17); 

                    				newLeafNode(otherlv_29, grammarAccess.getPlanAccess().getSectorsKeyword_13_0());
                    			
                    // InternalItup.g:479:4: ( ( ruleCode ) )
                    // InternalItup.g:480:5: ( ruleCode )
                    {
                    // InternalItup.g:480:5: ( ruleCode )
                    // InternalItup.g:481:6: ruleCode
                    {

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getPlanRule());
                    						}
                    					

                    						newCompositeNode(grammarAccess.getPlanAccess().getSectorOrderSectorCrossReference_13_1_0());
                    					
                    pushFollow(FOLLOW_21);
                    ruleCode();

                    state._fsp--;


                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }

                    // InternalItup.g:495:4: (otherlv_31= ',' ( ( ruleCode ) ) )*
                    loop15:
                    do {
                        int alt15=2;
                        int LA15_0 = input.LA(1);

                        if ( (LA15_0==18) ) {
                            alt15=1;
                        }


                        switch (alt15) {
                    	case 1 :
                    	    // InternalItup.g:496:5: otherlv_31= ',' ( ( ruleCode ) )
                    	    {
                    	    otherlv_31=(Token)match(input,18,FOLLOW_17); 

                    	    					newLeafNode(otherlv_31, grammarAccess.getPlanAccess().getCommaKeyword_13_2_0());
                    	    				
                    	    // InternalItup.g:500:5: ( ( ruleCode ) )
                    	    // InternalItup.g:501:6: ( ruleCode )
                    	    {
                    	    // InternalItup.g:501:6: ( ruleCode )
                    	    // InternalItup.g:502:7: ruleCode
                    	    {

                    	    							if (current==null) {
                    	    								current = createModelElement(grammarAccess.getPlanRule());
                    	    							}
                    	    						

                    	    							newCompositeNode(grammarAccess.getPlanAccess().getSectorOrderSectorCrossReference_13_2_1_0());
                    	    						
                    	    pushFollow(FOLLOW_21);
                    	    ruleCode();

                    	    state._fsp--;


                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop15;
                        }
                    } while (true);


                    }
                    break;

            }

            // InternalItup.g:518:3: ( ( (lv_values_33_0= ruleCoreValue ) ) | ( (lv_goals_34_0= ruleGoal ) ) | ( (lv_sectors_35_0= ruleSector ) ) | ( (lv_risks_36_0= ruleStrategicRisk ) ) | (otherlv_37= 'swot' otherlv_38= '{' ( (lv_swot_39_0= ruleSwotItem ) )* otherlv_40= '}' ) | (otherlv_41= 'wsis' otherlv_42= 'facilitator' ( (lv_wsisActionLines_43_0= ruleCode ) ) (otherlv_44= ',' ( (lv_wsisActionLines_45_0= ruleCode ) ) )* ) | (otherlv_46= 'sdg' otherlv_47= 'custodian' ( (lv_sdgCustodianIndicators_48_0= ruleCode ) ) (otherlv_49= ',' ( (lv_sdgCustodianIndicators_50_0= ruleCode ) ) )* ) | ( (lv_criteria_51_0= ruleImplementationCriterion ) ) | ( (lv_glossary_52_0= ruleGlossaryTerm ) ) )*
            loop20:
            do {
                int alt20=10;
                switch ( input.LA(1) ) {
                case 49:
                    {
                    alt20=1;
                    }
                    break;
                case 60:
                    {
                    alt20=2;
                    }
                    break;
                case 102:
                case 103:
                case 104:
                    {
                    alt20=3;
                    }
                    break;
                case 21:
                    {
                    alt20=4;
                    }
                    break;
                case 26:
                    {
                    alt20=5;
                    }
                    break;
                case 29:
                    {
                    alt20=6;
                    }
                    break;
                case 31:
                    {
                    alt20=7;
                    }
                    break;
                case 92:
                    {
                    alt20=8;
                    }
                    break;
                case 93:
                    {
                    alt20=9;
                    }
                    break;

                }

                switch (alt20) {
            	case 1 :
            	    // InternalItup.g:519:4: ( (lv_values_33_0= ruleCoreValue ) )
            	    {
            	    // InternalItup.g:519:4: ( (lv_values_33_0= ruleCoreValue ) )
            	    // InternalItup.g:520:5: (lv_values_33_0= ruleCoreValue )
            	    {
            	    // InternalItup.g:520:5: (lv_values_33_0= ruleCoreValue )
            	    // InternalItup.g:521:6: lv_values_33_0= ruleCoreValue
            	    {

            	    						newCompositeNode(grammarAccess.getPlanAccess().getValuesCoreValueParserRuleCall_14_0_0());
            	    					
            	    pushFollow(FOLLOW_22);
            	    lv_values_33_0=ruleCoreValue();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getPlanRule());
            	    						}
            	    						add(
            	    							current,
            	    							"values",
            	    							lv_values_33_0,
            	    							"org.itup.dsl.Itup.CoreValue");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 2 :
            	    // InternalItup.g:539:4: ( (lv_goals_34_0= ruleGoal ) )
            	    {
            	    // InternalItup.g:539:4: ( (lv_goals_34_0= ruleGoal ) )
            	    // InternalItup.g:540:5: (lv_goals_34_0= ruleGoal )
            	    {
            	    // InternalItup.g:540:5: (lv_goals_34_0= ruleGoal )
            	    // InternalItup.g:541:6: lv_goals_34_0= ruleGoal
            	    {

            	    						newCompositeNode(grammarAccess.getPlanAccess().getGoalsGoalParserRuleCall_14_1_0());
            	    					
            	    pushFollow(FOLLOW_22);
            	    lv_goals_34_0=ruleGoal();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getPlanRule());
            	    						}
            	    						add(
            	    							current,
            	    							"goals",
            	    							lv_goals_34_0,
            	    							"org.itup.dsl.Itup.Goal");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 3 :
            	    // InternalItup.g:559:4: ( (lv_sectors_35_0= ruleSector ) )
            	    {
            	    // InternalItup.g:559:4: ( (lv_sectors_35_0= ruleSector ) )
            	    // InternalItup.g:560:5: (lv_sectors_35_0= ruleSector )
            	    {
            	    // InternalItup.g:560:5: (lv_sectors_35_0= ruleSector )
            	    // InternalItup.g:561:6: lv_sectors_35_0= ruleSector
            	    {

            	    						newCompositeNode(grammarAccess.getPlanAccess().getSectorsSectorParserRuleCall_14_2_0());
            	    					
            	    pushFollow(FOLLOW_22);
            	    lv_sectors_35_0=ruleSector();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getPlanRule());
            	    						}
            	    						add(
            	    							current,
            	    							"sectors",
            	    							lv_sectors_35_0,
            	    							"org.itup.dsl.Itup.Sector");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 4 :
            	    // InternalItup.g:579:4: ( (lv_risks_36_0= ruleStrategicRisk ) )
            	    {
            	    // InternalItup.g:579:4: ( (lv_risks_36_0= ruleStrategicRisk ) )
            	    // InternalItup.g:580:5: (lv_risks_36_0= ruleStrategicRisk )
            	    {
            	    // InternalItup.g:580:5: (lv_risks_36_0= ruleStrategicRisk )
            	    // InternalItup.g:581:6: lv_risks_36_0= ruleStrategicRisk
            	    {

            	    						newCompositeNode(grammarAccess.getPlanAccess().getRisksStrategicRiskParserRuleCall_14_3_0());
            	    					
            	    pushFollow(FOLLOW_22);
            	    lv_risks_36_0=ruleStrategicRisk();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getPlanRule());
            	    						}
            	    						add(
            	    							current,
            	    							"risks",
            	    							lv_risks_36_0,
            	    							"org.itup.dsl.Itup.StrategicRisk");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 5 :
            	    // InternalItup.g:599:4: (otherlv_37= 'swot' otherlv_38= '{' ( (lv_swot_39_0= ruleSwotItem ) )* otherlv_40= '}' )
            	    {
            	    // InternalItup.g:599:4: (otherlv_37= 'swot' otherlv_38= '{' ( (lv_swot_39_0= ruleSwotItem ) )* otherlv_40= '}' )
            	    // InternalItup.g:600:5: otherlv_37= 'swot' otherlv_38= '{' ( (lv_swot_39_0= ruleSwotItem ) )* otherlv_40= '}'
            	    {
            	    otherlv_37=(Token)match(input,26,FOLLOW_23); 

            	    					newLeafNode(otherlv_37, grammarAccess.getPlanAccess().getSwotKeyword_14_4_0());
            	    				
            	    otherlv_38=(Token)match(input,27,FOLLOW_24); 

            	    					newLeafNode(otherlv_38, grammarAccess.getPlanAccess().getLeftCurlyBracketKeyword_14_4_1());
            	    				
            	    // InternalItup.g:608:5: ( (lv_swot_39_0= ruleSwotItem ) )*
            	    loop17:
            	    do {
            	        int alt17=2;
            	        int LA17_0 = input.LA(1);

            	        if ( ((LA17_0>=116 && LA17_0<=119)) ) {
            	            alt17=1;
            	        }


            	        switch (alt17) {
            	    	case 1 :
            	    	    // InternalItup.g:609:6: (lv_swot_39_0= ruleSwotItem )
            	    	    {
            	    	    // InternalItup.g:609:6: (lv_swot_39_0= ruleSwotItem )
            	    	    // InternalItup.g:610:7: lv_swot_39_0= ruleSwotItem
            	    	    {

            	    	    							newCompositeNode(grammarAccess.getPlanAccess().getSwotSwotItemParserRuleCall_14_4_2_0());
            	    	    						
            	    	    pushFollow(FOLLOW_24);
            	    	    lv_swot_39_0=ruleSwotItem();

            	    	    state._fsp--;


            	    	    							if (current==null) {
            	    	    								current = createModelElementForParent(grammarAccess.getPlanRule());
            	    	    							}
            	    	    							add(
            	    	    								current,
            	    	    								"swot",
            	    	    								lv_swot_39_0,
            	    	    								"org.itup.dsl.Itup.SwotItem");
            	    	    							afterParserOrEnumRuleCall();
            	    	    						

            	    	    }


            	    	    }
            	    	    break;

            	    	default :
            	    	    break loop17;
            	        }
            	    } while (true);

            	    otherlv_40=(Token)match(input,28,FOLLOW_22); 

            	    					newLeafNode(otherlv_40, grammarAccess.getPlanAccess().getRightCurlyBracketKeyword_14_4_3());
            	    				

            	    }


            	    }
            	    break;
            	case 6 :
            	    // InternalItup.g:633:4: (otherlv_41= 'wsis' otherlv_42= 'facilitator' ( (lv_wsisActionLines_43_0= ruleCode ) ) (otherlv_44= ',' ( (lv_wsisActionLines_45_0= ruleCode ) ) )* )
            	    {
            	    // InternalItup.g:633:4: (otherlv_41= 'wsis' otherlv_42= 'facilitator' ( (lv_wsisActionLines_43_0= ruleCode ) ) (otherlv_44= ',' ( (lv_wsisActionLines_45_0= ruleCode ) ) )* )
            	    // InternalItup.g:634:5: otherlv_41= 'wsis' otherlv_42= 'facilitator' ( (lv_wsisActionLines_43_0= ruleCode ) ) (otherlv_44= ',' ( (lv_wsisActionLines_45_0= ruleCode ) ) )*
            	    {
            	    otherlv_41=(Token)match(input,29,FOLLOW_25); 

            	    					newLeafNode(otherlv_41, grammarAccess.getPlanAccess().getWsisKeyword_14_5_0());
            	    				
            	    otherlv_42=(Token)match(input,30,FOLLOW_17); 

            	    					newLeafNode(otherlv_42, grammarAccess.getPlanAccess().getFacilitatorKeyword_14_5_1());
            	    				
            	    // InternalItup.g:642:5: ( (lv_wsisActionLines_43_0= ruleCode ) )
            	    // InternalItup.g:643:6: (lv_wsisActionLines_43_0= ruleCode )
            	    {
            	    // InternalItup.g:643:6: (lv_wsisActionLines_43_0= ruleCode )
            	    // InternalItup.g:644:7: lv_wsisActionLines_43_0= ruleCode
            	    {

            	    							newCompositeNode(grammarAccess.getPlanAccess().getWsisActionLinesCodeParserRuleCall_14_5_2_0());
            	    						
            	    pushFollow(FOLLOW_21);
            	    lv_wsisActionLines_43_0=ruleCode();

            	    state._fsp--;


            	    							if (current==null) {
            	    								current = createModelElementForParent(grammarAccess.getPlanRule());
            	    							}
            	    							add(
            	    								current,
            	    								"wsisActionLines",
            	    								lv_wsisActionLines_43_0,
            	    								"org.itup.dsl.Itup.Code");
            	    							afterParserOrEnumRuleCall();
            	    						

            	    }


            	    }

            	    // InternalItup.g:661:5: (otherlv_44= ',' ( (lv_wsisActionLines_45_0= ruleCode ) ) )*
            	    loop18:
            	    do {
            	        int alt18=2;
            	        int LA18_0 = input.LA(1);

            	        if ( (LA18_0==18) ) {
            	            alt18=1;
            	        }


            	        switch (alt18) {
            	    	case 1 :
            	    	    // InternalItup.g:662:6: otherlv_44= ',' ( (lv_wsisActionLines_45_0= ruleCode ) )
            	    	    {
            	    	    otherlv_44=(Token)match(input,18,FOLLOW_17); 

            	    	    						newLeafNode(otherlv_44, grammarAccess.getPlanAccess().getCommaKeyword_14_5_3_0());
            	    	    					
            	    	    // InternalItup.g:666:6: ( (lv_wsisActionLines_45_0= ruleCode ) )
            	    	    // InternalItup.g:667:7: (lv_wsisActionLines_45_0= ruleCode )
            	    	    {
            	    	    // InternalItup.g:667:7: (lv_wsisActionLines_45_0= ruleCode )
            	    	    // InternalItup.g:668:8: lv_wsisActionLines_45_0= ruleCode
            	    	    {

            	    	    								newCompositeNode(grammarAccess.getPlanAccess().getWsisActionLinesCodeParserRuleCall_14_5_3_1_0());
            	    	    							
            	    	    pushFollow(FOLLOW_21);
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


            	    	    }
            	    	    break;

            	    	default :
            	    	    break loop18;
            	        }
            	    } while (true);


            	    }


            	    }
            	    break;
            	case 7 :
            	    // InternalItup.g:688:4: (otherlv_46= 'sdg' otherlv_47= 'custodian' ( (lv_sdgCustodianIndicators_48_0= ruleCode ) ) (otherlv_49= ',' ( (lv_sdgCustodianIndicators_50_0= ruleCode ) ) )* )
            	    {
            	    // InternalItup.g:688:4: (otherlv_46= 'sdg' otherlv_47= 'custodian' ( (lv_sdgCustodianIndicators_48_0= ruleCode ) ) (otherlv_49= ',' ( (lv_sdgCustodianIndicators_50_0= ruleCode ) ) )* )
            	    // InternalItup.g:689:5: otherlv_46= 'sdg' otherlv_47= 'custodian' ( (lv_sdgCustodianIndicators_48_0= ruleCode ) ) (otherlv_49= ',' ( (lv_sdgCustodianIndicators_50_0= ruleCode ) ) )*
            	    {
            	    otherlv_46=(Token)match(input,31,FOLLOW_26); 

            	    					newLeafNode(otherlv_46, grammarAccess.getPlanAccess().getSdgKeyword_14_6_0());
            	    				
            	    otherlv_47=(Token)match(input,32,FOLLOW_17); 

            	    					newLeafNode(otherlv_47, grammarAccess.getPlanAccess().getCustodianKeyword_14_6_1());
            	    				
            	    // InternalItup.g:697:5: ( (lv_sdgCustodianIndicators_48_0= ruleCode ) )
            	    // InternalItup.g:698:6: (lv_sdgCustodianIndicators_48_0= ruleCode )
            	    {
            	    // InternalItup.g:698:6: (lv_sdgCustodianIndicators_48_0= ruleCode )
            	    // InternalItup.g:699:7: lv_sdgCustodianIndicators_48_0= ruleCode
            	    {

            	    							newCompositeNode(grammarAccess.getPlanAccess().getSdgCustodianIndicatorsCodeParserRuleCall_14_6_2_0());
            	    						
            	    pushFollow(FOLLOW_21);
            	    lv_sdgCustodianIndicators_48_0=ruleCode();

            	    state._fsp--;


            	    							if (current==null) {
            	    								current = createModelElementForParent(grammarAccess.getPlanRule());
            	    							}
            	    							add(
            	    								current,
            	    								"sdgCustodianIndicators",
            	    								lv_sdgCustodianIndicators_48_0,
            	    								"org.itup.dsl.Itup.Code");
            	    							afterParserOrEnumRuleCall();
            	    						

            	    }


            	    }

            	    // InternalItup.g:716:5: (otherlv_49= ',' ( (lv_sdgCustodianIndicators_50_0= ruleCode ) ) )*
            	    loop19:
            	    do {
            	        int alt19=2;
            	        int LA19_0 = input.LA(1);

            	        if ( (LA19_0==18) ) {
            	            alt19=1;
            	        }


            	        switch (alt19) {
            	    	case 1 :
            	    	    // InternalItup.g:717:6: otherlv_49= ',' ( (lv_sdgCustodianIndicators_50_0= ruleCode ) )
            	    	    {
            	    	    otherlv_49=(Token)match(input,18,FOLLOW_17); 

            	    	    						newLeafNode(otherlv_49, grammarAccess.getPlanAccess().getCommaKeyword_14_6_3_0());
            	    	    					
            	    	    // InternalItup.g:721:6: ( (lv_sdgCustodianIndicators_50_0= ruleCode ) )
            	    	    // InternalItup.g:722:7: (lv_sdgCustodianIndicators_50_0= ruleCode )
            	    	    {
            	    	    // InternalItup.g:722:7: (lv_sdgCustodianIndicators_50_0= ruleCode )
            	    	    // InternalItup.g:723:8: lv_sdgCustodianIndicators_50_0= ruleCode
            	    	    {

            	    	    								newCompositeNode(grammarAccess.getPlanAccess().getSdgCustodianIndicatorsCodeParserRuleCall_14_6_3_1_0());
            	    	    							
            	    	    pushFollow(FOLLOW_21);
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


            	    	    }
            	    	    break;

            	    	default :
            	    	    break loop19;
            	        }
            	    } while (true);


            	    }


            	    }
            	    break;
            	case 8 :
            	    // InternalItup.g:743:4: ( (lv_criteria_51_0= ruleImplementationCriterion ) )
            	    {
            	    // InternalItup.g:743:4: ( (lv_criteria_51_0= ruleImplementationCriterion ) )
            	    // InternalItup.g:744:5: (lv_criteria_51_0= ruleImplementationCriterion )
            	    {
            	    // InternalItup.g:744:5: (lv_criteria_51_0= ruleImplementationCriterion )
            	    // InternalItup.g:745:6: lv_criteria_51_0= ruleImplementationCriterion
            	    {

            	    						newCompositeNode(grammarAccess.getPlanAccess().getCriteriaImplementationCriterionParserRuleCall_14_7_0());
            	    					
            	    pushFollow(FOLLOW_22);
            	    lv_criteria_51_0=ruleImplementationCriterion();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getPlanRule());
            	    						}
            	    						add(
            	    							current,
            	    							"criteria",
            	    							lv_criteria_51_0,
            	    							"org.itup.dsl.Itup.ImplementationCriterion");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 9 :
            	    // InternalItup.g:763:4: ( (lv_glossary_52_0= ruleGlossaryTerm ) )
            	    {
            	    // InternalItup.g:763:4: ( (lv_glossary_52_0= ruleGlossaryTerm ) )
            	    // InternalItup.g:764:5: (lv_glossary_52_0= ruleGlossaryTerm )
            	    {
            	    // InternalItup.g:764:5: (lv_glossary_52_0= ruleGlossaryTerm )
            	    // InternalItup.g:765:6: lv_glossary_52_0= ruleGlossaryTerm
            	    {

            	    						newCompositeNode(grammarAccess.getPlanAccess().getGlossaryGlossaryTermParserRuleCall_14_8_0());
            	    					
            	    pushFollow(FOLLOW_22);
            	    lv_glossary_52_0=ruleGlossaryTerm();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getPlanRule());
            	    						}
            	    						add(
            	    							current,
            	    							"glossary",
            	    							lv_glossary_52_0,
            	    							"org.itup.dsl.Itup.GlossaryTerm");
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
    // InternalItup.g:787:1: entryRuleOperationalPlan returns [EObject current=null] : iv_ruleOperationalPlan= ruleOperationalPlan EOF ;
    public final EObject entryRuleOperationalPlan() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleOperationalPlan = null;


        try {
            // InternalItup.g:787:56: (iv_ruleOperationalPlan= ruleOperationalPlan EOF )
            // InternalItup.g:788:2: iv_ruleOperationalPlan= ruleOperationalPlan EOF
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
    // InternalItup.g:794:1: ruleOperationalPlan returns [EObject current=null] : (otherlv_0= 'operational' otherlv_1= 'plan' ( (lv_name_2_0= rulePlanName ) ) otherlv_3= 'for' ( ( ruleCode ) ) otherlv_5= 'year' ( (lv_year_6_0= ruleYear ) ) otherlv_7= 'implements' ( ( rulePlanName ) ) (otherlv_9= 'responsible' ( (lv_responsibleUnit_10_0= RULE_STRING ) ) )? ( (lv_objectives_11_0= ruleObjectivePlan ) )* ( (lv_retiredOutputs_12_0= ruleRetiredOutput ) )* ) ;
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
            // InternalItup.g:800:2: ( (otherlv_0= 'operational' otherlv_1= 'plan' ( (lv_name_2_0= rulePlanName ) ) otherlv_3= 'for' ( ( ruleCode ) ) otherlv_5= 'year' ( (lv_year_6_0= ruleYear ) ) otherlv_7= 'implements' ( ( rulePlanName ) ) (otherlv_9= 'responsible' ( (lv_responsibleUnit_10_0= RULE_STRING ) ) )? ( (lv_objectives_11_0= ruleObjectivePlan ) )* ( (lv_retiredOutputs_12_0= ruleRetiredOutput ) )* ) )
            // InternalItup.g:801:2: (otherlv_0= 'operational' otherlv_1= 'plan' ( (lv_name_2_0= rulePlanName ) ) otherlv_3= 'for' ( ( ruleCode ) ) otherlv_5= 'year' ( (lv_year_6_0= ruleYear ) ) otherlv_7= 'implements' ( ( rulePlanName ) ) (otherlv_9= 'responsible' ( (lv_responsibleUnit_10_0= RULE_STRING ) ) )? ( (lv_objectives_11_0= ruleObjectivePlan ) )* ( (lv_retiredOutputs_12_0= ruleRetiredOutput ) )* )
            {
            // InternalItup.g:801:2: (otherlv_0= 'operational' otherlv_1= 'plan' ( (lv_name_2_0= rulePlanName ) ) otherlv_3= 'for' ( ( ruleCode ) ) otherlv_5= 'year' ( (lv_year_6_0= ruleYear ) ) otherlv_7= 'implements' ( ( rulePlanName ) ) (otherlv_9= 'responsible' ( (lv_responsibleUnit_10_0= RULE_STRING ) ) )? ( (lv_objectives_11_0= ruleObjectivePlan ) )* ( (lv_retiredOutputs_12_0= ruleRetiredOutput ) )* )
            // InternalItup.g:802:3: otherlv_0= 'operational' otherlv_1= 'plan' ( (lv_name_2_0= rulePlanName ) ) otherlv_3= 'for' ( ( ruleCode ) ) otherlv_5= 'year' ( (lv_year_6_0= ruleYear ) ) otherlv_7= 'implements' ( ( rulePlanName ) ) (otherlv_9= 'responsible' ( (lv_responsibleUnit_10_0= RULE_STRING ) ) )? ( (lv_objectives_11_0= ruleObjectivePlan ) )* ( (lv_retiredOutputs_12_0= ruleRetiredOutput ) )*
            {
            otherlv_0=(Token)match(input,33,FOLLOW_27); 

            			newLeafNode(otherlv_0, grammarAccess.getOperationalPlanAccess().getOperationalKeyword_0());
            		
            otherlv_1=(Token)match(input,11,FOLLOW_3); 

            			newLeafNode(otherlv_1, grammarAccess.getOperationalPlanAccess().getPlanKeyword_1());
            		
            // InternalItup.g:810:3: ( (lv_name_2_0= rulePlanName ) )
            // InternalItup.g:811:4: (lv_name_2_0= rulePlanName )
            {
            // InternalItup.g:811:4: (lv_name_2_0= rulePlanName )
            // InternalItup.g:812:5: lv_name_2_0= rulePlanName
            {

            					newCompositeNode(grammarAccess.getOperationalPlanAccess().getNamePlanNameParserRuleCall_2_0());
            				
            pushFollow(FOLLOW_28);
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

            otherlv_3=(Token)match(input,34,FOLLOW_17); 

            			newLeafNode(otherlv_3, grammarAccess.getOperationalPlanAccess().getForKeyword_3());
            		
            // InternalItup.g:833:3: ( ( ruleCode ) )
            // InternalItup.g:834:4: ( ruleCode )
            {
            // InternalItup.g:834:4: ( ruleCode )
            // InternalItup.g:835:5: ruleCode
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getOperationalPlanRule());
            					}
            				

            					newCompositeNode(grammarAccess.getOperationalPlanAccess().getSectorSectorCrossReference_4_0());
            				
            pushFollow(FOLLOW_29);
            ruleCode();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_5=(Token)match(input,35,FOLLOW_6); 

            			newLeafNode(otherlv_5, grammarAccess.getOperationalPlanAccess().getYearKeyword_5());
            		
            // InternalItup.g:853:3: ( (lv_year_6_0= ruleYear ) )
            // InternalItup.g:854:4: (lv_year_6_0= ruleYear )
            {
            // InternalItup.g:854:4: (lv_year_6_0= ruleYear )
            // InternalItup.g:855:5: lv_year_6_0= ruleYear
            {

            					newCompositeNode(grammarAccess.getOperationalPlanAccess().getYearYearParserRuleCall_6_0());
            				
            pushFollow(FOLLOW_30);
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
            		
            // InternalItup.g:876:3: ( ( rulePlanName ) )
            // InternalItup.g:877:4: ( rulePlanName )
            {
            // InternalItup.g:877:4: ( rulePlanName )
            // InternalItup.g:878:5: rulePlanName
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getOperationalPlanRule());
            					}
            				

            					newCompositeNode(grammarAccess.getOperationalPlanAccess().getStrategicPlanPlanCrossReference_8_0());
            				
            pushFollow(FOLLOW_31);
            rulePlanName();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalItup.g:892:3: (otherlv_9= 'responsible' ( (lv_responsibleUnit_10_0= RULE_STRING ) ) )?
            int alt21=2;
            int LA21_0 = input.LA(1);

            if ( (LA21_0==37) ) {
                alt21=1;
            }
            switch (alt21) {
                case 1 :
                    // InternalItup.g:893:4: otherlv_9= 'responsible' ( (lv_responsibleUnit_10_0= RULE_STRING ) )
                    {
                    otherlv_9=(Token)match(input,37,FOLLOW_10); 

                    				newLeafNode(otherlv_9, grammarAccess.getOperationalPlanAccess().getResponsibleKeyword_9_0());
                    			
                    // InternalItup.g:897:4: ( (lv_responsibleUnit_10_0= RULE_STRING ) )
                    // InternalItup.g:898:5: (lv_responsibleUnit_10_0= RULE_STRING )
                    {
                    // InternalItup.g:898:5: (lv_responsibleUnit_10_0= RULE_STRING )
                    // InternalItup.g:899:6: lv_responsibleUnit_10_0= RULE_STRING
                    {
                    lv_responsibleUnit_10_0=(Token)match(input,RULE_STRING,FOLLOW_32); 

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

            // InternalItup.g:916:3: ( (lv_objectives_11_0= ruleObjectivePlan ) )*
            loop22:
            do {
                int alt22=2;
                int LA22_0 = input.LA(1);

                if ( (LA22_0==38) ) {
                    alt22=1;
                }


                switch (alt22) {
            	case 1 :
            	    // InternalItup.g:917:4: (lv_objectives_11_0= ruleObjectivePlan )
            	    {
            	    // InternalItup.g:917:4: (lv_objectives_11_0= ruleObjectivePlan )
            	    // InternalItup.g:918:5: lv_objectives_11_0= ruleObjectivePlan
            	    {

            	    					newCompositeNode(grammarAccess.getOperationalPlanAccess().getObjectivesObjectivePlanParserRuleCall_10_0());
            	    				
            	    pushFollow(FOLLOW_32);
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
            	    break loop22;
                }
            } while (true);

            // InternalItup.g:935:3: ( (lv_retiredOutputs_12_0= ruleRetiredOutput ) )*
            loop23:
            do {
                int alt23=2;
                int LA23_0 = input.LA(1);

                if ( (LA23_0==40) ) {
                    alt23=1;
                }


                switch (alt23) {
            	case 1 :
            	    // InternalItup.g:936:4: (lv_retiredOutputs_12_0= ruleRetiredOutput )
            	    {
            	    // InternalItup.g:936:4: (lv_retiredOutputs_12_0= ruleRetiredOutput )
            	    // InternalItup.g:937:5: lv_retiredOutputs_12_0= ruleRetiredOutput
            	    {

            	    					newCompositeNode(grammarAccess.getOperationalPlanAccess().getRetiredOutputsRetiredOutputParserRuleCall_11_0());
            	    				
            	    pushFollow(FOLLOW_33);
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
            	    break loop23;
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
    // InternalItup.g:958:1: entryRuleObjectivePlan returns [EObject current=null] : iv_ruleObjectivePlan= ruleObjectivePlan EOF ;
    public final EObject entryRuleObjectivePlan() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleObjectivePlan = null;


        try {
            // InternalItup.g:958:54: (iv_ruleObjectivePlan= ruleObjectivePlan EOF )
            // InternalItup.g:959:2: iv_ruleObjectivePlan= ruleObjectivePlan EOF
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
    // InternalItup.g:965:1: ruleObjectivePlan returns [EObject current=null] : (otherlv_0= 'objective' ( ( ruleCode ) ) otherlv_2= '{' ( (lv_outputs_3_0= ruleOutputPlan ) )* otherlv_4= '}' ) ;
    public final EObject ruleObjectivePlan() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_2=null;
        Token otherlv_4=null;
        EObject lv_outputs_3_0 = null;



        	enterRule();

        try {
            // InternalItup.g:971:2: ( (otherlv_0= 'objective' ( ( ruleCode ) ) otherlv_2= '{' ( (lv_outputs_3_0= ruleOutputPlan ) )* otherlv_4= '}' ) )
            // InternalItup.g:972:2: (otherlv_0= 'objective' ( ( ruleCode ) ) otherlv_2= '{' ( (lv_outputs_3_0= ruleOutputPlan ) )* otherlv_4= '}' )
            {
            // InternalItup.g:972:2: (otherlv_0= 'objective' ( ( ruleCode ) ) otherlv_2= '{' ( (lv_outputs_3_0= ruleOutputPlan ) )* otherlv_4= '}' )
            // InternalItup.g:973:3: otherlv_0= 'objective' ( ( ruleCode ) ) otherlv_2= '{' ( (lv_outputs_3_0= ruleOutputPlan ) )* otherlv_4= '}'
            {
            otherlv_0=(Token)match(input,38,FOLLOW_17); 

            			newLeafNode(otherlv_0, grammarAccess.getObjectivePlanAccess().getObjectiveKeyword_0());
            		
            // InternalItup.g:977:3: ( ( ruleCode ) )
            // InternalItup.g:978:4: ( ruleCode )
            {
            // InternalItup.g:978:4: ( ruleCode )
            // InternalItup.g:979:5: ruleCode
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getObjectivePlanRule());
            					}
            				

            					newCompositeNode(grammarAccess.getObjectivePlanAccess().getObjectiveObjectiveCrossReference_1_0());
            				
            pushFollow(FOLLOW_23);
            ruleCode();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_2=(Token)match(input,27,FOLLOW_34); 

            			newLeafNode(otherlv_2, grammarAccess.getObjectivePlanAccess().getLeftCurlyBracketKeyword_2());
            		
            // InternalItup.g:997:3: ( (lv_outputs_3_0= ruleOutputPlan ) )*
            loop24:
            do {
                int alt24=2;
                int LA24_0 = input.LA(1);

                if ( (LA24_0==39) ) {
                    alt24=1;
                }


                switch (alt24) {
            	case 1 :
            	    // InternalItup.g:998:4: (lv_outputs_3_0= ruleOutputPlan )
            	    {
            	    // InternalItup.g:998:4: (lv_outputs_3_0= ruleOutputPlan )
            	    // InternalItup.g:999:5: lv_outputs_3_0= ruleOutputPlan
            	    {

            	    					newCompositeNode(grammarAccess.getObjectivePlanAccess().getOutputsOutputPlanParserRuleCall_3_0());
            	    				
            	    pushFollow(FOLLOW_34);
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
            	    break loop24;
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
    // InternalItup.g:1024:1: entryRuleOutputPlan returns [EObject current=null] : iv_ruleOutputPlan= ruleOutputPlan EOF ;
    public final EObject entryRuleOutputPlan() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleOutputPlan = null;


        try {
            // InternalItup.g:1024:51: (iv_ruleOutputPlan= ruleOutputPlan EOF )
            // InternalItup.g:1025:2: iv_ruleOutputPlan= ruleOutputPlan EOF
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
    // InternalItup.g:1031:1: ruleOutputPlan returns [EObject current=null] : (otherlv_0= 'output' ( ( ruleCode ) ) otherlv_2= '{' this_OutputWork_3= ruleOutputWork[$current] otherlv_4= '}' ) ;
    public final EObject ruleOutputPlan() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_2=null;
        Token otherlv_4=null;
        EObject this_OutputWork_3 = null;



        	enterRule();

        try {
            // InternalItup.g:1037:2: ( (otherlv_0= 'output' ( ( ruleCode ) ) otherlv_2= '{' this_OutputWork_3= ruleOutputWork[$current] otherlv_4= '}' ) )
            // InternalItup.g:1038:2: (otherlv_0= 'output' ( ( ruleCode ) ) otherlv_2= '{' this_OutputWork_3= ruleOutputWork[$current] otherlv_4= '}' )
            {
            // InternalItup.g:1038:2: (otherlv_0= 'output' ( ( ruleCode ) ) otherlv_2= '{' this_OutputWork_3= ruleOutputWork[$current] otherlv_4= '}' )
            // InternalItup.g:1039:3: otherlv_0= 'output' ( ( ruleCode ) ) otherlv_2= '{' this_OutputWork_3= ruleOutputWork[$current] otherlv_4= '}'
            {
            otherlv_0=(Token)match(input,39,FOLLOW_17); 

            			newLeafNode(otherlv_0, grammarAccess.getOutputPlanAccess().getOutputKeyword_0());
            		
            // InternalItup.g:1043:3: ( ( ruleCode ) )
            // InternalItup.g:1044:4: ( ruleCode )
            {
            // InternalItup.g:1044:4: ( ruleCode )
            // InternalItup.g:1045:5: ruleCode
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getOutputPlanRule());
            					}
            				

            					newCompositeNode(grammarAccess.getOutputPlanAccess().getOutputOutputCrossReference_1_0());
            				
            pushFollow(FOLLOW_23);
            ruleCode();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_2=(Token)match(input,27,FOLLOW_35); 

            			newLeafNode(otherlv_2, grammarAccess.getOutputPlanAccess().getLeftCurlyBracketKeyword_2());
            		

            			if (current==null) {
            				current = createModelElement(grammarAccess.getOutputPlanRule());
            			}
            			newCompositeNode(grammarAccess.getOutputPlanAccess().getOutputWorkParserRuleCall_3());
            		
            pushFollow(FOLLOW_36);
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
    // InternalItup.g:1082:1: entryRuleRetiredOutput returns [EObject current=null] : iv_ruleRetiredOutput= ruleRetiredOutput EOF ;
    public final EObject entryRuleRetiredOutput() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleRetiredOutput = null;


        try {
            // InternalItup.g:1082:54: (iv_ruleRetiredOutput= ruleRetiredOutput EOF )
            // InternalItup.g:1083:2: iv_ruleRetiredOutput= ruleRetiredOutput EOF
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
    // InternalItup.g:1089:1: ruleRetiredOutput returns [EObject current=null] : (otherlv_0= 'retired' otherlv_1= 'output' ( (lv_code_2_0= ruleCode ) ) otherlv_3= '{' this_OutputWork_4= ruleOutputWork[$current] otherlv_5= '}' ) ;
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
            // InternalItup.g:1095:2: ( (otherlv_0= 'retired' otherlv_1= 'output' ( (lv_code_2_0= ruleCode ) ) otherlv_3= '{' this_OutputWork_4= ruleOutputWork[$current] otherlv_5= '}' ) )
            // InternalItup.g:1096:2: (otherlv_0= 'retired' otherlv_1= 'output' ( (lv_code_2_0= ruleCode ) ) otherlv_3= '{' this_OutputWork_4= ruleOutputWork[$current] otherlv_5= '}' )
            {
            // InternalItup.g:1096:2: (otherlv_0= 'retired' otherlv_1= 'output' ( (lv_code_2_0= ruleCode ) ) otherlv_3= '{' this_OutputWork_4= ruleOutputWork[$current] otherlv_5= '}' )
            // InternalItup.g:1097:3: otherlv_0= 'retired' otherlv_1= 'output' ( (lv_code_2_0= ruleCode ) ) otherlv_3= '{' this_OutputWork_4= ruleOutputWork[$current] otherlv_5= '}'
            {
            otherlv_0=(Token)match(input,40,FOLLOW_37); 

            			newLeafNode(otherlv_0, grammarAccess.getRetiredOutputAccess().getRetiredKeyword_0());
            		
            otherlv_1=(Token)match(input,39,FOLLOW_17); 

            			newLeafNode(otherlv_1, grammarAccess.getRetiredOutputAccess().getOutputKeyword_1());
            		
            // InternalItup.g:1105:3: ( (lv_code_2_0= ruleCode ) )
            // InternalItup.g:1106:4: (lv_code_2_0= ruleCode )
            {
            // InternalItup.g:1106:4: (lv_code_2_0= ruleCode )
            // InternalItup.g:1107:5: lv_code_2_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getRetiredOutputAccess().getCodeCodeParserRuleCall_2_0());
            				
            pushFollow(FOLLOW_23);
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

            otherlv_3=(Token)match(input,27,FOLLOW_35); 

            			newLeafNode(otherlv_3, grammarAccess.getRetiredOutputAccess().getLeftCurlyBracketKeyword_3());
            		

            			if (current==null) {
            				current = createModelElement(grammarAccess.getRetiredOutputRule());
            			}
            			newCompositeNode(grammarAccess.getRetiredOutputAccess().getOutputWorkParserRuleCall_4());
            		
            pushFollow(FOLLOW_36);
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
    // InternalItup.g:1148:1: ruleOutputWork[EObject in_current] returns [EObject current=in_current] : ( (otherlv_0= 'responsible' ( (lv_responsibleUnit_1_0= RULE_STRING ) ) ) | (otherlv_2= 'activity' ( (lv_activities_3_0= RULE_STRING ) ) ) | ( (lv_indicators_4_0= rulePerformanceIndicator ) ) | ( (lv_resources_5_0= ruleResourceNeed ) ) | ( (lv_timeline_6_0= ruleMilestone ) ) )* ;
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
            // InternalItup.g:1154:2: ( ( (otherlv_0= 'responsible' ( (lv_responsibleUnit_1_0= RULE_STRING ) ) ) | (otherlv_2= 'activity' ( (lv_activities_3_0= RULE_STRING ) ) ) | ( (lv_indicators_4_0= rulePerformanceIndicator ) ) | ( (lv_resources_5_0= ruleResourceNeed ) ) | ( (lv_timeline_6_0= ruleMilestone ) ) )* )
            // InternalItup.g:1155:2: ( (otherlv_0= 'responsible' ( (lv_responsibleUnit_1_0= RULE_STRING ) ) ) | (otherlv_2= 'activity' ( (lv_activities_3_0= RULE_STRING ) ) ) | ( (lv_indicators_4_0= rulePerformanceIndicator ) ) | ( (lv_resources_5_0= ruleResourceNeed ) ) | ( (lv_timeline_6_0= ruleMilestone ) ) )*
            {
            // InternalItup.g:1155:2: ( (otherlv_0= 'responsible' ( (lv_responsibleUnit_1_0= RULE_STRING ) ) ) | (otherlv_2= 'activity' ( (lv_activities_3_0= RULE_STRING ) ) ) | ( (lv_indicators_4_0= rulePerformanceIndicator ) ) | ( (lv_resources_5_0= ruleResourceNeed ) ) | ( (lv_timeline_6_0= ruleMilestone ) ) )*
            loop25:
            do {
                int alt25=6;
                switch ( input.LA(1) ) {
                case 37:
                    {
                    alt25=1;
                    }
                    break;
                case 41:
                    {
                    alt25=2;
                    }
                    break;
                case 75:
                    {
                    alt25=3;
                    }
                    break;
                case 43:
                    {
                    alt25=4;
                    }
                    break;
                case 11:
                case 42:
                    {
                    alt25=5;
                    }
                    break;

                }

                switch (alt25) {
            	case 1 :
            	    // InternalItup.g:1156:3: (otherlv_0= 'responsible' ( (lv_responsibleUnit_1_0= RULE_STRING ) ) )
            	    {
            	    // InternalItup.g:1156:3: (otherlv_0= 'responsible' ( (lv_responsibleUnit_1_0= RULE_STRING ) ) )
            	    // InternalItup.g:1157:4: otherlv_0= 'responsible' ( (lv_responsibleUnit_1_0= RULE_STRING ) )
            	    {
            	    otherlv_0=(Token)match(input,37,FOLLOW_10); 

            	    				newLeafNode(otherlv_0, grammarAccess.getOutputWorkAccess().getResponsibleKeyword_0_0());
            	    			
            	    // InternalItup.g:1161:4: ( (lv_responsibleUnit_1_0= RULE_STRING ) )
            	    // InternalItup.g:1162:5: (lv_responsibleUnit_1_0= RULE_STRING )
            	    {
            	    // InternalItup.g:1162:5: (lv_responsibleUnit_1_0= RULE_STRING )
            	    // InternalItup.g:1163:6: lv_responsibleUnit_1_0= RULE_STRING
            	    {
            	    lv_responsibleUnit_1_0=(Token)match(input,RULE_STRING,FOLLOW_38); 

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
            	    // InternalItup.g:1181:3: (otherlv_2= 'activity' ( (lv_activities_3_0= RULE_STRING ) ) )
            	    {
            	    // InternalItup.g:1181:3: (otherlv_2= 'activity' ( (lv_activities_3_0= RULE_STRING ) ) )
            	    // InternalItup.g:1182:4: otherlv_2= 'activity' ( (lv_activities_3_0= RULE_STRING ) )
            	    {
            	    otherlv_2=(Token)match(input,41,FOLLOW_10); 

            	    				newLeafNode(otherlv_2, grammarAccess.getOutputWorkAccess().getActivityKeyword_1_0());
            	    			
            	    // InternalItup.g:1186:4: ( (lv_activities_3_0= RULE_STRING ) )
            	    // InternalItup.g:1187:5: (lv_activities_3_0= RULE_STRING )
            	    {
            	    // InternalItup.g:1187:5: (lv_activities_3_0= RULE_STRING )
            	    // InternalItup.g:1188:6: lv_activities_3_0= RULE_STRING
            	    {
            	    lv_activities_3_0=(Token)match(input,RULE_STRING,FOLLOW_38); 

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
            	    // InternalItup.g:1206:3: ( (lv_indicators_4_0= rulePerformanceIndicator ) )
            	    {
            	    // InternalItup.g:1206:3: ( (lv_indicators_4_0= rulePerformanceIndicator ) )
            	    // InternalItup.g:1207:4: (lv_indicators_4_0= rulePerformanceIndicator )
            	    {
            	    // InternalItup.g:1207:4: (lv_indicators_4_0= rulePerformanceIndicator )
            	    // InternalItup.g:1208:5: lv_indicators_4_0= rulePerformanceIndicator
            	    {

            	    					newCompositeNode(grammarAccess.getOutputWorkAccess().getIndicatorsPerformanceIndicatorParserRuleCall_2_0());
            	    				
            	    pushFollow(FOLLOW_38);
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
            	    // InternalItup.g:1226:3: ( (lv_resources_5_0= ruleResourceNeed ) )
            	    {
            	    // InternalItup.g:1226:3: ( (lv_resources_5_0= ruleResourceNeed ) )
            	    // InternalItup.g:1227:4: (lv_resources_5_0= ruleResourceNeed )
            	    {
            	    // InternalItup.g:1227:4: (lv_resources_5_0= ruleResourceNeed )
            	    // InternalItup.g:1228:5: lv_resources_5_0= ruleResourceNeed
            	    {

            	    					newCompositeNode(grammarAccess.getOutputWorkAccess().getResourcesResourceNeedParserRuleCall_3_0());
            	    				
            	    pushFollow(FOLLOW_38);
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
            	    // InternalItup.g:1246:3: ( (lv_timeline_6_0= ruleMilestone ) )
            	    {
            	    // InternalItup.g:1246:3: ( (lv_timeline_6_0= ruleMilestone ) )
            	    // InternalItup.g:1247:4: (lv_timeline_6_0= ruleMilestone )
            	    {
            	    // InternalItup.g:1247:4: (lv_timeline_6_0= ruleMilestone )
            	    // InternalItup.g:1248:5: lv_timeline_6_0= ruleMilestone
            	    {

            	    					newCompositeNode(grammarAccess.getOutputWorkAccess().getTimelineMilestoneParserRuleCall_4_0());
            	    				
            	    pushFollow(FOLLOW_38);
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
            	    break loop25;
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
    // InternalItup.g:1269:1: entryRuleMilestone returns [EObject current=null] : iv_ruleMilestone= ruleMilestone EOF ;
    public final EObject entryRuleMilestone() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleMilestone = null;


        try {
            // InternalItup.g:1269:50: (iv_ruleMilestone= ruleMilestone EOF )
            // InternalItup.g:1270:2: iv_ruleMilestone= ruleMilestone EOF
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
    // InternalItup.g:1276:1: ruleMilestone returns [EObject current=null] : ( (otherlv_0= 'plan' | ( (lv_forecast_1_0= 'forecast' ) ) ) ( (lv_year_2_0= ruleYear ) ) ( (lv_statement_3_0= RULE_STRING ) ) ) ;
    public final EObject ruleMilestone() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_forecast_1_0=null;
        Token lv_statement_3_0=null;
        AntlrDatatypeRuleToken lv_year_2_0 = null;



        	enterRule();

        try {
            // InternalItup.g:1282:2: ( ( (otherlv_0= 'plan' | ( (lv_forecast_1_0= 'forecast' ) ) ) ( (lv_year_2_0= ruleYear ) ) ( (lv_statement_3_0= RULE_STRING ) ) ) )
            // InternalItup.g:1283:2: ( (otherlv_0= 'plan' | ( (lv_forecast_1_0= 'forecast' ) ) ) ( (lv_year_2_0= ruleYear ) ) ( (lv_statement_3_0= RULE_STRING ) ) )
            {
            // InternalItup.g:1283:2: ( (otherlv_0= 'plan' | ( (lv_forecast_1_0= 'forecast' ) ) ) ( (lv_year_2_0= ruleYear ) ) ( (lv_statement_3_0= RULE_STRING ) ) )
            // InternalItup.g:1284:3: (otherlv_0= 'plan' | ( (lv_forecast_1_0= 'forecast' ) ) ) ( (lv_year_2_0= ruleYear ) ) ( (lv_statement_3_0= RULE_STRING ) )
            {
            // InternalItup.g:1284:3: (otherlv_0= 'plan' | ( (lv_forecast_1_0= 'forecast' ) ) )
            int alt26=2;
            int LA26_0 = input.LA(1);

            if ( (LA26_0==11) ) {
                alt26=1;
            }
            else if ( (LA26_0==42) ) {
                alt26=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 26, 0, input);

                throw nvae;
            }
            switch (alt26) {
                case 1 :
                    // InternalItup.g:1285:4: otherlv_0= 'plan'
                    {
                    otherlv_0=(Token)match(input,11,FOLLOW_6); 

                    				newLeafNode(otherlv_0, grammarAccess.getMilestoneAccess().getPlanKeyword_0_0());
                    			

                    }
                    break;
                case 2 :
                    // InternalItup.g:1290:4: ( (lv_forecast_1_0= 'forecast' ) )
                    {
                    // InternalItup.g:1290:4: ( (lv_forecast_1_0= 'forecast' ) )
                    // InternalItup.g:1291:5: (lv_forecast_1_0= 'forecast' )
                    {
                    // InternalItup.g:1291:5: (lv_forecast_1_0= 'forecast' )
                    // InternalItup.g:1292:6: lv_forecast_1_0= 'forecast'
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

            // InternalItup.g:1305:3: ( (lv_year_2_0= ruleYear ) )
            // InternalItup.g:1306:4: (lv_year_2_0= ruleYear )
            {
            // InternalItup.g:1306:4: (lv_year_2_0= ruleYear )
            // InternalItup.g:1307:5: lv_year_2_0= ruleYear
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

            // InternalItup.g:1324:3: ( (lv_statement_3_0= RULE_STRING ) )
            // InternalItup.g:1325:4: (lv_statement_3_0= RULE_STRING )
            {
            // InternalItup.g:1325:4: (lv_statement_3_0= RULE_STRING )
            // InternalItup.g:1326:5: lv_statement_3_0= RULE_STRING
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
    // InternalItup.g:1346:1: entryRuleResourceNeed returns [EObject current=null] : iv_ruleResourceNeed= ruleResourceNeed EOF ;
    public final EObject entryRuleResourceNeed() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleResourceNeed = null;


        try {
            // InternalItup.g:1346:53: (iv_ruleResourceNeed= ruleResourceNeed EOF )
            // InternalItup.g:1347:2: iv_ruleResourceNeed= ruleResourceNeed EOF
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
    // InternalItup.g:1353:1: ruleResourceNeed returns [EObject current=null] : (otherlv_0= 'resources' ( ( (lv_amount_1_0= ruleDecimal ) ) ( (lv_currency_2_0= RULE_STRING ) ) )? ( (lv_description_3_0= RULE_STRING ) )? ) ;
    public final EObject ruleResourceNeed() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_currency_2_0=null;
        Token lv_description_3_0=null;
        AntlrDatatypeRuleToken lv_amount_1_0 = null;



        	enterRule();

        try {
            // InternalItup.g:1359:2: ( (otherlv_0= 'resources' ( ( (lv_amount_1_0= ruleDecimal ) ) ( (lv_currency_2_0= RULE_STRING ) ) )? ( (lv_description_3_0= RULE_STRING ) )? ) )
            // InternalItup.g:1360:2: (otherlv_0= 'resources' ( ( (lv_amount_1_0= ruleDecimal ) ) ( (lv_currency_2_0= RULE_STRING ) ) )? ( (lv_description_3_0= RULE_STRING ) )? )
            {
            // InternalItup.g:1360:2: (otherlv_0= 'resources' ( ( (lv_amount_1_0= ruleDecimal ) ) ( (lv_currency_2_0= RULE_STRING ) ) )? ( (lv_description_3_0= RULE_STRING ) )? )
            // InternalItup.g:1361:3: otherlv_0= 'resources' ( ( (lv_amount_1_0= ruleDecimal ) ) ( (lv_currency_2_0= RULE_STRING ) ) )? ( (lv_description_3_0= RULE_STRING ) )?
            {
            otherlv_0=(Token)match(input,43,FOLLOW_39); 

            			newLeafNode(otherlv_0, grammarAccess.getResourceNeedAccess().getResourcesKeyword_0());
            		
            // InternalItup.g:1365:3: ( ( (lv_amount_1_0= ruleDecimal ) ) ( (lv_currency_2_0= RULE_STRING ) ) )?
            int alt27=2;
            int LA27_0 = input.LA(1);

            if ( (LA27_0==RULE_INT||LA27_0==97) ) {
                alt27=1;
            }
            switch (alt27) {
                case 1 :
                    // InternalItup.g:1366:4: ( (lv_amount_1_0= ruleDecimal ) ) ( (lv_currency_2_0= RULE_STRING ) )
                    {
                    // InternalItup.g:1366:4: ( (lv_amount_1_0= ruleDecimal ) )
                    // InternalItup.g:1367:5: (lv_amount_1_0= ruleDecimal )
                    {
                    // InternalItup.g:1367:5: (lv_amount_1_0= ruleDecimal )
                    // InternalItup.g:1368:6: lv_amount_1_0= ruleDecimal
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

                    // InternalItup.g:1385:4: ( (lv_currency_2_0= RULE_STRING ) )
                    // InternalItup.g:1386:5: (lv_currency_2_0= RULE_STRING )
                    {
                    // InternalItup.g:1386:5: (lv_currency_2_0= RULE_STRING )
                    // InternalItup.g:1387:6: lv_currency_2_0= RULE_STRING
                    {
                    lv_currency_2_0=(Token)match(input,RULE_STRING,FOLLOW_40); 

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

            // InternalItup.g:1404:3: ( (lv_description_3_0= RULE_STRING ) )?
            int alt28=2;
            int LA28_0 = input.LA(1);

            if ( (LA28_0==RULE_STRING) ) {
                alt28=1;
            }
            switch (alt28) {
                case 1 :
                    // InternalItup.g:1405:4: (lv_description_3_0= RULE_STRING )
                    {
                    // InternalItup.g:1405:4: (lv_description_3_0= RULE_STRING )
                    // InternalItup.g:1406:5: lv_description_3_0= RULE_STRING
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
    // InternalItup.g:1426:1: entryRuleMonitoringFile returns [EObject current=null] : iv_ruleMonitoringFile= ruleMonitoringFile EOF ;
    public final EObject entryRuleMonitoringFile() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleMonitoringFile = null;


        try {
            // InternalItup.g:1426:55: (iv_ruleMonitoringFile= ruleMonitoringFile EOF )
            // InternalItup.g:1427:2: iv_ruleMonitoringFile= ruleMonitoringFile EOF
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
    // InternalItup.g:1433:1: ruleMonitoringFile returns [EObject current=null] : (otherlv_0= 'monitoring' otherlv_1= 'of' ( ( rulePlanName ) ) ( (otherlv_3= 'data' ( (lv_dataFiles_4_0= RULE_STRING ) ) ) | ( (lv_measurements_5_0= ruleMeasurement ) ) | ( (lv_expenditures_6_0= ruleExpenditure ) ) | ( (lv_assessments_7_0= ruleAssessment ) ) )* ) ;
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
            // InternalItup.g:1439:2: ( (otherlv_0= 'monitoring' otherlv_1= 'of' ( ( rulePlanName ) ) ( (otherlv_3= 'data' ( (lv_dataFiles_4_0= RULE_STRING ) ) ) | ( (lv_measurements_5_0= ruleMeasurement ) ) | ( (lv_expenditures_6_0= ruleExpenditure ) ) | ( (lv_assessments_7_0= ruleAssessment ) ) )* ) )
            // InternalItup.g:1440:2: (otherlv_0= 'monitoring' otherlv_1= 'of' ( ( rulePlanName ) ) ( (otherlv_3= 'data' ( (lv_dataFiles_4_0= RULE_STRING ) ) ) | ( (lv_measurements_5_0= ruleMeasurement ) ) | ( (lv_expenditures_6_0= ruleExpenditure ) ) | ( (lv_assessments_7_0= ruleAssessment ) ) )* )
            {
            // InternalItup.g:1440:2: (otherlv_0= 'monitoring' otherlv_1= 'of' ( ( rulePlanName ) ) ( (otherlv_3= 'data' ( (lv_dataFiles_4_0= RULE_STRING ) ) ) | ( (lv_measurements_5_0= ruleMeasurement ) ) | ( (lv_expenditures_6_0= ruleExpenditure ) ) | ( (lv_assessments_7_0= ruleAssessment ) ) )* )
            // InternalItup.g:1441:3: otherlv_0= 'monitoring' otherlv_1= 'of' ( ( rulePlanName ) ) ( (otherlv_3= 'data' ( (lv_dataFiles_4_0= RULE_STRING ) ) ) | ( (lv_measurements_5_0= ruleMeasurement ) ) | ( (lv_expenditures_6_0= ruleExpenditure ) ) | ( (lv_assessments_7_0= ruleAssessment ) ) )*
            {
            otherlv_0=(Token)match(input,44,FOLLOW_41); 

            			newLeafNode(otherlv_0, grammarAccess.getMonitoringFileAccess().getMonitoringKeyword_0());
            		
            otherlv_1=(Token)match(input,45,FOLLOW_3); 

            			newLeafNode(otherlv_1, grammarAccess.getMonitoringFileAccess().getOfKeyword_1());
            		
            // InternalItup.g:1449:3: ( ( rulePlanName ) )
            // InternalItup.g:1450:4: ( rulePlanName )
            {
            // InternalItup.g:1450:4: ( rulePlanName )
            // InternalItup.g:1451:5: rulePlanName
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getMonitoringFileRule());
            					}
            				

            					newCompositeNode(grammarAccess.getMonitoringFileAccess().getPlanPlanCrossReference_2_0());
            				
            pushFollow(FOLLOW_42);
            rulePlanName();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalItup.g:1465:3: ( (otherlv_3= 'data' ( (lv_dataFiles_4_0= RULE_STRING ) ) ) | ( (lv_measurements_5_0= ruleMeasurement ) ) | ( (lv_expenditures_6_0= ruleExpenditure ) ) | ( (lv_assessments_7_0= ruleAssessment ) ) )*
            loop29:
            do {
                int alt29=5;
                switch ( input.LA(1) ) {
                case 46:
                    {
                    alt29=1;
                    }
                    break;
                case 47:
                    {
                    alt29=2;
                    }
                    break;
                case 53:
                    {
                    alt29=3;
                    }
                    break;
                case 55:
                    {
                    alt29=4;
                    }
                    break;

                }

                switch (alt29) {
            	case 1 :
            	    // InternalItup.g:1466:4: (otherlv_3= 'data' ( (lv_dataFiles_4_0= RULE_STRING ) ) )
            	    {
            	    // InternalItup.g:1466:4: (otherlv_3= 'data' ( (lv_dataFiles_4_0= RULE_STRING ) ) )
            	    // InternalItup.g:1467:5: otherlv_3= 'data' ( (lv_dataFiles_4_0= RULE_STRING ) )
            	    {
            	    otherlv_3=(Token)match(input,46,FOLLOW_10); 

            	    					newLeafNode(otherlv_3, grammarAccess.getMonitoringFileAccess().getDataKeyword_3_0_0());
            	    				
            	    // InternalItup.g:1471:5: ( (lv_dataFiles_4_0= RULE_STRING ) )
            	    // InternalItup.g:1472:6: (lv_dataFiles_4_0= RULE_STRING )
            	    {
            	    // InternalItup.g:1472:6: (lv_dataFiles_4_0= RULE_STRING )
            	    // InternalItup.g:1473:7: lv_dataFiles_4_0= RULE_STRING
            	    {
            	    lv_dataFiles_4_0=(Token)match(input,RULE_STRING,FOLLOW_42); 

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
            	    // InternalItup.g:1491:4: ( (lv_measurements_5_0= ruleMeasurement ) )
            	    {
            	    // InternalItup.g:1491:4: ( (lv_measurements_5_0= ruleMeasurement ) )
            	    // InternalItup.g:1492:5: (lv_measurements_5_0= ruleMeasurement )
            	    {
            	    // InternalItup.g:1492:5: (lv_measurements_5_0= ruleMeasurement )
            	    // InternalItup.g:1493:6: lv_measurements_5_0= ruleMeasurement
            	    {

            	    						newCompositeNode(grammarAccess.getMonitoringFileAccess().getMeasurementsMeasurementParserRuleCall_3_1_0());
            	    					
            	    pushFollow(FOLLOW_42);
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
            	    // InternalItup.g:1511:4: ( (lv_expenditures_6_0= ruleExpenditure ) )
            	    {
            	    // InternalItup.g:1511:4: ( (lv_expenditures_6_0= ruleExpenditure ) )
            	    // InternalItup.g:1512:5: (lv_expenditures_6_0= ruleExpenditure )
            	    {
            	    // InternalItup.g:1512:5: (lv_expenditures_6_0= ruleExpenditure )
            	    // InternalItup.g:1513:6: lv_expenditures_6_0= ruleExpenditure
            	    {

            	    						newCompositeNode(grammarAccess.getMonitoringFileAccess().getExpendituresExpenditureParserRuleCall_3_2_0());
            	    					
            	    pushFollow(FOLLOW_42);
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
            	    // InternalItup.g:1531:4: ( (lv_assessments_7_0= ruleAssessment ) )
            	    {
            	    // InternalItup.g:1531:4: ( (lv_assessments_7_0= ruleAssessment ) )
            	    // InternalItup.g:1532:5: (lv_assessments_7_0= ruleAssessment )
            	    {
            	    // InternalItup.g:1532:5: (lv_assessments_7_0= ruleAssessment )
            	    // InternalItup.g:1533:6: lv_assessments_7_0= ruleAssessment
            	    {

            	    						newCompositeNode(grammarAccess.getMonitoringFileAccess().getAssessmentsAssessmentParserRuleCall_3_3_0());
            	    					
            	    pushFollow(FOLLOW_42);
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
            	    break loop29;
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
    // InternalItup.g:1555:1: entryRuleMeasurement returns [EObject current=null] : iv_ruleMeasurement= ruleMeasurement EOF ;
    public final EObject entryRuleMeasurement() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleMeasurement = null;


        try {
            // InternalItup.g:1555:52: (iv_ruleMeasurement= ruleMeasurement EOF )
            // InternalItup.g:1556:2: iv_ruleMeasurement= ruleMeasurement EOF
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
    // InternalItup.g:1562:1: ruleMeasurement returns [EObject current=null] : (otherlv_0= 'measured' ( ( ruleCode ) ) otherlv_2= 'in' ( (lv_period_3_0= rulePeriod ) ) otherlv_4= 'value' ( (lv_value_5_0= ruleDecimal ) ) ( (lv_unit_6_0= RULE_STRING ) )? ( ( ( ( ({...}? => ( ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) ) ;
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
            // InternalItup.g:1568:2: ( (otherlv_0= 'measured' ( ( ruleCode ) ) otherlv_2= 'in' ( (lv_period_3_0= rulePeriod ) ) otherlv_4= 'value' ( (lv_value_5_0= ruleDecimal ) ) ( (lv_unit_6_0= RULE_STRING ) )? ( ( ( ( ({...}? => ( ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) ) )
            // InternalItup.g:1569:2: (otherlv_0= 'measured' ( ( ruleCode ) ) otherlv_2= 'in' ( (lv_period_3_0= rulePeriod ) ) otherlv_4= 'value' ( (lv_value_5_0= ruleDecimal ) ) ( (lv_unit_6_0= RULE_STRING ) )? ( ( ( ( ({...}? => ( ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) )
            {
            // InternalItup.g:1569:2: (otherlv_0= 'measured' ( ( ruleCode ) ) otherlv_2= 'in' ( (lv_period_3_0= rulePeriod ) ) otherlv_4= 'value' ( (lv_value_5_0= ruleDecimal ) ) ( (lv_unit_6_0= RULE_STRING ) )? ( ( ( ( ({...}? => ( ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) )
            // InternalItup.g:1570:3: otherlv_0= 'measured' ( ( ruleCode ) ) otherlv_2= 'in' ( (lv_period_3_0= rulePeriod ) ) otherlv_4= 'value' ( (lv_value_5_0= ruleDecimal ) ) ( (lv_unit_6_0= RULE_STRING ) )? ( ( ( ( ({...}? => ( ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) ) ) ) )* ) ) )
            {
            otherlv_0=(Token)match(input,47,FOLLOW_17); 

            			newLeafNode(otherlv_0, grammarAccess.getMeasurementAccess().getMeasuredKeyword_0());
            		
            // InternalItup.g:1574:3: ( ( ruleCode ) )
            // InternalItup.g:1575:4: ( ruleCode )
            {
            // InternalItup.g:1575:4: ( ruleCode )
            // InternalItup.g:1576:5: ruleCode
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getMeasurementRule());
            					}
            				

            					newCompositeNode(grammarAccess.getMeasurementAccess().getSubjectMeasurableCrossReference_1_0());
            				
            pushFollow(FOLLOW_43);
            ruleCode();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_2=(Token)match(input,48,FOLLOW_6); 

            			newLeafNode(otherlv_2, grammarAccess.getMeasurementAccess().getInKeyword_2());
            		
            // InternalItup.g:1594:3: ( (lv_period_3_0= rulePeriod ) )
            // InternalItup.g:1595:4: (lv_period_3_0= rulePeriod )
            {
            // InternalItup.g:1595:4: (lv_period_3_0= rulePeriod )
            // InternalItup.g:1596:5: lv_period_3_0= rulePeriod
            {

            					newCompositeNode(grammarAccess.getMeasurementAccess().getPeriodPeriodParserRuleCall_3_0());
            				
            pushFollow(FOLLOW_44);
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

            otherlv_4=(Token)match(input,49,FOLLOW_45); 

            			newLeafNode(otherlv_4, grammarAccess.getMeasurementAccess().getValueKeyword_4());
            		
            // InternalItup.g:1617:3: ( (lv_value_5_0= ruleDecimal ) )
            // InternalItup.g:1618:4: (lv_value_5_0= ruleDecimal )
            {
            // InternalItup.g:1618:4: (lv_value_5_0= ruleDecimal )
            // InternalItup.g:1619:5: lv_value_5_0= ruleDecimal
            {

            					newCompositeNode(grammarAccess.getMeasurementAccess().getValueDecimalParserRuleCall_5_0());
            				
            pushFollow(FOLLOW_46);
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

            // InternalItup.g:1636:3: ( (lv_unit_6_0= RULE_STRING ) )?
            int alt30=2;
            int LA30_0 = input.LA(1);

            if ( (LA30_0==RULE_STRING) ) {
                alt30=1;
            }
            switch (alt30) {
                case 1 :
                    // InternalItup.g:1637:4: (lv_unit_6_0= RULE_STRING )
                    {
                    // InternalItup.g:1637:4: (lv_unit_6_0= RULE_STRING )
                    // InternalItup.g:1638:5: lv_unit_6_0= RULE_STRING
                    {
                    lv_unit_6_0=(Token)match(input,RULE_STRING,FOLLOW_47); 

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

            // InternalItup.g:1654:3: ( ( ( ( ({...}? => ( ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) ) ) ) )* ) ) )
            // InternalItup.g:1655:4: ( ( ( ({...}? => ( ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) ) ) ) )* ) )
            {
            // InternalItup.g:1655:4: ( ( ( ({...}? => ( ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) ) ) ) )* ) )
            // InternalItup.g:1656:5: ( ( ({...}? => ( ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) ) ) ) )* )
            {
             
            				  getUnorderedGroupHelper().enter(grammarAccess.getMeasurementAccess().getUnorderedGroup_7());
            				
            // InternalItup.g:1659:5: ( ( ({...}? => ( ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) ) ) ) )* )
            // InternalItup.g:1660:6: ( ({...}? => ( ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) ) ) ) )*
            {
            // InternalItup.g:1660:6: ( ({...}? => ( ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) ) ) ) )*
            loop31:
            do {
                int alt31=4;
                int LA31_0 = input.LA(1);

                if ( LA31_0 == 50 && getUnorderedGroupHelper().canSelect(grammarAccess.getMeasurementAccess().getUnorderedGroup_7(), 0) ) {
                    alt31=1;
                }
                else if ( LA31_0 == 51 && getUnorderedGroupHelper().canSelect(grammarAccess.getMeasurementAccess().getUnorderedGroup_7(), 1) ) {
                    alt31=2;
                }
                else if ( LA31_0 == 52 && getUnorderedGroupHelper().canSelect(grammarAccess.getMeasurementAccess().getUnorderedGroup_7(), 2) ) {
                    alt31=3;
                }


                switch (alt31) {
            	case 1 :
            	    // InternalItup.g:1661:4: ({...}? => ( ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) ) ) )
            	    {
            	    // InternalItup.g:1661:4: ({...}? => ( ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) ) ) )
            	    // InternalItup.g:1662:5: {...}? => ( ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) ) )
            	    {
            	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getMeasurementAccess().getUnorderedGroup_7(), 0) ) {
            	        throw new FailedPredicateException(input, "ruleMeasurement", "getUnorderedGroupHelper().canSelect(grammarAccess.getMeasurementAccess().getUnorderedGroup_7(), 0)");
            	    }
            	    // InternalItup.g:1662:108: ( ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) ) )
            	    // InternalItup.g:1663:6: ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) )
            	    {

            	    						getUnorderedGroupHelper().select(grammarAccess.getMeasurementAccess().getUnorderedGroup_7(), 0);
            	    					
            	    // InternalItup.g:1666:9: ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) )
            	    // InternalItup.g:1666:10: {...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) )
            	    {
            	    if ( !((true)) ) {
            	        throw new FailedPredicateException(input, "ruleMeasurement", "true");
            	    }
            	    // InternalItup.g:1666:19: (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) )
            	    // InternalItup.g:1666:20: otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) )
            	    {
            	    otherlv_8=(Token)match(input,50,FOLLOW_10); 

            	    									newLeafNode(otherlv_8, grammarAccess.getMeasurementAccess().getSourceKeyword_7_0_0());
            	    								
            	    // InternalItup.g:1670:9: ( (lv_source_9_0= RULE_STRING ) )
            	    // InternalItup.g:1671:10: (lv_source_9_0= RULE_STRING )
            	    {
            	    // InternalItup.g:1671:10: (lv_source_9_0= RULE_STRING )
            	    // InternalItup.g:1672:11: lv_source_9_0= RULE_STRING
            	    {
            	    lv_source_9_0=(Token)match(input,RULE_STRING,FOLLOW_47); 

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
            	    // InternalItup.g:1694:4: ({...}? => ( ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) ) ) )
            	    {
            	    // InternalItup.g:1694:4: ({...}? => ( ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) ) ) )
            	    // InternalItup.g:1695:5: {...}? => ( ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) ) )
            	    {
            	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getMeasurementAccess().getUnorderedGroup_7(), 1) ) {
            	        throw new FailedPredicateException(input, "ruleMeasurement", "getUnorderedGroupHelper().canSelect(grammarAccess.getMeasurementAccess().getUnorderedGroup_7(), 1)");
            	    }
            	    // InternalItup.g:1695:108: ( ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) ) )
            	    // InternalItup.g:1696:6: ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) )
            	    {

            	    						getUnorderedGroupHelper().select(grammarAccess.getMeasurementAccess().getUnorderedGroup_7(), 1);
            	    					
            	    // InternalItup.g:1699:9: ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) )
            	    // InternalItup.g:1699:10: {...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) )
            	    {
            	    if ( !((true)) ) {
            	        throw new FailedPredicateException(input, "ruleMeasurement", "true");
            	    }
            	    // InternalItup.g:1699:19: (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) )
            	    // InternalItup.g:1699:20: otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) )
            	    {
            	    otherlv_10=(Token)match(input,51,FOLLOW_10); 

            	    									newLeafNode(otherlv_10, grammarAccess.getMeasurementAccess().getDateKeyword_7_1_0());
            	    								
            	    // InternalItup.g:1703:9: ( (lv_date_11_0= RULE_STRING ) )
            	    // InternalItup.g:1704:10: (lv_date_11_0= RULE_STRING )
            	    {
            	    // InternalItup.g:1704:10: (lv_date_11_0= RULE_STRING )
            	    // InternalItup.g:1705:11: lv_date_11_0= RULE_STRING
            	    {
            	    lv_date_11_0=(Token)match(input,RULE_STRING,FOLLOW_47); 

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
            	    // InternalItup.g:1727:4: ({...}? => ( ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) ) ) )
            	    {
            	    // InternalItup.g:1727:4: ({...}? => ( ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) ) ) )
            	    // InternalItup.g:1728:5: {...}? => ( ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) ) )
            	    {
            	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getMeasurementAccess().getUnorderedGroup_7(), 2) ) {
            	        throw new FailedPredicateException(input, "ruleMeasurement", "getUnorderedGroupHelper().canSelect(grammarAccess.getMeasurementAccess().getUnorderedGroup_7(), 2)");
            	    }
            	    // InternalItup.g:1728:108: ( ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) ) )
            	    // InternalItup.g:1729:6: ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) )
            	    {

            	    						getUnorderedGroupHelper().select(grammarAccess.getMeasurementAccess().getUnorderedGroup_7(), 2);
            	    					
            	    // InternalItup.g:1732:9: ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) )
            	    // InternalItup.g:1732:10: {...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) )
            	    {
            	    if ( !((true)) ) {
            	        throw new FailedPredicateException(input, "ruleMeasurement", "true");
            	    }
            	    // InternalItup.g:1732:19: (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) )
            	    // InternalItup.g:1732:20: otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) )
            	    {
            	    otherlv_12=(Token)match(input,52,FOLLOW_10); 

            	    									newLeafNode(otherlv_12, grammarAccess.getMeasurementAccess().getNoteKeyword_7_2_0());
            	    								
            	    // InternalItup.g:1736:9: ( (lv_note_13_0= RULE_STRING ) )
            	    // InternalItup.g:1737:10: (lv_note_13_0= RULE_STRING )
            	    {
            	    // InternalItup.g:1737:10: (lv_note_13_0= RULE_STRING )
            	    // InternalItup.g:1738:11: lv_note_13_0= RULE_STRING
            	    {
            	    lv_note_13_0=(Token)match(input,RULE_STRING,FOLLOW_47); 

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
            	    break loop31;
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
    // InternalItup.g:1771:1: entryRuleExpenditure returns [EObject current=null] : iv_ruleExpenditure= ruleExpenditure EOF ;
    public final EObject entryRuleExpenditure() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleExpenditure = null;


        try {
            // InternalItup.g:1771:52: (iv_ruleExpenditure= ruleExpenditure EOF )
            // InternalItup.g:1772:2: iv_ruleExpenditure= ruleExpenditure EOF
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
    // InternalItup.g:1778:1: ruleExpenditure returns [EObject current=null] : (otherlv_0= 'spent' ( (lv_amount_1_0= ruleDecimal ) ) ( (lv_currency_2_0= RULE_STRING ) ) otherlv_3= 'on' ( ( ruleCode ) ) otherlv_5= 'in' ( (lv_period_6_0= rulePeriod ) ) ) ;
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
            // InternalItup.g:1784:2: ( (otherlv_0= 'spent' ( (lv_amount_1_0= ruleDecimal ) ) ( (lv_currency_2_0= RULE_STRING ) ) otherlv_3= 'on' ( ( ruleCode ) ) otherlv_5= 'in' ( (lv_period_6_0= rulePeriod ) ) ) )
            // InternalItup.g:1785:2: (otherlv_0= 'spent' ( (lv_amount_1_0= ruleDecimal ) ) ( (lv_currency_2_0= RULE_STRING ) ) otherlv_3= 'on' ( ( ruleCode ) ) otherlv_5= 'in' ( (lv_period_6_0= rulePeriod ) ) )
            {
            // InternalItup.g:1785:2: (otherlv_0= 'spent' ( (lv_amount_1_0= ruleDecimal ) ) ( (lv_currency_2_0= RULE_STRING ) ) otherlv_3= 'on' ( ( ruleCode ) ) otherlv_5= 'in' ( (lv_period_6_0= rulePeriod ) ) )
            // InternalItup.g:1786:3: otherlv_0= 'spent' ( (lv_amount_1_0= ruleDecimal ) ) ( (lv_currency_2_0= RULE_STRING ) ) otherlv_3= 'on' ( ( ruleCode ) ) otherlv_5= 'in' ( (lv_period_6_0= rulePeriod ) )
            {
            otherlv_0=(Token)match(input,53,FOLLOW_45); 

            			newLeafNode(otherlv_0, grammarAccess.getExpenditureAccess().getSpentKeyword_0());
            		
            // InternalItup.g:1790:3: ( (lv_amount_1_0= ruleDecimal ) )
            // InternalItup.g:1791:4: (lv_amount_1_0= ruleDecimal )
            {
            // InternalItup.g:1791:4: (lv_amount_1_0= ruleDecimal )
            // InternalItup.g:1792:5: lv_amount_1_0= ruleDecimal
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

            // InternalItup.g:1809:3: ( (lv_currency_2_0= RULE_STRING ) )
            // InternalItup.g:1810:4: (lv_currency_2_0= RULE_STRING )
            {
            // InternalItup.g:1810:4: (lv_currency_2_0= RULE_STRING )
            // InternalItup.g:1811:5: lv_currency_2_0= RULE_STRING
            {
            lv_currency_2_0=(Token)match(input,RULE_STRING,FOLLOW_48); 

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

            otherlv_3=(Token)match(input,54,FOLLOW_17); 

            			newLeafNode(otherlv_3, grammarAccess.getExpenditureAccess().getOnKeyword_3());
            		
            // InternalItup.g:1831:3: ( ( ruleCode ) )
            // InternalItup.g:1832:4: ( ruleCode )
            {
            // InternalItup.g:1832:4: ( ruleCode )
            // InternalItup.g:1833:5: ruleCode
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getExpenditureRule());
            					}
            				

            					newCompositeNode(grammarAccess.getExpenditureAccess().getElementPlanElementCrossReference_4_0());
            				
            pushFollow(FOLLOW_43);
            ruleCode();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_5=(Token)match(input,48,FOLLOW_6); 

            			newLeafNode(otherlv_5, grammarAccess.getExpenditureAccess().getInKeyword_5());
            		
            // InternalItup.g:1851:3: ( (lv_period_6_0= rulePeriod ) )
            // InternalItup.g:1852:4: (lv_period_6_0= rulePeriod )
            {
            // InternalItup.g:1852:4: (lv_period_6_0= rulePeriod )
            // InternalItup.g:1853:5: lv_period_6_0= rulePeriod
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
    // InternalItup.g:1874:1: entryRuleAssessment returns [EObject current=null] : iv_ruleAssessment= ruleAssessment EOF ;
    public final EObject entryRuleAssessment() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleAssessment = null;


        try {
            // InternalItup.g:1874:51: (iv_ruleAssessment= ruleAssessment EOF )
            // InternalItup.g:1875:2: iv_ruleAssessment= ruleAssessment EOF
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
    // InternalItup.g:1881:1: ruleAssessment returns [EObject current=null] : (otherlv_0= 'assessment' ( ( ruleCode ) ) otherlv_2= 'in' ( (lv_period_3_0= rulePeriod ) ) ( (lv_text_4_0= RULE_STRING ) ) ) ;
    public final EObject ruleAssessment() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_2=null;
        Token lv_text_4_0=null;
        AntlrDatatypeRuleToken lv_period_3_0 = null;



        	enterRule();

        try {
            // InternalItup.g:1887:2: ( (otherlv_0= 'assessment' ( ( ruleCode ) ) otherlv_2= 'in' ( (lv_period_3_0= rulePeriod ) ) ( (lv_text_4_0= RULE_STRING ) ) ) )
            // InternalItup.g:1888:2: (otherlv_0= 'assessment' ( ( ruleCode ) ) otherlv_2= 'in' ( (lv_period_3_0= rulePeriod ) ) ( (lv_text_4_0= RULE_STRING ) ) )
            {
            // InternalItup.g:1888:2: (otherlv_0= 'assessment' ( ( ruleCode ) ) otherlv_2= 'in' ( (lv_period_3_0= rulePeriod ) ) ( (lv_text_4_0= RULE_STRING ) ) )
            // InternalItup.g:1889:3: otherlv_0= 'assessment' ( ( ruleCode ) ) otherlv_2= 'in' ( (lv_period_3_0= rulePeriod ) ) ( (lv_text_4_0= RULE_STRING ) )
            {
            otherlv_0=(Token)match(input,55,FOLLOW_17); 

            			newLeafNode(otherlv_0, grammarAccess.getAssessmentAccess().getAssessmentKeyword_0());
            		
            // InternalItup.g:1893:3: ( ( ruleCode ) )
            // InternalItup.g:1894:4: ( ruleCode )
            {
            // InternalItup.g:1894:4: ( ruleCode )
            // InternalItup.g:1895:5: ruleCode
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getAssessmentRule());
            					}
            				

            					newCompositeNode(grammarAccess.getAssessmentAccess().getObjectiveObjectiveCrossReference_1_0());
            				
            pushFollow(FOLLOW_43);
            ruleCode();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_2=(Token)match(input,48,FOLLOW_6); 

            			newLeafNode(otherlv_2, grammarAccess.getAssessmentAccess().getInKeyword_2());
            		
            // InternalItup.g:1913:3: ( (lv_period_3_0= rulePeriod ) )
            // InternalItup.g:1914:4: (lv_period_3_0= rulePeriod )
            {
            // InternalItup.g:1914:4: (lv_period_3_0= rulePeriod )
            // InternalItup.g:1915:5: lv_period_3_0= rulePeriod
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

            // InternalItup.g:1932:3: ( (lv_text_4_0= RULE_STRING ) )
            // InternalItup.g:1933:4: (lv_text_4_0= RULE_STRING )
            {
            // InternalItup.g:1933:4: (lv_text_4_0= RULE_STRING )
            // InternalItup.g:1934:5: lv_text_4_0= RULE_STRING
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
    // InternalItup.g:1954:1: entryRuleExchangeRate returns [EObject current=null] : iv_ruleExchangeRate= ruleExchangeRate EOF ;
    public final EObject entryRuleExchangeRate() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleExchangeRate = null;


        try {
            // InternalItup.g:1954:53: (iv_ruleExchangeRate= ruleExchangeRate EOF )
            // InternalItup.g:1955:2: iv_ruleExchangeRate= ruleExchangeRate EOF
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
    // InternalItup.g:1961:1: ruleExchangeRate returns [EObject current=null] : (otherlv_0= 'rate' ( (lv_currency_1_0= RULE_STRING ) ) ( (lv_value_2_0= ruleDecimal ) ) ) ;
    public final EObject ruleExchangeRate() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_currency_1_0=null;
        AntlrDatatypeRuleToken lv_value_2_0 = null;



        	enterRule();

        try {
            // InternalItup.g:1967:2: ( (otherlv_0= 'rate' ( (lv_currency_1_0= RULE_STRING ) ) ( (lv_value_2_0= ruleDecimal ) ) ) )
            // InternalItup.g:1968:2: (otherlv_0= 'rate' ( (lv_currency_1_0= RULE_STRING ) ) ( (lv_value_2_0= ruleDecimal ) ) )
            {
            // InternalItup.g:1968:2: (otherlv_0= 'rate' ( (lv_currency_1_0= RULE_STRING ) ) ( (lv_value_2_0= ruleDecimal ) ) )
            // InternalItup.g:1969:3: otherlv_0= 'rate' ( (lv_currency_1_0= RULE_STRING ) ) ( (lv_value_2_0= ruleDecimal ) )
            {
            otherlv_0=(Token)match(input,56,FOLLOW_10); 

            			newLeafNode(otherlv_0, grammarAccess.getExchangeRateAccess().getRateKeyword_0());
            		
            // InternalItup.g:1973:3: ( (lv_currency_1_0= RULE_STRING ) )
            // InternalItup.g:1974:4: (lv_currency_1_0= RULE_STRING )
            {
            // InternalItup.g:1974:4: (lv_currency_1_0= RULE_STRING )
            // InternalItup.g:1975:5: lv_currency_1_0= RULE_STRING
            {
            lv_currency_1_0=(Token)match(input,RULE_STRING,FOLLOW_45); 

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

            // InternalItup.g:1991:3: ( (lv_value_2_0= ruleDecimal ) )
            // InternalItup.g:1992:4: (lv_value_2_0= ruleDecimal )
            {
            // InternalItup.g:1992:4: (lv_value_2_0= ruleDecimal )
            // InternalItup.g:1993:5: lv_value_2_0= ruleDecimal
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
    // InternalItup.g:2014:1: entryRuleBudget returns [EObject current=null] : iv_ruleBudget= ruleBudget EOF ;
    public final EObject entryRuleBudget() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleBudget = null;


        try {
            // InternalItup.g:2014:47: (iv_ruleBudget= ruleBudget EOF )
            // InternalItup.g:2015:2: iv_ruleBudget= ruleBudget EOF
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
    // InternalItup.g:2021:1: ruleBudget returns [EObject current=null] : (otherlv_0= 'budget' ( (lv_amount_1_0= ruleDecimal ) ) ( (lv_currency_2_0= RULE_STRING ) ) (otherlv_3= 'for' ( (lv_period_4_0= rulePeriod ) ) )? ) ;
    public final EObject ruleBudget() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_currency_2_0=null;
        Token otherlv_3=null;
        AntlrDatatypeRuleToken lv_amount_1_0 = null;

        AntlrDatatypeRuleToken lv_period_4_0 = null;



        	enterRule();

        try {
            // InternalItup.g:2027:2: ( (otherlv_0= 'budget' ( (lv_amount_1_0= ruleDecimal ) ) ( (lv_currency_2_0= RULE_STRING ) ) (otherlv_3= 'for' ( (lv_period_4_0= rulePeriod ) ) )? ) )
            // InternalItup.g:2028:2: (otherlv_0= 'budget' ( (lv_amount_1_0= ruleDecimal ) ) ( (lv_currency_2_0= RULE_STRING ) ) (otherlv_3= 'for' ( (lv_period_4_0= rulePeriod ) ) )? )
            {
            // InternalItup.g:2028:2: (otherlv_0= 'budget' ( (lv_amount_1_0= ruleDecimal ) ) ( (lv_currency_2_0= RULE_STRING ) ) (otherlv_3= 'for' ( (lv_period_4_0= rulePeriod ) ) )? )
            // InternalItup.g:2029:3: otherlv_0= 'budget' ( (lv_amount_1_0= ruleDecimal ) ) ( (lv_currency_2_0= RULE_STRING ) ) (otherlv_3= 'for' ( (lv_period_4_0= rulePeriod ) ) )?
            {
            otherlv_0=(Token)match(input,57,FOLLOW_45); 

            			newLeafNode(otherlv_0, grammarAccess.getBudgetAccess().getBudgetKeyword_0());
            		
            // InternalItup.g:2033:3: ( (lv_amount_1_0= ruleDecimal ) )
            // InternalItup.g:2034:4: (lv_amount_1_0= ruleDecimal )
            {
            // InternalItup.g:2034:4: (lv_amount_1_0= ruleDecimal )
            // InternalItup.g:2035:5: lv_amount_1_0= ruleDecimal
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

            // InternalItup.g:2052:3: ( (lv_currency_2_0= RULE_STRING ) )
            // InternalItup.g:2053:4: (lv_currency_2_0= RULE_STRING )
            {
            // InternalItup.g:2053:4: (lv_currency_2_0= RULE_STRING )
            // InternalItup.g:2054:5: lv_currency_2_0= RULE_STRING
            {
            lv_currency_2_0=(Token)match(input,RULE_STRING,FOLLOW_49); 

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

            // InternalItup.g:2070:3: (otherlv_3= 'for' ( (lv_period_4_0= rulePeriod ) ) )?
            int alt32=2;
            int LA32_0 = input.LA(1);

            if ( (LA32_0==34) ) {
                alt32=1;
            }
            switch (alt32) {
                case 1 :
                    // InternalItup.g:2071:4: otherlv_3= 'for' ( (lv_period_4_0= rulePeriod ) )
                    {
                    otherlv_3=(Token)match(input,34,FOLLOW_6); 

                    				newLeafNode(otherlv_3, grammarAccess.getBudgetAccess().getForKeyword_3_0());
                    			
                    // InternalItup.g:2075:4: ( (lv_period_4_0= rulePeriod ) )
                    // InternalItup.g:2076:5: (lv_period_4_0= rulePeriod )
                    {
                    // InternalItup.g:2076:5: (lv_period_4_0= rulePeriod )
                    // InternalItup.g:2077:6: lv_period_4_0= rulePeriod
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
    // InternalItup.g:2100:1: ruleReplaces[EObject in_current] returns [EObject current=in_current] : (otherlv_0= 'replaces' ( (lv_replaces_1_0= ruleCode ) ) (otherlv_2= ',' ( (lv_replaces_3_0= ruleCode ) ) )* ) ;
    public final EObject ruleReplaces(EObject in_current) throws RecognitionException {
        EObject current = in_current;

        Token otherlv_0=null;
        Token otherlv_2=null;
        AntlrDatatypeRuleToken lv_replaces_1_0 = null;

        AntlrDatatypeRuleToken lv_replaces_3_0 = null;



        	enterRule();

        try {
            // InternalItup.g:2106:2: ( (otherlv_0= 'replaces' ( (lv_replaces_1_0= ruleCode ) ) (otherlv_2= ',' ( (lv_replaces_3_0= ruleCode ) ) )* ) )
            // InternalItup.g:2107:2: (otherlv_0= 'replaces' ( (lv_replaces_1_0= ruleCode ) ) (otherlv_2= ',' ( (lv_replaces_3_0= ruleCode ) ) )* )
            {
            // InternalItup.g:2107:2: (otherlv_0= 'replaces' ( (lv_replaces_1_0= ruleCode ) ) (otherlv_2= ',' ( (lv_replaces_3_0= ruleCode ) ) )* )
            // InternalItup.g:2108:3: otherlv_0= 'replaces' ( (lv_replaces_1_0= ruleCode ) ) (otherlv_2= ',' ( (lv_replaces_3_0= ruleCode ) ) )*
            {
            otherlv_0=(Token)match(input,58,FOLLOW_17); 

            			newLeafNode(otherlv_0, grammarAccess.getReplacesAccess().getReplacesKeyword_0());
            		
            // InternalItup.g:2112:3: ( (lv_replaces_1_0= ruleCode ) )
            // InternalItup.g:2113:4: (lv_replaces_1_0= ruleCode )
            {
            // InternalItup.g:2113:4: (lv_replaces_1_0= ruleCode )
            // InternalItup.g:2114:5: lv_replaces_1_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getReplacesAccess().getReplacesCodeParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_50);
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

            // InternalItup.g:2131:3: (otherlv_2= ',' ( (lv_replaces_3_0= ruleCode ) ) )*
            loop33:
            do {
                int alt33=2;
                int LA33_0 = input.LA(1);

                if ( (LA33_0==18) ) {
                    alt33=1;
                }


                switch (alt33) {
            	case 1 :
            	    // InternalItup.g:2132:4: otherlv_2= ',' ( (lv_replaces_3_0= ruleCode ) )
            	    {
            	    otherlv_2=(Token)match(input,18,FOLLOW_17); 

            	    				newLeafNode(otherlv_2, grammarAccess.getReplacesAccess().getCommaKeyword_2_0());
            	    			
            	    // InternalItup.g:2136:4: ( (lv_replaces_3_0= ruleCode ) )
            	    // InternalItup.g:2137:5: (lv_replaces_3_0= ruleCode )
            	    {
            	    // InternalItup.g:2137:5: (lv_replaces_3_0= ruleCode )
            	    // InternalItup.g:2138:6: lv_replaces_3_0= ruleCode
            	    {

            	    						newCompositeNode(grammarAccess.getReplacesAccess().getReplacesCodeParserRuleCall_2_1_0());
            	    					
            	    pushFollow(FOLLOW_50);
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
            	    break loop33;
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


    // $ANTLR start "entryRuleImport"
    // InternalItup.g:2160:1: entryRuleImport returns [EObject current=null] : iv_ruleImport= ruleImport EOF ;
    public final EObject entryRuleImport() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleImport = null;


        try {
            // InternalItup.g:2160:47: (iv_ruleImport= ruleImport EOF )
            // InternalItup.g:2161:2: iv_ruleImport= ruleImport EOF
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
    // InternalItup.g:2167:1: ruleImport returns [EObject current=null] : (otherlv_0= 'import' ( ( rulePlanName ) ) ) ;
    public final EObject ruleImport() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;


        	enterRule();

        try {
            // InternalItup.g:2173:2: ( (otherlv_0= 'import' ( ( rulePlanName ) ) ) )
            // InternalItup.g:2174:2: (otherlv_0= 'import' ( ( rulePlanName ) ) )
            {
            // InternalItup.g:2174:2: (otherlv_0= 'import' ( ( rulePlanName ) ) )
            // InternalItup.g:2175:3: otherlv_0= 'import' ( ( rulePlanName ) )
            {
            otherlv_0=(Token)match(input,59,FOLLOW_3); 

            			newLeafNode(otherlv_0, grammarAccess.getImportAccess().getImportKeyword_0());
            		
            // InternalItup.g:2179:3: ( ( rulePlanName ) )
            // InternalItup.g:2180:4: ( rulePlanName )
            {
            // InternalItup.g:2180:4: ( rulePlanName )
            // InternalItup.g:2181:5: rulePlanName
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
    // InternalItup.g:2199:1: entryRuleCoreValue returns [EObject current=null] : iv_ruleCoreValue= ruleCoreValue EOF ;
    public final EObject entryRuleCoreValue() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleCoreValue = null;


        try {
            // InternalItup.g:2199:50: (iv_ruleCoreValue= ruleCoreValue EOF )
            // InternalItup.g:2200:2: iv_ruleCoreValue= ruleCoreValue EOF
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
    // InternalItup.g:2206:1: ruleCoreValue returns [EObject current=null] : (otherlv_0= 'value' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) ) ( (lv_statement_3_0= RULE_STRING ) )? ) ;
    public final EObject ruleCoreValue() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_title_2_0=null;
        Token lv_statement_3_0=null;
        AntlrDatatypeRuleToken lv_name_1_0 = null;



        	enterRule();

        try {
            // InternalItup.g:2212:2: ( (otherlv_0= 'value' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) ) ( (lv_statement_3_0= RULE_STRING ) )? ) )
            // InternalItup.g:2213:2: (otherlv_0= 'value' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) ) ( (lv_statement_3_0= RULE_STRING ) )? )
            {
            // InternalItup.g:2213:2: (otherlv_0= 'value' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) ) ( (lv_statement_3_0= RULE_STRING ) )? )
            // InternalItup.g:2214:3: otherlv_0= 'value' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) ) ( (lv_statement_3_0= RULE_STRING ) )?
            {
            otherlv_0=(Token)match(input,49,FOLLOW_17); 

            			newLeafNode(otherlv_0, grammarAccess.getCoreValueAccess().getValueKeyword_0());
            		
            // InternalItup.g:2218:3: ( (lv_name_1_0= ruleCode ) )
            // InternalItup.g:2219:4: (lv_name_1_0= ruleCode )
            {
            // InternalItup.g:2219:4: (lv_name_1_0= ruleCode )
            // InternalItup.g:2220:5: lv_name_1_0= ruleCode
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

            // InternalItup.g:2237:3: ( (lv_title_2_0= RULE_STRING ) )
            // InternalItup.g:2238:4: (lv_title_2_0= RULE_STRING )
            {
            // InternalItup.g:2238:4: (lv_title_2_0= RULE_STRING )
            // InternalItup.g:2239:5: lv_title_2_0= RULE_STRING
            {
            lv_title_2_0=(Token)match(input,RULE_STRING,FOLLOW_40); 

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

            // InternalItup.g:2255:3: ( (lv_statement_3_0= RULE_STRING ) )?
            int alt34=2;
            int LA34_0 = input.LA(1);

            if ( (LA34_0==RULE_STRING) ) {
                alt34=1;
            }
            switch (alt34) {
                case 1 :
                    // InternalItup.g:2256:4: (lv_statement_3_0= RULE_STRING )
                    {
                    // InternalItup.g:2256:4: (lv_statement_3_0= RULE_STRING )
                    // InternalItup.g:2257:5: lv_statement_3_0= RULE_STRING
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
    // InternalItup.g:2277:1: entryRuleGoal returns [EObject current=null] : iv_ruleGoal= ruleGoal EOF ;
    public final EObject entryRuleGoal() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleGoal = null;


        try {
            // InternalItup.g:2277:45: (iv_ruleGoal= ruleGoal EOF )
            // InternalItup.g:2278:2: iv_ruleGoal= ruleGoal EOF
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
    // InternalItup.g:2284:1: ruleGoal returns [EObject current=null] : (otherlv_0= 'goal' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )? (otherlv_6= 'description' ( (lv_description_7_0= RULE_STRING ) ) )? ( ( (lv_targets_8_0= ruleTarget ) ) | this_Replaces_9= ruleReplaces[$current] | (otherlv_10= 'sdg' ( (lv_sdgLinks_11_0= ruleSdgLink ) ) (otherlv_12= ',' ( (lv_sdgLinks_13_0= ruleSdgLink ) ) )* ) | (otherlv_14= 'wsis' ( (lv_wsisActionLines_15_0= ruleCode ) ) (otherlv_16= ',' ( (lv_wsisActionLines_17_0= ruleCode ) ) )* ) )* otherlv_18= '}' ) ;
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
            // InternalItup.g:2290:2: ( (otherlv_0= 'goal' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )? (otherlv_6= 'description' ( (lv_description_7_0= RULE_STRING ) ) )? ( ( (lv_targets_8_0= ruleTarget ) ) | this_Replaces_9= ruleReplaces[$current] | (otherlv_10= 'sdg' ( (lv_sdgLinks_11_0= ruleSdgLink ) ) (otherlv_12= ',' ( (lv_sdgLinks_13_0= ruleSdgLink ) ) )* ) | (otherlv_14= 'wsis' ( (lv_wsisActionLines_15_0= ruleCode ) ) (otherlv_16= ',' ( (lv_wsisActionLines_17_0= ruleCode ) ) )* ) )* otherlv_18= '}' ) )
            // InternalItup.g:2291:2: (otherlv_0= 'goal' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )? (otherlv_6= 'description' ( (lv_description_7_0= RULE_STRING ) ) )? ( ( (lv_targets_8_0= ruleTarget ) ) | this_Replaces_9= ruleReplaces[$current] | (otherlv_10= 'sdg' ( (lv_sdgLinks_11_0= ruleSdgLink ) ) (otherlv_12= ',' ( (lv_sdgLinks_13_0= ruleSdgLink ) ) )* ) | (otherlv_14= 'wsis' ( (lv_wsisActionLines_15_0= ruleCode ) ) (otherlv_16= ',' ( (lv_wsisActionLines_17_0= ruleCode ) ) )* ) )* otherlv_18= '}' )
            {
            // InternalItup.g:2291:2: (otherlv_0= 'goal' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )? (otherlv_6= 'description' ( (lv_description_7_0= RULE_STRING ) ) )? ( ( (lv_targets_8_0= ruleTarget ) ) | this_Replaces_9= ruleReplaces[$current] | (otherlv_10= 'sdg' ( (lv_sdgLinks_11_0= ruleSdgLink ) ) (otherlv_12= ',' ( (lv_sdgLinks_13_0= ruleSdgLink ) ) )* ) | (otherlv_14= 'wsis' ( (lv_wsisActionLines_15_0= ruleCode ) ) (otherlv_16= ',' ( (lv_wsisActionLines_17_0= ruleCode ) ) )* ) )* otherlv_18= '}' )
            // InternalItup.g:2292:3: otherlv_0= 'goal' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )? (otherlv_6= 'description' ( (lv_description_7_0= RULE_STRING ) ) )? ( ( (lv_targets_8_0= ruleTarget ) ) | this_Replaces_9= ruleReplaces[$current] | (otherlv_10= 'sdg' ( (lv_sdgLinks_11_0= ruleSdgLink ) ) (otherlv_12= ',' ( (lv_sdgLinks_13_0= ruleSdgLink ) ) )* ) | (otherlv_14= 'wsis' ( (lv_wsisActionLines_15_0= ruleCode ) ) (otherlv_16= ',' ( (lv_wsisActionLines_17_0= ruleCode ) ) )* ) )* otherlv_18= '}'
            {
            otherlv_0=(Token)match(input,60,FOLLOW_17); 

            			newLeafNode(otherlv_0, grammarAccess.getGoalAccess().getGoalKeyword_0());
            		
            // InternalItup.g:2296:3: ( (lv_name_1_0= ruleCode ) )
            // InternalItup.g:2297:4: (lv_name_1_0= ruleCode )
            {
            // InternalItup.g:2297:4: (lv_name_1_0= ruleCode )
            // InternalItup.g:2298:5: lv_name_1_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getGoalAccess().getNameCodeParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_51);
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

            // InternalItup.g:2315:3: ( (lv_title_2_0= RULE_STRING ) )?
            int alt35=2;
            int LA35_0 = input.LA(1);

            if ( (LA35_0==RULE_STRING) ) {
                alt35=1;
            }
            switch (alt35) {
                case 1 :
                    // InternalItup.g:2316:4: (lv_title_2_0= RULE_STRING )
                    {
                    // InternalItup.g:2316:4: (lv_title_2_0= RULE_STRING )
                    // InternalItup.g:2317:5: lv_title_2_0= RULE_STRING
                    {
                    lv_title_2_0=(Token)match(input,RULE_STRING,FOLLOW_23); 

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

            otherlv_3=(Token)match(input,27,FOLLOW_52); 

            			newLeafNode(otherlv_3, grammarAccess.getGoalAccess().getLeftCurlyBracketKeyword_3());
            		
            // InternalItup.g:2337:3: (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )?
            int alt36=2;
            int LA36_0 = input.LA(1);

            if ( (LA36_0==61) ) {
                alt36=1;
            }
            switch (alt36) {
                case 1 :
                    // InternalItup.g:2338:4: otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) )
                    {
                    otherlv_4=(Token)match(input,61,FOLLOW_10); 

                    				newLeafNode(otherlv_4, grammarAccess.getGoalAccess().getStatementKeyword_4_0());
                    			
                    // InternalItup.g:2342:4: ( (lv_statement_5_0= RULE_STRING ) )
                    // InternalItup.g:2343:5: (lv_statement_5_0= RULE_STRING )
                    {
                    // InternalItup.g:2343:5: (lv_statement_5_0= RULE_STRING )
                    // InternalItup.g:2344:6: lv_statement_5_0= RULE_STRING
                    {
                    lv_statement_5_0=(Token)match(input,RULE_STRING,FOLLOW_53); 

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

            // InternalItup.g:2361:3: (otherlv_6= 'description' ( (lv_description_7_0= RULE_STRING ) ) )?
            int alt37=2;
            int LA37_0 = input.LA(1);

            if ( (LA37_0==62) ) {
                alt37=1;
            }
            switch (alt37) {
                case 1 :
                    // InternalItup.g:2362:4: otherlv_6= 'description' ( (lv_description_7_0= RULE_STRING ) )
                    {
                    otherlv_6=(Token)match(input,62,FOLLOW_10); 

                    				newLeafNode(otherlv_6, grammarAccess.getGoalAccess().getDescriptionKeyword_5_0());
                    			
                    // InternalItup.g:2366:4: ( (lv_description_7_0= RULE_STRING ) )
                    // InternalItup.g:2367:5: (lv_description_7_0= RULE_STRING )
                    {
                    // InternalItup.g:2367:5: (lv_description_7_0= RULE_STRING )
                    // InternalItup.g:2368:6: lv_description_7_0= RULE_STRING
                    {
                    lv_description_7_0=(Token)match(input,RULE_STRING,FOLLOW_54); 

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

            // InternalItup.g:2385:3: ( ( (lv_targets_8_0= ruleTarget ) ) | this_Replaces_9= ruleReplaces[$current] | (otherlv_10= 'sdg' ( (lv_sdgLinks_11_0= ruleSdgLink ) ) (otherlv_12= ',' ( (lv_sdgLinks_13_0= ruleSdgLink ) ) )* ) | (otherlv_14= 'wsis' ( (lv_wsisActionLines_15_0= ruleCode ) ) (otherlv_16= ',' ( (lv_wsisActionLines_17_0= ruleCode ) ) )* ) )*
            loop40:
            do {
                int alt40=5;
                switch ( input.LA(1) ) {
                case 63:
                    {
                    alt40=1;
                    }
                    break;
                case 58:
                    {
                    alt40=2;
                    }
                    break;
                case 31:
                    {
                    alt40=3;
                    }
                    break;
                case 29:
                    {
                    alt40=4;
                    }
                    break;

                }

                switch (alt40) {
            	case 1 :
            	    // InternalItup.g:2386:4: ( (lv_targets_8_0= ruleTarget ) )
            	    {
            	    // InternalItup.g:2386:4: ( (lv_targets_8_0= ruleTarget ) )
            	    // InternalItup.g:2387:5: (lv_targets_8_0= ruleTarget )
            	    {
            	    // InternalItup.g:2387:5: (lv_targets_8_0= ruleTarget )
            	    // InternalItup.g:2388:6: lv_targets_8_0= ruleTarget
            	    {

            	    						newCompositeNode(grammarAccess.getGoalAccess().getTargetsTargetParserRuleCall_6_0_0());
            	    					
            	    pushFollow(FOLLOW_54);
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
            	    // InternalItup.g:2406:4: this_Replaces_9= ruleReplaces[$current]
            	    {

            	    				if (current==null) {
            	    					current = createModelElement(grammarAccess.getGoalRule());
            	    				}
            	    				newCompositeNode(grammarAccess.getGoalAccess().getReplacesParserRuleCall_6_1());
            	    			
            	    pushFollow(FOLLOW_54);
            	    this_Replaces_9=ruleReplaces(current);

            	    state._fsp--;


            	    				current = this_Replaces_9;
            	    				afterParserOrEnumRuleCall();
            	    			

            	    }
            	    break;
            	case 3 :
            	    // InternalItup.g:2418:4: (otherlv_10= 'sdg' ( (lv_sdgLinks_11_0= ruleSdgLink ) ) (otherlv_12= ',' ( (lv_sdgLinks_13_0= ruleSdgLink ) ) )* )
            	    {
            	    // InternalItup.g:2418:4: (otherlv_10= 'sdg' ( (lv_sdgLinks_11_0= ruleSdgLink ) ) (otherlv_12= ',' ( (lv_sdgLinks_13_0= ruleSdgLink ) ) )* )
            	    // InternalItup.g:2419:5: otherlv_10= 'sdg' ( (lv_sdgLinks_11_0= ruleSdgLink ) ) (otherlv_12= ',' ( (lv_sdgLinks_13_0= ruleSdgLink ) ) )*
            	    {
            	    otherlv_10=(Token)match(input,31,FOLLOW_17); 

            	    					newLeafNode(otherlv_10, grammarAccess.getGoalAccess().getSdgKeyword_6_2_0());
            	    				
            	    // InternalItup.g:2423:5: ( (lv_sdgLinks_11_0= ruleSdgLink ) )
            	    // InternalItup.g:2424:6: (lv_sdgLinks_11_0= ruleSdgLink )
            	    {
            	    // InternalItup.g:2424:6: (lv_sdgLinks_11_0= ruleSdgLink )
            	    // InternalItup.g:2425:7: lv_sdgLinks_11_0= ruleSdgLink
            	    {

            	    							newCompositeNode(grammarAccess.getGoalAccess().getSdgLinksSdgLinkParserRuleCall_6_2_1_0());
            	    						
            	    pushFollow(FOLLOW_55);
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

            	    // InternalItup.g:2442:5: (otherlv_12= ',' ( (lv_sdgLinks_13_0= ruleSdgLink ) ) )*
            	    loop38:
            	    do {
            	        int alt38=2;
            	        int LA38_0 = input.LA(1);

            	        if ( (LA38_0==18) ) {
            	            alt38=1;
            	        }


            	        switch (alt38) {
            	    	case 1 :
            	    	    // InternalItup.g:2443:6: otherlv_12= ',' ( (lv_sdgLinks_13_0= ruleSdgLink ) )
            	    	    {
            	    	    otherlv_12=(Token)match(input,18,FOLLOW_17); 

            	    	    						newLeafNode(otherlv_12, grammarAccess.getGoalAccess().getCommaKeyword_6_2_2_0());
            	    	    					
            	    	    // InternalItup.g:2447:6: ( (lv_sdgLinks_13_0= ruleSdgLink ) )
            	    	    // InternalItup.g:2448:7: (lv_sdgLinks_13_0= ruleSdgLink )
            	    	    {
            	    	    // InternalItup.g:2448:7: (lv_sdgLinks_13_0= ruleSdgLink )
            	    	    // InternalItup.g:2449:8: lv_sdgLinks_13_0= ruleSdgLink
            	    	    {

            	    	    								newCompositeNode(grammarAccess.getGoalAccess().getSdgLinksSdgLinkParserRuleCall_6_2_2_1_0());
            	    	    							
            	    	    pushFollow(FOLLOW_55);
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
            	    	    break loop38;
            	        }
            	    } while (true);


            	    }


            	    }
            	    break;
            	case 4 :
            	    // InternalItup.g:2469:4: (otherlv_14= 'wsis' ( (lv_wsisActionLines_15_0= ruleCode ) ) (otherlv_16= ',' ( (lv_wsisActionLines_17_0= ruleCode ) ) )* )
            	    {
            	    // InternalItup.g:2469:4: (otherlv_14= 'wsis' ( (lv_wsisActionLines_15_0= ruleCode ) ) (otherlv_16= ',' ( (lv_wsisActionLines_17_0= ruleCode ) ) )* )
            	    // InternalItup.g:2470:5: otherlv_14= 'wsis' ( (lv_wsisActionLines_15_0= ruleCode ) ) (otherlv_16= ',' ( (lv_wsisActionLines_17_0= ruleCode ) ) )*
            	    {
            	    otherlv_14=(Token)match(input,29,FOLLOW_17); 

            	    					newLeafNode(otherlv_14, grammarAccess.getGoalAccess().getWsisKeyword_6_3_0());
            	    				
            	    // InternalItup.g:2474:5: ( (lv_wsisActionLines_15_0= ruleCode ) )
            	    // InternalItup.g:2475:6: (lv_wsisActionLines_15_0= ruleCode )
            	    {
            	    // InternalItup.g:2475:6: (lv_wsisActionLines_15_0= ruleCode )
            	    // InternalItup.g:2476:7: lv_wsisActionLines_15_0= ruleCode
            	    {

            	    							newCompositeNode(grammarAccess.getGoalAccess().getWsisActionLinesCodeParserRuleCall_6_3_1_0());
            	    						
            	    pushFollow(FOLLOW_55);
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

            	    // InternalItup.g:2493:5: (otherlv_16= ',' ( (lv_wsisActionLines_17_0= ruleCode ) ) )*
            	    loop39:
            	    do {
            	        int alt39=2;
            	        int LA39_0 = input.LA(1);

            	        if ( (LA39_0==18) ) {
            	            alt39=1;
            	        }


            	        switch (alt39) {
            	    	case 1 :
            	    	    // InternalItup.g:2494:6: otherlv_16= ',' ( (lv_wsisActionLines_17_0= ruleCode ) )
            	    	    {
            	    	    otherlv_16=(Token)match(input,18,FOLLOW_17); 

            	    	    						newLeafNode(otherlv_16, grammarAccess.getGoalAccess().getCommaKeyword_6_3_2_0());
            	    	    					
            	    	    // InternalItup.g:2498:6: ( (lv_wsisActionLines_17_0= ruleCode ) )
            	    	    // InternalItup.g:2499:7: (lv_wsisActionLines_17_0= ruleCode )
            	    	    {
            	    	    // InternalItup.g:2499:7: (lv_wsisActionLines_17_0= ruleCode )
            	    	    // InternalItup.g:2500:8: lv_wsisActionLines_17_0= ruleCode
            	    	    {

            	    	    								newCompositeNode(grammarAccess.getGoalAccess().getWsisActionLinesCodeParserRuleCall_6_3_2_1_0());
            	    	    							
            	    	    pushFollow(FOLLOW_55);
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
            	    	    break loop39;
            	        }
            	    } while (true);


            	    }


            	    }
            	    break;

            	default :
            	    break loop40;
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
    // InternalItup.g:2528:1: entryRuleTarget returns [EObject current=null] : iv_ruleTarget= ruleTarget EOF ;
    public final EObject entryRuleTarget() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleTarget = null;


        try {
            // InternalItup.g:2528:47: (iv_ruleTarget= ruleTarget EOF )
            // InternalItup.g:2529:2: iv_ruleTarget= ruleTarget EOF
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
    // InternalItup.g:2535:1: ruleTarget returns [EObject current=null] : (otherlv_0= 'target' ( (lv_name_1_0= ruleCode ) ) ( (lv_official_2_0= 'official' ) )? ( (lv_statement_3_0= RULE_STRING ) )? (otherlv_4= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_6= 'by' ( (lv_deadline_7_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'horizon' ( (lv_horizon_9_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? ) | ( (lv_kind_13_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_14_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'population' ( (lv_population_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (this_Replaces_17= ruleReplaces[$current] ) ) ) ) )* ) ) ) ( (lv_indicators_18_0= rulePerformanceIndicator ) )* otherlv_19= '}' )? ) ;
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
            // InternalItup.g:2541:2: ( (otherlv_0= 'target' ( (lv_name_1_0= ruleCode ) ) ( (lv_official_2_0= 'official' ) )? ( (lv_statement_3_0= RULE_STRING ) )? (otherlv_4= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_6= 'by' ( (lv_deadline_7_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'horizon' ( (lv_horizon_9_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? ) | ( (lv_kind_13_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_14_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'population' ( (lv_population_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (this_Replaces_17= ruleReplaces[$current] ) ) ) ) )* ) ) ) ( (lv_indicators_18_0= rulePerformanceIndicator ) )* otherlv_19= '}' )? ) )
            // InternalItup.g:2542:2: (otherlv_0= 'target' ( (lv_name_1_0= ruleCode ) ) ( (lv_official_2_0= 'official' ) )? ( (lv_statement_3_0= RULE_STRING ) )? (otherlv_4= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_6= 'by' ( (lv_deadline_7_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'horizon' ( (lv_horizon_9_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? ) | ( (lv_kind_13_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_14_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'population' ( (lv_population_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (this_Replaces_17= ruleReplaces[$current] ) ) ) ) )* ) ) ) ( (lv_indicators_18_0= rulePerformanceIndicator ) )* otherlv_19= '}' )? )
            {
            // InternalItup.g:2542:2: (otherlv_0= 'target' ( (lv_name_1_0= ruleCode ) ) ( (lv_official_2_0= 'official' ) )? ( (lv_statement_3_0= RULE_STRING ) )? (otherlv_4= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_6= 'by' ( (lv_deadline_7_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'horizon' ( (lv_horizon_9_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? ) | ( (lv_kind_13_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_14_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'population' ( (lv_population_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (this_Replaces_17= ruleReplaces[$current] ) ) ) ) )* ) ) ) ( (lv_indicators_18_0= rulePerformanceIndicator ) )* otherlv_19= '}' )? )
            // InternalItup.g:2543:3: otherlv_0= 'target' ( (lv_name_1_0= ruleCode ) ) ( (lv_official_2_0= 'official' ) )? ( (lv_statement_3_0= RULE_STRING ) )? (otherlv_4= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_6= 'by' ( (lv_deadline_7_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'horizon' ( (lv_horizon_9_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? ) | ( (lv_kind_13_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_14_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'population' ( (lv_population_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (this_Replaces_17= ruleReplaces[$current] ) ) ) ) )* ) ) ) ( (lv_indicators_18_0= rulePerformanceIndicator ) )* otherlv_19= '}' )?
            {
            otherlv_0=(Token)match(input,63,FOLLOW_17); 

            			newLeafNode(otherlv_0, grammarAccess.getTargetAccess().getTargetKeyword_0());
            		
            // InternalItup.g:2547:3: ( (lv_name_1_0= ruleCode ) )
            // InternalItup.g:2548:4: (lv_name_1_0= ruleCode )
            {
            // InternalItup.g:2548:4: (lv_name_1_0= ruleCode )
            // InternalItup.g:2549:5: lv_name_1_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getTargetAccess().getNameCodeParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_56);
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

            // InternalItup.g:2566:3: ( (lv_official_2_0= 'official' ) )?
            int alt41=2;
            int LA41_0 = input.LA(1);

            if ( (LA41_0==20) ) {
                alt41=1;
            }
            switch (alt41) {
                case 1 :
                    // InternalItup.g:2567:4: (lv_official_2_0= 'official' )
                    {
                    // InternalItup.g:2567:4: (lv_official_2_0= 'official' )
                    // InternalItup.g:2568:5: lv_official_2_0= 'official'
                    {
                    lv_official_2_0=(Token)match(input,20,FOLLOW_57); 

                    					newLeafNode(lv_official_2_0, grammarAccess.getTargetAccess().getOfficialOfficialKeyword_2_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getTargetRule());
                    					}
                    					setWithLastConsumed(current, "official", lv_official_2_0 != null, "official");
                    				

                    }


                    }
                    break;

            }

            // InternalItup.g:2580:3: ( (lv_statement_3_0= RULE_STRING ) )?
            int alt42=2;
            int LA42_0 = input.LA(1);

            if ( (LA42_0==RULE_STRING) ) {
                alt42=1;
            }
            switch (alt42) {
                case 1 :
                    // InternalItup.g:2581:4: (lv_statement_3_0= RULE_STRING )
                    {
                    // InternalItup.g:2581:4: (lv_statement_3_0= RULE_STRING )
                    // InternalItup.g:2582:5: lv_statement_3_0= RULE_STRING
                    {
                    lv_statement_3_0=(Token)match(input,RULE_STRING,FOLLOW_58); 

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

            // InternalItup.g:2598:3: (otherlv_4= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_6= 'by' ( (lv_deadline_7_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'horizon' ( (lv_horizon_9_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? ) | ( (lv_kind_13_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_14_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'population' ( (lv_population_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (this_Replaces_17= ruleReplaces[$current] ) ) ) ) )* ) ) ) ( (lv_indicators_18_0= rulePerformanceIndicator ) )* otherlv_19= '}' )?
            int alt47=2;
            int LA47_0 = input.LA(1);

            if ( (LA47_0==27) ) {
                alt47=1;
            }
            switch (alt47) {
                case 1 :
                    // InternalItup.g:2599:4: otherlv_4= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_6= 'by' ( (lv_deadline_7_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'horizon' ( (lv_horizon_9_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? ) | ( (lv_kind_13_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_14_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'population' ( (lv_population_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (this_Replaces_17= ruleReplaces[$current] ) ) ) ) )* ) ) ) ( (lv_indicators_18_0= rulePerformanceIndicator ) )* otherlv_19= '}'
                    {
                    otherlv_4=(Token)match(input,27,FOLLOW_59); 

                    				newLeafNode(otherlv_4, grammarAccess.getTargetAccess().getLeftCurlyBracketKeyword_4_0());
                    			
                    // InternalItup.g:2603:4: ( ( ( ( ({...}? => ( ({...}? => (otherlv_6= 'by' ( (lv_deadline_7_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'horizon' ( (lv_horizon_9_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? ) | ( (lv_kind_13_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_14_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'population' ( (lv_population_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (this_Replaces_17= ruleReplaces[$current] ) ) ) ) )* ) ) )
                    // InternalItup.g:2604:5: ( ( ( ({...}? => ( ({...}? => (otherlv_6= 'by' ( (lv_deadline_7_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'horizon' ( (lv_horizon_9_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? ) | ( (lv_kind_13_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_14_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'population' ( (lv_population_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (this_Replaces_17= ruleReplaces[$current] ) ) ) ) )* ) )
                    {
                    // InternalItup.g:2604:5: ( ( ( ({...}? => ( ({...}? => (otherlv_6= 'by' ( (lv_deadline_7_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'horizon' ( (lv_horizon_9_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? ) | ( (lv_kind_13_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_14_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'population' ( (lv_population_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (this_Replaces_17= ruleReplaces[$current] ) ) ) ) )* ) )
                    // InternalItup.g:2605:6: ( ( ({...}? => ( ({...}? => (otherlv_6= 'by' ( (lv_deadline_7_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'horizon' ( (lv_horizon_9_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? ) | ( (lv_kind_13_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_14_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'population' ( (lv_population_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (this_Replaces_17= ruleReplaces[$current] ) ) ) ) )* )
                    {
                     
                    					  getUnorderedGroupHelper().enter(grammarAccess.getTargetAccess().getUnorderedGroup_4_1());
                    					
                    // InternalItup.g:2608:6: ( ( ({...}? => ( ({...}? => (otherlv_6= 'by' ( (lv_deadline_7_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'horizon' ( (lv_horizon_9_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? ) | ( (lv_kind_13_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_14_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'population' ( (lv_population_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (this_Replaces_17= ruleReplaces[$current] ) ) ) ) )* )
                    // InternalItup.g:2609:7: ( ({...}? => ( ({...}? => (otherlv_6= 'by' ( (lv_deadline_7_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'horizon' ( (lv_horizon_9_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? ) | ( (lv_kind_13_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_14_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'population' ( (lv_population_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (this_Replaces_17= ruleReplaces[$current] ) ) ) ) )*
                    {
                    // InternalItup.g:2609:7: ( ({...}? => ( ({...}? => (otherlv_6= 'by' ( (lv_deadline_7_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'horizon' ( (lv_horizon_9_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? ) | ( (lv_kind_13_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_14_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'population' ( (lv_population_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (this_Replaces_17= ruleReplaces[$current] ) ) ) ) )*
                    loop45:
                    do {
                        int alt45=7;
                        int LA45_0 = input.LA(1);

                        if ( LA45_0 == 15 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 0) ) {
                            alt45=1;
                        }
                        else if ( LA45_0 == 64 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 1) ) {
                            alt45=2;
                        }
                        else if ( LA45_0 >= 98 && LA45_0 <= 101 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 2) ) {
                            alt45=3;
                        }
                        else if ( LA45_0 == 66 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 3) ) {
                            alt45=4;
                        }
                        else if ( LA45_0 == 65 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 4) ) {
                            alt45=5;
                        }
                        else if ( LA45_0 == 58 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 5) ) {
                            alt45=6;
                        }


                        switch (alt45) {
                    	case 1 :
                    	    // InternalItup.g:2610:5: ({...}? => ( ({...}? => (otherlv_6= 'by' ( (lv_deadline_7_0= ruleYear ) ) ) ) ) )
                    	    {
                    	    // InternalItup.g:2610:5: ({...}? => ( ({...}? => (otherlv_6= 'by' ( (lv_deadline_7_0= ruleYear ) ) ) ) ) )
                    	    // InternalItup.g:2611:6: {...}? => ( ({...}? => (otherlv_6= 'by' ( (lv_deadline_7_0= ruleYear ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 0) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 0)");
                    	    }
                    	    // InternalItup.g:2611:106: ( ({...}? => (otherlv_6= 'by' ( (lv_deadline_7_0= ruleYear ) ) ) ) )
                    	    // InternalItup.g:2612:7: ({...}? => (otherlv_6= 'by' ( (lv_deadline_7_0= ruleYear ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 0);
                    	    						
                    	    // InternalItup.g:2615:10: ({...}? => (otherlv_6= 'by' ( (lv_deadline_7_0= ruleYear ) ) ) )
                    	    // InternalItup.g:2615:11: {...}? => (otherlv_6= 'by' ( (lv_deadline_7_0= ruleYear ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "true");
                    	    }
                    	    // InternalItup.g:2615:20: (otherlv_6= 'by' ( (lv_deadline_7_0= ruleYear ) ) )
                    	    // InternalItup.g:2615:21: otherlv_6= 'by' ( (lv_deadline_7_0= ruleYear ) )
                    	    {
                    	    otherlv_6=(Token)match(input,15,FOLLOW_6); 

                    	    										newLeafNode(otherlv_6, grammarAccess.getTargetAccess().getByKeyword_4_1_0_0());
                    	    									
                    	    // InternalItup.g:2619:10: ( (lv_deadline_7_0= ruleYear ) )
                    	    // InternalItup.g:2620:11: (lv_deadline_7_0= ruleYear )
                    	    {
                    	    // InternalItup.g:2620:11: (lv_deadline_7_0= ruleYear )
                    	    // InternalItup.g:2621:12: lv_deadline_7_0= ruleYear
                    	    {

                    	    												newCompositeNode(grammarAccess.getTargetAccess().getDeadlineYearParserRuleCall_4_1_0_1_0());
                    	    											
                    	    pushFollow(FOLLOW_59);
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
                    	    // InternalItup.g:2644:5: ({...}? => ( ({...}? => (otherlv_8= 'horizon' ( (lv_horizon_9_0= ruleYear ) ) ) ) ) )
                    	    {
                    	    // InternalItup.g:2644:5: ({...}? => ( ({...}? => (otherlv_8= 'horizon' ( (lv_horizon_9_0= ruleYear ) ) ) ) ) )
                    	    // InternalItup.g:2645:6: {...}? => ( ({...}? => (otherlv_8= 'horizon' ( (lv_horizon_9_0= ruleYear ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 1) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 1)");
                    	    }
                    	    // InternalItup.g:2645:106: ( ({...}? => (otherlv_8= 'horizon' ( (lv_horizon_9_0= ruleYear ) ) ) ) )
                    	    // InternalItup.g:2646:7: ({...}? => (otherlv_8= 'horizon' ( (lv_horizon_9_0= ruleYear ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 1);
                    	    						
                    	    // InternalItup.g:2649:10: ({...}? => (otherlv_8= 'horizon' ( (lv_horizon_9_0= ruleYear ) ) ) )
                    	    // InternalItup.g:2649:11: {...}? => (otherlv_8= 'horizon' ( (lv_horizon_9_0= ruleYear ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "true");
                    	    }
                    	    // InternalItup.g:2649:20: (otherlv_8= 'horizon' ( (lv_horizon_9_0= ruleYear ) ) )
                    	    // InternalItup.g:2649:21: otherlv_8= 'horizon' ( (lv_horizon_9_0= ruleYear ) )
                    	    {
                    	    otherlv_8=(Token)match(input,64,FOLLOW_6); 

                    	    										newLeafNode(otherlv_8, grammarAccess.getTargetAccess().getHorizonKeyword_4_1_1_0());
                    	    									
                    	    // InternalItup.g:2653:10: ( (lv_horizon_9_0= ruleYear ) )
                    	    // InternalItup.g:2654:11: (lv_horizon_9_0= ruleYear )
                    	    {
                    	    // InternalItup.g:2654:11: (lv_horizon_9_0= ruleYear )
                    	    // InternalItup.g:2655:12: lv_horizon_9_0= ruleYear
                    	    {

                    	    												newCompositeNode(grammarAccess.getTargetAccess().getHorizonYearParserRuleCall_4_1_1_1_0());
                    	    											
                    	    pushFollow(FOLLOW_59);
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
                    	    // InternalItup.g:2678:5: ({...}? => ( ({...}? => ( ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? ) | ( (lv_kind_13_0= ruleQualitativeTargetKind ) ) ) ) ) )
                    	    {
                    	    // InternalItup.g:2678:5: ({...}? => ( ({...}? => ( ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? ) | ( (lv_kind_13_0= ruleQualitativeTargetKind ) ) ) ) ) )
                    	    // InternalItup.g:2679:6: {...}? => ( ({...}? => ( ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? ) | ( (lv_kind_13_0= ruleQualitativeTargetKind ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 2) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 2)");
                    	    }
                    	    // InternalItup.g:2679:106: ( ({...}? => ( ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? ) | ( (lv_kind_13_0= ruleQualitativeTargetKind ) ) ) ) )
                    	    // InternalItup.g:2680:7: ({...}? => ( ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? ) | ( (lv_kind_13_0= ruleQualitativeTargetKind ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 2);
                    	    						
                    	    // InternalItup.g:2683:10: ({...}? => ( ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? ) | ( (lv_kind_13_0= ruleQualitativeTargetKind ) ) ) )
                    	    // InternalItup.g:2683:11: {...}? => ( ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? ) | ( (lv_kind_13_0= ruleQualitativeTargetKind ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "true");
                    	    }
                    	    // InternalItup.g:2683:20: ( ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? ) | ( (lv_kind_13_0= ruleQualitativeTargetKind ) ) )
                    	    int alt44=2;
                    	    int LA44_0 = input.LA(1);

                    	    if ( ((LA44_0>=98 && LA44_0<=100)) ) {
                    	        alt44=1;
                    	    }
                    	    else if ( (LA44_0==101) ) {
                    	        alt44=2;
                    	    }
                    	    else {
                    	        NoViableAltException nvae =
                    	            new NoViableAltException("", 44, 0, input);

                    	        throw nvae;
                    	    }
                    	    switch (alt44) {
                    	        case 1 :
                    	            // InternalItup.g:2683:21: ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? )
                    	            {
                    	            // InternalItup.g:2683:21: ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? )
                    	            // InternalItup.g:2684:11: ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )?
                    	            {
                    	            // InternalItup.g:2684:11: ( (lv_kind_10_0= ruleMeasuredTargetKind ) )
                    	            // InternalItup.g:2685:12: (lv_kind_10_0= ruleMeasuredTargetKind )
                    	            {
                    	            // InternalItup.g:2685:12: (lv_kind_10_0= ruleMeasuredTargetKind )
                    	            // InternalItup.g:2686:13: lv_kind_10_0= ruleMeasuredTargetKind
                    	            {

                    	            													newCompositeNode(grammarAccess.getTargetAccess().getKindMeasuredTargetKindEnumRuleCall_4_1_2_0_0_0());
                    	            												
                    	            pushFollow(FOLLOW_45);
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

                    	            // InternalItup.g:2703:11: ( (lv_value_11_0= ruleDecimal ) )
                    	            // InternalItup.g:2704:12: (lv_value_11_0= ruleDecimal )
                    	            {
                    	            // InternalItup.g:2704:12: (lv_value_11_0= ruleDecimal )
                    	            // InternalItup.g:2705:13: lv_value_11_0= ruleDecimal
                    	            {

                    	            													newCompositeNode(grammarAccess.getTargetAccess().getValueDecimalParserRuleCall_4_1_2_0_1_0());
                    	            												
                    	            pushFollow(FOLLOW_60);
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

                    	            // InternalItup.g:2722:11: ( (lv_unit_12_0= RULE_STRING ) )?
                    	            int alt43=2;
                    	            int LA43_0 = input.LA(1);

                    	            if ( (LA43_0==RULE_STRING) ) {
                    	                alt43=1;
                    	            }
                    	            switch (alt43) {
                    	                case 1 :
                    	                    // InternalItup.g:2723:12: (lv_unit_12_0= RULE_STRING )
                    	                    {
                    	                    // InternalItup.g:2723:12: (lv_unit_12_0= RULE_STRING )
                    	                    // InternalItup.g:2724:13: lv_unit_12_0= RULE_STRING
                    	                    {
                    	                    lv_unit_12_0=(Token)match(input,RULE_STRING,FOLLOW_59); 

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
                    	            // InternalItup.g:2742:10: ( (lv_kind_13_0= ruleQualitativeTargetKind ) )
                    	            {
                    	            // InternalItup.g:2742:10: ( (lv_kind_13_0= ruleQualitativeTargetKind ) )
                    	            // InternalItup.g:2743:11: (lv_kind_13_0= ruleQualitativeTargetKind )
                    	            {
                    	            // InternalItup.g:2743:11: (lv_kind_13_0= ruleQualitativeTargetKind )
                    	            // InternalItup.g:2744:12: lv_kind_13_0= ruleQualitativeTargetKind
                    	            {

                    	            												newCompositeNode(grammarAccess.getTargetAccess().getKindQualitativeTargetKindEnumRuleCall_4_1_2_1_0());
                    	            											
                    	            pushFollow(FOLLOW_59);
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
                    	    // InternalItup.g:2767:5: ({...}? => ( ({...}? => ( (lv_baseline_14_0= ruleBaseline ) ) ) ) )
                    	    {
                    	    // InternalItup.g:2767:5: ({...}? => ( ({...}? => ( (lv_baseline_14_0= ruleBaseline ) ) ) ) )
                    	    // InternalItup.g:2768:6: {...}? => ( ({...}? => ( (lv_baseline_14_0= ruleBaseline ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 3) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 3)");
                    	    }
                    	    // InternalItup.g:2768:106: ( ({...}? => ( (lv_baseline_14_0= ruleBaseline ) ) ) )
                    	    // InternalItup.g:2769:7: ({...}? => ( (lv_baseline_14_0= ruleBaseline ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 3);
                    	    						
                    	    // InternalItup.g:2772:10: ({...}? => ( (lv_baseline_14_0= ruleBaseline ) ) )
                    	    // InternalItup.g:2772:11: {...}? => ( (lv_baseline_14_0= ruleBaseline ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "true");
                    	    }
                    	    // InternalItup.g:2772:20: ( (lv_baseline_14_0= ruleBaseline ) )
                    	    // InternalItup.g:2772:21: (lv_baseline_14_0= ruleBaseline )
                    	    {
                    	    // InternalItup.g:2772:21: (lv_baseline_14_0= ruleBaseline )
                    	    // InternalItup.g:2773:11: lv_baseline_14_0= ruleBaseline
                    	    {

                    	    											newCompositeNode(grammarAccess.getTargetAccess().getBaselineBaselineParserRuleCall_4_1_3_0());
                    	    										
                    	    pushFollow(FOLLOW_59);
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
                    	    // InternalItup.g:2795:5: ({...}? => ( ({...}? => (otherlv_15= 'population' ( (lv_population_16_0= RULE_STRING ) ) ) ) ) )
                    	    {
                    	    // InternalItup.g:2795:5: ({...}? => ( ({...}? => (otherlv_15= 'population' ( (lv_population_16_0= RULE_STRING ) ) ) ) ) )
                    	    // InternalItup.g:2796:6: {...}? => ( ({...}? => (otherlv_15= 'population' ( (lv_population_16_0= RULE_STRING ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 4) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 4)");
                    	    }
                    	    // InternalItup.g:2796:106: ( ({...}? => (otherlv_15= 'population' ( (lv_population_16_0= RULE_STRING ) ) ) ) )
                    	    // InternalItup.g:2797:7: ({...}? => (otherlv_15= 'population' ( (lv_population_16_0= RULE_STRING ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 4);
                    	    						
                    	    // InternalItup.g:2800:10: ({...}? => (otherlv_15= 'population' ( (lv_population_16_0= RULE_STRING ) ) ) )
                    	    // InternalItup.g:2800:11: {...}? => (otherlv_15= 'population' ( (lv_population_16_0= RULE_STRING ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "true");
                    	    }
                    	    // InternalItup.g:2800:20: (otherlv_15= 'population' ( (lv_population_16_0= RULE_STRING ) ) )
                    	    // InternalItup.g:2800:21: otherlv_15= 'population' ( (lv_population_16_0= RULE_STRING ) )
                    	    {
                    	    otherlv_15=(Token)match(input,65,FOLLOW_10); 

                    	    										newLeafNode(otherlv_15, grammarAccess.getTargetAccess().getPopulationKeyword_4_1_4_0());
                    	    									
                    	    // InternalItup.g:2804:10: ( (lv_population_16_0= RULE_STRING ) )
                    	    // InternalItup.g:2805:11: (lv_population_16_0= RULE_STRING )
                    	    {
                    	    // InternalItup.g:2805:11: (lv_population_16_0= RULE_STRING )
                    	    // InternalItup.g:2806:12: lv_population_16_0= RULE_STRING
                    	    {
                    	    lv_population_16_0=(Token)match(input,RULE_STRING,FOLLOW_59); 

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
                    	    // InternalItup.g:2828:5: ({...}? => ( ({...}? => (this_Replaces_17= ruleReplaces[$current] ) ) ) )
                    	    {
                    	    // InternalItup.g:2828:5: ({...}? => ( ({...}? => (this_Replaces_17= ruleReplaces[$current] ) ) ) )
                    	    // InternalItup.g:2829:6: {...}? => ( ({...}? => (this_Replaces_17= ruleReplaces[$current] ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 5) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 5)");
                    	    }
                    	    // InternalItup.g:2829:106: ( ({...}? => (this_Replaces_17= ruleReplaces[$current] ) ) )
                    	    // InternalItup.g:2830:7: ({...}? => (this_Replaces_17= ruleReplaces[$current] ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 5);
                    	    						
                    	    // InternalItup.g:2833:10: ({...}? => (this_Replaces_17= ruleReplaces[$current] ) )
                    	    // InternalItup.g:2833:11: {...}? => (this_Replaces_17= ruleReplaces[$current] )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "true");
                    	    }
                    	    // InternalItup.g:2833:20: (this_Replaces_17= ruleReplaces[$current] )
                    	    // InternalItup.g:2833:21: this_Replaces_17= ruleReplaces[$current]
                    	    {

                    	    										if (current==null) {
                    	    											current = createModelElement(grammarAccess.getTargetRule());
                    	    										}
                    	    										newCompositeNode(grammarAccess.getTargetAccess().getReplacesParserRuleCall_4_1_5());
                    	    									
                    	    pushFollow(FOLLOW_59);
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
                    	    break loop45;
                        }
                    } while (true);


                    }


                    }

                     
                    					  getUnorderedGroupHelper().leave(grammarAccess.getTargetAccess().getUnorderedGroup_4_1());
                    					

                    }

                    // InternalItup.g:2857:4: ( (lv_indicators_18_0= rulePerformanceIndicator ) )*
                    loop46:
                    do {
                        int alt46=2;
                        int LA46_0 = input.LA(1);

                        if ( (LA46_0==75) ) {
                            alt46=1;
                        }


                        switch (alt46) {
                    	case 1 :
                    	    // InternalItup.g:2858:5: (lv_indicators_18_0= rulePerformanceIndicator )
                    	    {
                    	    // InternalItup.g:2858:5: (lv_indicators_18_0= rulePerformanceIndicator )
                    	    // InternalItup.g:2859:6: lv_indicators_18_0= rulePerformanceIndicator
                    	    {

                    	    						newCompositeNode(grammarAccess.getTargetAccess().getIndicatorsPerformanceIndicatorParserRuleCall_4_2_0());
                    	    					
                    	    pushFollow(FOLLOW_61);
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
                    	    break loop46;
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
    // InternalItup.g:2885:1: entryRuleBaseline returns [EObject current=null] : iv_ruleBaseline= ruleBaseline EOF ;
    public final EObject entryRuleBaseline() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleBaseline = null;


        try {
            // InternalItup.g:2885:49: (iv_ruleBaseline= ruleBaseline EOF )
            // InternalItup.g:2886:2: iv_ruleBaseline= ruleBaseline EOF
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
    // InternalItup.g:2892:1: ruleBaseline returns [EObject current=null] : (otherlv_0= 'baseline' ( (lv_year_1_0= ruleYear ) ) ( ( (lv_measured_2_0= 'measured' ) ) | (otherlv_3= 'value' ( (lv_value_4_0= ruleDecimal ) ) ( (lv_unit_5_0= RULE_STRING ) )? ) )? ) ;
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
            // InternalItup.g:2898:2: ( (otherlv_0= 'baseline' ( (lv_year_1_0= ruleYear ) ) ( ( (lv_measured_2_0= 'measured' ) ) | (otherlv_3= 'value' ( (lv_value_4_0= ruleDecimal ) ) ( (lv_unit_5_0= RULE_STRING ) )? ) )? ) )
            // InternalItup.g:2899:2: (otherlv_0= 'baseline' ( (lv_year_1_0= ruleYear ) ) ( ( (lv_measured_2_0= 'measured' ) ) | (otherlv_3= 'value' ( (lv_value_4_0= ruleDecimal ) ) ( (lv_unit_5_0= RULE_STRING ) )? ) )? )
            {
            // InternalItup.g:2899:2: (otherlv_0= 'baseline' ( (lv_year_1_0= ruleYear ) ) ( ( (lv_measured_2_0= 'measured' ) ) | (otherlv_3= 'value' ( (lv_value_4_0= ruleDecimal ) ) ( (lv_unit_5_0= RULE_STRING ) )? ) )? )
            // InternalItup.g:2900:3: otherlv_0= 'baseline' ( (lv_year_1_0= ruleYear ) ) ( ( (lv_measured_2_0= 'measured' ) ) | (otherlv_3= 'value' ( (lv_value_4_0= ruleDecimal ) ) ( (lv_unit_5_0= RULE_STRING ) )? ) )?
            {
            otherlv_0=(Token)match(input,66,FOLLOW_6); 

            			newLeafNode(otherlv_0, grammarAccess.getBaselineAccess().getBaselineKeyword_0());
            		
            // InternalItup.g:2904:3: ( (lv_year_1_0= ruleYear ) )
            // InternalItup.g:2905:4: (lv_year_1_0= ruleYear )
            {
            // InternalItup.g:2905:4: (lv_year_1_0= ruleYear )
            // InternalItup.g:2906:5: lv_year_1_0= ruleYear
            {

            					newCompositeNode(grammarAccess.getBaselineAccess().getYearYearParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_62);
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

            // InternalItup.g:2923:3: ( ( (lv_measured_2_0= 'measured' ) ) | (otherlv_3= 'value' ( (lv_value_4_0= ruleDecimal ) ) ( (lv_unit_5_0= RULE_STRING ) )? ) )?
            int alt49=3;
            int LA49_0 = input.LA(1);

            if ( (LA49_0==47) ) {
                alt49=1;
            }
            else if ( (LA49_0==49) ) {
                alt49=2;
            }
            switch (alt49) {
                case 1 :
                    // InternalItup.g:2924:4: ( (lv_measured_2_0= 'measured' ) )
                    {
                    // InternalItup.g:2924:4: ( (lv_measured_2_0= 'measured' ) )
                    // InternalItup.g:2925:5: (lv_measured_2_0= 'measured' )
                    {
                    // InternalItup.g:2925:5: (lv_measured_2_0= 'measured' )
                    // InternalItup.g:2926:6: lv_measured_2_0= 'measured'
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
                    // InternalItup.g:2939:4: (otherlv_3= 'value' ( (lv_value_4_0= ruleDecimal ) ) ( (lv_unit_5_0= RULE_STRING ) )? )
                    {
                    // InternalItup.g:2939:4: (otherlv_3= 'value' ( (lv_value_4_0= ruleDecimal ) ) ( (lv_unit_5_0= RULE_STRING ) )? )
                    // InternalItup.g:2940:5: otherlv_3= 'value' ( (lv_value_4_0= ruleDecimal ) ) ( (lv_unit_5_0= RULE_STRING ) )?
                    {
                    otherlv_3=(Token)match(input,49,FOLLOW_45); 

                    					newLeafNode(otherlv_3, grammarAccess.getBaselineAccess().getValueKeyword_2_1_0());
                    				
                    // InternalItup.g:2944:5: ( (lv_value_4_0= ruleDecimal ) )
                    // InternalItup.g:2945:6: (lv_value_4_0= ruleDecimal )
                    {
                    // InternalItup.g:2945:6: (lv_value_4_0= ruleDecimal )
                    // InternalItup.g:2946:7: lv_value_4_0= ruleDecimal
                    {

                    							newCompositeNode(grammarAccess.getBaselineAccess().getValueDecimalParserRuleCall_2_1_1_0());
                    						
                    pushFollow(FOLLOW_40);
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

                    // InternalItup.g:2963:5: ( (lv_unit_5_0= RULE_STRING ) )?
                    int alt48=2;
                    int LA48_0 = input.LA(1);

                    if ( (LA48_0==RULE_STRING) ) {
                        alt48=1;
                    }
                    switch (alt48) {
                        case 1 :
                            // InternalItup.g:2964:6: (lv_unit_5_0= RULE_STRING )
                            {
                            // InternalItup.g:2964:6: (lv_unit_5_0= RULE_STRING )
                            // InternalItup.g:2965:7: lv_unit_5_0= RULE_STRING
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
    // InternalItup.g:2987:1: entryRuleSdgLink returns [EObject current=null] : iv_ruleSdgLink= ruleSdgLink EOF ;
    public final EObject entryRuleSdgLink() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleSdgLink = null;


        try {
            // InternalItup.g:2987:48: (iv_ruleSdgLink= ruleSdgLink EOF )
            // InternalItup.g:2988:2: iv_ruleSdgLink= ruleSdgLink EOF
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
    // InternalItup.g:2994:1: ruleSdgLink returns [EObject current=null] : ( ( (lv_target_0_0= ruleCode ) ) (otherlv_1= '(' ( (lv_indicators_2_0= ruleCode ) ) (otherlv_3= ',' ( (lv_indicators_4_0= ruleCode ) ) )* otherlv_5= ')' )? ) ;
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
            // InternalItup.g:3000:2: ( ( ( (lv_target_0_0= ruleCode ) ) (otherlv_1= '(' ( (lv_indicators_2_0= ruleCode ) ) (otherlv_3= ',' ( (lv_indicators_4_0= ruleCode ) ) )* otherlv_5= ')' )? ) )
            // InternalItup.g:3001:2: ( ( (lv_target_0_0= ruleCode ) ) (otherlv_1= '(' ( (lv_indicators_2_0= ruleCode ) ) (otherlv_3= ',' ( (lv_indicators_4_0= ruleCode ) ) )* otherlv_5= ')' )? )
            {
            // InternalItup.g:3001:2: ( ( (lv_target_0_0= ruleCode ) ) (otherlv_1= '(' ( (lv_indicators_2_0= ruleCode ) ) (otherlv_3= ',' ( (lv_indicators_4_0= ruleCode ) ) )* otherlv_5= ')' )? )
            // InternalItup.g:3002:3: ( (lv_target_0_0= ruleCode ) ) (otherlv_1= '(' ( (lv_indicators_2_0= ruleCode ) ) (otherlv_3= ',' ( (lv_indicators_4_0= ruleCode ) ) )* otherlv_5= ')' )?
            {
            // InternalItup.g:3002:3: ( (lv_target_0_0= ruleCode ) )
            // InternalItup.g:3003:4: (lv_target_0_0= ruleCode )
            {
            // InternalItup.g:3003:4: (lv_target_0_0= ruleCode )
            // InternalItup.g:3004:5: lv_target_0_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getSdgLinkAccess().getTargetCodeParserRuleCall_0_0());
            				
            pushFollow(FOLLOW_63);
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

            // InternalItup.g:3021:3: (otherlv_1= '(' ( (lv_indicators_2_0= ruleCode ) ) (otherlv_3= ',' ( (lv_indicators_4_0= ruleCode ) ) )* otherlv_5= ')' )?
            int alt51=2;
            int LA51_0 = input.LA(1);

            if ( (LA51_0==67) ) {
                alt51=1;
            }
            switch (alt51) {
                case 1 :
                    // InternalItup.g:3022:4: otherlv_1= '(' ( (lv_indicators_2_0= ruleCode ) ) (otherlv_3= ',' ( (lv_indicators_4_0= ruleCode ) ) )* otherlv_5= ')'
                    {
                    otherlv_1=(Token)match(input,67,FOLLOW_17); 

                    				newLeafNode(otherlv_1, grammarAccess.getSdgLinkAccess().getLeftParenthesisKeyword_1_0());
                    			
                    // InternalItup.g:3026:4: ( (lv_indicators_2_0= ruleCode ) )
                    // InternalItup.g:3027:5: (lv_indicators_2_0= ruleCode )
                    {
                    // InternalItup.g:3027:5: (lv_indicators_2_0= ruleCode )
                    // InternalItup.g:3028:6: lv_indicators_2_0= ruleCode
                    {

                    						newCompositeNode(grammarAccess.getSdgLinkAccess().getIndicatorsCodeParserRuleCall_1_1_0());
                    					
                    pushFollow(FOLLOW_64);
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

                    // InternalItup.g:3045:4: (otherlv_3= ',' ( (lv_indicators_4_0= ruleCode ) ) )*
                    loop50:
                    do {
                        int alt50=2;
                        int LA50_0 = input.LA(1);

                        if ( (LA50_0==18) ) {
                            alt50=1;
                        }


                        switch (alt50) {
                    	case 1 :
                    	    // InternalItup.g:3046:5: otherlv_3= ',' ( (lv_indicators_4_0= ruleCode ) )
                    	    {
                    	    otherlv_3=(Token)match(input,18,FOLLOW_17); 

                    	    					newLeafNode(otherlv_3, grammarAccess.getSdgLinkAccess().getCommaKeyword_1_2_0());
                    	    				
                    	    // InternalItup.g:3050:5: ( (lv_indicators_4_0= ruleCode ) )
                    	    // InternalItup.g:3051:6: (lv_indicators_4_0= ruleCode )
                    	    {
                    	    // InternalItup.g:3051:6: (lv_indicators_4_0= ruleCode )
                    	    // InternalItup.g:3052:7: lv_indicators_4_0= ruleCode
                    	    {

                    	    							newCompositeNode(grammarAccess.getSdgLinkAccess().getIndicatorsCodeParserRuleCall_1_2_1_0());
                    	    						
                    	    pushFollow(FOLLOW_64);
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
                    	    break loop50;
                        }
                    } while (true);

                    otherlv_5=(Token)match(input,68,FOLLOW_2); 

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
    // InternalItup.g:3079:1: entryRuleSector returns [EObject current=null] : iv_ruleSector= ruleSector EOF ;
    public final EObject entryRuleSector() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleSector = null;


        try {
            // InternalItup.g:3079:47: (iv_ruleSector= ruleSector EOF )
            // InternalItup.g:3080:2: iv_ruleSector= ruleSector EOF
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
    // InternalItup.g:3086:1: ruleSector returns [EObject current=null] : ( ( (lv_kind_0_0= ruleSectorKind ) ) ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'bureau' ( (lv_bureau_5_0= ruleBureau ) ) )? ( ( (lv_objectives_6_0= ruleObjective ) ) | ( (lv_enablers_7_0= ruleEnabler ) ) | ( (lv_budgets_8_0= ruleBudget ) ) )* otherlv_9= '}' ) ;
    public final EObject ruleSector() throws RecognitionException {
        EObject current = null;

        Token lv_title_2_0=null;
        Token otherlv_3=null;
        Token otherlv_4=null;
        Token otherlv_9=null;
        Enumerator lv_kind_0_0 = null;

        AntlrDatatypeRuleToken lv_name_1_0 = null;

        EObject lv_bureau_5_0 = null;

        EObject lv_objectives_6_0 = null;

        EObject lv_enablers_7_0 = null;

        EObject lv_budgets_8_0 = null;



        	enterRule();

        try {
            // InternalItup.g:3092:2: ( ( ( (lv_kind_0_0= ruleSectorKind ) ) ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'bureau' ( (lv_bureau_5_0= ruleBureau ) ) )? ( ( (lv_objectives_6_0= ruleObjective ) ) | ( (lv_enablers_7_0= ruleEnabler ) ) | ( (lv_budgets_8_0= ruleBudget ) ) )* otherlv_9= '}' ) )
            // InternalItup.g:3093:2: ( ( (lv_kind_0_0= ruleSectorKind ) ) ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'bureau' ( (lv_bureau_5_0= ruleBureau ) ) )? ( ( (lv_objectives_6_0= ruleObjective ) ) | ( (lv_enablers_7_0= ruleEnabler ) ) | ( (lv_budgets_8_0= ruleBudget ) ) )* otherlv_9= '}' )
            {
            // InternalItup.g:3093:2: ( ( (lv_kind_0_0= ruleSectorKind ) ) ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'bureau' ( (lv_bureau_5_0= ruleBureau ) ) )? ( ( (lv_objectives_6_0= ruleObjective ) ) | ( (lv_enablers_7_0= ruleEnabler ) ) | ( (lv_budgets_8_0= ruleBudget ) ) )* otherlv_9= '}' )
            // InternalItup.g:3094:3: ( (lv_kind_0_0= ruleSectorKind ) ) ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'bureau' ( (lv_bureau_5_0= ruleBureau ) ) )? ( ( (lv_objectives_6_0= ruleObjective ) ) | ( (lv_enablers_7_0= ruleEnabler ) ) | ( (lv_budgets_8_0= ruleBudget ) ) )* otherlv_9= '}'
            {
            // InternalItup.g:3094:3: ( (lv_kind_0_0= ruleSectorKind ) )
            // InternalItup.g:3095:4: (lv_kind_0_0= ruleSectorKind )
            {
            // InternalItup.g:3095:4: (lv_kind_0_0= ruleSectorKind )
            // InternalItup.g:3096:5: lv_kind_0_0= ruleSectorKind
            {

            					newCompositeNode(grammarAccess.getSectorAccess().getKindSectorKindEnumRuleCall_0_0());
            				
            pushFollow(FOLLOW_17);
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

            // InternalItup.g:3113:3: ( (lv_name_1_0= ruleCode ) )
            // InternalItup.g:3114:4: (lv_name_1_0= ruleCode )
            {
            // InternalItup.g:3114:4: (lv_name_1_0= ruleCode )
            // InternalItup.g:3115:5: lv_name_1_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getSectorAccess().getNameCodeParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_51);
            lv_name_1_0=ruleCode();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getSectorRule());
            					}
            					set(
            						current,
            						"name",
            						lv_name_1_0,
            						"org.itup.dsl.Itup.Code");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalItup.g:3132:3: ( (lv_title_2_0= RULE_STRING ) )?
            int alt52=2;
            int LA52_0 = input.LA(1);

            if ( (LA52_0==RULE_STRING) ) {
                alt52=1;
            }
            switch (alt52) {
                case 1 :
                    // InternalItup.g:3133:4: (lv_title_2_0= RULE_STRING )
                    {
                    // InternalItup.g:3133:4: (lv_title_2_0= RULE_STRING )
                    // InternalItup.g:3134:5: lv_title_2_0= RULE_STRING
                    {
                    lv_title_2_0=(Token)match(input,RULE_STRING,FOLLOW_23); 

                    					newLeafNode(lv_title_2_0, grammarAccess.getSectorAccess().getTitleSTRINGTerminalRuleCall_2_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getSectorRule());
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

            otherlv_3=(Token)match(input,27,FOLLOW_65); 

            			newLeafNode(otherlv_3, grammarAccess.getSectorAccess().getLeftCurlyBracketKeyword_3());
            		
            // InternalItup.g:3154:3: (otherlv_4= 'bureau' ( (lv_bureau_5_0= ruleBureau ) ) )?
            int alt53=2;
            int LA53_0 = input.LA(1);

            if ( (LA53_0==69) ) {
                alt53=1;
            }
            switch (alt53) {
                case 1 :
                    // InternalItup.g:3155:4: otherlv_4= 'bureau' ( (lv_bureau_5_0= ruleBureau ) )
                    {
                    otherlv_4=(Token)match(input,69,FOLLOW_17); 

                    				newLeafNode(otherlv_4, grammarAccess.getSectorAccess().getBureauKeyword_4_0());
                    			
                    // InternalItup.g:3159:4: ( (lv_bureau_5_0= ruleBureau ) )
                    // InternalItup.g:3160:5: (lv_bureau_5_0= ruleBureau )
                    {
                    // InternalItup.g:3160:5: (lv_bureau_5_0= ruleBureau )
                    // InternalItup.g:3161:6: lv_bureau_5_0= ruleBureau
                    {

                    						newCompositeNode(grammarAccess.getSectorAccess().getBureauBureauParserRuleCall_4_1_0());
                    					
                    pushFollow(FOLLOW_66);
                    lv_bureau_5_0=ruleBureau();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getSectorRule());
                    						}
                    						set(
                    							current,
                    							"bureau",
                    							lv_bureau_5_0,
                    							"org.itup.dsl.Itup.Bureau");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalItup.g:3179:3: ( ( (lv_objectives_6_0= ruleObjective ) ) | ( (lv_enablers_7_0= ruleEnabler ) ) | ( (lv_budgets_8_0= ruleBudget ) ) )*
            loop54:
            do {
                int alt54=4;
                switch ( input.LA(1) ) {
                case 38:
                    {
                    alt54=1;
                    }
                    break;
                case 82:
                    {
                    alt54=2;
                    }
                    break;
                case 57:
                    {
                    alt54=3;
                    }
                    break;

                }

                switch (alt54) {
            	case 1 :
            	    // InternalItup.g:3180:4: ( (lv_objectives_6_0= ruleObjective ) )
            	    {
            	    // InternalItup.g:3180:4: ( (lv_objectives_6_0= ruleObjective ) )
            	    // InternalItup.g:3181:5: (lv_objectives_6_0= ruleObjective )
            	    {
            	    // InternalItup.g:3181:5: (lv_objectives_6_0= ruleObjective )
            	    // InternalItup.g:3182:6: lv_objectives_6_0= ruleObjective
            	    {

            	    						newCompositeNode(grammarAccess.getSectorAccess().getObjectivesObjectiveParserRuleCall_5_0_0());
            	    					
            	    pushFollow(FOLLOW_66);
            	    lv_objectives_6_0=ruleObjective();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getSectorRule());
            	    						}
            	    						add(
            	    							current,
            	    							"objectives",
            	    							lv_objectives_6_0,
            	    							"org.itup.dsl.Itup.Objective");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 2 :
            	    // InternalItup.g:3200:4: ( (lv_enablers_7_0= ruleEnabler ) )
            	    {
            	    // InternalItup.g:3200:4: ( (lv_enablers_7_0= ruleEnabler ) )
            	    // InternalItup.g:3201:5: (lv_enablers_7_0= ruleEnabler )
            	    {
            	    // InternalItup.g:3201:5: (lv_enablers_7_0= ruleEnabler )
            	    // InternalItup.g:3202:6: lv_enablers_7_0= ruleEnabler
            	    {

            	    						newCompositeNode(grammarAccess.getSectorAccess().getEnablersEnablerParserRuleCall_5_1_0());
            	    					
            	    pushFollow(FOLLOW_66);
            	    lv_enablers_7_0=ruleEnabler();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getSectorRule());
            	    						}
            	    						add(
            	    							current,
            	    							"enablers",
            	    							lv_enablers_7_0,
            	    							"org.itup.dsl.Itup.Enabler");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 3 :
            	    // InternalItup.g:3220:4: ( (lv_budgets_8_0= ruleBudget ) )
            	    {
            	    // InternalItup.g:3220:4: ( (lv_budgets_8_0= ruleBudget ) )
            	    // InternalItup.g:3221:5: (lv_budgets_8_0= ruleBudget )
            	    {
            	    // InternalItup.g:3221:5: (lv_budgets_8_0= ruleBudget )
            	    // InternalItup.g:3222:6: lv_budgets_8_0= ruleBudget
            	    {

            	    						newCompositeNode(grammarAccess.getSectorAccess().getBudgetsBudgetParserRuleCall_5_2_0());
            	    					
            	    pushFollow(FOLLOW_66);
            	    lv_budgets_8_0=ruleBudget();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getSectorRule());
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

            	default :
            	    break loop54;
                }
            } while (true);

            otherlv_9=(Token)match(input,28,FOLLOW_2); 

            			newLeafNode(otherlv_9, grammarAccess.getSectorAccess().getRightCurlyBracketKeyword_6());
            		

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
    // InternalItup.g:3248:1: entryRuleBureau returns [EObject current=null] : iv_ruleBureau= ruleBureau EOF ;
    public final EObject entryRuleBureau() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleBureau = null;


        try {
            // InternalItup.g:3248:47: (iv_ruleBureau= ruleBureau EOF )
            // InternalItup.g:3249:2: iv_ruleBureau= ruleBureau EOF
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
    // InternalItup.g:3255:1: ruleBureau returns [EObject current=null] : ( ( (lv_name_0_0= ruleCode ) ) ( (lv_title_1_0= RULE_STRING ) )? ) ;
    public final EObject ruleBureau() throws RecognitionException {
        EObject current = null;

        Token lv_title_1_0=null;
        AntlrDatatypeRuleToken lv_name_0_0 = null;



        	enterRule();

        try {
            // InternalItup.g:3261:2: ( ( ( (lv_name_0_0= ruleCode ) ) ( (lv_title_1_0= RULE_STRING ) )? ) )
            // InternalItup.g:3262:2: ( ( (lv_name_0_0= ruleCode ) ) ( (lv_title_1_0= RULE_STRING ) )? )
            {
            // InternalItup.g:3262:2: ( ( (lv_name_0_0= ruleCode ) ) ( (lv_title_1_0= RULE_STRING ) )? )
            // InternalItup.g:3263:3: ( (lv_name_0_0= ruleCode ) ) ( (lv_title_1_0= RULE_STRING ) )?
            {
            // InternalItup.g:3263:3: ( (lv_name_0_0= ruleCode ) )
            // InternalItup.g:3264:4: (lv_name_0_0= ruleCode )
            {
            // InternalItup.g:3264:4: (lv_name_0_0= ruleCode )
            // InternalItup.g:3265:5: lv_name_0_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getBureauAccess().getNameCodeParserRuleCall_0_0());
            				
            pushFollow(FOLLOW_40);
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

            // InternalItup.g:3282:3: ( (lv_title_1_0= RULE_STRING ) )?
            int alt55=2;
            int LA55_0 = input.LA(1);

            if ( (LA55_0==RULE_STRING) ) {
                alt55=1;
            }
            switch (alt55) {
                case 1 :
                    // InternalItup.g:3283:4: (lv_title_1_0= RULE_STRING )
                    {
                    // InternalItup.g:3283:4: (lv_title_1_0= RULE_STRING )
                    // InternalItup.g:3284:5: lv_title_1_0= RULE_STRING
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
    // InternalItup.g:3304:1: entryRuleObjective returns [EObject current=null] : iv_ruleObjective= ruleObjective EOF ;
    public final EObject entryRuleObjective() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleObjective = null;


        try {
            // InternalItup.g:3304:50: (iv_ruleObjective= ruleObjective EOF )
            // InternalItup.g:3305:2: iv_ruleObjective= ruleObjective EOF
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
    // InternalItup.g:3311:1: ruleObjective returns [EObject current=null] : (otherlv_0= 'objective' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )? ( (otherlv_6= 'primary' (otherlv_7= 'goal' | otherlv_8= 'goals' ) ( ( ruleCode ) ) (otherlv_10= ',' ( ( ruleCode ) ) )* ) | (otherlv_12= 'secondary' (otherlv_13= 'goal' | otherlv_14= 'goals' ) ( ( ruleCode ) ) (otherlv_16= ',' ( ( ruleCode ) ) )* ) | (otherlv_18= 'contributors' ( ( ruleCode ) ) (otherlv_20= ',' ( ( ruleCode ) ) )* ) | (otherlv_22= 'wsis' ( (lv_wsisActionLines_23_0= ruleCode ) ) (otherlv_24= ',' ( (lv_wsisActionLines_25_0= ruleCode ) ) )* ) | ( (lv_outcomes_26_0= ruleOutcome ) ) | ( (lv_outputs_27_0= ruleOutput ) ) | ( (lv_indicators_28_0= rulePerformanceIndicator ) ) | ( (lv_budgets_29_0= ruleBudget ) ) | this_Replaces_30= ruleReplaces[$current] )* otherlv_31= '}' ) ;
    public final EObject ruleObjective() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_title_2_0=null;
        Token otherlv_3=null;
        Token otherlv_4=null;
        Token lv_statement_5_0=null;
        Token otherlv_6=null;
        Token otherlv_7=null;
        Token otherlv_8=null;
        Token otherlv_10=null;
        Token otherlv_12=null;
        Token otherlv_13=null;
        Token otherlv_14=null;
        Token otherlv_16=null;
        Token otherlv_18=null;
        Token otherlv_20=null;
        Token otherlv_22=null;
        Token otherlv_24=null;
        Token otherlv_31=null;
        AntlrDatatypeRuleToken lv_name_1_0 = null;

        AntlrDatatypeRuleToken lv_wsisActionLines_23_0 = null;

        AntlrDatatypeRuleToken lv_wsisActionLines_25_0 = null;

        EObject lv_outcomes_26_0 = null;

        EObject lv_outputs_27_0 = null;

        EObject lv_indicators_28_0 = null;

        EObject lv_budgets_29_0 = null;

        EObject this_Replaces_30 = null;



        	enterRule();

        try {
            // InternalItup.g:3317:2: ( (otherlv_0= 'objective' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )? ( (otherlv_6= 'primary' (otherlv_7= 'goal' | otherlv_8= 'goals' ) ( ( ruleCode ) ) (otherlv_10= ',' ( ( ruleCode ) ) )* ) | (otherlv_12= 'secondary' (otherlv_13= 'goal' | otherlv_14= 'goals' ) ( ( ruleCode ) ) (otherlv_16= ',' ( ( ruleCode ) ) )* ) | (otherlv_18= 'contributors' ( ( ruleCode ) ) (otherlv_20= ',' ( ( ruleCode ) ) )* ) | (otherlv_22= 'wsis' ( (lv_wsisActionLines_23_0= ruleCode ) ) (otherlv_24= ',' ( (lv_wsisActionLines_25_0= ruleCode ) ) )* ) | ( (lv_outcomes_26_0= ruleOutcome ) ) | ( (lv_outputs_27_0= ruleOutput ) ) | ( (lv_indicators_28_0= rulePerformanceIndicator ) ) | ( (lv_budgets_29_0= ruleBudget ) ) | this_Replaces_30= ruleReplaces[$current] )* otherlv_31= '}' ) )
            // InternalItup.g:3318:2: (otherlv_0= 'objective' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )? ( (otherlv_6= 'primary' (otherlv_7= 'goal' | otherlv_8= 'goals' ) ( ( ruleCode ) ) (otherlv_10= ',' ( ( ruleCode ) ) )* ) | (otherlv_12= 'secondary' (otherlv_13= 'goal' | otherlv_14= 'goals' ) ( ( ruleCode ) ) (otherlv_16= ',' ( ( ruleCode ) ) )* ) | (otherlv_18= 'contributors' ( ( ruleCode ) ) (otherlv_20= ',' ( ( ruleCode ) ) )* ) | (otherlv_22= 'wsis' ( (lv_wsisActionLines_23_0= ruleCode ) ) (otherlv_24= ',' ( (lv_wsisActionLines_25_0= ruleCode ) ) )* ) | ( (lv_outcomes_26_0= ruleOutcome ) ) | ( (lv_outputs_27_0= ruleOutput ) ) | ( (lv_indicators_28_0= rulePerformanceIndicator ) ) | ( (lv_budgets_29_0= ruleBudget ) ) | this_Replaces_30= ruleReplaces[$current] )* otherlv_31= '}' )
            {
            // InternalItup.g:3318:2: (otherlv_0= 'objective' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )? ( (otherlv_6= 'primary' (otherlv_7= 'goal' | otherlv_8= 'goals' ) ( ( ruleCode ) ) (otherlv_10= ',' ( ( ruleCode ) ) )* ) | (otherlv_12= 'secondary' (otherlv_13= 'goal' | otherlv_14= 'goals' ) ( ( ruleCode ) ) (otherlv_16= ',' ( ( ruleCode ) ) )* ) | (otherlv_18= 'contributors' ( ( ruleCode ) ) (otherlv_20= ',' ( ( ruleCode ) ) )* ) | (otherlv_22= 'wsis' ( (lv_wsisActionLines_23_0= ruleCode ) ) (otherlv_24= ',' ( (lv_wsisActionLines_25_0= ruleCode ) ) )* ) | ( (lv_outcomes_26_0= ruleOutcome ) ) | ( (lv_outputs_27_0= ruleOutput ) ) | ( (lv_indicators_28_0= rulePerformanceIndicator ) ) | ( (lv_budgets_29_0= ruleBudget ) ) | this_Replaces_30= ruleReplaces[$current] )* otherlv_31= '}' )
            // InternalItup.g:3319:3: otherlv_0= 'objective' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )? ( (otherlv_6= 'primary' (otherlv_7= 'goal' | otherlv_8= 'goals' ) ( ( ruleCode ) ) (otherlv_10= ',' ( ( ruleCode ) ) )* ) | (otherlv_12= 'secondary' (otherlv_13= 'goal' | otherlv_14= 'goals' ) ( ( ruleCode ) ) (otherlv_16= ',' ( ( ruleCode ) ) )* ) | (otherlv_18= 'contributors' ( ( ruleCode ) ) (otherlv_20= ',' ( ( ruleCode ) ) )* ) | (otherlv_22= 'wsis' ( (lv_wsisActionLines_23_0= ruleCode ) ) (otherlv_24= ',' ( (lv_wsisActionLines_25_0= ruleCode ) ) )* ) | ( (lv_outcomes_26_0= ruleOutcome ) ) | ( (lv_outputs_27_0= ruleOutput ) ) | ( (lv_indicators_28_0= rulePerformanceIndicator ) ) | ( (lv_budgets_29_0= ruleBudget ) ) | this_Replaces_30= ruleReplaces[$current] )* otherlv_31= '}'
            {
            otherlv_0=(Token)match(input,38,FOLLOW_17); 

            			newLeafNode(otherlv_0, grammarAccess.getObjectiveAccess().getObjectiveKeyword_0());
            		
            // InternalItup.g:3323:3: ( (lv_name_1_0= ruleCode ) )
            // InternalItup.g:3324:4: (lv_name_1_0= ruleCode )
            {
            // InternalItup.g:3324:4: (lv_name_1_0= ruleCode )
            // InternalItup.g:3325:5: lv_name_1_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getObjectiveAccess().getNameCodeParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_51);
            lv_name_1_0=ruleCode();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getObjectiveRule());
            					}
            					set(
            						current,
            						"name",
            						lv_name_1_0,
            						"org.itup.dsl.Itup.Code");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalItup.g:3342:3: ( (lv_title_2_0= RULE_STRING ) )?
            int alt56=2;
            int LA56_0 = input.LA(1);

            if ( (LA56_0==RULE_STRING) ) {
                alt56=1;
            }
            switch (alt56) {
                case 1 :
                    // InternalItup.g:3343:4: (lv_title_2_0= RULE_STRING )
                    {
                    // InternalItup.g:3343:4: (lv_title_2_0= RULE_STRING )
                    // InternalItup.g:3344:5: lv_title_2_0= RULE_STRING
                    {
                    lv_title_2_0=(Token)match(input,RULE_STRING,FOLLOW_23); 

                    					newLeafNode(lv_title_2_0, grammarAccess.getObjectiveAccess().getTitleSTRINGTerminalRuleCall_2_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getObjectiveRule());
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

            otherlv_3=(Token)match(input,27,FOLLOW_67); 

            			newLeafNode(otherlv_3, grammarAccess.getObjectiveAccess().getLeftCurlyBracketKeyword_3());
            		
            // InternalItup.g:3364:3: (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )?
            int alt57=2;
            int LA57_0 = input.LA(1);

            if ( (LA57_0==61) ) {
                alt57=1;
            }
            switch (alt57) {
                case 1 :
                    // InternalItup.g:3365:4: otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) )
                    {
                    otherlv_4=(Token)match(input,61,FOLLOW_10); 

                    				newLeafNode(otherlv_4, grammarAccess.getObjectiveAccess().getStatementKeyword_4_0());
                    			
                    // InternalItup.g:3369:4: ( (lv_statement_5_0= RULE_STRING ) )
                    // InternalItup.g:3370:5: (lv_statement_5_0= RULE_STRING )
                    {
                    // InternalItup.g:3370:5: (lv_statement_5_0= RULE_STRING )
                    // InternalItup.g:3371:6: lv_statement_5_0= RULE_STRING
                    {
                    lv_statement_5_0=(Token)match(input,RULE_STRING,FOLLOW_68); 

                    						newLeafNode(lv_statement_5_0, grammarAccess.getObjectiveAccess().getStatementSTRINGTerminalRuleCall_4_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getObjectiveRule());
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

            // InternalItup.g:3388:3: ( (otherlv_6= 'primary' (otherlv_7= 'goal' | otherlv_8= 'goals' ) ( ( ruleCode ) ) (otherlv_10= ',' ( ( ruleCode ) ) )* ) | (otherlv_12= 'secondary' (otherlv_13= 'goal' | otherlv_14= 'goals' ) ( ( ruleCode ) ) (otherlv_16= ',' ( ( ruleCode ) ) )* ) | (otherlv_18= 'contributors' ( ( ruleCode ) ) (otherlv_20= ',' ( ( ruleCode ) ) )* ) | (otherlv_22= 'wsis' ( (lv_wsisActionLines_23_0= ruleCode ) ) (otherlv_24= ',' ( (lv_wsisActionLines_25_0= ruleCode ) ) )* ) | ( (lv_outcomes_26_0= ruleOutcome ) ) | ( (lv_outputs_27_0= ruleOutput ) ) | ( (lv_indicators_28_0= rulePerformanceIndicator ) ) | ( (lv_budgets_29_0= ruleBudget ) ) | this_Replaces_30= ruleReplaces[$current] )*
            loop64:
            do {
                int alt64=10;
                switch ( input.LA(1) ) {
                case 70:
                    {
                    alt64=1;
                    }
                    break;
                case 72:
                    {
                    alt64=2;
                    }
                    break;
                case 73:
                    {
                    alt64=3;
                    }
                    break;
                case 29:
                    {
                    alt64=4;
                    }
                    break;
                case 74:
                    {
                    alt64=5;
                    }
                    break;
                case 39:
                    {
                    alt64=6;
                    }
                    break;
                case 75:
                    {
                    alt64=7;
                    }
                    break;
                case 57:
                    {
                    alt64=8;
                    }
                    break;
                case 58:
                    {
                    alt64=9;
                    }
                    break;

                }

                switch (alt64) {
            	case 1 :
            	    // InternalItup.g:3389:4: (otherlv_6= 'primary' (otherlv_7= 'goal' | otherlv_8= 'goals' ) ( ( ruleCode ) ) (otherlv_10= ',' ( ( ruleCode ) ) )* )
            	    {
            	    // InternalItup.g:3389:4: (otherlv_6= 'primary' (otherlv_7= 'goal' | otherlv_8= 'goals' ) ( ( ruleCode ) ) (otherlv_10= ',' ( ( ruleCode ) ) )* )
            	    // InternalItup.g:3390:5: otherlv_6= 'primary' (otherlv_7= 'goal' | otherlv_8= 'goals' ) ( ( ruleCode ) ) (otherlv_10= ',' ( ( ruleCode ) ) )*
            	    {
            	    otherlv_6=(Token)match(input,70,FOLLOW_69); 

            	    					newLeafNode(otherlv_6, grammarAccess.getObjectiveAccess().getPrimaryKeyword_5_0_0());
            	    				
            	    // InternalItup.g:3394:5: (otherlv_7= 'goal' | otherlv_8= 'goals' )
            	    int alt58=2;
            	    int LA58_0 = input.LA(1);

            	    if ( (LA58_0==60) ) {
            	        alt58=1;
            	    }
            	    else if ( (LA58_0==71) ) {
            	        alt58=2;
            	    }
            	    else {
            	        NoViableAltException nvae =
            	            new NoViableAltException("", 58, 0, input);

            	        throw nvae;
            	    }
            	    switch (alt58) {
            	        case 1 :
            	            // InternalItup.g:3395:6: otherlv_7= 'goal'
            	            {
            	            otherlv_7=(Token)match(input,60,FOLLOW_17); 

            	            						newLeafNode(otherlv_7, grammarAccess.getObjectiveAccess().getGoalKeyword_5_0_1_0());
            	            					

            	            }
            	            break;
            	        case 2 :
            	            // InternalItup.g:3400:6: otherlv_8= 'goals'
            	            {
            	            otherlv_8=(Token)match(input,71,FOLLOW_17); 

            	            						newLeafNode(otherlv_8, grammarAccess.getObjectiveAccess().getGoalsKeyword_5_0_1_1());
            	            					

            	            }
            	            break;

            	    }

            	    // InternalItup.g:3405:5: ( ( ruleCode ) )
            	    // InternalItup.g:3406:6: ( ruleCode )
            	    {
            	    // InternalItup.g:3406:6: ( ruleCode )
            	    // InternalItup.g:3407:7: ruleCode
            	    {

            	    							if (current==null) {
            	    								current = createModelElement(grammarAccess.getObjectiveRule());
            	    							}
            	    						

            	    							newCompositeNode(grammarAccess.getObjectiveAccess().getPrimaryGoalsGoalCrossReference_5_0_2_0());
            	    						
            	    pushFollow(FOLLOW_70);
            	    ruleCode();

            	    state._fsp--;


            	    							afterParserOrEnumRuleCall();
            	    						

            	    }


            	    }

            	    // InternalItup.g:3421:5: (otherlv_10= ',' ( ( ruleCode ) ) )*
            	    loop59:
            	    do {
            	        int alt59=2;
            	        int LA59_0 = input.LA(1);

            	        if ( (LA59_0==18) ) {
            	            alt59=1;
            	        }


            	        switch (alt59) {
            	    	case 1 :
            	    	    // InternalItup.g:3422:6: otherlv_10= ',' ( ( ruleCode ) )
            	    	    {
            	    	    otherlv_10=(Token)match(input,18,FOLLOW_17); 

            	    	    						newLeafNode(otherlv_10, grammarAccess.getObjectiveAccess().getCommaKeyword_5_0_3_0());
            	    	    					
            	    	    // InternalItup.g:3426:6: ( ( ruleCode ) )
            	    	    // InternalItup.g:3427:7: ( ruleCode )
            	    	    {
            	    	    // InternalItup.g:3427:7: ( ruleCode )
            	    	    // InternalItup.g:3428:8: ruleCode
            	    	    {

            	    	    								if (current==null) {
            	    	    									current = createModelElement(grammarAccess.getObjectiveRule());
            	    	    								}
            	    	    							

            	    	    								newCompositeNode(grammarAccess.getObjectiveAccess().getPrimaryGoalsGoalCrossReference_5_0_3_1_0());
            	    	    							
            	    	    pushFollow(FOLLOW_70);
            	    	    ruleCode();

            	    	    state._fsp--;


            	    	    								afterParserOrEnumRuleCall();
            	    	    							

            	    	    }


            	    	    }


            	    	    }
            	    	    break;

            	    	default :
            	    	    break loop59;
            	        }
            	    } while (true);


            	    }


            	    }
            	    break;
            	case 2 :
            	    // InternalItup.g:3445:4: (otherlv_12= 'secondary' (otherlv_13= 'goal' | otherlv_14= 'goals' ) ( ( ruleCode ) ) (otherlv_16= ',' ( ( ruleCode ) ) )* )
            	    {
            	    // InternalItup.g:3445:4: (otherlv_12= 'secondary' (otherlv_13= 'goal' | otherlv_14= 'goals' ) ( ( ruleCode ) ) (otherlv_16= ',' ( ( ruleCode ) ) )* )
            	    // InternalItup.g:3446:5: otherlv_12= 'secondary' (otherlv_13= 'goal' | otherlv_14= 'goals' ) ( ( ruleCode ) ) (otherlv_16= ',' ( ( ruleCode ) ) )*
            	    {
            	    otherlv_12=(Token)match(input,72,FOLLOW_69); 

            	    					newLeafNode(otherlv_12, grammarAccess.getObjectiveAccess().getSecondaryKeyword_5_1_0());
            	    				
            	    // InternalItup.g:3450:5: (otherlv_13= 'goal' | otherlv_14= 'goals' )
            	    int alt60=2;
            	    int LA60_0 = input.LA(1);

            	    if ( (LA60_0==60) ) {
            	        alt60=1;
            	    }
            	    else if ( (LA60_0==71) ) {
            	        alt60=2;
            	    }
            	    else {
            	        NoViableAltException nvae =
            	            new NoViableAltException("", 60, 0, input);

            	        throw nvae;
            	    }
            	    switch (alt60) {
            	        case 1 :
            	            // InternalItup.g:3451:6: otherlv_13= 'goal'
            	            {
            	            otherlv_13=(Token)match(input,60,FOLLOW_17); 

            	            						newLeafNode(otherlv_13, grammarAccess.getObjectiveAccess().getGoalKeyword_5_1_1_0());
            	            					

            	            }
            	            break;
            	        case 2 :
            	            // InternalItup.g:3456:6: otherlv_14= 'goals'
            	            {
            	            otherlv_14=(Token)match(input,71,FOLLOW_17); 

            	            						newLeafNode(otherlv_14, grammarAccess.getObjectiveAccess().getGoalsKeyword_5_1_1_1());
            	            					

            	            }
            	            break;

            	    }

            	    // InternalItup.g:3461:5: ( ( ruleCode ) )
            	    // InternalItup.g:3462:6: ( ruleCode )
            	    {
            	    // InternalItup.g:3462:6: ( ruleCode )
            	    // InternalItup.g:3463:7: ruleCode
            	    {

            	    							if (current==null) {
            	    								current = createModelElement(grammarAccess.getObjectiveRule());
            	    							}
            	    						

            	    							newCompositeNode(grammarAccess.getObjectiveAccess().getSecondaryGoalsGoalCrossReference_5_1_2_0());
            	    						
            	    pushFollow(FOLLOW_70);
            	    ruleCode();

            	    state._fsp--;


            	    							afterParserOrEnumRuleCall();
            	    						

            	    }


            	    }

            	    // InternalItup.g:3477:5: (otherlv_16= ',' ( ( ruleCode ) ) )*
            	    loop61:
            	    do {
            	        int alt61=2;
            	        int LA61_0 = input.LA(1);

            	        if ( (LA61_0==18) ) {
            	            alt61=1;
            	        }


            	        switch (alt61) {
            	    	case 1 :
            	    	    // InternalItup.g:3478:6: otherlv_16= ',' ( ( ruleCode ) )
            	    	    {
            	    	    otherlv_16=(Token)match(input,18,FOLLOW_17); 

            	    	    						newLeafNode(otherlv_16, grammarAccess.getObjectiveAccess().getCommaKeyword_5_1_3_0());
            	    	    					
            	    	    // InternalItup.g:3482:6: ( ( ruleCode ) )
            	    	    // InternalItup.g:3483:7: ( ruleCode )
            	    	    {
            	    	    // InternalItup.g:3483:7: ( ruleCode )
            	    	    // InternalItup.g:3484:8: ruleCode
            	    	    {

            	    	    								if (current==null) {
            	    	    									current = createModelElement(grammarAccess.getObjectiveRule());
            	    	    								}
            	    	    							

            	    	    								newCompositeNode(grammarAccess.getObjectiveAccess().getSecondaryGoalsGoalCrossReference_5_1_3_1_0());
            	    	    							
            	    	    pushFollow(FOLLOW_70);
            	    	    ruleCode();

            	    	    state._fsp--;


            	    	    								afterParserOrEnumRuleCall();
            	    	    							

            	    	    }


            	    	    }


            	    	    }
            	    	    break;

            	    	default :
            	    	    break loop61;
            	        }
            	    } while (true);


            	    }


            	    }
            	    break;
            	case 3 :
            	    // InternalItup.g:3501:4: (otherlv_18= 'contributors' ( ( ruleCode ) ) (otherlv_20= ',' ( ( ruleCode ) ) )* )
            	    {
            	    // InternalItup.g:3501:4: (otherlv_18= 'contributors' ( ( ruleCode ) ) (otherlv_20= ',' ( ( ruleCode ) ) )* )
            	    // InternalItup.g:3502:5: otherlv_18= 'contributors' ( ( ruleCode ) ) (otherlv_20= ',' ( ( ruleCode ) ) )*
            	    {
            	    otherlv_18=(Token)match(input,73,FOLLOW_17); 

            	    					newLeafNode(otherlv_18, grammarAccess.getObjectiveAccess().getContributorsKeyword_5_2_0());
            	    				
            	    // InternalItup.g:3506:5: ( ( ruleCode ) )
            	    // InternalItup.g:3507:6: ( ruleCode )
            	    {
            	    // InternalItup.g:3507:6: ( ruleCode )
            	    // InternalItup.g:3508:7: ruleCode
            	    {

            	    							if (current==null) {
            	    								current = createModelElement(grammarAccess.getObjectiveRule());
            	    							}
            	    						

            	    							newCompositeNode(grammarAccess.getObjectiveAccess().getContributorsSectorCrossReference_5_2_1_0());
            	    						
            	    pushFollow(FOLLOW_70);
            	    ruleCode();

            	    state._fsp--;


            	    							afterParserOrEnumRuleCall();
            	    						

            	    }


            	    }

            	    // InternalItup.g:3522:5: (otherlv_20= ',' ( ( ruleCode ) ) )*
            	    loop62:
            	    do {
            	        int alt62=2;
            	        int LA62_0 = input.LA(1);

            	        if ( (LA62_0==18) ) {
            	            alt62=1;
            	        }


            	        switch (alt62) {
            	    	case 1 :
            	    	    // InternalItup.g:3523:6: otherlv_20= ',' ( ( ruleCode ) )
            	    	    {
            	    	    otherlv_20=(Token)match(input,18,FOLLOW_17); 

            	    	    						newLeafNode(otherlv_20, grammarAccess.getObjectiveAccess().getCommaKeyword_5_2_2_0());
            	    	    					
            	    	    // InternalItup.g:3527:6: ( ( ruleCode ) )
            	    	    // InternalItup.g:3528:7: ( ruleCode )
            	    	    {
            	    	    // InternalItup.g:3528:7: ( ruleCode )
            	    	    // InternalItup.g:3529:8: ruleCode
            	    	    {

            	    	    								if (current==null) {
            	    	    									current = createModelElement(grammarAccess.getObjectiveRule());
            	    	    								}
            	    	    							

            	    	    								newCompositeNode(grammarAccess.getObjectiveAccess().getContributorsSectorCrossReference_5_2_2_1_0());
            	    	    							
            	    	    pushFollow(FOLLOW_70);
            	    	    ruleCode();

            	    	    state._fsp--;


            	    	    								afterParserOrEnumRuleCall();
            	    	    							

            	    	    }


            	    	    }


            	    	    }
            	    	    break;

            	    	default :
            	    	    break loop62;
            	        }
            	    } while (true);


            	    }


            	    }
            	    break;
            	case 4 :
            	    // InternalItup.g:3546:4: (otherlv_22= 'wsis' ( (lv_wsisActionLines_23_0= ruleCode ) ) (otherlv_24= ',' ( (lv_wsisActionLines_25_0= ruleCode ) ) )* )
            	    {
            	    // InternalItup.g:3546:4: (otherlv_22= 'wsis' ( (lv_wsisActionLines_23_0= ruleCode ) ) (otherlv_24= ',' ( (lv_wsisActionLines_25_0= ruleCode ) ) )* )
            	    // InternalItup.g:3547:5: otherlv_22= 'wsis' ( (lv_wsisActionLines_23_0= ruleCode ) ) (otherlv_24= ',' ( (lv_wsisActionLines_25_0= ruleCode ) ) )*
            	    {
            	    otherlv_22=(Token)match(input,29,FOLLOW_17); 

            	    					newLeafNode(otherlv_22, grammarAccess.getObjectiveAccess().getWsisKeyword_5_3_0());
            	    				
            	    // InternalItup.g:3551:5: ( (lv_wsisActionLines_23_0= ruleCode ) )
            	    // InternalItup.g:3552:6: (lv_wsisActionLines_23_0= ruleCode )
            	    {
            	    // InternalItup.g:3552:6: (lv_wsisActionLines_23_0= ruleCode )
            	    // InternalItup.g:3553:7: lv_wsisActionLines_23_0= ruleCode
            	    {

            	    							newCompositeNode(grammarAccess.getObjectiveAccess().getWsisActionLinesCodeParserRuleCall_5_3_1_0());
            	    						
            	    pushFollow(FOLLOW_70);
            	    lv_wsisActionLines_23_0=ruleCode();

            	    state._fsp--;


            	    							if (current==null) {
            	    								current = createModelElementForParent(grammarAccess.getObjectiveRule());
            	    							}
            	    							add(
            	    								current,
            	    								"wsisActionLines",
            	    								lv_wsisActionLines_23_0,
            	    								"org.itup.dsl.Itup.Code");
            	    							afterParserOrEnumRuleCall();
            	    						

            	    }


            	    }

            	    // InternalItup.g:3570:5: (otherlv_24= ',' ( (lv_wsisActionLines_25_0= ruleCode ) ) )*
            	    loop63:
            	    do {
            	        int alt63=2;
            	        int LA63_0 = input.LA(1);

            	        if ( (LA63_0==18) ) {
            	            alt63=1;
            	        }


            	        switch (alt63) {
            	    	case 1 :
            	    	    // InternalItup.g:3571:6: otherlv_24= ',' ( (lv_wsisActionLines_25_0= ruleCode ) )
            	    	    {
            	    	    otherlv_24=(Token)match(input,18,FOLLOW_17); 

            	    	    						newLeafNode(otherlv_24, grammarAccess.getObjectiveAccess().getCommaKeyword_5_3_2_0());
            	    	    					
            	    	    // InternalItup.g:3575:6: ( (lv_wsisActionLines_25_0= ruleCode ) )
            	    	    // InternalItup.g:3576:7: (lv_wsisActionLines_25_0= ruleCode )
            	    	    {
            	    	    // InternalItup.g:3576:7: (lv_wsisActionLines_25_0= ruleCode )
            	    	    // InternalItup.g:3577:8: lv_wsisActionLines_25_0= ruleCode
            	    	    {

            	    	    								newCompositeNode(grammarAccess.getObjectiveAccess().getWsisActionLinesCodeParserRuleCall_5_3_2_1_0());
            	    	    							
            	    	    pushFollow(FOLLOW_70);
            	    	    lv_wsisActionLines_25_0=ruleCode();

            	    	    state._fsp--;


            	    	    								if (current==null) {
            	    	    									current = createModelElementForParent(grammarAccess.getObjectiveRule());
            	    	    								}
            	    	    								add(
            	    	    									current,
            	    	    									"wsisActionLines",
            	    	    									lv_wsisActionLines_25_0,
            	    	    									"org.itup.dsl.Itup.Code");
            	    	    								afterParserOrEnumRuleCall();
            	    	    							

            	    	    }


            	    	    }


            	    	    }
            	    	    break;

            	    	default :
            	    	    break loop63;
            	        }
            	    } while (true);


            	    }


            	    }
            	    break;
            	case 5 :
            	    // InternalItup.g:3597:4: ( (lv_outcomes_26_0= ruleOutcome ) )
            	    {
            	    // InternalItup.g:3597:4: ( (lv_outcomes_26_0= ruleOutcome ) )
            	    // InternalItup.g:3598:5: (lv_outcomes_26_0= ruleOutcome )
            	    {
            	    // InternalItup.g:3598:5: (lv_outcomes_26_0= ruleOutcome )
            	    // InternalItup.g:3599:6: lv_outcomes_26_0= ruleOutcome
            	    {

            	    						newCompositeNode(grammarAccess.getObjectiveAccess().getOutcomesOutcomeParserRuleCall_5_4_0());
            	    					
            	    pushFollow(FOLLOW_68);
            	    lv_outcomes_26_0=ruleOutcome();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getObjectiveRule());
            	    						}
            	    						add(
            	    							current,
            	    							"outcomes",
            	    							lv_outcomes_26_0,
            	    							"org.itup.dsl.Itup.Outcome");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 6 :
            	    // InternalItup.g:3617:4: ( (lv_outputs_27_0= ruleOutput ) )
            	    {
            	    // InternalItup.g:3617:4: ( (lv_outputs_27_0= ruleOutput ) )
            	    // InternalItup.g:3618:5: (lv_outputs_27_0= ruleOutput )
            	    {
            	    // InternalItup.g:3618:5: (lv_outputs_27_0= ruleOutput )
            	    // InternalItup.g:3619:6: lv_outputs_27_0= ruleOutput
            	    {

            	    						newCompositeNode(grammarAccess.getObjectiveAccess().getOutputsOutputParserRuleCall_5_5_0());
            	    					
            	    pushFollow(FOLLOW_68);
            	    lv_outputs_27_0=ruleOutput();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getObjectiveRule());
            	    						}
            	    						add(
            	    							current,
            	    							"outputs",
            	    							lv_outputs_27_0,
            	    							"org.itup.dsl.Itup.Output");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 7 :
            	    // InternalItup.g:3637:4: ( (lv_indicators_28_0= rulePerformanceIndicator ) )
            	    {
            	    // InternalItup.g:3637:4: ( (lv_indicators_28_0= rulePerformanceIndicator ) )
            	    // InternalItup.g:3638:5: (lv_indicators_28_0= rulePerformanceIndicator )
            	    {
            	    // InternalItup.g:3638:5: (lv_indicators_28_0= rulePerformanceIndicator )
            	    // InternalItup.g:3639:6: lv_indicators_28_0= rulePerformanceIndicator
            	    {

            	    						newCompositeNode(grammarAccess.getObjectiveAccess().getIndicatorsPerformanceIndicatorParserRuleCall_5_6_0());
            	    					
            	    pushFollow(FOLLOW_68);
            	    lv_indicators_28_0=rulePerformanceIndicator();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getObjectiveRule());
            	    						}
            	    						add(
            	    							current,
            	    							"indicators",
            	    							lv_indicators_28_0,
            	    							"org.itup.dsl.Itup.PerformanceIndicator");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 8 :
            	    // InternalItup.g:3657:4: ( (lv_budgets_29_0= ruleBudget ) )
            	    {
            	    // InternalItup.g:3657:4: ( (lv_budgets_29_0= ruleBudget ) )
            	    // InternalItup.g:3658:5: (lv_budgets_29_0= ruleBudget )
            	    {
            	    // InternalItup.g:3658:5: (lv_budgets_29_0= ruleBudget )
            	    // InternalItup.g:3659:6: lv_budgets_29_0= ruleBudget
            	    {

            	    						newCompositeNode(grammarAccess.getObjectiveAccess().getBudgetsBudgetParserRuleCall_5_7_0());
            	    					
            	    pushFollow(FOLLOW_68);
            	    lv_budgets_29_0=ruleBudget();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getObjectiveRule());
            	    						}
            	    						add(
            	    							current,
            	    							"budgets",
            	    							lv_budgets_29_0,
            	    							"org.itup.dsl.Itup.Budget");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 9 :
            	    // InternalItup.g:3677:4: this_Replaces_30= ruleReplaces[$current]
            	    {

            	    				if (current==null) {
            	    					current = createModelElement(grammarAccess.getObjectiveRule());
            	    				}
            	    				newCompositeNode(grammarAccess.getObjectiveAccess().getReplacesParserRuleCall_5_8());
            	    			
            	    pushFollow(FOLLOW_68);
            	    this_Replaces_30=ruleReplaces(current);

            	    state._fsp--;


            	    				current = this_Replaces_30;
            	    				afterParserOrEnumRuleCall();
            	    			

            	    }
            	    break;

            	default :
            	    break loop64;
                }
            } while (true);

            otherlv_31=(Token)match(input,28,FOLLOW_2); 

            			newLeafNode(otherlv_31, grammarAccess.getObjectiveAccess().getRightCurlyBracketKeyword_6());
            		

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
    // InternalItup.g:3697:1: entryRuleOutcome returns [EObject current=null] : iv_ruleOutcome= ruleOutcome EOF ;
    public final EObject entryRuleOutcome() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleOutcome = null;


        try {
            // InternalItup.g:3697:48: (iv_ruleOutcome= ruleOutcome EOF )
            // InternalItup.g:3698:2: iv_ruleOutcome= ruleOutcome EOF
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
    // InternalItup.g:3704:1: ruleOutcome returns [EObject current=null] : (otherlv_0= 'outcome' ( (lv_name_1_0= ruleCode ) ) ( (lv_official_2_0= 'official' ) )? ( (lv_statement_3_0= RULE_STRING ) )? (otherlv_4= '{' ( ( (lv_indicators_5_0= rulePerformanceIndicator ) ) | this_Replaces_6= ruleReplaces[$current] )* otherlv_7= '}' )? ) ;
    public final EObject ruleOutcome() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_official_2_0=null;
        Token lv_statement_3_0=null;
        Token otherlv_4=null;
        Token otherlv_7=null;
        AntlrDatatypeRuleToken lv_name_1_0 = null;

        EObject lv_indicators_5_0 = null;

        EObject this_Replaces_6 = null;



        	enterRule();

        try {
            // InternalItup.g:3710:2: ( (otherlv_0= 'outcome' ( (lv_name_1_0= ruleCode ) ) ( (lv_official_2_0= 'official' ) )? ( (lv_statement_3_0= RULE_STRING ) )? (otherlv_4= '{' ( ( (lv_indicators_5_0= rulePerformanceIndicator ) ) | this_Replaces_6= ruleReplaces[$current] )* otherlv_7= '}' )? ) )
            // InternalItup.g:3711:2: (otherlv_0= 'outcome' ( (lv_name_1_0= ruleCode ) ) ( (lv_official_2_0= 'official' ) )? ( (lv_statement_3_0= RULE_STRING ) )? (otherlv_4= '{' ( ( (lv_indicators_5_0= rulePerformanceIndicator ) ) | this_Replaces_6= ruleReplaces[$current] )* otherlv_7= '}' )? )
            {
            // InternalItup.g:3711:2: (otherlv_0= 'outcome' ( (lv_name_1_0= ruleCode ) ) ( (lv_official_2_0= 'official' ) )? ( (lv_statement_3_0= RULE_STRING ) )? (otherlv_4= '{' ( ( (lv_indicators_5_0= rulePerformanceIndicator ) ) | this_Replaces_6= ruleReplaces[$current] )* otherlv_7= '}' )? )
            // InternalItup.g:3712:3: otherlv_0= 'outcome' ( (lv_name_1_0= ruleCode ) ) ( (lv_official_2_0= 'official' ) )? ( (lv_statement_3_0= RULE_STRING ) )? (otherlv_4= '{' ( ( (lv_indicators_5_0= rulePerformanceIndicator ) ) | this_Replaces_6= ruleReplaces[$current] )* otherlv_7= '}' )?
            {
            otherlv_0=(Token)match(input,74,FOLLOW_17); 

            			newLeafNode(otherlv_0, grammarAccess.getOutcomeAccess().getOutcomeKeyword_0());
            		
            // InternalItup.g:3716:3: ( (lv_name_1_0= ruleCode ) )
            // InternalItup.g:3717:4: (lv_name_1_0= ruleCode )
            {
            // InternalItup.g:3717:4: (lv_name_1_0= ruleCode )
            // InternalItup.g:3718:5: lv_name_1_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getOutcomeAccess().getNameCodeParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_56);
            lv_name_1_0=ruleCode();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getOutcomeRule());
            					}
            					set(
            						current,
            						"name",
            						lv_name_1_0,
            						"org.itup.dsl.Itup.Code");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalItup.g:3735:3: ( (lv_official_2_0= 'official' ) )?
            int alt65=2;
            int LA65_0 = input.LA(1);

            if ( (LA65_0==20) ) {
                alt65=1;
            }
            switch (alt65) {
                case 1 :
                    // InternalItup.g:3736:4: (lv_official_2_0= 'official' )
                    {
                    // InternalItup.g:3736:4: (lv_official_2_0= 'official' )
                    // InternalItup.g:3737:5: lv_official_2_0= 'official'
                    {
                    lv_official_2_0=(Token)match(input,20,FOLLOW_57); 

                    					newLeafNode(lv_official_2_0, grammarAccess.getOutcomeAccess().getOfficialOfficialKeyword_2_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getOutcomeRule());
                    					}
                    					setWithLastConsumed(current, "official", lv_official_2_0 != null, "official");
                    				

                    }


                    }
                    break;

            }

            // InternalItup.g:3749:3: ( (lv_statement_3_0= RULE_STRING ) )?
            int alt66=2;
            int LA66_0 = input.LA(1);

            if ( (LA66_0==RULE_STRING) ) {
                alt66=1;
            }
            switch (alt66) {
                case 1 :
                    // InternalItup.g:3750:4: (lv_statement_3_0= RULE_STRING )
                    {
                    // InternalItup.g:3750:4: (lv_statement_3_0= RULE_STRING )
                    // InternalItup.g:3751:5: lv_statement_3_0= RULE_STRING
                    {
                    lv_statement_3_0=(Token)match(input,RULE_STRING,FOLLOW_58); 

                    					newLeafNode(lv_statement_3_0, grammarAccess.getOutcomeAccess().getStatementSTRINGTerminalRuleCall_3_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getOutcomeRule());
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

            // InternalItup.g:3767:3: (otherlv_4= '{' ( ( (lv_indicators_5_0= rulePerformanceIndicator ) ) | this_Replaces_6= ruleReplaces[$current] )* otherlv_7= '}' )?
            int alt68=2;
            int LA68_0 = input.LA(1);

            if ( (LA68_0==27) ) {
                alt68=1;
            }
            switch (alt68) {
                case 1 :
                    // InternalItup.g:3768:4: otherlv_4= '{' ( ( (lv_indicators_5_0= rulePerformanceIndicator ) ) | this_Replaces_6= ruleReplaces[$current] )* otherlv_7= '}'
                    {
                    otherlv_4=(Token)match(input,27,FOLLOW_71); 

                    				newLeafNode(otherlv_4, grammarAccess.getOutcomeAccess().getLeftCurlyBracketKeyword_4_0());
                    			
                    // InternalItup.g:3772:4: ( ( (lv_indicators_5_0= rulePerformanceIndicator ) ) | this_Replaces_6= ruleReplaces[$current] )*
                    loop67:
                    do {
                        int alt67=3;
                        int LA67_0 = input.LA(1);

                        if ( (LA67_0==75) ) {
                            alt67=1;
                        }
                        else if ( (LA67_0==58) ) {
                            alt67=2;
                        }


                        switch (alt67) {
                    	case 1 :
                    	    // InternalItup.g:3773:5: ( (lv_indicators_5_0= rulePerformanceIndicator ) )
                    	    {
                    	    // InternalItup.g:3773:5: ( (lv_indicators_5_0= rulePerformanceIndicator ) )
                    	    // InternalItup.g:3774:6: (lv_indicators_5_0= rulePerformanceIndicator )
                    	    {
                    	    // InternalItup.g:3774:6: (lv_indicators_5_0= rulePerformanceIndicator )
                    	    // InternalItup.g:3775:7: lv_indicators_5_0= rulePerformanceIndicator
                    	    {

                    	    							newCompositeNode(grammarAccess.getOutcomeAccess().getIndicatorsPerformanceIndicatorParserRuleCall_4_1_0_0());
                    	    						
                    	    pushFollow(FOLLOW_71);
                    	    lv_indicators_5_0=rulePerformanceIndicator();

                    	    state._fsp--;


                    	    							if (current==null) {
                    	    								current = createModelElementForParent(grammarAccess.getOutcomeRule());
                    	    							}
                    	    							add(
                    	    								current,
                    	    								"indicators",
                    	    								lv_indicators_5_0,
                    	    								"org.itup.dsl.Itup.PerformanceIndicator");
                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 2 :
                    	    // InternalItup.g:3793:5: this_Replaces_6= ruleReplaces[$current]
                    	    {

                    	    					if (current==null) {
                    	    						current = createModelElement(grammarAccess.getOutcomeRule());
                    	    					}
                    	    					newCompositeNode(grammarAccess.getOutcomeAccess().getReplacesParserRuleCall_4_1_1());
                    	    				
                    	    pushFollow(FOLLOW_71);
                    	    this_Replaces_6=ruleReplaces(current);

                    	    state._fsp--;


                    	    					current = this_Replaces_6;
                    	    					afterParserOrEnumRuleCall();
                    	    				

                    	    }
                    	    break;

                    	default :
                    	    break loop67;
                        }
                    } while (true);

                    otherlv_7=(Token)match(input,28,FOLLOW_2); 

                    				newLeafNode(otherlv_7, grammarAccess.getOutcomeAccess().getRightCurlyBracketKeyword_4_2());
                    			

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
    // InternalItup.g:3814:1: entryRuleOutput returns [EObject current=null] : iv_ruleOutput= ruleOutput EOF ;
    public final EObject entryRuleOutput() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleOutput = null;


        try {
            // InternalItup.g:3814:47: (iv_ruleOutput= ruleOutput EOF )
            // InternalItup.g:3815:2: iv_ruleOutput= ruleOutput EOF
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
    // InternalItup.g:3821:1: ruleOutput returns [EObject current=null] : (otherlv_0= 'output' ( (lv_name_1_0= ruleCode ) ) ( (lv_official_2_0= 'official' ) )? ( (lv_statement_3_0= RULE_STRING ) )? (otherlv_4= '{' ( ( (lv_indicators_5_0= rulePerformanceIndicator ) ) | ( (lv_budgets_6_0= ruleBudget ) ) | this_Replaces_7= ruleReplaces[$current] )* otherlv_8= '}' )? ) ;
    public final EObject ruleOutput() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_official_2_0=null;
        Token lv_statement_3_0=null;
        Token otherlv_4=null;
        Token otherlv_8=null;
        AntlrDatatypeRuleToken lv_name_1_0 = null;

        EObject lv_indicators_5_0 = null;

        EObject lv_budgets_6_0 = null;

        EObject this_Replaces_7 = null;



        	enterRule();

        try {
            // InternalItup.g:3827:2: ( (otherlv_0= 'output' ( (lv_name_1_0= ruleCode ) ) ( (lv_official_2_0= 'official' ) )? ( (lv_statement_3_0= RULE_STRING ) )? (otherlv_4= '{' ( ( (lv_indicators_5_0= rulePerformanceIndicator ) ) | ( (lv_budgets_6_0= ruleBudget ) ) | this_Replaces_7= ruleReplaces[$current] )* otherlv_8= '}' )? ) )
            // InternalItup.g:3828:2: (otherlv_0= 'output' ( (lv_name_1_0= ruleCode ) ) ( (lv_official_2_0= 'official' ) )? ( (lv_statement_3_0= RULE_STRING ) )? (otherlv_4= '{' ( ( (lv_indicators_5_0= rulePerformanceIndicator ) ) | ( (lv_budgets_6_0= ruleBudget ) ) | this_Replaces_7= ruleReplaces[$current] )* otherlv_8= '}' )? )
            {
            // InternalItup.g:3828:2: (otherlv_0= 'output' ( (lv_name_1_0= ruleCode ) ) ( (lv_official_2_0= 'official' ) )? ( (lv_statement_3_0= RULE_STRING ) )? (otherlv_4= '{' ( ( (lv_indicators_5_0= rulePerformanceIndicator ) ) | ( (lv_budgets_6_0= ruleBudget ) ) | this_Replaces_7= ruleReplaces[$current] )* otherlv_8= '}' )? )
            // InternalItup.g:3829:3: otherlv_0= 'output' ( (lv_name_1_0= ruleCode ) ) ( (lv_official_2_0= 'official' ) )? ( (lv_statement_3_0= RULE_STRING ) )? (otherlv_4= '{' ( ( (lv_indicators_5_0= rulePerformanceIndicator ) ) | ( (lv_budgets_6_0= ruleBudget ) ) | this_Replaces_7= ruleReplaces[$current] )* otherlv_8= '}' )?
            {
            otherlv_0=(Token)match(input,39,FOLLOW_17); 

            			newLeafNode(otherlv_0, grammarAccess.getOutputAccess().getOutputKeyword_0());
            		
            // InternalItup.g:3833:3: ( (lv_name_1_0= ruleCode ) )
            // InternalItup.g:3834:4: (lv_name_1_0= ruleCode )
            {
            // InternalItup.g:3834:4: (lv_name_1_0= ruleCode )
            // InternalItup.g:3835:5: lv_name_1_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getOutputAccess().getNameCodeParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_56);
            lv_name_1_0=ruleCode();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getOutputRule());
            					}
            					set(
            						current,
            						"name",
            						lv_name_1_0,
            						"org.itup.dsl.Itup.Code");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalItup.g:3852:3: ( (lv_official_2_0= 'official' ) )?
            int alt69=2;
            int LA69_0 = input.LA(1);

            if ( (LA69_0==20) ) {
                alt69=1;
            }
            switch (alt69) {
                case 1 :
                    // InternalItup.g:3853:4: (lv_official_2_0= 'official' )
                    {
                    // InternalItup.g:3853:4: (lv_official_2_0= 'official' )
                    // InternalItup.g:3854:5: lv_official_2_0= 'official'
                    {
                    lv_official_2_0=(Token)match(input,20,FOLLOW_57); 

                    					newLeafNode(lv_official_2_0, grammarAccess.getOutputAccess().getOfficialOfficialKeyword_2_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getOutputRule());
                    					}
                    					setWithLastConsumed(current, "official", lv_official_2_0 != null, "official");
                    				

                    }


                    }
                    break;

            }

            // InternalItup.g:3866:3: ( (lv_statement_3_0= RULE_STRING ) )?
            int alt70=2;
            int LA70_0 = input.LA(1);

            if ( (LA70_0==RULE_STRING) ) {
                alt70=1;
            }
            switch (alt70) {
                case 1 :
                    // InternalItup.g:3867:4: (lv_statement_3_0= RULE_STRING )
                    {
                    // InternalItup.g:3867:4: (lv_statement_3_0= RULE_STRING )
                    // InternalItup.g:3868:5: lv_statement_3_0= RULE_STRING
                    {
                    lv_statement_3_0=(Token)match(input,RULE_STRING,FOLLOW_58); 

                    					newLeafNode(lv_statement_3_0, grammarAccess.getOutputAccess().getStatementSTRINGTerminalRuleCall_3_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getOutputRule());
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

            // InternalItup.g:3884:3: (otherlv_4= '{' ( ( (lv_indicators_5_0= rulePerformanceIndicator ) ) | ( (lv_budgets_6_0= ruleBudget ) ) | this_Replaces_7= ruleReplaces[$current] )* otherlv_8= '}' )?
            int alt72=2;
            int LA72_0 = input.LA(1);

            if ( (LA72_0==27) ) {
                alt72=1;
            }
            switch (alt72) {
                case 1 :
                    // InternalItup.g:3885:4: otherlv_4= '{' ( ( (lv_indicators_5_0= rulePerformanceIndicator ) ) | ( (lv_budgets_6_0= ruleBudget ) ) | this_Replaces_7= ruleReplaces[$current] )* otherlv_8= '}'
                    {
                    otherlv_4=(Token)match(input,27,FOLLOW_72); 

                    				newLeafNode(otherlv_4, grammarAccess.getOutputAccess().getLeftCurlyBracketKeyword_4_0());
                    			
                    // InternalItup.g:3889:4: ( ( (lv_indicators_5_0= rulePerformanceIndicator ) ) | ( (lv_budgets_6_0= ruleBudget ) ) | this_Replaces_7= ruleReplaces[$current] )*
                    loop71:
                    do {
                        int alt71=4;
                        switch ( input.LA(1) ) {
                        case 75:
                            {
                            alt71=1;
                            }
                            break;
                        case 57:
                            {
                            alt71=2;
                            }
                            break;
                        case 58:
                            {
                            alt71=3;
                            }
                            break;

                        }

                        switch (alt71) {
                    	case 1 :
                    	    // InternalItup.g:3890:5: ( (lv_indicators_5_0= rulePerformanceIndicator ) )
                    	    {
                    	    // InternalItup.g:3890:5: ( (lv_indicators_5_0= rulePerformanceIndicator ) )
                    	    // InternalItup.g:3891:6: (lv_indicators_5_0= rulePerformanceIndicator )
                    	    {
                    	    // InternalItup.g:3891:6: (lv_indicators_5_0= rulePerformanceIndicator )
                    	    // InternalItup.g:3892:7: lv_indicators_5_0= rulePerformanceIndicator
                    	    {

                    	    							newCompositeNode(grammarAccess.getOutputAccess().getIndicatorsPerformanceIndicatorParserRuleCall_4_1_0_0());
                    	    						
                    	    pushFollow(FOLLOW_72);
                    	    lv_indicators_5_0=rulePerformanceIndicator();

                    	    state._fsp--;


                    	    							if (current==null) {
                    	    								current = createModelElementForParent(grammarAccess.getOutputRule());
                    	    							}
                    	    							add(
                    	    								current,
                    	    								"indicators",
                    	    								lv_indicators_5_0,
                    	    								"org.itup.dsl.Itup.PerformanceIndicator");
                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 2 :
                    	    // InternalItup.g:3910:5: ( (lv_budgets_6_0= ruleBudget ) )
                    	    {
                    	    // InternalItup.g:3910:5: ( (lv_budgets_6_0= ruleBudget ) )
                    	    // InternalItup.g:3911:6: (lv_budgets_6_0= ruleBudget )
                    	    {
                    	    // InternalItup.g:3911:6: (lv_budgets_6_0= ruleBudget )
                    	    // InternalItup.g:3912:7: lv_budgets_6_0= ruleBudget
                    	    {

                    	    							newCompositeNode(grammarAccess.getOutputAccess().getBudgetsBudgetParserRuleCall_4_1_1_0());
                    	    						
                    	    pushFollow(FOLLOW_72);
                    	    lv_budgets_6_0=ruleBudget();

                    	    state._fsp--;


                    	    							if (current==null) {
                    	    								current = createModelElementForParent(grammarAccess.getOutputRule());
                    	    							}
                    	    							add(
                    	    								current,
                    	    								"budgets",
                    	    								lv_budgets_6_0,
                    	    								"org.itup.dsl.Itup.Budget");
                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 3 :
                    	    // InternalItup.g:3930:5: this_Replaces_7= ruleReplaces[$current]
                    	    {

                    	    					if (current==null) {
                    	    						current = createModelElement(grammarAccess.getOutputRule());
                    	    					}
                    	    					newCompositeNode(grammarAccess.getOutputAccess().getReplacesParserRuleCall_4_1_2());
                    	    				
                    	    pushFollow(FOLLOW_72);
                    	    this_Replaces_7=ruleReplaces(current);

                    	    state._fsp--;


                    	    					current = this_Replaces_7;
                    	    					afterParserOrEnumRuleCall();
                    	    				

                    	    }
                    	    break;

                    	default :
                    	    break loop71;
                        }
                    } while (true);

                    otherlv_8=(Token)match(input,28,FOLLOW_2); 

                    				newLeafNode(otherlv_8, grammarAccess.getOutputAccess().getRightCurlyBracketKeyword_4_2());
                    			

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
    // InternalItup.g:3951:1: entryRulePerformanceIndicator returns [EObject current=null] : iv_rulePerformanceIndicator= rulePerformanceIndicator EOF ;
    public final EObject entryRulePerformanceIndicator() throws RecognitionException {
        EObject current = null;

        EObject iv_rulePerformanceIndicator = null;


        try {
            // InternalItup.g:3951:61: (iv_rulePerformanceIndicator= rulePerformanceIndicator EOF )
            // InternalItup.g:3952:2: iv_rulePerformanceIndicator= rulePerformanceIndicator EOF
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
    // InternalItup.g:3958:1: rulePerformanceIndicator returns [EObject current=null] : (otherlv_0= 'indicator' ( (lv_name_1_0= ruleCode ) )? ( (lv_title_2_0= RULE_STRING ) ) (otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) ( (lv_milestones_21_0= ruleIndicatorMilestone ) )* otherlv_22= '}' )? ) ;
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
            // InternalItup.g:3964:2: ( (otherlv_0= 'indicator' ( (lv_name_1_0= ruleCode ) )? ( (lv_title_2_0= RULE_STRING ) ) (otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) ( (lv_milestones_21_0= ruleIndicatorMilestone ) )* otherlv_22= '}' )? ) )
            // InternalItup.g:3965:2: (otherlv_0= 'indicator' ( (lv_name_1_0= ruleCode ) )? ( (lv_title_2_0= RULE_STRING ) ) (otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) ( (lv_milestones_21_0= ruleIndicatorMilestone ) )* otherlv_22= '}' )? )
            {
            // InternalItup.g:3965:2: (otherlv_0= 'indicator' ( (lv_name_1_0= ruleCode ) )? ( (lv_title_2_0= RULE_STRING ) ) (otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) ( (lv_milestones_21_0= ruleIndicatorMilestone ) )* otherlv_22= '}' )? )
            // InternalItup.g:3966:3: otherlv_0= 'indicator' ( (lv_name_1_0= ruleCode ) )? ( (lv_title_2_0= RULE_STRING ) ) (otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) ( (lv_milestones_21_0= ruleIndicatorMilestone ) )* otherlv_22= '}' )?
            {
            otherlv_0=(Token)match(input,75,FOLLOW_73); 

            			newLeafNode(otherlv_0, grammarAccess.getPerformanceIndicatorAccess().getIndicatorKeyword_0());
            		
            // InternalItup.g:3970:3: ( (lv_name_1_0= ruleCode ) )?
            int alt73=2;
            int LA73_0 = input.LA(1);

            if ( ((LA73_0>=RULE_ID && LA73_0<=RULE_INT)) ) {
                alt73=1;
            }
            switch (alt73) {
                case 1 :
                    // InternalItup.g:3971:4: (lv_name_1_0= ruleCode )
                    {
                    // InternalItup.g:3971:4: (lv_name_1_0= ruleCode )
                    // InternalItup.g:3972:5: lv_name_1_0= ruleCode
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

            // InternalItup.g:3989:3: ( (lv_title_2_0= RULE_STRING ) )
            // InternalItup.g:3990:4: (lv_title_2_0= RULE_STRING )
            {
            // InternalItup.g:3990:4: (lv_title_2_0= RULE_STRING )
            // InternalItup.g:3991:5: lv_title_2_0= RULE_STRING
            {
            lv_title_2_0=(Token)match(input,RULE_STRING,FOLLOW_58); 

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

            // InternalItup.g:4007:3: (otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) ( (lv_milestones_21_0= ruleIndicatorMilestone ) )* otherlv_22= '}' )?
            int alt77=2;
            int LA77_0 = input.LA(1);

            if ( (LA77_0==27) ) {
                alt77=1;
            }
            switch (alt77) {
                case 1 :
                    // InternalItup.g:4008:4: otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) ( (lv_milestones_21_0= ruleIndicatorMilestone ) )* otherlv_22= '}'
                    {
                    otherlv_3=(Token)match(input,27,FOLLOW_74); 

                    				newLeafNode(otherlv_3, grammarAccess.getPerformanceIndicatorAccess().getLeftCurlyBracketKeyword_3_0());
                    			
                    // InternalItup.g:4012:4: ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) ) ) )* ) ) )
                    // InternalItup.g:4013:5: ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) ) ) )* ) )
                    {
                    // InternalItup.g:4013:5: ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) ) ) )* ) )
                    // InternalItup.g:4014:6: ( ( ({...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) ) ) )* )
                    {
                     
                    					  getUnorderedGroupHelper().enter(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1());
                    					
                    // InternalItup.g:4017:6: ( ( ({...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) ) ) )* )
                    // InternalItup.g:4018:7: ( ({...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) ) ) )*
                    {
                    // InternalItup.g:4018:7: ( ({...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) ) ) )*
                    loop75:
                    do {
                        int alt75=9;
                        alt75 = dfa75.predict(input);
                        switch (alt75) {
                    	case 1 :
                    	    // InternalItup.g:4019:5: ({...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) ) )
                    	    {
                    	    // InternalItup.g:4019:5: ({...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) ) )
                    	    // InternalItup.g:4020:6: {...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 0) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 0)");
                    	    }
                    	    // InternalItup.g:4020:120: ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) )
                    	    // InternalItup.g:4021:7: ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 0);
                    	    						
                    	    // InternalItup.g:4024:10: ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) )
                    	    // InternalItup.g:4024:11: {...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "true");
                    	    }
                    	    // InternalItup.g:4024:20: (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) )
                    	    // InternalItup.g:4024:21: otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) )
                    	    {
                    	    otherlv_5=(Token)match(input,76,FOLLOW_10); 

                    	    										newLeafNode(otherlv_5, grammarAccess.getPerformanceIndicatorAccess().getUnitKeyword_3_1_0_0());
                    	    									
                    	    // InternalItup.g:4028:10: ( (lv_unit_6_0= RULE_STRING ) )
                    	    // InternalItup.g:4029:11: (lv_unit_6_0= RULE_STRING )
                    	    {
                    	    // InternalItup.g:4029:11: (lv_unit_6_0= RULE_STRING )
                    	    // InternalItup.g:4030:12: lv_unit_6_0= RULE_STRING
                    	    {
                    	    lv_unit_6_0=(Token)match(input,RULE_STRING,FOLLOW_74); 

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
                    	    // InternalItup.g:4052:5: ({...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) ) )
                    	    {
                    	    // InternalItup.g:4052:5: ({...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) ) )
                    	    // InternalItup.g:4053:6: {...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 1) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 1)");
                    	    }
                    	    // InternalItup.g:4053:120: ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) )
                    	    // InternalItup.g:4054:7: ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 1);
                    	    						
                    	    // InternalItup.g:4057:10: ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) )
                    	    // InternalItup.g:4057:11: {...}? => ( (lv_baseline_7_0= ruleBaseline ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "true");
                    	    }
                    	    // InternalItup.g:4057:20: ( (lv_baseline_7_0= ruleBaseline ) )
                    	    // InternalItup.g:4057:21: (lv_baseline_7_0= ruleBaseline )
                    	    {
                    	    // InternalItup.g:4057:21: (lv_baseline_7_0= ruleBaseline )
                    	    // InternalItup.g:4058:11: lv_baseline_7_0= ruleBaseline
                    	    {

                    	    											newCompositeNode(grammarAccess.getPerformanceIndicatorAccess().getBaselineBaselineParserRuleCall_3_1_1_0());
                    	    										
                    	    pushFollow(FOLLOW_74);
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
                    	    // InternalItup.g:4080:5: ({...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) ) )
                    	    {
                    	    // InternalItup.g:4080:5: ({...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) ) )
                    	    // InternalItup.g:4081:6: {...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 2) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 2)");
                    	    }
                    	    // InternalItup.g:4081:120: ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) )
                    	    // InternalItup.g:4082:7: ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 2);
                    	    						
                    	    // InternalItup.g:4085:10: ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) )
                    	    // InternalItup.g:4085:11: {...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "true");
                    	    }
                    	    // InternalItup.g:4085:20: (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? )
                    	    // InternalItup.g:4085:21: otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )?
                    	    {
                    	    otherlv_8=(Token)match(input,63,FOLLOW_45); 

                    	    										newLeafNode(otherlv_8, grammarAccess.getPerformanceIndicatorAccess().getTargetKeyword_3_1_2_0());
                    	    									
                    	    // InternalItup.g:4089:10: ( (lv_targetValue_9_0= ruleDecimal ) )
                    	    // InternalItup.g:4090:11: (lv_targetValue_9_0= ruleDecimal )
                    	    {
                    	    // InternalItup.g:4090:11: (lv_targetValue_9_0= ruleDecimal )
                    	    // InternalItup.g:4091:12: lv_targetValue_9_0= ruleDecimal
                    	    {

                    	    												newCompositeNode(grammarAccess.getPerformanceIndicatorAccess().getTargetValueDecimalParserRuleCall_3_1_2_1_0());
                    	    											
                    	    pushFollow(FOLLOW_75);
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

                    	    // InternalItup.g:4108:10: (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )?
                    	    int alt74=2;
                    	    int LA74_0 = input.LA(1);

                    	    if ( (LA74_0==15) ) {
                    	        alt74=1;
                    	    }
                    	    switch (alt74) {
                    	        case 1 :
                    	            // InternalItup.g:4109:11: otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) )
                    	            {
                    	            otherlv_10=(Token)match(input,15,FOLLOW_6); 

                    	            											newLeafNode(otherlv_10, grammarAccess.getPerformanceIndicatorAccess().getByKeyword_3_1_2_2_0());
                    	            										
                    	            // InternalItup.g:4113:11: ( (lv_targetYear_11_0= ruleYear ) )
                    	            // InternalItup.g:4114:12: (lv_targetYear_11_0= ruleYear )
                    	            {
                    	            // InternalItup.g:4114:12: (lv_targetYear_11_0= ruleYear )
                    	            // InternalItup.g:4115:13: lv_targetYear_11_0= ruleYear
                    	            {

                    	            													newCompositeNode(grammarAccess.getPerformanceIndicatorAccess().getTargetYearYearParserRuleCall_3_1_2_2_1_0());
                    	            												
                    	            pushFollow(FOLLOW_74);
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
                    	    // InternalItup.g:4139:5: ({...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) ) )
                    	    {
                    	    // InternalItup.g:4139:5: ({...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) ) )
                    	    // InternalItup.g:4140:6: {...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 3) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 3)");
                    	    }
                    	    // InternalItup.g:4140:120: ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) )
                    	    // InternalItup.g:4141:7: ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 3);
                    	    						
                    	    // InternalItup.g:4144:10: ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) )
                    	    // InternalItup.g:4144:11: {...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "true");
                    	    }
                    	    // InternalItup.g:4144:20: (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) )
                    	    // InternalItup.g:4144:21: otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) )
                    	    {
                    	    otherlv_12=(Token)match(input,77,FOLLOW_76); 

                    	    										newLeafNode(otherlv_12, grammarAccess.getPerformanceIndicatorAccess().getDirectionKeyword_3_1_3_0());
                    	    									
                    	    // InternalItup.g:4148:10: ( (lv_direction_13_0= ruleIndicatorDirection ) )
                    	    // InternalItup.g:4149:11: (lv_direction_13_0= ruleIndicatorDirection )
                    	    {
                    	    // InternalItup.g:4149:11: (lv_direction_13_0= ruleIndicatorDirection )
                    	    // InternalItup.g:4150:12: lv_direction_13_0= ruleIndicatorDirection
                    	    {

                    	    												newCompositeNode(grammarAccess.getPerformanceIndicatorAccess().getDirectionIndicatorDirectionEnumRuleCall_3_1_3_1_0());
                    	    											
                    	    pushFollow(FOLLOW_74);
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
                    	    // InternalItup.g:4173:5: ({...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) ) )
                    	    {
                    	    // InternalItup.g:4173:5: ({...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) ) )
                    	    // InternalItup.g:4174:6: {...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 4) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 4)");
                    	    }
                    	    // InternalItup.g:4174:120: ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) )
                    	    // InternalItup.g:4175:7: ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 4);
                    	    						
                    	    // InternalItup.g:4178:10: ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) )
                    	    // InternalItup.g:4178:11: {...}? => ( (lv_bound_14_0= ruleIndicatorBound ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "true");
                    	    }
                    	    // InternalItup.g:4178:20: ( (lv_bound_14_0= ruleIndicatorBound ) )
                    	    // InternalItup.g:4178:21: (lv_bound_14_0= ruleIndicatorBound )
                    	    {
                    	    // InternalItup.g:4178:21: (lv_bound_14_0= ruleIndicatorBound )
                    	    // InternalItup.g:4179:11: lv_bound_14_0= ruleIndicatorBound
                    	    {

                    	    											newCompositeNode(grammarAccess.getPerformanceIndicatorAccess().getBoundIndicatorBoundParserRuleCall_3_1_4_0());
                    	    										
                    	    pushFollow(FOLLOW_74);
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
                    	    // InternalItup.g:4201:5: ({...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) ) )
                    	    {
                    	    // InternalItup.g:4201:5: ({...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) ) )
                    	    // InternalItup.g:4202:6: {...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 5) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 5)");
                    	    }
                    	    // InternalItup.g:4202:120: ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) )
                    	    // InternalItup.g:4203:7: ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 5);
                    	    						
                    	    // InternalItup.g:4206:10: ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) )
                    	    // InternalItup.g:4206:11: {...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "true");
                    	    }
                    	    // InternalItup.g:4206:20: (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) )
                    	    // InternalItup.g:4206:21: otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) )
                    	    {
                    	    otherlv_15=(Token)match(input,50,FOLLOW_10); 

                    	    										newLeafNode(otherlv_15, grammarAccess.getPerformanceIndicatorAccess().getSourceKeyword_3_1_5_0());
                    	    									
                    	    // InternalItup.g:4210:10: ( (lv_dataSource_16_0= RULE_STRING ) )
                    	    // InternalItup.g:4211:11: (lv_dataSource_16_0= RULE_STRING )
                    	    {
                    	    // InternalItup.g:4211:11: (lv_dataSource_16_0= RULE_STRING )
                    	    // InternalItup.g:4212:12: lv_dataSource_16_0= RULE_STRING
                    	    {
                    	    lv_dataSource_16_0=(Token)match(input,RULE_STRING,FOLLOW_74); 

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
                    	    // InternalItup.g:4234:5: ({...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) ) )
                    	    {
                    	    // InternalItup.g:4234:5: ({...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) ) )
                    	    // InternalItup.g:4235:6: {...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 6) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 6)");
                    	    }
                    	    // InternalItup.g:4235:120: ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) )
                    	    // InternalItup.g:4236:7: ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 6);
                    	    						
                    	    // InternalItup.g:4239:10: ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) )
                    	    // InternalItup.g:4239:11: {...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "true");
                    	    }
                    	    // InternalItup.g:4239:20: (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) )
                    	    // InternalItup.g:4239:21: otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) )
                    	    {
                    	    otherlv_17=(Token)match(input,78,FOLLOW_77); 

                    	    										newLeafNode(otherlv_17, grammarAccess.getPerformanceIndicatorAccess().getFrequencyKeyword_3_1_6_0());
                    	    									
                    	    // InternalItup.g:4243:10: ( (lv_frequency_18_0= ruleReportingFrequency ) )
                    	    // InternalItup.g:4244:11: (lv_frequency_18_0= ruleReportingFrequency )
                    	    {
                    	    // InternalItup.g:4244:11: (lv_frequency_18_0= ruleReportingFrequency )
                    	    // InternalItup.g:4245:12: lv_frequency_18_0= ruleReportingFrequency
                    	    {

                    	    												newCompositeNode(grammarAccess.getPerformanceIndicatorAccess().getFrequencyReportingFrequencyEnumRuleCall_3_1_6_1_0());
                    	    											
                    	    pushFollow(FOLLOW_74);
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
                    	    // InternalItup.g:4268:5: ({...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) ) )
                    	    {
                    	    // InternalItup.g:4268:5: ({...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) ) )
                    	    // InternalItup.g:4269:6: {...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 7) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 7)");
                    	    }
                    	    // InternalItup.g:4269:120: ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) )
                    	    // InternalItup.g:4270:7: ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 7);
                    	    						
                    	    // InternalItup.g:4273:10: ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) )
                    	    // InternalItup.g:4273:11: {...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "true");
                    	    }
                    	    // InternalItup.g:4273:20: (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) )
                    	    // InternalItup.g:4273:21: otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) )
                    	    {
                    	    otherlv_19=(Token)match(input,37,FOLLOW_10); 

                    	    										newLeafNode(otherlv_19, grammarAccess.getPerformanceIndicatorAccess().getResponsibleKeyword_3_1_7_0());
                    	    									
                    	    // InternalItup.g:4277:10: ( (lv_responsibleUnit_20_0= RULE_STRING ) )
                    	    // InternalItup.g:4278:11: (lv_responsibleUnit_20_0= RULE_STRING )
                    	    {
                    	    // InternalItup.g:4278:11: (lv_responsibleUnit_20_0= RULE_STRING )
                    	    // InternalItup.g:4279:12: lv_responsibleUnit_20_0= RULE_STRING
                    	    {
                    	    lv_responsibleUnit_20_0=(Token)match(input,RULE_STRING,FOLLOW_74); 

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
                    	    break loop75;
                        }
                    } while (true);


                    }


                    }

                     
                    					  getUnorderedGroupHelper().leave(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1());
                    					

                    }

                    // InternalItup.g:4308:4: ( (lv_milestones_21_0= ruleIndicatorMilestone ) )*
                    loop76:
                    do {
                        int alt76=2;
                        int LA76_0 = input.LA(1);

                        if ( (LA76_0==79) ) {
                            alt76=1;
                        }


                        switch (alt76) {
                    	case 1 :
                    	    // InternalItup.g:4309:5: (lv_milestones_21_0= ruleIndicatorMilestone )
                    	    {
                    	    // InternalItup.g:4309:5: (lv_milestones_21_0= ruleIndicatorMilestone )
                    	    // InternalItup.g:4310:6: lv_milestones_21_0= ruleIndicatorMilestone
                    	    {

                    	    						newCompositeNode(grammarAccess.getPerformanceIndicatorAccess().getMilestonesIndicatorMilestoneParserRuleCall_3_2_0());
                    	    					
                    	    pushFollow(FOLLOW_78);
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
                    	    break loop76;
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
    // InternalItup.g:4336:1: entryRuleIndicatorMilestone returns [EObject current=null] : iv_ruleIndicatorMilestone= ruleIndicatorMilestone EOF ;
    public final EObject entryRuleIndicatorMilestone() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleIndicatorMilestone = null;


        try {
            // InternalItup.g:4336:59: (iv_ruleIndicatorMilestone= ruleIndicatorMilestone EOF )
            // InternalItup.g:4337:2: iv_ruleIndicatorMilestone= ruleIndicatorMilestone EOF
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
    // InternalItup.g:4343:1: ruleIndicatorMilestone returns [EObject current=null] : (otherlv_0= 'milestone' ( (lv_year_1_0= ruleYear ) ) otherlv_2= 'value' ( (lv_value_3_0= ruleDecimal ) ) ) ;
    public final EObject ruleIndicatorMilestone() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_2=null;
        AntlrDatatypeRuleToken lv_year_1_0 = null;

        AntlrDatatypeRuleToken lv_value_3_0 = null;



        	enterRule();

        try {
            // InternalItup.g:4349:2: ( (otherlv_0= 'milestone' ( (lv_year_1_0= ruleYear ) ) otherlv_2= 'value' ( (lv_value_3_0= ruleDecimal ) ) ) )
            // InternalItup.g:4350:2: (otherlv_0= 'milestone' ( (lv_year_1_0= ruleYear ) ) otherlv_2= 'value' ( (lv_value_3_0= ruleDecimal ) ) )
            {
            // InternalItup.g:4350:2: (otherlv_0= 'milestone' ( (lv_year_1_0= ruleYear ) ) otherlv_2= 'value' ( (lv_value_3_0= ruleDecimal ) ) )
            // InternalItup.g:4351:3: otherlv_0= 'milestone' ( (lv_year_1_0= ruleYear ) ) otherlv_2= 'value' ( (lv_value_3_0= ruleDecimal ) )
            {
            otherlv_0=(Token)match(input,79,FOLLOW_6); 

            			newLeafNode(otherlv_0, grammarAccess.getIndicatorMilestoneAccess().getMilestoneKeyword_0());
            		
            // InternalItup.g:4355:3: ( (lv_year_1_0= ruleYear ) )
            // InternalItup.g:4356:4: (lv_year_1_0= ruleYear )
            {
            // InternalItup.g:4356:4: (lv_year_1_0= ruleYear )
            // InternalItup.g:4357:5: lv_year_1_0= ruleYear
            {

            					newCompositeNode(grammarAccess.getIndicatorMilestoneAccess().getYearYearParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_44);
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

            otherlv_2=(Token)match(input,49,FOLLOW_45); 

            			newLeafNode(otherlv_2, grammarAccess.getIndicatorMilestoneAccess().getValueKeyword_2());
            		
            // InternalItup.g:4378:3: ( (lv_value_3_0= ruleDecimal ) )
            // InternalItup.g:4379:4: (lv_value_3_0= ruleDecimal )
            {
            // InternalItup.g:4379:4: (lv_value_3_0= ruleDecimal )
            // InternalItup.g:4380:5: lv_value_3_0= ruleDecimal
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
    // InternalItup.g:4401:1: entryRuleIndicatorBound returns [EObject current=null] : iv_ruleIndicatorBound= ruleIndicatorBound EOF ;
    public final EObject entryRuleIndicatorBound() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleIndicatorBound = null;


        try {
            // InternalItup.g:4401:55: (iv_ruleIndicatorBound= ruleIndicatorBound EOF )
            // InternalItup.g:4402:2: iv_ruleIndicatorBound= ruleIndicatorBound EOF
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
    // InternalItup.g:4408:1: ruleIndicatorBound returns [EObject current=null] : ( (otherlv_0= 'at' ( ( ( (lv_kind_1_0= ruleLowerBound ) ) ( (lv_low_2_0= ruleDecimal ) ) ) | ( ( (lv_kind_3_0= ruleUpperBound ) ) ( (lv_high_4_0= ruleDecimal ) ) ) ) ) | ( ( (lv_kind_5_0= ruleRangeBound ) ) ( (lv_low_6_0= ruleDecimal ) ) otherlv_7= 'and' ( (lv_high_8_0= ruleDecimal ) ) ) ) ;
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
            // InternalItup.g:4414:2: ( ( (otherlv_0= 'at' ( ( ( (lv_kind_1_0= ruleLowerBound ) ) ( (lv_low_2_0= ruleDecimal ) ) ) | ( ( (lv_kind_3_0= ruleUpperBound ) ) ( (lv_high_4_0= ruleDecimal ) ) ) ) ) | ( ( (lv_kind_5_0= ruleRangeBound ) ) ( (lv_low_6_0= ruleDecimal ) ) otherlv_7= 'and' ( (lv_high_8_0= ruleDecimal ) ) ) ) )
            // InternalItup.g:4415:2: ( (otherlv_0= 'at' ( ( ( (lv_kind_1_0= ruleLowerBound ) ) ( (lv_low_2_0= ruleDecimal ) ) ) | ( ( (lv_kind_3_0= ruleUpperBound ) ) ( (lv_high_4_0= ruleDecimal ) ) ) ) ) | ( ( (lv_kind_5_0= ruleRangeBound ) ) ( (lv_low_6_0= ruleDecimal ) ) otherlv_7= 'and' ( (lv_high_8_0= ruleDecimal ) ) ) )
            {
            // InternalItup.g:4415:2: ( (otherlv_0= 'at' ( ( ( (lv_kind_1_0= ruleLowerBound ) ) ( (lv_low_2_0= ruleDecimal ) ) ) | ( ( (lv_kind_3_0= ruleUpperBound ) ) ( (lv_high_4_0= ruleDecimal ) ) ) ) ) | ( ( (lv_kind_5_0= ruleRangeBound ) ) ( (lv_low_6_0= ruleDecimal ) ) otherlv_7= 'and' ( (lv_high_8_0= ruleDecimal ) ) ) )
            int alt79=2;
            int LA79_0 = input.LA(1);

            if ( (LA79_0==80) ) {
                alt79=1;
            }
            else if ( (LA79_0==107) ) {
                alt79=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 79, 0, input);

                throw nvae;
            }
            switch (alt79) {
                case 1 :
                    // InternalItup.g:4416:3: (otherlv_0= 'at' ( ( ( (lv_kind_1_0= ruleLowerBound ) ) ( (lv_low_2_0= ruleDecimal ) ) ) | ( ( (lv_kind_3_0= ruleUpperBound ) ) ( (lv_high_4_0= ruleDecimal ) ) ) ) )
                    {
                    // InternalItup.g:4416:3: (otherlv_0= 'at' ( ( ( (lv_kind_1_0= ruleLowerBound ) ) ( (lv_low_2_0= ruleDecimal ) ) ) | ( ( (lv_kind_3_0= ruleUpperBound ) ) ( (lv_high_4_0= ruleDecimal ) ) ) ) )
                    // InternalItup.g:4417:4: otherlv_0= 'at' ( ( ( (lv_kind_1_0= ruleLowerBound ) ) ( (lv_low_2_0= ruleDecimal ) ) ) | ( ( (lv_kind_3_0= ruleUpperBound ) ) ( (lv_high_4_0= ruleDecimal ) ) ) )
                    {
                    otherlv_0=(Token)match(input,80,FOLLOW_79); 

                    				newLeafNode(otherlv_0, grammarAccess.getIndicatorBoundAccess().getAtKeyword_0_0());
                    			
                    // InternalItup.g:4421:4: ( ( ( (lv_kind_1_0= ruleLowerBound ) ) ( (lv_low_2_0= ruleDecimal ) ) ) | ( ( (lv_kind_3_0= ruleUpperBound ) ) ( (lv_high_4_0= ruleDecimal ) ) ) )
                    int alt78=2;
                    int LA78_0 = input.LA(1);

                    if ( (LA78_0==105) ) {
                        alt78=1;
                    }
                    else if ( (LA78_0==106) ) {
                        alt78=2;
                    }
                    else {
                        NoViableAltException nvae =
                            new NoViableAltException("", 78, 0, input);

                        throw nvae;
                    }
                    switch (alt78) {
                        case 1 :
                            // InternalItup.g:4422:5: ( ( (lv_kind_1_0= ruleLowerBound ) ) ( (lv_low_2_0= ruleDecimal ) ) )
                            {
                            // InternalItup.g:4422:5: ( ( (lv_kind_1_0= ruleLowerBound ) ) ( (lv_low_2_0= ruleDecimal ) ) )
                            // InternalItup.g:4423:6: ( (lv_kind_1_0= ruleLowerBound ) ) ( (lv_low_2_0= ruleDecimal ) )
                            {
                            // InternalItup.g:4423:6: ( (lv_kind_1_0= ruleLowerBound ) )
                            // InternalItup.g:4424:7: (lv_kind_1_0= ruleLowerBound )
                            {
                            // InternalItup.g:4424:7: (lv_kind_1_0= ruleLowerBound )
                            // InternalItup.g:4425:8: lv_kind_1_0= ruleLowerBound
                            {

                            								newCompositeNode(grammarAccess.getIndicatorBoundAccess().getKindLowerBoundEnumRuleCall_0_1_0_0_0());
                            							
                            pushFollow(FOLLOW_45);
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

                            // InternalItup.g:4442:6: ( (lv_low_2_0= ruleDecimal ) )
                            // InternalItup.g:4443:7: (lv_low_2_0= ruleDecimal )
                            {
                            // InternalItup.g:4443:7: (lv_low_2_0= ruleDecimal )
                            // InternalItup.g:4444:8: lv_low_2_0= ruleDecimal
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
                            // InternalItup.g:4463:5: ( ( (lv_kind_3_0= ruleUpperBound ) ) ( (lv_high_4_0= ruleDecimal ) ) )
                            {
                            // InternalItup.g:4463:5: ( ( (lv_kind_3_0= ruleUpperBound ) ) ( (lv_high_4_0= ruleDecimal ) ) )
                            // InternalItup.g:4464:6: ( (lv_kind_3_0= ruleUpperBound ) ) ( (lv_high_4_0= ruleDecimal ) )
                            {
                            // InternalItup.g:4464:6: ( (lv_kind_3_0= ruleUpperBound ) )
                            // InternalItup.g:4465:7: (lv_kind_3_0= ruleUpperBound )
                            {
                            // InternalItup.g:4465:7: (lv_kind_3_0= ruleUpperBound )
                            // InternalItup.g:4466:8: lv_kind_3_0= ruleUpperBound
                            {

                            								newCompositeNode(grammarAccess.getIndicatorBoundAccess().getKindUpperBoundEnumRuleCall_0_1_1_0_0());
                            							
                            pushFollow(FOLLOW_45);
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

                            // InternalItup.g:4483:6: ( (lv_high_4_0= ruleDecimal ) )
                            // InternalItup.g:4484:7: (lv_high_4_0= ruleDecimal )
                            {
                            // InternalItup.g:4484:7: (lv_high_4_0= ruleDecimal )
                            // InternalItup.g:4485:8: lv_high_4_0= ruleDecimal
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
                    // InternalItup.g:4506:3: ( ( (lv_kind_5_0= ruleRangeBound ) ) ( (lv_low_6_0= ruleDecimal ) ) otherlv_7= 'and' ( (lv_high_8_0= ruleDecimal ) ) )
                    {
                    // InternalItup.g:4506:3: ( ( (lv_kind_5_0= ruleRangeBound ) ) ( (lv_low_6_0= ruleDecimal ) ) otherlv_7= 'and' ( (lv_high_8_0= ruleDecimal ) ) )
                    // InternalItup.g:4507:4: ( (lv_kind_5_0= ruleRangeBound ) ) ( (lv_low_6_0= ruleDecimal ) ) otherlv_7= 'and' ( (lv_high_8_0= ruleDecimal ) )
                    {
                    // InternalItup.g:4507:4: ( (lv_kind_5_0= ruleRangeBound ) )
                    // InternalItup.g:4508:5: (lv_kind_5_0= ruleRangeBound )
                    {
                    // InternalItup.g:4508:5: (lv_kind_5_0= ruleRangeBound )
                    // InternalItup.g:4509:6: lv_kind_5_0= ruleRangeBound
                    {

                    						newCompositeNode(grammarAccess.getIndicatorBoundAccess().getKindRangeBoundEnumRuleCall_1_0_0());
                    					
                    pushFollow(FOLLOW_45);
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

                    // InternalItup.g:4526:4: ( (lv_low_6_0= ruleDecimal ) )
                    // InternalItup.g:4527:5: (lv_low_6_0= ruleDecimal )
                    {
                    // InternalItup.g:4527:5: (lv_low_6_0= ruleDecimal )
                    // InternalItup.g:4528:6: lv_low_6_0= ruleDecimal
                    {

                    						newCompositeNode(grammarAccess.getIndicatorBoundAccess().getLowDecimalParserRuleCall_1_1_0());
                    					
                    pushFollow(FOLLOW_80);
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

                    otherlv_7=(Token)match(input,81,FOLLOW_45); 

                    				newLeafNode(otherlv_7, grammarAccess.getIndicatorBoundAccess().getAndKeyword_1_2());
                    			
                    // InternalItup.g:4549:4: ( (lv_high_8_0= ruleDecimal ) )
                    // InternalItup.g:4550:5: (lv_high_8_0= ruleDecimal )
                    {
                    // InternalItup.g:4550:5: (lv_high_8_0= ruleDecimal )
                    // InternalItup.g:4551:6: lv_high_8_0= ruleDecimal
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
    // InternalItup.g:4573:1: entryRuleEnabler returns [EObject current=null] : iv_ruleEnabler= ruleEnabler EOF ;
    public final EObject entryRuleEnabler() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleEnabler = null;


        try {
            // InternalItup.g:4573:48: (iv_ruleEnabler= ruleEnabler EOF )
            // InternalItup.g:4574:2: iv_ruleEnabler= ruleEnabler EOF
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
    // InternalItup.g:4580:1: ruleEnabler returns [EObject current=null] : (otherlv_0= 'enabler' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'supports' ( ( (lv_supportsAll_5_0= 'all' ) ) | ( ( ( ruleCode ) ) (otherlv_7= ',' ( ( ruleCode ) ) )* ) ) )? ( (otherlv_9= 'activity' ( (lv_activities_10_0= RULE_STRING ) ) ) | (otherlv_11= 'contribution' ( (lv_contributions_12_0= RULE_STRING ) ) ) | (otherlv_13= 'result' ( (lv_results_14_0= RULE_STRING ) ) ) )* otherlv_15= '}' ) ;
    public final EObject ruleEnabler() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_title_2_0=null;
        Token otherlv_3=null;
        Token otherlv_4=null;
        Token lv_supportsAll_5_0=null;
        Token otherlv_7=null;
        Token otherlv_9=null;
        Token lv_activities_10_0=null;
        Token otherlv_11=null;
        Token lv_contributions_12_0=null;
        Token otherlv_13=null;
        Token lv_results_14_0=null;
        Token otherlv_15=null;
        AntlrDatatypeRuleToken lv_name_1_0 = null;



        	enterRule();

        try {
            // InternalItup.g:4586:2: ( (otherlv_0= 'enabler' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'supports' ( ( (lv_supportsAll_5_0= 'all' ) ) | ( ( ( ruleCode ) ) (otherlv_7= ',' ( ( ruleCode ) ) )* ) ) )? ( (otherlv_9= 'activity' ( (lv_activities_10_0= RULE_STRING ) ) ) | (otherlv_11= 'contribution' ( (lv_contributions_12_0= RULE_STRING ) ) ) | (otherlv_13= 'result' ( (lv_results_14_0= RULE_STRING ) ) ) )* otherlv_15= '}' ) )
            // InternalItup.g:4587:2: (otherlv_0= 'enabler' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'supports' ( ( (lv_supportsAll_5_0= 'all' ) ) | ( ( ( ruleCode ) ) (otherlv_7= ',' ( ( ruleCode ) ) )* ) ) )? ( (otherlv_9= 'activity' ( (lv_activities_10_0= RULE_STRING ) ) ) | (otherlv_11= 'contribution' ( (lv_contributions_12_0= RULE_STRING ) ) ) | (otherlv_13= 'result' ( (lv_results_14_0= RULE_STRING ) ) ) )* otherlv_15= '}' )
            {
            // InternalItup.g:4587:2: (otherlv_0= 'enabler' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'supports' ( ( (lv_supportsAll_5_0= 'all' ) ) | ( ( ( ruleCode ) ) (otherlv_7= ',' ( ( ruleCode ) ) )* ) ) )? ( (otherlv_9= 'activity' ( (lv_activities_10_0= RULE_STRING ) ) ) | (otherlv_11= 'contribution' ( (lv_contributions_12_0= RULE_STRING ) ) ) | (otherlv_13= 'result' ( (lv_results_14_0= RULE_STRING ) ) ) )* otherlv_15= '}' )
            // InternalItup.g:4588:3: otherlv_0= 'enabler' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'supports' ( ( (lv_supportsAll_5_0= 'all' ) ) | ( ( ( ruleCode ) ) (otherlv_7= ',' ( ( ruleCode ) ) )* ) ) )? ( (otherlv_9= 'activity' ( (lv_activities_10_0= RULE_STRING ) ) ) | (otherlv_11= 'contribution' ( (lv_contributions_12_0= RULE_STRING ) ) ) | (otherlv_13= 'result' ( (lv_results_14_0= RULE_STRING ) ) ) )* otherlv_15= '}'
            {
            otherlv_0=(Token)match(input,82,FOLLOW_17); 

            			newLeafNode(otherlv_0, grammarAccess.getEnablerAccess().getEnablerKeyword_0());
            		
            // InternalItup.g:4592:3: ( (lv_name_1_0= ruleCode ) )
            // InternalItup.g:4593:4: (lv_name_1_0= ruleCode )
            {
            // InternalItup.g:4593:4: (lv_name_1_0= ruleCode )
            // InternalItup.g:4594:5: lv_name_1_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getEnablerAccess().getNameCodeParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_51);
            lv_name_1_0=ruleCode();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getEnablerRule());
            					}
            					set(
            						current,
            						"name",
            						lv_name_1_0,
            						"org.itup.dsl.Itup.Code");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalItup.g:4611:3: ( (lv_title_2_0= RULE_STRING ) )?
            int alt80=2;
            int LA80_0 = input.LA(1);

            if ( (LA80_0==RULE_STRING) ) {
                alt80=1;
            }
            switch (alt80) {
                case 1 :
                    // InternalItup.g:4612:4: (lv_title_2_0= RULE_STRING )
                    {
                    // InternalItup.g:4612:4: (lv_title_2_0= RULE_STRING )
                    // InternalItup.g:4613:5: lv_title_2_0= RULE_STRING
                    {
                    lv_title_2_0=(Token)match(input,RULE_STRING,FOLLOW_23); 

                    					newLeafNode(lv_title_2_0, grammarAccess.getEnablerAccess().getTitleSTRINGTerminalRuleCall_2_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getEnablerRule());
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

            otherlv_3=(Token)match(input,27,FOLLOW_81); 

            			newLeafNode(otherlv_3, grammarAccess.getEnablerAccess().getLeftCurlyBracketKeyword_3());
            		
            // InternalItup.g:4633:3: (otherlv_4= 'supports' ( ( (lv_supportsAll_5_0= 'all' ) ) | ( ( ( ruleCode ) ) (otherlv_7= ',' ( ( ruleCode ) ) )* ) ) )?
            int alt83=2;
            int LA83_0 = input.LA(1);

            if ( (LA83_0==83) ) {
                alt83=1;
            }
            switch (alt83) {
                case 1 :
                    // InternalItup.g:4634:4: otherlv_4= 'supports' ( ( (lv_supportsAll_5_0= 'all' ) ) | ( ( ( ruleCode ) ) (otherlv_7= ',' ( ( ruleCode ) ) )* ) )
                    {
                    otherlv_4=(Token)match(input,83,FOLLOW_82); 

                    				newLeafNode(otherlv_4, grammarAccess.getEnablerAccess().getSupportsKeyword_4_0());
                    			
                    // InternalItup.g:4638:4: ( ( (lv_supportsAll_5_0= 'all' ) ) | ( ( ( ruleCode ) ) (otherlv_7= ',' ( ( ruleCode ) ) )* ) )
                    int alt82=2;
                    int LA82_0 = input.LA(1);

                    if ( (LA82_0==84) ) {
                        alt82=1;
                    }
                    else if ( ((LA82_0>=RULE_ID && LA82_0<=RULE_INT)) ) {
                        alt82=2;
                    }
                    else {
                        NoViableAltException nvae =
                            new NoViableAltException("", 82, 0, input);

                        throw nvae;
                    }
                    switch (alt82) {
                        case 1 :
                            // InternalItup.g:4639:5: ( (lv_supportsAll_5_0= 'all' ) )
                            {
                            // InternalItup.g:4639:5: ( (lv_supportsAll_5_0= 'all' ) )
                            // InternalItup.g:4640:6: (lv_supportsAll_5_0= 'all' )
                            {
                            // InternalItup.g:4640:6: (lv_supportsAll_5_0= 'all' )
                            // InternalItup.g:4641:7: lv_supportsAll_5_0= 'all'
                            {
                            lv_supportsAll_5_0=(Token)match(input,84,FOLLOW_83); 

                            							newLeafNode(lv_supportsAll_5_0, grammarAccess.getEnablerAccess().getSupportsAllAllKeyword_4_1_0_0());
                            						

                            							if (current==null) {
                            								current = createModelElement(grammarAccess.getEnablerRule());
                            							}
                            							setWithLastConsumed(current, "supportsAll", lv_supportsAll_5_0 != null, "all");
                            						

                            }


                            }


                            }
                            break;
                        case 2 :
                            // InternalItup.g:4654:5: ( ( ( ruleCode ) ) (otherlv_7= ',' ( ( ruleCode ) ) )* )
                            {
                            // InternalItup.g:4654:5: ( ( ( ruleCode ) ) (otherlv_7= ',' ( ( ruleCode ) ) )* )
                            // InternalItup.g:4655:6: ( ( ruleCode ) ) (otherlv_7= ',' ( ( ruleCode ) ) )*
                            {
                            // InternalItup.g:4655:6: ( ( ruleCode ) )
                            // InternalItup.g:4656:7: ( ruleCode )
                            {
                            // InternalItup.g:4656:7: ( ruleCode )
                            // InternalItup.g:4657:8: ruleCode
                            {

                            								if (current==null) {
                            									current = createModelElement(grammarAccess.getEnablerRule());
                            								}
                            							

                            								newCompositeNode(grammarAccess.getEnablerAccess().getSupportedObjectivesObjectiveCrossReference_4_1_1_0_0());
                            							
                            pushFollow(FOLLOW_84);
                            ruleCode();

                            state._fsp--;


                            								afterParserOrEnumRuleCall();
                            							

                            }


                            }

                            // InternalItup.g:4671:6: (otherlv_7= ',' ( ( ruleCode ) ) )*
                            loop81:
                            do {
                                int alt81=2;
                                int LA81_0 = input.LA(1);

                                if ( (LA81_0==18) ) {
                                    alt81=1;
                                }


                                switch (alt81) {
                            	case 1 :
                            	    // InternalItup.g:4672:7: otherlv_7= ',' ( ( ruleCode ) )
                            	    {
                            	    otherlv_7=(Token)match(input,18,FOLLOW_17); 

                            	    							newLeafNode(otherlv_7, grammarAccess.getEnablerAccess().getCommaKeyword_4_1_1_1_0());
                            	    						
                            	    // InternalItup.g:4676:7: ( ( ruleCode ) )
                            	    // InternalItup.g:4677:8: ( ruleCode )
                            	    {
                            	    // InternalItup.g:4677:8: ( ruleCode )
                            	    // InternalItup.g:4678:9: ruleCode
                            	    {

                            	    									if (current==null) {
                            	    										current = createModelElement(grammarAccess.getEnablerRule());
                            	    									}
                            	    								

                            	    									newCompositeNode(grammarAccess.getEnablerAccess().getSupportedObjectivesObjectiveCrossReference_4_1_1_1_1_0());
                            	    								
                            	    pushFollow(FOLLOW_84);
                            	    ruleCode();

                            	    state._fsp--;


                            	    									afterParserOrEnumRuleCall();
                            	    								

                            	    }


                            	    }


                            	    }
                            	    break;

                            	default :
                            	    break loop81;
                                }
                            } while (true);


                            }


                            }
                            break;

                    }


                    }
                    break;

            }

            // InternalItup.g:4696:3: ( (otherlv_9= 'activity' ( (lv_activities_10_0= RULE_STRING ) ) ) | (otherlv_11= 'contribution' ( (lv_contributions_12_0= RULE_STRING ) ) ) | (otherlv_13= 'result' ( (lv_results_14_0= RULE_STRING ) ) ) )*
            loop84:
            do {
                int alt84=4;
                switch ( input.LA(1) ) {
                case 41:
                    {
                    alt84=1;
                    }
                    break;
                case 85:
                    {
                    alt84=2;
                    }
                    break;
                case 86:
                    {
                    alt84=3;
                    }
                    break;

                }

                switch (alt84) {
            	case 1 :
            	    // InternalItup.g:4697:4: (otherlv_9= 'activity' ( (lv_activities_10_0= RULE_STRING ) ) )
            	    {
            	    // InternalItup.g:4697:4: (otherlv_9= 'activity' ( (lv_activities_10_0= RULE_STRING ) ) )
            	    // InternalItup.g:4698:5: otherlv_9= 'activity' ( (lv_activities_10_0= RULE_STRING ) )
            	    {
            	    otherlv_9=(Token)match(input,41,FOLLOW_10); 

            	    					newLeafNode(otherlv_9, grammarAccess.getEnablerAccess().getActivityKeyword_5_0_0());
            	    				
            	    // InternalItup.g:4702:5: ( (lv_activities_10_0= RULE_STRING ) )
            	    // InternalItup.g:4703:6: (lv_activities_10_0= RULE_STRING )
            	    {
            	    // InternalItup.g:4703:6: (lv_activities_10_0= RULE_STRING )
            	    // InternalItup.g:4704:7: lv_activities_10_0= RULE_STRING
            	    {
            	    lv_activities_10_0=(Token)match(input,RULE_STRING,FOLLOW_83); 

            	    							newLeafNode(lv_activities_10_0, grammarAccess.getEnablerAccess().getActivitiesSTRINGTerminalRuleCall_5_0_1_0());
            	    						

            	    							if (current==null) {
            	    								current = createModelElement(grammarAccess.getEnablerRule());
            	    							}
            	    							addWithLastConsumed(
            	    								current,
            	    								"activities",
            	    								lv_activities_10_0,
            	    								"org.eclipse.xtext.common.Terminals.STRING");
            	    						

            	    }


            	    }


            	    }


            	    }
            	    break;
            	case 2 :
            	    // InternalItup.g:4722:4: (otherlv_11= 'contribution' ( (lv_contributions_12_0= RULE_STRING ) ) )
            	    {
            	    // InternalItup.g:4722:4: (otherlv_11= 'contribution' ( (lv_contributions_12_0= RULE_STRING ) ) )
            	    // InternalItup.g:4723:5: otherlv_11= 'contribution' ( (lv_contributions_12_0= RULE_STRING ) )
            	    {
            	    otherlv_11=(Token)match(input,85,FOLLOW_10); 

            	    					newLeafNode(otherlv_11, grammarAccess.getEnablerAccess().getContributionKeyword_5_1_0());
            	    				
            	    // InternalItup.g:4727:5: ( (lv_contributions_12_0= RULE_STRING ) )
            	    // InternalItup.g:4728:6: (lv_contributions_12_0= RULE_STRING )
            	    {
            	    // InternalItup.g:4728:6: (lv_contributions_12_0= RULE_STRING )
            	    // InternalItup.g:4729:7: lv_contributions_12_0= RULE_STRING
            	    {
            	    lv_contributions_12_0=(Token)match(input,RULE_STRING,FOLLOW_83); 

            	    							newLeafNode(lv_contributions_12_0, grammarAccess.getEnablerAccess().getContributionsSTRINGTerminalRuleCall_5_1_1_0());
            	    						

            	    							if (current==null) {
            	    								current = createModelElement(grammarAccess.getEnablerRule());
            	    							}
            	    							addWithLastConsumed(
            	    								current,
            	    								"contributions",
            	    								lv_contributions_12_0,
            	    								"org.eclipse.xtext.common.Terminals.STRING");
            	    						

            	    }


            	    }


            	    }


            	    }
            	    break;
            	case 3 :
            	    // InternalItup.g:4747:4: (otherlv_13= 'result' ( (lv_results_14_0= RULE_STRING ) ) )
            	    {
            	    // InternalItup.g:4747:4: (otherlv_13= 'result' ( (lv_results_14_0= RULE_STRING ) ) )
            	    // InternalItup.g:4748:5: otherlv_13= 'result' ( (lv_results_14_0= RULE_STRING ) )
            	    {
            	    otherlv_13=(Token)match(input,86,FOLLOW_10); 

            	    					newLeafNode(otherlv_13, grammarAccess.getEnablerAccess().getResultKeyword_5_2_0());
            	    				
            	    // InternalItup.g:4752:5: ( (lv_results_14_0= RULE_STRING ) )
            	    // InternalItup.g:4753:6: (lv_results_14_0= RULE_STRING )
            	    {
            	    // InternalItup.g:4753:6: (lv_results_14_0= RULE_STRING )
            	    // InternalItup.g:4754:7: lv_results_14_0= RULE_STRING
            	    {
            	    lv_results_14_0=(Token)match(input,RULE_STRING,FOLLOW_83); 

            	    							newLeafNode(lv_results_14_0, grammarAccess.getEnablerAccess().getResultsSTRINGTerminalRuleCall_5_2_1_0());
            	    						

            	    							if (current==null) {
            	    								current = createModelElement(grammarAccess.getEnablerRule());
            	    							}
            	    							addWithLastConsumed(
            	    								current,
            	    								"results",
            	    								lv_results_14_0,
            	    								"org.eclipse.xtext.common.Terminals.STRING");
            	    						

            	    }


            	    }


            	    }


            	    }
            	    break;

            	default :
            	    break loop84;
                }
            } while (true);

            otherlv_15=(Token)match(input,28,FOLLOW_2); 

            			newLeafNode(otherlv_15, grammarAccess.getEnablerAccess().getRightCurlyBracketKeyword_6());
            		

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
    // InternalItup.g:4780:1: entryRuleStrategicRisk returns [EObject current=null] : iv_ruleStrategicRisk= ruleStrategicRisk EOF ;
    public final EObject entryRuleStrategicRisk() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleStrategicRisk = null;


        try {
            // InternalItup.g:4780:54: (iv_ruleStrategicRisk= ruleStrategicRisk EOF )
            // InternalItup.g:4781:2: iv_ruleStrategicRisk= ruleStrategicRisk EOF
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
    // InternalItup.g:4787:1: ruleStrategicRisk returns [EObject current=null] : (otherlv_0= 'risk' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'likelihood' ( (lv_likelihood_6_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'impact' ( (lv_impact_8_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'owner' ( (lv_owner_10_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) (otherlv_11= 'aspect' ( (lv_aspects_12_0= RULE_STRING ) ) )* ( (lv_mitigations_13_0= ruleMitigation ) )* otherlv_14= '}' ) ;
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
            // InternalItup.g:4793:2: ( (otherlv_0= 'risk' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'likelihood' ( (lv_likelihood_6_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'impact' ( (lv_impact_8_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'owner' ( (lv_owner_10_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) (otherlv_11= 'aspect' ( (lv_aspects_12_0= RULE_STRING ) ) )* ( (lv_mitigations_13_0= ruleMitigation ) )* otherlv_14= '}' ) )
            // InternalItup.g:4794:2: (otherlv_0= 'risk' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'likelihood' ( (lv_likelihood_6_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'impact' ( (lv_impact_8_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'owner' ( (lv_owner_10_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) (otherlv_11= 'aspect' ( (lv_aspects_12_0= RULE_STRING ) ) )* ( (lv_mitigations_13_0= ruleMitigation ) )* otherlv_14= '}' )
            {
            // InternalItup.g:4794:2: (otherlv_0= 'risk' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'likelihood' ( (lv_likelihood_6_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'impact' ( (lv_impact_8_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'owner' ( (lv_owner_10_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) (otherlv_11= 'aspect' ( (lv_aspects_12_0= RULE_STRING ) ) )* ( (lv_mitigations_13_0= ruleMitigation ) )* otherlv_14= '}' )
            // InternalItup.g:4795:3: otherlv_0= 'risk' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'likelihood' ( (lv_likelihood_6_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'impact' ( (lv_impact_8_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'owner' ( (lv_owner_10_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) (otherlv_11= 'aspect' ( (lv_aspects_12_0= RULE_STRING ) ) )* ( (lv_mitigations_13_0= ruleMitigation ) )* otherlv_14= '}'
            {
            otherlv_0=(Token)match(input,21,FOLLOW_17); 

            			newLeafNode(otherlv_0, grammarAccess.getStrategicRiskAccess().getRiskKeyword_0());
            		
            // InternalItup.g:4799:3: ( (lv_name_1_0= ruleCode ) )
            // InternalItup.g:4800:4: (lv_name_1_0= ruleCode )
            {
            // InternalItup.g:4800:4: (lv_name_1_0= ruleCode )
            // InternalItup.g:4801:5: lv_name_1_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getStrategicRiskAccess().getNameCodeParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_51);
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

            // InternalItup.g:4818:3: ( (lv_title_2_0= RULE_STRING ) )?
            int alt85=2;
            int LA85_0 = input.LA(1);

            if ( (LA85_0==RULE_STRING) ) {
                alt85=1;
            }
            switch (alt85) {
                case 1 :
                    // InternalItup.g:4819:4: (lv_title_2_0= RULE_STRING )
                    {
                    // InternalItup.g:4819:4: (lv_title_2_0= RULE_STRING )
                    // InternalItup.g:4820:5: lv_title_2_0= RULE_STRING
                    {
                    lv_title_2_0=(Token)match(input,RULE_STRING,FOLLOW_23); 

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

            otherlv_3=(Token)match(input,27,FOLLOW_85); 

            			newLeafNode(otherlv_3, grammarAccess.getStrategicRiskAccess().getLeftCurlyBracketKeyword_3());
            		
            // InternalItup.g:4840:3: ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'likelihood' ( (lv_likelihood_6_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'impact' ( (lv_impact_8_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'owner' ( (lv_owner_10_0= RULE_STRING ) ) ) ) ) ) )* ) ) )
            // InternalItup.g:4841:4: ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'likelihood' ( (lv_likelihood_6_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'impact' ( (lv_impact_8_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'owner' ( (lv_owner_10_0= RULE_STRING ) ) ) ) ) ) )* ) )
            {
            // InternalItup.g:4841:4: ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'likelihood' ( (lv_likelihood_6_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'impact' ( (lv_impact_8_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'owner' ( (lv_owner_10_0= RULE_STRING ) ) ) ) ) ) )* ) )
            // InternalItup.g:4842:5: ( ( ({...}? => ( ({...}? => (otherlv_5= 'likelihood' ( (lv_likelihood_6_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'impact' ( (lv_impact_8_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'owner' ( (lv_owner_10_0= RULE_STRING ) ) ) ) ) ) )* )
            {
             
            				  getUnorderedGroupHelper().enter(grammarAccess.getStrategicRiskAccess().getUnorderedGroup_4());
            				
            // InternalItup.g:4845:5: ( ( ({...}? => ( ({...}? => (otherlv_5= 'likelihood' ( (lv_likelihood_6_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'impact' ( (lv_impact_8_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'owner' ( (lv_owner_10_0= RULE_STRING ) ) ) ) ) ) )* )
            // InternalItup.g:4846:6: ( ({...}? => ( ({...}? => (otherlv_5= 'likelihood' ( (lv_likelihood_6_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'impact' ( (lv_impact_8_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'owner' ( (lv_owner_10_0= RULE_STRING ) ) ) ) ) ) )*
            {
            // InternalItup.g:4846:6: ( ({...}? => ( ({...}? => (otherlv_5= 'likelihood' ( (lv_likelihood_6_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'impact' ( (lv_impact_8_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'owner' ( (lv_owner_10_0= RULE_STRING ) ) ) ) ) ) )*
            loop86:
            do {
                int alt86=4;
                int LA86_0 = input.LA(1);

                if ( LA86_0 == 87 && getUnorderedGroupHelper().canSelect(grammarAccess.getStrategicRiskAccess().getUnorderedGroup_4(), 0) ) {
                    alt86=1;
                }
                else if ( LA86_0 == 88 && getUnorderedGroupHelper().canSelect(grammarAccess.getStrategicRiskAccess().getUnorderedGroup_4(), 1) ) {
                    alt86=2;
                }
                else if ( LA86_0 == 89 && getUnorderedGroupHelper().canSelect(grammarAccess.getStrategicRiskAccess().getUnorderedGroup_4(), 2) ) {
                    alt86=3;
                }


                switch (alt86) {
            	case 1 :
            	    // InternalItup.g:4847:4: ({...}? => ( ({...}? => (otherlv_5= 'likelihood' ( (lv_likelihood_6_0= ruleCode ) ) ) ) ) )
            	    {
            	    // InternalItup.g:4847:4: ({...}? => ( ({...}? => (otherlv_5= 'likelihood' ( (lv_likelihood_6_0= ruleCode ) ) ) ) ) )
            	    // InternalItup.g:4848:5: {...}? => ( ({...}? => (otherlv_5= 'likelihood' ( (lv_likelihood_6_0= ruleCode ) ) ) ) )
            	    {
            	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getStrategicRiskAccess().getUnorderedGroup_4(), 0) ) {
            	        throw new FailedPredicateException(input, "ruleStrategicRisk", "getUnorderedGroupHelper().canSelect(grammarAccess.getStrategicRiskAccess().getUnorderedGroup_4(), 0)");
            	    }
            	    // InternalItup.g:4848:110: ( ({...}? => (otherlv_5= 'likelihood' ( (lv_likelihood_6_0= ruleCode ) ) ) ) )
            	    // InternalItup.g:4849:6: ({...}? => (otherlv_5= 'likelihood' ( (lv_likelihood_6_0= ruleCode ) ) ) )
            	    {

            	    						getUnorderedGroupHelper().select(grammarAccess.getStrategicRiskAccess().getUnorderedGroup_4(), 0);
            	    					
            	    // InternalItup.g:4852:9: ({...}? => (otherlv_5= 'likelihood' ( (lv_likelihood_6_0= ruleCode ) ) ) )
            	    // InternalItup.g:4852:10: {...}? => (otherlv_5= 'likelihood' ( (lv_likelihood_6_0= ruleCode ) ) )
            	    {
            	    if ( !((true)) ) {
            	        throw new FailedPredicateException(input, "ruleStrategicRisk", "true");
            	    }
            	    // InternalItup.g:4852:19: (otherlv_5= 'likelihood' ( (lv_likelihood_6_0= ruleCode ) ) )
            	    // InternalItup.g:4852:20: otherlv_5= 'likelihood' ( (lv_likelihood_6_0= ruleCode ) )
            	    {
            	    otherlv_5=(Token)match(input,87,FOLLOW_17); 

            	    									newLeafNode(otherlv_5, grammarAccess.getStrategicRiskAccess().getLikelihoodKeyword_4_0_0());
            	    								
            	    // InternalItup.g:4856:9: ( (lv_likelihood_6_0= ruleCode ) )
            	    // InternalItup.g:4857:10: (lv_likelihood_6_0= ruleCode )
            	    {
            	    // InternalItup.g:4857:10: (lv_likelihood_6_0= ruleCode )
            	    // InternalItup.g:4858:11: lv_likelihood_6_0= ruleCode
            	    {

            	    											newCompositeNode(grammarAccess.getStrategicRiskAccess().getLikelihoodCodeParserRuleCall_4_0_1_0());
            	    										
            	    pushFollow(FOLLOW_85);
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
            	    // InternalItup.g:4881:4: ({...}? => ( ({...}? => (otherlv_7= 'impact' ( (lv_impact_8_0= ruleCode ) ) ) ) ) )
            	    {
            	    // InternalItup.g:4881:4: ({...}? => ( ({...}? => (otherlv_7= 'impact' ( (lv_impact_8_0= ruleCode ) ) ) ) ) )
            	    // InternalItup.g:4882:5: {...}? => ( ({...}? => (otherlv_7= 'impact' ( (lv_impact_8_0= ruleCode ) ) ) ) )
            	    {
            	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getStrategicRiskAccess().getUnorderedGroup_4(), 1) ) {
            	        throw new FailedPredicateException(input, "ruleStrategicRisk", "getUnorderedGroupHelper().canSelect(grammarAccess.getStrategicRiskAccess().getUnorderedGroup_4(), 1)");
            	    }
            	    // InternalItup.g:4882:110: ( ({...}? => (otherlv_7= 'impact' ( (lv_impact_8_0= ruleCode ) ) ) ) )
            	    // InternalItup.g:4883:6: ({...}? => (otherlv_7= 'impact' ( (lv_impact_8_0= ruleCode ) ) ) )
            	    {

            	    						getUnorderedGroupHelper().select(grammarAccess.getStrategicRiskAccess().getUnorderedGroup_4(), 1);
            	    					
            	    // InternalItup.g:4886:9: ({...}? => (otherlv_7= 'impact' ( (lv_impact_8_0= ruleCode ) ) ) )
            	    // InternalItup.g:4886:10: {...}? => (otherlv_7= 'impact' ( (lv_impact_8_0= ruleCode ) ) )
            	    {
            	    if ( !((true)) ) {
            	        throw new FailedPredicateException(input, "ruleStrategicRisk", "true");
            	    }
            	    // InternalItup.g:4886:19: (otherlv_7= 'impact' ( (lv_impact_8_0= ruleCode ) ) )
            	    // InternalItup.g:4886:20: otherlv_7= 'impact' ( (lv_impact_8_0= ruleCode ) )
            	    {
            	    otherlv_7=(Token)match(input,88,FOLLOW_17); 

            	    									newLeafNode(otherlv_7, grammarAccess.getStrategicRiskAccess().getImpactKeyword_4_1_0());
            	    								
            	    // InternalItup.g:4890:9: ( (lv_impact_8_0= ruleCode ) )
            	    // InternalItup.g:4891:10: (lv_impact_8_0= ruleCode )
            	    {
            	    // InternalItup.g:4891:10: (lv_impact_8_0= ruleCode )
            	    // InternalItup.g:4892:11: lv_impact_8_0= ruleCode
            	    {

            	    											newCompositeNode(grammarAccess.getStrategicRiskAccess().getImpactCodeParserRuleCall_4_1_1_0());
            	    										
            	    pushFollow(FOLLOW_85);
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
            	    // InternalItup.g:4915:4: ({...}? => ( ({...}? => (otherlv_9= 'owner' ( (lv_owner_10_0= RULE_STRING ) ) ) ) ) )
            	    {
            	    // InternalItup.g:4915:4: ({...}? => ( ({...}? => (otherlv_9= 'owner' ( (lv_owner_10_0= RULE_STRING ) ) ) ) ) )
            	    // InternalItup.g:4916:5: {...}? => ( ({...}? => (otherlv_9= 'owner' ( (lv_owner_10_0= RULE_STRING ) ) ) ) )
            	    {
            	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getStrategicRiskAccess().getUnorderedGroup_4(), 2) ) {
            	        throw new FailedPredicateException(input, "ruleStrategicRisk", "getUnorderedGroupHelper().canSelect(grammarAccess.getStrategicRiskAccess().getUnorderedGroup_4(), 2)");
            	    }
            	    // InternalItup.g:4916:110: ( ({...}? => (otherlv_9= 'owner' ( (lv_owner_10_0= RULE_STRING ) ) ) ) )
            	    // InternalItup.g:4917:6: ({...}? => (otherlv_9= 'owner' ( (lv_owner_10_0= RULE_STRING ) ) ) )
            	    {

            	    						getUnorderedGroupHelper().select(grammarAccess.getStrategicRiskAccess().getUnorderedGroup_4(), 2);
            	    					
            	    // InternalItup.g:4920:9: ({...}? => (otherlv_9= 'owner' ( (lv_owner_10_0= RULE_STRING ) ) ) )
            	    // InternalItup.g:4920:10: {...}? => (otherlv_9= 'owner' ( (lv_owner_10_0= RULE_STRING ) ) )
            	    {
            	    if ( !((true)) ) {
            	        throw new FailedPredicateException(input, "ruleStrategicRisk", "true");
            	    }
            	    // InternalItup.g:4920:19: (otherlv_9= 'owner' ( (lv_owner_10_0= RULE_STRING ) ) )
            	    // InternalItup.g:4920:20: otherlv_9= 'owner' ( (lv_owner_10_0= RULE_STRING ) )
            	    {
            	    otherlv_9=(Token)match(input,89,FOLLOW_10); 

            	    									newLeafNode(otherlv_9, grammarAccess.getStrategicRiskAccess().getOwnerKeyword_4_2_0());
            	    								
            	    // InternalItup.g:4924:9: ( (lv_owner_10_0= RULE_STRING ) )
            	    // InternalItup.g:4925:10: (lv_owner_10_0= RULE_STRING )
            	    {
            	    // InternalItup.g:4925:10: (lv_owner_10_0= RULE_STRING )
            	    // InternalItup.g:4926:11: lv_owner_10_0= RULE_STRING
            	    {
            	    lv_owner_10_0=(Token)match(input,RULE_STRING,FOLLOW_85); 

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
            	    break loop86;
                }
            } while (true);


            }


            }

             
            				  getUnorderedGroupHelper().leave(grammarAccess.getStrategicRiskAccess().getUnorderedGroup_4());
            				

            }

            // InternalItup.g:4955:3: (otherlv_11= 'aspect' ( (lv_aspects_12_0= RULE_STRING ) ) )*
            loop87:
            do {
                int alt87=2;
                int LA87_0 = input.LA(1);

                if ( (LA87_0==90) ) {
                    alt87=1;
                }


                switch (alt87) {
            	case 1 :
            	    // InternalItup.g:4956:4: otherlv_11= 'aspect' ( (lv_aspects_12_0= RULE_STRING ) )
            	    {
            	    otherlv_11=(Token)match(input,90,FOLLOW_10); 

            	    				newLeafNode(otherlv_11, grammarAccess.getStrategicRiskAccess().getAspectKeyword_5_0());
            	    			
            	    // InternalItup.g:4960:4: ( (lv_aspects_12_0= RULE_STRING ) )
            	    // InternalItup.g:4961:5: (lv_aspects_12_0= RULE_STRING )
            	    {
            	    // InternalItup.g:4961:5: (lv_aspects_12_0= RULE_STRING )
            	    // InternalItup.g:4962:6: lv_aspects_12_0= RULE_STRING
            	    {
            	    lv_aspects_12_0=(Token)match(input,RULE_STRING,FOLLOW_86); 

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
            	    break loop87;
                }
            } while (true);

            // InternalItup.g:4979:3: ( (lv_mitigations_13_0= ruleMitigation ) )*
            loop88:
            do {
                int alt88=2;
                int LA88_0 = input.LA(1);

                if ( (LA88_0==91) ) {
                    alt88=1;
                }


                switch (alt88) {
            	case 1 :
            	    // InternalItup.g:4980:4: (lv_mitigations_13_0= ruleMitigation )
            	    {
            	    // InternalItup.g:4980:4: (lv_mitigations_13_0= ruleMitigation )
            	    // InternalItup.g:4981:5: lv_mitigations_13_0= ruleMitigation
            	    {

            	    					newCompositeNode(grammarAccess.getStrategicRiskAccess().getMitigationsMitigationParserRuleCall_6_0());
            	    				
            	    pushFollow(FOLLOW_87);
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
            	    break loop88;
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
    // InternalItup.g:5006:1: entryRuleMitigation returns [EObject current=null] : iv_ruleMitigation= ruleMitigation EOF ;
    public final EObject entryRuleMitigation() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleMitigation = null;


        try {
            // InternalItup.g:5006:51: (iv_ruleMitigation= ruleMitigation EOF )
            // InternalItup.g:5007:2: iv_ruleMitigation= ruleMitigation EOF
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
    // InternalItup.g:5013:1: ruleMitigation returns [EObject current=null] : (otherlv_0= 'mitigation' ( (lv_treatment_1_0= ruleRiskTreatment ) )? ( (lv_statement_2_0= RULE_STRING ) ) ) ;
    public final EObject ruleMitigation() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_statement_2_0=null;
        Enumerator lv_treatment_1_0 = null;



        	enterRule();

        try {
            // InternalItup.g:5019:2: ( (otherlv_0= 'mitigation' ( (lv_treatment_1_0= ruleRiskTreatment ) )? ( (lv_statement_2_0= RULE_STRING ) ) ) )
            // InternalItup.g:5020:2: (otherlv_0= 'mitigation' ( (lv_treatment_1_0= ruleRiskTreatment ) )? ( (lv_statement_2_0= RULE_STRING ) ) )
            {
            // InternalItup.g:5020:2: (otherlv_0= 'mitigation' ( (lv_treatment_1_0= ruleRiskTreatment ) )? ( (lv_statement_2_0= RULE_STRING ) ) )
            // InternalItup.g:5021:3: otherlv_0= 'mitigation' ( (lv_treatment_1_0= ruleRiskTreatment ) )? ( (lv_statement_2_0= RULE_STRING ) )
            {
            otherlv_0=(Token)match(input,91,FOLLOW_88); 

            			newLeafNode(otherlv_0, grammarAccess.getMitigationAccess().getMitigationKeyword_0());
            		
            // InternalItup.g:5025:3: ( (lv_treatment_1_0= ruleRiskTreatment ) )?
            int alt89=2;
            int LA89_0 = input.LA(1);

            if ( ((LA89_0>=112 && LA89_0<=115)) ) {
                alt89=1;
            }
            switch (alt89) {
                case 1 :
                    // InternalItup.g:5026:4: (lv_treatment_1_0= ruleRiskTreatment )
                    {
                    // InternalItup.g:5026:4: (lv_treatment_1_0= ruleRiskTreatment )
                    // InternalItup.g:5027:5: lv_treatment_1_0= ruleRiskTreatment
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

            // InternalItup.g:5044:3: ( (lv_statement_2_0= RULE_STRING ) )
            // InternalItup.g:5045:4: (lv_statement_2_0= RULE_STRING )
            {
            // InternalItup.g:5045:4: (lv_statement_2_0= RULE_STRING )
            // InternalItup.g:5046:5: lv_statement_2_0= RULE_STRING
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
    // InternalItup.g:5066:1: entryRuleSwotItem returns [EObject current=null] : iv_ruleSwotItem= ruleSwotItem EOF ;
    public final EObject entryRuleSwotItem() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleSwotItem = null;


        try {
            // InternalItup.g:5066:49: (iv_ruleSwotItem= ruleSwotItem EOF )
            // InternalItup.g:5067:2: iv_ruleSwotItem= ruleSwotItem EOF
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
    // InternalItup.g:5073:1: ruleSwotItem returns [EObject current=null] : ( ( (lv_kind_0_0= ruleSwotKind ) ) ( (lv_statement_1_0= RULE_STRING ) ) ) ;
    public final EObject ruleSwotItem() throws RecognitionException {
        EObject current = null;

        Token lv_statement_1_0=null;
        Enumerator lv_kind_0_0 = null;



        	enterRule();

        try {
            // InternalItup.g:5079:2: ( ( ( (lv_kind_0_0= ruleSwotKind ) ) ( (lv_statement_1_0= RULE_STRING ) ) ) )
            // InternalItup.g:5080:2: ( ( (lv_kind_0_0= ruleSwotKind ) ) ( (lv_statement_1_0= RULE_STRING ) ) )
            {
            // InternalItup.g:5080:2: ( ( (lv_kind_0_0= ruleSwotKind ) ) ( (lv_statement_1_0= RULE_STRING ) ) )
            // InternalItup.g:5081:3: ( (lv_kind_0_0= ruleSwotKind ) ) ( (lv_statement_1_0= RULE_STRING ) )
            {
            // InternalItup.g:5081:3: ( (lv_kind_0_0= ruleSwotKind ) )
            // InternalItup.g:5082:4: (lv_kind_0_0= ruleSwotKind )
            {
            // InternalItup.g:5082:4: (lv_kind_0_0= ruleSwotKind )
            // InternalItup.g:5083:5: lv_kind_0_0= ruleSwotKind
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

            // InternalItup.g:5100:3: ( (lv_statement_1_0= RULE_STRING ) )
            // InternalItup.g:5101:4: (lv_statement_1_0= RULE_STRING )
            {
            // InternalItup.g:5101:4: (lv_statement_1_0= RULE_STRING )
            // InternalItup.g:5102:5: lv_statement_1_0= RULE_STRING
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
    // InternalItup.g:5122:1: entryRuleImplementationCriterion returns [EObject current=null] : iv_ruleImplementationCriterion= ruleImplementationCriterion EOF ;
    public final EObject entryRuleImplementationCriterion() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleImplementationCriterion = null;


        try {
            // InternalItup.g:5122:64: (iv_ruleImplementationCriterion= ruleImplementationCriterion EOF )
            // InternalItup.g:5123:2: iv_ruleImplementationCriterion= ruleImplementationCriterion EOF
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
    // InternalItup.g:5129:1: ruleImplementationCriterion returns [EObject current=null] : (otherlv_0= 'criterion' ( (lv_title_1_0= RULE_STRING ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( (lv_criteria_4_0= ruleImplementationCriterion ) )* otherlv_5= '}' )? ) ;
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
            // InternalItup.g:5135:2: ( (otherlv_0= 'criterion' ( (lv_title_1_0= RULE_STRING ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( (lv_criteria_4_0= ruleImplementationCriterion ) )* otherlv_5= '}' )? ) )
            // InternalItup.g:5136:2: (otherlv_0= 'criterion' ( (lv_title_1_0= RULE_STRING ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( (lv_criteria_4_0= ruleImplementationCriterion ) )* otherlv_5= '}' )? )
            {
            // InternalItup.g:5136:2: (otherlv_0= 'criterion' ( (lv_title_1_0= RULE_STRING ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( (lv_criteria_4_0= ruleImplementationCriterion ) )* otherlv_5= '}' )? )
            // InternalItup.g:5137:3: otherlv_0= 'criterion' ( (lv_title_1_0= RULE_STRING ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( (lv_criteria_4_0= ruleImplementationCriterion ) )* otherlv_5= '}' )?
            {
            otherlv_0=(Token)match(input,92,FOLLOW_10); 

            			newLeafNode(otherlv_0, grammarAccess.getImplementationCriterionAccess().getCriterionKeyword_0());
            		
            // InternalItup.g:5141:3: ( (lv_title_1_0= RULE_STRING ) )
            // InternalItup.g:5142:4: (lv_title_1_0= RULE_STRING )
            {
            // InternalItup.g:5142:4: (lv_title_1_0= RULE_STRING )
            // InternalItup.g:5143:5: lv_title_1_0= RULE_STRING
            {
            lv_title_1_0=(Token)match(input,RULE_STRING,FOLLOW_57); 

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

            // InternalItup.g:5159:3: ( (lv_statement_2_0= RULE_STRING ) )?
            int alt90=2;
            int LA90_0 = input.LA(1);

            if ( (LA90_0==RULE_STRING) ) {
                alt90=1;
            }
            switch (alt90) {
                case 1 :
                    // InternalItup.g:5160:4: (lv_statement_2_0= RULE_STRING )
                    {
                    // InternalItup.g:5160:4: (lv_statement_2_0= RULE_STRING )
                    // InternalItup.g:5161:5: lv_statement_2_0= RULE_STRING
                    {
                    lv_statement_2_0=(Token)match(input,RULE_STRING,FOLLOW_58); 

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

            // InternalItup.g:5177:3: (otherlv_3= '{' ( (lv_criteria_4_0= ruleImplementationCriterion ) )* otherlv_5= '}' )?
            int alt92=2;
            int LA92_0 = input.LA(1);

            if ( (LA92_0==27) ) {
                alt92=1;
            }
            switch (alt92) {
                case 1 :
                    // InternalItup.g:5178:4: otherlv_3= '{' ( (lv_criteria_4_0= ruleImplementationCriterion ) )* otherlv_5= '}'
                    {
                    otherlv_3=(Token)match(input,27,FOLLOW_89); 

                    				newLeafNode(otherlv_3, grammarAccess.getImplementationCriterionAccess().getLeftCurlyBracketKeyword_3_0());
                    			
                    // InternalItup.g:5182:4: ( (lv_criteria_4_0= ruleImplementationCriterion ) )*
                    loop91:
                    do {
                        int alt91=2;
                        int LA91_0 = input.LA(1);

                        if ( (LA91_0==92) ) {
                            alt91=1;
                        }


                        switch (alt91) {
                    	case 1 :
                    	    // InternalItup.g:5183:5: (lv_criteria_4_0= ruleImplementationCriterion )
                    	    {
                    	    // InternalItup.g:5183:5: (lv_criteria_4_0= ruleImplementationCriterion )
                    	    // InternalItup.g:5184:6: lv_criteria_4_0= ruleImplementationCriterion
                    	    {

                    	    						newCompositeNode(grammarAccess.getImplementationCriterionAccess().getCriteriaImplementationCriterionParserRuleCall_3_1_0());
                    	    					
                    	    pushFollow(FOLLOW_89);
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
                    	    break loop91;
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
    // InternalItup.g:5210:1: entryRuleGlossaryTerm returns [EObject current=null] : iv_ruleGlossaryTerm= ruleGlossaryTerm EOF ;
    public final EObject entryRuleGlossaryTerm() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleGlossaryTerm = null;


        try {
            // InternalItup.g:5210:53: (iv_ruleGlossaryTerm= ruleGlossaryTerm EOF )
            // InternalItup.g:5211:2: iv_ruleGlossaryTerm= ruleGlossaryTerm EOF
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
    // InternalItup.g:5217:1: ruleGlossaryTerm returns [EObject current=null] : (otherlv_0= 'term' ( (lv_term_1_0= RULE_STRING ) ) otherlv_2= '{' (otherlv_3= 'definition' ( (lv_definition_4_0= RULE_STRING ) ) )? ( (lv_translations_5_0= ruleTranslation ) )* otherlv_6= '}' ) ;
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
            // InternalItup.g:5223:2: ( (otherlv_0= 'term' ( (lv_term_1_0= RULE_STRING ) ) otherlv_2= '{' (otherlv_3= 'definition' ( (lv_definition_4_0= RULE_STRING ) ) )? ( (lv_translations_5_0= ruleTranslation ) )* otherlv_6= '}' ) )
            // InternalItup.g:5224:2: (otherlv_0= 'term' ( (lv_term_1_0= RULE_STRING ) ) otherlv_2= '{' (otherlv_3= 'definition' ( (lv_definition_4_0= RULE_STRING ) ) )? ( (lv_translations_5_0= ruleTranslation ) )* otherlv_6= '}' )
            {
            // InternalItup.g:5224:2: (otherlv_0= 'term' ( (lv_term_1_0= RULE_STRING ) ) otherlv_2= '{' (otherlv_3= 'definition' ( (lv_definition_4_0= RULE_STRING ) ) )? ( (lv_translations_5_0= ruleTranslation ) )* otherlv_6= '}' )
            // InternalItup.g:5225:3: otherlv_0= 'term' ( (lv_term_1_0= RULE_STRING ) ) otherlv_2= '{' (otherlv_3= 'definition' ( (lv_definition_4_0= RULE_STRING ) ) )? ( (lv_translations_5_0= ruleTranslation ) )* otherlv_6= '}'
            {
            otherlv_0=(Token)match(input,93,FOLLOW_10); 

            			newLeafNode(otherlv_0, grammarAccess.getGlossaryTermAccess().getTermKeyword_0());
            		
            // InternalItup.g:5229:3: ( (lv_term_1_0= RULE_STRING ) )
            // InternalItup.g:5230:4: (lv_term_1_0= RULE_STRING )
            {
            // InternalItup.g:5230:4: (lv_term_1_0= RULE_STRING )
            // InternalItup.g:5231:5: lv_term_1_0= RULE_STRING
            {
            lv_term_1_0=(Token)match(input,RULE_STRING,FOLLOW_23); 

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

            otherlv_2=(Token)match(input,27,FOLLOW_90); 

            			newLeafNode(otherlv_2, grammarAccess.getGlossaryTermAccess().getLeftCurlyBracketKeyword_2());
            		
            // InternalItup.g:5251:3: (otherlv_3= 'definition' ( (lv_definition_4_0= RULE_STRING ) ) )?
            int alt93=2;
            int LA93_0 = input.LA(1);

            if ( (LA93_0==94) ) {
                alt93=1;
            }
            switch (alt93) {
                case 1 :
                    // InternalItup.g:5252:4: otherlv_3= 'definition' ( (lv_definition_4_0= RULE_STRING ) )
                    {
                    otherlv_3=(Token)match(input,94,FOLLOW_10); 

                    				newLeafNode(otherlv_3, grammarAccess.getGlossaryTermAccess().getDefinitionKeyword_3_0());
                    			
                    // InternalItup.g:5256:4: ( (lv_definition_4_0= RULE_STRING ) )
                    // InternalItup.g:5257:5: (lv_definition_4_0= RULE_STRING )
                    {
                    // InternalItup.g:5257:5: (lv_definition_4_0= RULE_STRING )
                    // InternalItup.g:5258:6: lv_definition_4_0= RULE_STRING
                    {
                    lv_definition_4_0=(Token)match(input,RULE_STRING,FOLLOW_91); 

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

            // InternalItup.g:5275:3: ( (lv_translations_5_0= ruleTranslation ) )*
            loop94:
            do {
                int alt94=2;
                int LA94_0 = input.LA(1);

                if ( (LA94_0==RULE_ID) ) {
                    alt94=1;
                }


                switch (alt94) {
            	case 1 :
            	    // InternalItup.g:5276:4: (lv_translations_5_0= ruleTranslation )
            	    {
            	    // InternalItup.g:5276:4: (lv_translations_5_0= ruleTranslation )
            	    // InternalItup.g:5277:5: lv_translations_5_0= ruleTranslation
            	    {

            	    					newCompositeNode(grammarAccess.getGlossaryTermAccess().getTranslationsTranslationParserRuleCall_4_0());
            	    				
            	    pushFollow(FOLLOW_91);
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
            	    break loop94;
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
    // InternalItup.g:5302:1: entryRuleTranslation returns [EObject current=null] : iv_ruleTranslation= ruleTranslation EOF ;
    public final EObject entryRuleTranslation() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleTranslation = null;


        try {
            // InternalItup.g:5302:52: (iv_ruleTranslation= ruleTranslation EOF )
            // InternalItup.g:5303:2: iv_ruleTranslation= ruleTranslation EOF
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
    // InternalItup.g:5309:1: ruleTranslation returns [EObject current=null] : ( ( (lv_language_0_0= RULE_ID ) ) ( ( (lv_text_1_0= RULE_STRING ) ) | ( (lv_unavailable_2_0= 'unavailable' ) ) ) ) ;
    public final EObject ruleTranslation() throws RecognitionException {
        EObject current = null;

        Token lv_language_0_0=null;
        Token lv_text_1_0=null;
        Token lv_unavailable_2_0=null;


        	enterRule();

        try {
            // InternalItup.g:5315:2: ( ( ( (lv_language_0_0= RULE_ID ) ) ( ( (lv_text_1_0= RULE_STRING ) ) | ( (lv_unavailable_2_0= 'unavailable' ) ) ) ) )
            // InternalItup.g:5316:2: ( ( (lv_language_0_0= RULE_ID ) ) ( ( (lv_text_1_0= RULE_STRING ) ) | ( (lv_unavailable_2_0= 'unavailable' ) ) ) )
            {
            // InternalItup.g:5316:2: ( ( (lv_language_0_0= RULE_ID ) ) ( ( (lv_text_1_0= RULE_STRING ) ) | ( (lv_unavailable_2_0= 'unavailable' ) ) ) )
            // InternalItup.g:5317:3: ( (lv_language_0_0= RULE_ID ) ) ( ( (lv_text_1_0= RULE_STRING ) ) | ( (lv_unavailable_2_0= 'unavailable' ) ) )
            {
            // InternalItup.g:5317:3: ( (lv_language_0_0= RULE_ID ) )
            // InternalItup.g:5318:4: (lv_language_0_0= RULE_ID )
            {
            // InternalItup.g:5318:4: (lv_language_0_0= RULE_ID )
            // InternalItup.g:5319:5: lv_language_0_0= RULE_ID
            {
            lv_language_0_0=(Token)match(input,RULE_ID,FOLLOW_92); 

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

            // InternalItup.g:5335:3: ( ( (lv_text_1_0= RULE_STRING ) ) | ( (lv_unavailable_2_0= 'unavailable' ) ) )
            int alt95=2;
            int LA95_0 = input.LA(1);

            if ( (LA95_0==RULE_STRING) ) {
                alt95=1;
            }
            else if ( (LA95_0==95) ) {
                alt95=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 95, 0, input);

                throw nvae;
            }
            switch (alt95) {
                case 1 :
                    // InternalItup.g:5336:4: ( (lv_text_1_0= RULE_STRING ) )
                    {
                    // InternalItup.g:5336:4: ( (lv_text_1_0= RULE_STRING ) )
                    // InternalItup.g:5337:5: (lv_text_1_0= RULE_STRING )
                    {
                    // InternalItup.g:5337:5: (lv_text_1_0= RULE_STRING )
                    // InternalItup.g:5338:6: lv_text_1_0= RULE_STRING
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
                    // InternalItup.g:5355:4: ( (lv_unavailable_2_0= 'unavailable' ) )
                    {
                    // InternalItup.g:5355:4: ( (lv_unavailable_2_0= 'unavailable' ) )
                    // InternalItup.g:5356:5: (lv_unavailable_2_0= 'unavailable' )
                    {
                    // InternalItup.g:5356:5: (lv_unavailable_2_0= 'unavailable' )
                    // InternalItup.g:5357:6: lv_unavailable_2_0= 'unavailable'
                    {
                    lv_unavailable_2_0=(Token)match(input,95,FOLLOW_2); 

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
    // InternalItup.g:5374:1: entryRuleCode returns [String current=null] : iv_ruleCode= ruleCode EOF ;
    public final String entryRuleCode() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleCode = null;



        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalItup.g:5376:2: (iv_ruleCode= ruleCode EOF )
            // InternalItup.g:5377:2: iv_ruleCode= ruleCode EOF
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
    // InternalItup.g:5386:1: ruleCode returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (this_CodeSegment_0= ruleCodeSegment ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )* ) ;
    public final AntlrDatatypeRuleToken ruleCode() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token kw=null;
        AntlrDatatypeRuleToken this_CodeSegment_0 = null;

        AntlrDatatypeRuleToken this_CodeSegment_3 = null;



        	enterRule();
        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalItup.g:5393:2: ( (this_CodeSegment_0= ruleCodeSegment ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )* ) )
            // InternalItup.g:5394:2: (this_CodeSegment_0= ruleCodeSegment ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )* )
            {
            // InternalItup.g:5394:2: (this_CodeSegment_0= ruleCodeSegment ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )* )
            // InternalItup.g:5395:3: this_CodeSegment_0= ruleCodeSegment ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )*
            {

            			newCompositeNode(grammarAccess.getCodeAccess().getCodeSegmentParserRuleCall_0());
            		
            pushFollow(FOLLOW_93);
            this_CodeSegment_0=ruleCodeSegment();

            state._fsp--;


            			current.merge(this_CodeSegment_0);
            		

            			afterParserOrEnumRuleCall();
            		
            // InternalItup.g:5405:3: ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )*
            loop97:
            do {
                int alt97=2;
                int LA97_0 = input.LA(1);

                if ( ((LA97_0>=96 && LA97_0<=97)) ) {
                    alt97=1;
                }


                switch (alt97) {
            	case 1 :
            	    // InternalItup.g:5406:4: (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment
            	    {
            	    // InternalItup.g:5406:4: (kw= '.' | kw= '-' )
            	    int alt96=2;
            	    int LA96_0 = input.LA(1);

            	    if ( (LA96_0==96) ) {
            	        alt96=1;
            	    }
            	    else if ( (LA96_0==97) ) {
            	        alt96=2;
            	    }
            	    else {
            	        NoViableAltException nvae =
            	            new NoViableAltException("", 96, 0, input);

            	        throw nvae;
            	    }
            	    switch (alt96) {
            	        case 1 :
            	            // InternalItup.g:5407:5: kw= '.'
            	            {
            	            kw=(Token)match(input,96,FOLLOW_17); 

            	            					current.merge(kw);
            	            					newLeafNode(kw, grammarAccess.getCodeAccess().getFullStopKeyword_1_0_0());
            	            				

            	            }
            	            break;
            	        case 2 :
            	            // InternalItup.g:5413:5: kw= '-'
            	            {
            	            kw=(Token)match(input,97,FOLLOW_17); 

            	            					current.merge(kw);
            	            					newLeafNode(kw, grammarAccess.getCodeAccess().getHyphenMinusKeyword_1_0_1());
            	            				

            	            }
            	            break;

            	    }


            	    				newCompositeNode(grammarAccess.getCodeAccess().getCodeSegmentParserRuleCall_1_1());
            	    			
            	    pushFollow(FOLLOW_93);
            	    this_CodeSegment_3=ruleCodeSegment();

            	    state._fsp--;


            	    				current.merge(this_CodeSegment_3);
            	    			

            	    				afterParserOrEnumRuleCall();
            	    			

            	    }
            	    break;

            	default :
            	    break loop97;
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
    // InternalItup.g:5437:1: entryRuleCodeSegment returns [String current=null] : iv_ruleCodeSegment= ruleCodeSegment EOF ;
    public final String entryRuleCodeSegment() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleCodeSegment = null;


        try {
            // InternalItup.g:5437:51: (iv_ruleCodeSegment= ruleCodeSegment EOF )
            // InternalItup.g:5438:2: iv_ruleCodeSegment= ruleCodeSegment EOF
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
    // InternalItup.g:5444:1: ruleCodeSegment returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (this_ID_0= RULE_ID | this_INT_1= RULE_INT ) ;
    public final AntlrDatatypeRuleToken ruleCodeSegment() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_ID_0=null;
        Token this_INT_1=null;


        	enterRule();

        try {
            // InternalItup.g:5450:2: ( (this_ID_0= RULE_ID | this_INT_1= RULE_INT ) )
            // InternalItup.g:5451:2: (this_ID_0= RULE_ID | this_INT_1= RULE_INT )
            {
            // InternalItup.g:5451:2: (this_ID_0= RULE_ID | this_INT_1= RULE_INT )
            int alt98=2;
            int LA98_0 = input.LA(1);

            if ( (LA98_0==RULE_ID) ) {
                alt98=1;
            }
            else if ( (LA98_0==RULE_INT) ) {
                alt98=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 98, 0, input);

                throw nvae;
            }
            switch (alt98) {
                case 1 :
                    // InternalItup.g:5452:3: this_ID_0= RULE_ID
                    {
                    this_ID_0=(Token)match(input,RULE_ID,FOLLOW_2); 

                    			current.merge(this_ID_0);
                    		

                    			newLeafNode(this_ID_0, grammarAccess.getCodeSegmentAccess().getIDTerminalRuleCall_0());
                    		

                    }
                    break;
                case 2 :
                    // InternalItup.g:5460:3: this_INT_1= RULE_INT
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
    // InternalItup.g:5471:1: entryRulePlanName returns [String current=null] : iv_rulePlanName= rulePlanName EOF ;
    public final String entryRulePlanName() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_rulePlanName = null;



        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalItup.g:5473:2: (iv_rulePlanName= rulePlanName EOF )
            // InternalItup.g:5474:2: iv_rulePlanName= rulePlanName EOF
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
    // InternalItup.g:5483:1: rulePlanName returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (this_ID_0= RULE_ID ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )* ) ;
    public final AntlrDatatypeRuleToken rulePlanName() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_ID_0=null;
        Token kw=null;
        AntlrDatatypeRuleToken this_CodeSegment_3 = null;



        	enterRule();
        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalItup.g:5490:2: ( (this_ID_0= RULE_ID ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )* ) )
            // InternalItup.g:5491:2: (this_ID_0= RULE_ID ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )* )
            {
            // InternalItup.g:5491:2: (this_ID_0= RULE_ID ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )* )
            // InternalItup.g:5492:3: this_ID_0= RULE_ID ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )*
            {
            this_ID_0=(Token)match(input,RULE_ID,FOLLOW_93); 

            			current.merge(this_ID_0);
            		

            			newLeafNode(this_ID_0, grammarAccess.getPlanNameAccess().getIDTerminalRuleCall_0());
            		
            // InternalItup.g:5499:3: ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )*
            loop100:
            do {
                int alt100=2;
                int LA100_0 = input.LA(1);

                if ( ((LA100_0>=96 && LA100_0<=97)) ) {
                    alt100=1;
                }


                switch (alt100) {
            	case 1 :
            	    // InternalItup.g:5500:4: (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment
            	    {
            	    // InternalItup.g:5500:4: (kw= '.' | kw= '-' )
            	    int alt99=2;
            	    int LA99_0 = input.LA(1);

            	    if ( (LA99_0==96) ) {
            	        alt99=1;
            	    }
            	    else if ( (LA99_0==97) ) {
            	        alt99=2;
            	    }
            	    else {
            	        NoViableAltException nvae =
            	            new NoViableAltException("", 99, 0, input);

            	        throw nvae;
            	    }
            	    switch (alt99) {
            	        case 1 :
            	            // InternalItup.g:5501:5: kw= '.'
            	            {
            	            kw=(Token)match(input,96,FOLLOW_17); 

            	            					current.merge(kw);
            	            					newLeafNode(kw, grammarAccess.getPlanNameAccess().getFullStopKeyword_1_0_0());
            	            				

            	            }
            	            break;
            	        case 2 :
            	            // InternalItup.g:5507:5: kw= '-'
            	            {
            	            kw=(Token)match(input,97,FOLLOW_17); 

            	            					current.merge(kw);
            	            					newLeafNode(kw, grammarAccess.getPlanNameAccess().getHyphenMinusKeyword_1_0_1());
            	            				

            	            }
            	            break;

            	    }


            	    				newCompositeNode(grammarAccess.getPlanNameAccess().getCodeSegmentParserRuleCall_1_1());
            	    			
            	    pushFollow(FOLLOW_93);
            	    this_CodeSegment_3=ruleCodeSegment();

            	    state._fsp--;


            	    				current.merge(this_CodeSegment_3);
            	    			

            	    				afterParserOrEnumRuleCall();
            	    			

            	    }
            	    break;

            	default :
            	    break loop100;
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
    // InternalItup.g:5531:1: entryRuleYear returns [String current=null] : iv_ruleYear= ruleYear EOF ;
    public final String entryRuleYear() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleYear = null;


        try {
            // InternalItup.g:5531:44: (iv_ruleYear= ruleYear EOF )
            // InternalItup.g:5532:2: iv_ruleYear= ruleYear EOF
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
    // InternalItup.g:5538:1: ruleYear returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : this_INT_0= RULE_INT ;
    public final AntlrDatatypeRuleToken ruleYear() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_INT_0=null;


        	enterRule();

        try {
            // InternalItup.g:5544:2: (this_INT_0= RULE_INT )
            // InternalItup.g:5545:2: this_INT_0= RULE_INT
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
    // InternalItup.g:5555:1: entryRulePeriod returns [String current=null] : iv_rulePeriod= rulePeriod EOF ;
    public final String entryRulePeriod() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_rulePeriod = null;



        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalItup.g:5557:2: (iv_rulePeriod= rulePeriod EOF )
            // InternalItup.g:5558:2: iv_rulePeriod= rulePeriod EOF
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
    // InternalItup.g:5567:1: rulePeriod returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (this_INT_0= RULE_INT (kw= '-' (this_INT_2= RULE_INT | this_ID_3= RULE_ID ) )? ) ;
    public final AntlrDatatypeRuleToken rulePeriod() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_INT_0=null;
        Token kw=null;
        Token this_INT_2=null;
        Token this_ID_3=null;


        	enterRule();
        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalItup.g:5574:2: ( (this_INT_0= RULE_INT (kw= '-' (this_INT_2= RULE_INT | this_ID_3= RULE_ID ) )? ) )
            // InternalItup.g:5575:2: (this_INT_0= RULE_INT (kw= '-' (this_INT_2= RULE_INT | this_ID_3= RULE_ID ) )? )
            {
            // InternalItup.g:5575:2: (this_INT_0= RULE_INT (kw= '-' (this_INT_2= RULE_INT | this_ID_3= RULE_ID ) )? )
            // InternalItup.g:5576:3: this_INT_0= RULE_INT (kw= '-' (this_INT_2= RULE_INT | this_ID_3= RULE_ID ) )?
            {
            this_INT_0=(Token)match(input,RULE_INT,FOLLOW_94); 

            			current.merge(this_INT_0);
            		

            			newLeafNode(this_INT_0, grammarAccess.getPeriodAccess().getINTTerminalRuleCall_0());
            		
            // InternalItup.g:5583:3: (kw= '-' (this_INT_2= RULE_INT | this_ID_3= RULE_ID ) )?
            int alt102=2;
            int LA102_0 = input.LA(1);

            if ( (LA102_0==97) ) {
                alt102=1;
            }
            switch (alt102) {
                case 1 :
                    // InternalItup.g:5584:4: kw= '-' (this_INT_2= RULE_INT | this_ID_3= RULE_ID )
                    {
                    kw=(Token)match(input,97,FOLLOW_17); 

                    				current.merge(kw);
                    				newLeafNode(kw, grammarAccess.getPeriodAccess().getHyphenMinusKeyword_1_0());
                    			
                    // InternalItup.g:5589:4: (this_INT_2= RULE_INT | this_ID_3= RULE_ID )
                    int alt101=2;
                    int LA101_0 = input.LA(1);

                    if ( (LA101_0==RULE_INT) ) {
                        alt101=1;
                    }
                    else if ( (LA101_0==RULE_ID) ) {
                        alt101=2;
                    }
                    else {
                        NoViableAltException nvae =
                            new NoViableAltException("", 101, 0, input);

                        throw nvae;
                    }
                    switch (alt101) {
                        case 1 :
                            // InternalItup.g:5590:5: this_INT_2= RULE_INT
                            {
                            this_INT_2=(Token)match(input,RULE_INT,FOLLOW_2); 

                            					current.merge(this_INT_2);
                            				

                            					newLeafNode(this_INT_2, grammarAccess.getPeriodAccess().getINTTerminalRuleCall_1_1_0());
                            				

                            }
                            break;
                        case 2 :
                            // InternalItup.g:5598:5: this_ID_3= RULE_ID
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
    // InternalItup.g:5614:1: entryRuleDecimal returns [String current=null] : iv_ruleDecimal= ruleDecimal EOF ;
    public final String entryRuleDecimal() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleDecimal = null;



        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalItup.g:5616:2: (iv_ruleDecimal= ruleDecimal EOF )
            // InternalItup.g:5617:2: iv_ruleDecimal= ruleDecimal EOF
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
    // InternalItup.g:5626:1: ruleDecimal returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : ( (kw= '-' )? this_INT_1= RULE_INT (kw= '.' this_INT_3= RULE_INT )? ) ;
    public final AntlrDatatypeRuleToken ruleDecimal() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token kw=null;
        Token this_INT_1=null;
        Token this_INT_3=null;


        	enterRule();
        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalItup.g:5633:2: ( ( (kw= '-' )? this_INT_1= RULE_INT (kw= '.' this_INT_3= RULE_INT )? ) )
            // InternalItup.g:5634:2: ( (kw= '-' )? this_INT_1= RULE_INT (kw= '.' this_INT_3= RULE_INT )? )
            {
            // InternalItup.g:5634:2: ( (kw= '-' )? this_INT_1= RULE_INT (kw= '.' this_INT_3= RULE_INT )? )
            // InternalItup.g:5635:3: (kw= '-' )? this_INT_1= RULE_INT (kw= '.' this_INT_3= RULE_INT )?
            {
            // InternalItup.g:5635:3: (kw= '-' )?
            int alt103=2;
            int LA103_0 = input.LA(1);

            if ( (LA103_0==97) ) {
                alt103=1;
            }
            switch (alt103) {
                case 1 :
                    // InternalItup.g:5636:4: kw= '-'
                    {
                    kw=(Token)match(input,97,FOLLOW_6); 

                    				current.merge(kw);
                    				newLeafNode(kw, grammarAccess.getDecimalAccess().getHyphenMinusKeyword_0());
                    			

                    }
                    break;

            }

            this_INT_1=(Token)match(input,RULE_INT,FOLLOW_95); 

            			current.merge(this_INT_1);
            		

            			newLeafNode(this_INT_1, grammarAccess.getDecimalAccess().getINTTerminalRuleCall_1());
            		
            // InternalItup.g:5649:3: (kw= '.' this_INT_3= RULE_INT )?
            int alt104=2;
            int LA104_0 = input.LA(1);

            if ( (LA104_0==96) ) {
                alt104=1;
            }
            switch (alt104) {
                case 1 :
                    // InternalItup.g:5650:4: kw= '.' this_INT_3= RULE_INT
                    {
                    kw=(Token)match(input,96,FOLLOW_6); 

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


    // $ANTLR start "ruleMeasuredTargetKind"
    // InternalItup.g:5670:1: ruleMeasuredTargetKind returns [Enumerator current=null] : ( (enumLiteral_0= 'level' ) | (enumLiteral_1= 'increase' ) | (enumLiteral_2= 'decrease' ) ) ;
    public final Enumerator ruleMeasuredTargetKind() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;


        	enterRule();

        try {
            // InternalItup.g:5676:2: ( ( (enumLiteral_0= 'level' ) | (enumLiteral_1= 'increase' ) | (enumLiteral_2= 'decrease' ) ) )
            // InternalItup.g:5677:2: ( (enumLiteral_0= 'level' ) | (enumLiteral_1= 'increase' ) | (enumLiteral_2= 'decrease' ) )
            {
            // InternalItup.g:5677:2: ( (enumLiteral_0= 'level' ) | (enumLiteral_1= 'increase' ) | (enumLiteral_2= 'decrease' ) )
            int alt105=3;
            switch ( input.LA(1) ) {
            case 98:
                {
                alt105=1;
                }
                break;
            case 99:
                {
                alt105=2;
                }
                break;
            case 100:
                {
                alt105=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 105, 0, input);

                throw nvae;
            }

            switch (alt105) {
                case 1 :
                    // InternalItup.g:5678:3: (enumLiteral_0= 'level' )
                    {
                    // InternalItup.g:5678:3: (enumLiteral_0= 'level' )
                    // InternalItup.g:5679:4: enumLiteral_0= 'level'
                    {
                    enumLiteral_0=(Token)match(input,98,FOLLOW_2); 

                    				current = grammarAccess.getMeasuredTargetKindAccess().getLEVELEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getMeasuredTargetKindAccess().getLEVELEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:5686:3: (enumLiteral_1= 'increase' )
                    {
                    // InternalItup.g:5686:3: (enumLiteral_1= 'increase' )
                    // InternalItup.g:5687:4: enumLiteral_1= 'increase'
                    {
                    enumLiteral_1=(Token)match(input,99,FOLLOW_2); 

                    				current = grammarAccess.getMeasuredTargetKindAccess().getINCREASEEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getMeasuredTargetKindAccess().getINCREASEEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:5694:3: (enumLiteral_2= 'decrease' )
                    {
                    // InternalItup.g:5694:3: (enumLiteral_2= 'decrease' )
                    // InternalItup.g:5695:4: enumLiteral_2= 'decrease'
                    {
                    enumLiteral_2=(Token)match(input,100,FOLLOW_2); 

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
    // InternalItup.g:5705:1: ruleQualitativeTargetKind returns [Enumerator current=null] : (enumLiteral_0= 'qualitative' ) ;
    public final Enumerator ruleQualitativeTargetKind() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;


        	enterRule();

        try {
            // InternalItup.g:5711:2: ( (enumLiteral_0= 'qualitative' ) )
            // InternalItup.g:5712:2: (enumLiteral_0= 'qualitative' )
            {
            // InternalItup.g:5712:2: (enumLiteral_0= 'qualitative' )
            // InternalItup.g:5713:3: enumLiteral_0= 'qualitative'
            {
            enumLiteral_0=(Token)match(input,101,FOLLOW_2); 

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
    // InternalItup.g:5722:1: ruleSectorKind returns [Enumerator current=null] : ( (enumLiteral_0= 'sector' ) | (enumLiteral_1= 'inter-sectoral' ) | (enumLiteral_2= 'secretariat' ) ) ;
    public final Enumerator ruleSectorKind() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;


        	enterRule();

        try {
            // InternalItup.g:5728:2: ( ( (enumLiteral_0= 'sector' ) | (enumLiteral_1= 'inter-sectoral' ) | (enumLiteral_2= 'secretariat' ) ) )
            // InternalItup.g:5729:2: ( (enumLiteral_0= 'sector' ) | (enumLiteral_1= 'inter-sectoral' ) | (enumLiteral_2= 'secretariat' ) )
            {
            // InternalItup.g:5729:2: ( (enumLiteral_0= 'sector' ) | (enumLiteral_1= 'inter-sectoral' ) | (enumLiteral_2= 'secretariat' ) )
            int alt106=3;
            switch ( input.LA(1) ) {
            case 102:
                {
                alt106=1;
                }
                break;
            case 103:
                {
                alt106=2;
                }
                break;
            case 104:
                {
                alt106=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 106, 0, input);

                throw nvae;
            }

            switch (alt106) {
                case 1 :
                    // InternalItup.g:5730:3: (enumLiteral_0= 'sector' )
                    {
                    // InternalItup.g:5730:3: (enumLiteral_0= 'sector' )
                    // InternalItup.g:5731:4: enumLiteral_0= 'sector'
                    {
                    enumLiteral_0=(Token)match(input,102,FOLLOW_2); 

                    				current = grammarAccess.getSectorKindAccess().getSECTOREnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getSectorKindAccess().getSECTOREnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:5738:3: (enumLiteral_1= 'inter-sectoral' )
                    {
                    // InternalItup.g:5738:3: (enumLiteral_1= 'inter-sectoral' )
                    // InternalItup.g:5739:4: enumLiteral_1= 'inter-sectoral'
                    {
                    enumLiteral_1=(Token)match(input,103,FOLLOW_2); 

                    				current = grammarAccess.getSectorKindAccess().getINTER_SECTORALEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getSectorKindAccess().getINTER_SECTORALEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:5746:3: (enumLiteral_2= 'secretariat' )
                    {
                    // InternalItup.g:5746:3: (enumLiteral_2= 'secretariat' )
                    // InternalItup.g:5747:4: enumLiteral_2= 'secretariat'
                    {
                    enumLiteral_2=(Token)match(input,104,FOLLOW_2); 

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
    // InternalItup.g:5757:1: ruleLowerBound returns [Enumerator current=null] : (enumLiteral_0= 'least' ) ;
    public final Enumerator ruleLowerBound() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;


        	enterRule();

        try {
            // InternalItup.g:5763:2: ( (enumLiteral_0= 'least' ) )
            // InternalItup.g:5764:2: (enumLiteral_0= 'least' )
            {
            // InternalItup.g:5764:2: (enumLiteral_0= 'least' )
            // InternalItup.g:5765:3: enumLiteral_0= 'least'
            {
            enumLiteral_0=(Token)match(input,105,FOLLOW_2); 

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
    // InternalItup.g:5774:1: ruleUpperBound returns [Enumerator current=null] : (enumLiteral_0= 'most' ) ;
    public final Enumerator ruleUpperBound() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;


        	enterRule();

        try {
            // InternalItup.g:5780:2: ( (enumLiteral_0= 'most' ) )
            // InternalItup.g:5781:2: (enumLiteral_0= 'most' )
            {
            // InternalItup.g:5781:2: (enumLiteral_0= 'most' )
            // InternalItup.g:5782:3: enumLiteral_0= 'most'
            {
            enumLiteral_0=(Token)match(input,106,FOLLOW_2); 

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
    // InternalItup.g:5791:1: ruleRangeBound returns [Enumerator current=null] : (enumLiteral_0= 'between' ) ;
    public final Enumerator ruleRangeBound() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;


        	enterRule();

        try {
            // InternalItup.g:5797:2: ( (enumLiteral_0= 'between' ) )
            // InternalItup.g:5798:2: (enumLiteral_0= 'between' )
            {
            // InternalItup.g:5798:2: (enumLiteral_0= 'between' )
            // InternalItup.g:5799:3: enumLiteral_0= 'between'
            {
            enumLiteral_0=(Token)match(input,107,FOLLOW_2); 

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
    // InternalItup.g:5808:1: ruleIndicatorDirection returns [Enumerator current=null] : ( (enumLiteral_0= 'increase' ) | (enumLiteral_1= 'decrease' ) | (enumLiteral_2= 'maintain' ) ) ;
    public final Enumerator ruleIndicatorDirection() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;


        	enterRule();

        try {
            // InternalItup.g:5814:2: ( ( (enumLiteral_0= 'increase' ) | (enumLiteral_1= 'decrease' ) | (enumLiteral_2= 'maintain' ) ) )
            // InternalItup.g:5815:2: ( (enumLiteral_0= 'increase' ) | (enumLiteral_1= 'decrease' ) | (enumLiteral_2= 'maintain' ) )
            {
            // InternalItup.g:5815:2: ( (enumLiteral_0= 'increase' ) | (enumLiteral_1= 'decrease' ) | (enumLiteral_2= 'maintain' ) )
            int alt107=3;
            switch ( input.LA(1) ) {
            case 99:
                {
                alt107=1;
                }
                break;
            case 100:
                {
                alt107=2;
                }
                break;
            case 108:
                {
                alt107=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 107, 0, input);

                throw nvae;
            }

            switch (alt107) {
                case 1 :
                    // InternalItup.g:5816:3: (enumLiteral_0= 'increase' )
                    {
                    // InternalItup.g:5816:3: (enumLiteral_0= 'increase' )
                    // InternalItup.g:5817:4: enumLiteral_0= 'increase'
                    {
                    enumLiteral_0=(Token)match(input,99,FOLLOW_2); 

                    				current = grammarAccess.getIndicatorDirectionAccess().getINCREASEEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getIndicatorDirectionAccess().getINCREASEEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:5824:3: (enumLiteral_1= 'decrease' )
                    {
                    // InternalItup.g:5824:3: (enumLiteral_1= 'decrease' )
                    // InternalItup.g:5825:4: enumLiteral_1= 'decrease'
                    {
                    enumLiteral_1=(Token)match(input,100,FOLLOW_2); 

                    				current = grammarAccess.getIndicatorDirectionAccess().getDECREASEEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getIndicatorDirectionAccess().getDECREASEEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:5832:3: (enumLiteral_2= 'maintain' )
                    {
                    // InternalItup.g:5832:3: (enumLiteral_2= 'maintain' )
                    // InternalItup.g:5833:4: enumLiteral_2= 'maintain'
                    {
                    enumLiteral_2=(Token)match(input,108,FOLLOW_2); 

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
    // InternalItup.g:5843:1: ruleReportingFrequency returns [Enumerator current=null] : ( (enumLiteral_0= 'annual' ) | (enumLiteral_1= 'quarterly' ) | (enumLiteral_2= 'monthly' ) ) ;
    public final Enumerator ruleReportingFrequency() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;


        	enterRule();

        try {
            // InternalItup.g:5849:2: ( ( (enumLiteral_0= 'annual' ) | (enumLiteral_1= 'quarterly' ) | (enumLiteral_2= 'monthly' ) ) )
            // InternalItup.g:5850:2: ( (enumLiteral_0= 'annual' ) | (enumLiteral_1= 'quarterly' ) | (enumLiteral_2= 'monthly' ) )
            {
            // InternalItup.g:5850:2: ( (enumLiteral_0= 'annual' ) | (enumLiteral_1= 'quarterly' ) | (enumLiteral_2= 'monthly' ) )
            int alt108=3;
            switch ( input.LA(1) ) {
            case 109:
                {
                alt108=1;
                }
                break;
            case 110:
                {
                alt108=2;
                }
                break;
            case 111:
                {
                alt108=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 108, 0, input);

                throw nvae;
            }

            switch (alt108) {
                case 1 :
                    // InternalItup.g:5851:3: (enumLiteral_0= 'annual' )
                    {
                    // InternalItup.g:5851:3: (enumLiteral_0= 'annual' )
                    // InternalItup.g:5852:4: enumLiteral_0= 'annual'
                    {
                    enumLiteral_0=(Token)match(input,109,FOLLOW_2); 

                    				current = grammarAccess.getReportingFrequencyAccess().getANNUALEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getReportingFrequencyAccess().getANNUALEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:5859:3: (enumLiteral_1= 'quarterly' )
                    {
                    // InternalItup.g:5859:3: (enumLiteral_1= 'quarterly' )
                    // InternalItup.g:5860:4: enumLiteral_1= 'quarterly'
                    {
                    enumLiteral_1=(Token)match(input,110,FOLLOW_2); 

                    				current = grammarAccess.getReportingFrequencyAccess().getQUARTERLYEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getReportingFrequencyAccess().getQUARTERLYEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:5867:3: (enumLiteral_2= 'monthly' )
                    {
                    // InternalItup.g:5867:3: (enumLiteral_2= 'monthly' )
                    // InternalItup.g:5868:4: enumLiteral_2= 'monthly'
                    {
                    enumLiteral_2=(Token)match(input,111,FOLLOW_2); 

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
    // InternalItup.g:5878:1: ruleRiskTreatment returns [Enumerator current=null] : ( (enumLiteral_0= 'avoidance' ) | (enumLiteral_1= 'limitation' ) | (enumLiteral_2= 'transfer' ) | (enumLiteral_3= 'acceptance' ) ) ;
    public final Enumerator ruleRiskTreatment() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;


        	enterRule();

        try {
            // InternalItup.g:5884:2: ( ( (enumLiteral_0= 'avoidance' ) | (enumLiteral_1= 'limitation' ) | (enumLiteral_2= 'transfer' ) | (enumLiteral_3= 'acceptance' ) ) )
            // InternalItup.g:5885:2: ( (enumLiteral_0= 'avoidance' ) | (enumLiteral_1= 'limitation' ) | (enumLiteral_2= 'transfer' ) | (enumLiteral_3= 'acceptance' ) )
            {
            // InternalItup.g:5885:2: ( (enumLiteral_0= 'avoidance' ) | (enumLiteral_1= 'limitation' ) | (enumLiteral_2= 'transfer' ) | (enumLiteral_3= 'acceptance' ) )
            int alt109=4;
            switch ( input.LA(1) ) {
            case 112:
                {
                alt109=1;
                }
                break;
            case 113:
                {
                alt109=2;
                }
                break;
            case 114:
                {
                alt109=3;
                }
                break;
            case 115:
                {
                alt109=4;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 109, 0, input);

                throw nvae;
            }

            switch (alt109) {
                case 1 :
                    // InternalItup.g:5886:3: (enumLiteral_0= 'avoidance' )
                    {
                    // InternalItup.g:5886:3: (enumLiteral_0= 'avoidance' )
                    // InternalItup.g:5887:4: enumLiteral_0= 'avoidance'
                    {
                    enumLiteral_0=(Token)match(input,112,FOLLOW_2); 

                    				current = grammarAccess.getRiskTreatmentAccess().getAVOIDANCEEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getRiskTreatmentAccess().getAVOIDANCEEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:5894:3: (enumLiteral_1= 'limitation' )
                    {
                    // InternalItup.g:5894:3: (enumLiteral_1= 'limitation' )
                    // InternalItup.g:5895:4: enumLiteral_1= 'limitation'
                    {
                    enumLiteral_1=(Token)match(input,113,FOLLOW_2); 

                    				current = grammarAccess.getRiskTreatmentAccess().getLIMITATIONEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getRiskTreatmentAccess().getLIMITATIONEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:5902:3: (enumLiteral_2= 'transfer' )
                    {
                    // InternalItup.g:5902:3: (enumLiteral_2= 'transfer' )
                    // InternalItup.g:5903:4: enumLiteral_2= 'transfer'
                    {
                    enumLiteral_2=(Token)match(input,114,FOLLOW_2); 

                    				current = grammarAccess.getRiskTreatmentAccess().getTRANSFEREnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getRiskTreatmentAccess().getTRANSFEREnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalItup.g:5910:3: (enumLiteral_3= 'acceptance' )
                    {
                    // InternalItup.g:5910:3: (enumLiteral_3= 'acceptance' )
                    // InternalItup.g:5911:4: enumLiteral_3= 'acceptance'
                    {
                    enumLiteral_3=(Token)match(input,115,FOLLOW_2); 

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
    // InternalItup.g:5921:1: ruleSwotKind returns [Enumerator current=null] : ( (enumLiteral_0= 'strength' ) | (enumLiteral_1= 'weakness' ) | (enumLiteral_2= 'opportunity' ) | (enumLiteral_3= 'threat' ) ) ;
    public final Enumerator ruleSwotKind() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;


        	enterRule();

        try {
            // InternalItup.g:5927:2: ( ( (enumLiteral_0= 'strength' ) | (enumLiteral_1= 'weakness' ) | (enumLiteral_2= 'opportunity' ) | (enumLiteral_3= 'threat' ) ) )
            // InternalItup.g:5928:2: ( (enumLiteral_0= 'strength' ) | (enumLiteral_1= 'weakness' ) | (enumLiteral_2= 'opportunity' ) | (enumLiteral_3= 'threat' ) )
            {
            // InternalItup.g:5928:2: ( (enumLiteral_0= 'strength' ) | (enumLiteral_1= 'weakness' ) | (enumLiteral_2= 'opportunity' ) | (enumLiteral_3= 'threat' ) )
            int alt110=4;
            switch ( input.LA(1) ) {
            case 116:
                {
                alt110=1;
                }
                break;
            case 117:
                {
                alt110=2;
                }
                break;
            case 118:
                {
                alt110=3;
                }
                break;
            case 119:
                {
                alt110=4;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 110, 0, input);

                throw nvae;
            }

            switch (alt110) {
                case 1 :
                    // InternalItup.g:5929:3: (enumLiteral_0= 'strength' )
                    {
                    // InternalItup.g:5929:3: (enumLiteral_0= 'strength' )
                    // InternalItup.g:5930:4: enumLiteral_0= 'strength'
                    {
                    enumLiteral_0=(Token)match(input,116,FOLLOW_2); 

                    				current = grammarAccess.getSwotKindAccess().getSTRENGTHEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getSwotKindAccess().getSTRENGTHEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:5937:3: (enumLiteral_1= 'weakness' )
                    {
                    // InternalItup.g:5937:3: (enumLiteral_1= 'weakness' )
                    // InternalItup.g:5938:4: enumLiteral_1= 'weakness'
                    {
                    enumLiteral_1=(Token)match(input,117,FOLLOW_2); 

                    				current = grammarAccess.getSwotKindAccess().getWEAKNESSEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getSwotKindAccess().getWEAKNESSEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:5945:3: (enumLiteral_2= 'opportunity' )
                    {
                    // InternalItup.g:5945:3: (enumLiteral_2= 'opportunity' )
                    // InternalItup.g:5946:4: enumLiteral_2= 'opportunity'
                    {
                    enumLiteral_2=(Token)match(input,118,FOLLOW_2); 

                    				current = grammarAccess.getSwotKindAccess().getOPPORTUNITYEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getSwotKindAccess().getOPPORTUNITYEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalItup.g:5953:3: (enumLiteral_3= 'threat' )
                    {
                    // InternalItup.g:5953:3: (enumLiteral_3= 'threat' )
                    // InternalItup.g:5954:4: enumLiteral_3= 'threat'
                    {
                    enumLiteral_3=(Token)match(input,119,FOLLOW_2); 

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


    protected DFA75 dfa75 = new DFA75(this);
    static final String dfa_1s = "\12\uffff";
    static final String dfa_2s = "\1\34\11\uffff";
    static final String dfa_3s = "\1\153\11\uffff";
    static final String dfa_4s = "\1\uffff\1\11\1\1\1\2\1\3\1\4\1\5\1\6\1\7\1\10";
    static final String dfa_5s = "\1\0\11\uffff}>";
    static final String[] dfa_6s = {
            "\1\1\10\uffff\1\11\14\uffff\1\7\14\uffff\1\4\2\uffff\1\3\11\uffff\1\2\1\5\1\10\1\1\1\6\32\uffff\1\6",
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

    class DFA75 extends DFA {

        public DFA75(BaseRecognizer recognizer) {
            this.recognizer = recognizer;
            this.decisionNumber = 75;
            this.eot = dfa_1;
            this.eof = dfa_1;
            this.min = dfa_2;
            this.max = dfa_3;
            this.accept = dfa_4;
            this.special = dfa_5;
            this.transition = dfa_6;
        }
        public String getDescription() {
            return "()* loopback of 4018:7: ( ({...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) ) ) )*";
        }
        public int specialStateTransition(int s, IntStream _input) throws NoViableAltException {
            TokenStream input = (TokenStream)_input;
        	int _s = s;
            switch ( s ) {
                    case 0 : 
                        int LA75_0 = input.LA(1);

                         
                        int index75_0 = input.index();
                        input.rewind();
                        s = -1;
                        if ( (LA75_0==28||LA75_0==79) ) {s = 1;}

                        else if ( LA75_0 == 76 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 0) ) {s = 2;}

                        else if ( LA75_0 == 66 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 1) ) {s = 3;}

                        else if ( LA75_0 == 63 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 2) ) {s = 4;}

                        else if ( LA75_0 == 77 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 3) ) {s = 5;}

                        else if ( ( LA75_0 == 80 || LA75_0 == 107 ) && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 4) ) {s = 6;}

                        else if ( LA75_0 == 50 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 5) ) {s = 7;}

                        else if ( LA75_0 == 78 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 6) ) {s = 8;}

                        else if ( LA75_0 == 37 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 7) ) {s = 9;}

                         
                        input.seek(index75_0);
                        if ( s>=0 ) return s;
                        break;
            }
            NoViableAltException nvae =
                new NoViableAltException(getDescription(), 75, _s, input);
            error(nvae);
            throw nvae;
        }
    }
 

    public static final BitSet FOLLOW_1 = new BitSet(new long[]{0x0000000000000000L});
    public static final BitSet FOLLOW_2 = new BitSet(new long[]{0x0000000000000002L});
    public static final BitSet FOLLOW_3 = new BitSet(new long[]{0x0000000000000020L});
    public static final BitSet FOLLOW_4 = new BitSet(new long[]{0x19020000A7AB5012L,0x000001C030000000L});
    public static final BitSet FOLLOW_5 = new BitSet(new long[]{0x19020000A7AB5002L,0x000001C030000000L});
    public static final BitSet FOLLOW_6 = new BitSet(new long[]{0x0000000000000040L});
    public static final BitSet FOLLOW_7 = new BitSet(new long[]{0x0000000000002000L});
    public static final BitSet FOLLOW_8 = new BitSet(new long[]{0x19020000A7AB4002L,0x000001C030000000L});
    public static final BitSet FOLLOW_9 = new BitSet(new long[]{0x0000000000008000L});
    public static final BitSet FOLLOW_10 = new BitSet(new long[]{0x0000000000000010L});
    public static final BitSet FOLLOW_11 = new BitSet(new long[]{0x19020000A7AB0002L,0x000001C030000000L});
    public static final BitSet FOLLOW_12 = new BitSet(new long[]{0x19020000A7AA0002L,0x000001C030000000L});
    public static final BitSet FOLLOW_13 = new BitSet(new long[]{0x18020000A7AC0002L,0x000001C030000000L});
    public static final BitSet FOLLOW_14 = new BitSet(new long[]{0x0000000000100000L});
    public static final BitSet FOLLOW_15 = new BitSet(new long[]{0x18020000A7A00002L,0x000001C030000000L});
    public static final BitSet FOLLOW_16 = new BitSet(new long[]{0x0000000000400000L});
    public static final BitSet FOLLOW_17 = new BitSet(new long[]{0x0000000000000060L});
    public static final BitSet FOLLOW_18 = new BitSet(new long[]{0x18020000A7A40002L,0x000001C030000000L});
    public static final BitSet FOLLOW_19 = new BitSet(new long[]{0x10020000A7200002L,0x000001C030000000L});
    public static final BitSet FOLLOW_20 = new BitSet(new long[]{0x10020000A6200002L,0x000001C030000000L});
    public static final BitSet FOLLOW_21 = new BitSet(new long[]{0x10020000A4240002L,0x000001C030000000L});
    public static final BitSet FOLLOW_22 = new BitSet(new long[]{0x10020000A4200002L,0x000001C030000000L});
    public static final BitSet FOLLOW_23 = new BitSet(new long[]{0x0000000008000000L});
    public static final BitSet FOLLOW_24 = new BitSet(new long[]{0x0000000010000000L,0x00F0000000000000L});
    public static final BitSet FOLLOW_25 = new BitSet(new long[]{0x0000000040000000L});
    public static final BitSet FOLLOW_26 = new BitSet(new long[]{0x0000000100000000L});
    public static final BitSet FOLLOW_27 = new BitSet(new long[]{0x0000000000000800L});
    public static final BitSet FOLLOW_28 = new BitSet(new long[]{0x0000000400000000L});
    public static final BitSet FOLLOW_29 = new BitSet(new long[]{0x0000000800000000L});
    public static final BitSet FOLLOW_30 = new BitSet(new long[]{0x0000001000000000L});
    public static final BitSet FOLLOW_31 = new BitSet(new long[]{0x0000016000000002L});
    public static final BitSet FOLLOW_32 = new BitSet(new long[]{0x0000014000000002L});
    public static final BitSet FOLLOW_33 = new BitSet(new long[]{0x0000010000000002L});
    public static final BitSet FOLLOW_34 = new BitSet(new long[]{0x0000008010000000L});
    public static final BitSet FOLLOW_35 = new BitSet(new long[]{0x00000E2010000800L,0x0000000000000800L});
    public static final BitSet FOLLOW_36 = new BitSet(new long[]{0x0000000010000000L});
    public static final BitSet FOLLOW_37 = new BitSet(new long[]{0x0000008000000000L});
    public static final BitSet FOLLOW_38 = new BitSet(new long[]{0x00000E2000000802L,0x0000000000000800L});
    public static final BitSet FOLLOW_39 = new BitSet(new long[]{0x0000000000000052L,0x0000000200000000L});
    public static final BitSet FOLLOW_40 = new BitSet(new long[]{0x0000000000000012L});
    public static final BitSet FOLLOW_41 = new BitSet(new long[]{0x0000200000000000L});
    public static final BitSet FOLLOW_42 = new BitSet(new long[]{0x00A0C00000000002L});
    public static final BitSet FOLLOW_43 = new BitSet(new long[]{0x0001000000000000L});
    public static final BitSet FOLLOW_44 = new BitSet(new long[]{0x0002000000000000L});
    public static final BitSet FOLLOW_45 = new BitSet(new long[]{0x0000000000000040L,0x0000000200000000L});
    public static final BitSet FOLLOW_46 = new BitSet(new long[]{0x001C000000000012L});
    public static final BitSet FOLLOW_47 = new BitSet(new long[]{0x001C000000000002L});
    public static final BitSet FOLLOW_48 = new BitSet(new long[]{0x0040000000000000L});
    public static final BitSet FOLLOW_49 = new BitSet(new long[]{0x0000000400000002L});
    public static final BitSet FOLLOW_50 = new BitSet(new long[]{0x0000000000040002L});
    public static final BitSet FOLLOW_51 = new BitSet(new long[]{0x0000000008000010L});
    public static final BitSet FOLLOW_52 = new BitSet(new long[]{0xE4000000B0000000L});
    public static final BitSet FOLLOW_53 = new BitSet(new long[]{0xC4000000B0000000L});
    public static final BitSet FOLLOW_54 = new BitSet(new long[]{0x84000000B0000000L});
    public static final BitSet FOLLOW_55 = new BitSet(new long[]{0x84000000B0040000L});
    public static final BitSet FOLLOW_56 = new BitSet(new long[]{0x0000000008100012L});
    public static final BitSet FOLLOW_57 = new BitSet(new long[]{0x0000000008000012L});
    public static final BitSet FOLLOW_58 = new BitSet(new long[]{0x0000000008000002L});
    public static final BitSet FOLLOW_59 = new BitSet(new long[]{0x0400000010008000L,0x0000003C00000807L});
    public static final BitSet FOLLOW_60 = new BitSet(new long[]{0x0400000010008010L,0x0000003C00000807L});
    public static final BitSet FOLLOW_61 = new BitSet(new long[]{0x0000000010000000L,0x0000000000000800L});
    public static final BitSet FOLLOW_62 = new BitSet(new long[]{0x0002800000000002L});
    public static final BitSet FOLLOW_63 = new BitSet(new long[]{0x0000000000000002L,0x0000000000000008L});
    public static final BitSet FOLLOW_64 = new BitSet(new long[]{0x0000000000040000L,0x0000000000000010L});
    public static final BitSet FOLLOW_65 = new BitSet(new long[]{0x0200004010000000L,0x0000000000040020L});
    public static final BitSet FOLLOW_66 = new BitSet(new long[]{0x0200004010000000L,0x0000000000040000L});
    public static final BitSet FOLLOW_67 = new BitSet(new long[]{0x260000C030000000L,0x0000000000040F40L});
    public static final BitSet FOLLOW_68 = new BitSet(new long[]{0x060000C030000000L,0x0000000000040F40L});
    public static final BitSet FOLLOW_69 = new BitSet(new long[]{0x1000000000000000L,0x0000000000000080L});
    public static final BitSet FOLLOW_70 = new BitSet(new long[]{0x060000C030040000L,0x0000000000040F40L});
    public static final BitSet FOLLOW_71 = new BitSet(new long[]{0x0400000010000000L,0x0000000000000800L});
    public static final BitSet FOLLOW_72 = new BitSet(new long[]{0x0600004010000000L,0x0000000000040800L});
    public static final BitSet FOLLOW_73 = new BitSet(new long[]{0x0000000000000070L});
    public static final BitSet FOLLOW_74 = new BitSet(new long[]{0x8004002010000000L,0x000008000001F004L});
    public static final BitSet FOLLOW_75 = new BitSet(new long[]{0x8004002010008000L,0x000008000001F004L});
    public static final BitSet FOLLOW_76 = new BitSet(new long[]{0x0000000000000000L,0x0000101800000000L});
    public static final BitSet FOLLOW_77 = new BitSet(new long[]{0x0000000000000000L,0x0000E00000000000L});
    public static final BitSet FOLLOW_78 = new BitSet(new long[]{0x0000000010000000L,0x0000000000008000L});
    public static final BitSet FOLLOW_79 = new BitSet(new long[]{0x0000000000000000L,0x0000060000000000L});
    public static final BitSet FOLLOW_80 = new BitSet(new long[]{0x0000000000000000L,0x0000000000020000L});
    public static final BitSet FOLLOW_81 = new BitSet(new long[]{0x0000020010000000L,0x0000000000680000L});
    public static final BitSet FOLLOW_82 = new BitSet(new long[]{0x0000000000000060L,0x0000000000100000L});
    public static final BitSet FOLLOW_83 = new BitSet(new long[]{0x0000020010000000L,0x0000000000600000L});
    public static final BitSet FOLLOW_84 = new BitSet(new long[]{0x0000020010040000L,0x0000000000600000L});
    public static final BitSet FOLLOW_85 = new BitSet(new long[]{0x0000000010000000L,0x000000000F800000L});
    public static final BitSet FOLLOW_86 = new BitSet(new long[]{0x0000000010000000L,0x000000000C000000L});
    public static final BitSet FOLLOW_87 = new BitSet(new long[]{0x0000000010000000L,0x0000000008000000L});
    public static final BitSet FOLLOW_88 = new BitSet(new long[]{0x0000000000000010L,0x000F000000000000L});
    public static final BitSet FOLLOW_89 = new BitSet(new long[]{0x0000000010000000L,0x0000000010000000L});
    public static final BitSet FOLLOW_90 = new BitSet(new long[]{0x0000000010000020L,0x0000000040000000L});
    public static final BitSet FOLLOW_91 = new BitSet(new long[]{0x0000000010000020L});
    public static final BitSet FOLLOW_92 = new BitSet(new long[]{0x0000000000000010L,0x0000000080000000L});
    public static final BitSet FOLLOW_93 = new BitSet(new long[]{0x0000000000000002L,0x0000000300000000L});
    public static final BitSet FOLLOW_94 = new BitSet(new long[]{0x0000000000000002L,0x0000000200000000L});
    public static final BitSet FOLLOW_95 = new BitSet(new long[]{0x0000000000000002L,0x0000000100000000L});

}
