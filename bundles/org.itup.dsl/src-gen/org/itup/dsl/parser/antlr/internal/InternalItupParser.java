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
    // InternalItup.g:117:1: rulePlan returns [EObject current=null] : (otherlv_0= 'plan' ( (lv_name_1_0= rulePlanName ) ) ( (lv_title_2_0= RULE_STRING ) )? (otherlv_3= 'period' ( (lv_startYear_4_0= ruleYear ) ) otherlv_5= 'to' ( (lv_endYear_6_0= ruleYear ) ) )? (otherlv_7= 'adopted' otherlv_8= 'by' ( (lv_adoptedBy_9_0= RULE_STRING ) ) )? (otherlv_10= 'currency' ( (lv_currency_11_0= RULE_STRING ) ) )? ( (lv_rates_12_0= ruleExchangeRate ) )* (otherlv_13= 'languages' ( (lv_languages_14_0= RULE_ID ) ) (otherlv_15= ',' ( (lv_languages_16_0= RULE_ID ) ) )* )? ( ( (lv_officialCodes_17_0= 'codes' ) ) otherlv_18= 'official' )? (this_CodeSchemes_19= ruleCodeSchemes[$current] )? (otherlv_20= 'risk' otherlv_21= 'scale' ( (lv_riskScale_22_0= ruleCode ) ) (otherlv_23= ',' ( (lv_riskScale_24_0= ruleCode ) ) )* )? ( (lv_imports_25_0= ruleImport ) )* (otherlv_26= 'vision' ( (lv_vision_27_0= RULE_STRING ) ) )? (otherlv_28= 'mission' ( (lv_mission_29_0= RULE_STRING ) ) )? (otherlv_30= 'sectors' ( ( ruleCode ) ) (otherlv_32= ',' ( ( ruleCode ) ) )* )? ( ( (lv_values_34_0= ruleCoreValue ) ) | ( (lv_goals_35_0= ruleGoal ) ) | ( (lv_sectors_36_0= ruleSector ) ) | ( (lv_risks_37_0= ruleStrategicRisk ) ) | (otherlv_38= 'swot' otherlv_39= '{' ( (lv_swot_40_0= ruleSwotItem ) )* otherlv_41= '}' ) | (otherlv_42= 'wsis' otherlv_43= 'facilitator' ( (lv_wsisActionLines_44_0= ruleCode ) ) (otherlv_45= ',' ( (lv_wsisActionLines_46_0= ruleCode ) ) )* ) | (otherlv_47= 'sdg' otherlv_48= 'custodian' ( (lv_sdgCustodianIndicators_49_0= ruleCode ) ) (otherlv_50= ',' ( (lv_sdgCustodianIndicators_51_0= ruleCode ) ) )* ) | ( (lv_criteria_52_0= ruleImplementationCriterion ) ) | ( (lv_glossary_53_0= ruleGlossaryTerm ) ) )* ) ;
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
        Token otherlv_26=null;
        Token lv_vision_27_0=null;
        Token otherlv_28=null;
        Token lv_mission_29_0=null;
        Token otherlv_30=null;
        Token otherlv_32=null;
        Token otherlv_38=null;
        Token otherlv_39=null;
        Token otherlv_41=null;
        Token otherlv_42=null;
        Token otherlv_43=null;
        Token otherlv_45=null;
        Token otherlv_47=null;
        Token otherlv_48=null;
        Token otherlv_50=null;
        AntlrDatatypeRuleToken lv_name_1_0 = null;

        AntlrDatatypeRuleToken lv_startYear_4_0 = null;

        AntlrDatatypeRuleToken lv_endYear_6_0 = null;

        EObject lv_rates_12_0 = null;

        EObject this_CodeSchemes_19 = null;

        AntlrDatatypeRuleToken lv_riskScale_22_0 = null;

        AntlrDatatypeRuleToken lv_riskScale_24_0 = null;

        EObject lv_imports_25_0 = null;

        EObject lv_values_34_0 = null;

        EObject lv_goals_35_0 = null;

        EObject lv_sectors_36_0 = null;

        EObject lv_risks_37_0 = null;

        EObject lv_swot_40_0 = null;

        AntlrDatatypeRuleToken lv_wsisActionLines_44_0 = null;

        AntlrDatatypeRuleToken lv_wsisActionLines_46_0 = null;

        AntlrDatatypeRuleToken lv_sdgCustodianIndicators_49_0 = null;

        AntlrDatatypeRuleToken lv_sdgCustodianIndicators_51_0 = null;

        EObject lv_criteria_52_0 = null;

        EObject lv_glossary_53_0 = null;



        	enterRule();

        try {
            // InternalItup.g:123:2: ( (otherlv_0= 'plan' ( (lv_name_1_0= rulePlanName ) ) ( (lv_title_2_0= RULE_STRING ) )? (otherlv_3= 'period' ( (lv_startYear_4_0= ruleYear ) ) otherlv_5= 'to' ( (lv_endYear_6_0= ruleYear ) ) )? (otherlv_7= 'adopted' otherlv_8= 'by' ( (lv_adoptedBy_9_0= RULE_STRING ) ) )? (otherlv_10= 'currency' ( (lv_currency_11_0= RULE_STRING ) ) )? ( (lv_rates_12_0= ruleExchangeRate ) )* (otherlv_13= 'languages' ( (lv_languages_14_0= RULE_ID ) ) (otherlv_15= ',' ( (lv_languages_16_0= RULE_ID ) ) )* )? ( ( (lv_officialCodes_17_0= 'codes' ) ) otherlv_18= 'official' )? (this_CodeSchemes_19= ruleCodeSchemes[$current] )? (otherlv_20= 'risk' otherlv_21= 'scale' ( (lv_riskScale_22_0= ruleCode ) ) (otherlv_23= ',' ( (lv_riskScale_24_0= ruleCode ) ) )* )? ( (lv_imports_25_0= ruleImport ) )* (otherlv_26= 'vision' ( (lv_vision_27_0= RULE_STRING ) ) )? (otherlv_28= 'mission' ( (lv_mission_29_0= RULE_STRING ) ) )? (otherlv_30= 'sectors' ( ( ruleCode ) ) (otherlv_32= ',' ( ( ruleCode ) ) )* )? ( ( (lv_values_34_0= ruleCoreValue ) ) | ( (lv_goals_35_0= ruleGoal ) ) | ( (lv_sectors_36_0= ruleSector ) ) | ( (lv_risks_37_0= ruleStrategicRisk ) ) | (otherlv_38= 'swot' otherlv_39= '{' ( (lv_swot_40_0= ruleSwotItem ) )* otherlv_41= '}' ) | (otherlv_42= 'wsis' otherlv_43= 'facilitator' ( (lv_wsisActionLines_44_0= ruleCode ) ) (otherlv_45= ',' ( (lv_wsisActionLines_46_0= ruleCode ) ) )* ) | (otherlv_47= 'sdg' otherlv_48= 'custodian' ( (lv_sdgCustodianIndicators_49_0= ruleCode ) ) (otherlv_50= ',' ( (lv_sdgCustodianIndicators_51_0= ruleCode ) ) )* ) | ( (lv_criteria_52_0= ruleImplementationCriterion ) ) | ( (lv_glossary_53_0= ruleGlossaryTerm ) ) )* ) )
            // InternalItup.g:124:2: (otherlv_0= 'plan' ( (lv_name_1_0= rulePlanName ) ) ( (lv_title_2_0= RULE_STRING ) )? (otherlv_3= 'period' ( (lv_startYear_4_0= ruleYear ) ) otherlv_5= 'to' ( (lv_endYear_6_0= ruleYear ) ) )? (otherlv_7= 'adopted' otherlv_8= 'by' ( (lv_adoptedBy_9_0= RULE_STRING ) ) )? (otherlv_10= 'currency' ( (lv_currency_11_0= RULE_STRING ) ) )? ( (lv_rates_12_0= ruleExchangeRate ) )* (otherlv_13= 'languages' ( (lv_languages_14_0= RULE_ID ) ) (otherlv_15= ',' ( (lv_languages_16_0= RULE_ID ) ) )* )? ( ( (lv_officialCodes_17_0= 'codes' ) ) otherlv_18= 'official' )? (this_CodeSchemes_19= ruleCodeSchemes[$current] )? (otherlv_20= 'risk' otherlv_21= 'scale' ( (lv_riskScale_22_0= ruleCode ) ) (otherlv_23= ',' ( (lv_riskScale_24_0= ruleCode ) ) )* )? ( (lv_imports_25_0= ruleImport ) )* (otherlv_26= 'vision' ( (lv_vision_27_0= RULE_STRING ) ) )? (otherlv_28= 'mission' ( (lv_mission_29_0= RULE_STRING ) ) )? (otherlv_30= 'sectors' ( ( ruleCode ) ) (otherlv_32= ',' ( ( ruleCode ) ) )* )? ( ( (lv_values_34_0= ruleCoreValue ) ) | ( (lv_goals_35_0= ruleGoal ) ) | ( (lv_sectors_36_0= ruleSector ) ) | ( (lv_risks_37_0= ruleStrategicRisk ) ) | (otherlv_38= 'swot' otherlv_39= '{' ( (lv_swot_40_0= ruleSwotItem ) )* otherlv_41= '}' ) | (otherlv_42= 'wsis' otherlv_43= 'facilitator' ( (lv_wsisActionLines_44_0= ruleCode ) ) (otherlv_45= ',' ( (lv_wsisActionLines_46_0= ruleCode ) ) )* ) | (otherlv_47= 'sdg' otherlv_48= 'custodian' ( (lv_sdgCustodianIndicators_49_0= ruleCode ) ) (otherlv_50= ',' ( (lv_sdgCustodianIndicators_51_0= ruleCode ) ) )* ) | ( (lv_criteria_52_0= ruleImplementationCriterion ) ) | ( (lv_glossary_53_0= ruleGlossaryTerm ) ) )* )
            {
            // InternalItup.g:124:2: (otherlv_0= 'plan' ( (lv_name_1_0= rulePlanName ) ) ( (lv_title_2_0= RULE_STRING ) )? (otherlv_3= 'period' ( (lv_startYear_4_0= ruleYear ) ) otherlv_5= 'to' ( (lv_endYear_6_0= ruleYear ) ) )? (otherlv_7= 'adopted' otherlv_8= 'by' ( (lv_adoptedBy_9_0= RULE_STRING ) ) )? (otherlv_10= 'currency' ( (lv_currency_11_0= RULE_STRING ) ) )? ( (lv_rates_12_0= ruleExchangeRate ) )* (otherlv_13= 'languages' ( (lv_languages_14_0= RULE_ID ) ) (otherlv_15= ',' ( (lv_languages_16_0= RULE_ID ) ) )* )? ( ( (lv_officialCodes_17_0= 'codes' ) ) otherlv_18= 'official' )? (this_CodeSchemes_19= ruleCodeSchemes[$current] )? (otherlv_20= 'risk' otherlv_21= 'scale' ( (lv_riskScale_22_0= ruleCode ) ) (otherlv_23= ',' ( (lv_riskScale_24_0= ruleCode ) ) )* )? ( (lv_imports_25_0= ruleImport ) )* (otherlv_26= 'vision' ( (lv_vision_27_0= RULE_STRING ) ) )? (otherlv_28= 'mission' ( (lv_mission_29_0= RULE_STRING ) ) )? (otherlv_30= 'sectors' ( ( ruleCode ) ) (otherlv_32= ',' ( ( ruleCode ) ) )* )? ( ( (lv_values_34_0= ruleCoreValue ) ) | ( (lv_goals_35_0= ruleGoal ) ) | ( (lv_sectors_36_0= ruleSector ) ) | ( (lv_risks_37_0= ruleStrategicRisk ) ) | (otherlv_38= 'swot' otherlv_39= '{' ( (lv_swot_40_0= ruleSwotItem ) )* otherlv_41= '}' ) | (otherlv_42= 'wsis' otherlv_43= 'facilitator' ( (lv_wsisActionLines_44_0= ruleCode ) ) (otherlv_45= ',' ( (lv_wsisActionLines_46_0= ruleCode ) ) )* ) | (otherlv_47= 'sdg' otherlv_48= 'custodian' ( (lv_sdgCustodianIndicators_49_0= ruleCode ) ) (otherlv_50= ',' ( (lv_sdgCustodianIndicators_51_0= ruleCode ) ) )* ) | ( (lv_criteria_52_0= ruleImplementationCriterion ) ) | ( (lv_glossary_53_0= ruleGlossaryTerm ) ) )* )
            // InternalItup.g:125:3: otherlv_0= 'plan' ( (lv_name_1_0= rulePlanName ) ) ( (lv_title_2_0= RULE_STRING ) )? (otherlv_3= 'period' ( (lv_startYear_4_0= ruleYear ) ) otherlv_5= 'to' ( (lv_endYear_6_0= ruleYear ) ) )? (otherlv_7= 'adopted' otherlv_8= 'by' ( (lv_adoptedBy_9_0= RULE_STRING ) ) )? (otherlv_10= 'currency' ( (lv_currency_11_0= RULE_STRING ) ) )? ( (lv_rates_12_0= ruleExchangeRate ) )* (otherlv_13= 'languages' ( (lv_languages_14_0= RULE_ID ) ) (otherlv_15= ',' ( (lv_languages_16_0= RULE_ID ) ) )* )? ( ( (lv_officialCodes_17_0= 'codes' ) ) otherlv_18= 'official' )? (this_CodeSchemes_19= ruleCodeSchemes[$current] )? (otherlv_20= 'risk' otherlv_21= 'scale' ( (lv_riskScale_22_0= ruleCode ) ) (otherlv_23= ',' ( (lv_riskScale_24_0= ruleCode ) ) )* )? ( (lv_imports_25_0= ruleImport ) )* (otherlv_26= 'vision' ( (lv_vision_27_0= RULE_STRING ) ) )? (otherlv_28= 'mission' ( (lv_mission_29_0= RULE_STRING ) ) )? (otherlv_30= 'sectors' ( ( ruleCode ) ) (otherlv_32= ',' ( ( ruleCode ) ) )* )? ( ( (lv_values_34_0= ruleCoreValue ) ) | ( (lv_goals_35_0= ruleGoal ) ) | ( (lv_sectors_36_0= ruleSector ) ) | ( (lv_risks_37_0= ruleStrategicRisk ) ) | (otherlv_38= 'swot' otherlv_39= '{' ( (lv_swot_40_0= ruleSwotItem ) )* otherlv_41= '}' ) | (otherlv_42= 'wsis' otherlv_43= 'facilitator' ( (lv_wsisActionLines_44_0= ruleCode ) ) (otherlv_45= ',' ( (lv_wsisActionLines_46_0= ruleCode ) ) )* ) | (otherlv_47= 'sdg' otherlv_48= 'custodian' ( (lv_sdgCustodianIndicators_49_0= ruleCode ) ) (otherlv_50= ',' ( (lv_sdgCustodianIndicators_51_0= ruleCode ) ) )* ) | ( (lv_criteria_52_0= ruleImplementationCriterion ) ) | ( (lv_glossary_53_0= ruleGlossaryTerm ) ) )*
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

            // InternalItup.g:420:3: ( (lv_imports_25_0= ruleImport ) )*
            loop13:
            do {
                int alt13=2;
                int LA13_0 = input.LA(1);

                if ( (LA13_0==59) ) {
                    alt13=1;
                }


                switch (alt13) {
            	case 1 :
            	    // InternalItup.g:421:4: (lv_imports_25_0= ruleImport )
            	    {
            	    // InternalItup.g:421:4: (lv_imports_25_0= ruleImport )
            	    // InternalItup.g:422:5: lv_imports_25_0= ruleImport
            	    {

            	    					newCompositeNode(grammarAccess.getPlanAccess().getImportsImportParserRuleCall_11_0());
            	    				
            	    pushFollow(FOLLOW_16);
            	    lv_imports_25_0=ruleImport();

            	    state._fsp--;


            	    					if (current==null) {
            	    						current = createModelElementForParent(grammarAccess.getPlanRule());
            	    					}
            	    					add(
            	    						current,
            	    						"imports",
            	    						lv_imports_25_0,
            	    						"org.itup.dsl.Itup.Import");
            	    					afterParserOrEnumRuleCall();
            	    				

            	    }


            	    }
            	    break;

            	default :
            	    break loop13;
                }
            } while (true);

            // InternalItup.g:439:3: (otherlv_26= 'vision' ( (lv_vision_27_0= RULE_STRING ) ) )?
            int alt14=2;
            int LA14_0 = input.LA(1);

            if ( (LA14_0==23) ) {
                alt14=1;
            }
            switch (alt14) {
                case 1 :
                    // InternalItup.g:440:4: otherlv_26= 'vision' ( (lv_vision_27_0= RULE_STRING ) )
                    {
                    otherlv_26=(Token)match(input,23,FOLLOW_10); 

                    				newLeafNode(otherlv_26, grammarAccess.getPlanAccess().getVisionKeyword_12_0());
                    			
                    // InternalItup.g:444:4: ( (lv_vision_27_0= RULE_STRING ) )
                    // InternalItup.g:445:5: (lv_vision_27_0= RULE_STRING )
                    {
                    // InternalItup.g:445:5: (lv_vision_27_0= RULE_STRING )
                    // InternalItup.g:446:6: lv_vision_27_0= RULE_STRING
                    {
                    lv_vision_27_0=(Token)match(input,RULE_STRING,FOLLOW_20); 

                    						newLeafNode(lv_vision_27_0, grammarAccess.getPlanAccess().getVisionSTRINGTerminalRuleCall_12_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getPlanRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"vision",
                    							lv_vision_27_0,
                    							"org.eclipse.xtext.common.Terminals.STRING");
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalItup.g:463:3: (otherlv_28= 'mission' ( (lv_mission_29_0= RULE_STRING ) ) )?
            int alt15=2;
            int LA15_0 = input.LA(1);

            if ( (LA15_0==24) ) {
                alt15=1;
            }
            switch (alt15) {
                case 1 :
                    // InternalItup.g:464:4: otherlv_28= 'mission' ( (lv_mission_29_0= RULE_STRING ) )
                    {
                    otherlv_28=(Token)match(input,24,FOLLOW_10); 

                    				newLeafNode(otherlv_28, grammarAccess.getPlanAccess().getMissionKeyword_13_0());
                    			
                    // InternalItup.g:468:4: ( (lv_mission_29_0= RULE_STRING ) )
                    // InternalItup.g:469:5: (lv_mission_29_0= RULE_STRING )
                    {
                    // InternalItup.g:469:5: (lv_mission_29_0= RULE_STRING )
                    // InternalItup.g:470:6: lv_mission_29_0= RULE_STRING
                    {
                    lv_mission_29_0=(Token)match(input,RULE_STRING,FOLLOW_21); 

                    						newLeafNode(lv_mission_29_0, grammarAccess.getPlanAccess().getMissionSTRINGTerminalRuleCall_13_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getPlanRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"mission",
                    							lv_mission_29_0,
                    							"org.eclipse.xtext.common.Terminals.STRING");
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalItup.g:487:3: (otherlv_30= 'sectors' ( ( ruleCode ) ) (otherlv_32= ',' ( ( ruleCode ) ) )* )?
            int alt17=2;
            int LA17_0 = input.LA(1);

            if ( (LA17_0==25) ) {
                alt17=1;
            }
            switch (alt17) {
                case 1 :
                    // InternalItup.g:488:4: otherlv_30= 'sectors' ( ( ruleCode ) ) (otherlv_32= ',' ( ( ruleCode ) ) )*
                    {
                    otherlv_30=(Token)match(input,25,FOLLOW_18); 

                    				newLeafNode(otherlv_30, grammarAccess.getPlanAccess().getSectorsKeyword_14_0());
                    			
                    // InternalItup.g:492:4: ( ( ruleCode ) )
                    // InternalItup.g:493:5: ( ruleCode )
                    {
                    // InternalItup.g:493:5: ( ruleCode )
                    // InternalItup.g:494:6: ruleCode
                    {

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getPlanRule());
                    						}
                    					

                    						newCompositeNode(grammarAccess.getPlanAccess().getSectorOrderSectorCrossReference_14_1_0());
                    					
                    pushFollow(FOLLOW_22);
                    ruleCode();

                    state._fsp--;


                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }

                    // InternalItup.g:508:4: (otherlv_32= ',' ( ( ruleCode ) ) )*
                    loop16:
                    do {
                        int alt16=2;
                        int LA16_0 = input.LA(1);

                        if ( (LA16_0==18) ) {
                            alt16=1;
                        }


                        switch (alt16) {
                    	case 1 :
                    	    // InternalItup.g:509:5: otherlv_32= ',' ( ( ruleCode ) )
                    	    {
                    	    otherlv_32=(Token)match(input,18,FOLLOW_18); 

                    	    					newLeafNode(otherlv_32, grammarAccess.getPlanAccess().getCommaKeyword_14_2_0());
                    	    				
                    	    // InternalItup.g:513:5: ( ( ruleCode ) )
                    	    // InternalItup.g:514:6: ( ruleCode )
                    	    {
                    	    // InternalItup.g:514:6: ( ruleCode )
                    	    // InternalItup.g:515:7: ruleCode
                    	    {

                    	    							if (current==null) {
                    	    								current = createModelElement(grammarAccess.getPlanRule());
                    	    							}
                    	    						

                    	    							newCompositeNode(grammarAccess.getPlanAccess().getSectorOrderSectorCrossReference_14_2_1_0());
                    	    						
                    	    pushFollow(FOLLOW_22);
                    	    ruleCode();

                    	    state._fsp--;


                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop16;
                        }
                    } while (true);


                    }
                    break;

            }

            // InternalItup.g:531:3: ( ( (lv_values_34_0= ruleCoreValue ) ) | ( (lv_goals_35_0= ruleGoal ) ) | ( (lv_sectors_36_0= ruleSector ) ) | ( (lv_risks_37_0= ruleStrategicRisk ) ) | (otherlv_38= 'swot' otherlv_39= '{' ( (lv_swot_40_0= ruleSwotItem ) )* otherlv_41= '}' ) | (otherlv_42= 'wsis' otherlv_43= 'facilitator' ( (lv_wsisActionLines_44_0= ruleCode ) ) (otherlv_45= ',' ( (lv_wsisActionLines_46_0= ruleCode ) ) )* ) | (otherlv_47= 'sdg' otherlv_48= 'custodian' ( (lv_sdgCustodianIndicators_49_0= ruleCode ) ) (otherlv_50= ',' ( (lv_sdgCustodianIndicators_51_0= ruleCode ) ) )* ) | ( (lv_criteria_52_0= ruleImplementationCriterion ) ) | ( (lv_glossary_53_0= ruleGlossaryTerm ) ) )*
            loop21:
            do {
                int alt21=10;
                switch ( input.LA(1) ) {
                case 49:
                    {
                    alt21=1;
                    }
                    break;
                case 60:
                    {
                    alt21=2;
                    }
                    break;
                case 102:
                case 103:
                case 104:
                    {
                    alt21=3;
                    }
                    break;
                case 21:
                    {
                    alt21=4;
                    }
                    break;
                case 26:
                    {
                    alt21=5;
                    }
                    break;
                case 29:
                    {
                    alt21=6;
                    }
                    break;
                case 31:
                    {
                    alt21=7;
                    }
                    break;
                case 92:
                    {
                    alt21=8;
                    }
                    break;
                case 93:
                    {
                    alt21=9;
                    }
                    break;

                }

                switch (alt21) {
            	case 1 :
            	    // InternalItup.g:532:4: ( (lv_values_34_0= ruleCoreValue ) )
            	    {
            	    // InternalItup.g:532:4: ( (lv_values_34_0= ruleCoreValue ) )
            	    // InternalItup.g:533:5: (lv_values_34_0= ruleCoreValue )
            	    {
            	    // InternalItup.g:533:5: (lv_values_34_0= ruleCoreValue )
            	    // InternalItup.g:534:6: lv_values_34_0= ruleCoreValue
            	    {

            	    						newCompositeNode(grammarAccess.getPlanAccess().getValuesCoreValueParserRuleCall_15_0_0());
            	    					
            	    pushFollow(FOLLOW_23);
            	    lv_values_34_0=ruleCoreValue();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getPlanRule());
            	    						}
            	    						add(
            	    							current,
            	    							"values",
            	    							lv_values_34_0,
            	    							"org.itup.dsl.Itup.CoreValue");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 2 :
            	    // InternalItup.g:552:4: ( (lv_goals_35_0= ruleGoal ) )
            	    {
            	    // InternalItup.g:552:4: ( (lv_goals_35_0= ruleGoal ) )
            	    // InternalItup.g:553:5: (lv_goals_35_0= ruleGoal )
            	    {
            	    // InternalItup.g:553:5: (lv_goals_35_0= ruleGoal )
            	    // InternalItup.g:554:6: lv_goals_35_0= ruleGoal
            	    {

            	    						newCompositeNode(grammarAccess.getPlanAccess().getGoalsGoalParserRuleCall_15_1_0());
            	    					
            	    pushFollow(FOLLOW_23);
            	    lv_goals_35_0=ruleGoal();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getPlanRule());
            	    						}
            	    						add(
            	    							current,
            	    							"goals",
            	    							lv_goals_35_0,
            	    							"org.itup.dsl.Itup.Goal");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 3 :
            	    // InternalItup.g:572:4: ( (lv_sectors_36_0= ruleSector ) )
            	    {
            	    // InternalItup.g:572:4: ( (lv_sectors_36_0= ruleSector ) )
            	    // InternalItup.g:573:5: (lv_sectors_36_0= ruleSector )
            	    {
            	    // InternalItup.g:573:5: (lv_sectors_36_0= ruleSector )
            	    // InternalItup.g:574:6: lv_sectors_36_0= ruleSector
            	    {

            	    						newCompositeNode(grammarAccess.getPlanAccess().getSectorsSectorParserRuleCall_15_2_0());
            	    					
            	    pushFollow(FOLLOW_23);
            	    lv_sectors_36_0=ruleSector();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getPlanRule());
            	    						}
            	    						add(
            	    							current,
            	    							"sectors",
            	    							lv_sectors_36_0,
            	    							"org.itup.dsl.Itup.Sector");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 4 :
            	    // InternalItup.g:592:4: ( (lv_risks_37_0= ruleStrategicRisk ) )
            	    {
            	    // InternalItup.g:592:4: ( (lv_risks_37_0= ruleStrategicRisk ) )
            	    // InternalItup.g:593:5: (lv_risks_37_0= ruleStrategicRisk )
            	    {
            	    // InternalItup.g:593:5: (lv_risks_37_0= ruleStrategicRisk )
            	    // InternalItup.g:594:6: lv_risks_37_0= ruleStrategicRisk
            	    {

            	    						newCompositeNode(grammarAccess.getPlanAccess().getRisksStrategicRiskParserRuleCall_15_3_0());
            	    					
            	    pushFollow(FOLLOW_23);
            	    lv_risks_37_0=ruleStrategicRisk();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getPlanRule());
            	    						}
            	    						add(
            	    							current,
            	    							"risks",
            	    							lv_risks_37_0,
            	    							"org.itup.dsl.Itup.StrategicRisk");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 5 :
            	    // InternalItup.g:612:4: (otherlv_38= 'swot' otherlv_39= '{' ( (lv_swot_40_0= ruleSwotItem ) )* otherlv_41= '}' )
            	    {
            	    // InternalItup.g:612:4: (otherlv_38= 'swot' otherlv_39= '{' ( (lv_swot_40_0= ruleSwotItem ) )* otherlv_41= '}' )
            	    // InternalItup.g:613:5: otherlv_38= 'swot' otherlv_39= '{' ( (lv_swot_40_0= ruleSwotItem ) )* otherlv_41= '}'
            	    {
            	    otherlv_38=(Token)match(input,26,FOLLOW_24); 

            	    					newLeafNode(otherlv_38, grammarAccess.getPlanAccess().getSwotKeyword_15_4_0());
            	    				
            	    otherlv_39=(Token)match(input,27,FOLLOW_25); 

            	    					newLeafNode(otherlv_39, grammarAccess.getPlanAccess().getLeftCurlyBracketKeyword_15_4_1());
            	    				
            	    // InternalItup.g:621:5: ( (lv_swot_40_0= ruleSwotItem ) )*
            	    loop18:
            	    do {
            	        int alt18=2;
            	        int LA18_0 = input.LA(1);

            	        if ( ((LA18_0>=116 && LA18_0<=119)) ) {
            	            alt18=1;
            	        }


            	        switch (alt18) {
            	    	case 1 :
            	    	    // InternalItup.g:622:6: (lv_swot_40_0= ruleSwotItem )
            	    	    {
            	    	    // InternalItup.g:622:6: (lv_swot_40_0= ruleSwotItem )
            	    	    // InternalItup.g:623:7: lv_swot_40_0= ruleSwotItem
            	    	    {

            	    	    							newCompositeNode(grammarAccess.getPlanAccess().getSwotSwotItemParserRuleCall_15_4_2_0());
            	    	    						
            	    	    pushFollow(FOLLOW_25);
            	    	    lv_swot_40_0=ruleSwotItem();

            	    	    state._fsp--;


            	    	    							if (current==null) {
            	    	    								current = createModelElementForParent(grammarAccess.getPlanRule());
            	    	    							}
            	    	    							add(
            	    	    								current,
            	    	    								"swot",
            	    	    								lv_swot_40_0,
            	    	    								"org.itup.dsl.Itup.SwotItem");
            	    	    							afterParserOrEnumRuleCall();
            	    	    						

            	    	    }


            	    	    }
            	    	    break;

            	    	default :
            	    	    break loop18;
            	        }
            	    } while (true);

            	    otherlv_41=(Token)match(input,28,FOLLOW_23); 

            	    					newLeafNode(otherlv_41, grammarAccess.getPlanAccess().getRightCurlyBracketKeyword_15_4_3());
            	    				

            	    }


            	    }
            	    break;
            	case 6 :
            	    // InternalItup.g:646:4: (otherlv_42= 'wsis' otherlv_43= 'facilitator' ( (lv_wsisActionLines_44_0= ruleCode ) ) (otherlv_45= ',' ( (lv_wsisActionLines_46_0= ruleCode ) ) )* )
            	    {
            	    // InternalItup.g:646:4: (otherlv_42= 'wsis' otherlv_43= 'facilitator' ( (lv_wsisActionLines_44_0= ruleCode ) ) (otherlv_45= ',' ( (lv_wsisActionLines_46_0= ruleCode ) ) )* )
            	    // InternalItup.g:647:5: otherlv_42= 'wsis' otherlv_43= 'facilitator' ( (lv_wsisActionLines_44_0= ruleCode ) ) (otherlv_45= ',' ( (lv_wsisActionLines_46_0= ruleCode ) ) )*
            	    {
            	    otherlv_42=(Token)match(input,29,FOLLOW_26); 

            	    					newLeafNode(otherlv_42, grammarAccess.getPlanAccess().getWsisKeyword_15_5_0());
            	    				
            	    otherlv_43=(Token)match(input,30,FOLLOW_18); 

            	    					newLeafNode(otherlv_43, grammarAccess.getPlanAccess().getFacilitatorKeyword_15_5_1());
            	    				
            	    // InternalItup.g:655:5: ( (lv_wsisActionLines_44_0= ruleCode ) )
            	    // InternalItup.g:656:6: (lv_wsisActionLines_44_0= ruleCode )
            	    {
            	    // InternalItup.g:656:6: (lv_wsisActionLines_44_0= ruleCode )
            	    // InternalItup.g:657:7: lv_wsisActionLines_44_0= ruleCode
            	    {

            	    							newCompositeNode(grammarAccess.getPlanAccess().getWsisActionLinesCodeParserRuleCall_15_5_2_0());
            	    						
            	    pushFollow(FOLLOW_22);
            	    lv_wsisActionLines_44_0=ruleCode();

            	    state._fsp--;


            	    							if (current==null) {
            	    								current = createModelElementForParent(grammarAccess.getPlanRule());
            	    							}
            	    							add(
            	    								current,
            	    								"wsisActionLines",
            	    								lv_wsisActionLines_44_0,
            	    								"org.itup.dsl.Itup.Code");
            	    							afterParserOrEnumRuleCall();
            	    						

            	    }


            	    }

            	    // InternalItup.g:674:5: (otherlv_45= ',' ( (lv_wsisActionLines_46_0= ruleCode ) ) )*
            	    loop19:
            	    do {
            	        int alt19=2;
            	        int LA19_0 = input.LA(1);

            	        if ( (LA19_0==18) ) {
            	            alt19=1;
            	        }


            	        switch (alt19) {
            	    	case 1 :
            	    	    // InternalItup.g:675:6: otherlv_45= ',' ( (lv_wsisActionLines_46_0= ruleCode ) )
            	    	    {
            	    	    otherlv_45=(Token)match(input,18,FOLLOW_18); 

            	    	    						newLeafNode(otherlv_45, grammarAccess.getPlanAccess().getCommaKeyword_15_5_3_0());
            	    	    					
            	    	    // InternalItup.g:679:6: ( (lv_wsisActionLines_46_0= ruleCode ) )
            	    	    // InternalItup.g:680:7: (lv_wsisActionLines_46_0= ruleCode )
            	    	    {
            	    	    // InternalItup.g:680:7: (lv_wsisActionLines_46_0= ruleCode )
            	    	    // InternalItup.g:681:8: lv_wsisActionLines_46_0= ruleCode
            	    	    {

            	    	    								newCompositeNode(grammarAccess.getPlanAccess().getWsisActionLinesCodeParserRuleCall_15_5_3_1_0());
            	    	    							
            	    	    pushFollow(FOLLOW_22);
            	    	    lv_wsisActionLines_46_0=ruleCode();

            	    	    state._fsp--;


            	    	    								if (current==null) {
            	    	    									current = createModelElementForParent(grammarAccess.getPlanRule());
            	    	    								}
            	    	    								add(
            	    	    									current,
            	    	    									"wsisActionLines",
            	    	    									lv_wsisActionLines_46_0,
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
            	case 7 :
            	    // InternalItup.g:701:4: (otherlv_47= 'sdg' otherlv_48= 'custodian' ( (lv_sdgCustodianIndicators_49_0= ruleCode ) ) (otherlv_50= ',' ( (lv_sdgCustodianIndicators_51_0= ruleCode ) ) )* )
            	    {
            	    // InternalItup.g:701:4: (otherlv_47= 'sdg' otherlv_48= 'custodian' ( (lv_sdgCustodianIndicators_49_0= ruleCode ) ) (otherlv_50= ',' ( (lv_sdgCustodianIndicators_51_0= ruleCode ) ) )* )
            	    // InternalItup.g:702:5: otherlv_47= 'sdg' otherlv_48= 'custodian' ( (lv_sdgCustodianIndicators_49_0= ruleCode ) ) (otherlv_50= ',' ( (lv_sdgCustodianIndicators_51_0= ruleCode ) ) )*
            	    {
            	    otherlv_47=(Token)match(input,31,FOLLOW_27); 

            	    					newLeafNode(otherlv_47, grammarAccess.getPlanAccess().getSdgKeyword_15_6_0());
            	    				
            	    otherlv_48=(Token)match(input,32,FOLLOW_18); 

            	    					newLeafNode(otherlv_48, grammarAccess.getPlanAccess().getCustodianKeyword_15_6_1());
            	    				
            	    // InternalItup.g:710:5: ( (lv_sdgCustodianIndicators_49_0= ruleCode ) )
            	    // InternalItup.g:711:6: (lv_sdgCustodianIndicators_49_0= ruleCode )
            	    {
            	    // InternalItup.g:711:6: (lv_sdgCustodianIndicators_49_0= ruleCode )
            	    // InternalItup.g:712:7: lv_sdgCustodianIndicators_49_0= ruleCode
            	    {

            	    							newCompositeNode(grammarAccess.getPlanAccess().getSdgCustodianIndicatorsCodeParserRuleCall_15_6_2_0());
            	    						
            	    pushFollow(FOLLOW_22);
            	    lv_sdgCustodianIndicators_49_0=ruleCode();

            	    state._fsp--;


            	    							if (current==null) {
            	    								current = createModelElementForParent(grammarAccess.getPlanRule());
            	    							}
            	    							add(
            	    								current,
            	    								"sdgCustodianIndicators",
            	    								lv_sdgCustodianIndicators_49_0,
            	    								"org.itup.dsl.Itup.Code");
            	    							afterParserOrEnumRuleCall();
            	    						

            	    }


            	    }

            	    // InternalItup.g:729:5: (otherlv_50= ',' ( (lv_sdgCustodianIndicators_51_0= ruleCode ) ) )*
            	    loop20:
            	    do {
            	        int alt20=2;
            	        int LA20_0 = input.LA(1);

            	        if ( (LA20_0==18) ) {
            	            alt20=1;
            	        }


            	        switch (alt20) {
            	    	case 1 :
            	    	    // InternalItup.g:730:6: otherlv_50= ',' ( (lv_sdgCustodianIndicators_51_0= ruleCode ) )
            	    	    {
            	    	    otherlv_50=(Token)match(input,18,FOLLOW_18); 

            	    	    						newLeafNode(otherlv_50, grammarAccess.getPlanAccess().getCommaKeyword_15_6_3_0());
            	    	    					
            	    	    // InternalItup.g:734:6: ( (lv_sdgCustodianIndicators_51_0= ruleCode ) )
            	    	    // InternalItup.g:735:7: (lv_sdgCustodianIndicators_51_0= ruleCode )
            	    	    {
            	    	    // InternalItup.g:735:7: (lv_sdgCustodianIndicators_51_0= ruleCode )
            	    	    // InternalItup.g:736:8: lv_sdgCustodianIndicators_51_0= ruleCode
            	    	    {

            	    	    								newCompositeNode(grammarAccess.getPlanAccess().getSdgCustodianIndicatorsCodeParserRuleCall_15_6_3_1_0());
            	    	    							
            	    	    pushFollow(FOLLOW_22);
            	    	    lv_sdgCustodianIndicators_51_0=ruleCode();

            	    	    state._fsp--;


            	    	    								if (current==null) {
            	    	    									current = createModelElementForParent(grammarAccess.getPlanRule());
            	    	    								}
            	    	    								add(
            	    	    									current,
            	    	    									"sdgCustodianIndicators",
            	    	    									lv_sdgCustodianIndicators_51_0,
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
            	case 8 :
            	    // InternalItup.g:756:4: ( (lv_criteria_52_0= ruleImplementationCriterion ) )
            	    {
            	    // InternalItup.g:756:4: ( (lv_criteria_52_0= ruleImplementationCriterion ) )
            	    // InternalItup.g:757:5: (lv_criteria_52_0= ruleImplementationCriterion )
            	    {
            	    // InternalItup.g:757:5: (lv_criteria_52_0= ruleImplementationCriterion )
            	    // InternalItup.g:758:6: lv_criteria_52_0= ruleImplementationCriterion
            	    {

            	    						newCompositeNode(grammarAccess.getPlanAccess().getCriteriaImplementationCriterionParserRuleCall_15_7_0());
            	    					
            	    pushFollow(FOLLOW_23);
            	    lv_criteria_52_0=ruleImplementationCriterion();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getPlanRule());
            	    						}
            	    						add(
            	    							current,
            	    							"criteria",
            	    							lv_criteria_52_0,
            	    							"org.itup.dsl.Itup.ImplementationCriterion");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 9 :
            	    // InternalItup.g:776:4: ( (lv_glossary_53_0= ruleGlossaryTerm ) )
            	    {
            	    // InternalItup.g:776:4: ( (lv_glossary_53_0= ruleGlossaryTerm ) )
            	    // InternalItup.g:777:5: (lv_glossary_53_0= ruleGlossaryTerm )
            	    {
            	    // InternalItup.g:777:5: (lv_glossary_53_0= ruleGlossaryTerm )
            	    // InternalItup.g:778:6: lv_glossary_53_0= ruleGlossaryTerm
            	    {

            	    						newCompositeNode(grammarAccess.getPlanAccess().getGlossaryGlossaryTermParserRuleCall_15_8_0());
            	    					
            	    pushFollow(FOLLOW_23);
            	    lv_glossary_53_0=ruleGlossaryTerm();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getPlanRule());
            	    						}
            	    						add(
            	    							current,
            	    							"glossary",
            	    							lv_glossary_53_0,
            	    							"org.itup.dsl.Itup.GlossaryTerm");
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
    // InternalItup.g:800:1: entryRuleOperationalPlan returns [EObject current=null] : iv_ruleOperationalPlan= ruleOperationalPlan EOF ;
    public final EObject entryRuleOperationalPlan() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleOperationalPlan = null;


        try {
            // InternalItup.g:800:56: (iv_ruleOperationalPlan= ruleOperationalPlan EOF )
            // InternalItup.g:801:2: iv_ruleOperationalPlan= ruleOperationalPlan EOF
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
    // InternalItup.g:807:1: ruleOperationalPlan returns [EObject current=null] : (otherlv_0= 'operational' otherlv_1= 'plan' ( (lv_name_2_0= rulePlanName ) ) otherlv_3= 'for' ( ( ruleCode ) ) otherlv_5= 'year' ( (lv_year_6_0= ruleYear ) ) otherlv_7= 'implements' ( ( rulePlanName ) ) (otherlv_9= 'responsible' ( (lv_responsibleUnit_10_0= RULE_STRING ) ) )? ( (lv_objectives_11_0= ruleObjectivePlan ) )* ( (lv_retiredOutputs_12_0= ruleRetiredOutput ) )* ) ;
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
            // InternalItup.g:813:2: ( (otherlv_0= 'operational' otherlv_1= 'plan' ( (lv_name_2_0= rulePlanName ) ) otherlv_3= 'for' ( ( ruleCode ) ) otherlv_5= 'year' ( (lv_year_6_0= ruleYear ) ) otherlv_7= 'implements' ( ( rulePlanName ) ) (otherlv_9= 'responsible' ( (lv_responsibleUnit_10_0= RULE_STRING ) ) )? ( (lv_objectives_11_0= ruleObjectivePlan ) )* ( (lv_retiredOutputs_12_0= ruleRetiredOutput ) )* ) )
            // InternalItup.g:814:2: (otherlv_0= 'operational' otherlv_1= 'plan' ( (lv_name_2_0= rulePlanName ) ) otherlv_3= 'for' ( ( ruleCode ) ) otherlv_5= 'year' ( (lv_year_6_0= ruleYear ) ) otherlv_7= 'implements' ( ( rulePlanName ) ) (otherlv_9= 'responsible' ( (lv_responsibleUnit_10_0= RULE_STRING ) ) )? ( (lv_objectives_11_0= ruleObjectivePlan ) )* ( (lv_retiredOutputs_12_0= ruleRetiredOutput ) )* )
            {
            // InternalItup.g:814:2: (otherlv_0= 'operational' otherlv_1= 'plan' ( (lv_name_2_0= rulePlanName ) ) otherlv_3= 'for' ( ( ruleCode ) ) otherlv_5= 'year' ( (lv_year_6_0= ruleYear ) ) otherlv_7= 'implements' ( ( rulePlanName ) ) (otherlv_9= 'responsible' ( (lv_responsibleUnit_10_0= RULE_STRING ) ) )? ( (lv_objectives_11_0= ruleObjectivePlan ) )* ( (lv_retiredOutputs_12_0= ruleRetiredOutput ) )* )
            // InternalItup.g:815:3: otherlv_0= 'operational' otherlv_1= 'plan' ( (lv_name_2_0= rulePlanName ) ) otherlv_3= 'for' ( ( ruleCode ) ) otherlv_5= 'year' ( (lv_year_6_0= ruleYear ) ) otherlv_7= 'implements' ( ( rulePlanName ) ) (otherlv_9= 'responsible' ( (lv_responsibleUnit_10_0= RULE_STRING ) ) )? ( (lv_objectives_11_0= ruleObjectivePlan ) )* ( (lv_retiredOutputs_12_0= ruleRetiredOutput ) )*
            {
            otherlv_0=(Token)match(input,33,FOLLOW_28); 

            			newLeafNode(otherlv_0, grammarAccess.getOperationalPlanAccess().getOperationalKeyword_0());
            		
            otherlv_1=(Token)match(input,11,FOLLOW_3); 

            			newLeafNode(otherlv_1, grammarAccess.getOperationalPlanAccess().getPlanKeyword_1());
            		
            // InternalItup.g:823:3: ( (lv_name_2_0= rulePlanName ) )
            // InternalItup.g:824:4: (lv_name_2_0= rulePlanName )
            {
            // InternalItup.g:824:4: (lv_name_2_0= rulePlanName )
            // InternalItup.g:825:5: lv_name_2_0= rulePlanName
            {

            					newCompositeNode(grammarAccess.getOperationalPlanAccess().getNamePlanNameParserRuleCall_2_0());
            				
            pushFollow(FOLLOW_29);
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
            		
            // InternalItup.g:846:3: ( ( ruleCode ) )
            // InternalItup.g:847:4: ( ruleCode )
            {
            // InternalItup.g:847:4: ( ruleCode )
            // InternalItup.g:848:5: ruleCode
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getOperationalPlanRule());
            					}
            				

            					newCompositeNode(grammarAccess.getOperationalPlanAccess().getSectorSectorCrossReference_4_0());
            				
            pushFollow(FOLLOW_30);
            ruleCode();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_5=(Token)match(input,35,FOLLOW_6); 

            			newLeafNode(otherlv_5, grammarAccess.getOperationalPlanAccess().getYearKeyword_5());
            		
            // InternalItup.g:866:3: ( (lv_year_6_0= ruleYear ) )
            // InternalItup.g:867:4: (lv_year_6_0= ruleYear )
            {
            // InternalItup.g:867:4: (lv_year_6_0= ruleYear )
            // InternalItup.g:868:5: lv_year_6_0= ruleYear
            {

            					newCompositeNode(grammarAccess.getOperationalPlanAccess().getYearYearParserRuleCall_6_0());
            				
            pushFollow(FOLLOW_31);
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
            		
            // InternalItup.g:889:3: ( ( rulePlanName ) )
            // InternalItup.g:890:4: ( rulePlanName )
            {
            // InternalItup.g:890:4: ( rulePlanName )
            // InternalItup.g:891:5: rulePlanName
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getOperationalPlanRule());
            					}
            				

            					newCompositeNode(grammarAccess.getOperationalPlanAccess().getStrategicPlanPlanCrossReference_8_0());
            				
            pushFollow(FOLLOW_32);
            rulePlanName();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalItup.g:905:3: (otherlv_9= 'responsible' ( (lv_responsibleUnit_10_0= RULE_STRING ) ) )?
            int alt22=2;
            int LA22_0 = input.LA(1);

            if ( (LA22_0==37) ) {
                alt22=1;
            }
            switch (alt22) {
                case 1 :
                    // InternalItup.g:906:4: otherlv_9= 'responsible' ( (lv_responsibleUnit_10_0= RULE_STRING ) )
                    {
                    otherlv_9=(Token)match(input,37,FOLLOW_10); 

                    				newLeafNode(otherlv_9, grammarAccess.getOperationalPlanAccess().getResponsibleKeyword_9_0());
                    			
                    // InternalItup.g:910:4: ( (lv_responsibleUnit_10_0= RULE_STRING ) )
                    // InternalItup.g:911:5: (lv_responsibleUnit_10_0= RULE_STRING )
                    {
                    // InternalItup.g:911:5: (lv_responsibleUnit_10_0= RULE_STRING )
                    // InternalItup.g:912:6: lv_responsibleUnit_10_0= RULE_STRING
                    {
                    lv_responsibleUnit_10_0=(Token)match(input,RULE_STRING,FOLLOW_33); 

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

            // InternalItup.g:929:3: ( (lv_objectives_11_0= ruleObjectivePlan ) )*
            loop23:
            do {
                int alt23=2;
                int LA23_0 = input.LA(1);

                if ( (LA23_0==38) ) {
                    alt23=1;
                }


                switch (alt23) {
            	case 1 :
            	    // InternalItup.g:930:4: (lv_objectives_11_0= ruleObjectivePlan )
            	    {
            	    // InternalItup.g:930:4: (lv_objectives_11_0= ruleObjectivePlan )
            	    // InternalItup.g:931:5: lv_objectives_11_0= ruleObjectivePlan
            	    {

            	    					newCompositeNode(grammarAccess.getOperationalPlanAccess().getObjectivesObjectivePlanParserRuleCall_10_0());
            	    				
            	    pushFollow(FOLLOW_33);
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
            	    break loop23;
                }
            } while (true);

            // InternalItup.g:948:3: ( (lv_retiredOutputs_12_0= ruleRetiredOutput ) )*
            loop24:
            do {
                int alt24=2;
                int LA24_0 = input.LA(1);

                if ( (LA24_0==40) ) {
                    alt24=1;
                }


                switch (alt24) {
            	case 1 :
            	    // InternalItup.g:949:4: (lv_retiredOutputs_12_0= ruleRetiredOutput )
            	    {
            	    // InternalItup.g:949:4: (lv_retiredOutputs_12_0= ruleRetiredOutput )
            	    // InternalItup.g:950:5: lv_retiredOutputs_12_0= ruleRetiredOutput
            	    {

            	    					newCompositeNode(grammarAccess.getOperationalPlanAccess().getRetiredOutputsRetiredOutputParserRuleCall_11_0());
            	    				
            	    pushFollow(FOLLOW_34);
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
            	    break loop24;
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
    // InternalItup.g:971:1: entryRuleObjectivePlan returns [EObject current=null] : iv_ruleObjectivePlan= ruleObjectivePlan EOF ;
    public final EObject entryRuleObjectivePlan() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleObjectivePlan = null;


        try {
            // InternalItup.g:971:54: (iv_ruleObjectivePlan= ruleObjectivePlan EOF )
            // InternalItup.g:972:2: iv_ruleObjectivePlan= ruleObjectivePlan EOF
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
    // InternalItup.g:978:1: ruleObjectivePlan returns [EObject current=null] : (otherlv_0= 'objective' ( ( ruleCode ) ) otherlv_2= '{' ( (lv_outputs_3_0= ruleOutputPlan ) )* otherlv_4= '}' ) ;
    public final EObject ruleObjectivePlan() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_2=null;
        Token otherlv_4=null;
        EObject lv_outputs_3_0 = null;



        	enterRule();

        try {
            // InternalItup.g:984:2: ( (otherlv_0= 'objective' ( ( ruleCode ) ) otherlv_2= '{' ( (lv_outputs_3_0= ruleOutputPlan ) )* otherlv_4= '}' ) )
            // InternalItup.g:985:2: (otherlv_0= 'objective' ( ( ruleCode ) ) otherlv_2= '{' ( (lv_outputs_3_0= ruleOutputPlan ) )* otherlv_4= '}' )
            {
            // InternalItup.g:985:2: (otherlv_0= 'objective' ( ( ruleCode ) ) otherlv_2= '{' ( (lv_outputs_3_0= ruleOutputPlan ) )* otherlv_4= '}' )
            // InternalItup.g:986:3: otherlv_0= 'objective' ( ( ruleCode ) ) otherlv_2= '{' ( (lv_outputs_3_0= ruleOutputPlan ) )* otherlv_4= '}'
            {
            otherlv_0=(Token)match(input,38,FOLLOW_18); 

            			newLeafNode(otherlv_0, grammarAccess.getObjectivePlanAccess().getObjectiveKeyword_0());
            		
            // InternalItup.g:990:3: ( ( ruleCode ) )
            // InternalItup.g:991:4: ( ruleCode )
            {
            // InternalItup.g:991:4: ( ruleCode )
            // InternalItup.g:992:5: ruleCode
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getObjectivePlanRule());
            					}
            				

            					newCompositeNode(grammarAccess.getObjectivePlanAccess().getObjectiveObjectiveCrossReference_1_0());
            				
            pushFollow(FOLLOW_24);
            ruleCode();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_2=(Token)match(input,27,FOLLOW_35); 

            			newLeafNode(otherlv_2, grammarAccess.getObjectivePlanAccess().getLeftCurlyBracketKeyword_2());
            		
            // InternalItup.g:1010:3: ( (lv_outputs_3_0= ruleOutputPlan ) )*
            loop25:
            do {
                int alt25=2;
                int LA25_0 = input.LA(1);

                if ( (LA25_0==39) ) {
                    alt25=1;
                }


                switch (alt25) {
            	case 1 :
            	    // InternalItup.g:1011:4: (lv_outputs_3_0= ruleOutputPlan )
            	    {
            	    // InternalItup.g:1011:4: (lv_outputs_3_0= ruleOutputPlan )
            	    // InternalItup.g:1012:5: lv_outputs_3_0= ruleOutputPlan
            	    {

            	    					newCompositeNode(grammarAccess.getObjectivePlanAccess().getOutputsOutputPlanParserRuleCall_3_0());
            	    				
            	    pushFollow(FOLLOW_35);
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
            	    break loop25;
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
    // InternalItup.g:1037:1: entryRuleOutputPlan returns [EObject current=null] : iv_ruleOutputPlan= ruleOutputPlan EOF ;
    public final EObject entryRuleOutputPlan() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleOutputPlan = null;


        try {
            // InternalItup.g:1037:51: (iv_ruleOutputPlan= ruleOutputPlan EOF )
            // InternalItup.g:1038:2: iv_ruleOutputPlan= ruleOutputPlan EOF
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
    // InternalItup.g:1044:1: ruleOutputPlan returns [EObject current=null] : (otherlv_0= 'output' ( ( ruleCode ) ) otherlv_2= '{' this_OutputWork_3= ruleOutputWork[$current] otherlv_4= '}' ) ;
    public final EObject ruleOutputPlan() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_2=null;
        Token otherlv_4=null;
        EObject this_OutputWork_3 = null;



        	enterRule();

        try {
            // InternalItup.g:1050:2: ( (otherlv_0= 'output' ( ( ruleCode ) ) otherlv_2= '{' this_OutputWork_3= ruleOutputWork[$current] otherlv_4= '}' ) )
            // InternalItup.g:1051:2: (otherlv_0= 'output' ( ( ruleCode ) ) otherlv_2= '{' this_OutputWork_3= ruleOutputWork[$current] otherlv_4= '}' )
            {
            // InternalItup.g:1051:2: (otherlv_0= 'output' ( ( ruleCode ) ) otherlv_2= '{' this_OutputWork_3= ruleOutputWork[$current] otherlv_4= '}' )
            // InternalItup.g:1052:3: otherlv_0= 'output' ( ( ruleCode ) ) otherlv_2= '{' this_OutputWork_3= ruleOutputWork[$current] otherlv_4= '}'
            {
            otherlv_0=(Token)match(input,39,FOLLOW_18); 

            			newLeafNode(otherlv_0, grammarAccess.getOutputPlanAccess().getOutputKeyword_0());
            		
            // InternalItup.g:1056:3: ( ( ruleCode ) )
            // InternalItup.g:1057:4: ( ruleCode )
            {
            // InternalItup.g:1057:4: ( ruleCode )
            // InternalItup.g:1058:5: ruleCode
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getOutputPlanRule());
            					}
            				

            					newCompositeNode(grammarAccess.getOutputPlanAccess().getOutputOutputCrossReference_1_0());
            				
            pushFollow(FOLLOW_24);
            ruleCode();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_2=(Token)match(input,27,FOLLOW_36); 

            			newLeafNode(otherlv_2, grammarAccess.getOutputPlanAccess().getLeftCurlyBracketKeyword_2());
            		

            			if (current==null) {
            				current = createModelElement(grammarAccess.getOutputPlanRule());
            			}
            			newCompositeNode(grammarAccess.getOutputPlanAccess().getOutputWorkParserRuleCall_3());
            		
            pushFollow(FOLLOW_37);
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
    // InternalItup.g:1095:1: entryRuleRetiredOutput returns [EObject current=null] : iv_ruleRetiredOutput= ruleRetiredOutput EOF ;
    public final EObject entryRuleRetiredOutput() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleRetiredOutput = null;


        try {
            // InternalItup.g:1095:54: (iv_ruleRetiredOutput= ruleRetiredOutput EOF )
            // InternalItup.g:1096:2: iv_ruleRetiredOutput= ruleRetiredOutput EOF
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
    // InternalItup.g:1102:1: ruleRetiredOutput returns [EObject current=null] : (otherlv_0= 'retired' otherlv_1= 'output' ( (lv_code_2_0= ruleCode ) ) otherlv_3= '{' this_OutputWork_4= ruleOutputWork[$current] otherlv_5= '}' ) ;
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
            // InternalItup.g:1108:2: ( (otherlv_0= 'retired' otherlv_1= 'output' ( (lv_code_2_0= ruleCode ) ) otherlv_3= '{' this_OutputWork_4= ruleOutputWork[$current] otherlv_5= '}' ) )
            // InternalItup.g:1109:2: (otherlv_0= 'retired' otherlv_1= 'output' ( (lv_code_2_0= ruleCode ) ) otherlv_3= '{' this_OutputWork_4= ruleOutputWork[$current] otherlv_5= '}' )
            {
            // InternalItup.g:1109:2: (otherlv_0= 'retired' otherlv_1= 'output' ( (lv_code_2_0= ruleCode ) ) otherlv_3= '{' this_OutputWork_4= ruleOutputWork[$current] otherlv_5= '}' )
            // InternalItup.g:1110:3: otherlv_0= 'retired' otherlv_1= 'output' ( (lv_code_2_0= ruleCode ) ) otherlv_3= '{' this_OutputWork_4= ruleOutputWork[$current] otherlv_5= '}'
            {
            otherlv_0=(Token)match(input,40,FOLLOW_38); 

            			newLeafNode(otherlv_0, grammarAccess.getRetiredOutputAccess().getRetiredKeyword_0());
            		
            otherlv_1=(Token)match(input,39,FOLLOW_18); 

            			newLeafNode(otherlv_1, grammarAccess.getRetiredOutputAccess().getOutputKeyword_1());
            		
            // InternalItup.g:1118:3: ( (lv_code_2_0= ruleCode ) )
            // InternalItup.g:1119:4: (lv_code_2_0= ruleCode )
            {
            // InternalItup.g:1119:4: (lv_code_2_0= ruleCode )
            // InternalItup.g:1120:5: lv_code_2_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getRetiredOutputAccess().getCodeCodeParserRuleCall_2_0());
            				
            pushFollow(FOLLOW_24);
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

            otherlv_3=(Token)match(input,27,FOLLOW_36); 

            			newLeafNode(otherlv_3, grammarAccess.getRetiredOutputAccess().getLeftCurlyBracketKeyword_3());
            		

            			if (current==null) {
            				current = createModelElement(grammarAccess.getRetiredOutputRule());
            			}
            			newCompositeNode(grammarAccess.getRetiredOutputAccess().getOutputWorkParserRuleCall_4());
            		
            pushFollow(FOLLOW_37);
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
    // InternalItup.g:1161:1: ruleOutputWork[EObject in_current] returns [EObject current=in_current] : ( (otherlv_0= 'responsible' ( (lv_responsibleUnit_1_0= RULE_STRING ) ) ) | (otherlv_2= 'activity' ( (lv_activities_3_0= RULE_STRING ) ) ) | ( (lv_indicators_4_0= rulePerformanceIndicator ) ) | ( (lv_resources_5_0= ruleResourceNeed ) ) | ( (lv_timeline_6_0= ruleMilestone ) ) )* ;
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
            // InternalItup.g:1167:2: ( ( (otherlv_0= 'responsible' ( (lv_responsibleUnit_1_0= RULE_STRING ) ) ) | (otherlv_2= 'activity' ( (lv_activities_3_0= RULE_STRING ) ) ) | ( (lv_indicators_4_0= rulePerformanceIndicator ) ) | ( (lv_resources_5_0= ruleResourceNeed ) ) | ( (lv_timeline_6_0= ruleMilestone ) ) )* )
            // InternalItup.g:1168:2: ( (otherlv_0= 'responsible' ( (lv_responsibleUnit_1_0= RULE_STRING ) ) ) | (otherlv_2= 'activity' ( (lv_activities_3_0= RULE_STRING ) ) ) | ( (lv_indicators_4_0= rulePerformanceIndicator ) ) | ( (lv_resources_5_0= ruleResourceNeed ) ) | ( (lv_timeline_6_0= ruleMilestone ) ) )*
            {
            // InternalItup.g:1168:2: ( (otherlv_0= 'responsible' ( (lv_responsibleUnit_1_0= RULE_STRING ) ) ) | (otherlv_2= 'activity' ( (lv_activities_3_0= RULE_STRING ) ) ) | ( (lv_indicators_4_0= rulePerformanceIndicator ) ) | ( (lv_resources_5_0= ruleResourceNeed ) ) | ( (lv_timeline_6_0= ruleMilestone ) ) )*
            loop26:
            do {
                int alt26=6;
                switch ( input.LA(1) ) {
                case 37:
                    {
                    alt26=1;
                    }
                    break;
                case 41:
                    {
                    alt26=2;
                    }
                    break;
                case 75:
                    {
                    alt26=3;
                    }
                    break;
                case 43:
                    {
                    alt26=4;
                    }
                    break;
                case 11:
                case 42:
                    {
                    alt26=5;
                    }
                    break;

                }

                switch (alt26) {
            	case 1 :
            	    // InternalItup.g:1169:3: (otherlv_0= 'responsible' ( (lv_responsibleUnit_1_0= RULE_STRING ) ) )
            	    {
            	    // InternalItup.g:1169:3: (otherlv_0= 'responsible' ( (lv_responsibleUnit_1_0= RULE_STRING ) ) )
            	    // InternalItup.g:1170:4: otherlv_0= 'responsible' ( (lv_responsibleUnit_1_0= RULE_STRING ) )
            	    {
            	    otherlv_0=(Token)match(input,37,FOLLOW_10); 

            	    				newLeafNode(otherlv_0, grammarAccess.getOutputWorkAccess().getResponsibleKeyword_0_0());
            	    			
            	    // InternalItup.g:1174:4: ( (lv_responsibleUnit_1_0= RULE_STRING ) )
            	    // InternalItup.g:1175:5: (lv_responsibleUnit_1_0= RULE_STRING )
            	    {
            	    // InternalItup.g:1175:5: (lv_responsibleUnit_1_0= RULE_STRING )
            	    // InternalItup.g:1176:6: lv_responsibleUnit_1_0= RULE_STRING
            	    {
            	    lv_responsibleUnit_1_0=(Token)match(input,RULE_STRING,FOLLOW_39); 

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
            	    // InternalItup.g:1194:3: (otherlv_2= 'activity' ( (lv_activities_3_0= RULE_STRING ) ) )
            	    {
            	    // InternalItup.g:1194:3: (otherlv_2= 'activity' ( (lv_activities_3_0= RULE_STRING ) ) )
            	    // InternalItup.g:1195:4: otherlv_2= 'activity' ( (lv_activities_3_0= RULE_STRING ) )
            	    {
            	    otherlv_2=(Token)match(input,41,FOLLOW_10); 

            	    				newLeafNode(otherlv_2, grammarAccess.getOutputWorkAccess().getActivityKeyword_1_0());
            	    			
            	    // InternalItup.g:1199:4: ( (lv_activities_3_0= RULE_STRING ) )
            	    // InternalItup.g:1200:5: (lv_activities_3_0= RULE_STRING )
            	    {
            	    // InternalItup.g:1200:5: (lv_activities_3_0= RULE_STRING )
            	    // InternalItup.g:1201:6: lv_activities_3_0= RULE_STRING
            	    {
            	    lv_activities_3_0=(Token)match(input,RULE_STRING,FOLLOW_39); 

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
            	    // InternalItup.g:1219:3: ( (lv_indicators_4_0= rulePerformanceIndicator ) )
            	    {
            	    // InternalItup.g:1219:3: ( (lv_indicators_4_0= rulePerformanceIndicator ) )
            	    // InternalItup.g:1220:4: (lv_indicators_4_0= rulePerformanceIndicator )
            	    {
            	    // InternalItup.g:1220:4: (lv_indicators_4_0= rulePerformanceIndicator )
            	    // InternalItup.g:1221:5: lv_indicators_4_0= rulePerformanceIndicator
            	    {

            	    					newCompositeNode(grammarAccess.getOutputWorkAccess().getIndicatorsPerformanceIndicatorParserRuleCall_2_0());
            	    				
            	    pushFollow(FOLLOW_39);
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
            	    // InternalItup.g:1239:3: ( (lv_resources_5_0= ruleResourceNeed ) )
            	    {
            	    // InternalItup.g:1239:3: ( (lv_resources_5_0= ruleResourceNeed ) )
            	    // InternalItup.g:1240:4: (lv_resources_5_0= ruleResourceNeed )
            	    {
            	    // InternalItup.g:1240:4: (lv_resources_5_0= ruleResourceNeed )
            	    // InternalItup.g:1241:5: lv_resources_5_0= ruleResourceNeed
            	    {

            	    					newCompositeNode(grammarAccess.getOutputWorkAccess().getResourcesResourceNeedParserRuleCall_3_0());
            	    				
            	    pushFollow(FOLLOW_39);
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
            	    // InternalItup.g:1259:3: ( (lv_timeline_6_0= ruleMilestone ) )
            	    {
            	    // InternalItup.g:1259:3: ( (lv_timeline_6_0= ruleMilestone ) )
            	    // InternalItup.g:1260:4: (lv_timeline_6_0= ruleMilestone )
            	    {
            	    // InternalItup.g:1260:4: (lv_timeline_6_0= ruleMilestone )
            	    // InternalItup.g:1261:5: lv_timeline_6_0= ruleMilestone
            	    {

            	    					newCompositeNode(grammarAccess.getOutputWorkAccess().getTimelineMilestoneParserRuleCall_4_0());
            	    				
            	    pushFollow(FOLLOW_39);
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
            	    break loop26;
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
    // InternalItup.g:1282:1: entryRuleMilestone returns [EObject current=null] : iv_ruleMilestone= ruleMilestone EOF ;
    public final EObject entryRuleMilestone() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleMilestone = null;


        try {
            // InternalItup.g:1282:50: (iv_ruleMilestone= ruleMilestone EOF )
            // InternalItup.g:1283:2: iv_ruleMilestone= ruleMilestone EOF
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
    // InternalItup.g:1289:1: ruleMilestone returns [EObject current=null] : ( (otherlv_0= 'plan' | ( (lv_forecast_1_0= 'forecast' ) ) ) ( (lv_year_2_0= ruleYear ) ) ( (lv_statement_3_0= RULE_STRING ) ) ) ;
    public final EObject ruleMilestone() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_forecast_1_0=null;
        Token lv_statement_3_0=null;
        AntlrDatatypeRuleToken lv_year_2_0 = null;



        	enterRule();

        try {
            // InternalItup.g:1295:2: ( ( (otherlv_0= 'plan' | ( (lv_forecast_1_0= 'forecast' ) ) ) ( (lv_year_2_0= ruleYear ) ) ( (lv_statement_3_0= RULE_STRING ) ) ) )
            // InternalItup.g:1296:2: ( (otherlv_0= 'plan' | ( (lv_forecast_1_0= 'forecast' ) ) ) ( (lv_year_2_0= ruleYear ) ) ( (lv_statement_3_0= RULE_STRING ) ) )
            {
            // InternalItup.g:1296:2: ( (otherlv_0= 'plan' | ( (lv_forecast_1_0= 'forecast' ) ) ) ( (lv_year_2_0= ruleYear ) ) ( (lv_statement_3_0= RULE_STRING ) ) )
            // InternalItup.g:1297:3: (otherlv_0= 'plan' | ( (lv_forecast_1_0= 'forecast' ) ) ) ( (lv_year_2_0= ruleYear ) ) ( (lv_statement_3_0= RULE_STRING ) )
            {
            // InternalItup.g:1297:3: (otherlv_0= 'plan' | ( (lv_forecast_1_0= 'forecast' ) ) )
            int alt27=2;
            int LA27_0 = input.LA(1);

            if ( (LA27_0==11) ) {
                alt27=1;
            }
            else if ( (LA27_0==42) ) {
                alt27=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 27, 0, input);

                throw nvae;
            }
            switch (alt27) {
                case 1 :
                    // InternalItup.g:1298:4: otherlv_0= 'plan'
                    {
                    otherlv_0=(Token)match(input,11,FOLLOW_6); 

                    				newLeafNode(otherlv_0, grammarAccess.getMilestoneAccess().getPlanKeyword_0_0());
                    			

                    }
                    break;
                case 2 :
                    // InternalItup.g:1303:4: ( (lv_forecast_1_0= 'forecast' ) )
                    {
                    // InternalItup.g:1303:4: ( (lv_forecast_1_0= 'forecast' ) )
                    // InternalItup.g:1304:5: (lv_forecast_1_0= 'forecast' )
                    {
                    // InternalItup.g:1304:5: (lv_forecast_1_0= 'forecast' )
                    // InternalItup.g:1305:6: lv_forecast_1_0= 'forecast'
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

            // InternalItup.g:1318:3: ( (lv_year_2_0= ruleYear ) )
            // InternalItup.g:1319:4: (lv_year_2_0= ruleYear )
            {
            // InternalItup.g:1319:4: (lv_year_2_0= ruleYear )
            // InternalItup.g:1320:5: lv_year_2_0= ruleYear
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

            // InternalItup.g:1337:3: ( (lv_statement_3_0= RULE_STRING ) )
            // InternalItup.g:1338:4: (lv_statement_3_0= RULE_STRING )
            {
            // InternalItup.g:1338:4: (lv_statement_3_0= RULE_STRING )
            // InternalItup.g:1339:5: lv_statement_3_0= RULE_STRING
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
    // InternalItup.g:1359:1: entryRuleResourceNeed returns [EObject current=null] : iv_ruleResourceNeed= ruleResourceNeed EOF ;
    public final EObject entryRuleResourceNeed() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleResourceNeed = null;


        try {
            // InternalItup.g:1359:53: (iv_ruleResourceNeed= ruleResourceNeed EOF )
            // InternalItup.g:1360:2: iv_ruleResourceNeed= ruleResourceNeed EOF
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
    // InternalItup.g:1366:1: ruleResourceNeed returns [EObject current=null] : (otherlv_0= 'resources' ( ( (lv_amount_1_0= ruleDecimal ) ) ( (lv_currency_2_0= RULE_STRING ) ) )? ( (lv_description_3_0= RULE_STRING ) )? ) ;
    public final EObject ruleResourceNeed() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_currency_2_0=null;
        Token lv_description_3_0=null;
        AntlrDatatypeRuleToken lv_amount_1_0 = null;



        	enterRule();

        try {
            // InternalItup.g:1372:2: ( (otherlv_0= 'resources' ( ( (lv_amount_1_0= ruleDecimal ) ) ( (lv_currency_2_0= RULE_STRING ) ) )? ( (lv_description_3_0= RULE_STRING ) )? ) )
            // InternalItup.g:1373:2: (otherlv_0= 'resources' ( ( (lv_amount_1_0= ruleDecimal ) ) ( (lv_currency_2_0= RULE_STRING ) ) )? ( (lv_description_3_0= RULE_STRING ) )? )
            {
            // InternalItup.g:1373:2: (otherlv_0= 'resources' ( ( (lv_amount_1_0= ruleDecimal ) ) ( (lv_currency_2_0= RULE_STRING ) ) )? ( (lv_description_3_0= RULE_STRING ) )? )
            // InternalItup.g:1374:3: otherlv_0= 'resources' ( ( (lv_amount_1_0= ruleDecimal ) ) ( (lv_currency_2_0= RULE_STRING ) ) )? ( (lv_description_3_0= RULE_STRING ) )?
            {
            otherlv_0=(Token)match(input,43,FOLLOW_40); 

            			newLeafNode(otherlv_0, grammarAccess.getResourceNeedAccess().getResourcesKeyword_0());
            		
            // InternalItup.g:1378:3: ( ( (lv_amount_1_0= ruleDecimal ) ) ( (lv_currency_2_0= RULE_STRING ) ) )?
            int alt28=2;
            int LA28_0 = input.LA(1);

            if ( (LA28_0==RULE_INT||LA28_0==97) ) {
                alt28=1;
            }
            switch (alt28) {
                case 1 :
                    // InternalItup.g:1379:4: ( (lv_amount_1_0= ruleDecimal ) ) ( (lv_currency_2_0= RULE_STRING ) )
                    {
                    // InternalItup.g:1379:4: ( (lv_amount_1_0= ruleDecimal ) )
                    // InternalItup.g:1380:5: (lv_amount_1_0= ruleDecimal )
                    {
                    // InternalItup.g:1380:5: (lv_amount_1_0= ruleDecimal )
                    // InternalItup.g:1381:6: lv_amount_1_0= ruleDecimal
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

                    // InternalItup.g:1398:4: ( (lv_currency_2_0= RULE_STRING ) )
                    // InternalItup.g:1399:5: (lv_currency_2_0= RULE_STRING )
                    {
                    // InternalItup.g:1399:5: (lv_currency_2_0= RULE_STRING )
                    // InternalItup.g:1400:6: lv_currency_2_0= RULE_STRING
                    {
                    lv_currency_2_0=(Token)match(input,RULE_STRING,FOLLOW_41); 

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

            // InternalItup.g:1417:3: ( (lv_description_3_0= RULE_STRING ) )?
            int alt29=2;
            int LA29_0 = input.LA(1);

            if ( (LA29_0==RULE_STRING) ) {
                alt29=1;
            }
            switch (alt29) {
                case 1 :
                    // InternalItup.g:1418:4: (lv_description_3_0= RULE_STRING )
                    {
                    // InternalItup.g:1418:4: (lv_description_3_0= RULE_STRING )
                    // InternalItup.g:1419:5: lv_description_3_0= RULE_STRING
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
    // InternalItup.g:1439:1: entryRuleMonitoringFile returns [EObject current=null] : iv_ruleMonitoringFile= ruleMonitoringFile EOF ;
    public final EObject entryRuleMonitoringFile() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleMonitoringFile = null;


        try {
            // InternalItup.g:1439:55: (iv_ruleMonitoringFile= ruleMonitoringFile EOF )
            // InternalItup.g:1440:2: iv_ruleMonitoringFile= ruleMonitoringFile EOF
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
    // InternalItup.g:1446:1: ruleMonitoringFile returns [EObject current=null] : (otherlv_0= 'monitoring' otherlv_1= 'of' ( ( rulePlanName ) ) ( (otherlv_3= 'data' ( (lv_dataFiles_4_0= RULE_STRING ) ) ) | ( (lv_measurements_5_0= ruleMeasurement ) ) | ( (lv_expenditures_6_0= ruleExpenditure ) ) | ( (lv_assessments_7_0= ruleAssessment ) ) )* ) ;
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
            // InternalItup.g:1452:2: ( (otherlv_0= 'monitoring' otherlv_1= 'of' ( ( rulePlanName ) ) ( (otherlv_3= 'data' ( (lv_dataFiles_4_0= RULE_STRING ) ) ) | ( (lv_measurements_5_0= ruleMeasurement ) ) | ( (lv_expenditures_6_0= ruleExpenditure ) ) | ( (lv_assessments_7_0= ruleAssessment ) ) )* ) )
            // InternalItup.g:1453:2: (otherlv_0= 'monitoring' otherlv_1= 'of' ( ( rulePlanName ) ) ( (otherlv_3= 'data' ( (lv_dataFiles_4_0= RULE_STRING ) ) ) | ( (lv_measurements_5_0= ruleMeasurement ) ) | ( (lv_expenditures_6_0= ruleExpenditure ) ) | ( (lv_assessments_7_0= ruleAssessment ) ) )* )
            {
            // InternalItup.g:1453:2: (otherlv_0= 'monitoring' otherlv_1= 'of' ( ( rulePlanName ) ) ( (otherlv_3= 'data' ( (lv_dataFiles_4_0= RULE_STRING ) ) ) | ( (lv_measurements_5_0= ruleMeasurement ) ) | ( (lv_expenditures_6_0= ruleExpenditure ) ) | ( (lv_assessments_7_0= ruleAssessment ) ) )* )
            // InternalItup.g:1454:3: otherlv_0= 'monitoring' otherlv_1= 'of' ( ( rulePlanName ) ) ( (otherlv_3= 'data' ( (lv_dataFiles_4_0= RULE_STRING ) ) ) | ( (lv_measurements_5_0= ruleMeasurement ) ) | ( (lv_expenditures_6_0= ruleExpenditure ) ) | ( (lv_assessments_7_0= ruleAssessment ) ) )*
            {
            otherlv_0=(Token)match(input,44,FOLLOW_42); 

            			newLeafNode(otherlv_0, grammarAccess.getMonitoringFileAccess().getMonitoringKeyword_0());
            		
            otherlv_1=(Token)match(input,45,FOLLOW_3); 

            			newLeafNode(otherlv_1, grammarAccess.getMonitoringFileAccess().getOfKeyword_1());
            		
            // InternalItup.g:1462:3: ( ( rulePlanName ) )
            // InternalItup.g:1463:4: ( rulePlanName )
            {
            // InternalItup.g:1463:4: ( rulePlanName )
            // InternalItup.g:1464:5: rulePlanName
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getMonitoringFileRule());
            					}
            				

            					newCompositeNode(grammarAccess.getMonitoringFileAccess().getPlanPlanCrossReference_2_0());
            				
            pushFollow(FOLLOW_43);
            rulePlanName();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalItup.g:1478:3: ( (otherlv_3= 'data' ( (lv_dataFiles_4_0= RULE_STRING ) ) ) | ( (lv_measurements_5_0= ruleMeasurement ) ) | ( (lv_expenditures_6_0= ruleExpenditure ) ) | ( (lv_assessments_7_0= ruleAssessment ) ) )*
            loop30:
            do {
                int alt30=5;
                switch ( input.LA(1) ) {
                case 46:
                    {
                    alt30=1;
                    }
                    break;
                case 47:
                    {
                    alt30=2;
                    }
                    break;
                case 53:
                    {
                    alt30=3;
                    }
                    break;
                case 55:
                    {
                    alt30=4;
                    }
                    break;

                }

                switch (alt30) {
            	case 1 :
            	    // InternalItup.g:1479:4: (otherlv_3= 'data' ( (lv_dataFiles_4_0= RULE_STRING ) ) )
            	    {
            	    // InternalItup.g:1479:4: (otherlv_3= 'data' ( (lv_dataFiles_4_0= RULE_STRING ) ) )
            	    // InternalItup.g:1480:5: otherlv_3= 'data' ( (lv_dataFiles_4_0= RULE_STRING ) )
            	    {
            	    otherlv_3=(Token)match(input,46,FOLLOW_10); 

            	    					newLeafNode(otherlv_3, grammarAccess.getMonitoringFileAccess().getDataKeyword_3_0_0());
            	    				
            	    // InternalItup.g:1484:5: ( (lv_dataFiles_4_0= RULE_STRING ) )
            	    // InternalItup.g:1485:6: (lv_dataFiles_4_0= RULE_STRING )
            	    {
            	    // InternalItup.g:1485:6: (lv_dataFiles_4_0= RULE_STRING )
            	    // InternalItup.g:1486:7: lv_dataFiles_4_0= RULE_STRING
            	    {
            	    lv_dataFiles_4_0=(Token)match(input,RULE_STRING,FOLLOW_43); 

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
            	    // InternalItup.g:1504:4: ( (lv_measurements_5_0= ruleMeasurement ) )
            	    {
            	    // InternalItup.g:1504:4: ( (lv_measurements_5_0= ruleMeasurement ) )
            	    // InternalItup.g:1505:5: (lv_measurements_5_0= ruleMeasurement )
            	    {
            	    // InternalItup.g:1505:5: (lv_measurements_5_0= ruleMeasurement )
            	    // InternalItup.g:1506:6: lv_measurements_5_0= ruleMeasurement
            	    {

            	    						newCompositeNode(grammarAccess.getMonitoringFileAccess().getMeasurementsMeasurementParserRuleCall_3_1_0());
            	    					
            	    pushFollow(FOLLOW_43);
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
            	    // InternalItup.g:1524:4: ( (lv_expenditures_6_0= ruleExpenditure ) )
            	    {
            	    // InternalItup.g:1524:4: ( (lv_expenditures_6_0= ruleExpenditure ) )
            	    // InternalItup.g:1525:5: (lv_expenditures_6_0= ruleExpenditure )
            	    {
            	    // InternalItup.g:1525:5: (lv_expenditures_6_0= ruleExpenditure )
            	    // InternalItup.g:1526:6: lv_expenditures_6_0= ruleExpenditure
            	    {

            	    						newCompositeNode(grammarAccess.getMonitoringFileAccess().getExpendituresExpenditureParserRuleCall_3_2_0());
            	    					
            	    pushFollow(FOLLOW_43);
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
            	    // InternalItup.g:1544:4: ( (lv_assessments_7_0= ruleAssessment ) )
            	    {
            	    // InternalItup.g:1544:4: ( (lv_assessments_7_0= ruleAssessment ) )
            	    // InternalItup.g:1545:5: (lv_assessments_7_0= ruleAssessment )
            	    {
            	    // InternalItup.g:1545:5: (lv_assessments_7_0= ruleAssessment )
            	    // InternalItup.g:1546:6: lv_assessments_7_0= ruleAssessment
            	    {

            	    						newCompositeNode(grammarAccess.getMonitoringFileAccess().getAssessmentsAssessmentParserRuleCall_3_3_0());
            	    					
            	    pushFollow(FOLLOW_43);
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
            	    break loop30;
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
    // InternalItup.g:1568:1: entryRuleMeasurement returns [EObject current=null] : iv_ruleMeasurement= ruleMeasurement EOF ;
    public final EObject entryRuleMeasurement() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleMeasurement = null;


        try {
            // InternalItup.g:1568:52: (iv_ruleMeasurement= ruleMeasurement EOF )
            // InternalItup.g:1569:2: iv_ruleMeasurement= ruleMeasurement EOF
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
    // InternalItup.g:1575:1: ruleMeasurement returns [EObject current=null] : (otherlv_0= 'measured' ( ( ruleCode ) ) otherlv_2= 'in' ( (lv_period_3_0= rulePeriod ) ) otherlv_4= 'value' ( (lv_value_5_0= ruleDecimal ) ) ( (lv_unit_6_0= RULE_STRING ) )? ( ( ( ( ({...}? => ( ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) ) ;
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
            // InternalItup.g:1581:2: ( (otherlv_0= 'measured' ( ( ruleCode ) ) otherlv_2= 'in' ( (lv_period_3_0= rulePeriod ) ) otherlv_4= 'value' ( (lv_value_5_0= ruleDecimal ) ) ( (lv_unit_6_0= RULE_STRING ) )? ( ( ( ( ({...}? => ( ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) ) )
            // InternalItup.g:1582:2: (otherlv_0= 'measured' ( ( ruleCode ) ) otherlv_2= 'in' ( (lv_period_3_0= rulePeriod ) ) otherlv_4= 'value' ( (lv_value_5_0= ruleDecimal ) ) ( (lv_unit_6_0= RULE_STRING ) )? ( ( ( ( ({...}? => ( ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) )
            {
            // InternalItup.g:1582:2: (otherlv_0= 'measured' ( ( ruleCode ) ) otherlv_2= 'in' ( (lv_period_3_0= rulePeriod ) ) otherlv_4= 'value' ( (lv_value_5_0= ruleDecimal ) ) ( (lv_unit_6_0= RULE_STRING ) )? ( ( ( ( ({...}? => ( ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) )
            // InternalItup.g:1583:3: otherlv_0= 'measured' ( ( ruleCode ) ) otherlv_2= 'in' ( (lv_period_3_0= rulePeriod ) ) otherlv_4= 'value' ( (lv_value_5_0= ruleDecimal ) ) ( (lv_unit_6_0= RULE_STRING ) )? ( ( ( ( ({...}? => ( ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) ) ) ) )* ) ) )
            {
            otherlv_0=(Token)match(input,47,FOLLOW_18); 

            			newLeafNode(otherlv_0, grammarAccess.getMeasurementAccess().getMeasuredKeyword_0());
            		
            // InternalItup.g:1587:3: ( ( ruleCode ) )
            // InternalItup.g:1588:4: ( ruleCode )
            {
            // InternalItup.g:1588:4: ( ruleCode )
            // InternalItup.g:1589:5: ruleCode
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getMeasurementRule());
            					}
            				

            					newCompositeNode(grammarAccess.getMeasurementAccess().getSubjectMeasurableCrossReference_1_0());
            				
            pushFollow(FOLLOW_44);
            ruleCode();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_2=(Token)match(input,48,FOLLOW_6); 

            			newLeafNode(otherlv_2, grammarAccess.getMeasurementAccess().getInKeyword_2());
            		
            // InternalItup.g:1607:3: ( (lv_period_3_0= rulePeriod ) )
            // InternalItup.g:1608:4: (lv_period_3_0= rulePeriod )
            {
            // InternalItup.g:1608:4: (lv_period_3_0= rulePeriod )
            // InternalItup.g:1609:5: lv_period_3_0= rulePeriod
            {

            					newCompositeNode(grammarAccess.getMeasurementAccess().getPeriodPeriodParserRuleCall_3_0());
            				
            pushFollow(FOLLOW_45);
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

            otherlv_4=(Token)match(input,49,FOLLOW_46); 

            			newLeafNode(otherlv_4, grammarAccess.getMeasurementAccess().getValueKeyword_4());
            		
            // InternalItup.g:1630:3: ( (lv_value_5_0= ruleDecimal ) )
            // InternalItup.g:1631:4: (lv_value_5_0= ruleDecimal )
            {
            // InternalItup.g:1631:4: (lv_value_5_0= ruleDecimal )
            // InternalItup.g:1632:5: lv_value_5_0= ruleDecimal
            {

            					newCompositeNode(grammarAccess.getMeasurementAccess().getValueDecimalParserRuleCall_5_0());
            				
            pushFollow(FOLLOW_47);
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

            // InternalItup.g:1649:3: ( (lv_unit_6_0= RULE_STRING ) )?
            int alt31=2;
            int LA31_0 = input.LA(1);

            if ( (LA31_0==RULE_STRING) ) {
                alt31=1;
            }
            switch (alt31) {
                case 1 :
                    // InternalItup.g:1650:4: (lv_unit_6_0= RULE_STRING )
                    {
                    // InternalItup.g:1650:4: (lv_unit_6_0= RULE_STRING )
                    // InternalItup.g:1651:5: lv_unit_6_0= RULE_STRING
                    {
                    lv_unit_6_0=(Token)match(input,RULE_STRING,FOLLOW_48); 

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

            // InternalItup.g:1667:3: ( ( ( ( ({...}? => ( ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) ) ) ) )* ) ) )
            // InternalItup.g:1668:4: ( ( ( ({...}? => ( ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) ) ) ) )* ) )
            {
            // InternalItup.g:1668:4: ( ( ( ({...}? => ( ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) ) ) ) )* ) )
            // InternalItup.g:1669:5: ( ( ({...}? => ( ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) ) ) ) )* )
            {
             
            				  getUnorderedGroupHelper().enter(grammarAccess.getMeasurementAccess().getUnorderedGroup_7());
            				
            // InternalItup.g:1672:5: ( ( ({...}? => ( ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) ) ) ) )* )
            // InternalItup.g:1673:6: ( ({...}? => ( ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) ) ) ) )*
            {
            // InternalItup.g:1673:6: ( ({...}? => ( ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) ) ) ) )*
            loop32:
            do {
                int alt32=4;
                int LA32_0 = input.LA(1);

                if ( LA32_0 == 50 && getUnorderedGroupHelper().canSelect(grammarAccess.getMeasurementAccess().getUnorderedGroup_7(), 0) ) {
                    alt32=1;
                }
                else if ( LA32_0 == 51 && getUnorderedGroupHelper().canSelect(grammarAccess.getMeasurementAccess().getUnorderedGroup_7(), 1) ) {
                    alt32=2;
                }
                else if ( LA32_0 == 52 && getUnorderedGroupHelper().canSelect(grammarAccess.getMeasurementAccess().getUnorderedGroup_7(), 2) ) {
                    alt32=3;
                }


                switch (alt32) {
            	case 1 :
            	    // InternalItup.g:1674:4: ({...}? => ( ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) ) ) )
            	    {
            	    // InternalItup.g:1674:4: ({...}? => ( ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) ) ) )
            	    // InternalItup.g:1675:5: {...}? => ( ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) ) )
            	    {
            	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getMeasurementAccess().getUnorderedGroup_7(), 0) ) {
            	        throw new FailedPredicateException(input, "ruleMeasurement", "getUnorderedGroupHelper().canSelect(grammarAccess.getMeasurementAccess().getUnorderedGroup_7(), 0)");
            	    }
            	    // InternalItup.g:1675:108: ( ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) ) )
            	    // InternalItup.g:1676:6: ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) )
            	    {

            	    						getUnorderedGroupHelper().select(grammarAccess.getMeasurementAccess().getUnorderedGroup_7(), 0);
            	    					
            	    // InternalItup.g:1679:9: ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) )
            	    // InternalItup.g:1679:10: {...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) )
            	    {
            	    if ( !((true)) ) {
            	        throw new FailedPredicateException(input, "ruleMeasurement", "true");
            	    }
            	    // InternalItup.g:1679:19: (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) )
            	    // InternalItup.g:1679:20: otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) )
            	    {
            	    otherlv_8=(Token)match(input,50,FOLLOW_10); 

            	    									newLeafNode(otherlv_8, grammarAccess.getMeasurementAccess().getSourceKeyword_7_0_0());
            	    								
            	    // InternalItup.g:1683:9: ( (lv_source_9_0= RULE_STRING ) )
            	    // InternalItup.g:1684:10: (lv_source_9_0= RULE_STRING )
            	    {
            	    // InternalItup.g:1684:10: (lv_source_9_0= RULE_STRING )
            	    // InternalItup.g:1685:11: lv_source_9_0= RULE_STRING
            	    {
            	    lv_source_9_0=(Token)match(input,RULE_STRING,FOLLOW_48); 

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
            	    // InternalItup.g:1707:4: ({...}? => ( ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) ) ) )
            	    {
            	    // InternalItup.g:1707:4: ({...}? => ( ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) ) ) )
            	    // InternalItup.g:1708:5: {...}? => ( ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) ) )
            	    {
            	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getMeasurementAccess().getUnorderedGroup_7(), 1) ) {
            	        throw new FailedPredicateException(input, "ruleMeasurement", "getUnorderedGroupHelper().canSelect(grammarAccess.getMeasurementAccess().getUnorderedGroup_7(), 1)");
            	    }
            	    // InternalItup.g:1708:108: ( ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) ) )
            	    // InternalItup.g:1709:6: ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) )
            	    {

            	    						getUnorderedGroupHelper().select(grammarAccess.getMeasurementAccess().getUnorderedGroup_7(), 1);
            	    					
            	    // InternalItup.g:1712:9: ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) )
            	    // InternalItup.g:1712:10: {...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) )
            	    {
            	    if ( !((true)) ) {
            	        throw new FailedPredicateException(input, "ruleMeasurement", "true");
            	    }
            	    // InternalItup.g:1712:19: (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) )
            	    // InternalItup.g:1712:20: otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) )
            	    {
            	    otherlv_10=(Token)match(input,51,FOLLOW_10); 

            	    									newLeafNode(otherlv_10, grammarAccess.getMeasurementAccess().getDateKeyword_7_1_0());
            	    								
            	    // InternalItup.g:1716:9: ( (lv_date_11_0= RULE_STRING ) )
            	    // InternalItup.g:1717:10: (lv_date_11_0= RULE_STRING )
            	    {
            	    // InternalItup.g:1717:10: (lv_date_11_0= RULE_STRING )
            	    // InternalItup.g:1718:11: lv_date_11_0= RULE_STRING
            	    {
            	    lv_date_11_0=(Token)match(input,RULE_STRING,FOLLOW_48); 

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
            	    // InternalItup.g:1740:4: ({...}? => ( ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) ) ) )
            	    {
            	    // InternalItup.g:1740:4: ({...}? => ( ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) ) ) )
            	    // InternalItup.g:1741:5: {...}? => ( ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) ) )
            	    {
            	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getMeasurementAccess().getUnorderedGroup_7(), 2) ) {
            	        throw new FailedPredicateException(input, "ruleMeasurement", "getUnorderedGroupHelper().canSelect(grammarAccess.getMeasurementAccess().getUnorderedGroup_7(), 2)");
            	    }
            	    // InternalItup.g:1741:108: ( ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) ) )
            	    // InternalItup.g:1742:6: ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) )
            	    {

            	    						getUnorderedGroupHelper().select(grammarAccess.getMeasurementAccess().getUnorderedGroup_7(), 2);
            	    					
            	    // InternalItup.g:1745:9: ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) )
            	    // InternalItup.g:1745:10: {...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) )
            	    {
            	    if ( !((true)) ) {
            	        throw new FailedPredicateException(input, "ruleMeasurement", "true");
            	    }
            	    // InternalItup.g:1745:19: (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) )
            	    // InternalItup.g:1745:20: otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) )
            	    {
            	    otherlv_12=(Token)match(input,52,FOLLOW_10); 

            	    									newLeafNode(otherlv_12, grammarAccess.getMeasurementAccess().getNoteKeyword_7_2_0());
            	    								
            	    // InternalItup.g:1749:9: ( (lv_note_13_0= RULE_STRING ) )
            	    // InternalItup.g:1750:10: (lv_note_13_0= RULE_STRING )
            	    {
            	    // InternalItup.g:1750:10: (lv_note_13_0= RULE_STRING )
            	    // InternalItup.g:1751:11: lv_note_13_0= RULE_STRING
            	    {
            	    lv_note_13_0=(Token)match(input,RULE_STRING,FOLLOW_48); 

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
            	    break loop32;
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
    // InternalItup.g:1784:1: entryRuleExpenditure returns [EObject current=null] : iv_ruleExpenditure= ruleExpenditure EOF ;
    public final EObject entryRuleExpenditure() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleExpenditure = null;


        try {
            // InternalItup.g:1784:52: (iv_ruleExpenditure= ruleExpenditure EOF )
            // InternalItup.g:1785:2: iv_ruleExpenditure= ruleExpenditure EOF
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
    // InternalItup.g:1791:1: ruleExpenditure returns [EObject current=null] : (otherlv_0= 'spent' ( (lv_amount_1_0= ruleDecimal ) ) ( (lv_currency_2_0= RULE_STRING ) ) otherlv_3= 'on' ( ( ruleCode ) ) otherlv_5= 'in' ( (lv_period_6_0= rulePeriod ) ) ) ;
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
            // InternalItup.g:1797:2: ( (otherlv_0= 'spent' ( (lv_amount_1_0= ruleDecimal ) ) ( (lv_currency_2_0= RULE_STRING ) ) otherlv_3= 'on' ( ( ruleCode ) ) otherlv_5= 'in' ( (lv_period_6_0= rulePeriod ) ) ) )
            // InternalItup.g:1798:2: (otherlv_0= 'spent' ( (lv_amount_1_0= ruleDecimal ) ) ( (lv_currency_2_0= RULE_STRING ) ) otherlv_3= 'on' ( ( ruleCode ) ) otherlv_5= 'in' ( (lv_period_6_0= rulePeriod ) ) )
            {
            // InternalItup.g:1798:2: (otherlv_0= 'spent' ( (lv_amount_1_0= ruleDecimal ) ) ( (lv_currency_2_0= RULE_STRING ) ) otherlv_3= 'on' ( ( ruleCode ) ) otherlv_5= 'in' ( (lv_period_6_0= rulePeriod ) ) )
            // InternalItup.g:1799:3: otherlv_0= 'spent' ( (lv_amount_1_0= ruleDecimal ) ) ( (lv_currency_2_0= RULE_STRING ) ) otherlv_3= 'on' ( ( ruleCode ) ) otherlv_5= 'in' ( (lv_period_6_0= rulePeriod ) )
            {
            otherlv_0=(Token)match(input,53,FOLLOW_46); 

            			newLeafNode(otherlv_0, grammarAccess.getExpenditureAccess().getSpentKeyword_0());
            		
            // InternalItup.g:1803:3: ( (lv_amount_1_0= ruleDecimal ) )
            // InternalItup.g:1804:4: (lv_amount_1_0= ruleDecimal )
            {
            // InternalItup.g:1804:4: (lv_amount_1_0= ruleDecimal )
            // InternalItup.g:1805:5: lv_amount_1_0= ruleDecimal
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

            // InternalItup.g:1822:3: ( (lv_currency_2_0= RULE_STRING ) )
            // InternalItup.g:1823:4: (lv_currency_2_0= RULE_STRING )
            {
            // InternalItup.g:1823:4: (lv_currency_2_0= RULE_STRING )
            // InternalItup.g:1824:5: lv_currency_2_0= RULE_STRING
            {
            lv_currency_2_0=(Token)match(input,RULE_STRING,FOLLOW_49); 

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
            		
            // InternalItup.g:1844:3: ( ( ruleCode ) )
            // InternalItup.g:1845:4: ( ruleCode )
            {
            // InternalItup.g:1845:4: ( ruleCode )
            // InternalItup.g:1846:5: ruleCode
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getExpenditureRule());
            					}
            				

            					newCompositeNode(grammarAccess.getExpenditureAccess().getElementPlanElementCrossReference_4_0());
            				
            pushFollow(FOLLOW_44);
            ruleCode();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_5=(Token)match(input,48,FOLLOW_6); 

            			newLeafNode(otherlv_5, grammarAccess.getExpenditureAccess().getInKeyword_5());
            		
            // InternalItup.g:1864:3: ( (lv_period_6_0= rulePeriod ) )
            // InternalItup.g:1865:4: (lv_period_6_0= rulePeriod )
            {
            // InternalItup.g:1865:4: (lv_period_6_0= rulePeriod )
            // InternalItup.g:1866:5: lv_period_6_0= rulePeriod
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
    // InternalItup.g:1887:1: entryRuleAssessment returns [EObject current=null] : iv_ruleAssessment= ruleAssessment EOF ;
    public final EObject entryRuleAssessment() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleAssessment = null;


        try {
            // InternalItup.g:1887:51: (iv_ruleAssessment= ruleAssessment EOF )
            // InternalItup.g:1888:2: iv_ruleAssessment= ruleAssessment EOF
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
    // InternalItup.g:1894:1: ruleAssessment returns [EObject current=null] : (otherlv_0= 'assessment' ( ( ruleCode ) ) otherlv_2= 'in' ( (lv_period_3_0= rulePeriod ) ) ( (lv_text_4_0= RULE_STRING ) ) ) ;
    public final EObject ruleAssessment() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_2=null;
        Token lv_text_4_0=null;
        AntlrDatatypeRuleToken lv_period_3_0 = null;



        	enterRule();

        try {
            // InternalItup.g:1900:2: ( (otherlv_0= 'assessment' ( ( ruleCode ) ) otherlv_2= 'in' ( (lv_period_3_0= rulePeriod ) ) ( (lv_text_4_0= RULE_STRING ) ) ) )
            // InternalItup.g:1901:2: (otherlv_0= 'assessment' ( ( ruleCode ) ) otherlv_2= 'in' ( (lv_period_3_0= rulePeriod ) ) ( (lv_text_4_0= RULE_STRING ) ) )
            {
            // InternalItup.g:1901:2: (otherlv_0= 'assessment' ( ( ruleCode ) ) otherlv_2= 'in' ( (lv_period_3_0= rulePeriod ) ) ( (lv_text_4_0= RULE_STRING ) ) )
            // InternalItup.g:1902:3: otherlv_0= 'assessment' ( ( ruleCode ) ) otherlv_2= 'in' ( (lv_period_3_0= rulePeriod ) ) ( (lv_text_4_0= RULE_STRING ) )
            {
            otherlv_0=(Token)match(input,55,FOLLOW_18); 

            			newLeafNode(otherlv_0, grammarAccess.getAssessmentAccess().getAssessmentKeyword_0());
            		
            // InternalItup.g:1906:3: ( ( ruleCode ) )
            // InternalItup.g:1907:4: ( ruleCode )
            {
            // InternalItup.g:1907:4: ( ruleCode )
            // InternalItup.g:1908:5: ruleCode
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getAssessmentRule());
            					}
            				

            					newCompositeNode(grammarAccess.getAssessmentAccess().getObjectiveObjectiveCrossReference_1_0());
            				
            pushFollow(FOLLOW_44);
            ruleCode();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_2=(Token)match(input,48,FOLLOW_6); 

            			newLeafNode(otherlv_2, grammarAccess.getAssessmentAccess().getInKeyword_2());
            		
            // InternalItup.g:1926:3: ( (lv_period_3_0= rulePeriod ) )
            // InternalItup.g:1927:4: (lv_period_3_0= rulePeriod )
            {
            // InternalItup.g:1927:4: (lv_period_3_0= rulePeriod )
            // InternalItup.g:1928:5: lv_period_3_0= rulePeriod
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

            // InternalItup.g:1945:3: ( (lv_text_4_0= RULE_STRING ) )
            // InternalItup.g:1946:4: (lv_text_4_0= RULE_STRING )
            {
            // InternalItup.g:1946:4: (lv_text_4_0= RULE_STRING )
            // InternalItup.g:1947:5: lv_text_4_0= RULE_STRING
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
    // InternalItup.g:1967:1: entryRuleExchangeRate returns [EObject current=null] : iv_ruleExchangeRate= ruleExchangeRate EOF ;
    public final EObject entryRuleExchangeRate() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleExchangeRate = null;


        try {
            // InternalItup.g:1967:53: (iv_ruleExchangeRate= ruleExchangeRate EOF )
            // InternalItup.g:1968:2: iv_ruleExchangeRate= ruleExchangeRate EOF
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
    // InternalItup.g:1974:1: ruleExchangeRate returns [EObject current=null] : (otherlv_0= 'rate' ( (lv_currency_1_0= RULE_STRING ) ) ( (lv_value_2_0= ruleDecimal ) ) ) ;
    public final EObject ruleExchangeRate() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_currency_1_0=null;
        AntlrDatatypeRuleToken lv_value_2_0 = null;



        	enterRule();

        try {
            // InternalItup.g:1980:2: ( (otherlv_0= 'rate' ( (lv_currency_1_0= RULE_STRING ) ) ( (lv_value_2_0= ruleDecimal ) ) ) )
            // InternalItup.g:1981:2: (otherlv_0= 'rate' ( (lv_currency_1_0= RULE_STRING ) ) ( (lv_value_2_0= ruleDecimal ) ) )
            {
            // InternalItup.g:1981:2: (otherlv_0= 'rate' ( (lv_currency_1_0= RULE_STRING ) ) ( (lv_value_2_0= ruleDecimal ) ) )
            // InternalItup.g:1982:3: otherlv_0= 'rate' ( (lv_currency_1_0= RULE_STRING ) ) ( (lv_value_2_0= ruleDecimal ) )
            {
            otherlv_0=(Token)match(input,56,FOLLOW_10); 

            			newLeafNode(otherlv_0, grammarAccess.getExchangeRateAccess().getRateKeyword_0());
            		
            // InternalItup.g:1986:3: ( (lv_currency_1_0= RULE_STRING ) )
            // InternalItup.g:1987:4: (lv_currency_1_0= RULE_STRING )
            {
            // InternalItup.g:1987:4: (lv_currency_1_0= RULE_STRING )
            // InternalItup.g:1988:5: lv_currency_1_0= RULE_STRING
            {
            lv_currency_1_0=(Token)match(input,RULE_STRING,FOLLOW_46); 

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

            // InternalItup.g:2004:3: ( (lv_value_2_0= ruleDecimal ) )
            // InternalItup.g:2005:4: (lv_value_2_0= ruleDecimal )
            {
            // InternalItup.g:2005:4: (lv_value_2_0= ruleDecimal )
            // InternalItup.g:2006:5: lv_value_2_0= ruleDecimal
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
    // InternalItup.g:2027:1: entryRuleBudget returns [EObject current=null] : iv_ruleBudget= ruleBudget EOF ;
    public final EObject entryRuleBudget() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleBudget = null;


        try {
            // InternalItup.g:2027:47: (iv_ruleBudget= ruleBudget EOF )
            // InternalItup.g:2028:2: iv_ruleBudget= ruleBudget EOF
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
    // InternalItup.g:2034:1: ruleBudget returns [EObject current=null] : (otherlv_0= 'budget' ( (lv_amount_1_0= ruleDecimal ) ) ( (lv_currency_2_0= RULE_STRING ) ) (otherlv_3= 'for' ( (lv_period_4_0= rulePeriod ) ) )? ) ;
    public final EObject ruleBudget() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_currency_2_0=null;
        Token otherlv_3=null;
        AntlrDatatypeRuleToken lv_amount_1_0 = null;

        AntlrDatatypeRuleToken lv_period_4_0 = null;



        	enterRule();

        try {
            // InternalItup.g:2040:2: ( (otherlv_0= 'budget' ( (lv_amount_1_0= ruleDecimal ) ) ( (lv_currency_2_0= RULE_STRING ) ) (otherlv_3= 'for' ( (lv_period_4_0= rulePeriod ) ) )? ) )
            // InternalItup.g:2041:2: (otherlv_0= 'budget' ( (lv_amount_1_0= ruleDecimal ) ) ( (lv_currency_2_0= RULE_STRING ) ) (otherlv_3= 'for' ( (lv_period_4_0= rulePeriod ) ) )? )
            {
            // InternalItup.g:2041:2: (otherlv_0= 'budget' ( (lv_amount_1_0= ruleDecimal ) ) ( (lv_currency_2_0= RULE_STRING ) ) (otherlv_3= 'for' ( (lv_period_4_0= rulePeriod ) ) )? )
            // InternalItup.g:2042:3: otherlv_0= 'budget' ( (lv_amount_1_0= ruleDecimal ) ) ( (lv_currency_2_0= RULE_STRING ) ) (otherlv_3= 'for' ( (lv_period_4_0= rulePeriod ) ) )?
            {
            otherlv_0=(Token)match(input,57,FOLLOW_46); 

            			newLeafNode(otherlv_0, grammarAccess.getBudgetAccess().getBudgetKeyword_0());
            		
            // InternalItup.g:2046:3: ( (lv_amount_1_0= ruleDecimal ) )
            // InternalItup.g:2047:4: (lv_amount_1_0= ruleDecimal )
            {
            // InternalItup.g:2047:4: (lv_amount_1_0= ruleDecimal )
            // InternalItup.g:2048:5: lv_amount_1_0= ruleDecimal
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

            // InternalItup.g:2065:3: ( (lv_currency_2_0= RULE_STRING ) )
            // InternalItup.g:2066:4: (lv_currency_2_0= RULE_STRING )
            {
            // InternalItup.g:2066:4: (lv_currency_2_0= RULE_STRING )
            // InternalItup.g:2067:5: lv_currency_2_0= RULE_STRING
            {
            lv_currency_2_0=(Token)match(input,RULE_STRING,FOLLOW_50); 

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

            // InternalItup.g:2083:3: (otherlv_3= 'for' ( (lv_period_4_0= rulePeriod ) ) )?
            int alt33=2;
            int LA33_0 = input.LA(1);

            if ( (LA33_0==34) ) {
                alt33=1;
            }
            switch (alt33) {
                case 1 :
                    // InternalItup.g:2084:4: otherlv_3= 'for' ( (lv_period_4_0= rulePeriod ) )
                    {
                    otherlv_3=(Token)match(input,34,FOLLOW_6); 

                    				newLeafNode(otherlv_3, grammarAccess.getBudgetAccess().getForKeyword_3_0());
                    			
                    // InternalItup.g:2088:4: ( (lv_period_4_0= rulePeriod ) )
                    // InternalItup.g:2089:5: (lv_period_4_0= rulePeriod )
                    {
                    // InternalItup.g:2089:5: (lv_period_4_0= rulePeriod )
                    // InternalItup.g:2090:6: lv_period_4_0= rulePeriod
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
    // InternalItup.g:2113:1: ruleReplaces[EObject in_current] returns [EObject current=in_current] : (otherlv_0= 'replaces' ( (lv_replaces_1_0= ruleCode ) ) (otherlv_2= ',' ( (lv_replaces_3_0= ruleCode ) ) )* ) ;
    public final EObject ruleReplaces(EObject in_current) throws RecognitionException {
        EObject current = in_current;

        Token otherlv_0=null;
        Token otherlv_2=null;
        AntlrDatatypeRuleToken lv_replaces_1_0 = null;

        AntlrDatatypeRuleToken lv_replaces_3_0 = null;



        	enterRule();

        try {
            // InternalItup.g:2119:2: ( (otherlv_0= 'replaces' ( (lv_replaces_1_0= ruleCode ) ) (otherlv_2= ',' ( (lv_replaces_3_0= ruleCode ) ) )* ) )
            // InternalItup.g:2120:2: (otherlv_0= 'replaces' ( (lv_replaces_1_0= ruleCode ) ) (otherlv_2= ',' ( (lv_replaces_3_0= ruleCode ) ) )* )
            {
            // InternalItup.g:2120:2: (otherlv_0= 'replaces' ( (lv_replaces_1_0= ruleCode ) ) (otherlv_2= ',' ( (lv_replaces_3_0= ruleCode ) ) )* )
            // InternalItup.g:2121:3: otherlv_0= 'replaces' ( (lv_replaces_1_0= ruleCode ) ) (otherlv_2= ',' ( (lv_replaces_3_0= ruleCode ) ) )*
            {
            otherlv_0=(Token)match(input,58,FOLLOW_18); 

            			newLeafNode(otherlv_0, grammarAccess.getReplacesAccess().getReplacesKeyword_0());
            		
            // InternalItup.g:2125:3: ( (lv_replaces_1_0= ruleCode ) )
            // InternalItup.g:2126:4: (lv_replaces_1_0= ruleCode )
            {
            // InternalItup.g:2126:4: (lv_replaces_1_0= ruleCode )
            // InternalItup.g:2127:5: lv_replaces_1_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getReplacesAccess().getReplacesCodeParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_51);
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

            // InternalItup.g:2144:3: (otherlv_2= ',' ( (lv_replaces_3_0= ruleCode ) ) )*
            loop34:
            do {
                int alt34=2;
                int LA34_0 = input.LA(1);

                if ( (LA34_0==18) ) {
                    alt34=1;
                }


                switch (alt34) {
            	case 1 :
            	    // InternalItup.g:2145:4: otherlv_2= ',' ( (lv_replaces_3_0= ruleCode ) )
            	    {
            	    otherlv_2=(Token)match(input,18,FOLLOW_18); 

            	    				newLeafNode(otherlv_2, grammarAccess.getReplacesAccess().getCommaKeyword_2_0());
            	    			
            	    // InternalItup.g:2149:4: ( (lv_replaces_3_0= ruleCode ) )
            	    // InternalItup.g:2150:5: (lv_replaces_3_0= ruleCode )
            	    {
            	    // InternalItup.g:2150:5: (lv_replaces_3_0= ruleCode )
            	    // InternalItup.g:2151:6: lv_replaces_3_0= ruleCode
            	    {

            	    						newCompositeNode(grammarAccess.getReplacesAccess().getReplacesCodeParserRuleCall_2_1_0());
            	    					
            	    pushFollow(FOLLOW_51);
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
            	    break loop34;
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


    // $ANTLR start "ruleCodeSchemes"
    // InternalItup.g:2174:1: ruleCodeSchemes[EObject in_current] returns [EObject current=in_current] : (otherlv_0= 'codes' otherlv_1= '{' ( (lv_codeSchemes_2_0= ruleCodeScheme ) )* otherlv_3= '}' ) ;
    public final EObject ruleCodeSchemes(EObject in_current) throws RecognitionException {
        EObject current = in_current;

        Token otherlv_0=null;
        Token otherlv_1=null;
        Token otherlv_3=null;
        EObject lv_codeSchemes_2_0 = null;



        	enterRule();

        try {
            // InternalItup.g:2180:2: ( (otherlv_0= 'codes' otherlv_1= '{' ( (lv_codeSchemes_2_0= ruleCodeScheme ) )* otherlv_3= '}' ) )
            // InternalItup.g:2181:2: (otherlv_0= 'codes' otherlv_1= '{' ( (lv_codeSchemes_2_0= ruleCodeScheme ) )* otherlv_3= '}' )
            {
            // InternalItup.g:2181:2: (otherlv_0= 'codes' otherlv_1= '{' ( (lv_codeSchemes_2_0= ruleCodeScheme ) )* otherlv_3= '}' )
            // InternalItup.g:2182:3: otherlv_0= 'codes' otherlv_1= '{' ( (lv_codeSchemes_2_0= ruleCodeScheme ) )* otherlv_3= '}'
            {
            otherlv_0=(Token)match(input,19,FOLLOW_24); 

            			newLeafNode(otherlv_0, grammarAccess.getCodeSchemesAccess().getCodesKeyword_0());
            		
            otherlv_1=(Token)match(input,27,FOLLOW_52); 

            			newLeafNode(otherlv_1, grammarAccess.getCodeSchemesAccess().getLeftCurlyBracketKeyword_1());
            		
            // InternalItup.g:2190:3: ( (lv_codeSchemes_2_0= ruleCodeScheme ) )*
            loop35:
            do {
                int alt35=2;
                int LA35_0 = input.LA(1);

                if ( ((LA35_0>=38 && LA35_0<=39)||LA35_0==63||LA35_0==74||LA35_0==82) ) {
                    alt35=1;
                }


                switch (alt35) {
            	case 1 :
            	    // InternalItup.g:2191:4: (lv_codeSchemes_2_0= ruleCodeScheme )
            	    {
            	    // InternalItup.g:2191:4: (lv_codeSchemes_2_0= ruleCodeScheme )
            	    // InternalItup.g:2192:5: lv_codeSchemes_2_0= ruleCodeScheme
            	    {

            	    					newCompositeNode(grammarAccess.getCodeSchemesAccess().getCodeSchemesCodeSchemeParserRuleCall_2_0());
            	    				
            	    pushFollow(FOLLOW_52);
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
            	    break loop35;
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
    // InternalItup.g:2217:1: entryRuleCodeScheme returns [EObject current=null] : iv_ruleCodeScheme= ruleCodeScheme EOF ;
    public final EObject entryRuleCodeScheme() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleCodeScheme = null;


        try {
            // InternalItup.g:2217:51: (iv_ruleCodeScheme= ruleCodeScheme EOF )
            // InternalItup.g:2218:2: iv_ruleCodeScheme= ruleCodeScheme EOF
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
    // InternalItup.g:2224:1: ruleCodeScheme returns [EObject current=null] : ( ( (lv_level_0_0= ruleCodedLevel ) ) ( ( (lv_pattern_1_0= RULE_STRING ) ) | ( (lv_official_2_0= 'official' ) ) ) ) ;
    public final EObject ruleCodeScheme() throws RecognitionException {
        EObject current = null;

        Token lv_pattern_1_0=null;
        Token lv_official_2_0=null;
        Enumerator lv_level_0_0 = null;



        	enterRule();

        try {
            // InternalItup.g:2230:2: ( ( ( (lv_level_0_0= ruleCodedLevel ) ) ( ( (lv_pattern_1_0= RULE_STRING ) ) | ( (lv_official_2_0= 'official' ) ) ) ) )
            // InternalItup.g:2231:2: ( ( (lv_level_0_0= ruleCodedLevel ) ) ( ( (lv_pattern_1_0= RULE_STRING ) ) | ( (lv_official_2_0= 'official' ) ) ) )
            {
            // InternalItup.g:2231:2: ( ( (lv_level_0_0= ruleCodedLevel ) ) ( ( (lv_pattern_1_0= RULE_STRING ) ) | ( (lv_official_2_0= 'official' ) ) ) )
            // InternalItup.g:2232:3: ( (lv_level_0_0= ruleCodedLevel ) ) ( ( (lv_pattern_1_0= RULE_STRING ) ) | ( (lv_official_2_0= 'official' ) ) )
            {
            // InternalItup.g:2232:3: ( (lv_level_0_0= ruleCodedLevel ) )
            // InternalItup.g:2233:4: (lv_level_0_0= ruleCodedLevel )
            {
            // InternalItup.g:2233:4: (lv_level_0_0= ruleCodedLevel )
            // InternalItup.g:2234:5: lv_level_0_0= ruleCodedLevel
            {

            					newCompositeNode(grammarAccess.getCodeSchemeAccess().getLevelCodedLevelEnumRuleCall_0_0());
            				
            pushFollow(FOLLOW_53);
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

            // InternalItup.g:2251:3: ( ( (lv_pattern_1_0= RULE_STRING ) ) | ( (lv_official_2_0= 'official' ) ) )
            int alt36=2;
            int LA36_0 = input.LA(1);

            if ( (LA36_0==RULE_STRING) ) {
                alt36=1;
            }
            else if ( (LA36_0==20) ) {
                alt36=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 36, 0, input);

                throw nvae;
            }
            switch (alt36) {
                case 1 :
                    // InternalItup.g:2252:4: ( (lv_pattern_1_0= RULE_STRING ) )
                    {
                    // InternalItup.g:2252:4: ( (lv_pattern_1_0= RULE_STRING ) )
                    // InternalItup.g:2253:5: (lv_pattern_1_0= RULE_STRING )
                    {
                    // InternalItup.g:2253:5: (lv_pattern_1_0= RULE_STRING )
                    // InternalItup.g:2254:6: lv_pattern_1_0= RULE_STRING
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
                    // InternalItup.g:2271:4: ( (lv_official_2_0= 'official' ) )
                    {
                    // InternalItup.g:2271:4: ( (lv_official_2_0= 'official' ) )
                    // InternalItup.g:2272:5: (lv_official_2_0= 'official' )
                    {
                    // InternalItup.g:2272:5: (lv_official_2_0= 'official' )
                    // InternalItup.g:2273:6: lv_official_2_0= 'official'
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
    // InternalItup.g:2290:1: entryRuleImport returns [EObject current=null] : iv_ruleImport= ruleImport EOF ;
    public final EObject entryRuleImport() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleImport = null;


        try {
            // InternalItup.g:2290:47: (iv_ruleImport= ruleImport EOF )
            // InternalItup.g:2291:2: iv_ruleImport= ruleImport EOF
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
    // InternalItup.g:2297:1: ruleImport returns [EObject current=null] : (otherlv_0= 'import' ( ( rulePlanName ) ) ) ;
    public final EObject ruleImport() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;


        	enterRule();

        try {
            // InternalItup.g:2303:2: ( (otherlv_0= 'import' ( ( rulePlanName ) ) ) )
            // InternalItup.g:2304:2: (otherlv_0= 'import' ( ( rulePlanName ) ) )
            {
            // InternalItup.g:2304:2: (otherlv_0= 'import' ( ( rulePlanName ) ) )
            // InternalItup.g:2305:3: otherlv_0= 'import' ( ( rulePlanName ) )
            {
            otherlv_0=(Token)match(input,59,FOLLOW_3); 

            			newLeafNode(otherlv_0, grammarAccess.getImportAccess().getImportKeyword_0());
            		
            // InternalItup.g:2309:3: ( ( rulePlanName ) )
            // InternalItup.g:2310:4: ( rulePlanName )
            {
            // InternalItup.g:2310:4: ( rulePlanName )
            // InternalItup.g:2311:5: rulePlanName
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
    // InternalItup.g:2329:1: entryRuleCoreValue returns [EObject current=null] : iv_ruleCoreValue= ruleCoreValue EOF ;
    public final EObject entryRuleCoreValue() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleCoreValue = null;


        try {
            // InternalItup.g:2329:50: (iv_ruleCoreValue= ruleCoreValue EOF )
            // InternalItup.g:2330:2: iv_ruleCoreValue= ruleCoreValue EOF
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
    // InternalItup.g:2336:1: ruleCoreValue returns [EObject current=null] : (otherlv_0= 'value' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) ) ( (lv_statement_3_0= RULE_STRING ) )? ) ;
    public final EObject ruleCoreValue() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_title_2_0=null;
        Token lv_statement_3_0=null;
        AntlrDatatypeRuleToken lv_name_1_0 = null;



        	enterRule();

        try {
            // InternalItup.g:2342:2: ( (otherlv_0= 'value' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) ) ( (lv_statement_3_0= RULE_STRING ) )? ) )
            // InternalItup.g:2343:2: (otherlv_0= 'value' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) ) ( (lv_statement_3_0= RULE_STRING ) )? )
            {
            // InternalItup.g:2343:2: (otherlv_0= 'value' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) ) ( (lv_statement_3_0= RULE_STRING ) )? )
            // InternalItup.g:2344:3: otherlv_0= 'value' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) ) ( (lv_statement_3_0= RULE_STRING ) )?
            {
            otherlv_0=(Token)match(input,49,FOLLOW_18); 

            			newLeafNode(otherlv_0, grammarAccess.getCoreValueAccess().getValueKeyword_0());
            		
            // InternalItup.g:2348:3: ( (lv_name_1_0= ruleCode ) )
            // InternalItup.g:2349:4: (lv_name_1_0= ruleCode )
            {
            // InternalItup.g:2349:4: (lv_name_1_0= ruleCode )
            // InternalItup.g:2350:5: lv_name_1_0= ruleCode
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

            // InternalItup.g:2367:3: ( (lv_title_2_0= RULE_STRING ) )
            // InternalItup.g:2368:4: (lv_title_2_0= RULE_STRING )
            {
            // InternalItup.g:2368:4: (lv_title_2_0= RULE_STRING )
            // InternalItup.g:2369:5: lv_title_2_0= RULE_STRING
            {
            lv_title_2_0=(Token)match(input,RULE_STRING,FOLLOW_41); 

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

            // InternalItup.g:2385:3: ( (lv_statement_3_0= RULE_STRING ) )?
            int alt37=2;
            int LA37_0 = input.LA(1);

            if ( (LA37_0==RULE_STRING) ) {
                alt37=1;
            }
            switch (alt37) {
                case 1 :
                    // InternalItup.g:2386:4: (lv_statement_3_0= RULE_STRING )
                    {
                    // InternalItup.g:2386:4: (lv_statement_3_0= RULE_STRING )
                    // InternalItup.g:2387:5: lv_statement_3_0= RULE_STRING
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
    // InternalItup.g:2407:1: entryRuleGoal returns [EObject current=null] : iv_ruleGoal= ruleGoal EOF ;
    public final EObject entryRuleGoal() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleGoal = null;


        try {
            // InternalItup.g:2407:45: (iv_ruleGoal= ruleGoal EOF )
            // InternalItup.g:2408:2: iv_ruleGoal= ruleGoal EOF
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
    // InternalItup.g:2414:1: ruleGoal returns [EObject current=null] : (otherlv_0= 'goal' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )? (otherlv_6= 'description' ( (lv_description_7_0= RULE_STRING ) ) )? ( ( (lv_targets_8_0= ruleTarget ) ) | this_Replaces_9= ruleReplaces[$current] | (otherlv_10= 'sdg' ( (lv_sdgLinks_11_0= ruleSdgLink ) ) (otherlv_12= ',' ( (lv_sdgLinks_13_0= ruleSdgLink ) ) )* ) | (otherlv_14= 'wsis' ( (lv_wsisActionLines_15_0= ruleCode ) ) (otherlv_16= ',' ( (lv_wsisActionLines_17_0= ruleCode ) ) )* ) )* otherlv_18= '}' ) ;
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
            // InternalItup.g:2420:2: ( (otherlv_0= 'goal' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )? (otherlv_6= 'description' ( (lv_description_7_0= RULE_STRING ) ) )? ( ( (lv_targets_8_0= ruleTarget ) ) | this_Replaces_9= ruleReplaces[$current] | (otherlv_10= 'sdg' ( (lv_sdgLinks_11_0= ruleSdgLink ) ) (otherlv_12= ',' ( (lv_sdgLinks_13_0= ruleSdgLink ) ) )* ) | (otherlv_14= 'wsis' ( (lv_wsisActionLines_15_0= ruleCode ) ) (otherlv_16= ',' ( (lv_wsisActionLines_17_0= ruleCode ) ) )* ) )* otherlv_18= '}' ) )
            // InternalItup.g:2421:2: (otherlv_0= 'goal' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )? (otherlv_6= 'description' ( (lv_description_7_0= RULE_STRING ) ) )? ( ( (lv_targets_8_0= ruleTarget ) ) | this_Replaces_9= ruleReplaces[$current] | (otherlv_10= 'sdg' ( (lv_sdgLinks_11_0= ruleSdgLink ) ) (otherlv_12= ',' ( (lv_sdgLinks_13_0= ruleSdgLink ) ) )* ) | (otherlv_14= 'wsis' ( (lv_wsisActionLines_15_0= ruleCode ) ) (otherlv_16= ',' ( (lv_wsisActionLines_17_0= ruleCode ) ) )* ) )* otherlv_18= '}' )
            {
            // InternalItup.g:2421:2: (otherlv_0= 'goal' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )? (otherlv_6= 'description' ( (lv_description_7_0= RULE_STRING ) ) )? ( ( (lv_targets_8_0= ruleTarget ) ) | this_Replaces_9= ruleReplaces[$current] | (otherlv_10= 'sdg' ( (lv_sdgLinks_11_0= ruleSdgLink ) ) (otherlv_12= ',' ( (lv_sdgLinks_13_0= ruleSdgLink ) ) )* ) | (otherlv_14= 'wsis' ( (lv_wsisActionLines_15_0= ruleCode ) ) (otherlv_16= ',' ( (lv_wsisActionLines_17_0= ruleCode ) ) )* ) )* otherlv_18= '}' )
            // InternalItup.g:2422:3: otherlv_0= 'goal' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )? (otherlv_6= 'description' ( (lv_description_7_0= RULE_STRING ) ) )? ( ( (lv_targets_8_0= ruleTarget ) ) | this_Replaces_9= ruleReplaces[$current] | (otherlv_10= 'sdg' ( (lv_sdgLinks_11_0= ruleSdgLink ) ) (otherlv_12= ',' ( (lv_sdgLinks_13_0= ruleSdgLink ) ) )* ) | (otherlv_14= 'wsis' ( (lv_wsisActionLines_15_0= ruleCode ) ) (otherlv_16= ',' ( (lv_wsisActionLines_17_0= ruleCode ) ) )* ) )* otherlv_18= '}'
            {
            otherlv_0=(Token)match(input,60,FOLLOW_18); 

            			newLeafNode(otherlv_0, grammarAccess.getGoalAccess().getGoalKeyword_0());
            		
            // InternalItup.g:2426:3: ( (lv_name_1_0= ruleCode ) )
            // InternalItup.g:2427:4: (lv_name_1_0= ruleCode )
            {
            // InternalItup.g:2427:4: (lv_name_1_0= ruleCode )
            // InternalItup.g:2428:5: lv_name_1_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getGoalAccess().getNameCodeParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_54);
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

            // InternalItup.g:2445:3: ( (lv_title_2_0= RULE_STRING ) )?
            int alt38=2;
            int LA38_0 = input.LA(1);

            if ( (LA38_0==RULE_STRING) ) {
                alt38=1;
            }
            switch (alt38) {
                case 1 :
                    // InternalItup.g:2446:4: (lv_title_2_0= RULE_STRING )
                    {
                    // InternalItup.g:2446:4: (lv_title_2_0= RULE_STRING )
                    // InternalItup.g:2447:5: lv_title_2_0= RULE_STRING
                    {
                    lv_title_2_0=(Token)match(input,RULE_STRING,FOLLOW_24); 

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

            otherlv_3=(Token)match(input,27,FOLLOW_55); 

            			newLeafNode(otherlv_3, grammarAccess.getGoalAccess().getLeftCurlyBracketKeyword_3());
            		
            // InternalItup.g:2467:3: (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )?
            int alt39=2;
            int LA39_0 = input.LA(1);

            if ( (LA39_0==61) ) {
                alt39=1;
            }
            switch (alt39) {
                case 1 :
                    // InternalItup.g:2468:4: otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) )
                    {
                    otherlv_4=(Token)match(input,61,FOLLOW_10); 

                    				newLeafNode(otherlv_4, grammarAccess.getGoalAccess().getStatementKeyword_4_0());
                    			
                    // InternalItup.g:2472:4: ( (lv_statement_5_0= RULE_STRING ) )
                    // InternalItup.g:2473:5: (lv_statement_5_0= RULE_STRING )
                    {
                    // InternalItup.g:2473:5: (lv_statement_5_0= RULE_STRING )
                    // InternalItup.g:2474:6: lv_statement_5_0= RULE_STRING
                    {
                    lv_statement_5_0=(Token)match(input,RULE_STRING,FOLLOW_56); 

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

            // InternalItup.g:2491:3: (otherlv_6= 'description' ( (lv_description_7_0= RULE_STRING ) ) )?
            int alt40=2;
            int LA40_0 = input.LA(1);

            if ( (LA40_0==62) ) {
                alt40=1;
            }
            switch (alt40) {
                case 1 :
                    // InternalItup.g:2492:4: otherlv_6= 'description' ( (lv_description_7_0= RULE_STRING ) )
                    {
                    otherlv_6=(Token)match(input,62,FOLLOW_10); 

                    				newLeafNode(otherlv_6, grammarAccess.getGoalAccess().getDescriptionKeyword_5_0());
                    			
                    // InternalItup.g:2496:4: ( (lv_description_7_0= RULE_STRING ) )
                    // InternalItup.g:2497:5: (lv_description_7_0= RULE_STRING )
                    {
                    // InternalItup.g:2497:5: (lv_description_7_0= RULE_STRING )
                    // InternalItup.g:2498:6: lv_description_7_0= RULE_STRING
                    {
                    lv_description_7_0=(Token)match(input,RULE_STRING,FOLLOW_57); 

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

            // InternalItup.g:2515:3: ( ( (lv_targets_8_0= ruleTarget ) ) | this_Replaces_9= ruleReplaces[$current] | (otherlv_10= 'sdg' ( (lv_sdgLinks_11_0= ruleSdgLink ) ) (otherlv_12= ',' ( (lv_sdgLinks_13_0= ruleSdgLink ) ) )* ) | (otherlv_14= 'wsis' ( (lv_wsisActionLines_15_0= ruleCode ) ) (otherlv_16= ',' ( (lv_wsisActionLines_17_0= ruleCode ) ) )* ) )*
            loop43:
            do {
                int alt43=5;
                switch ( input.LA(1) ) {
                case 63:
                    {
                    alt43=1;
                    }
                    break;
                case 58:
                    {
                    alt43=2;
                    }
                    break;
                case 31:
                    {
                    alt43=3;
                    }
                    break;
                case 29:
                    {
                    alt43=4;
                    }
                    break;

                }

                switch (alt43) {
            	case 1 :
            	    // InternalItup.g:2516:4: ( (lv_targets_8_0= ruleTarget ) )
            	    {
            	    // InternalItup.g:2516:4: ( (lv_targets_8_0= ruleTarget ) )
            	    // InternalItup.g:2517:5: (lv_targets_8_0= ruleTarget )
            	    {
            	    // InternalItup.g:2517:5: (lv_targets_8_0= ruleTarget )
            	    // InternalItup.g:2518:6: lv_targets_8_0= ruleTarget
            	    {

            	    						newCompositeNode(grammarAccess.getGoalAccess().getTargetsTargetParserRuleCall_6_0_0());
            	    					
            	    pushFollow(FOLLOW_57);
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
            	    // InternalItup.g:2536:4: this_Replaces_9= ruleReplaces[$current]
            	    {

            	    				if (current==null) {
            	    					current = createModelElement(grammarAccess.getGoalRule());
            	    				}
            	    				newCompositeNode(grammarAccess.getGoalAccess().getReplacesParserRuleCall_6_1());
            	    			
            	    pushFollow(FOLLOW_57);
            	    this_Replaces_9=ruleReplaces(current);

            	    state._fsp--;


            	    				current = this_Replaces_9;
            	    				afterParserOrEnumRuleCall();
            	    			

            	    }
            	    break;
            	case 3 :
            	    // InternalItup.g:2548:4: (otherlv_10= 'sdg' ( (lv_sdgLinks_11_0= ruleSdgLink ) ) (otherlv_12= ',' ( (lv_sdgLinks_13_0= ruleSdgLink ) ) )* )
            	    {
            	    // InternalItup.g:2548:4: (otherlv_10= 'sdg' ( (lv_sdgLinks_11_0= ruleSdgLink ) ) (otherlv_12= ',' ( (lv_sdgLinks_13_0= ruleSdgLink ) ) )* )
            	    // InternalItup.g:2549:5: otherlv_10= 'sdg' ( (lv_sdgLinks_11_0= ruleSdgLink ) ) (otherlv_12= ',' ( (lv_sdgLinks_13_0= ruleSdgLink ) ) )*
            	    {
            	    otherlv_10=(Token)match(input,31,FOLLOW_18); 

            	    					newLeafNode(otherlv_10, grammarAccess.getGoalAccess().getSdgKeyword_6_2_0());
            	    				
            	    // InternalItup.g:2553:5: ( (lv_sdgLinks_11_0= ruleSdgLink ) )
            	    // InternalItup.g:2554:6: (lv_sdgLinks_11_0= ruleSdgLink )
            	    {
            	    // InternalItup.g:2554:6: (lv_sdgLinks_11_0= ruleSdgLink )
            	    // InternalItup.g:2555:7: lv_sdgLinks_11_0= ruleSdgLink
            	    {

            	    							newCompositeNode(grammarAccess.getGoalAccess().getSdgLinksSdgLinkParserRuleCall_6_2_1_0());
            	    						
            	    pushFollow(FOLLOW_58);
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

            	    // InternalItup.g:2572:5: (otherlv_12= ',' ( (lv_sdgLinks_13_0= ruleSdgLink ) ) )*
            	    loop41:
            	    do {
            	        int alt41=2;
            	        int LA41_0 = input.LA(1);

            	        if ( (LA41_0==18) ) {
            	            alt41=1;
            	        }


            	        switch (alt41) {
            	    	case 1 :
            	    	    // InternalItup.g:2573:6: otherlv_12= ',' ( (lv_sdgLinks_13_0= ruleSdgLink ) )
            	    	    {
            	    	    otherlv_12=(Token)match(input,18,FOLLOW_18); 

            	    	    						newLeafNode(otherlv_12, grammarAccess.getGoalAccess().getCommaKeyword_6_2_2_0());
            	    	    					
            	    	    // InternalItup.g:2577:6: ( (lv_sdgLinks_13_0= ruleSdgLink ) )
            	    	    // InternalItup.g:2578:7: (lv_sdgLinks_13_0= ruleSdgLink )
            	    	    {
            	    	    // InternalItup.g:2578:7: (lv_sdgLinks_13_0= ruleSdgLink )
            	    	    // InternalItup.g:2579:8: lv_sdgLinks_13_0= ruleSdgLink
            	    	    {

            	    	    								newCompositeNode(grammarAccess.getGoalAccess().getSdgLinksSdgLinkParserRuleCall_6_2_2_1_0());
            	    	    							
            	    	    pushFollow(FOLLOW_58);
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
            	    	    break loop41;
            	        }
            	    } while (true);


            	    }


            	    }
            	    break;
            	case 4 :
            	    // InternalItup.g:2599:4: (otherlv_14= 'wsis' ( (lv_wsisActionLines_15_0= ruleCode ) ) (otherlv_16= ',' ( (lv_wsisActionLines_17_0= ruleCode ) ) )* )
            	    {
            	    // InternalItup.g:2599:4: (otherlv_14= 'wsis' ( (lv_wsisActionLines_15_0= ruleCode ) ) (otherlv_16= ',' ( (lv_wsisActionLines_17_0= ruleCode ) ) )* )
            	    // InternalItup.g:2600:5: otherlv_14= 'wsis' ( (lv_wsisActionLines_15_0= ruleCode ) ) (otherlv_16= ',' ( (lv_wsisActionLines_17_0= ruleCode ) ) )*
            	    {
            	    otherlv_14=(Token)match(input,29,FOLLOW_18); 

            	    					newLeafNode(otherlv_14, grammarAccess.getGoalAccess().getWsisKeyword_6_3_0());
            	    				
            	    // InternalItup.g:2604:5: ( (lv_wsisActionLines_15_0= ruleCode ) )
            	    // InternalItup.g:2605:6: (lv_wsisActionLines_15_0= ruleCode )
            	    {
            	    // InternalItup.g:2605:6: (lv_wsisActionLines_15_0= ruleCode )
            	    // InternalItup.g:2606:7: lv_wsisActionLines_15_0= ruleCode
            	    {

            	    							newCompositeNode(grammarAccess.getGoalAccess().getWsisActionLinesCodeParserRuleCall_6_3_1_0());
            	    						
            	    pushFollow(FOLLOW_58);
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

            	    // InternalItup.g:2623:5: (otherlv_16= ',' ( (lv_wsisActionLines_17_0= ruleCode ) ) )*
            	    loop42:
            	    do {
            	        int alt42=2;
            	        int LA42_0 = input.LA(1);

            	        if ( (LA42_0==18) ) {
            	            alt42=1;
            	        }


            	        switch (alt42) {
            	    	case 1 :
            	    	    // InternalItup.g:2624:6: otherlv_16= ',' ( (lv_wsisActionLines_17_0= ruleCode ) )
            	    	    {
            	    	    otherlv_16=(Token)match(input,18,FOLLOW_18); 

            	    	    						newLeafNode(otherlv_16, grammarAccess.getGoalAccess().getCommaKeyword_6_3_2_0());
            	    	    					
            	    	    // InternalItup.g:2628:6: ( (lv_wsisActionLines_17_0= ruleCode ) )
            	    	    // InternalItup.g:2629:7: (lv_wsisActionLines_17_0= ruleCode )
            	    	    {
            	    	    // InternalItup.g:2629:7: (lv_wsisActionLines_17_0= ruleCode )
            	    	    // InternalItup.g:2630:8: lv_wsisActionLines_17_0= ruleCode
            	    	    {

            	    	    								newCompositeNode(grammarAccess.getGoalAccess().getWsisActionLinesCodeParserRuleCall_6_3_2_1_0());
            	    	    							
            	    	    pushFollow(FOLLOW_58);
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
            	    	    break loop42;
            	        }
            	    } while (true);


            	    }


            	    }
            	    break;

            	default :
            	    break loop43;
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
    // InternalItup.g:2658:1: entryRuleTarget returns [EObject current=null] : iv_ruleTarget= ruleTarget EOF ;
    public final EObject entryRuleTarget() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleTarget = null;


        try {
            // InternalItup.g:2658:47: (iv_ruleTarget= ruleTarget EOF )
            // InternalItup.g:2659:2: iv_ruleTarget= ruleTarget EOF
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
    // InternalItup.g:2665:1: ruleTarget returns [EObject current=null] : (otherlv_0= 'target' ( (lv_name_1_0= ruleCode ) ) ( (lv_official_2_0= 'official' ) )? ( (lv_statement_3_0= RULE_STRING ) )? (otherlv_4= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_6= 'by' ( (lv_deadline_7_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'horizon' ( (lv_horizon_9_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? ) | ( (lv_kind_13_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_14_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'population' ( (lv_population_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (this_Replaces_17= ruleReplaces[$current] ) ) ) ) )* ) ) ) ( (lv_indicators_18_0= rulePerformanceIndicator ) )* otherlv_19= '}' )? ) ;
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
            // InternalItup.g:2671:2: ( (otherlv_0= 'target' ( (lv_name_1_0= ruleCode ) ) ( (lv_official_2_0= 'official' ) )? ( (lv_statement_3_0= RULE_STRING ) )? (otherlv_4= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_6= 'by' ( (lv_deadline_7_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'horizon' ( (lv_horizon_9_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? ) | ( (lv_kind_13_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_14_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'population' ( (lv_population_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (this_Replaces_17= ruleReplaces[$current] ) ) ) ) )* ) ) ) ( (lv_indicators_18_0= rulePerformanceIndicator ) )* otherlv_19= '}' )? ) )
            // InternalItup.g:2672:2: (otherlv_0= 'target' ( (lv_name_1_0= ruleCode ) ) ( (lv_official_2_0= 'official' ) )? ( (lv_statement_3_0= RULE_STRING ) )? (otherlv_4= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_6= 'by' ( (lv_deadline_7_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'horizon' ( (lv_horizon_9_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? ) | ( (lv_kind_13_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_14_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'population' ( (lv_population_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (this_Replaces_17= ruleReplaces[$current] ) ) ) ) )* ) ) ) ( (lv_indicators_18_0= rulePerformanceIndicator ) )* otherlv_19= '}' )? )
            {
            // InternalItup.g:2672:2: (otherlv_0= 'target' ( (lv_name_1_0= ruleCode ) ) ( (lv_official_2_0= 'official' ) )? ( (lv_statement_3_0= RULE_STRING ) )? (otherlv_4= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_6= 'by' ( (lv_deadline_7_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'horizon' ( (lv_horizon_9_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? ) | ( (lv_kind_13_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_14_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'population' ( (lv_population_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (this_Replaces_17= ruleReplaces[$current] ) ) ) ) )* ) ) ) ( (lv_indicators_18_0= rulePerformanceIndicator ) )* otherlv_19= '}' )? )
            // InternalItup.g:2673:3: otherlv_0= 'target' ( (lv_name_1_0= ruleCode ) ) ( (lv_official_2_0= 'official' ) )? ( (lv_statement_3_0= RULE_STRING ) )? (otherlv_4= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_6= 'by' ( (lv_deadline_7_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'horizon' ( (lv_horizon_9_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? ) | ( (lv_kind_13_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_14_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'population' ( (lv_population_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (this_Replaces_17= ruleReplaces[$current] ) ) ) ) )* ) ) ) ( (lv_indicators_18_0= rulePerformanceIndicator ) )* otherlv_19= '}' )?
            {
            otherlv_0=(Token)match(input,63,FOLLOW_18); 

            			newLeafNode(otherlv_0, grammarAccess.getTargetAccess().getTargetKeyword_0());
            		
            // InternalItup.g:2677:3: ( (lv_name_1_0= ruleCode ) )
            // InternalItup.g:2678:4: (lv_name_1_0= ruleCode )
            {
            // InternalItup.g:2678:4: (lv_name_1_0= ruleCode )
            // InternalItup.g:2679:5: lv_name_1_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getTargetAccess().getNameCodeParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_59);
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

            // InternalItup.g:2696:3: ( (lv_official_2_0= 'official' ) )?
            int alt44=2;
            int LA44_0 = input.LA(1);

            if ( (LA44_0==20) ) {
                alt44=1;
            }
            switch (alt44) {
                case 1 :
                    // InternalItup.g:2697:4: (lv_official_2_0= 'official' )
                    {
                    // InternalItup.g:2697:4: (lv_official_2_0= 'official' )
                    // InternalItup.g:2698:5: lv_official_2_0= 'official'
                    {
                    lv_official_2_0=(Token)match(input,20,FOLLOW_60); 

                    					newLeafNode(lv_official_2_0, grammarAccess.getTargetAccess().getOfficialOfficialKeyword_2_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getTargetRule());
                    					}
                    					setWithLastConsumed(current, "official", lv_official_2_0 != null, "official");
                    				

                    }


                    }
                    break;

            }

            // InternalItup.g:2710:3: ( (lv_statement_3_0= RULE_STRING ) )?
            int alt45=2;
            int LA45_0 = input.LA(1);

            if ( (LA45_0==RULE_STRING) ) {
                alt45=1;
            }
            switch (alt45) {
                case 1 :
                    // InternalItup.g:2711:4: (lv_statement_3_0= RULE_STRING )
                    {
                    // InternalItup.g:2711:4: (lv_statement_3_0= RULE_STRING )
                    // InternalItup.g:2712:5: lv_statement_3_0= RULE_STRING
                    {
                    lv_statement_3_0=(Token)match(input,RULE_STRING,FOLLOW_61); 

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

            // InternalItup.g:2728:3: (otherlv_4= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_6= 'by' ( (lv_deadline_7_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'horizon' ( (lv_horizon_9_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? ) | ( (lv_kind_13_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_14_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'population' ( (lv_population_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (this_Replaces_17= ruleReplaces[$current] ) ) ) ) )* ) ) ) ( (lv_indicators_18_0= rulePerformanceIndicator ) )* otherlv_19= '}' )?
            int alt50=2;
            int LA50_0 = input.LA(1);

            if ( (LA50_0==27) ) {
                alt50=1;
            }
            switch (alt50) {
                case 1 :
                    // InternalItup.g:2729:4: otherlv_4= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_6= 'by' ( (lv_deadline_7_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'horizon' ( (lv_horizon_9_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? ) | ( (lv_kind_13_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_14_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'population' ( (lv_population_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (this_Replaces_17= ruleReplaces[$current] ) ) ) ) )* ) ) ) ( (lv_indicators_18_0= rulePerformanceIndicator ) )* otherlv_19= '}'
                    {
                    otherlv_4=(Token)match(input,27,FOLLOW_62); 

                    				newLeafNode(otherlv_4, grammarAccess.getTargetAccess().getLeftCurlyBracketKeyword_4_0());
                    			
                    // InternalItup.g:2733:4: ( ( ( ( ({...}? => ( ({...}? => (otherlv_6= 'by' ( (lv_deadline_7_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'horizon' ( (lv_horizon_9_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? ) | ( (lv_kind_13_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_14_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'population' ( (lv_population_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (this_Replaces_17= ruleReplaces[$current] ) ) ) ) )* ) ) )
                    // InternalItup.g:2734:5: ( ( ( ({...}? => ( ({...}? => (otherlv_6= 'by' ( (lv_deadline_7_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'horizon' ( (lv_horizon_9_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? ) | ( (lv_kind_13_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_14_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'population' ( (lv_population_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (this_Replaces_17= ruleReplaces[$current] ) ) ) ) )* ) )
                    {
                    // InternalItup.g:2734:5: ( ( ( ({...}? => ( ({...}? => (otherlv_6= 'by' ( (lv_deadline_7_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'horizon' ( (lv_horizon_9_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? ) | ( (lv_kind_13_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_14_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'population' ( (lv_population_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (this_Replaces_17= ruleReplaces[$current] ) ) ) ) )* ) )
                    // InternalItup.g:2735:6: ( ( ({...}? => ( ({...}? => (otherlv_6= 'by' ( (lv_deadline_7_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'horizon' ( (lv_horizon_9_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? ) | ( (lv_kind_13_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_14_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'population' ( (lv_population_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (this_Replaces_17= ruleReplaces[$current] ) ) ) ) )* )
                    {
                     
                    					  getUnorderedGroupHelper().enter(grammarAccess.getTargetAccess().getUnorderedGroup_4_1());
                    					
                    // InternalItup.g:2738:6: ( ( ({...}? => ( ({...}? => (otherlv_6= 'by' ( (lv_deadline_7_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'horizon' ( (lv_horizon_9_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? ) | ( (lv_kind_13_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_14_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'population' ( (lv_population_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (this_Replaces_17= ruleReplaces[$current] ) ) ) ) )* )
                    // InternalItup.g:2739:7: ( ({...}? => ( ({...}? => (otherlv_6= 'by' ( (lv_deadline_7_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'horizon' ( (lv_horizon_9_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? ) | ( (lv_kind_13_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_14_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'population' ( (lv_population_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (this_Replaces_17= ruleReplaces[$current] ) ) ) ) )*
                    {
                    // InternalItup.g:2739:7: ( ({...}? => ( ({...}? => (otherlv_6= 'by' ( (lv_deadline_7_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'horizon' ( (lv_horizon_9_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? ) | ( (lv_kind_13_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_14_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'population' ( (lv_population_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (this_Replaces_17= ruleReplaces[$current] ) ) ) ) )*
                    loop48:
                    do {
                        int alt48=7;
                        int LA48_0 = input.LA(1);

                        if ( LA48_0 == 15 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 0) ) {
                            alt48=1;
                        }
                        else if ( LA48_0 == 64 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 1) ) {
                            alt48=2;
                        }
                        else if ( LA48_0 >= 98 && LA48_0 <= 101 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 2) ) {
                            alt48=3;
                        }
                        else if ( LA48_0 == 66 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 3) ) {
                            alt48=4;
                        }
                        else if ( LA48_0 == 65 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 4) ) {
                            alt48=5;
                        }
                        else if ( LA48_0 == 58 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 5) ) {
                            alt48=6;
                        }


                        switch (alt48) {
                    	case 1 :
                    	    // InternalItup.g:2740:5: ({...}? => ( ({...}? => (otherlv_6= 'by' ( (lv_deadline_7_0= ruleYear ) ) ) ) ) )
                    	    {
                    	    // InternalItup.g:2740:5: ({...}? => ( ({...}? => (otherlv_6= 'by' ( (lv_deadline_7_0= ruleYear ) ) ) ) ) )
                    	    // InternalItup.g:2741:6: {...}? => ( ({...}? => (otherlv_6= 'by' ( (lv_deadline_7_0= ruleYear ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 0) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 0)");
                    	    }
                    	    // InternalItup.g:2741:106: ( ({...}? => (otherlv_6= 'by' ( (lv_deadline_7_0= ruleYear ) ) ) ) )
                    	    // InternalItup.g:2742:7: ({...}? => (otherlv_6= 'by' ( (lv_deadline_7_0= ruleYear ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 0);
                    	    						
                    	    // InternalItup.g:2745:10: ({...}? => (otherlv_6= 'by' ( (lv_deadline_7_0= ruleYear ) ) ) )
                    	    // InternalItup.g:2745:11: {...}? => (otherlv_6= 'by' ( (lv_deadline_7_0= ruleYear ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "true");
                    	    }
                    	    // InternalItup.g:2745:20: (otherlv_6= 'by' ( (lv_deadline_7_0= ruleYear ) ) )
                    	    // InternalItup.g:2745:21: otherlv_6= 'by' ( (lv_deadline_7_0= ruleYear ) )
                    	    {
                    	    otherlv_6=(Token)match(input,15,FOLLOW_6); 

                    	    										newLeafNode(otherlv_6, grammarAccess.getTargetAccess().getByKeyword_4_1_0_0());
                    	    									
                    	    // InternalItup.g:2749:10: ( (lv_deadline_7_0= ruleYear ) )
                    	    // InternalItup.g:2750:11: (lv_deadline_7_0= ruleYear )
                    	    {
                    	    // InternalItup.g:2750:11: (lv_deadline_7_0= ruleYear )
                    	    // InternalItup.g:2751:12: lv_deadline_7_0= ruleYear
                    	    {

                    	    												newCompositeNode(grammarAccess.getTargetAccess().getDeadlineYearParserRuleCall_4_1_0_1_0());
                    	    											
                    	    pushFollow(FOLLOW_62);
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
                    	    // InternalItup.g:2774:5: ({...}? => ( ({...}? => (otherlv_8= 'horizon' ( (lv_horizon_9_0= ruleYear ) ) ) ) ) )
                    	    {
                    	    // InternalItup.g:2774:5: ({...}? => ( ({...}? => (otherlv_8= 'horizon' ( (lv_horizon_9_0= ruleYear ) ) ) ) ) )
                    	    // InternalItup.g:2775:6: {...}? => ( ({...}? => (otherlv_8= 'horizon' ( (lv_horizon_9_0= ruleYear ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 1) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 1)");
                    	    }
                    	    // InternalItup.g:2775:106: ( ({...}? => (otherlv_8= 'horizon' ( (lv_horizon_9_0= ruleYear ) ) ) ) )
                    	    // InternalItup.g:2776:7: ({...}? => (otherlv_8= 'horizon' ( (lv_horizon_9_0= ruleYear ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 1);
                    	    						
                    	    // InternalItup.g:2779:10: ({...}? => (otherlv_8= 'horizon' ( (lv_horizon_9_0= ruleYear ) ) ) )
                    	    // InternalItup.g:2779:11: {...}? => (otherlv_8= 'horizon' ( (lv_horizon_9_0= ruleYear ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "true");
                    	    }
                    	    // InternalItup.g:2779:20: (otherlv_8= 'horizon' ( (lv_horizon_9_0= ruleYear ) ) )
                    	    // InternalItup.g:2779:21: otherlv_8= 'horizon' ( (lv_horizon_9_0= ruleYear ) )
                    	    {
                    	    otherlv_8=(Token)match(input,64,FOLLOW_6); 

                    	    										newLeafNode(otherlv_8, grammarAccess.getTargetAccess().getHorizonKeyword_4_1_1_0());
                    	    									
                    	    // InternalItup.g:2783:10: ( (lv_horizon_9_0= ruleYear ) )
                    	    // InternalItup.g:2784:11: (lv_horizon_9_0= ruleYear )
                    	    {
                    	    // InternalItup.g:2784:11: (lv_horizon_9_0= ruleYear )
                    	    // InternalItup.g:2785:12: lv_horizon_9_0= ruleYear
                    	    {

                    	    												newCompositeNode(grammarAccess.getTargetAccess().getHorizonYearParserRuleCall_4_1_1_1_0());
                    	    											
                    	    pushFollow(FOLLOW_62);
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
                    	    // InternalItup.g:2808:5: ({...}? => ( ({...}? => ( ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? ) | ( (lv_kind_13_0= ruleQualitativeTargetKind ) ) ) ) ) )
                    	    {
                    	    // InternalItup.g:2808:5: ({...}? => ( ({...}? => ( ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? ) | ( (lv_kind_13_0= ruleQualitativeTargetKind ) ) ) ) ) )
                    	    // InternalItup.g:2809:6: {...}? => ( ({...}? => ( ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? ) | ( (lv_kind_13_0= ruleQualitativeTargetKind ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 2) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 2)");
                    	    }
                    	    // InternalItup.g:2809:106: ( ({...}? => ( ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? ) | ( (lv_kind_13_0= ruleQualitativeTargetKind ) ) ) ) )
                    	    // InternalItup.g:2810:7: ({...}? => ( ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? ) | ( (lv_kind_13_0= ruleQualitativeTargetKind ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 2);
                    	    						
                    	    // InternalItup.g:2813:10: ({...}? => ( ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? ) | ( (lv_kind_13_0= ruleQualitativeTargetKind ) ) ) )
                    	    // InternalItup.g:2813:11: {...}? => ( ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? ) | ( (lv_kind_13_0= ruleQualitativeTargetKind ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "true");
                    	    }
                    	    // InternalItup.g:2813:20: ( ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? ) | ( (lv_kind_13_0= ruleQualitativeTargetKind ) ) )
                    	    int alt47=2;
                    	    int LA47_0 = input.LA(1);

                    	    if ( ((LA47_0>=98 && LA47_0<=100)) ) {
                    	        alt47=1;
                    	    }
                    	    else if ( (LA47_0==101) ) {
                    	        alt47=2;
                    	    }
                    	    else {
                    	        NoViableAltException nvae =
                    	            new NoViableAltException("", 47, 0, input);

                    	        throw nvae;
                    	    }
                    	    switch (alt47) {
                    	        case 1 :
                    	            // InternalItup.g:2813:21: ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? )
                    	            {
                    	            // InternalItup.g:2813:21: ( ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )? )
                    	            // InternalItup.g:2814:11: ( (lv_kind_10_0= ruleMeasuredTargetKind ) ) ( (lv_value_11_0= ruleDecimal ) ) ( (lv_unit_12_0= RULE_STRING ) )?
                    	            {
                    	            // InternalItup.g:2814:11: ( (lv_kind_10_0= ruleMeasuredTargetKind ) )
                    	            // InternalItup.g:2815:12: (lv_kind_10_0= ruleMeasuredTargetKind )
                    	            {
                    	            // InternalItup.g:2815:12: (lv_kind_10_0= ruleMeasuredTargetKind )
                    	            // InternalItup.g:2816:13: lv_kind_10_0= ruleMeasuredTargetKind
                    	            {

                    	            													newCompositeNode(grammarAccess.getTargetAccess().getKindMeasuredTargetKindEnumRuleCall_4_1_2_0_0_0());
                    	            												
                    	            pushFollow(FOLLOW_46);
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

                    	            // InternalItup.g:2833:11: ( (lv_value_11_0= ruleDecimal ) )
                    	            // InternalItup.g:2834:12: (lv_value_11_0= ruleDecimal )
                    	            {
                    	            // InternalItup.g:2834:12: (lv_value_11_0= ruleDecimal )
                    	            // InternalItup.g:2835:13: lv_value_11_0= ruleDecimal
                    	            {

                    	            													newCompositeNode(grammarAccess.getTargetAccess().getValueDecimalParserRuleCall_4_1_2_0_1_0());
                    	            												
                    	            pushFollow(FOLLOW_63);
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

                    	            // InternalItup.g:2852:11: ( (lv_unit_12_0= RULE_STRING ) )?
                    	            int alt46=2;
                    	            int LA46_0 = input.LA(1);

                    	            if ( (LA46_0==RULE_STRING) ) {
                    	                alt46=1;
                    	            }
                    	            switch (alt46) {
                    	                case 1 :
                    	                    // InternalItup.g:2853:12: (lv_unit_12_0= RULE_STRING )
                    	                    {
                    	                    // InternalItup.g:2853:12: (lv_unit_12_0= RULE_STRING )
                    	                    // InternalItup.g:2854:13: lv_unit_12_0= RULE_STRING
                    	                    {
                    	                    lv_unit_12_0=(Token)match(input,RULE_STRING,FOLLOW_62); 

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
                    	            // InternalItup.g:2872:10: ( (lv_kind_13_0= ruleQualitativeTargetKind ) )
                    	            {
                    	            // InternalItup.g:2872:10: ( (lv_kind_13_0= ruleQualitativeTargetKind ) )
                    	            // InternalItup.g:2873:11: (lv_kind_13_0= ruleQualitativeTargetKind )
                    	            {
                    	            // InternalItup.g:2873:11: (lv_kind_13_0= ruleQualitativeTargetKind )
                    	            // InternalItup.g:2874:12: lv_kind_13_0= ruleQualitativeTargetKind
                    	            {

                    	            												newCompositeNode(grammarAccess.getTargetAccess().getKindQualitativeTargetKindEnumRuleCall_4_1_2_1_0());
                    	            											
                    	            pushFollow(FOLLOW_62);
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
                    	    // InternalItup.g:2897:5: ({...}? => ( ({...}? => ( (lv_baseline_14_0= ruleBaseline ) ) ) ) )
                    	    {
                    	    // InternalItup.g:2897:5: ({...}? => ( ({...}? => ( (lv_baseline_14_0= ruleBaseline ) ) ) ) )
                    	    // InternalItup.g:2898:6: {...}? => ( ({...}? => ( (lv_baseline_14_0= ruleBaseline ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 3) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 3)");
                    	    }
                    	    // InternalItup.g:2898:106: ( ({...}? => ( (lv_baseline_14_0= ruleBaseline ) ) ) )
                    	    // InternalItup.g:2899:7: ({...}? => ( (lv_baseline_14_0= ruleBaseline ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 3);
                    	    						
                    	    // InternalItup.g:2902:10: ({...}? => ( (lv_baseline_14_0= ruleBaseline ) ) )
                    	    // InternalItup.g:2902:11: {...}? => ( (lv_baseline_14_0= ruleBaseline ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "true");
                    	    }
                    	    // InternalItup.g:2902:20: ( (lv_baseline_14_0= ruleBaseline ) )
                    	    // InternalItup.g:2902:21: (lv_baseline_14_0= ruleBaseline )
                    	    {
                    	    // InternalItup.g:2902:21: (lv_baseline_14_0= ruleBaseline )
                    	    // InternalItup.g:2903:11: lv_baseline_14_0= ruleBaseline
                    	    {

                    	    											newCompositeNode(grammarAccess.getTargetAccess().getBaselineBaselineParserRuleCall_4_1_3_0());
                    	    										
                    	    pushFollow(FOLLOW_62);
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
                    	    // InternalItup.g:2925:5: ({...}? => ( ({...}? => (otherlv_15= 'population' ( (lv_population_16_0= RULE_STRING ) ) ) ) ) )
                    	    {
                    	    // InternalItup.g:2925:5: ({...}? => ( ({...}? => (otherlv_15= 'population' ( (lv_population_16_0= RULE_STRING ) ) ) ) ) )
                    	    // InternalItup.g:2926:6: {...}? => ( ({...}? => (otherlv_15= 'population' ( (lv_population_16_0= RULE_STRING ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 4) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 4)");
                    	    }
                    	    // InternalItup.g:2926:106: ( ({...}? => (otherlv_15= 'population' ( (lv_population_16_0= RULE_STRING ) ) ) ) )
                    	    // InternalItup.g:2927:7: ({...}? => (otherlv_15= 'population' ( (lv_population_16_0= RULE_STRING ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 4);
                    	    						
                    	    // InternalItup.g:2930:10: ({...}? => (otherlv_15= 'population' ( (lv_population_16_0= RULE_STRING ) ) ) )
                    	    // InternalItup.g:2930:11: {...}? => (otherlv_15= 'population' ( (lv_population_16_0= RULE_STRING ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "true");
                    	    }
                    	    // InternalItup.g:2930:20: (otherlv_15= 'population' ( (lv_population_16_0= RULE_STRING ) ) )
                    	    // InternalItup.g:2930:21: otherlv_15= 'population' ( (lv_population_16_0= RULE_STRING ) )
                    	    {
                    	    otherlv_15=(Token)match(input,65,FOLLOW_10); 

                    	    										newLeafNode(otherlv_15, grammarAccess.getTargetAccess().getPopulationKeyword_4_1_4_0());
                    	    									
                    	    // InternalItup.g:2934:10: ( (lv_population_16_0= RULE_STRING ) )
                    	    // InternalItup.g:2935:11: (lv_population_16_0= RULE_STRING )
                    	    {
                    	    // InternalItup.g:2935:11: (lv_population_16_0= RULE_STRING )
                    	    // InternalItup.g:2936:12: lv_population_16_0= RULE_STRING
                    	    {
                    	    lv_population_16_0=(Token)match(input,RULE_STRING,FOLLOW_62); 

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
                    	    // InternalItup.g:2958:5: ({...}? => ( ({...}? => (this_Replaces_17= ruleReplaces[$current] ) ) ) )
                    	    {
                    	    // InternalItup.g:2958:5: ({...}? => ( ({...}? => (this_Replaces_17= ruleReplaces[$current] ) ) ) )
                    	    // InternalItup.g:2959:6: {...}? => ( ({...}? => (this_Replaces_17= ruleReplaces[$current] ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 5) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 5)");
                    	    }
                    	    // InternalItup.g:2959:106: ( ({...}? => (this_Replaces_17= ruleReplaces[$current] ) ) )
                    	    // InternalItup.g:2960:7: ({...}? => (this_Replaces_17= ruleReplaces[$current] ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getTargetAccess().getUnorderedGroup_4_1(), 5);
                    	    						
                    	    // InternalItup.g:2963:10: ({...}? => (this_Replaces_17= ruleReplaces[$current] ) )
                    	    // InternalItup.g:2963:11: {...}? => (this_Replaces_17= ruleReplaces[$current] )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "true");
                    	    }
                    	    // InternalItup.g:2963:20: (this_Replaces_17= ruleReplaces[$current] )
                    	    // InternalItup.g:2963:21: this_Replaces_17= ruleReplaces[$current]
                    	    {

                    	    										if (current==null) {
                    	    											current = createModelElement(grammarAccess.getTargetRule());
                    	    										}
                    	    										newCompositeNode(grammarAccess.getTargetAccess().getReplacesParserRuleCall_4_1_5());
                    	    									
                    	    pushFollow(FOLLOW_62);
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
                    	    break loop48;
                        }
                    } while (true);


                    }


                    }

                     
                    					  getUnorderedGroupHelper().leave(grammarAccess.getTargetAccess().getUnorderedGroup_4_1());
                    					

                    }

                    // InternalItup.g:2987:4: ( (lv_indicators_18_0= rulePerformanceIndicator ) )*
                    loop49:
                    do {
                        int alt49=2;
                        int LA49_0 = input.LA(1);

                        if ( (LA49_0==75) ) {
                            alt49=1;
                        }


                        switch (alt49) {
                    	case 1 :
                    	    // InternalItup.g:2988:5: (lv_indicators_18_0= rulePerformanceIndicator )
                    	    {
                    	    // InternalItup.g:2988:5: (lv_indicators_18_0= rulePerformanceIndicator )
                    	    // InternalItup.g:2989:6: lv_indicators_18_0= rulePerformanceIndicator
                    	    {

                    	    						newCompositeNode(grammarAccess.getTargetAccess().getIndicatorsPerformanceIndicatorParserRuleCall_4_2_0());
                    	    					
                    	    pushFollow(FOLLOW_64);
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
                    	    break loop49;
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
    // InternalItup.g:3015:1: entryRuleBaseline returns [EObject current=null] : iv_ruleBaseline= ruleBaseline EOF ;
    public final EObject entryRuleBaseline() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleBaseline = null;


        try {
            // InternalItup.g:3015:49: (iv_ruleBaseline= ruleBaseline EOF )
            // InternalItup.g:3016:2: iv_ruleBaseline= ruleBaseline EOF
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
    // InternalItup.g:3022:1: ruleBaseline returns [EObject current=null] : (otherlv_0= 'baseline' ( (lv_year_1_0= ruleYear ) ) ( ( (lv_measured_2_0= 'measured' ) ) | (otherlv_3= 'value' ( (lv_value_4_0= ruleDecimal ) ) ( (lv_unit_5_0= RULE_STRING ) )? ) )? ) ;
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
            // InternalItup.g:3028:2: ( (otherlv_0= 'baseline' ( (lv_year_1_0= ruleYear ) ) ( ( (lv_measured_2_0= 'measured' ) ) | (otherlv_3= 'value' ( (lv_value_4_0= ruleDecimal ) ) ( (lv_unit_5_0= RULE_STRING ) )? ) )? ) )
            // InternalItup.g:3029:2: (otherlv_0= 'baseline' ( (lv_year_1_0= ruleYear ) ) ( ( (lv_measured_2_0= 'measured' ) ) | (otherlv_3= 'value' ( (lv_value_4_0= ruleDecimal ) ) ( (lv_unit_5_0= RULE_STRING ) )? ) )? )
            {
            // InternalItup.g:3029:2: (otherlv_0= 'baseline' ( (lv_year_1_0= ruleYear ) ) ( ( (lv_measured_2_0= 'measured' ) ) | (otherlv_3= 'value' ( (lv_value_4_0= ruleDecimal ) ) ( (lv_unit_5_0= RULE_STRING ) )? ) )? )
            // InternalItup.g:3030:3: otherlv_0= 'baseline' ( (lv_year_1_0= ruleYear ) ) ( ( (lv_measured_2_0= 'measured' ) ) | (otherlv_3= 'value' ( (lv_value_4_0= ruleDecimal ) ) ( (lv_unit_5_0= RULE_STRING ) )? ) )?
            {
            otherlv_0=(Token)match(input,66,FOLLOW_6); 

            			newLeafNode(otherlv_0, grammarAccess.getBaselineAccess().getBaselineKeyword_0());
            		
            // InternalItup.g:3034:3: ( (lv_year_1_0= ruleYear ) )
            // InternalItup.g:3035:4: (lv_year_1_0= ruleYear )
            {
            // InternalItup.g:3035:4: (lv_year_1_0= ruleYear )
            // InternalItup.g:3036:5: lv_year_1_0= ruleYear
            {

            					newCompositeNode(grammarAccess.getBaselineAccess().getYearYearParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_65);
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

            // InternalItup.g:3053:3: ( ( (lv_measured_2_0= 'measured' ) ) | (otherlv_3= 'value' ( (lv_value_4_0= ruleDecimal ) ) ( (lv_unit_5_0= RULE_STRING ) )? ) )?
            int alt52=3;
            int LA52_0 = input.LA(1);

            if ( (LA52_0==47) ) {
                alt52=1;
            }
            else if ( (LA52_0==49) ) {
                alt52=2;
            }
            switch (alt52) {
                case 1 :
                    // InternalItup.g:3054:4: ( (lv_measured_2_0= 'measured' ) )
                    {
                    // InternalItup.g:3054:4: ( (lv_measured_2_0= 'measured' ) )
                    // InternalItup.g:3055:5: (lv_measured_2_0= 'measured' )
                    {
                    // InternalItup.g:3055:5: (lv_measured_2_0= 'measured' )
                    // InternalItup.g:3056:6: lv_measured_2_0= 'measured'
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
                    // InternalItup.g:3069:4: (otherlv_3= 'value' ( (lv_value_4_0= ruleDecimal ) ) ( (lv_unit_5_0= RULE_STRING ) )? )
                    {
                    // InternalItup.g:3069:4: (otherlv_3= 'value' ( (lv_value_4_0= ruleDecimal ) ) ( (lv_unit_5_0= RULE_STRING ) )? )
                    // InternalItup.g:3070:5: otherlv_3= 'value' ( (lv_value_4_0= ruleDecimal ) ) ( (lv_unit_5_0= RULE_STRING ) )?
                    {
                    otherlv_3=(Token)match(input,49,FOLLOW_46); 

                    					newLeafNode(otherlv_3, grammarAccess.getBaselineAccess().getValueKeyword_2_1_0());
                    				
                    // InternalItup.g:3074:5: ( (lv_value_4_0= ruleDecimal ) )
                    // InternalItup.g:3075:6: (lv_value_4_0= ruleDecimal )
                    {
                    // InternalItup.g:3075:6: (lv_value_4_0= ruleDecimal )
                    // InternalItup.g:3076:7: lv_value_4_0= ruleDecimal
                    {

                    							newCompositeNode(grammarAccess.getBaselineAccess().getValueDecimalParserRuleCall_2_1_1_0());
                    						
                    pushFollow(FOLLOW_41);
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

                    // InternalItup.g:3093:5: ( (lv_unit_5_0= RULE_STRING ) )?
                    int alt51=2;
                    int LA51_0 = input.LA(1);

                    if ( (LA51_0==RULE_STRING) ) {
                        alt51=1;
                    }
                    switch (alt51) {
                        case 1 :
                            // InternalItup.g:3094:6: (lv_unit_5_0= RULE_STRING )
                            {
                            // InternalItup.g:3094:6: (lv_unit_5_0= RULE_STRING )
                            // InternalItup.g:3095:7: lv_unit_5_0= RULE_STRING
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
    // InternalItup.g:3117:1: entryRuleSdgLink returns [EObject current=null] : iv_ruleSdgLink= ruleSdgLink EOF ;
    public final EObject entryRuleSdgLink() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleSdgLink = null;


        try {
            // InternalItup.g:3117:48: (iv_ruleSdgLink= ruleSdgLink EOF )
            // InternalItup.g:3118:2: iv_ruleSdgLink= ruleSdgLink EOF
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
    // InternalItup.g:3124:1: ruleSdgLink returns [EObject current=null] : ( ( (lv_target_0_0= ruleCode ) ) (otherlv_1= '(' ( (lv_indicators_2_0= ruleCode ) ) (otherlv_3= ',' ( (lv_indicators_4_0= ruleCode ) ) )* otherlv_5= ')' )? ) ;
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
            // InternalItup.g:3130:2: ( ( ( (lv_target_0_0= ruleCode ) ) (otherlv_1= '(' ( (lv_indicators_2_0= ruleCode ) ) (otherlv_3= ',' ( (lv_indicators_4_0= ruleCode ) ) )* otherlv_5= ')' )? ) )
            // InternalItup.g:3131:2: ( ( (lv_target_0_0= ruleCode ) ) (otherlv_1= '(' ( (lv_indicators_2_0= ruleCode ) ) (otherlv_3= ',' ( (lv_indicators_4_0= ruleCode ) ) )* otherlv_5= ')' )? )
            {
            // InternalItup.g:3131:2: ( ( (lv_target_0_0= ruleCode ) ) (otherlv_1= '(' ( (lv_indicators_2_0= ruleCode ) ) (otherlv_3= ',' ( (lv_indicators_4_0= ruleCode ) ) )* otherlv_5= ')' )? )
            // InternalItup.g:3132:3: ( (lv_target_0_0= ruleCode ) ) (otherlv_1= '(' ( (lv_indicators_2_0= ruleCode ) ) (otherlv_3= ',' ( (lv_indicators_4_0= ruleCode ) ) )* otherlv_5= ')' )?
            {
            // InternalItup.g:3132:3: ( (lv_target_0_0= ruleCode ) )
            // InternalItup.g:3133:4: (lv_target_0_0= ruleCode )
            {
            // InternalItup.g:3133:4: (lv_target_0_0= ruleCode )
            // InternalItup.g:3134:5: lv_target_0_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getSdgLinkAccess().getTargetCodeParserRuleCall_0_0());
            				
            pushFollow(FOLLOW_66);
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

            // InternalItup.g:3151:3: (otherlv_1= '(' ( (lv_indicators_2_0= ruleCode ) ) (otherlv_3= ',' ( (lv_indicators_4_0= ruleCode ) ) )* otherlv_5= ')' )?
            int alt54=2;
            int LA54_0 = input.LA(1);

            if ( (LA54_0==67) ) {
                alt54=1;
            }
            switch (alt54) {
                case 1 :
                    // InternalItup.g:3152:4: otherlv_1= '(' ( (lv_indicators_2_0= ruleCode ) ) (otherlv_3= ',' ( (lv_indicators_4_0= ruleCode ) ) )* otherlv_5= ')'
                    {
                    otherlv_1=(Token)match(input,67,FOLLOW_18); 

                    				newLeafNode(otherlv_1, grammarAccess.getSdgLinkAccess().getLeftParenthesisKeyword_1_0());
                    			
                    // InternalItup.g:3156:4: ( (lv_indicators_2_0= ruleCode ) )
                    // InternalItup.g:3157:5: (lv_indicators_2_0= ruleCode )
                    {
                    // InternalItup.g:3157:5: (lv_indicators_2_0= ruleCode )
                    // InternalItup.g:3158:6: lv_indicators_2_0= ruleCode
                    {

                    						newCompositeNode(grammarAccess.getSdgLinkAccess().getIndicatorsCodeParserRuleCall_1_1_0());
                    					
                    pushFollow(FOLLOW_67);
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

                    // InternalItup.g:3175:4: (otherlv_3= ',' ( (lv_indicators_4_0= ruleCode ) ) )*
                    loop53:
                    do {
                        int alt53=2;
                        int LA53_0 = input.LA(1);

                        if ( (LA53_0==18) ) {
                            alt53=1;
                        }


                        switch (alt53) {
                    	case 1 :
                    	    // InternalItup.g:3176:5: otherlv_3= ',' ( (lv_indicators_4_0= ruleCode ) )
                    	    {
                    	    otherlv_3=(Token)match(input,18,FOLLOW_18); 

                    	    					newLeafNode(otherlv_3, grammarAccess.getSdgLinkAccess().getCommaKeyword_1_2_0());
                    	    				
                    	    // InternalItup.g:3180:5: ( (lv_indicators_4_0= ruleCode ) )
                    	    // InternalItup.g:3181:6: (lv_indicators_4_0= ruleCode )
                    	    {
                    	    // InternalItup.g:3181:6: (lv_indicators_4_0= ruleCode )
                    	    // InternalItup.g:3182:7: lv_indicators_4_0= ruleCode
                    	    {

                    	    							newCompositeNode(grammarAccess.getSdgLinkAccess().getIndicatorsCodeParserRuleCall_1_2_1_0());
                    	    						
                    	    pushFollow(FOLLOW_67);
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
                    	    break loop53;
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
    // InternalItup.g:3209:1: entryRuleSector returns [EObject current=null] : iv_ruleSector= ruleSector EOF ;
    public final EObject entryRuleSector() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleSector = null;


        try {
            // InternalItup.g:3209:47: (iv_ruleSector= ruleSector EOF )
            // InternalItup.g:3210:2: iv_ruleSector= ruleSector EOF
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
    // InternalItup.g:3216:1: ruleSector returns [EObject current=null] : ( ( (lv_kind_0_0= ruleSectorKind ) ) ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'bureau' ( (lv_bureau_5_0= ruleBureau ) ) )? ( ( (lv_objectives_6_0= ruleObjective ) ) | ( (lv_enablers_7_0= ruleEnabler ) ) | ( (lv_budgets_8_0= ruleBudget ) ) )* otherlv_9= '}' ) ;
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
            // InternalItup.g:3222:2: ( ( ( (lv_kind_0_0= ruleSectorKind ) ) ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'bureau' ( (lv_bureau_5_0= ruleBureau ) ) )? ( ( (lv_objectives_6_0= ruleObjective ) ) | ( (lv_enablers_7_0= ruleEnabler ) ) | ( (lv_budgets_8_0= ruleBudget ) ) )* otherlv_9= '}' ) )
            // InternalItup.g:3223:2: ( ( (lv_kind_0_0= ruleSectorKind ) ) ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'bureau' ( (lv_bureau_5_0= ruleBureau ) ) )? ( ( (lv_objectives_6_0= ruleObjective ) ) | ( (lv_enablers_7_0= ruleEnabler ) ) | ( (lv_budgets_8_0= ruleBudget ) ) )* otherlv_9= '}' )
            {
            // InternalItup.g:3223:2: ( ( (lv_kind_0_0= ruleSectorKind ) ) ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'bureau' ( (lv_bureau_5_0= ruleBureau ) ) )? ( ( (lv_objectives_6_0= ruleObjective ) ) | ( (lv_enablers_7_0= ruleEnabler ) ) | ( (lv_budgets_8_0= ruleBudget ) ) )* otherlv_9= '}' )
            // InternalItup.g:3224:3: ( (lv_kind_0_0= ruleSectorKind ) ) ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'bureau' ( (lv_bureau_5_0= ruleBureau ) ) )? ( ( (lv_objectives_6_0= ruleObjective ) ) | ( (lv_enablers_7_0= ruleEnabler ) ) | ( (lv_budgets_8_0= ruleBudget ) ) )* otherlv_9= '}'
            {
            // InternalItup.g:3224:3: ( (lv_kind_0_0= ruleSectorKind ) )
            // InternalItup.g:3225:4: (lv_kind_0_0= ruleSectorKind )
            {
            // InternalItup.g:3225:4: (lv_kind_0_0= ruleSectorKind )
            // InternalItup.g:3226:5: lv_kind_0_0= ruleSectorKind
            {

            					newCompositeNode(grammarAccess.getSectorAccess().getKindSectorKindEnumRuleCall_0_0());
            				
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

            // InternalItup.g:3243:3: ( (lv_name_1_0= ruleCode ) )
            // InternalItup.g:3244:4: (lv_name_1_0= ruleCode )
            {
            // InternalItup.g:3244:4: (lv_name_1_0= ruleCode )
            // InternalItup.g:3245:5: lv_name_1_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getSectorAccess().getNameCodeParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_54);
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

            // InternalItup.g:3262:3: ( (lv_title_2_0= RULE_STRING ) )?
            int alt55=2;
            int LA55_0 = input.LA(1);

            if ( (LA55_0==RULE_STRING) ) {
                alt55=1;
            }
            switch (alt55) {
                case 1 :
                    // InternalItup.g:3263:4: (lv_title_2_0= RULE_STRING )
                    {
                    // InternalItup.g:3263:4: (lv_title_2_0= RULE_STRING )
                    // InternalItup.g:3264:5: lv_title_2_0= RULE_STRING
                    {
                    lv_title_2_0=(Token)match(input,RULE_STRING,FOLLOW_24); 

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

            otherlv_3=(Token)match(input,27,FOLLOW_68); 

            			newLeafNode(otherlv_3, grammarAccess.getSectorAccess().getLeftCurlyBracketKeyword_3());
            		
            // InternalItup.g:3284:3: (otherlv_4= 'bureau' ( (lv_bureau_5_0= ruleBureau ) ) )?
            int alt56=2;
            int LA56_0 = input.LA(1);

            if ( (LA56_0==69) ) {
                alt56=1;
            }
            switch (alt56) {
                case 1 :
                    // InternalItup.g:3285:4: otherlv_4= 'bureau' ( (lv_bureau_5_0= ruleBureau ) )
                    {
                    otherlv_4=(Token)match(input,69,FOLLOW_18); 

                    				newLeafNode(otherlv_4, grammarAccess.getSectorAccess().getBureauKeyword_4_0());
                    			
                    // InternalItup.g:3289:4: ( (lv_bureau_5_0= ruleBureau ) )
                    // InternalItup.g:3290:5: (lv_bureau_5_0= ruleBureau )
                    {
                    // InternalItup.g:3290:5: (lv_bureau_5_0= ruleBureau )
                    // InternalItup.g:3291:6: lv_bureau_5_0= ruleBureau
                    {

                    						newCompositeNode(grammarAccess.getSectorAccess().getBureauBureauParserRuleCall_4_1_0());
                    					
                    pushFollow(FOLLOW_69);
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

            // InternalItup.g:3309:3: ( ( (lv_objectives_6_0= ruleObjective ) ) | ( (lv_enablers_7_0= ruleEnabler ) ) | ( (lv_budgets_8_0= ruleBudget ) ) )*
            loop57:
            do {
                int alt57=4;
                switch ( input.LA(1) ) {
                case 38:
                    {
                    alt57=1;
                    }
                    break;
                case 82:
                    {
                    alt57=2;
                    }
                    break;
                case 57:
                    {
                    alt57=3;
                    }
                    break;

                }

                switch (alt57) {
            	case 1 :
            	    // InternalItup.g:3310:4: ( (lv_objectives_6_0= ruleObjective ) )
            	    {
            	    // InternalItup.g:3310:4: ( (lv_objectives_6_0= ruleObjective ) )
            	    // InternalItup.g:3311:5: (lv_objectives_6_0= ruleObjective )
            	    {
            	    // InternalItup.g:3311:5: (lv_objectives_6_0= ruleObjective )
            	    // InternalItup.g:3312:6: lv_objectives_6_0= ruleObjective
            	    {

            	    						newCompositeNode(grammarAccess.getSectorAccess().getObjectivesObjectiveParserRuleCall_5_0_0());
            	    					
            	    pushFollow(FOLLOW_69);
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
            	    // InternalItup.g:3330:4: ( (lv_enablers_7_0= ruleEnabler ) )
            	    {
            	    // InternalItup.g:3330:4: ( (lv_enablers_7_0= ruleEnabler ) )
            	    // InternalItup.g:3331:5: (lv_enablers_7_0= ruleEnabler )
            	    {
            	    // InternalItup.g:3331:5: (lv_enablers_7_0= ruleEnabler )
            	    // InternalItup.g:3332:6: lv_enablers_7_0= ruleEnabler
            	    {

            	    						newCompositeNode(grammarAccess.getSectorAccess().getEnablersEnablerParserRuleCall_5_1_0());
            	    					
            	    pushFollow(FOLLOW_69);
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
            	    // InternalItup.g:3350:4: ( (lv_budgets_8_0= ruleBudget ) )
            	    {
            	    // InternalItup.g:3350:4: ( (lv_budgets_8_0= ruleBudget ) )
            	    // InternalItup.g:3351:5: (lv_budgets_8_0= ruleBudget )
            	    {
            	    // InternalItup.g:3351:5: (lv_budgets_8_0= ruleBudget )
            	    // InternalItup.g:3352:6: lv_budgets_8_0= ruleBudget
            	    {

            	    						newCompositeNode(grammarAccess.getSectorAccess().getBudgetsBudgetParserRuleCall_5_2_0());
            	    					
            	    pushFollow(FOLLOW_69);
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
            	    break loop57;
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
    // InternalItup.g:3378:1: entryRuleBureau returns [EObject current=null] : iv_ruleBureau= ruleBureau EOF ;
    public final EObject entryRuleBureau() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleBureau = null;


        try {
            // InternalItup.g:3378:47: (iv_ruleBureau= ruleBureau EOF )
            // InternalItup.g:3379:2: iv_ruleBureau= ruleBureau EOF
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
    // InternalItup.g:3385:1: ruleBureau returns [EObject current=null] : ( ( (lv_name_0_0= ruleCode ) ) ( (lv_title_1_0= RULE_STRING ) )? ) ;
    public final EObject ruleBureau() throws RecognitionException {
        EObject current = null;

        Token lv_title_1_0=null;
        AntlrDatatypeRuleToken lv_name_0_0 = null;



        	enterRule();

        try {
            // InternalItup.g:3391:2: ( ( ( (lv_name_0_0= ruleCode ) ) ( (lv_title_1_0= RULE_STRING ) )? ) )
            // InternalItup.g:3392:2: ( ( (lv_name_0_0= ruleCode ) ) ( (lv_title_1_0= RULE_STRING ) )? )
            {
            // InternalItup.g:3392:2: ( ( (lv_name_0_0= ruleCode ) ) ( (lv_title_1_0= RULE_STRING ) )? )
            // InternalItup.g:3393:3: ( (lv_name_0_0= ruleCode ) ) ( (lv_title_1_0= RULE_STRING ) )?
            {
            // InternalItup.g:3393:3: ( (lv_name_0_0= ruleCode ) )
            // InternalItup.g:3394:4: (lv_name_0_0= ruleCode )
            {
            // InternalItup.g:3394:4: (lv_name_0_0= ruleCode )
            // InternalItup.g:3395:5: lv_name_0_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getBureauAccess().getNameCodeParserRuleCall_0_0());
            				
            pushFollow(FOLLOW_41);
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

            // InternalItup.g:3412:3: ( (lv_title_1_0= RULE_STRING ) )?
            int alt58=2;
            int LA58_0 = input.LA(1);

            if ( (LA58_0==RULE_STRING) ) {
                alt58=1;
            }
            switch (alt58) {
                case 1 :
                    // InternalItup.g:3413:4: (lv_title_1_0= RULE_STRING )
                    {
                    // InternalItup.g:3413:4: (lv_title_1_0= RULE_STRING )
                    // InternalItup.g:3414:5: lv_title_1_0= RULE_STRING
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
    // InternalItup.g:3434:1: entryRuleObjective returns [EObject current=null] : iv_ruleObjective= ruleObjective EOF ;
    public final EObject entryRuleObjective() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleObjective = null;


        try {
            // InternalItup.g:3434:50: (iv_ruleObjective= ruleObjective EOF )
            // InternalItup.g:3435:2: iv_ruleObjective= ruleObjective EOF
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
    // InternalItup.g:3441:1: ruleObjective returns [EObject current=null] : (otherlv_0= 'objective' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )? ( (otherlv_6= 'primary' (otherlv_7= 'goal' | otherlv_8= 'goals' ) ( ( ruleCode ) ) (otherlv_10= ',' ( ( ruleCode ) ) )* ) | (otherlv_12= 'secondary' (otherlv_13= 'goal' | otherlv_14= 'goals' ) ( ( ruleCode ) ) (otherlv_16= ',' ( ( ruleCode ) ) )* ) | (otherlv_18= 'contributors' ( ( ruleCode ) ) (otherlv_20= ',' ( ( ruleCode ) ) )* ) | (otherlv_22= 'wsis' ( (lv_wsisActionLines_23_0= ruleCode ) ) (otherlv_24= ',' ( (lv_wsisActionLines_25_0= ruleCode ) ) )* ) | ( (lv_outcomes_26_0= ruleOutcome ) ) | ( (lv_outputs_27_0= ruleOutput ) ) | ( (lv_indicators_28_0= rulePerformanceIndicator ) ) | ( (lv_budgets_29_0= ruleBudget ) ) | this_Replaces_30= ruleReplaces[$current] )* otherlv_31= '}' ) ;
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
            // InternalItup.g:3447:2: ( (otherlv_0= 'objective' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )? ( (otherlv_6= 'primary' (otherlv_7= 'goal' | otherlv_8= 'goals' ) ( ( ruleCode ) ) (otherlv_10= ',' ( ( ruleCode ) ) )* ) | (otherlv_12= 'secondary' (otherlv_13= 'goal' | otherlv_14= 'goals' ) ( ( ruleCode ) ) (otherlv_16= ',' ( ( ruleCode ) ) )* ) | (otherlv_18= 'contributors' ( ( ruleCode ) ) (otherlv_20= ',' ( ( ruleCode ) ) )* ) | (otherlv_22= 'wsis' ( (lv_wsisActionLines_23_0= ruleCode ) ) (otherlv_24= ',' ( (lv_wsisActionLines_25_0= ruleCode ) ) )* ) | ( (lv_outcomes_26_0= ruleOutcome ) ) | ( (lv_outputs_27_0= ruleOutput ) ) | ( (lv_indicators_28_0= rulePerformanceIndicator ) ) | ( (lv_budgets_29_0= ruleBudget ) ) | this_Replaces_30= ruleReplaces[$current] )* otherlv_31= '}' ) )
            // InternalItup.g:3448:2: (otherlv_0= 'objective' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )? ( (otherlv_6= 'primary' (otherlv_7= 'goal' | otherlv_8= 'goals' ) ( ( ruleCode ) ) (otherlv_10= ',' ( ( ruleCode ) ) )* ) | (otherlv_12= 'secondary' (otherlv_13= 'goal' | otherlv_14= 'goals' ) ( ( ruleCode ) ) (otherlv_16= ',' ( ( ruleCode ) ) )* ) | (otherlv_18= 'contributors' ( ( ruleCode ) ) (otherlv_20= ',' ( ( ruleCode ) ) )* ) | (otherlv_22= 'wsis' ( (lv_wsisActionLines_23_0= ruleCode ) ) (otherlv_24= ',' ( (lv_wsisActionLines_25_0= ruleCode ) ) )* ) | ( (lv_outcomes_26_0= ruleOutcome ) ) | ( (lv_outputs_27_0= ruleOutput ) ) | ( (lv_indicators_28_0= rulePerformanceIndicator ) ) | ( (lv_budgets_29_0= ruleBudget ) ) | this_Replaces_30= ruleReplaces[$current] )* otherlv_31= '}' )
            {
            // InternalItup.g:3448:2: (otherlv_0= 'objective' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )? ( (otherlv_6= 'primary' (otherlv_7= 'goal' | otherlv_8= 'goals' ) ( ( ruleCode ) ) (otherlv_10= ',' ( ( ruleCode ) ) )* ) | (otherlv_12= 'secondary' (otherlv_13= 'goal' | otherlv_14= 'goals' ) ( ( ruleCode ) ) (otherlv_16= ',' ( ( ruleCode ) ) )* ) | (otherlv_18= 'contributors' ( ( ruleCode ) ) (otherlv_20= ',' ( ( ruleCode ) ) )* ) | (otherlv_22= 'wsis' ( (lv_wsisActionLines_23_0= ruleCode ) ) (otherlv_24= ',' ( (lv_wsisActionLines_25_0= ruleCode ) ) )* ) | ( (lv_outcomes_26_0= ruleOutcome ) ) | ( (lv_outputs_27_0= ruleOutput ) ) | ( (lv_indicators_28_0= rulePerformanceIndicator ) ) | ( (lv_budgets_29_0= ruleBudget ) ) | this_Replaces_30= ruleReplaces[$current] )* otherlv_31= '}' )
            // InternalItup.g:3449:3: otherlv_0= 'objective' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )? ( (otherlv_6= 'primary' (otherlv_7= 'goal' | otherlv_8= 'goals' ) ( ( ruleCode ) ) (otherlv_10= ',' ( ( ruleCode ) ) )* ) | (otherlv_12= 'secondary' (otherlv_13= 'goal' | otherlv_14= 'goals' ) ( ( ruleCode ) ) (otherlv_16= ',' ( ( ruleCode ) ) )* ) | (otherlv_18= 'contributors' ( ( ruleCode ) ) (otherlv_20= ',' ( ( ruleCode ) ) )* ) | (otherlv_22= 'wsis' ( (lv_wsisActionLines_23_0= ruleCode ) ) (otherlv_24= ',' ( (lv_wsisActionLines_25_0= ruleCode ) ) )* ) | ( (lv_outcomes_26_0= ruleOutcome ) ) | ( (lv_outputs_27_0= ruleOutput ) ) | ( (lv_indicators_28_0= rulePerformanceIndicator ) ) | ( (lv_budgets_29_0= ruleBudget ) ) | this_Replaces_30= ruleReplaces[$current] )* otherlv_31= '}'
            {
            otherlv_0=(Token)match(input,38,FOLLOW_18); 

            			newLeafNode(otherlv_0, grammarAccess.getObjectiveAccess().getObjectiveKeyword_0());
            		
            // InternalItup.g:3453:3: ( (lv_name_1_0= ruleCode ) )
            // InternalItup.g:3454:4: (lv_name_1_0= ruleCode )
            {
            // InternalItup.g:3454:4: (lv_name_1_0= ruleCode )
            // InternalItup.g:3455:5: lv_name_1_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getObjectiveAccess().getNameCodeParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_54);
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

            // InternalItup.g:3472:3: ( (lv_title_2_0= RULE_STRING ) )?
            int alt59=2;
            int LA59_0 = input.LA(1);

            if ( (LA59_0==RULE_STRING) ) {
                alt59=1;
            }
            switch (alt59) {
                case 1 :
                    // InternalItup.g:3473:4: (lv_title_2_0= RULE_STRING )
                    {
                    // InternalItup.g:3473:4: (lv_title_2_0= RULE_STRING )
                    // InternalItup.g:3474:5: lv_title_2_0= RULE_STRING
                    {
                    lv_title_2_0=(Token)match(input,RULE_STRING,FOLLOW_24); 

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

            otherlv_3=(Token)match(input,27,FOLLOW_70); 

            			newLeafNode(otherlv_3, grammarAccess.getObjectiveAccess().getLeftCurlyBracketKeyword_3());
            		
            // InternalItup.g:3494:3: (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )?
            int alt60=2;
            int LA60_0 = input.LA(1);

            if ( (LA60_0==61) ) {
                alt60=1;
            }
            switch (alt60) {
                case 1 :
                    // InternalItup.g:3495:4: otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) )
                    {
                    otherlv_4=(Token)match(input,61,FOLLOW_10); 

                    				newLeafNode(otherlv_4, grammarAccess.getObjectiveAccess().getStatementKeyword_4_0());
                    			
                    // InternalItup.g:3499:4: ( (lv_statement_5_0= RULE_STRING ) )
                    // InternalItup.g:3500:5: (lv_statement_5_0= RULE_STRING )
                    {
                    // InternalItup.g:3500:5: (lv_statement_5_0= RULE_STRING )
                    // InternalItup.g:3501:6: lv_statement_5_0= RULE_STRING
                    {
                    lv_statement_5_0=(Token)match(input,RULE_STRING,FOLLOW_71); 

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

            // InternalItup.g:3518:3: ( (otherlv_6= 'primary' (otherlv_7= 'goal' | otherlv_8= 'goals' ) ( ( ruleCode ) ) (otherlv_10= ',' ( ( ruleCode ) ) )* ) | (otherlv_12= 'secondary' (otherlv_13= 'goal' | otherlv_14= 'goals' ) ( ( ruleCode ) ) (otherlv_16= ',' ( ( ruleCode ) ) )* ) | (otherlv_18= 'contributors' ( ( ruleCode ) ) (otherlv_20= ',' ( ( ruleCode ) ) )* ) | (otherlv_22= 'wsis' ( (lv_wsisActionLines_23_0= ruleCode ) ) (otherlv_24= ',' ( (lv_wsisActionLines_25_0= ruleCode ) ) )* ) | ( (lv_outcomes_26_0= ruleOutcome ) ) | ( (lv_outputs_27_0= ruleOutput ) ) | ( (lv_indicators_28_0= rulePerformanceIndicator ) ) | ( (lv_budgets_29_0= ruleBudget ) ) | this_Replaces_30= ruleReplaces[$current] )*
            loop67:
            do {
                int alt67=10;
                switch ( input.LA(1) ) {
                case 70:
                    {
                    alt67=1;
                    }
                    break;
                case 72:
                    {
                    alt67=2;
                    }
                    break;
                case 73:
                    {
                    alt67=3;
                    }
                    break;
                case 29:
                    {
                    alt67=4;
                    }
                    break;
                case 74:
                    {
                    alt67=5;
                    }
                    break;
                case 39:
                    {
                    alt67=6;
                    }
                    break;
                case 75:
                    {
                    alt67=7;
                    }
                    break;
                case 57:
                    {
                    alt67=8;
                    }
                    break;
                case 58:
                    {
                    alt67=9;
                    }
                    break;

                }

                switch (alt67) {
            	case 1 :
            	    // InternalItup.g:3519:4: (otherlv_6= 'primary' (otherlv_7= 'goal' | otherlv_8= 'goals' ) ( ( ruleCode ) ) (otherlv_10= ',' ( ( ruleCode ) ) )* )
            	    {
            	    // InternalItup.g:3519:4: (otherlv_6= 'primary' (otherlv_7= 'goal' | otherlv_8= 'goals' ) ( ( ruleCode ) ) (otherlv_10= ',' ( ( ruleCode ) ) )* )
            	    // InternalItup.g:3520:5: otherlv_6= 'primary' (otherlv_7= 'goal' | otherlv_8= 'goals' ) ( ( ruleCode ) ) (otherlv_10= ',' ( ( ruleCode ) ) )*
            	    {
            	    otherlv_6=(Token)match(input,70,FOLLOW_72); 

            	    					newLeafNode(otherlv_6, grammarAccess.getObjectiveAccess().getPrimaryKeyword_5_0_0());
            	    				
            	    // InternalItup.g:3524:5: (otherlv_7= 'goal' | otherlv_8= 'goals' )
            	    int alt61=2;
            	    int LA61_0 = input.LA(1);

            	    if ( (LA61_0==60) ) {
            	        alt61=1;
            	    }
            	    else if ( (LA61_0==71) ) {
            	        alt61=2;
            	    }
            	    else {
            	        NoViableAltException nvae =
            	            new NoViableAltException("", 61, 0, input);

            	        throw nvae;
            	    }
            	    switch (alt61) {
            	        case 1 :
            	            // InternalItup.g:3525:6: otherlv_7= 'goal'
            	            {
            	            otherlv_7=(Token)match(input,60,FOLLOW_18); 

            	            						newLeafNode(otherlv_7, grammarAccess.getObjectiveAccess().getGoalKeyword_5_0_1_0());
            	            					

            	            }
            	            break;
            	        case 2 :
            	            // InternalItup.g:3530:6: otherlv_8= 'goals'
            	            {
            	            otherlv_8=(Token)match(input,71,FOLLOW_18); 

            	            						newLeafNode(otherlv_8, grammarAccess.getObjectiveAccess().getGoalsKeyword_5_0_1_1());
            	            					

            	            }
            	            break;

            	    }

            	    // InternalItup.g:3535:5: ( ( ruleCode ) )
            	    // InternalItup.g:3536:6: ( ruleCode )
            	    {
            	    // InternalItup.g:3536:6: ( ruleCode )
            	    // InternalItup.g:3537:7: ruleCode
            	    {

            	    							if (current==null) {
            	    								current = createModelElement(grammarAccess.getObjectiveRule());
            	    							}
            	    						

            	    							newCompositeNode(grammarAccess.getObjectiveAccess().getPrimaryGoalsGoalCrossReference_5_0_2_0());
            	    						
            	    pushFollow(FOLLOW_73);
            	    ruleCode();

            	    state._fsp--;


            	    							afterParserOrEnumRuleCall();
            	    						

            	    }


            	    }

            	    // InternalItup.g:3551:5: (otherlv_10= ',' ( ( ruleCode ) ) )*
            	    loop62:
            	    do {
            	        int alt62=2;
            	        int LA62_0 = input.LA(1);

            	        if ( (LA62_0==18) ) {
            	            alt62=1;
            	        }


            	        switch (alt62) {
            	    	case 1 :
            	    	    // InternalItup.g:3552:6: otherlv_10= ',' ( ( ruleCode ) )
            	    	    {
            	    	    otherlv_10=(Token)match(input,18,FOLLOW_18); 

            	    	    						newLeafNode(otherlv_10, grammarAccess.getObjectiveAccess().getCommaKeyword_5_0_3_0());
            	    	    					
            	    	    // InternalItup.g:3556:6: ( ( ruleCode ) )
            	    	    // InternalItup.g:3557:7: ( ruleCode )
            	    	    {
            	    	    // InternalItup.g:3557:7: ( ruleCode )
            	    	    // InternalItup.g:3558:8: ruleCode
            	    	    {

            	    	    								if (current==null) {
            	    	    									current = createModelElement(grammarAccess.getObjectiveRule());
            	    	    								}
            	    	    							

            	    	    								newCompositeNode(grammarAccess.getObjectiveAccess().getPrimaryGoalsGoalCrossReference_5_0_3_1_0());
            	    	    							
            	    	    pushFollow(FOLLOW_73);
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
            	case 2 :
            	    // InternalItup.g:3575:4: (otherlv_12= 'secondary' (otherlv_13= 'goal' | otherlv_14= 'goals' ) ( ( ruleCode ) ) (otherlv_16= ',' ( ( ruleCode ) ) )* )
            	    {
            	    // InternalItup.g:3575:4: (otherlv_12= 'secondary' (otherlv_13= 'goal' | otherlv_14= 'goals' ) ( ( ruleCode ) ) (otherlv_16= ',' ( ( ruleCode ) ) )* )
            	    // InternalItup.g:3576:5: otherlv_12= 'secondary' (otherlv_13= 'goal' | otherlv_14= 'goals' ) ( ( ruleCode ) ) (otherlv_16= ',' ( ( ruleCode ) ) )*
            	    {
            	    otherlv_12=(Token)match(input,72,FOLLOW_72); 

            	    					newLeafNode(otherlv_12, grammarAccess.getObjectiveAccess().getSecondaryKeyword_5_1_0());
            	    				
            	    // InternalItup.g:3580:5: (otherlv_13= 'goal' | otherlv_14= 'goals' )
            	    int alt63=2;
            	    int LA63_0 = input.LA(1);

            	    if ( (LA63_0==60) ) {
            	        alt63=1;
            	    }
            	    else if ( (LA63_0==71) ) {
            	        alt63=2;
            	    }
            	    else {
            	        NoViableAltException nvae =
            	            new NoViableAltException("", 63, 0, input);

            	        throw nvae;
            	    }
            	    switch (alt63) {
            	        case 1 :
            	            // InternalItup.g:3581:6: otherlv_13= 'goal'
            	            {
            	            otherlv_13=(Token)match(input,60,FOLLOW_18); 

            	            						newLeafNode(otherlv_13, grammarAccess.getObjectiveAccess().getGoalKeyword_5_1_1_0());
            	            					

            	            }
            	            break;
            	        case 2 :
            	            // InternalItup.g:3586:6: otherlv_14= 'goals'
            	            {
            	            otherlv_14=(Token)match(input,71,FOLLOW_18); 

            	            						newLeafNode(otherlv_14, grammarAccess.getObjectiveAccess().getGoalsKeyword_5_1_1_1());
            	            					

            	            }
            	            break;

            	    }

            	    // InternalItup.g:3591:5: ( ( ruleCode ) )
            	    // InternalItup.g:3592:6: ( ruleCode )
            	    {
            	    // InternalItup.g:3592:6: ( ruleCode )
            	    // InternalItup.g:3593:7: ruleCode
            	    {

            	    							if (current==null) {
            	    								current = createModelElement(grammarAccess.getObjectiveRule());
            	    							}
            	    						

            	    							newCompositeNode(grammarAccess.getObjectiveAccess().getSecondaryGoalsGoalCrossReference_5_1_2_0());
            	    						
            	    pushFollow(FOLLOW_73);
            	    ruleCode();

            	    state._fsp--;


            	    							afterParserOrEnumRuleCall();
            	    						

            	    }


            	    }

            	    // InternalItup.g:3607:5: (otherlv_16= ',' ( ( ruleCode ) ) )*
            	    loop64:
            	    do {
            	        int alt64=2;
            	        int LA64_0 = input.LA(1);

            	        if ( (LA64_0==18) ) {
            	            alt64=1;
            	        }


            	        switch (alt64) {
            	    	case 1 :
            	    	    // InternalItup.g:3608:6: otherlv_16= ',' ( ( ruleCode ) )
            	    	    {
            	    	    otherlv_16=(Token)match(input,18,FOLLOW_18); 

            	    	    						newLeafNode(otherlv_16, grammarAccess.getObjectiveAccess().getCommaKeyword_5_1_3_0());
            	    	    					
            	    	    // InternalItup.g:3612:6: ( ( ruleCode ) )
            	    	    // InternalItup.g:3613:7: ( ruleCode )
            	    	    {
            	    	    // InternalItup.g:3613:7: ( ruleCode )
            	    	    // InternalItup.g:3614:8: ruleCode
            	    	    {

            	    	    								if (current==null) {
            	    	    									current = createModelElement(grammarAccess.getObjectiveRule());
            	    	    								}
            	    	    							

            	    	    								newCompositeNode(grammarAccess.getObjectiveAccess().getSecondaryGoalsGoalCrossReference_5_1_3_1_0());
            	    	    							
            	    	    pushFollow(FOLLOW_73);
            	    	    ruleCode();

            	    	    state._fsp--;


            	    	    								afterParserOrEnumRuleCall();
            	    	    							

            	    	    }


            	    	    }


            	    	    }
            	    	    break;

            	    	default :
            	    	    break loop64;
            	        }
            	    } while (true);


            	    }


            	    }
            	    break;
            	case 3 :
            	    // InternalItup.g:3631:4: (otherlv_18= 'contributors' ( ( ruleCode ) ) (otherlv_20= ',' ( ( ruleCode ) ) )* )
            	    {
            	    // InternalItup.g:3631:4: (otherlv_18= 'contributors' ( ( ruleCode ) ) (otherlv_20= ',' ( ( ruleCode ) ) )* )
            	    // InternalItup.g:3632:5: otherlv_18= 'contributors' ( ( ruleCode ) ) (otherlv_20= ',' ( ( ruleCode ) ) )*
            	    {
            	    otherlv_18=(Token)match(input,73,FOLLOW_18); 

            	    					newLeafNode(otherlv_18, grammarAccess.getObjectiveAccess().getContributorsKeyword_5_2_0());
            	    				
            	    // InternalItup.g:3636:5: ( ( ruleCode ) )
            	    // InternalItup.g:3637:6: ( ruleCode )
            	    {
            	    // InternalItup.g:3637:6: ( ruleCode )
            	    // InternalItup.g:3638:7: ruleCode
            	    {

            	    							if (current==null) {
            	    								current = createModelElement(grammarAccess.getObjectiveRule());
            	    							}
            	    						

            	    							newCompositeNode(grammarAccess.getObjectiveAccess().getContributorsSectorCrossReference_5_2_1_0());
            	    						
            	    pushFollow(FOLLOW_73);
            	    ruleCode();

            	    state._fsp--;


            	    							afterParserOrEnumRuleCall();
            	    						

            	    }


            	    }

            	    // InternalItup.g:3652:5: (otherlv_20= ',' ( ( ruleCode ) ) )*
            	    loop65:
            	    do {
            	        int alt65=2;
            	        int LA65_0 = input.LA(1);

            	        if ( (LA65_0==18) ) {
            	            alt65=1;
            	        }


            	        switch (alt65) {
            	    	case 1 :
            	    	    // InternalItup.g:3653:6: otherlv_20= ',' ( ( ruleCode ) )
            	    	    {
            	    	    otherlv_20=(Token)match(input,18,FOLLOW_18); 

            	    	    						newLeafNode(otherlv_20, grammarAccess.getObjectiveAccess().getCommaKeyword_5_2_2_0());
            	    	    					
            	    	    // InternalItup.g:3657:6: ( ( ruleCode ) )
            	    	    // InternalItup.g:3658:7: ( ruleCode )
            	    	    {
            	    	    // InternalItup.g:3658:7: ( ruleCode )
            	    	    // InternalItup.g:3659:8: ruleCode
            	    	    {

            	    	    								if (current==null) {
            	    	    									current = createModelElement(grammarAccess.getObjectiveRule());
            	    	    								}
            	    	    							

            	    	    								newCompositeNode(grammarAccess.getObjectiveAccess().getContributorsSectorCrossReference_5_2_2_1_0());
            	    	    							
            	    	    pushFollow(FOLLOW_73);
            	    	    ruleCode();

            	    	    state._fsp--;


            	    	    								afterParserOrEnumRuleCall();
            	    	    							

            	    	    }


            	    	    }


            	    	    }
            	    	    break;

            	    	default :
            	    	    break loop65;
            	        }
            	    } while (true);


            	    }


            	    }
            	    break;
            	case 4 :
            	    // InternalItup.g:3676:4: (otherlv_22= 'wsis' ( (lv_wsisActionLines_23_0= ruleCode ) ) (otherlv_24= ',' ( (lv_wsisActionLines_25_0= ruleCode ) ) )* )
            	    {
            	    // InternalItup.g:3676:4: (otherlv_22= 'wsis' ( (lv_wsisActionLines_23_0= ruleCode ) ) (otherlv_24= ',' ( (lv_wsisActionLines_25_0= ruleCode ) ) )* )
            	    // InternalItup.g:3677:5: otherlv_22= 'wsis' ( (lv_wsisActionLines_23_0= ruleCode ) ) (otherlv_24= ',' ( (lv_wsisActionLines_25_0= ruleCode ) ) )*
            	    {
            	    otherlv_22=(Token)match(input,29,FOLLOW_18); 

            	    					newLeafNode(otherlv_22, grammarAccess.getObjectiveAccess().getWsisKeyword_5_3_0());
            	    				
            	    // InternalItup.g:3681:5: ( (lv_wsisActionLines_23_0= ruleCode ) )
            	    // InternalItup.g:3682:6: (lv_wsisActionLines_23_0= ruleCode )
            	    {
            	    // InternalItup.g:3682:6: (lv_wsisActionLines_23_0= ruleCode )
            	    // InternalItup.g:3683:7: lv_wsisActionLines_23_0= ruleCode
            	    {

            	    							newCompositeNode(grammarAccess.getObjectiveAccess().getWsisActionLinesCodeParserRuleCall_5_3_1_0());
            	    						
            	    pushFollow(FOLLOW_73);
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

            	    // InternalItup.g:3700:5: (otherlv_24= ',' ( (lv_wsisActionLines_25_0= ruleCode ) ) )*
            	    loop66:
            	    do {
            	        int alt66=2;
            	        int LA66_0 = input.LA(1);

            	        if ( (LA66_0==18) ) {
            	            alt66=1;
            	        }


            	        switch (alt66) {
            	    	case 1 :
            	    	    // InternalItup.g:3701:6: otherlv_24= ',' ( (lv_wsisActionLines_25_0= ruleCode ) )
            	    	    {
            	    	    otherlv_24=(Token)match(input,18,FOLLOW_18); 

            	    	    						newLeafNode(otherlv_24, grammarAccess.getObjectiveAccess().getCommaKeyword_5_3_2_0());
            	    	    					
            	    	    // InternalItup.g:3705:6: ( (lv_wsisActionLines_25_0= ruleCode ) )
            	    	    // InternalItup.g:3706:7: (lv_wsisActionLines_25_0= ruleCode )
            	    	    {
            	    	    // InternalItup.g:3706:7: (lv_wsisActionLines_25_0= ruleCode )
            	    	    // InternalItup.g:3707:8: lv_wsisActionLines_25_0= ruleCode
            	    	    {

            	    	    								newCompositeNode(grammarAccess.getObjectiveAccess().getWsisActionLinesCodeParserRuleCall_5_3_2_1_0());
            	    	    							
            	    	    pushFollow(FOLLOW_73);
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
            	    	    break loop66;
            	        }
            	    } while (true);


            	    }


            	    }
            	    break;
            	case 5 :
            	    // InternalItup.g:3727:4: ( (lv_outcomes_26_0= ruleOutcome ) )
            	    {
            	    // InternalItup.g:3727:4: ( (lv_outcomes_26_0= ruleOutcome ) )
            	    // InternalItup.g:3728:5: (lv_outcomes_26_0= ruleOutcome )
            	    {
            	    // InternalItup.g:3728:5: (lv_outcomes_26_0= ruleOutcome )
            	    // InternalItup.g:3729:6: lv_outcomes_26_0= ruleOutcome
            	    {

            	    						newCompositeNode(grammarAccess.getObjectiveAccess().getOutcomesOutcomeParserRuleCall_5_4_0());
            	    					
            	    pushFollow(FOLLOW_71);
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
            	    // InternalItup.g:3747:4: ( (lv_outputs_27_0= ruleOutput ) )
            	    {
            	    // InternalItup.g:3747:4: ( (lv_outputs_27_0= ruleOutput ) )
            	    // InternalItup.g:3748:5: (lv_outputs_27_0= ruleOutput )
            	    {
            	    // InternalItup.g:3748:5: (lv_outputs_27_0= ruleOutput )
            	    // InternalItup.g:3749:6: lv_outputs_27_0= ruleOutput
            	    {

            	    						newCompositeNode(grammarAccess.getObjectiveAccess().getOutputsOutputParserRuleCall_5_5_0());
            	    					
            	    pushFollow(FOLLOW_71);
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
            	    // InternalItup.g:3767:4: ( (lv_indicators_28_0= rulePerformanceIndicator ) )
            	    {
            	    // InternalItup.g:3767:4: ( (lv_indicators_28_0= rulePerformanceIndicator ) )
            	    // InternalItup.g:3768:5: (lv_indicators_28_0= rulePerformanceIndicator )
            	    {
            	    // InternalItup.g:3768:5: (lv_indicators_28_0= rulePerformanceIndicator )
            	    // InternalItup.g:3769:6: lv_indicators_28_0= rulePerformanceIndicator
            	    {

            	    						newCompositeNode(grammarAccess.getObjectiveAccess().getIndicatorsPerformanceIndicatorParserRuleCall_5_6_0());
            	    					
            	    pushFollow(FOLLOW_71);
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
            	    // InternalItup.g:3787:4: ( (lv_budgets_29_0= ruleBudget ) )
            	    {
            	    // InternalItup.g:3787:4: ( (lv_budgets_29_0= ruleBudget ) )
            	    // InternalItup.g:3788:5: (lv_budgets_29_0= ruleBudget )
            	    {
            	    // InternalItup.g:3788:5: (lv_budgets_29_0= ruleBudget )
            	    // InternalItup.g:3789:6: lv_budgets_29_0= ruleBudget
            	    {

            	    						newCompositeNode(grammarAccess.getObjectiveAccess().getBudgetsBudgetParserRuleCall_5_7_0());
            	    					
            	    pushFollow(FOLLOW_71);
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
            	    // InternalItup.g:3807:4: this_Replaces_30= ruleReplaces[$current]
            	    {

            	    				if (current==null) {
            	    					current = createModelElement(grammarAccess.getObjectiveRule());
            	    				}
            	    				newCompositeNode(grammarAccess.getObjectiveAccess().getReplacesParserRuleCall_5_8());
            	    			
            	    pushFollow(FOLLOW_71);
            	    this_Replaces_30=ruleReplaces(current);

            	    state._fsp--;


            	    				current = this_Replaces_30;
            	    				afterParserOrEnumRuleCall();
            	    			

            	    }
            	    break;

            	default :
            	    break loop67;
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
    // InternalItup.g:3827:1: entryRuleOutcome returns [EObject current=null] : iv_ruleOutcome= ruleOutcome EOF ;
    public final EObject entryRuleOutcome() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleOutcome = null;


        try {
            // InternalItup.g:3827:48: (iv_ruleOutcome= ruleOutcome EOF )
            // InternalItup.g:3828:2: iv_ruleOutcome= ruleOutcome EOF
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
    // InternalItup.g:3834:1: ruleOutcome returns [EObject current=null] : (otherlv_0= 'outcome' ( (lv_name_1_0= ruleCode ) ) ( (lv_official_2_0= 'official' ) )? ( (lv_statement_3_0= RULE_STRING ) )? (otherlv_4= '{' ( ( (lv_indicators_5_0= rulePerformanceIndicator ) ) | this_Replaces_6= ruleReplaces[$current] )* otherlv_7= '}' )? ) ;
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
            // InternalItup.g:3840:2: ( (otherlv_0= 'outcome' ( (lv_name_1_0= ruleCode ) ) ( (lv_official_2_0= 'official' ) )? ( (lv_statement_3_0= RULE_STRING ) )? (otherlv_4= '{' ( ( (lv_indicators_5_0= rulePerformanceIndicator ) ) | this_Replaces_6= ruleReplaces[$current] )* otherlv_7= '}' )? ) )
            // InternalItup.g:3841:2: (otherlv_0= 'outcome' ( (lv_name_1_0= ruleCode ) ) ( (lv_official_2_0= 'official' ) )? ( (lv_statement_3_0= RULE_STRING ) )? (otherlv_4= '{' ( ( (lv_indicators_5_0= rulePerformanceIndicator ) ) | this_Replaces_6= ruleReplaces[$current] )* otherlv_7= '}' )? )
            {
            // InternalItup.g:3841:2: (otherlv_0= 'outcome' ( (lv_name_1_0= ruleCode ) ) ( (lv_official_2_0= 'official' ) )? ( (lv_statement_3_0= RULE_STRING ) )? (otherlv_4= '{' ( ( (lv_indicators_5_0= rulePerformanceIndicator ) ) | this_Replaces_6= ruleReplaces[$current] )* otherlv_7= '}' )? )
            // InternalItup.g:3842:3: otherlv_0= 'outcome' ( (lv_name_1_0= ruleCode ) ) ( (lv_official_2_0= 'official' ) )? ( (lv_statement_3_0= RULE_STRING ) )? (otherlv_4= '{' ( ( (lv_indicators_5_0= rulePerformanceIndicator ) ) | this_Replaces_6= ruleReplaces[$current] )* otherlv_7= '}' )?
            {
            otherlv_0=(Token)match(input,74,FOLLOW_18); 

            			newLeafNode(otherlv_0, grammarAccess.getOutcomeAccess().getOutcomeKeyword_0());
            		
            // InternalItup.g:3846:3: ( (lv_name_1_0= ruleCode ) )
            // InternalItup.g:3847:4: (lv_name_1_0= ruleCode )
            {
            // InternalItup.g:3847:4: (lv_name_1_0= ruleCode )
            // InternalItup.g:3848:5: lv_name_1_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getOutcomeAccess().getNameCodeParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_59);
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

            // InternalItup.g:3865:3: ( (lv_official_2_0= 'official' ) )?
            int alt68=2;
            int LA68_0 = input.LA(1);

            if ( (LA68_0==20) ) {
                alt68=1;
            }
            switch (alt68) {
                case 1 :
                    // InternalItup.g:3866:4: (lv_official_2_0= 'official' )
                    {
                    // InternalItup.g:3866:4: (lv_official_2_0= 'official' )
                    // InternalItup.g:3867:5: lv_official_2_0= 'official'
                    {
                    lv_official_2_0=(Token)match(input,20,FOLLOW_60); 

                    					newLeafNode(lv_official_2_0, grammarAccess.getOutcomeAccess().getOfficialOfficialKeyword_2_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getOutcomeRule());
                    					}
                    					setWithLastConsumed(current, "official", lv_official_2_0 != null, "official");
                    				

                    }


                    }
                    break;

            }

            // InternalItup.g:3879:3: ( (lv_statement_3_0= RULE_STRING ) )?
            int alt69=2;
            int LA69_0 = input.LA(1);

            if ( (LA69_0==RULE_STRING) ) {
                alt69=1;
            }
            switch (alt69) {
                case 1 :
                    // InternalItup.g:3880:4: (lv_statement_3_0= RULE_STRING )
                    {
                    // InternalItup.g:3880:4: (lv_statement_3_0= RULE_STRING )
                    // InternalItup.g:3881:5: lv_statement_3_0= RULE_STRING
                    {
                    lv_statement_3_0=(Token)match(input,RULE_STRING,FOLLOW_61); 

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

            // InternalItup.g:3897:3: (otherlv_4= '{' ( ( (lv_indicators_5_0= rulePerformanceIndicator ) ) | this_Replaces_6= ruleReplaces[$current] )* otherlv_7= '}' )?
            int alt71=2;
            int LA71_0 = input.LA(1);

            if ( (LA71_0==27) ) {
                alt71=1;
            }
            switch (alt71) {
                case 1 :
                    // InternalItup.g:3898:4: otherlv_4= '{' ( ( (lv_indicators_5_0= rulePerformanceIndicator ) ) | this_Replaces_6= ruleReplaces[$current] )* otherlv_7= '}'
                    {
                    otherlv_4=(Token)match(input,27,FOLLOW_74); 

                    				newLeafNode(otherlv_4, grammarAccess.getOutcomeAccess().getLeftCurlyBracketKeyword_4_0());
                    			
                    // InternalItup.g:3902:4: ( ( (lv_indicators_5_0= rulePerformanceIndicator ) ) | this_Replaces_6= ruleReplaces[$current] )*
                    loop70:
                    do {
                        int alt70=3;
                        int LA70_0 = input.LA(1);

                        if ( (LA70_0==75) ) {
                            alt70=1;
                        }
                        else if ( (LA70_0==58) ) {
                            alt70=2;
                        }


                        switch (alt70) {
                    	case 1 :
                    	    // InternalItup.g:3903:5: ( (lv_indicators_5_0= rulePerformanceIndicator ) )
                    	    {
                    	    // InternalItup.g:3903:5: ( (lv_indicators_5_0= rulePerformanceIndicator ) )
                    	    // InternalItup.g:3904:6: (lv_indicators_5_0= rulePerformanceIndicator )
                    	    {
                    	    // InternalItup.g:3904:6: (lv_indicators_5_0= rulePerformanceIndicator )
                    	    // InternalItup.g:3905:7: lv_indicators_5_0= rulePerformanceIndicator
                    	    {

                    	    							newCompositeNode(grammarAccess.getOutcomeAccess().getIndicatorsPerformanceIndicatorParserRuleCall_4_1_0_0());
                    	    						
                    	    pushFollow(FOLLOW_74);
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
                    	    // InternalItup.g:3923:5: this_Replaces_6= ruleReplaces[$current]
                    	    {

                    	    					if (current==null) {
                    	    						current = createModelElement(grammarAccess.getOutcomeRule());
                    	    					}
                    	    					newCompositeNode(grammarAccess.getOutcomeAccess().getReplacesParserRuleCall_4_1_1());
                    	    				
                    	    pushFollow(FOLLOW_74);
                    	    this_Replaces_6=ruleReplaces(current);

                    	    state._fsp--;


                    	    					current = this_Replaces_6;
                    	    					afterParserOrEnumRuleCall();
                    	    				

                    	    }
                    	    break;

                    	default :
                    	    break loop70;
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
    // InternalItup.g:3944:1: entryRuleOutput returns [EObject current=null] : iv_ruleOutput= ruleOutput EOF ;
    public final EObject entryRuleOutput() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleOutput = null;


        try {
            // InternalItup.g:3944:47: (iv_ruleOutput= ruleOutput EOF )
            // InternalItup.g:3945:2: iv_ruleOutput= ruleOutput EOF
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
    // InternalItup.g:3951:1: ruleOutput returns [EObject current=null] : (otherlv_0= 'output' ( (lv_name_1_0= ruleCode ) ) ( (lv_official_2_0= 'official' ) )? ( (lv_statement_3_0= RULE_STRING ) )? (otherlv_4= '{' ( ( (lv_indicators_5_0= rulePerformanceIndicator ) ) | ( (lv_budgets_6_0= ruleBudget ) ) | this_Replaces_7= ruleReplaces[$current] )* otherlv_8= '}' )? ) ;
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
            // InternalItup.g:3957:2: ( (otherlv_0= 'output' ( (lv_name_1_0= ruleCode ) ) ( (lv_official_2_0= 'official' ) )? ( (lv_statement_3_0= RULE_STRING ) )? (otherlv_4= '{' ( ( (lv_indicators_5_0= rulePerformanceIndicator ) ) | ( (lv_budgets_6_0= ruleBudget ) ) | this_Replaces_7= ruleReplaces[$current] )* otherlv_8= '}' )? ) )
            // InternalItup.g:3958:2: (otherlv_0= 'output' ( (lv_name_1_0= ruleCode ) ) ( (lv_official_2_0= 'official' ) )? ( (lv_statement_3_0= RULE_STRING ) )? (otherlv_4= '{' ( ( (lv_indicators_5_0= rulePerformanceIndicator ) ) | ( (lv_budgets_6_0= ruleBudget ) ) | this_Replaces_7= ruleReplaces[$current] )* otherlv_8= '}' )? )
            {
            // InternalItup.g:3958:2: (otherlv_0= 'output' ( (lv_name_1_0= ruleCode ) ) ( (lv_official_2_0= 'official' ) )? ( (lv_statement_3_0= RULE_STRING ) )? (otherlv_4= '{' ( ( (lv_indicators_5_0= rulePerformanceIndicator ) ) | ( (lv_budgets_6_0= ruleBudget ) ) | this_Replaces_7= ruleReplaces[$current] )* otherlv_8= '}' )? )
            // InternalItup.g:3959:3: otherlv_0= 'output' ( (lv_name_1_0= ruleCode ) ) ( (lv_official_2_0= 'official' ) )? ( (lv_statement_3_0= RULE_STRING ) )? (otherlv_4= '{' ( ( (lv_indicators_5_0= rulePerformanceIndicator ) ) | ( (lv_budgets_6_0= ruleBudget ) ) | this_Replaces_7= ruleReplaces[$current] )* otherlv_8= '}' )?
            {
            otherlv_0=(Token)match(input,39,FOLLOW_18); 

            			newLeafNode(otherlv_0, grammarAccess.getOutputAccess().getOutputKeyword_0());
            		
            // InternalItup.g:3963:3: ( (lv_name_1_0= ruleCode ) )
            // InternalItup.g:3964:4: (lv_name_1_0= ruleCode )
            {
            // InternalItup.g:3964:4: (lv_name_1_0= ruleCode )
            // InternalItup.g:3965:5: lv_name_1_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getOutputAccess().getNameCodeParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_59);
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

            // InternalItup.g:3982:3: ( (lv_official_2_0= 'official' ) )?
            int alt72=2;
            int LA72_0 = input.LA(1);

            if ( (LA72_0==20) ) {
                alt72=1;
            }
            switch (alt72) {
                case 1 :
                    // InternalItup.g:3983:4: (lv_official_2_0= 'official' )
                    {
                    // InternalItup.g:3983:4: (lv_official_2_0= 'official' )
                    // InternalItup.g:3984:5: lv_official_2_0= 'official'
                    {
                    lv_official_2_0=(Token)match(input,20,FOLLOW_60); 

                    					newLeafNode(lv_official_2_0, grammarAccess.getOutputAccess().getOfficialOfficialKeyword_2_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getOutputRule());
                    					}
                    					setWithLastConsumed(current, "official", lv_official_2_0 != null, "official");
                    				

                    }


                    }
                    break;

            }

            // InternalItup.g:3996:3: ( (lv_statement_3_0= RULE_STRING ) )?
            int alt73=2;
            int LA73_0 = input.LA(1);

            if ( (LA73_0==RULE_STRING) ) {
                alt73=1;
            }
            switch (alt73) {
                case 1 :
                    // InternalItup.g:3997:4: (lv_statement_3_0= RULE_STRING )
                    {
                    // InternalItup.g:3997:4: (lv_statement_3_0= RULE_STRING )
                    // InternalItup.g:3998:5: lv_statement_3_0= RULE_STRING
                    {
                    lv_statement_3_0=(Token)match(input,RULE_STRING,FOLLOW_61); 

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

            // InternalItup.g:4014:3: (otherlv_4= '{' ( ( (lv_indicators_5_0= rulePerformanceIndicator ) ) | ( (lv_budgets_6_0= ruleBudget ) ) | this_Replaces_7= ruleReplaces[$current] )* otherlv_8= '}' )?
            int alt75=2;
            int LA75_0 = input.LA(1);

            if ( (LA75_0==27) ) {
                alt75=1;
            }
            switch (alt75) {
                case 1 :
                    // InternalItup.g:4015:4: otherlv_4= '{' ( ( (lv_indicators_5_0= rulePerformanceIndicator ) ) | ( (lv_budgets_6_0= ruleBudget ) ) | this_Replaces_7= ruleReplaces[$current] )* otherlv_8= '}'
                    {
                    otherlv_4=(Token)match(input,27,FOLLOW_75); 

                    				newLeafNode(otherlv_4, grammarAccess.getOutputAccess().getLeftCurlyBracketKeyword_4_0());
                    			
                    // InternalItup.g:4019:4: ( ( (lv_indicators_5_0= rulePerformanceIndicator ) ) | ( (lv_budgets_6_0= ruleBudget ) ) | this_Replaces_7= ruleReplaces[$current] )*
                    loop74:
                    do {
                        int alt74=4;
                        switch ( input.LA(1) ) {
                        case 75:
                            {
                            alt74=1;
                            }
                            break;
                        case 57:
                            {
                            alt74=2;
                            }
                            break;
                        case 58:
                            {
                            alt74=3;
                            }
                            break;

                        }

                        switch (alt74) {
                    	case 1 :
                    	    // InternalItup.g:4020:5: ( (lv_indicators_5_0= rulePerformanceIndicator ) )
                    	    {
                    	    // InternalItup.g:4020:5: ( (lv_indicators_5_0= rulePerformanceIndicator ) )
                    	    // InternalItup.g:4021:6: (lv_indicators_5_0= rulePerformanceIndicator )
                    	    {
                    	    // InternalItup.g:4021:6: (lv_indicators_5_0= rulePerformanceIndicator )
                    	    // InternalItup.g:4022:7: lv_indicators_5_0= rulePerformanceIndicator
                    	    {

                    	    							newCompositeNode(grammarAccess.getOutputAccess().getIndicatorsPerformanceIndicatorParserRuleCall_4_1_0_0());
                    	    						
                    	    pushFollow(FOLLOW_75);
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
                    	    // InternalItup.g:4040:5: ( (lv_budgets_6_0= ruleBudget ) )
                    	    {
                    	    // InternalItup.g:4040:5: ( (lv_budgets_6_0= ruleBudget ) )
                    	    // InternalItup.g:4041:6: (lv_budgets_6_0= ruleBudget )
                    	    {
                    	    // InternalItup.g:4041:6: (lv_budgets_6_0= ruleBudget )
                    	    // InternalItup.g:4042:7: lv_budgets_6_0= ruleBudget
                    	    {

                    	    							newCompositeNode(grammarAccess.getOutputAccess().getBudgetsBudgetParserRuleCall_4_1_1_0());
                    	    						
                    	    pushFollow(FOLLOW_75);
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
                    	    // InternalItup.g:4060:5: this_Replaces_7= ruleReplaces[$current]
                    	    {

                    	    					if (current==null) {
                    	    						current = createModelElement(grammarAccess.getOutputRule());
                    	    					}
                    	    					newCompositeNode(grammarAccess.getOutputAccess().getReplacesParserRuleCall_4_1_2());
                    	    				
                    	    pushFollow(FOLLOW_75);
                    	    this_Replaces_7=ruleReplaces(current);

                    	    state._fsp--;


                    	    					current = this_Replaces_7;
                    	    					afterParserOrEnumRuleCall();
                    	    				

                    	    }
                    	    break;

                    	default :
                    	    break loop74;
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
    // InternalItup.g:4081:1: entryRulePerformanceIndicator returns [EObject current=null] : iv_rulePerformanceIndicator= rulePerformanceIndicator EOF ;
    public final EObject entryRulePerformanceIndicator() throws RecognitionException {
        EObject current = null;

        EObject iv_rulePerformanceIndicator = null;


        try {
            // InternalItup.g:4081:61: (iv_rulePerformanceIndicator= rulePerformanceIndicator EOF )
            // InternalItup.g:4082:2: iv_rulePerformanceIndicator= rulePerformanceIndicator EOF
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
    // InternalItup.g:4088:1: rulePerformanceIndicator returns [EObject current=null] : (otherlv_0= 'indicator' ( (lv_name_1_0= ruleCode ) )? ( (lv_title_2_0= RULE_STRING ) ) (otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) ( (lv_milestones_21_0= ruleIndicatorMilestone ) )* otherlv_22= '}' )? ) ;
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
            // InternalItup.g:4094:2: ( (otherlv_0= 'indicator' ( (lv_name_1_0= ruleCode ) )? ( (lv_title_2_0= RULE_STRING ) ) (otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) ( (lv_milestones_21_0= ruleIndicatorMilestone ) )* otherlv_22= '}' )? ) )
            // InternalItup.g:4095:2: (otherlv_0= 'indicator' ( (lv_name_1_0= ruleCode ) )? ( (lv_title_2_0= RULE_STRING ) ) (otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) ( (lv_milestones_21_0= ruleIndicatorMilestone ) )* otherlv_22= '}' )? )
            {
            // InternalItup.g:4095:2: (otherlv_0= 'indicator' ( (lv_name_1_0= ruleCode ) )? ( (lv_title_2_0= RULE_STRING ) ) (otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) ( (lv_milestones_21_0= ruleIndicatorMilestone ) )* otherlv_22= '}' )? )
            // InternalItup.g:4096:3: otherlv_0= 'indicator' ( (lv_name_1_0= ruleCode ) )? ( (lv_title_2_0= RULE_STRING ) ) (otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) ( (lv_milestones_21_0= ruleIndicatorMilestone ) )* otherlv_22= '}' )?
            {
            otherlv_0=(Token)match(input,75,FOLLOW_76); 

            			newLeafNode(otherlv_0, grammarAccess.getPerformanceIndicatorAccess().getIndicatorKeyword_0());
            		
            // InternalItup.g:4100:3: ( (lv_name_1_0= ruleCode ) )?
            int alt76=2;
            int LA76_0 = input.LA(1);

            if ( ((LA76_0>=RULE_ID && LA76_0<=RULE_INT)) ) {
                alt76=1;
            }
            switch (alt76) {
                case 1 :
                    // InternalItup.g:4101:4: (lv_name_1_0= ruleCode )
                    {
                    // InternalItup.g:4101:4: (lv_name_1_0= ruleCode )
                    // InternalItup.g:4102:5: lv_name_1_0= ruleCode
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

            // InternalItup.g:4119:3: ( (lv_title_2_0= RULE_STRING ) )
            // InternalItup.g:4120:4: (lv_title_2_0= RULE_STRING )
            {
            // InternalItup.g:4120:4: (lv_title_2_0= RULE_STRING )
            // InternalItup.g:4121:5: lv_title_2_0= RULE_STRING
            {
            lv_title_2_0=(Token)match(input,RULE_STRING,FOLLOW_61); 

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

            // InternalItup.g:4137:3: (otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) ( (lv_milestones_21_0= ruleIndicatorMilestone ) )* otherlv_22= '}' )?
            int alt80=2;
            int LA80_0 = input.LA(1);

            if ( (LA80_0==27) ) {
                alt80=1;
            }
            switch (alt80) {
                case 1 :
                    // InternalItup.g:4138:4: otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) ( (lv_milestones_21_0= ruleIndicatorMilestone ) )* otherlv_22= '}'
                    {
                    otherlv_3=(Token)match(input,27,FOLLOW_77); 

                    				newLeafNode(otherlv_3, grammarAccess.getPerformanceIndicatorAccess().getLeftCurlyBracketKeyword_3_0());
                    			
                    // InternalItup.g:4142:4: ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) ) ) )* ) ) )
                    // InternalItup.g:4143:5: ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) ) ) )* ) )
                    {
                    // InternalItup.g:4143:5: ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) ) ) )* ) )
                    // InternalItup.g:4144:6: ( ( ({...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) ) ) )* )
                    {
                     
                    					  getUnorderedGroupHelper().enter(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1());
                    					
                    // InternalItup.g:4147:6: ( ( ({...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) ) ) )* )
                    // InternalItup.g:4148:7: ( ({...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) ) ) )*
                    {
                    // InternalItup.g:4148:7: ( ({...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) ) ) )*
                    loop78:
                    do {
                        int alt78=9;
                        alt78 = dfa78.predict(input);
                        switch (alt78) {
                    	case 1 :
                    	    // InternalItup.g:4149:5: ({...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) ) )
                    	    {
                    	    // InternalItup.g:4149:5: ({...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) ) )
                    	    // InternalItup.g:4150:6: {...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 0) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 0)");
                    	    }
                    	    // InternalItup.g:4150:120: ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) )
                    	    // InternalItup.g:4151:7: ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 0);
                    	    						
                    	    // InternalItup.g:4154:10: ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) )
                    	    // InternalItup.g:4154:11: {...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "true");
                    	    }
                    	    // InternalItup.g:4154:20: (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) )
                    	    // InternalItup.g:4154:21: otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) )
                    	    {
                    	    otherlv_5=(Token)match(input,76,FOLLOW_10); 

                    	    										newLeafNode(otherlv_5, grammarAccess.getPerformanceIndicatorAccess().getUnitKeyword_3_1_0_0());
                    	    									
                    	    // InternalItup.g:4158:10: ( (lv_unit_6_0= RULE_STRING ) )
                    	    // InternalItup.g:4159:11: (lv_unit_6_0= RULE_STRING )
                    	    {
                    	    // InternalItup.g:4159:11: (lv_unit_6_0= RULE_STRING )
                    	    // InternalItup.g:4160:12: lv_unit_6_0= RULE_STRING
                    	    {
                    	    lv_unit_6_0=(Token)match(input,RULE_STRING,FOLLOW_77); 

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
                    	    // InternalItup.g:4182:5: ({...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) ) )
                    	    {
                    	    // InternalItup.g:4182:5: ({...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) ) )
                    	    // InternalItup.g:4183:6: {...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 1) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 1)");
                    	    }
                    	    // InternalItup.g:4183:120: ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) )
                    	    // InternalItup.g:4184:7: ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 1);
                    	    						
                    	    // InternalItup.g:4187:10: ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) )
                    	    // InternalItup.g:4187:11: {...}? => ( (lv_baseline_7_0= ruleBaseline ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "true");
                    	    }
                    	    // InternalItup.g:4187:20: ( (lv_baseline_7_0= ruleBaseline ) )
                    	    // InternalItup.g:4187:21: (lv_baseline_7_0= ruleBaseline )
                    	    {
                    	    // InternalItup.g:4187:21: (lv_baseline_7_0= ruleBaseline )
                    	    // InternalItup.g:4188:11: lv_baseline_7_0= ruleBaseline
                    	    {

                    	    											newCompositeNode(grammarAccess.getPerformanceIndicatorAccess().getBaselineBaselineParserRuleCall_3_1_1_0());
                    	    										
                    	    pushFollow(FOLLOW_77);
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
                    	    // InternalItup.g:4210:5: ({...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) ) )
                    	    {
                    	    // InternalItup.g:4210:5: ({...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) ) )
                    	    // InternalItup.g:4211:6: {...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 2) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 2)");
                    	    }
                    	    // InternalItup.g:4211:120: ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) )
                    	    // InternalItup.g:4212:7: ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 2);
                    	    						
                    	    // InternalItup.g:4215:10: ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) )
                    	    // InternalItup.g:4215:11: {...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "true");
                    	    }
                    	    // InternalItup.g:4215:20: (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? )
                    	    // InternalItup.g:4215:21: otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )?
                    	    {
                    	    otherlv_8=(Token)match(input,63,FOLLOW_46); 

                    	    										newLeafNode(otherlv_8, grammarAccess.getPerformanceIndicatorAccess().getTargetKeyword_3_1_2_0());
                    	    									
                    	    // InternalItup.g:4219:10: ( (lv_targetValue_9_0= ruleDecimal ) )
                    	    // InternalItup.g:4220:11: (lv_targetValue_9_0= ruleDecimal )
                    	    {
                    	    // InternalItup.g:4220:11: (lv_targetValue_9_0= ruleDecimal )
                    	    // InternalItup.g:4221:12: lv_targetValue_9_0= ruleDecimal
                    	    {

                    	    												newCompositeNode(grammarAccess.getPerformanceIndicatorAccess().getTargetValueDecimalParserRuleCall_3_1_2_1_0());
                    	    											
                    	    pushFollow(FOLLOW_78);
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

                    	    // InternalItup.g:4238:10: (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )?
                    	    int alt77=2;
                    	    int LA77_0 = input.LA(1);

                    	    if ( (LA77_0==15) ) {
                    	        alt77=1;
                    	    }
                    	    switch (alt77) {
                    	        case 1 :
                    	            // InternalItup.g:4239:11: otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) )
                    	            {
                    	            otherlv_10=(Token)match(input,15,FOLLOW_6); 

                    	            											newLeafNode(otherlv_10, grammarAccess.getPerformanceIndicatorAccess().getByKeyword_3_1_2_2_0());
                    	            										
                    	            // InternalItup.g:4243:11: ( (lv_targetYear_11_0= ruleYear ) )
                    	            // InternalItup.g:4244:12: (lv_targetYear_11_0= ruleYear )
                    	            {
                    	            // InternalItup.g:4244:12: (lv_targetYear_11_0= ruleYear )
                    	            // InternalItup.g:4245:13: lv_targetYear_11_0= ruleYear
                    	            {

                    	            													newCompositeNode(grammarAccess.getPerformanceIndicatorAccess().getTargetYearYearParserRuleCall_3_1_2_2_1_0());
                    	            												
                    	            pushFollow(FOLLOW_77);
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
                    	    // InternalItup.g:4269:5: ({...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) ) )
                    	    {
                    	    // InternalItup.g:4269:5: ({...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) ) )
                    	    // InternalItup.g:4270:6: {...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 3) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 3)");
                    	    }
                    	    // InternalItup.g:4270:120: ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) )
                    	    // InternalItup.g:4271:7: ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 3);
                    	    						
                    	    // InternalItup.g:4274:10: ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) )
                    	    // InternalItup.g:4274:11: {...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "true");
                    	    }
                    	    // InternalItup.g:4274:20: (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) )
                    	    // InternalItup.g:4274:21: otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) )
                    	    {
                    	    otherlv_12=(Token)match(input,77,FOLLOW_79); 

                    	    										newLeafNode(otherlv_12, grammarAccess.getPerformanceIndicatorAccess().getDirectionKeyword_3_1_3_0());
                    	    									
                    	    // InternalItup.g:4278:10: ( (lv_direction_13_0= ruleIndicatorDirection ) )
                    	    // InternalItup.g:4279:11: (lv_direction_13_0= ruleIndicatorDirection )
                    	    {
                    	    // InternalItup.g:4279:11: (lv_direction_13_0= ruleIndicatorDirection )
                    	    // InternalItup.g:4280:12: lv_direction_13_0= ruleIndicatorDirection
                    	    {

                    	    												newCompositeNode(grammarAccess.getPerformanceIndicatorAccess().getDirectionIndicatorDirectionEnumRuleCall_3_1_3_1_0());
                    	    											
                    	    pushFollow(FOLLOW_77);
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
                    	    // InternalItup.g:4303:5: ({...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) ) )
                    	    {
                    	    // InternalItup.g:4303:5: ({...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) ) )
                    	    // InternalItup.g:4304:6: {...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 4) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 4)");
                    	    }
                    	    // InternalItup.g:4304:120: ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) )
                    	    // InternalItup.g:4305:7: ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 4);
                    	    						
                    	    // InternalItup.g:4308:10: ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) )
                    	    // InternalItup.g:4308:11: {...}? => ( (lv_bound_14_0= ruleIndicatorBound ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "true");
                    	    }
                    	    // InternalItup.g:4308:20: ( (lv_bound_14_0= ruleIndicatorBound ) )
                    	    // InternalItup.g:4308:21: (lv_bound_14_0= ruleIndicatorBound )
                    	    {
                    	    // InternalItup.g:4308:21: (lv_bound_14_0= ruleIndicatorBound )
                    	    // InternalItup.g:4309:11: lv_bound_14_0= ruleIndicatorBound
                    	    {

                    	    											newCompositeNode(grammarAccess.getPerformanceIndicatorAccess().getBoundIndicatorBoundParserRuleCall_3_1_4_0());
                    	    										
                    	    pushFollow(FOLLOW_77);
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
                    	    // InternalItup.g:4331:5: ({...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) ) )
                    	    {
                    	    // InternalItup.g:4331:5: ({...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) ) )
                    	    // InternalItup.g:4332:6: {...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 5) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 5)");
                    	    }
                    	    // InternalItup.g:4332:120: ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) )
                    	    // InternalItup.g:4333:7: ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 5);
                    	    						
                    	    // InternalItup.g:4336:10: ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) )
                    	    // InternalItup.g:4336:11: {...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "true");
                    	    }
                    	    // InternalItup.g:4336:20: (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) )
                    	    // InternalItup.g:4336:21: otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) )
                    	    {
                    	    otherlv_15=(Token)match(input,50,FOLLOW_10); 

                    	    										newLeafNode(otherlv_15, grammarAccess.getPerformanceIndicatorAccess().getSourceKeyword_3_1_5_0());
                    	    									
                    	    // InternalItup.g:4340:10: ( (lv_dataSource_16_0= RULE_STRING ) )
                    	    // InternalItup.g:4341:11: (lv_dataSource_16_0= RULE_STRING )
                    	    {
                    	    // InternalItup.g:4341:11: (lv_dataSource_16_0= RULE_STRING )
                    	    // InternalItup.g:4342:12: lv_dataSource_16_0= RULE_STRING
                    	    {
                    	    lv_dataSource_16_0=(Token)match(input,RULE_STRING,FOLLOW_77); 

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
                    	    // InternalItup.g:4364:5: ({...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) ) )
                    	    {
                    	    // InternalItup.g:4364:5: ({...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) ) )
                    	    // InternalItup.g:4365:6: {...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 6) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 6)");
                    	    }
                    	    // InternalItup.g:4365:120: ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) )
                    	    // InternalItup.g:4366:7: ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 6);
                    	    						
                    	    // InternalItup.g:4369:10: ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) )
                    	    // InternalItup.g:4369:11: {...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "true");
                    	    }
                    	    // InternalItup.g:4369:20: (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) )
                    	    // InternalItup.g:4369:21: otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) )
                    	    {
                    	    otherlv_17=(Token)match(input,78,FOLLOW_80); 

                    	    										newLeafNode(otherlv_17, grammarAccess.getPerformanceIndicatorAccess().getFrequencyKeyword_3_1_6_0());
                    	    									
                    	    // InternalItup.g:4373:10: ( (lv_frequency_18_0= ruleReportingFrequency ) )
                    	    // InternalItup.g:4374:11: (lv_frequency_18_0= ruleReportingFrequency )
                    	    {
                    	    // InternalItup.g:4374:11: (lv_frequency_18_0= ruleReportingFrequency )
                    	    // InternalItup.g:4375:12: lv_frequency_18_0= ruleReportingFrequency
                    	    {

                    	    												newCompositeNode(grammarAccess.getPerformanceIndicatorAccess().getFrequencyReportingFrequencyEnumRuleCall_3_1_6_1_0());
                    	    											
                    	    pushFollow(FOLLOW_77);
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
                    	    // InternalItup.g:4398:5: ({...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) ) )
                    	    {
                    	    // InternalItup.g:4398:5: ({...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) ) )
                    	    // InternalItup.g:4399:6: {...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 7) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 7)");
                    	    }
                    	    // InternalItup.g:4399:120: ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) )
                    	    // InternalItup.g:4400:7: ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 7);
                    	    						
                    	    // InternalItup.g:4403:10: ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) )
                    	    // InternalItup.g:4403:11: {...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "true");
                    	    }
                    	    // InternalItup.g:4403:20: (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) )
                    	    // InternalItup.g:4403:21: otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) )
                    	    {
                    	    otherlv_19=(Token)match(input,37,FOLLOW_10); 

                    	    										newLeafNode(otherlv_19, grammarAccess.getPerformanceIndicatorAccess().getResponsibleKeyword_3_1_7_0());
                    	    									
                    	    // InternalItup.g:4407:10: ( (lv_responsibleUnit_20_0= RULE_STRING ) )
                    	    // InternalItup.g:4408:11: (lv_responsibleUnit_20_0= RULE_STRING )
                    	    {
                    	    // InternalItup.g:4408:11: (lv_responsibleUnit_20_0= RULE_STRING )
                    	    // InternalItup.g:4409:12: lv_responsibleUnit_20_0= RULE_STRING
                    	    {
                    	    lv_responsibleUnit_20_0=(Token)match(input,RULE_STRING,FOLLOW_77); 

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
                    	    break loop78;
                        }
                    } while (true);


                    }


                    }

                     
                    					  getUnorderedGroupHelper().leave(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1());
                    					

                    }

                    // InternalItup.g:4438:4: ( (lv_milestones_21_0= ruleIndicatorMilestone ) )*
                    loop79:
                    do {
                        int alt79=2;
                        int LA79_0 = input.LA(1);

                        if ( (LA79_0==79) ) {
                            alt79=1;
                        }


                        switch (alt79) {
                    	case 1 :
                    	    // InternalItup.g:4439:5: (lv_milestones_21_0= ruleIndicatorMilestone )
                    	    {
                    	    // InternalItup.g:4439:5: (lv_milestones_21_0= ruleIndicatorMilestone )
                    	    // InternalItup.g:4440:6: lv_milestones_21_0= ruleIndicatorMilestone
                    	    {

                    	    						newCompositeNode(grammarAccess.getPerformanceIndicatorAccess().getMilestonesIndicatorMilestoneParserRuleCall_3_2_0());
                    	    					
                    	    pushFollow(FOLLOW_81);
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
                    	    break loop79;
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
    // InternalItup.g:4466:1: entryRuleIndicatorMilestone returns [EObject current=null] : iv_ruleIndicatorMilestone= ruleIndicatorMilestone EOF ;
    public final EObject entryRuleIndicatorMilestone() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleIndicatorMilestone = null;


        try {
            // InternalItup.g:4466:59: (iv_ruleIndicatorMilestone= ruleIndicatorMilestone EOF )
            // InternalItup.g:4467:2: iv_ruleIndicatorMilestone= ruleIndicatorMilestone EOF
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
    // InternalItup.g:4473:1: ruleIndicatorMilestone returns [EObject current=null] : (otherlv_0= 'milestone' ( (lv_year_1_0= ruleYear ) ) otherlv_2= 'value' ( (lv_value_3_0= ruleDecimal ) ) ) ;
    public final EObject ruleIndicatorMilestone() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_2=null;
        AntlrDatatypeRuleToken lv_year_1_0 = null;

        AntlrDatatypeRuleToken lv_value_3_0 = null;



        	enterRule();

        try {
            // InternalItup.g:4479:2: ( (otherlv_0= 'milestone' ( (lv_year_1_0= ruleYear ) ) otherlv_2= 'value' ( (lv_value_3_0= ruleDecimal ) ) ) )
            // InternalItup.g:4480:2: (otherlv_0= 'milestone' ( (lv_year_1_0= ruleYear ) ) otherlv_2= 'value' ( (lv_value_3_0= ruleDecimal ) ) )
            {
            // InternalItup.g:4480:2: (otherlv_0= 'milestone' ( (lv_year_1_0= ruleYear ) ) otherlv_2= 'value' ( (lv_value_3_0= ruleDecimal ) ) )
            // InternalItup.g:4481:3: otherlv_0= 'milestone' ( (lv_year_1_0= ruleYear ) ) otherlv_2= 'value' ( (lv_value_3_0= ruleDecimal ) )
            {
            otherlv_0=(Token)match(input,79,FOLLOW_6); 

            			newLeafNode(otherlv_0, grammarAccess.getIndicatorMilestoneAccess().getMilestoneKeyword_0());
            		
            // InternalItup.g:4485:3: ( (lv_year_1_0= ruleYear ) )
            // InternalItup.g:4486:4: (lv_year_1_0= ruleYear )
            {
            // InternalItup.g:4486:4: (lv_year_1_0= ruleYear )
            // InternalItup.g:4487:5: lv_year_1_0= ruleYear
            {

            					newCompositeNode(grammarAccess.getIndicatorMilestoneAccess().getYearYearParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_45);
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

            otherlv_2=(Token)match(input,49,FOLLOW_46); 

            			newLeafNode(otherlv_2, grammarAccess.getIndicatorMilestoneAccess().getValueKeyword_2());
            		
            // InternalItup.g:4508:3: ( (lv_value_3_0= ruleDecimal ) )
            // InternalItup.g:4509:4: (lv_value_3_0= ruleDecimal )
            {
            // InternalItup.g:4509:4: (lv_value_3_0= ruleDecimal )
            // InternalItup.g:4510:5: lv_value_3_0= ruleDecimal
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
    // InternalItup.g:4531:1: entryRuleIndicatorBound returns [EObject current=null] : iv_ruleIndicatorBound= ruleIndicatorBound EOF ;
    public final EObject entryRuleIndicatorBound() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleIndicatorBound = null;


        try {
            // InternalItup.g:4531:55: (iv_ruleIndicatorBound= ruleIndicatorBound EOF )
            // InternalItup.g:4532:2: iv_ruleIndicatorBound= ruleIndicatorBound EOF
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
    // InternalItup.g:4538:1: ruleIndicatorBound returns [EObject current=null] : ( (otherlv_0= 'at' ( ( ( (lv_kind_1_0= ruleLowerBound ) ) ( (lv_low_2_0= ruleDecimal ) ) ) | ( ( (lv_kind_3_0= ruleUpperBound ) ) ( (lv_high_4_0= ruleDecimal ) ) ) ) ) | ( ( (lv_kind_5_0= ruleRangeBound ) ) ( (lv_low_6_0= ruleDecimal ) ) otherlv_7= 'and' ( (lv_high_8_0= ruleDecimal ) ) ) ) ;
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
            // InternalItup.g:4544:2: ( ( (otherlv_0= 'at' ( ( ( (lv_kind_1_0= ruleLowerBound ) ) ( (lv_low_2_0= ruleDecimal ) ) ) | ( ( (lv_kind_3_0= ruleUpperBound ) ) ( (lv_high_4_0= ruleDecimal ) ) ) ) ) | ( ( (lv_kind_5_0= ruleRangeBound ) ) ( (lv_low_6_0= ruleDecimal ) ) otherlv_7= 'and' ( (lv_high_8_0= ruleDecimal ) ) ) ) )
            // InternalItup.g:4545:2: ( (otherlv_0= 'at' ( ( ( (lv_kind_1_0= ruleLowerBound ) ) ( (lv_low_2_0= ruleDecimal ) ) ) | ( ( (lv_kind_3_0= ruleUpperBound ) ) ( (lv_high_4_0= ruleDecimal ) ) ) ) ) | ( ( (lv_kind_5_0= ruleRangeBound ) ) ( (lv_low_6_0= ruleDecimal ) ) otherlv_7= 'and' ( (lv_high_8_0= ruleDecimal ) ) ) )
            {
            // InternalItup.g:4545:2: ( (otherlv_0= 'at' ( ( ( (lv_kind_1_0= ruleLowerBound ) ) ( (lv_low_2_0= ruleDecimal ) ) ) | ( ( (lv_kind_3_0= ruleUpperBound ) ) ( (lv_high_4_0= ruleDecimal ) ) ) ) ) | ( ( (lv_kind_5_0= ruleRangeBound ) ) ( (lv_low_6_0= ruleDecimal ) ) otherlv_7= 'and' ( (lv_high_8_0= ruleDecimal ) ) ) )
            int alt82=2;
            int LA82_0 = input.LA(1);

            if ( (LA82_0==80) ) {
                alt82=1;
            }
            else if ( (LA82_0==107) ) {
                alt82=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 82, 0, input);

                throw nvae;
            }
            switch (alt82) {
                case 1 :
                    // InternalItup.g:4546:3: (otherlv_0= 'at' ( ( ( (lv_kind_1_0= ruleLowerBound ) ) ( (lv_low_2_0= ruleDecimal ) ) ) | ( ( (lv_kind_3_0= ruleUpperBound ) ) ( (lv_high_4_0= ruleDecimal ) ) ) ) )
                    {
                    // InternalItup.g:4546:3: (otherlv_0= 'at' ( ( ( (lv_kind_1_0= ruleLowerBound ) ) ( (lv_low_2_0= ruleDecimal ) ) ) | ( ( (lv_kind_3_0= ruleUpperBound ) ) ( (lv_high_4_0= ruleDecimal ) ) ) ) )
                    // InternalItup.g:4547:4: otherlv_0= 'at' ( ( ( (lv_kind_1_0= ruleLowerBound ) ) ( (lv_low_2_0= ruleDecimal ) ) ) | ( ( (lv_kind_3_0= ruleUpperBound ) ) ( (lv_high_4_0= ruleDecimal ) ) ) )
                    {
                    otherlv_0=(Token)match(input,80,FOLLOW_82); 

                    				newLeafNode(otherlv_0, grammarAccess.getIndicatorBoundAccess().getAtKeyword_0_0());
                    			
                    // InternalItup.g:4551:4: ( ( ( (lv_kind_1_0= ruleLowerBound ) ) ( (lv_low_2_0= ruleDecimal ) ) ) | ( ( (lv_kind_3_0= ruleUpperBound ) ) ( (lv_high_4_0= ruleDecimal ) ) ) )
                    int alt81=2;
                    int LA81_0 = input.LA(1);

                    if ( (LA81_0==105) ) {
                        alt81=1;
                    }
                    else if ( (LA81_0==106) ) {
                        alt81=2;
                    }
                    else {
                        NoViableAltException nvae =
                            new NoViableAltException("", 81, 0, input);

                        throw nvae;
                    }
                    switch (alt81) {
                        case 1 :
                            // InternalItup.g:4552:5: ( ( (lv_kind_1_0= ruleLowerBound ) ) ( (lv_low_2_0= ruleDecimal ) ) )
                            {
                            // InternalItup.g:4552:5: ( ( (lv_kind_1_0= ruleLowerBound ) ) ( (lv_low_2_0= ruleDecimal ) ) )
                            // InternalItup.g:4553:6: ( (lv_kind_1_0= ruleLowerBound ) ) ( (lv_low_2_0= ruleDecimal ) )
                            {
                            // InternalItup.g:4553:6: ( (lv_kind_1_0= ruleLowerBound ) )
                            // InternalItup.g:4554:7: (lv_kind_1_0= ruleLowerBound )
                            {
                            // InternalItup.g:4554:7: (lv_kind_1_0= ruleLowerBound )
                            // InternalItup.g:4555:8: lv_kind_1_0= ruleLowerBound
                            {

                            								newCompositeNode(grammarAccess.getIndicatorBoundAccess().getKindLowerBoundEnumRuleCall_0_1_0_0_0());
                            							
                            pushFollow(FOLLOW_46);
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

                            // InternalItup.g:4572:6: ( (lv_low_2_0= ruleDecimal ) )
                            // InternalItup.g:4573:7: (lv_low_2_0= ruleDecimal )
                            {
                            // InternalItup.g:4573:7: (lv_low_2_0= ruleDecimal )
                            // InternalItup.g:4574:8: lv_low_2_0= ruleDecimal
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
                            // InternalItup.g:4593:5: ( ( (lv_kind_3_0= ruleUpperBound ) ) ( (lv_high_4_0= ruleDecimal ) ) )
                            {
                            // InternalItup.g:4593:5: ( ( (lv_kind_3_0= ruleUpperBound ) ) ( (lv_high_4_0= ruleDecimal ) ) )
                            // InternalItup.g:4594:6: ( (lv_kind_3_0= ruleUpperBound ) ) ( (lv_high_4_0= ruleDecimal ) )
                            {
                            // InternalItup.g:4594:6: ( (lv_kind_3_0= ruleUpperBound ) )
                            // InternalItup.g:4595:7: (lv_kind_3_0= ruleUpperBound )
                            {
                            // InternalItup.g:4595:7: (lv_kind_3_0= ruleUpperBound )
                            // InternalItup.g:4596:8: lv_kind_3_0= ruleUpperBound
                            {

                            								newCompositeNode(grammarAccess.getIndicatorBoundAccess().getKindUpperBoundEnumRuleCall_0_1_1_0_0());
                            							
                            pushFollow(FOLLOW_46);
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

                            // InternalItup.g:4613:6: ( (lv_high_4_0= ruleDecimal ) )
                            // InternalItup.g:4614:7: (lv_high_4_0= ruleDecimal )
                            {
                            // InternalItup.g:4614:7: (lv_high_4_0= ruleDecimal )
                            // InternalItup.g:4615:8: lv_high_4_0= ruleDecimal
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
                    // InternalItup.g:4636:3: ( ( (lv_kind_5_0= ruleRangeBound ) ) ( (lv_low_6_0= ruleDecimal ) ) otherlv_7= 'and' ( (lv_high_8_0= ruleDecimal ) ) )
                    {
                    // InternalItup.g:4636:3: ( ( (lv_kind_5_0= ruleRangeBound ) ) ( (lv_low_6_0= ruleDecimal ) ) otherlv_7= 'and' ( (lv_high_8_0= ruleDecimal ) ) )
                    // InternalItup.g:4637:4: ( (lv_kind_5_0= ruleRangeBound ) ) ( (lv_low_6_0= ruleDecimal ) ) otherlv_7= 'and' ( (lv_high_8_0= ruleDecimal ) )
                    {
                    // InternalItup.g:4637:4: ( (lv_kind_5_0= ruleRangeBound ) )
                    // InternalItup.g:4638:5: (lv_kind_5_0= ruleRangeBound )
                    {
                    // InternalItup.g:4638:5: (lv_kind_5_0= ruleRangeBound )
                    // InternalItup.g:4639:6: lv_kind_5_0= ruleRangeBound
                    {

                    						newCompositeNode(grammarAccess.getIndicatorBoundAccess().getKindRangeBoundEnumRuleCall_1_0_0());
                    					
                    pushFollow(FOLLOW_46);
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

                    // InternalItup.g:4656:4: ( (lv_low_6_0= ruleDecimal ) )
                    // InternalItup.g:4657:5: (lv_low_6_0= ruleDecimal )
                    {
                    // InternalItup.g:4657:5: (lv_low_6_0= ruleDecimal )
                    // InternalItup.g:4658:6: lv_low_6_0= ruleDecimal
                    {

                    						newCompositeNode(grammarAccess.getIndicatorBoundAccess().getLowDecimalParserRuleCall_1_1_0());
                    					
                    pushFollow(FOLLOW_83);
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

                    otherlv_7=(Token)match(input,81,FOLLOW_46); 

                    				newLeafNode(otherlv_7, grammarAccess.getIndicatorBoundAccess().getAndKeyword_1_2());
                    			
                    // InternalItup.g:4679:4: ( (lv_high_8_0= ruleDecimal ) )
                    // InternalItup.g:4680:5: (lv_high_8_0= ruleDecimal )
                    {
                    // InternalItup.g:4680:5: (lv_high_8_0= ruleDecimal )
                    // InternalItup.g:4681:6: lv_high_8_0= ruleDecimal
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
    // InternalItup.g:4703:1: entryRuleEnabler returns [EObject current=null] : iv_ruleEnabler= ruleEnabler EOF ;
    public final EObject entryRuleEnabler() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleEnabler = null;


        try {
            // InternalItup.g:4703:48: (iv_ruleEnabler= ruleEnabler EOF )
            // InternalItup.g:4704:2: iv_ruleEnabler= ruleEnabler EOF
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
    // InternalItup.g:4710:1: ruleEnabler returns [EObject current=null] : (otherlv_0= 'enabler' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'supports' ( ( (lv_supportsAll_5_0= 'all' ) ) | ( ( ( ruleCode ) ) (otherlv_7= ',' ( ( ruleCode ) ) )* ) ) )? ( (otherlv_9= 'activity' ( (lv_activities_10_0= RULE_STRING ) ) ) | (otherlv_11= 'contribution' ( (lv_contributions_12_0= RULE_STRING ) ) ) | (otherlv_13= 'result' ( (lv_results_14_0= RULE_STRING ) ) ) )* otherlv_15= '}' ) ;
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
            // InternalItup.g:4716:2: ( (otherlv_0= 'enabler' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'supports' ( ( (lv_supportsAll_5_0= 'all' ) ) | ( ( ( ruleCode ) ) (otherlv_7= ',' ( ( ruleCode ) ) )* ) ) )? ( (otherlv_9= 'activity' ( (lv_activities_10_0= RULE_STRING ) ) ) | (otherlv_11= 'contribution' ( (lv_contributions_12_0= RULE_STRING ) ) ) | (otherlv_13= 'result' ( (lv_results_14_0= RULE_STRING ) ) ) )* otherlv_15= '}' ) )
            // InternalItup.g:4717:2: (otherlv_0= 'enabler' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'supports' ( ( (lv_supportsAll_5_0= 'all' ) ) | ( ( ( ruleCode ) ) (otherlv_7= ',' ( ( ruleCode ) ) )* ) ) )? ( (otherlv_9= 'activity' ( (lv_activities_10_0= RULE_STRING ) ) ) | (otherlv_11= 'contribution' ( (lv_contributions_12_0= RULE_STRING ) ) ) | (otherlv_13= 'result' ( (lv_results_14_0= RULE_STRING ) ) ) )* otherlv_15= '}' )
            {
            // InternalItup.g:4717:2: (otherlv_0= 'enabler' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'supports' ( ( (lv_supportsAll_5_0= 'all' ) ) | ( ( ( ruleCode ) ) (otherlv_7= ',' ( ( ruleCode ) ) )* ) ) )? ( (otherlv_9= 'activity' ( (lv_activities_10_0= RULE_STRING ) ) ) | (otherlv_11= 'contribution' ( (lv_contributions_12_0= RULE_STRING ) ) ) | (otherlv_13= 'result' ( (lv_results_14_0= RULE_STRING ) ) ) )* otherlv_15= '}' )
            // InternalItup.g:4718:3: otherlv_0= 'enabler' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'supports' ( ( (lv_supportsAll_5_0= 'all' ) ) | ( ( ( ruleCode ) ) (otherlv_7= ',' ( ( ruleCode ) ) )* ) ) )? ( (otherlv_9= 'activity' ( (lv_activities_10_0= RULE_STRING ) ) ) | (otherlv_11= 'contribution' ( (lv_contributions_12_0= RULE_STRING ) ) ) | (otherlv_13= 'result' ( (lv_results_14_0= RULE_STRING ) ) ) )* otherlv_15= '}'
            {
            otherlv_0=(Token)match(input,82,FOLLOW_18); 

            			newLeafNode(otherlv_0, grammarAccess.getEnablerAccess().getEnablerKeyword_0());
            		
            // InternalItup.g:4722:3: ( (lv_name_1_0= ruleCode ) )
            // InternalItup.g:4723:4: (lv_name_1_0= ruleCode )
            {
            // InternalItup.g:4723:4: (lv_name_1_0= ruleCode )
            // InternalItup.g:4724:5: lv_name_1_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getEnablerAccess().getNameCodeParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_54);
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

            // InternalItup.g:4741:3: ( (lv_title_2_0= RULE_STRING ) )?
            int alt83=2;
            int LA83_0 = input.LA(1);

            if ( (LA83_0==RULE_STRING) ) {
                alt83=1;
            }
            switch (alt83) {
                case 1 :
                    // InternalItup.g:4742:4: (lv_title_2_0= RULE_STRING )
                    {
                    // InternalItup.g:4742:4: (lv_title_2_0= RULE_STRING )
                    // InternalItup.g:4743:5: lv_title_2_0= RULE_STRING
                    {
                    lv_title_2_0=(Token)match(input,RULE_STRING,FOLLOW_24); 

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

            otherlv_3=(Token)match(input,27,FOLLOW_84); 

            			newLeafNode(otherlv_3, grammarAccess.getEnablerAccess().getLeftCurlyBracketKeyword_3());
            		
            // InternalItup.g:4763:3: (otherlv_4= 'supports' ( ( (lv_supportsAll_5_0= 'all' ) ) | ( ( ( ruleCode ) ) (otherlv_7= ',' ( ( ruleCode ) ) )* ) ) )?
            int alt86=2;
            int LA86_0 = input.LA(1);

            if ( (LA86_0==83) ) {
                alt86=1;
            }
            switch (alt86) {
                case 1 :
                    // InternalItup.g:4764:4: otherlv_4= 'supports' ( ( (lv_supportsAll_5_0= 'all' ) ) | ( ( ( ruleCode ) ) (otherlv_7= ',' ( ( ruleCode ) ) )* ) )
                    {
                    otherlv_4=(Token)match(input,83,FOLLOW_85); 

                    				newLeafNode(otherlv_4, grammarAccess.getEnablerAccess().getSupportsKeyword_4_0());
                    			
                    // InternalItup.g:4768:4: ( ( (lv_supportsAll_5_0= 'all' ) ) | ( ( ( ruleCode ) ) (otherlv_7= ',' ( ( ruleCode ) ) )* ) )
                    int alt85=2;
                    int LA85_0 = input.LA(1);

                    if ( (LA85_0==84) ) {
                        alt85=1;
                    }
                    else if ( ((LA85_0>=RULE_ID && LA85_0<=RULE_INT)) ) {
                        alt85=2;
                    }
                    else {
                        NoViableAltException nvae =
                            new NoViableAltException("", 85, 0, input);

                        throw nvae;
                    }
                    switch (alt85) {
                        case 1 :
                            // InternalItup.g:4769:5: ( (lv_supportsAll_5_0= 'all' ) )
                            {
                            // InternalItup.g:4769:5: ( (lv_supportsAll_5_0= 'all' ) )
                            // InternalItup.g:4770:6: (lv_supportsAll_5_0= 'all' )
                            {
                            // InternalItup.g:4770:6: (lv_supportsAll_5_0= 'all' )
                            // InternalItup.g:4771:7: lv_supportsAll_5_0= 'all'
                            {
                            lv_supportsAll_5_0=(Token)match(input,84,FOLLOW_86); 

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
                            // InternalItup.g:4784:5: ( ( ( ruleCode ) ) (otherlv_7= ',' ( ( ruleCode ) ) )* )
                            {
                            // InternalItup.g:4784:5: ( ( ( ruleCode ) ) (otherlv_7= ',' ( ( ruleCode ) ) )* )
                            // InternalItup.g:4785:6: ( ( ruleCode ) ) (otherlv_7= ',' ( ( ruleCode ) ) )*
                            {
                            // InternalItup.g:4785:6: ( ( ruleCode ) )
                            // InternalItup.g:4786:7: ( ruleCode )
                            {
                            // InternalItup.g:4786:7: ( ruleCode )
                            // InternalItup.g:4787:8: ruleCode
                            {

                            								if (current==null) {
                            									current = createModelElement(grammarAccess.getEnablerRule());
                            								}
                            							

                            								newCompositeNode(grammarAccess.getEnablerAccess().getSupportedObjectivesObjectiveCrossReference_4_1_1_0_0());
                            							
                            pushFollow(FOLLOW_87);
                            ruleCode();

                            state._fsp--;


                            								afterParserOrEnumRuleCall();
                            							

                            }


                            }

                            // InternalItup.g:4801:6: (otherlv_7= ',' ( ( ruleCode ) ) )*
                            loop84:
                            do {
                                int alt84=2;
                                int LA84_0 = input.LA(1);

                                if ( (LA84_0==18) ) {
                                    alt84=1;
                                }


                                switch (alt84) {
                            	case 1 :
                            	    // InternalItup.g:4802:7: otherlv_7= ',' ( ( ruleCode ) )
                            	    {
                            	    otherlv_7=(Token)match(input,18,FOLLOW_18); 

                            	    							newLeafNode(otherlv_7, grammarAccess.getEnablerAccess().getCommaKeyword_4_1_1_1_0());
                            	    						
                            	    // InternalItup.g:4806:7: ( ( ruleCode ) )
                            	    // InternalItup.g:4807:8: ( ruleCode )
                            	    {
                            	    // InternalItup.g:4807:8: ( ruleCode )
                            	    // InternalItup.g:4808:9: ruleCode
                            	    {

                            	    									if (current==null) {
                            	    										current = createModelElement(grammarAccess.getEnablerRule());
                            	    									}
                            	    								

                            	    									newCompositeNode(grammarAccess.getEnablerAccess().getSupportedObjectivesObjectiveCrossReference_4_1_1_1_1_0());
                            	    								
                            	    pushFollow(FOLLOW_87);
                            	    ruleCode();

                            	    state._fsp--;


                            	    									afterParserOrEnumRuleCall();
                            	    								

                            	    }


                            	    }


                            	    }
                            	    break;

                            	default :
                            	    break loop84;
                                }
                            } while (true);


                            }


                            }
                            break;

                    }


                    }
                    break;

            }

            // InternalItup.g:4826:3: ( (otherlv_9= 'activity' ( (lv_activities_10_0= RULE_STRING ) ) ) | (otherlv_11= 'contribution' ( (lv_contributions_12_0= RULE_STRING ) ) ) | (otherlv_13= 'result' ( (lv_results_14_0= RULE_STRING ) ) ) )*
            loop87:
            do {
                int alt87=4;
                switch ( input.LA(1) ) {
                case 41:
                    {
                    alt87=1;
                    }
                    break;
                case 85:
                    {
                    alt87=2;
                    }
                    break;
                case 86:
                    {
                    alt87=3;
                    }
                    break;

                }

                switch (alt87) {
            	case 1 :
            	    // InternalItup.g:4827:4: (otherlv_9= 'activity' ( (lv_activities_10_0= RULE_STRING ) ) )
            	    {
            	    // InternalItup.g:4827:4: (otherlv_9= 'activity' ( (lv_activities_10_0= RULE_STRING ) ) )
            	    // InternalItup.g:4828:5: otherlv_9= 'activity' ( (lv_activities_10_0= RULE_STRING ) )
            	    {
            	    otherlv_9=(Token)match(input,41,FOLLOW_10); 

            	    					newLeafNode(otherlv_9, grammarAccess.getEnablerAccess().getActivityKeyword_5_0_0());
            	    				
            	    // InternalItup.g:4832:5: ( (lv_activities_10_0= RULE_STRING ) )
            	    // InternalItup.g:4833:6: (lv_activities_10_0= RULE_STRING )
            	    {
            	    // InternalItup.g:4833:6: (lv_activities_10_0= RULE_STRING )
            	    // InternalItup.g:4834:7: lv_activities_10_0= RULE_STRING
            	    {
            	    lv_activities_10_0=(Token)match(input,RULE_STRING,FOLLOW_86); 

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
            	    // InternalItup.g:4852:4: (otherlv_11= 'contribution' ( (lv_contributions_12_0= RULE_STRING ) ) )
            	    {
            	    // InternalItup.g:4852:4: (otherlv_11= 'contribution' ( (lv_contributions_12_0= RULE_STRING ) ) )
            	    // InternalItup.g:4853:5: otherlv_11= 'contribution' ( (lv_contributions_12_0= RULE_STRING ) )
            	    {
            	    otherlv_11=(Token)match(input,85,FOLLOW_10); 

            	    					newLeafNode(otherlv_11, grammarAccess.getEnablerAccess().getContributionKeyword_5_1_0());
            	    				
            	    // InternalItup.g:4857:5: ( (lv_contributions_12_0= RULE_STRING ) )
            	    // InternalItup.g:4858:6: (lv_contributions_12_0= RULE_STRING )
            	    {
            	    // InternalItup.g:4858:6: (lv_contributions_12_0= RULE_STRING )
            	    // InternalItup.g:4859:7: lv_contributions_12_0= RULE_STRING
            	    {
            	    lv_contributions_12_0=(Token)match(input,RULE_STRING,FOLLOW_86); 

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
            	    // InternalItup.g:4877:4: (otherlv_13= 'result' ( (lv_results_14_0= RULE_STRING ) ) )
            	    {
            	    // InternalItup.g:4877:4: (otherlv_13= 'result' ( (lv_results_14_0= RULE_STRING ) ) )
            	    // InternalItup.g:4878:5: otherlv_13= 'result' ( (lv_results_14_0= RULE_STRING ) )
            	    {
            	    otherlv_13=(Token)match(input,86,FOLLOW_10); 

            	    					newLeafNode(otherlv_13, grammarAccess.getEnablerAccess().getResultKeyword_5_2_0());
            	    				
            	    // InternalItup.g:4882:5: ( (lv_results_14_0= RULE_STRING ) )
            	    // InternalItup.g:4883:6: (lv_results_14_0= RULE_STRING )
            	    {
            	    // InternalItup.g:4883:6: (lv_results_14_0= RULE_STRING )
            	    // InternalItup.g:4884:7: lv_results_14_0= RULE_STRING
            	    {
            	    lv_results_14_0=(Token)match(input,RULE_STRING,FOLLOW_86); 

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
            	    break loop87;
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
    // InternalItup.g:4910:1: entryRuleStrategicRisk returns [EObject current=null] : iv_ruleStrategicRisk= ruleStrategicRisk EOF ;
    public final EObject entryRuleStrategicRisk() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleStrategicRisk = null;


        try {
            // InternalItup.g:4910:54: (iv_ruleStrategicRisk= ruleStrategicRisk EOF )
            // InternalItup.g:4911:2: iv_ruleStrategicRisk= ruleStrategicRisk EOF
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
    // InternalItup.g:4917:1: ruleStrategicRisk returns [EObject current=null] : (otherlv_0= 'risk' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'likelihood' ( (lv_likelihood_6_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'impact' ( (lv_impact_8_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'owner' ( (lv_owner_10_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) (otherlv_11= 'aspect' ( (lv_aspects_12_0= RULE_STRING ) ) )* ( (lv_mitigations_13_0= ruleMitigation ) )* otherlv_14= '}' ) ;
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
            // InternalItup.g:4923:2: ( (otherlv_0= 'risk' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'likelihood' ( (lv_likelihood_6_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'impact' ( (lv_impact_8_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'owner' ( (lv_owner_10_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) (otherlv_11= 'aspect' ( (lv_aspects_12_0= RULE_STRING ) ) )* ( (lv_mitigations_13_0= ruleMitigation ) )* otherlv_14= '}' ) )
            // InternalItup.g:4924:2: (otherlv_0= 'risk' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'likelihood' ( (lv_likelihood_6_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'impact' ( (lv_impact_8_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'owner' ( (lv_owner_10_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) (otherlv_11= 'aspect' ( (lv_aspects_12_0= RULE_STRING ) ) )* ( (lv_mitigations_13_0= ruleMitigation ) )* otherlv_14= '}' )
            {
            // InternalItup.g:4924:2: (otherlv_0= 'risk' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'likelihood' ( (lv_likelihood_6_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'impact' ( (lv_impact_8_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'owner' ( (lv_owner_10_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) (otherlv_11= 'aspect' ( (lv_aspects_12_0= RULE_STRING ) ) )* ( (lv_mitigations_13_0= ruleMitigation ) )* otherlv_14= '}' )
            // InternalItup.g:4925:3: otherlv_0= 'risk' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'likelihood' ( (lv_likelihood_6_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'impact' ( (lv_impact_8_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'owner' ( (lv_owner_10_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) (otherlv_11= 'aspect' ( (lv_aspects_12_0= RULE_STRING ) ) )* ( (lv_mitigations_13_0= ruleMitigation ) )* otherlv_14= '}'
            {
            otherlv_0=(Token)match(input,21,FOLLOW_18); 

            			newLeafNode(otherlv_0, grammarAccess.getStrategicRiskAccess().getRiskKeyword_0());
            		
            // InternalItup.g:4929:3: ( (lv_name_1_0= ruleCode ) )
            // InternalItup.g:4930:4: (lv_name_1_0= ruleCode )
            {
            // InternalItup.g:4930:4: (lv_name_1_0= ruleCode )
            // InternalItup.g:4931:5: lv_name_1_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getStrategicRiskAccess().getNameCodeParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_54);
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

            // InternalItup.g:4948:3: ( (lv_title_2_0= RULE_STRING ) )?
            int alt88=2;
            int LA88_0 = input.LA(1);

            if ( (LA88_0==RULE_STRING) ) {
                alt88=1;
            }
            switch (alt88) {
                case 1 :
                    // InternalItup.g:4949:4: (lv_title_2_0= RULE_STRING )
                    {
                    // InternalItup.g:4949:4: (lv_title_2_0= RULE_STRING )
                    // InternalItup.g:4950:5: lv_title_2_0= RULE_STRING
                    {
                    lv_title_2_0=(Token)match(input,RULE_STRING,FOLLOW_24); 

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

            otherlv_3=(Token)match(input,27,FOLLOW_88); 

            			newLeafNode(otherlv_3, grammarAccess.getStrategicRiskAccess().getLeftCurlyBracketKeyword_3());
            		
            // InternalItup.g:4970:3: ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'likelihood' ( (lv_likelihood_6_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'impact' ( (lv_impact_8_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'owner' ( (lv_owner_10_0= RULE_STRING ) ) ) ) ) ) )* ) ) )
            // InternalItup.g:4971:4: ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'likelihood' ( (lv_likelihood_6_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'impact' ( (lv_impact_8_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'owner' ( (lv_owner_10_0= RULE_STRING ) ) ) ) ) ) )* ) )
            {
            // InternalItup.g:4971:4: ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'likelihood' ( (lv_likelihood_6_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'impact' ( (lv_impact_8_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'owner' ( (lv_owner_10_0= RULE_STRING ) ) ) ) ) ) )* ) )
            // InternalItup.g:4972:5: ( ( ({...}? => ( ({...}? => (otherlv_5= 'likelihood' ( (lv_likelihood_6_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'impact' ( (lv_impact_8_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'owner' ( (lv_owner_10_0= RULE_STRING ) ) ) ) ) ) )* )
            {
             
            				  getUnorderedGroupHelper().enter(grammarAccess.getStrategicRiskAccess().getUnorderedGroup_4());
            				
            // InternalItup.g:4975:5: ( ( ({...}? => ( ({...}? => (otherlv_5= 'likelihood' ( (lv_likelihood_6_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'impact' ( (lv_impact_8_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'owner' ( (lv_owner_10_0= RULE_STRING ) ) ) ) ) ) )* )
            // InternalItup.g:4976:6: ( ({...}? => ( ({...}? => (otherlv_5= 'likelihood' ( (lv_likelihood_6_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'impact' ( (lv_impact_8_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'owner' ( (lv_owner_10_0= RULE_STRING ) ) ) ) ) ) )*
            {
            // InternalItup.g:4976:6: ( ({...}? => ( ({...}? => (otherlv_5= 'likelihood' ( (lv_likelihood_6_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'impact' ( (lv_impact_8_0= ruleCode ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'owner' ( (lv_owner_10_0= RULE_STRING ) ) ) ) ) ) )*
            loop89:
            do {
                int alt89=4;
                int LA89_0 = input.LA(1);

                if ( LA89_0 == 87 && getUnorderedGroupHelper().canSelect(grammarAccess.getStrategicRiskAccess().getUnorderedGroup_4(), 0) ) {
                    alt89=1;
                }
                else if ( LA89_0 == 88 && getUnorderedGroupHelper().canSelect(grammarAccess.getStrategicRiskAccess().getUnorderedGroup_4(), 1) ) {
                    alt89=2;
                }
                else if ( LA89_0 == 89 && getUnorderedGroupHelper().canSelect(grammarAccess.getStrategicRiskAccess().getUnorderedGroup_4(), 2) ) {
                    alt89=3;
                }


                switch (alt89) {
            	case 1 :
            	    // InternalItup.g:4977:4: ({...}? => ( ({...}? => (otherlv_5= 'likelihood' ( (lv_likelihood_6_0= ruleCode ) ) ) ) ) )
            	    {
            	    // InternalItup.g:4977:4: ({...}? => ( ({...}? => (otherlv_5= 'likelihood' ( (lv_likelihood_6_0= ruleCode ) ) ) ) ) )
            	    // InternalItup.g:4978:5: {...}? => ( ({...}? => (otherlv_5= 'likelihood' ( (lv_likelihood_6_0= ruleCode ) ) ) ) )
            	    {
            	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getStrategicRiskAccess().getUnorderedGroup_4(), 0) ) {
            	        throw new FailedPredicateException(input, "ruleStrategicRisk", "getUnorderedGroupHelper().canSelect(grammarAccess.getStrategicRiskAccess().getUnorderedGroup_4(), 0)");
            	    }
            	    // InternalItup.g:4978:110: ( ({...}? => (otherlv_5= 'likelihood' ( (lv_likelihood_6_0= ruleCode ) ) ) ) )
            	    // InternalItup.g:4979:6: ({...}? => (otherlv_5= 'likelihood' ( (lv_likelihood_6_0= ruleCode ) ) ) )
            	    {

            	    						getUnorderedGroupHelper().select(grammarAccess.getStrategicRiskAccess().getUnorderedGroup_4(), 0);
            	    					
            	    // InternalItup.g:4982:9: ({...}? => (otherlv_5= 'likelihood' ( (lv_likelihood_6_0= ruleCode ) ) ) )
            	    // InternalItup.g:4982:10: {...}? => (otherlv_5= 'likelihood' ( (lv_likelihood_6_0= ruleCode ) ) )
            	    {
            	    if ( !((true)) ) {
            	        throw new FailedPredicateException(input, "ruleStrategicRisk", "true");
            	    }
            	    // InternalItup.g:4982:19: (otherlv_5= 'likelihood' ( (lv_likelihood_6_0= ruleCode ) ) )
            	    // InternalItup.g:4982:20: otherlv_5= 'likelihood' ( (lv_likelihood_6_0= ruleCode ) )
            	    {
            	    otherlv_5=(Token)match(input,87,FOLLOW_18); 

            	    									newLeafNode(otherlv_5, grammarAccess.getStrategicRiskAccess().getLikelihoodKeyword_4_0_0());
            	    								
            	    // InternalItup.g:4986:9: ( (lv_likelihood_6_0= ruleCode ) )
            	    // InternalItup.g:4987:10: (lv_likelihood_6_0= ruleCode )
            	    {
            	    // InternalItup.g:4987:10: (lv_likelihood_6_0= ruleCode )
            	    // InternalItup.g:4988:11: lv_likelihood_6_0= ruleCode
            	    {

            	    											newCompositeNode(grammarAccess.getStrategicRiskAccess().getLikelihoodCodeParserRuleCall_4_0_1_0());
            	    										
            	    pushFollow(FOLLOW_88);
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
            	    // InternalItup.g:5011:4: ({...}? => ( ({...}? => (otherlv_7= 'impact' ( (lv_impact_8_0= ruleCode ) ) ) ) ) )
            	    {
            	    // InternalItup.g:5011:4: ({...}? => ( ({...}? => (otherlv_7= 'impact' ( (lv_impact_8_0= ruleCode ) ) ) ) ) )
            	    // InternalItup.g:5012:5: {...}? => ( ({...}? => (otherlv_7= 'impact' ( (lv_impact_8_0= ruleCode ) ) ) ) )
            	    {
            	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getStrategicRiskAccess().getUnorderedGroup_4(), 1) ) {
            	        throw new FailedPredicateException(input, "ruleStrategicRisk", "getUnorderedGroupHelper().canSelect(grammarAccess.getStrategicRiskAccess().getUnorderedGroup_4(), 1)");
            	    }
            	    // InternalItup.g:5012:110: ( ({...}? => (otherlv_7= 'impact' ( (lv_impact_8_0= ruleCode ) ) ) ) )
            	    // InternalItup.g:5013:6: ({...}? => (otherlv_7= 'impact' ( (lv_impact_8_0= ruleCode ) ) ) )
            	    {

            	    						getUnorderedGroupHelper().select(grammarAccess.getStrategicRiskAccess().getUnorderedGroup_4(), 1);
            	    					
            	    // InternalItup.g:5016:9: ({...}? => (otherlv_7= 'impact' ( (lv_impact_8_0= ruleCode ) ) ) )
            	    // InternalItup.g:5016:10: {...}? => (otherlv_7= 'impact' ( (lv_impact_8_0= ruleCode ) ) )
            	    {
            	    if ( !((true)) ) {
            	        throw new FailedPredicateException(input, "ruleStrategicRisk", "true");
            	    }
            	    // InternalItup.g:5016:19: (otherlv_7= 'impact' ( (lv_impact_8_0= ruleCode ) ) )
            	    // InternalItup.g:5016:20: otherlv_7= 'impact' ( (lv_impact_8_0= ruleCode ) )
            	    {
            	    otherlv_7=(Token)match(input,88,FOLLOW_18); 

            	    									newLeafNode(otherlv_7, grammarAccess.getStrategicRiskAccess().getImpactKeyword_4_1_0());
            	    								
            	    // InternalItup.g:5020:9: ( (lv_impact_8_0= ruleCode ) )
            	    // InternalItup.g:5021:10: (lv_impact_8_0= ruleCode )
            	    {
            	    // InternalItup.g:5021:10: (lv_impact_8_0= ruleCode )
            	    // InternalItup.g:5022:11: lv_impact_8_0= ruleCode
            	    {

            	    											newCompositeNode(grammarAccess.getStrategicRiskAccess().getImpactCodeParserRuleCall_4_1_1_0());
            	    										
            	    pushFollow(FOLLOW_88);
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
            	    // InternalItup.g:5045:4: ({...}? => ( ({...}? => (otherlv_9= 'owner' ( (lv_owner_10_0= RULE_STRING ) ) ) ) ) )
            	    {
            	    // InternalItup.g:5045:4: ({...}? => ( ({...}? => (otherlv_9= 'owner' ( (lv_owner_10_0= RULE_STRING ) ) ) ) ) )
            	    // InternalItup.g:5046:5: {...}? => ( ({...}? => (otherlv_9= 'owner' ( (lv_owner_10_0= RULE_STRING ) ) ) ) )
            	    {
            	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getStrategicRiskAccess().getUnorderedGroup_4(), 2) ) {
            	        throw new FailedPredicateException(input, "ruleStrategicRisk", "getUnorderedGroupHelper().canSelect(grammarAccess.getStrategicRiskAccess().getUnorderedGroup_4(), 2)");
            	    }
            	    // InternalItup.g:5046:110: ( ({...}? => (otherlv_9= 'owner' ( (lv_owner_10_0= RULE_STRING ) ) ) ) )
            	    // InternalItup.g:5047:6: ({...}? => (otherlv_9= 'owner' ( (lv_owner_10_0= RULE_STRING ) ) ) )
            	    {

            	    						getUnorderedGroupHelper().select(grammarAccess.getStrategicRiskAccess().getUnorderedGroup_4(), 2);
            	    					
            	    // InternalItup.g:5050:9: ({...}? => (otherlv_9= 'owner' ( (lv_owner_10_0= RULE_STRING ) ) ) )
            	    // InternalItup.g:5050:10: {...}? => (otherlv_9= 'owner' ( (lv_owner_10_0= RULE_STRING ) ) )
            	    {
            	    if ( !((true)) ) {
            	        throw new FailedPredicateException(input, "ruleStrategicRisk", "true");
            	    }
            	    // InternalItup.g:5050:19: (otherlv_9= 'owner' ( (lv_owner_10_0= RULE_STRING ) ) )
            	    // InternalItup.g:5050:20: otherlv_9= 'owner' ( (lv_owner_10_0= RULE_STRING ) )
            	    {
            	    otherlv_9=(Token)match(input,89,FOLLOW_10); 

            	    									newLeafNode(otherlv_9, grammarAccess.getStrategicRiskAccess().getOwnerKeyword_4_2_0());
            	    								
            	    // InternalItup.g:5054:9: ( (lv_owner_10_0= RULE_STRING ) )
            	    // InternalItup.g:5055:10: (lv_owner_10_0= RULE_STRING )
            	    {
            	    // InternalItup.g:5055:10: (lv_owner_10_0= RULE_STRING )
            	    // InternalItup.g:5056:11: lv_owner_10_0= RULE_STRING
            	    {
            	    lv_owner_10_0=(Token)match(input,RULE_STRING,FOLLOW_88); 

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
            	    break loop89;
                }
            } while (true);


            }


            }

             
            				  getUnorderedGroupHelper().leave(grammarAccess.getStrategicRiskAccess().getUnorderedGroup_4());
            				

            }

            // InternalItup.g:5085:3: (otherlv_11= 'aspect' ( (lv_aspects_12_0= RULE_STRING ) ) )*
            loop90:
            do {
                int alt90=2;
                int LA90_0 = input.LA(1);

                if ( (LA90_0==90) ) {
                    alt90=1;
                }


                switch (alt90) {
            	case 1 :
            	    // InternalItup.g:5086:4: otherlv_11= 'aspect' ( (lv_aspects_12_0= RULE_STRING ) )
            	    {
            	    otherlv_11=(Token)match(input,90,FOLLOW_10); 

            	    				newLeafNode(otherlv_11, grammarAccess.getStrategicRiskAccess().getAspectKeyword_5_0());
            	    			
            	    // InternalItup.g:5090:4: ( (lv_aspects_12_0= RULE_STRING ) )
            	    // InternalItup.g:5091:5: (lv_aspects_12_0= RULE_STRING )
            	    {
            	    // InternalItup.g:5091:5: (lv_aspects_12_0= RULE_STRING )
            	    // InternalItup.g:5092:6: lv_aspects_12_0= RULE_STRING
            	    {
            	    lv_aspects_12_0=(Token)match(input,RULE_STRING,FOLLOW_89); 

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
            	    break loop90;
                }
            } while (true);

            // InternalItup.g:5109:3: ( (lv_mitigations_13_0= ruleMitigation ) )*
            loop91:
            do {
                int alt91=2;
                int LA91_0 = input.LA(1);

                if ( (LA91_0==91) ) {
                    alt91=1;
                }


                switch (alt91) {
            	case 1 :
            	    // InternalItup.g:5110:4: (lv_mitigations_13_0= ruleMitigation )
            	    {
            	    // InternalItup.g:5110:4: (lv_mitigations_13_0= ruleMitigation )
            	    // InternalItup.g:5111:5: lv_mitigations_13_0= ruleMitigation
            	    {

            	    					newCompositeNode(grammarAccess.getStrategicRiskAccess().getMitigationsMitigationParserRuleCall_6_0());
            	    				
            	    pushFollow(FOLLOW_90);
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
            	    break loop91;
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
    // InternalItup.g:5136:1: entryRuleMitigation returns [EObject current=null] : iv_ruleMitigation= ruleMitigation EOF ;
    public final EObject entryRuleMitigation() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleMitigation = null;


        try {
            // InternalItup.g:5136:51: (iv_ruleMitigation= ruleMitigation EOF )
            // InternalItup.g:5137:2: iv_ruleMitigation= ruleMitigation EOF
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
    // InternalItup.g:5143:1: ruleMitigation returns [EObject current=null] : (otherlv_0= 'mitigation' ( (lv_treatment_1_0= ruleRiskTreatment ) )? ( (lv_statement_2_0= RULE_STRING ) ) ) ;
    public final EObject ruleMitigation() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_statement_2_0=null;
        Enumerator lv_treatment_1_0 = null;



        	enterRule();

        try {
            // InternalItup.g:5149:2: ( (otherlv_0= 'mitigation' ( (lv_treatment_1_0= ruleRiskTreatment ) )? ( (lv_statement_2_0= RULE_STRING ) ) ) )
            // InternalItup.g:5150:2: (otherlv_0= 'mitigation' ( (lv_treatment_1_0= ruleRiskTreatment ) )? ( (lv_statement_2_0= RULE_STRING ) ) )
            {
            // InternalItup.g:5150:2: (otherlv_0= 'mitigation' ( (lv_treatment_1_0= ruleRiskTreatment ) )? ( (lv_statement_2_0= RULE_STRING ) ) )
            // InternalItup.g:5151:3: otherlv_0= 'mitigation' ( (lv_treatment_1_0= ruleRiskTreatment ) )? ( (lv_statement_2_0= RULE_STRING ) )
            {
            otherlv_0=(Token)match(input,91,FOLLOW_91); 

            			newLeafNode(otherlv_0, grammarAccess.getMitigationAccess().getMitigationKeyword_0());
            		
            // InternalItup.g:5155:3: ( (lv_treatment_1_0= ruleRiskTreatment ) )?
            int alt92=2;
            int LA92_0 = input.LA(1);

            if ( ((LA92_0>=112 && LA92_0<=115)) ) {
                alt92=1;
            }
            switch (alt92) {
                case 1 :
                    // InternalItup.g:5156:4: (lv_treatment_1_0= ruleRiskTreatment )
                    {
                    // InternalItup.g:5156:4: (lv_treatment_1_0= ruleRiskTreatment )
                    // InternalItup.g:5157:5: lv_treatment_1_0= ruleRiskTreatment
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

            // InternalItup.g:5174:3: ( (lv_statement_2_0= RULE_STRING ) )
            // InternalItup.g:5175:4: (lv_statement_2_0= RULE_STRING )
            {
            // InternalItup.g:5175:4: (lv_statement_2_0= RULE_STRING )
            // InternalItup.g:5176:5: lv_statement_2_0= RULE_STRING
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
    // InternalItup.g:5196:1: entryRuleSwotItem returns [EObject current=null] : iv_ruleSwotItem= ruleSwotItem EOF ;
    public final EObject entryRuleSwotItem() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleSwotItem = null;


        try {
            // InternalItup.g:5196:49: (iv_ruleSwotItem= ruleSwotItem EOF )
            // InternalItup.g:5197:2: iv_ruleSwotItem= ruleSwotItem EOF
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
    // InternalItup.g:5203:1: ruleSwotItem returns [EObject current=null] : ( ( (lv_kind_0_0= ruleSwotKind ) ) ( (lv_statement_1_0= RULE_STRING ) ) ) ;
    public final EObject ruleSwotItem() throws RecognitionException {
        EObject current = null;

        Token lv_statement_1_0=null;
        Enumerator lv_kind_0_0 = null;



        	enterRule();

        try {
            // InternalItup.g:5209:2: ( ( ( (lv_kind_0_0= ruleSwotKind ) ) ( (lv_statement_1_0= RULE_STRING ) ) ) )
            // InternalItup.g:5210:2: ( ( (lv_kind_0_0= ruleSwotKind ) ) ( (lv_statement_1_0= RULE_STRING ) ) )
            {
            // InternalItup.g:5210:2: ( ( (lv_kind_0_0= ruleSwotKind ) ) ( (lv_statement_1_0= RULE_STRING ) ) )
            // InternalItup.g:5211:3: ( (lv_kind_0_0= ruleSwotKind ) ) ( (lv_statement_1_0= RULE_STRING ) )
            {
            // InternalItup.g:5211:3: ( (lv_kind_0_0= ruleSwotKind ) )
            // InternalItup.g:5212:4: (lv_kind_0_0= ruleSwotKind )
            {
            // InternalItup.g:5212:4: (lv_kind_0_0= ruleSwotKind )
            // InternalItup.g:5213:5: lv_kind_0_0= ruleSwotKind
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

            // InternalItup.g:5230:3: ( (lv_statement_1_0= RULE_STRING ) )
            // InternalItup.g:5231:4: (lv_statement_1_0= RULE_STRING )
            {
            // InternalItup.g:5231:4: (lv_statement_1_0= RULE_STRING )
            // InternalItup.g:5232:5: lv_statement_1_0= RULE_STRING
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
    // InternalItup.g:5252:1: entryRuleImplementationCriterion returns [EObject current=null] : iv_ruleImplementationCriterion= ruleImplementationCriterion EOF ;
    public final EObject entryRuleImplementationCriterion() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleImplementationCriterion = null;


        try {
            // InternalItup.g:5252:64: (iv_ruleImplementationCriterion= ruleImplementationCriterion EOF )
            // InternalItup.g:5253:2: iv_ruleImplementationCriterion= ruleImplementationCriterion EOF
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
    // InternalItup.g:5259:1: ruleImplementationCriterion returns [EObject current=null] : (otherlv_0= 'criterion' ( (lv_title_1_0= RULE_STRING ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( (lv_criteria_4_0= ruleImplementationCriterion ) )* otherlv_5= '}' )? ) ;
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
            // InternalItup.g:5265:2: ( (otherlv_0= 'criterion' ( (lv_title_1_0= RULE_STRING ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( (lv_criteria_4_0= ruleImplementationCriterion ) )* otherlv_5= '}' )? ) )
            // InternalItup.g:5266:2: (otherlv_0= 'criterion' ( (lv_title_1_0= RULE_STRING ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( (lv_criteria_4_0= ruleImplementationCriterion ) )* otherlv_5= '}' )? )
            {
            // InternalItup.g:5266:2: (otherlv_0= 'criterion' ( (lv_title_1_0= RULE_STRING ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( (lv_criteria_4_0= ruleImplementationCriterion ) )* otherlv_5= '}' )? )
            // InternalItup.g:5267:3: otherlv_0= 'criterion' ( (lv_title_1_0= RULE_STRING ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( (lv_criteria_4_0= ruleImplementationCriterion ) )* otherlv_5= '}' )?
            {
            otherlv_0=(Token)match(input,92,FOLLOW_10); 

            			newLeafNode(otherlv_0, grammarAccess.getImplementationCriterionAccess().getCriterionKeyword_0());
            		
            // InternalItup.g:5271:3: ( (lv_title_1_0= RULE_STRING ) )
            // InternalItup.g:5272:4: (lv_title_1_0= RULE_STRING )
            {
            // InternalItup.g:5272:4: (lv_title_1_0= RULE_STRING )
            // InternalItup.g:5273:5: lv_title_1_0= RULE_STRING
            {
            lv_title_1_0=(Token)match(input,RULE_STRING,FOLLOW_60); 

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

            // InternalItup.g:5289:3: ( (lv_statement_2_0= RULE_STRING ) )?
            int alt93=2;
            int LA93_0 = input.LA(1);

            if ( (LA93_0==RULE_STRING) ) {
                alt93=1;
            }
            switch (alt93) {
                case 1 :
                    // InternalItup.g:5290:4: (lv_statement_2_0= RULE_STRING )
                    {
                    // InternalItup.g:5290:4: (lv_statement_2_0= RULE_STRING )
                    // InternalItup.g:5291:5: lv_statement_2_0= RULE_STRING
                    {
                    lv_statement_2_0=(Token)match(input,RULE_STRING,FOLLOW_61); 

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

            // InternalItup.g:5307:3: (otherlv_3= '{' ( (lv_criteria_4_0= ruleImplementationCriterion ) )* otherlv_5= '}' )?
            int alt95=2;
            int LA95_0 = input.LA(1);

            if ( (LA95_0==27) ) {
                alt95=1;
            }
            switch (alt95) {
                case 1 :
                    // InternalItup.g:5308:4: otherlv_3= '{' ( (lv_criteria_4_0= ruleImplementationCriterion ) )* otherlv_5= '}'
                    {
                    otherlv_3=(Token)match(input,27,FOLLOW_92); 

                    				newLeafNode(otherlv_3, grammarAccess.getImplementationCriterionAccess().getLeftCurlyBracketKeyword_3_0());
                    			
                    // InternalItup.g:5312:4: ( (lv_criteria_4_0= ruleImplementationCriterion ) )*
                    loop94:
                    do {
                        int alt94=2;
                        int LA94_0 = input.LA(1);

                        if ( (LA94_0==92) ) {
                            alt94=1;
                        }


                        switch (alt94) {
                    	case 1 :
                    	    // InternalItup.g:5313:5: (lv_criteria_4_0= ruleImplementationCriterion )
                    	    {
                    	    // InternalItup.g:5313:5: (lv_criteria_4_0= ruleImplementationCriterion )
                    	    // InternalItup.g:5314:6: lv_criteria_4_0= ruleImplementationCriterion
                    	    {

                    	    						newCompositeNode(grammarAccess.getImplementationCriterionAccess().getCriteriaImplementationCriterionParserRuleCall_3_1_0());
                    	    					
                    	    pushFollow(FOLLOW_92);
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
                    	    break loop94;
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
    // InternalItup.g:5340:1: entryRuleGlossaryTerm returns [EObject current=null] : iv_ruleGlossaryTerm= ruleGlossaryTerm EOF ;
    public final EObject entryRuleGlossaryTerm() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleGlossaryTerm = null;


        try {
            // InternalItup.g:5340:53: (iv_ruleGlossaryTerm= ruleGlossaryTerm EOF )
            // InternalItup.g:5341:2: iv_ruleGlossaryTerm= ruleGlossaryTerm EOF
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
    // InternalItup.g:5347:1: ruleGlossaryTerm returns [EObject current=null] : (otherlv_0= 'term' ( (lv_term_1_0= RULE_STRING ) ) otherlv_2= '{' (otherlv_3= 'definition' ( (lv_definition_4_0= RULE_STRING ) ) )? ( (lv_translations_5_0= ruleTranslation ) )* otherlv_6= '}' ) ;
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
            // InternalItup.g:5353:2: ( (otherlv_0= 'term' ( (lv_term_1_0= RULE_STRING ) ) otherlv_2= '{' (otherlv_3= 'definition' ( (lv_definition_4_0= RULE_STRING ) ) )? ( (lv_translations_5_0= ruleTranslation ) )* otherlv_6= '}' ) )
            // InternalItup.g:5354:2: (otherlv_0= 'term' ( (lv_term_1_0= RULE_STRING ) ) otherlv_2= '{' (otherlv_3= 'definition' ( (lv_definition_4_0= RULE_STRING ) ) )? ( (lv_translations_5_0= ruleTranslation ) )* otherlv_6= '}' )
            {
            // InternalItup.g:5354:2: (otherlv_0= 'term' ( (lv_term_1_0= RULE_STRING ) ) otherlv_2= '{' (otherlv_3= 'definition' ( (lv_definition_4_0= RULE_STRING ) ) )? ( (lv_translations_5_0= ruleTranslation ) )* otherlv_6= '}' )
            // InternalItup.g:5355:3: otherlv_0= 'term' ( (lv_term_1_0= RULE_STRING ) ) otherlv_2= '{' (otherlv_3= 'definition' ( (lv_definition_4_0= RULE_STRING ) ) )? ( (lv_translations_5_0= ruleTranslation ) )* otherlv_6= '}'
            {
            otherlv_0=(Token)match(input,93,FOLLOW_10); 

            			newLeafNode(otherlv_0, grammarAccess.getGlossaryTermAccess().getTermKeyword_0());
            		
            // InternalItup.g:5359:3: ( (lv_term_1_0= RULE_STRING ) )
            // InternalItup.g:5360:4: (lv_term_1_0= RULE_STRING )
            {
            // InternalItup.g:5360:4: (lv_term_1_0= RULE_STRING )
            // InternalItup.g:5361:5: lv_term_1_0= RULE_STRING
            {
            lv_term_1_0=(Token)match(input,RULE_STRING,FOLLOW_24); 

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

            otherlv_2=(Token)match(input,27,FOLLOW_93); 

            			newLeafNode(otherlv_2, grammarAccess.getGlossaryTermAccess().getLeftCurlyBracketKeyword_2());
            		
            // InternalItup.g:5381:3: (otherlv_3= 'definition' ( (lv_definition_4_0= RULE_STRING ) ) )?
            int alt96=2;
            int LA96_0 = input.LA(1);

            if ( (LA96_0==94) ) {
                alt96=1;
            }
            switch (alt96) {
                case 1 :
                    // InternalItup.g:5382:4: otherlv_3= 'definition' ( (lv_definition_4_0= RULE_STRING ) )
                    {
                    otherlv_3=(Token)match(input,94,FOLLOW_10); 

                    				newLeafNode(otherlv_3, grammarAccess.getGlossaryTermAccess().getDefinitionKeyword_3_0());
                    			
                    // InternalItup.g:5386:4: ( (lv_definition_4_0= RULE_STRING ) )
                    // InternalItup.g:5387:5: (lv_definition_4_0= RULE_STRING )
                    {
                    // InternalItup.g:5387:5: (lv_definition_4_0= RULE_STRING )
                    // InternalItup.g:5388:6: lv_definition_4_0= RULE_STRING
                    {
                    lv_definition_4_0=(Token)match(input,RULE_STRING,FOLLOW_94); 

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

            // InternalItup.g:5405:3: ( (lv_translations_5_0= ruleTranslation ) )*
            loop97:
            do {
                int alt97=2;
                int LA97_0 = input.LA(1);

                if ( (LA97_0==RULE_ID) ) {
                    alt97=1;
                }


                switch (alt97) {
            	case 1 :
            	    // InternalItup.g:5406:4: (lv_translations_5_0= ruleTranslation )
            	    {
            	    // InternalItup.g:5406:4: (lv_translations_5_0= ruleTranslation )
            	    // InternalItup.g:5407:5: lv_translations_5_0= ruleTranslation
            	    {

            	    					newCompositeNode(grammarAccess.getGlossaryTermAccess().getTranslationsTranslationParserRuleCall_4_0());
            	    				
            	    pushFollow(FOLLOW_94);
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
            	    break loop97;
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
    // InternalItup.g:5432:1: entryRuleTranslation returns [EObject current=null] : iv_ruleTranslation= ruleTranslation EOF ;
    public final EObject entryRuleTranslation() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleTranslation = null;


        try {
            // InternalItup.g:5432:52: (iv_ruleTranslation= ruleTranslation EOF )
            // InternalItup.g:5433:2: iv_ruleTranslation= ruleTranslation EOF
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
    // InternalItup.g:5439:1: ruleTranslation returns [EObject current=null] : ( ( (lv_language_0_0= RULE_ID ) ) ( ( (lv_text_1_0= RULE_STRING ) ) | ( (lv_unavailable_2_0= 'unavailable' ) ) ) ) ;
    public final EObject ruleTranslation() throws RecognitionException {
        EObject current = null;

        Token lv_language_0_0=null;
        Token lv_text_1_0=null;
        Token lv_unavailable_2_0=null;


        	enterRule();

        try {
            // InternalItup.g:5445:2: ( ( ( (lv_language_0_0= RULE_ID ) ) ( ( (lv_text_1_0= RULE_STRING ) ) | ( (lv_unavailable_2_0= 'unavailable' ) ) ) ) )
            // InternalItup.g:5446:2: ( ( (lv_language_0_0= RULE_ID ) ) ( ( (lv_text_1_0= RULE_STRING ) ) | ( (lv_unavailable_2_0= 'unavailable' ) ) ) )
            {
            // InternalItup.g:5446:2: ( ( (lv_language_0_0= RULE_ID ) ) ( ( (lv_text_1_0= RULE_STRING ) ) | ( (lv_unavailable_2_0= 'unavailable' ) ) ) )
            // InternalItup.g:5447:3: ( (lv_language_0_0= RULE_ID ) ) ( ( (lv_text_1_0= RULE_STRING ) ) | ( (lv_unavailable_2_0= 'unavailable' ) ) )
            {
            // InternalItup.g:5447:3: ( (lv_language_0_0= RULE_ID ) )
            // InternalItup.g:5448:4: (lv_language_0_0= RULE_ID )
            {
            // InternalItup.g:5448:4: (lv_language_0_0= RULE_ID )
            // InternalItup.g:5449:5: lv_language_0_0= RULE_ID
            {
            lv_language_0_0=(Token)match(input,RULE_ID,FOLLOW_95); 

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

            // InternalItup.g:5465:3: ( ( (lv_text_1_0= RULE_STRING ) ) | ( (lv_unavailable_2_0= 'unavailable' ) ) )
            int alt98=2;
            int LA98_0 = input.LA(1);

            if ( (LA98_0==RULE_STRING) ) {
                alt98=1;
            }
            else if ( (LA98_0==95) ) {
                alt98=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 98, 0, input);

                throw nvae;
            }
            switch (alt98) {
                case 1 :
                    // InternalItup.g:5466:4: ( (lv_text_1_0= RULE_STRING ) )
                    {
                    // InternalItup.g:5466:4: ( (lv_text_1_0= RULE_STRING ) )
                    // InternalItup.g:5467:5: (lv_text_1_0= RULE_STRING )
                    {
                    // InternalItup.g:5467:5: (lv_text_1_0= RULE_STRING )
                    // InternalItup.g:5468:6: lv_text_1_0= RULE_STRING
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
                    // InternalItup.g:5485:4: ( (lv_unavailable_2_0= 'unavailable' ) )
                    {
                    // InternalItup.g:5485:4: ( (lv_unavailable_2_0= 'unavailable' ) )
                    // InternalItup.g:5486:5: (lv_unavailable_2_0= 'unavailable' )
                    {
                    // InternalItup.g:5486:5: (lv_unavailable_2_0= 'unavailable' )
                    // InternalItup.g:5487:6: lv_unavailable_2_0= 'unavailable'
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
    // InternalItup.g:5504:1: entryRuleCode returns [String current=null] : iv_ruleCode= ruleCode EOF ;
    public final String entryRuleCode() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleCode = null;



        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalItup.g:5506:2: (iv_ruleCode= ruleCode EOF )
            // InternalItup.g:5507:2: iv_ruleCode= ruleCode EOF
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
    // InternalItup.g:5516:1: ruleCode returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (this_CodeSegment_0= ruleCodeSegment ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )* ) ;
    public final AntlrDatatypeRuleToken ruleCode() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token kw=null;
        AntlrDatatypeRuleToken this_CodeSegment_0 = null;

        AntlrDatatypeRuleToken this_CodeSegment_3 = null;



        	enterRule();
        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalItup.g:5523:2: ( (this_CodeSegment_0= ruleCodeSegment ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )* ) )
            // InternalItup.g:5524:2: (this_CodeSegment_0= ruleCodeSegment ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )* )
            {
            // InternalItup.g:5524:2: (this_CodeSegment_0= ruleCodeSegment ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )* )
            // InternalItup.g:5525:3: this_CodeSegment_0= ruleCodeSegment ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )*
            {

            			newCompositeNode(grammarAccess.getCodeAccess().getCodeSegmentParserRuleCall_0());
            		
            pushFollow(FOLLOW_96);
            this_CodeSegment_0=ruleCodeSegment();

            state._fsp--;


            			current.merge(this_CodeSegment_0);
            		

            			afterParserOrEnumRuleCall();
            		
            // InternalItup.g:5535:3: ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )*
            loop100:
            do {
                int alt100=2;
                int LA100_0 = input.LA(1);

                if ( ((LA100_0>=96 && LA100_0<=97)) ) {
                    alt100=1;
                }


                switch (alt100) {
            	case 1 :
            	    // InternalItup.g:5536:4: (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment
            	    {
            	    // InternalItup.g:5536:4: (kw= '.' | kw= '-' )
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
            	            // InternalItup.g:5537:5: kw= '.'
            	            {
            	            kw=(Token)match(input,96,FOLLOW_18); 

            	            					current.merge(kw);
            	            					newLeafNode(kw, grammarAccess.getCodeAccess().getFullStopKeyword_1_0_0());
            	            				

            	            }
            	            break;
            	        case 2 :
            	            // InternalItup.g:5543:5: kw= '-'
            	            {
            	            kw=(Token)match(input,97,FOLLOW_18); 

            	            					current.merge(kw);
            	            					newLeafNode(kw, grammarAccess.getCodeAccess().getHyphenMinusKeyword_1_0_1());
            	            				

            	            }
            	            break;

            	    }


            	    				newCompositeNode(grammarAccess.getCodeAccess().getCodeSegmentParserRuleCall_1_1());
            	    			
            	    pushFollow(FOLLOW_96);
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
    // $ANTLR end "ruleCode"


    // $ANTLR start "entryRuleCodeSegment"
    // InternalItup.g:5567:1: entryRuleCodeSegment returns [String current=null] : iv_ruleCodeSegment= ruleCodeSegment EOF ;
    public final String entryRuleCodeSegment() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleCodeSegment = null;


        try {
            // InternalItup.g:5567:51: (iv_ruleCodeSegment= ruleCodeSegment EOF )
            // InternalItup.g:5568:2: iv_ruleCodeSegment= ruleCodeSegment EOF
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
    // InternalItup.g:5574:1: ruleCodeSegment returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (this_ID_0= RULE_ID | this_INT_1= RULE_INT ) ;
    public final AntlrDatatypeRuleToken ruleCodeSegment() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_ID_0=null;
        Token this_INT_1=null;


        	enterRule();

        try {
            // InternalItup.g:5580:2: ( (this_ID_0= RULE_ID | this_INT_1= RULE_INT ) )
            // InternalItup.g:5581:2: (this_ID_0= RULE_ID | this_INT_1= RULE_INT )
            {
            // InternalItup.g:5581:2: (this_ID_0= RULE_ID | this_INT_1= RULE_INT )
            int alt101=2;
            int LA101_0 = input.LA(1);

            if ( (LA101_0==RULE_ID) ) {
                alt101=1;
            }
            else if ( (LA101_0==RULE_INT) ) {
                alt101=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 101, 0, input);

                throw nvae;
            }
            switch (alt101) {
                case 1 :
                    // InternalItup.g:5582:3: this_ID_0= RULE_ID
                    {
                    this_ID_0=(Token)match(input,RULE_ID,FOLLOW_2); 

                    			current.merge(this_ID_0);
                    		

                    			newLeafNode(this_ID_0, grammarAccess.getCodeSegmentAccess().getIDTerminalRuleCall_0());
                    		

                    }
                    break;
                case 2 :
                    // InternalItup.g:5590:3: this_INT_1= RULE_INT
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
    // InternalItup.g:5601:1: entryRulePlanName returns [String current=null] : iv_rulePlanName= rulePlanName EOF ;
    public final String entryRulePlanName() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_rulePlanName = null;



        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalItup.g:5603:2: (iv_rulePlanName= rulePlanName EOF )
            // InternalItup.g:5604:2: iv_rulePlanName= rulePlanName EOF
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
    // InternalItup.g:5613:1: rulePlanName returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (this_ID_0= RULE_ID ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )* ) ;
    public final AntlrDatatypeRuleToken rulePlanName() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_ID_0=null;
        Token kw=null;
        AntlrDatatypeRuleToken this_CodeSegment_3 = null;



        	enterRule();
        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalItup.g:5620:2: ( (this_ID_0= RULE_ID ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )* ) )
            // InternalItup.g:5621:2: (this_ID_0= RULE_ID ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )* )
            {
            // InternalItup.g:5621:2: (this_ID_0= RULE_ID ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )* )
            // InternalItup.g:5622:3: this_ID_0= RULE_ID ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )*
            {
            this_ID_0=(Token)match(input,RULE_ID,FOLLOW_96); 

            			current.merge(this_ID_0);
            		

            			newLeafNode(this_ID_0, grammarAccess.getPlanNameAccess().getIDTerminalRuleCall_0());
            		
            // InternalItup.g:5629:3: ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )*
            loop103:
            do {
                int alt103=2;
                int LA103_0 = input.LA(1);

                if ( ((LA103_0>=96 && LA103_0<=97)) ) {
                    alt103=1;
                }


                switch (alt103) {
            	case 1 :
            	    // InternalItup.g:5630:4: (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment
            	    {
            	    // InternalItup.g:5630:4: (kw= '.' | kw= '-' )
            	    int alt102=2;
            	    int LA102_0 = input.LA(1);

            	    if ( (LA102_0==96) ) {
            	        alt102=1;
            	    }
            	    else if ( (LA102_0==97) ) {
            	        alt102=2;
            	    }
            	    else {
            	        NoViableAltException nvae =
            	            new NoViableAltException("", 102, 0, input);

            	        throw nvae;
            	    }
            	    switch (alt102) {
            	        case 1 :
            	            // InternalItup.g:5631:5: kw= '.'
            	            {
            	            kw=(Token)match(input,96,FOLLOW_18); 

            	            					current.merge(kw);
            	            					newLeafNode(kw, grammarAccess.getPlanNameAccess().getFullStopKeyword_1_0_0());
            	            				

            	            }
            	            break;
            	        case 2 :
            	            // InternalItup.g:5637:5: kw= '-'
            	            {
            	            kw=(Token)match(input,97,FOLLOW_18); 

            	            					current.merge(kw);
            	            					newLeafNode(kw, grammarAccess.getPlanNameAccess().getHyphenMinusKeyword_1_0_1());
            	            				

            	            }
            	            break;

            	    }


            	    				newCompositeNode(grammarAccess.getPlanNameAccess().getCodeSegmentParserRuleCall_1_1());
            	    			
            	    pushFollow(FOLLOW_96);
            	    this_CodeSegment_3=ruleCodeSegment();

            	    state._fsp--;


            	    				current.merge(this_CodeSegment_3);
            	    			

            	    				afterParserOrEnumRuleCall();
            	    			

            	    }
            	    break;

            	default :
            	    break loop103;
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
    // InternalItup.g:5661:1: entryRuleYear returns [String current=null] : iv_ruleYear= ruleYear EOF ;
    public final String entryRuleYear() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleYear = null;


        try {
            // InternalItup.g:5661:44: (iv_ruleYear= ruleYear EOF )
            // InternalItup.g:5662:2: iv_ruleYear= ruleYear EOF
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
    // InternalItup.g:5668:1: ruleYear returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : this_INT_0= RULE_INT ;
    public final AntlrDatatypeRuleToken ruleYear() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_INT_0=null;


        	enterRule();

        try {
            // InternalItup.g:5674:2: (this_INT_0= RULE_INT )
            // InternalItup.g:5675:2: this_INT_0= RULE_INT
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
    // InternalItup.g:5685:1: entryRulePeriod returns [String current=null] : iv_rulePeriod= rulePeriod EOF ;
    public final String entryRulePeriod() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_rulePeriod = null;



        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalItup.g:5687:2: (iv_rulePeriod= rulePeriod EOF )
            // InternalItup.g:5688:2: iv_rulePeriod= rulePeriod EOF
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
    // InternalItup.g:5697:1: rulePeriod returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (this_INT_0= RULE_INT (kw= '-' (this_INT_2= RULE_INT | this_ID_3= RULE_ID ) )? ) ;
    public final AntlrDatatypeRuleToken rulePeriod() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_INT_0=null;
        Token kw=null;
        Token this_INT_2=null;
        Token this_ID_3=null;


        	enterRule();
        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalItup.g:5704:2: ( (this_INT_0= RULE_INT (kw= '-' (this_INT_2= RULE_INT | this_ID_3= RULE_ID ) )? ) )
            // InternalItup.g:5705:2: (this_INT_0= RULE_INT (kw= '-' (this_INT_2= RULE_INT | this_ID_3= RULE_ID ) )? )
            {
            // InternalItup.g:5705:2: (this_INT_0= RULE_INT (kw= '-' (this_INT_2= RULE_INT | this_ID_3= RULE_ID ) )? )
            // InternalItup.g:5706:3: this_INT_0= RULE_INT (kw= '-' (this_INT_2= RULE_INT | this_ID_3= RULE_ID ) )?
            {
            this_INT_0=(Token)match(input,RULE_INT,FOLLOW_97); 

            			current.merge(this_INT_0);
            		

            			newLeafNode(this_INT_0, grammarAccess.getPeriodAccess().getINTTerminalRuleCall_0());
            		
            // InternalItup.g:5713:3: (kw= '-' (this_INT_2= RULE_INT | this_ID_3= RULE_ID ) )?
            int alt105=2;
            int LA105_0 = input.LA(1);

            if ( (LA105_0==97) ) {
                alt105=1;
            }
            switch (alt105) {
                case 1 :
                    // InternalItup.g:5714:4: kw= '-' (this_INT_2= RULE_INT | this_ID_3= RULE_ID )
                    {
                    kw=(Token)match(input,97,FOLLOW_18); 

                    				current.merge(kw);
                    				newLeafNode(kw, grammarAccess.getPeriodAccess().getHyphenMinusKeyword_1_0());
                    			
                    // InternalItup.g:5719:4: (this_INT_2= RULE_INT | this_ID_3= RULE_ID )
                    int alt104=2;
                    int LA104_0 = input.LA(1);

                    if ( (LA104_0==RULE_INT) ) {
                        alt104=1;
                    }
                    else if ( (LA104_0==RULE_ID) ) {
                        alt104=2;
                    }
                    else {
                        NoViableAltException nvae =
                            new NoViableAltException("", 104, 0, input);

                        throw nvae;
                    }
                    switch (alt104) {
                        case 1 :
                            // InternalItup.g:5720:5: this_INT_2= RULE_INT
                            {
                            this_INT_2=(Token)match(input,RULE_INT,FOLLOW_2); 

                            					current.merge(this_INT_2);
                            				

                            					newLeafNode(this_INT_2, grammarAccess.getPeriodAccess().getINTTerminalRuleCall_1_1_0());
                            				

                            }
                            break;
                        case 2 :
                            // InternalItup.g:5728:5: this_ID_3= RULE_ID
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
    // InternalItup.g:5744:1: entryRuleDecimal returns [String current=null] : iv_ruleDecimal= ruleDecimal EOF ;
    public final String entryRuleDecimal() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleDecimal = null;



        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalItup.g:5746:2: (iv_ruleDecimal= ruleDecimal EOF )
            // InternalItup.g:5747:2: iv_ruleDecimal= ruleDecimal EOF
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
    // InternalItup.g:5756:1: ruleDecimal returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : ( (kw= '-' )? this_INT_1= RULE_INT (kw= '.' this_INT_3= RULE_INT )? ) ;
    public final AntlrDatatypeRuleToken ruleDecimal() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token kw=null;
        Token this_INT_1=null;
        Token this_INT_3=null;


        	enterRule();
        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalItup.g:5763:2: ( ( (kw= '-' )? this_INT_1= RULE_INT (kw= '.' this_INT_3= RULE_INT )? ) )
            // InternalItup.g:5764:2: ( (kw= '-' )? this_INT_1= RULE_INT (kw= '.' this_INT_3= RULE_INT )? )
            {
            // InternalItup.g:5764:2: ( (kw= '-' )? this_INT_1= RULE_INT (kw= '.' this_INT_3= RULE_INT )? )
            // InternalItup.g:5765:3: (kw= '-' )? this_INT_1= RULE_INT (kw= '.' this_INT_3= RULE_INT )?
            {
            // InternalItup.g:5765:3: (kw= '-' )?
            int alt106=2;
            int LA106_0 = input.LA(1);

            if ( (LA106_0==97) ) {
                alt106=1;
            }
            switch (alt106) {
                case 1 :
                    // InternalItup.g:5766:4: kw= '-'
                    {
                    kw=(Token)match(input,97,FOLLOW_6); 

                    				current.merge(kw);
                    				newLeafNode(kw, grammarAccess.getDecimalAccess().getHyphenMinusKeyword_0());
                    			

                    }
                    break;

            }

            this_INT_1=(Token)match(input,RULE_INT,FOLLOW_98); 

            			current.merge(this_INT_1);
            		

            			newLeafNode(this_INT_1, grammarAccess.getDecimalAccess().getINTTerminalRuleCall_1());
            		
            // InternalItup.g:5779:3: (kw= '.' this_INT_3= RULE_INT )?
            int alt107=2;
            int LA107_0 = input.LA(1);

            if ( (LA107_0==96) ) {
                alt107=1;
            }
            switch (alt107) {
                case 1 :
                    // InternalItup.g:5780:4: kw= '.' this_INT_3= RULE_INT
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


    // $ANTLR start "ruleCodedLevel"
    // InternalItup.g:5800:1: ruleCodedLevel returns [Enumerator current=null] : ( (enumLiteral_0= 'target' ) | (enumLiteral_1= 'objective' ) | (enumLiteral_2= 'outcome' ) | (enumLiteral_3= 'output' ) | (enumLiteral_4= 'enabler' ) ) ;
    public final Enumerator ruleCodedLevel() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;
        Token enumLiteral_4=null;


        	enterRule();

        try {
            // InternalItup.g:5806:2: ( ( (enumLiteral_0= 'target' ) | (enumLiteral_1= 'objective' ) | (enumLiteral_2= 'outcome' ) | (enumLiteral_3= 'output' ) | (enumLiteral_4= 'enabler' ) ) )
            // InternalItup.g:5807:2: ( (enumLiteral_0= 'target' ) | (enumLiteral_1= 'objective' ) | (enumLiteral_2= 'outcome' ) | (enumLiteral_3= 'output' ) | (enumLiteral_4= 'enabler' ) )
            {
            // InternalItup.g:5807:2: ( (enumLiteral_0= 'target' ) | (enumLiteral_1= 'objective' ) | (enumLiteral_2= 'outcome' ) | (enumLiteral_3= 'output' ) | (enumLiteral_4= 'enabler' ) )
            int alt108=5;
            switch ( input.LA(1) ) {
            case 63:
                {
                alt108=1;
                }
                break;
            case 38:
                {
                alt108=2;
                }
                break;
            case 74:
                {
                alt108=3;
                }
                break;
            case 39:
                {
                alt108=4;
                }
                break;
            case 82:
                {
                alt108=5;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 108, 0, input);

                throw nvae;
            }

            switch (alt108) {
                case 1 :
                    // InternalItup.g:5808:3: (enumLiteral_0= 'target' )
                    {
                    // InternalItup.g:5808:3: (enumLiteral_0= 'target' )
                    // InternalItup.g:5809:4: enumLiteral_0= 'target'
                    {
                    enumLiteral_0=(Token)match(input,63,FOLLOW_2); 

                    				current = grammarAccess.getCodedLevelAccess().getTARGETEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getCodedLevelAccess().getTARGETEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:5816:3: (enumLiteral_1= 'objective' )
                    {
                    // InternalItup.g:5816:3: (enumLiteral_1= 'objective' )
                    // InternalItup.g:5817:4: enumLiteral_1= 'objective'
                    {
                    enumLiteral_1=(Token)match(input,38,FOLLOW_2); 

                    				current = grammarAccess.getCodedLevelAccess().getOBJECTIVEEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getCodedLevelAccess().getOBJECTIVEEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:5824:3: (enumLiteral_2= 'outcome' )
                    {
                    // InternalItup.g:5824:3: (enumLiteral_2= 'outcome' )
                    // InternalItup.g:5825:4: enumLiteral_2= 'outcome'
                    {
                    enumLiteral_2=(Token)match(input,74,FOLLOW_2); 

                    				current = grammarAccess.getCodedLevelAccess().getOUTCOMEEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getCodedLevelAccess().getOUTCOMEEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalItup.g:5832:3: (enumLiteral_3= 'output' )
                    {
                    // InternalItup.g:5832:3: (enumLiteral_3= 'output' )
                    // InternalItup.g:5833:4: enumLiteral_3= 'output'
                    {
                    enumLiteral_3=(Token)match(input,39,FOLLOW_2); 

                    				current = grammarAccess.getCodedLevelAccess().getOUTPUTEnumLiteralDeclaration_3().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_3, grammarAccess.getCodedLevelAccess().getOUTPUTEnumLiteralDeclaration_3());
                    			

                    }


                    }
                    break;
                case 5 :
                    // InternalItup.g:5840:3: (enumLiteral_4= 'enabler' )
                    {
                    // InternalItup.g:5840:3: (enumLiteral_4= 'enabler' )
                    // InternalItup.g:5841:4: enumLiteral_4= 'enabler'
                    {
                    enumLiteral_4=(Token)match(input,82,FOLLOW_2); 

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
    // InternalItup.g:5851:1: ruleMeasuredTargetKind returns [Enumerator current=null] : ( (enumLiteral_0= 'level' ) | (enumLiteral_1= 'increase' ) | (enumLiteral_2= 'decrease' ) ) ;
    public final Enumerator ruleMeasuredTargetKind() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;


        	enterRule();

        try {
            // InternalItup.g:5857:2: ( ( (enumLiteral_0= 'level' ) | (enumLiteral_1= 'increase' ) | (enumLiteral_2= 'decrease' ) ) )
            // InternalItup.g:5858:2: ( (enumLiteral_0= 'level' ) | (enumLiteral_1= 'increase' ) | (enumLiteral_2= 'decrease' ) )
            {
            // InternalItup.g:5858:2: ( (enumLiteral_0= 'level' ) | (enumLiteral_1= 'increase' ) | (enumLiteral_2= 'decrease' ) )
            int alt109=3;
            switch ( input.LA(1) ) {
            case 98:
                {
                alt109=1;
                }
                break;
            case 99:
                {
                alt109=2;
                }
                break;
            case 100:
                {
                alt109=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 109, 0, input);

                throw nvae;
            }

            switch (alt109) {
                case 1 :
                    // InternalItup.g:5859:3: (enumLiteral_0= 'level' )
                    {
                    // InternalItup.g:5859:3: (enumLiteral_0= 'level' )
                    // InternalItup.g:5860:4: enumLiteral_0= 'level'
                    {
                    enumLiteral_0=(Token)match(input,98,FOLLOW_2); 

                    				current = grammarAccess.getMeasuredTargetKindAccess().getLEVELEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getMeasuredTargetKindAccess().getLEVELEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:5867:3: (enumLiteral_1= 'increase' )
                    {
                    // InternalItup.g:5867:3: (enumLiteral_1= 'increase' )
                    // InternalItup.g:5868:4: enumLiteral_1= 'increase'
                    {
                    enumLiteral_1=(Token)match(input,99,FOLLOW_2); 

                    				current = grammarAccess.getMeasuredTargetKindAccess().getINCREASEEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getMeasuredTargetKindAccess().getINCREASEEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:5875:3: (enumLiteral_2= 'decrease' )
                    {
                    // InternalItup.g:5875:3: (enumLiteral_2= 'decrease' )
                    // InternalItup.g:5876:4: enumLiteral_2= 'decrease'
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
    // InternalItup.g:5886:1: ruleQualitativeTargetKind returns [Enumerator current=null] : (enumLiteral_0= 'qualitative' ) ;
    public final Enumerator ruleQualitativeTargetKind() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;


        	enterRule();

        try {
            // InternalItup.g:5892:2: ( (enumLiteral_0= 'qualitative' ) )
            // InternalItup.g:5893:2: (enumLiteral_0= 'qualitative' )
            {
            // InternalItup.g:5893:2: (enumLiteral_0= 'qualitative' )
            // InternalItup.g:5894:3: enumLiteral_0= 'qualitative'
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
    // InternalItup.g:5903:1: ruleSectorKind returns [Enumerator current=null] : ( (enumLiteral_0= 'sector' ) | (enumLiteral_1= 'inter-sectoral' ) | (enumLiteral_2= 'secretariat' ) ) ;
    public final Enumerator ruleSectorKind() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;


        	enterRule();

        try {
            // InternalItup.g:5909:2: ( ( (enumLiteral_0= 'sector' ) | (enumLiteral_1= 'inter-sectoral' ) | (enumLiteral_2= 'secretariat' ) ) )
            // InternalItup.g:5910:2: ( (enumLiteral_0= 'sector' ) | (enumLiteral_1= 'inter-sectoral' ) | (enumLiteral_2= 'secretariat' ) )
            {
            // InternalItup.g:5910:2: ( (enumLiteral_0= 'sector' ) | (enumLiteral_1= 'inter-sectoral' ) | (enumLiteral_2= 'secretariat' ) )
            int alt110=3;
            switch ( input.LA(1) ) {
            case 102:
                {
                alt110=1;
                }
                break;
            case 103:
                {
                alt110=2;
                }
                break;
            case 104:
                {
                alt110=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 110, 0, input);

                throw nvae;
            }

            switch (alt110) {
                case 1 :
                    // InternalItup.g:5911:3: (enumLiteral_0= 'sector' )
                    {
                    // InternalItup.g:5911:3: (enumLiteral_0= 'sector' )
                    // InternalItup.g:5912:4: enumLiteral_0= 'sector'
                    {
                    enumLiteral_0=(Token)match(input,102,FOLLOW_2); 

                    				current = grammarAccess.getSectorKindAccess().getSECTOREnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getSectorKindAccess().getSECTOREnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:5919:3: (enumLiteral_1= 'inter-sectoral' )
                    {
                    // InternalItup.g:5919:3: (enumLiteral_1= 'inter-sectoral' )
                    // InternalItup.g:5920:4: enumLiteral_1= 'inter-sectoral'
                    {
                    enumLiteral_1=(Token)match(input,103,FOLLOW_2); 

                    				current = grammarAccess.getSectorKindAccess().getINTER_SECTORALEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getSectorKindAccess().getINTER_SECTORALEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:5927:3: (enumLiteral_2= 'secretariat' )
                    {
                    // InternalItup.g:5927:3: (enumLiteral_2= 'secretariat' )
                    // InternalItup.g:5928:4: enumLiteral_2= 'secretariat'
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
    // InternalItup.g:5938:1: ruleLowerBound returns [Enumerator current=null] : (enumLiteral_0= 'least' ) ;
    public final Enumerator ruleLowerBound() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;


        	enterRule();

        try {
            // InternalItup.g:5944:2: ( (enumLiteral_0= 'least' ) )
            // InternalItup.g:5945:2: (enumLiteral_0= 'least' )
            {
            // InternalItup.g:5945:2: (enumLiteral_0= 'least' )
            // InternalItup.g:5946:3: enumLiteral_0= 'least'
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
    // InternalItup.g:5955:1: ruleUpperBound returns [Enumerator current=null] : (enumLiteral_0= 'most' ) ;
    public final Enumerator ruleUpperBound() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;


        	enterRule();

        try {
            // InternalItup.g:5961:2: ( (enumLiteral_0= 'most' ) )
            // InternalItup.g:5962:2: (enumLiteral_0= 'most' )
            {
            // InternalItup.g:5962:2: (enumLiteral_0= 'most' )
            // InternalItup.g:5963:3: enumLiteral_0= 'most'
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
    // InternalItup.g:5972:1: ruleRangeBound returns [Enumerator current=null] : (enumLiteral_0= 'between' ) ;
    public final Enumerator ruleRangeBound() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;


        	enterRule();

        try {
            // InternalItup.g:5978:2: ( (enumLiteral_0= 'between' ) )
            // InternalItup.g:5979:2: (enumLiteral_0= 'between' )
            {
            // InternalItup.g:5979:2: (enumLiteral_0= 'between' )
            // InternalItup.g:5980:3: enumLiteral_0= 'between'
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
    // InternalItup.g:5989:1: ruleIndicatorDirection returns [Enumerator current=null] : ( (enumLiteral_0= 'increase' ) | (enumLiteral_1= 'decrease' ) | (enumLiteral_2= 'maintain' ) ) ;
    public final Enumerator ruleIndicatorDirection() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;


        	enterRule();

        try {
            // InternalItup.g:5995:2: ( ( (enumLiteral_0= 'increase' ) | (enumLiteral_1= 'decrease' ) | (enumLiteral_2= 'maintain' ) ) )
            // InternalItup.g:5996:2: ( (enumLiteral_0= 'increase' ) | (enumLiteral_1= 'decrease' ) | (enumLiteral_2= 'maintain' ) )
            {
            // InternalItup.g:5996:2: ( (enumLiteral_0= 'increase' ) | (enumLiteral_1= 'decrease' ) | (enumLiteral_2= 'maintain' ) )
            int alt111=3;
            switch ( input.LA(1) ) {
            case 99:
                {
                alt111=1;
                }
                break;
            case 100:
                {
                alt111=2;
                }
                break;
            case 108:
                {
                alt111=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 111, 0, input);

                throw nvae;
            }

            switch (alt111) {
                case 1 :
                    // InternalItup.g:5997:3: (enumLiteral_0= 'increase' )
                    {
                    // InternalItup.g:5997:3: (enumLiteral_0= 'increase' )
                    // InternalItup.g:5998:4: enumLiteral_0= 'increase'
                    {
                    enumLiteral_0=(Token)match(input,99,FOLLOW_2); 

                    				current = grammarAccess.getIndicatorDirectionAccess().getINCREASEEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getIndicatorDirectionAccess().getINCREASEEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:6005:3: (enumLiteral_1= 'decrease' )
                    {
                    // InternalItup.g:6005:3: (enumLiteral_1= 'decrease' )
                    // InternalItup.g:6006:4: enumLiteral_1= 'decrease'
                    {
                    enumLiteral_1=(Token)match(input,100,FOLLOW_2); 

                    				current = grammarAccess.getIndicatorDirectionAccess().getDECREASEEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getIndicatorDirectionAccess().getDECREASEEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:6013:3: (enumLiteral_2= 'maintain' )
                    {
                    // InternalItup.g:6013:3: (enumLiteral_2= 'maintain' )
                    // InternalItup.g:6014:4: enumLiteral_2= 'maintain'
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
    // InternalItup.g:6024:1: ruleReportingFrequency returns [Enumerator current=null] : ( (enumLiteral_0= 'annual' ) | (enumLiteral_1= 'quarterly' ) | (enumLiteral_2= 'monthly' ) ) ;
    public final Enumerator ruleReportingFrequency() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;


        	enterRule();

        try {
            // InternalItup.g:6030:2: ( ( (enumLiteral_0= 'annual' ) | (enumLiteral_1= 'quarterly' ) | (enumLiteral_2= 'monthly' ) ) )
            // InternalItup.g:6031:2: ( (enumLiteral_0= 'annual' ) | (enumLiteral_1= 'quarterly' ) | (enumLiteral_2= 'monthly' ) )
            {
            // InternalItup.g:6031:2: ( (enumLiteral_0= 'annual' ) | (enumLiteral_1= 'quarterly' ) | (enumLiteral_2= 'monthly' ) )
            int alt112=3;
            switch ( input.LA(1) ) {
            case 109:
                {
                alt112=1;
                }
                break;
            case 110:
                {
                alt112=2;
                }
                break;
            case 111:
                {
                alt112=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 112, 0, input);

                throw nvae;
            }

            switch (alt112) {
                case 1 :
                    // InternalItup.g:6032:3: (enumLiteral_0= 'annual' )
                    {
                    // InternalItup.g:6032:3: (enumLiteral_0= 'annual' )
                    // InternalItup.g:6033:4: enumLiteral_0= 'annual'
                    {
                    enumLiteral_0=(Token)match(input,109,FOLLOW_2); 

                    				current = grammarAccess.getReportingFrequencyAccess().getANNUALEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getReportingFrequencyAccess().getANNUALEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:6040:3: (enumLiteral_1= 'quarterly' )
                    {
                    // InternalItup.g:6040:3: (enumLiteral_1= 'quarterly' )
                    // InternalItup.g:6041:4: enumLiteral_1= 'quarterly'
                    {
                    enumLiteral_1=(Token)match(input,110,FOLLOW_2); 

                    				current = grammarAccess.getReportingFrequencyAccess().getQUARTERLYEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getReportingFrequencyAccess().getQUARTERLYEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:6048:3: (enumLiteral_2= 'monthly' )
                    {
                    // InternalItup.g:6048:3: (enumLiteral_2= 'monthly' )
                    // InternalItup.g:6049:4: enumLiteral_2= 'monthly'
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
    // InternalItup.g:6059:1: ruleRiskTreatment returns [Enumerator current=null] : ( (enumLiteral_0= 'avoidance' ) | (enumLiteral_1= 'limitation' ) | (enumLiteral_2= 'transfer' ) | (enumLiteral_3= 'acceptance' ) ) ;
    public final Enumerator ruleRiskTreatment() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;


        	enterRule();

        try {
            // InternalItup.g:6065:2: ( ( (enumLiteral_0= 'avoidance' ) | (enumLiteral_1= 'limitation' ) | (enumLiteral_2= 'transfer' ) | (enumLiteral_3= 'acceptance' ) ) )
            // InternalItup.g:6066:2: ( (enumLiteral_0= 'avoidance' ) | (enumLiteral_1= 'limitation' ) | (enumLiteral_2= 'transfer' ) | (enumLiteral_3= 'acceptance' ) )
            {
            // InternalItup.g:6066:2: ( (enumLiteral_0= 'avoidance' ) | (enumLiteral_1= 'limitation' ) | (enumLiteral_2= 'transfer' ) | (enumLiteral_3= 'acceptance' ) )
            int alt113=4;
            switch ( input.LA(1) ) {
            case 112:
                {
                alt113=1;
                }
                break;
            case 113:
                {
                alt113=2;
                }
                break;
            case 114:
                {
                alt113=3;
                }
                break;
            case 115:
                {
                alt113=4;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 113, 0, input);

                throw nvae;
            }

            switch (alt113) {
                case 1 :
                    // InternalItup.g:6067:3: (enumLiteral_0= 'avoidance' )
                    {
                    // InternalItup.g:6067:3: (enumLiteral_0= 'avoidance' )
                    // InternalItup.g:6068:4: enumLiteral_0= 'avoidance'
                    {
                    enumLiteral_0=(Token)match(input,112,FOLLOW_2); 

                    				current = grammarAccess.getRiskTreatmentAccess().getAVOIDANCEEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getRiskTreatmentAccess().getAVOIDANCEEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:6075:3: (enumLiteral_1= 'limitation' )
                    {
                    // InternalItup.g:6075:3: (enumLiteral_1= 'limitation' )
                    // InternalItup.g:6076:4: enumLiteral_1= 'limitation'
                    {
                    enumLiteral_1=(Token)match(input,113,FOLLOW_2); 

                    				current = grammarAccess.getRiskTreatmentAccess().getLIMITATIONEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getRiskTreatmentAccess().getLIMITATIONEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:6083:3: (enumLiteral_2= 'transfer' )
                    {
                    // InternalItup.g:6083:3: (enumLiteral_2= 'transfer' )
                    // InternalItup.g:6084:4: enumLiteral_2= 'transfer'
                    {
                    enumLiteral_2=(Token)match(input,114,FOLLOW_2); 

                    				current = grammarAccess.getRiskTreatmentAccess().getTRANSFEREnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getRiskTreatmentAccess().getTRANSFEREnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalItup.g:6091:3: (enumLiteral_3= 'acceptance' )
                    {
                    // InternalItup.g:6091:3: (enumLiteral_3= 'acceptance' )
                    // InternalItup.g:6092:4: enumLiteral_3= 'acceptance'
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
    // InternalItup.g:6102:1: ruleSwotKind returns [Enumerator current=null] : ( (enumLiteral_0= 'strength' ) | (enumLiteral_1= 'weakness' ) | (enumLiteral_2= 'opportunity' ) | (enumLiteral_3= 'threat' ) ) ;
    public final Enumerator ruleSwotKind() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;


        	enterRule();

        try {
            // InternalItup.g:6108:2: ( ( (enumLiteral_0= 'strength' ) | (enumLiteral_1= 'weakness' ) | (enumLiteral_2= 'opportunity' ) | (enumLiteral_3= 'threat' ) ) )
            // InternalItup.g:6109:2: ( (enumLiteral_0= 'strength' ) | (enumLiteral_1= 'weakness' ) | (enumLiteral_2= 'opportunity' ) | (enumLiteral_3= 'threat' ) )
            {
            // InternalItup.g:6109:2: ( (enumLiteral_0= 'strength' ) | (enumLiteral_1= 'weakness' ) | (enumLiteral_2= 'opportunity' ) | (enumLiteral_3= 'threat' ) )
            int alt114=4;
            switch ( input.LA(1) ) {
            case 116:
                {
                alt114=1;
                }
                break;
            case 117:
                {
                alt114=2;
                }
                break;
            case 118:
                {
                alt114=3;
                }
                break;
            case 119:
                {
                alt114=4;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 114, 0, input);

                throw nvae;
            }

            switch (alt114) {
                case 1 :
                    // InternalItup.g:6110:3: (enumLiteral_0= 'strength' )
                    {
                    // InternalItup.g:6110:3: (enumLiteral_0= 'strength' )
                    // InternalItup.g:6111:4: enumLiteral_0= 'strength'
                    {
                    enumLiteral_0=(Token)match(input,116,FOLLOW_2); 

                    				current = grammarAccess.getSwotKindAccess().getSTRENGTHEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getSwotKindAccess().getSTRENGTHEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:6118:3: (enumLiteral_1= 'weakness' )
                    {
                    // InternalItup.g:6118:3: (enumLiteral_1= 'weakness' )
                    // InternalItup.g:6119:4: enumLiteral_1= 'weakness'
                    {
                    enumLiteral_1=(Token)match(input,117,FOLLOW_2); 

                    				current = grammarAccess.getSwotKindAccess().getWEAKNESSEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getSwotKindAccess().getWEAKNESSEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:6126:3: (enumLiteral_2= 'opportunity' )
                    {
                    // InternalItup.g:6126:3: (enumLiteral_2= 'opportunity' )
                    // InternalItup.g:6127:4: enumLiteral_2= 'opportunity'
                    {
                    enumLiteral_2=(Token)match(input,118,FOLLOW_2); 

                    				current = grammarAccess.getSwotKindAccess().getOPPORTUNITYEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getSwotKindAccess().getOPPORTUNITYEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalItup.g:6134:3: (enumLiteral_3= 'threat' )
                    {
                    // InternalItup.g:6134:3: (enumLiteral_3= 'threat' )
                    // InternalItup.g:6135:4: enumLiteral_3= 'threat'
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


    protected DFA78 dfa78 = new DFA78(this);
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

    class DFA78 extends DFA {

        public DFA78(BaseRecognizer recognizer) {
            this.recognizer = recognizer;
            this.decisionNumber = 78;
            this.eot = dfa_1;
            this.eof = dfa_1;
            this.min = dfa_2;
            this.max = dfa_3;
            this.accept = dfa_4;
            this.special = dfa_5;
            this.transition = dfa_6;
        }
        public String getDescription() {
            return "()* loopback of 4148:7: ( ({...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) ) ) )*";
        }
        public int specialStateTransition(int s, IntStream _input) throws NoViableAltException {
            TokenStream input = (TokenStream)_input;
        	int _s = s;
            switch ( s ) {
                    case 0 : 
                        int LA78_0 = input.LA(1);

                         
                        int index78_0 = input.index();
                        input.rewind();
                        s = -1;
                        if ( (LA78_0==28||LA78_0==79) ) {s = 1;}

                        else if ( LA78_0 == 76 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 0) ) {s = 2;}

                        else if ( LA78_0 == 66 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 1) ) {s = 3;}

                        else if ( LA78_0 == 63 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 2) ) {s = 4;}

                        else if ( LA78_0 == 77 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 3) ) {s = 5;}

                        else if ( ( LA78_0 == 80 || LA78_0 == 107 ) && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 4) ) {s = 6;}

                        else if ( LA78_0 == 50 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 5) ) {s = 7;}

                        else if ( LA78_0 == 78 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 6) ) {s = 8;}

                        else if ( LA78_0 == 37 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 7) ) {s = 9;}

                         
                        input.seek(index78_0);
                        if ( s>=0 ) return s;
                        break;
            }
            NoViableAltException nvae =
                new NoViableAltException(getDescription(), 78, _s, input);
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
    public static final BitSet FOLLOW_15 = new BitSet(new long[]{0x18020000A7A80002L,0x000001C030000000L});
    public static final BitSet FOLLOW_16 = new BitSet(new long[]{0x18020000A7A00002L,0x000001C030000000L});
    public static final BitSet FOLLOW_17 = new BitSet(new long[]{0x0000000000400000L});
    public static final BitSet FOLLOW_18 = new BitSet(new long[]{0x0000000000000060L});
    public static final BitSet FOLLOW_19 = new BitSet(new long[]{0x18020000A7A40002L,0x000001C030000000L});
    public static final BitSet FOLLOW_20 = new BitSet(new long[]{0x10020000A7200002L,0x000001C030000000L});
    public static final BitSet FOLLOW_21 = new BitSet(new long[]{0x10020000A6200002L,0x000001C030000000L});
    public static final BitSet FOLLOW_22 = new BitSet(new long[]{0x10020000A4240002L,0x000001C030000000L});
    public static final BitSet FOLLOW_23 = new BitSet(new long[]{0x10020000A4200002L,0x000001C030000000L});
    public static final BitSet FOLLOW_24 = new BitSet(new long[]{0x0000000008000000L});
    public static final BitSet FOLLOW_25 = new BitSet(new long[]{0x0000000010000000L,0x00F0000000000000L});
    public static final BitSet FOLLOW_26 = new BitSet(new long[]{0x0000000040000000L});
    public static final BitSet FOLLOW_27 = new BitSet(new long[]{0x0000000100000000L});
    public static final BitSet FOLLOW_28 = new BitSet(new long[]{0x0000000000000800L});
    public static final BitSet FOLLOW_29 = new BitSet(new long[]{0x0000000400000000L});
    public static final BitSet FOLLOW_30 = new BitSet(new long[]{0x0000000800000000L});
    public static final BitSet FOLLOW_31 = new BitSet(new long[]{0x0000001000000000L});
    public static final BitSet FOLLOW_32 = new BitSet(new long[]{0x0000016000000002L});
    public static final BitSet FOLLOW_33 = new BitSet(new long[]{0x0000014000000002L});
    public static final BitSet FOLLOW_34 = new BitSet(new long[]{0x0000010000000002L});
    public static final BitSet FOLLOW_35 = new BitSet(new long[]{0x0000008010000000L});
    public static final BitSet FOLLOW_36 = new BitSet(new long[]{0x00000E2010000800L,0x0000000000000800L});
    public static final BitSet FOLLOW_37 = new BitSet(new long[]{0x0000000010000000L});
    public static final BitSet FOLLOW_38 = new BitSet(new long[]{0x0000008000000000L});
    public static final BitSet FOLLOW_39 = new BitSet(new long[]{0x00000E2000000802L,0x0000000000000800L});
    public static final BitSet FOLLOW_40 = new BitSet(new long[]{0x0000000000000052L,0x0000000200000000L});
    public static final BitSet FOLLOW_41 = new BitSet(new long[]{0x0000000000000012L});
    public static final BitSet FOLLOW_42 = new BitSet(new long[]{0x0000200000000000L});
    public static final BitSet FOLLOW_43 = new BitSet(new long[]{0x00A0C00000000002L});
    public static final BitSet FOLLOW_44 = new BitSet(new long[]{0x0001000000000000L});
    public static final BitSet FOLLOW_45 = new BitSet(new long[]{0x0002000000000000L});
    public static final BitSet FOLLOW_46 = new BitSet(new long[]{0x0000000000000040L,0x0000000200000000L});
    public static final BitSet FOLLOW_47 = new BitSet(new long[]{0x001C000000000012L});
    public static final BitSet FOLLOW_48 = new BitSet(new long[]{0x001C000000000002L});
    public static final BitSet FOLLOW_49 = new BitSet(new long[]{0x0040000000000000L});
    public static final BitSet FOLLOW_50 = new BitSet(new long[]{0x0000000400000002L});
    public static final BitSet FOLLOW_51 = new BitSet(new long[]{0x0000000000040002L});
    public static final BitSet FOLLOW_52 = new BitSet(new long[]{0x800000C010000000L,0x0000000000040400L});
    public static final BitSet FOLLOW_53 = new BitSet(new long[]{0x0000000000100010L});
    public static final BitSet FOLLOW_54 = new BitSet(new long[]{0x0000000008000010L});
    public static final BitSet FOLLOW_55 = new BitSet(new long[]{0xE4000000B0000000L});
    public static final BitSet FOLLOW_56 = new BitSet(new long[]{0xC4000000B0000000L});
    public static final BitSet FOLLOW_57 = new BitSet(new long[]{0x84000000B0000000L});
    public static final BitSet FOLLOW_58 = new BitSet(new long[]{0x84000000B0040000L});
    public static final BitSet FOLLOW_59 = new BitSet(new long[]{0x0000000008100012L});
    public static final BitSet FOLLOW_60 = new BitSet(new long[]{0x0000000008000012L});
    public static final BitSet FOLLOW_61 = new BitSet(new long[]{0x0000000008000002L});
    public static final BitSet FOLLOW_62 = new BitSet(new long[]{0x0400000010008000L,0x0000003C00000807L});
    public static final BitSet FOLLOW_63 = new BitSet(new long[]{0x0400000010008010L,0x0000003C00000807L});
    public static final BitSet FOLLOW_64 = new BitSet(new long[]{0x0000000010000000L,0x0000000000000800L});
    public static final BitSet FOLLOW_65 = new BitSet(new long[]{0x0002800000000002L});
    public static final BitSet FOLLOW_66 = new BitSet(new long[]{0x0000000000000002L,0x0000000000000008L});
    public static final BitSet FOLLOW_67 = new BitSet(new long[]{0x0000000000040000L,0x0000000000000010L});
    public static final BitSet FOLLOW_68 = new BitSet(new long[]{0x0200004010000000L,0x0000000000040020L});
    public static final BitSet FOLLOW_69 = new BitSet(new long[]{0x0200004010000000L,0x0000000000040000L});
    public static final BitSet FOLLOW_70 = new BitSet(new long[]{0x260000C030000000L,0x0000000000040F40L});
    public static final BitSet FOLLOW_71 = new BitSet(new long[]{0x060000C030000000L,0x0000000000040F40L});
    public static final BitSet FOLLOW_72 = new BitSet(new long[]{0x1000000000000000L,0x0000000000000080L});
    public static final BitSet FOLLOW_73 = new BitSet(new long[]{0x060000C030040000L,0x0000000000040F40L});
    public static final BitSet FOLLOW_74 = new BitSet(new long[]{0x0400000010000000L,0x0000000000000800L});
    public static final BitSet FOLLOW_75 = new BitSet(new long[]{0x0600004010000000L,0x0000000000040800L});
    public static final BitSet FOLLOW_76 = new BitSet(new long[]{0x0000000000000070L});
    public static final BitSet FOLLOW_77 = new BitSet(new long[]{0x8004002010000000L,0x000008000001F004L});
    public static final BitSet FOLLOW_78 = new BitSet(new long[]{0x8004002010008000L,0x000008000001F004L});
    public static final BitSet FOLLOW_79 = new BitSet(new long[]{0x0000000000000000L,0x0000101800000000L});
    public static final BitSet FOLLOW_80 = new BitSet(new long[]{0x0000000000000000L,0x0000E00000000000L});
    public static final BitSet FOLLOW_81 = new BitSet(new long[]{0x0000000010000000L,0x0000000000008000L});
    public static final BitSet FOLLOW_82 = new BitSet(new long[]{0x0000000000000000L,0x0000060000000000L});
    public static final BitSet FOLLOW_83 = new BitSet(new long[]{0x0000000000000000L,0x0000000000020000L});
    public static final BitSet FOLLOW_84 = new BitSet(new long[]{0x0000020010000000L,0x0000000000680000L});
    public static final BitSet FOLLOW_85 = new BitSet(new long[]{0x0000000000000060L,0x0000000000100000L});
    public static final BitSet FOLLOW_86 = new BitSet(new long[]{0x0000020010000000L,0x0000000000600000L});
    public static final BitSet FOLLOW_87 = new BitSet(new long[]{0x0000020010040000L,0x0000000000600000L});
    public static final BitSet FOLLOW_88 = new BitSet(new long[]{0x0000000010000000L,0x000000000F800000L});
    public static final BitSet FOLLOW_89 = new BitSet(new long[]{0x0000000010000000L,0x000000000C000000L});
    public static final BitSet FOLLOW_90 = new BitSet(new long[]{0x0000000010000000L,0x0000000008000000L});
    public static final BitSet FOLLOW_91 = new BitSet(new long[]{0x0000000000000010L,0x000F000000000000L});
    public static final BitSet FOLLOW_92 = new BitSet(new long[]{0x0000000010000000L,0x0000000010000000L});
    public static final BitSet FOLLOW_93 = new BitSet(new long[]{0x0000000010000020L,0x0000000040000000L});
    public static final BitSet FOLLOW_94 = new BitSet(new long[]{0x0000000010000020L});
    public static final BitSet FOLLOW_95 = new BitSet(new long[]{0x0000000000000010L,0x0000000080000000L});
    public static final BitSet FOLLOW_96 = new BitSet(new long[]{0x0000000000000002L,0x0000000300000000L});
    public static final BitSet FOLLOW_97 = new BitSet(new long[]{0x0000000000000002L,0x0000000200000000L});
    public static final BitSet FOLLOW_98 = new BitSet(new long[]{0x0000000000000002L,0x0000000100000000L});

}
