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
        "<invalid>", "<EOR>", "<DOWN>", "<UP>", "RULE_STRING", "RULE_ID", "RULE_INT", "RULE_ML_COMMENT", "RULE_SL_COMMENT", "RULE_WS", "RULE_ANY_OTHER", "'plan'", "'period'", "'to'", "'adopted'", "'by'", "'currency'", "'vision'", "'mission'", "'sectors'", "','", "'swot'", "'{'", "'}'", "'wsis'", "'facilitator'", "'sdg'", "'custodian'", "'operational'", "'for'", "'year'", "'implements'", "'responsible'", "'objective'", "'output'", "'retired'", "'activity'", "'forecast'", "'resources'", "'monitoring'", "'of'", "'data'", "'measured'", "'in'", "'value'", "'source'", "'date'", "'note'", "'spent'", "'on'", "'assessment'", "'rate'", "'budget'", "'replaces'", "'import'", "'goal'", "'statement'", "'description'", "'target'", "'horizon'", "'population'", "'baseline'", "'('", "')'", "'bureau'", "'primary'", "'goals'", "'secondary'", "'outcome'", "'indicator'", "'unit'", "'direction'", "'frequency'", "'milestone'", "'at'", "'and'", "'enabler'", "'supports'", "'all'", "'contribution'", "'result'", "'risk'", "'aspect'", "'mitigation'", "'criterion'", "'term'", "'definition'", "'unavailable'", "'.'", "'-'", "'level'", "'increase'", "'decrease'", "'qualitative'", "'sector'", "'inter-sectoral'", "'secretariat'", "'least'", "'most'", "'between'", "'maintain'", "'annual'", "'quarterly'", "'monthly'", "'avoidance'", "'limitation'", "'transfer'", "'acceptance'", "'strength'", "'weakness'", "'opportunity'", "'threat'"
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
    public static final int T__78=78;
    public static final int T__79=79;
    public static final int T__73=73;
    public static final int EOF=-1;
    public static final int T__74=74;
    public static final int T__75=75;
    public static final int T__76=76;
    public static final int T__80=80;
    public static final int T__111=111;
    public static final int T__81=81;
    public static final int T__110=110;
    public static final int T__82=82;
    public static final int T__83=83;
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
            case 28:
                {
                alt1=2;
                }
                break;
            case 39:
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
    // InternalItup.g:117:1: rulePlan returns [EObject current=null] : (otherlv_0= 'plan' ( (lv_name_1_0= rulePlanName ) ) ( (lv_title_2_0= RULE_STRING ) )? (otherlv_3= 'period' ( (lv_startYear_4_0= ruleYear ) ) otherlv_5= 'to' ( (lv_endYear_6_0= ruleYear ) ) )? (otherlv_7= 'adopted' otherlv_8= 'by' ( (lv_adoptedBy_9_0= RULE_STRING ) ) )? (otherlv_10= 'currency' ( (lv_currency_11_0= RULE_STRING ) ) )? ( (lv_rates_12_0= ruleExchangeRate ) )* ( (lv_imports_13_0= ruleImport ) )* (otherlv_14= 'vision' ( (lv_vision_15_0= RULE_STRING ) ) )? (otherlv_16= 'mission' ( (lv_mission_17_0= RULE_STRING ) ) )? (otherlv_18= 'sectors' ( ( ruleCode ) ) (otherlv_20= ',' ( ( ruleCode ) ) )* )? ( ( (lv_values_22_0= ruleCoreValue ) ) | ( (lv_goals_23_0= ruleGoal ) ) | ( (lv_sectors_24_0= ruleSector ) ) | ( (lv_risks_25_0= ruleStrategicRisk ) ) | (otherlv_26= 'swot' otherlv_27= '{' ( (lv_swot_28_0= ruleSwotItem ) )* otherlv_29= '}' ) | (otherlv_30= 'wsis' otherlv_31= 'facilitator' ( (lv_wsisActionLines_32_0= ruleCode ) ) (otherlv_33= ',' ( (lv_wsisActionLines_34_0= ruleCode ) ) )* ) | (otherlv_35= 'sdg' otherlv_36= 'custodian' ( (lv_sdgCustodianIndicators_37_0= ruleCode ) ) (otherlv_38= ',' ( (lv_sdgCustodianIndicators_39_0= ruleCode ) ) )* ) | ( (lv_criteria_40_0= ruleImplementationCriterion ) ) | ( (lv_glossary_41_0= ruleGlossaryTerm ) ) )* ) ;
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
        Token otherlv_14=null;
        Token lv_vision_15_0=null;
        Token otherlv_16=null;
        Token lv_mission_17_0=null;
        Token otherlv_18=null;
        Token otherlv_20=null;
        Token otherlv_26=null;
        Token otherlv_27=null;
        Token otherlv_29=null;
        Token otherlv_30=null;
        Token otherlv_31=null;
        Token otherlv_33=null;
        Token otherlv_35=null;
        Token otherlv_36=null;
        Token otherlv_38=null;
        AntlrDatatypeRuleToken lv_name_1_0 = null;

        AntlrDatatypeRuleToken lv_startYear_4_0 = null;

        AntlrDatatypeRuleToken lv_endYear_6_0 = null;

        EObject lv_rates_12_0 = null;

        EObject lv_imports_13_0 = null;

        EObject lv_values_22_0 = null;

        EObject lv_goals_23_0 = null;

        EObject lv_sectors_24_0 = null;

        EObject lv_risks_25_0 = null;

        EObject lv_swot_28_0 = null;

        AntlrDatatypeRuleToken lv_wsisActionLines_32_0 = null;

        AntlrDatatypeRuleToken lv_wsisActionLines_34_0 = null;

        AntlrDatatypeRuleToken lv_sdgCustodianIndicators_37_0 = null;

        AntlrDatatypeRuleToken lv_sdgCustodianIndicators_39_0 = null;

        EObject lv_criteria_40_0 = null;

        EObject lv_glossary_41_0 = null;



        	enterRule();

        try {
            // InternalItup.g:123:2: ( (otherlv_0= 'plan' ( (lv_name_1_0= rulePlanName ) ) ( (lv_title_2_0= RULE_STRING ) )? (otherlv_3= 'period' ( (lv_startYear_4_0= ruleYear ) ) otherlv_5= 'to' ( (lv_endYear_6_0= ruleYear ) ) )? (otherlv_7= 'adopted' otherlv_8= 'by' ( (lv_adoptedBy_9_0= RULE_STRING ) ) )? (otherlv_10= 'currency' ( (lv_currency_11_0= RULE_STRING ) ) )? ( (lv_rates_12_0= ruleExchangeRate ) )* ( (lv_imports_13_0= ruleImport ) )* (otherlv_14= 'vision' ( (lv_vision_15_0= RULE_STRING ) ) )? (otherlv_16= 'mission' ( (lv_mission_17_0= RULE_STRING ) ) )? (otherlv_18= 'sectors' ( ( ruleCode ) ) (otherlv_20= ',' ( ( ruleCode ) ) )* )? ( ( (lv_values_22_0= ruleCoreValue ) ) | ( (lv_goals_23_0= ruleGoal ) ) | ( (lv_sectors_24_0= ruleSector ) ) | ( (lv_risks_25_0= ruleStrategicRisk ) ) | (otherlv_26= 'swot' otherlv_27= '{' ( (lv_swot_28_0= ruleSwotItem ) )* otherlv_29= '}' ) | (otherlv_30= 'wsis' otherlv_31= 'facilitator' ( (lv_wsisActionLines_32_0= ruleCode ) ) (otherlv_33= ',' ( (lv_wsisActionLines_34_0= ruleCode ) ) )* ) | (otherlv_35= 'sdg' otherlv_36= 'custodian' ( (lv_sdgCustodianIndicators_37_0= ruleCode ) ) (otherlv_38= ',' ( (lv_sdgCustodianIndicators_39_0= ruleCode ) ) )* ) | ( (lv_criteria_40_0= ruleImplementationCriterion ) ) | ( (lv_glossary_41_0= ruleGlossaryTerm ) ) )* ) )
            // InternalItup.g:124:2: (otherlv_0= 'plan' ( (lv_name_1_0= rulePlanName ) ) ( (lv_title_2_0= RULE_STRING ) )? (otherlv_3= 'period' ( (lv_startYear_4_0= ruleYear ) ) otherlv_5= 'to' ( (lv_endYear_6_0= ruleYear ) ) )? (otherlv_7= 'adopted' otherlv_8= 'by' ( (lv_adoptedBy_9_0= RULE_STRING ) ) )? (otherlv_10= 'currency' ( (lv_currency_11_0= RULE_STRING ) ) )? ( (lv_rates_12_0= ruleExchangeRate ) )* ( (lv_imports_13_0= ruleImport ) )* (otherlv_14= 'vision' ( (lv_vision_15_0= RULE_STRING ) ) )? (otherlv_16= 'mission' ( (lv_mission_17_0= RULE_STRING ) ) )? (otherlv_18= 'sectors' ( ( ruleCode ) ) (otherlv_20= ',' ( ( ruleCode ) ) )* )? ( ( (lv_values_22_0= ruleCoreValue ) ) | ( (lv_goals_23_0= ruleGoal ) ) | ( (lv_sectors_24_0= ruleSector ) ) | ( (lv_risks_25_0= ruleStrategicRisk ) ) | (otherlv_26= 'swot' otherlv_27= '{' ( (lv_swot_28_0= ruleSwotItem ) )* otherlv_29= '}' ) | (otherlv_30= 'wsis' otherlv_31= 'facilitator' ( (lv_wsisActionLines_32_0= ruleCode ) ) (otherlv_33= ',' ( (lv_wsisActionLines_34_0= ruleCode ) ) )* ) | (otherlv_35= 'sdg' otherlv_36= 'custodian' ( (lv_sdgCustodianIndicators_37_0= ruleCode ) ) (otherlv_38= ',' ( (lv_sdgCustodianIndicators_39_0= ruleCode ) ) )* ) | ( (lv_criteria_40_0= ruleImplementationCriterion ) ) | ( (lv_glossary_41_0= ruleGlossaryTerm ) ) )* )
            {
            // InternalItup.g:124:2: (otherlv_0= 'plan' ( (lv_name_1_0= rulePlanName ) ) ( (lv_title_2_0= RULE_STRING ) )? (otherlv_3= 'period' ( (lv_startYear_4_0= ruleYear ) ) otherlv_5= 'to' ( (lv_endYear_6_0= ruleYear ) ) )? (otherlv_7= 'adopted' otherlv_8= 'by' ( (lv_adoptedBy_9_0= RULE_STRING ) ) )? (otherlv_10= 'currency' ( (lv_currency_11_0= RULE_STRING ) ) )? ( (lv_rates_12_0= ruleExchangeRate ) )* ( (lv_imports_13_0= ruleImport ) )* (otherlv_14= 'vision' ( (lv_vision_15_0= RULE_STRING ) ) )? (otherlv_16= 'mission' ( (lv_mission_17_0= RULE_STRING ) ) )? (otherlv_18= 'sectors' ( ( ruleCode ) ) (otherlv_20= ',' ( ( ruleCode ) ) )* )? ( ( (lv_values_22_0= ruleCoreValue ) ) | ( (lv_goals_23_0= ruleGoal ) ) | ( (lv_sectors_24_0= ruleSector ) ) | ( (lv_risks_25_0= ruleStrategicRisk ) ) | (otherlv_26= 'swot' otherlv_27= '{' ( (lv_swot_28_0= ruleSwotItem ) )* otherlv_29= '}' ) | (otherlv_30= 'wsis' otherlv_31= 'facilitator' ( (lv_wsisActionLines_32_0= ruleCode ) ) (otherlv_33= ',' ( (lv_wsisActionLines_34_0= ruleCode ) ) )* ) | (otherlv_35= 'sdg' otherlv_36= 'custodian' ( (lv_sdgCustodianIndicators_37_0= ruleCode ) ) (otherlv_38= ',' ( (lv_sdgCustodianIndicators_39_0= ruleCode ) ) )* ) | ( (lv_criteria_40_0= ruleImplementationCriterion ) ) | ( (lv_glossary_41_0= ruleGlossaryTerm ) ) )* )
            // InternalItup.g:125:3: otherlv_0= 'plan' ( (lv_name_1_0= rulePlanName ) ) ( (lv_title_2_0= RULE_STRING ) )? (otherlv_3= 'period' ( (lv_startYear_4_0= ruleYear ) ) otherlv_5= 'to' ( (lv_endYear_6_0= ruleYear ) ) )? (otherlv_7= 'adopted' otherlv_8= 'by' ( (lv_adoptedBy_9_0= RULE_STRING ) ) )? (otherlv_10= 'currency' ( (lv_currency_11_0= RULE_STRING ) ) )? ( (lv_rates_12_0= ruleExchangeRate ) )* ( (lv_imports_13_0= ruleImport ) )* (otherlv_14= 'vision' ( (lv_vision_15_0= RULE_STRING ) ) )? (otherlv_16= 'mission' ( (lv_mission_17_0= RULE_STRING ) ) )? (otherlv_18= 'sectors' ( ( ruleCode ) ) (otherlv_20= ',' ( ( ruleCode ) ) )* )? ( ( (lv_values_22_0= ruleCoreValue ) ) | ( (lv_goals_23_0= ruleGoal ) ) | ( (lv_sectors_24_0= ruleSector ) ) | ( (lv_risks_25_0= ruleStrategicRisk ) ) | (otherlv_26= 'swot' otherlv_27= '{' ( (lv_swot_28_0= ruleSwotItem ) )* otherlv_29= '}' ) | (otherlv_30= 'wsis' otherlv_31= 'facilitator' ( (lv_wsisActionLines_32_0= ruleCode ) ) (otherlv_33= ',' ( (lv_wsisActionLines_34_0= ruleCode ) ) )* ) | (otherlv_35= 'sdg' otherlv_36= 'custodian' ( (lv_sdgCustodianIndicators_37_0= ruleCode ) ) (otherlv_38= ',' ( (lv_sdgCustodianIndicators_39_0= ruleCode ) ) )* ) | ( (lv_criteria_40_0= ruleImplementationCriterion ) ) | ( (lv_glossary_41_0= ruleGlossaryTerm ) ) )*
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

                if ( (LA6_0==51) ) {
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

            // InternalItup.g:285:3: ( (lv_imports_13_0= ruleImport ) )*
            loop7:
            do {
                int alt7=2;
                int LA7_0 = input.LA(1);

                if ( (LA7_0==54) ) {
                    alt7=1;
                }


                switch (alt7) {
            	case 1 :
            	    // InternalItup.g:286:4: (lv_imports_13_0= ruleImport )
            	    {
            	    // InternalItup.g:286:4: (lv_imports_13_0= ruleImport )
            	    // InternalItup.g:287:5: lv_imports_13_0= ruleImport
            	    {

            	    					newCompositeNode(grammarAccess.getPlanAccess().getImportsImportParserRuleCall_7_0());
            	    				
            	    pushFollow(FOLLOW_13);
            	    lv_imports_13_0=ruleImport();

            	    state._fsp--;


            	    					if (current==null) {
            	    						current = createModelElementForParent(grammarAccess.getPlanRule());
            	    					}
            	    					add(
            	    						current,
            	    						"imports",
            	    						lv_imports_13_0,
            	    						"org.itup.dsl.Itup.Import");
            	    					afterParserOrEnumRuleCall();
            	    				

            	    }


            	    }
            	    break;

            	default :
            	    break loop7;
                }
            } while (true);

            // InternalItup.g:304:3: (otherlv_14= 'vision' ( (lv_vision_15_0= RULE_STRING ) ) )?
            int alt8=2;
            int LA8_0 = input.LA(1);

            if ( (LA8_0==17) ) {
                alt8=1;
            }
            switch (alt8) {
                case 1 :
                    // InternalItup.g:305:4: otherlv_14= 'vision' ( (lv_vision_15_0= RULE_STRING ) )
                    {
                    otherlv_14=(Token)match(input,17,FOLLOW_10); 

                    				newLeafNode(otherlv_14, grammarAccess.getPlanAccess().getVisionKeyword_8_0());
                    			
                    // InternalItup.g:309:4: ( (lv_vision_15_0= RULE_STRING ) )
                    // InternalItup.g:310:5: (lv_vision_15_0= RULE_STRING )
                    {
                    // InternalItup.g:310:5: (lv_vision_15_0= RULE_STRING )
                    // InternalItup.g:311:6: lv_vision_15_0= RULE_STRING
                    {
                    lv_vision_15_0=(Token)match(input,RULE_STRING,FOLLOW_14); 

                    						newLeafNode(lv_vision_15_0, grammarAccess.getPlanAccess().getVisionSTRINGTerminalRuleCall_8_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getPlanRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"vision",
                    							lv_vision_15_0,
                    							"org.eclipse.xtext.common.Terminals.STRING");
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalItup.g:328:3: (otherlv_16= 'mission' ( (lv_mission_17_0= RULE_STRING ) ) )?
            int alt9=2;
            int LA9_0 = input.LA(1);

            if ( (LA9_0==18) ) {
                alt9=1;
            }
            switch (alt9) {
                case 1 :
                    // InternalItup.g:329:4: otherlv_16= 'mission' ( (lv_mission_17_0= RULE_STRING ) )
                    {
                    otherlv_16=(Token)match(input,18,FOLLOW_10); 

                    				newLeafNode(otherlv_16, grammarAccess.getPlanAccess().getMissionKeyword_9_0());
                    			
                    // InternalItup.g:333:4: ( (lv_mission_17_0= RULE_STRING ) )
                    // InternalItup.g:334:5: (lv_mission_17_0= RULE_STRING )
                    {
                    // InternalItup.g:334:5: (lv_mission_17_0= RULE_STRING )
                    // InternalItup.g:335:6: lv_mission_17_0= RULE_STRING
                    {
                    lv_mission_17_0=(Token)match(input,RULE_STRING,FOLLOW_15); 

                    						newLeafNode(lv_mission_17_0, grammarAccess.getPlanAccess().getMissionSTRINGTerminalRuleCall_9_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getPlanRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"mission",
                    							lv_mission_17_0,
                    							"org.eclipse.xtext.common.Terminals.STRING");
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalItup.g:352:3: (otherlv_18= 'sectors' ( ( ruleCode ) ) (otherlv_20= ',' ( ( ruleCode ) ) )* )?
            int alt11=2;
            int LA11_0 = input.LA(1);

            if ( (LA11_0==19) ) {
                alt11=1;
            }
            switch (alt11) {
                case 1 :
                    // InternalItup.g:353:4: otherlv_18= 'sectors' ( ( ruleCode ) ) (otherlv_20= ',' ( ( ruleCode ) ) )*
                    {
                    otherlv_18=(Token)match(input,19,FOLLOW_16); 

                    				newLeafNode(otherlv_18, grammarAccess.getPlanAccess().getSectorsKeyword_10_0());
                    			
                    // InternalItup.g:357:4: ( ( ruleCode ) )
                    // InternalItup.g:358:5: ( ruleCode )
                    {
                    // InternalItup.g:358:5: ( ruleCode )
                    // InternalItup.g:359:6: ruleCode
                    {

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getPlanRule());
                    						}
                    					

                    						newCompositeNode(grammarAccess.getPlanAccess().getSectorOrderSectorCrossReference_10_1_0());
                    					
                    pushFollow(FOLLOW_17);
                    ruleCode();

                    state._fsp--;


                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }

                    // InternalItup.g:373:4: (otherlv_20= ',' ( ( ruleCode ) ) )*
                    loop10:
                    do {
                        int alt10=2;
                        int LA10_0 = input.LA(1);

                        if ( (LA10_0==20) ) {
                            alt10=1;
                        }


                        switch (alt10) {
                    	case 1 :
                    	    // InternalItup.g:374:5: otherlv_20= ',' ( ( ruleCode ) )
                    	    {
                    	    otherlv_20=(Token)match(input,20,FOLLOW_16); 

                    	    					newLeafNode(otherlv_20, grammarAccess.getPlanAccess().getCommaKeyword_10_2_0());
                    	    				
                    	    // InternalItup.g:378:5: ( ( ruleCode ) )
                    	    // InternalItup.g:379:6: ( ruleCode )
                    	    {
                    	    // InternalItup.g:379:6: ( ruleCode )
                    	    // InternalItup.g:380:7: ruleCode
                    	    {

                    	    							if (current==null) {
                    	    								current = createModelElement(grammarAccess.getPlanRule());
                    	    							}
                    	    						

                    	    							newCompositeNode(grammarAccess.getPlanAccess().getSectorOrderSectorCrossReference_10_2_1_0());
                    	    						
                    	    pushFollow(FOLLOW_17);
                    	    ruleCode();

                    	    state._fsp--;


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

            // InternalItup.g:396:3: ( ( (lv_values_22_0= ruleCoreValue ) ) | ( (lv_goals_23_0= ruleGoal ) ) | ( (lv_sectors_24_0= ruleSector ) ) | ( (lv_risks_25_0= ruleStrategicRisk ) ) | (otherlv_26= 'swot' otherlv_27= '{' ( (lv_swot_28_0= ruleSwotItem ) )* otherlv_29= '}' ) | (otherlv_30= 'wsis' otherlv_31= 'facilitator' ( (lv_wsisActionLines_32_0= ruleCode ) ) (otherlv_33= ',' ( (lv_wsisActionLines_34_0= ruleCode ) ) )* ) | (otherlv_35= 'sdg' otherlv_36= 'custodian' ( (lv_sdgCustodianIndicators_37_0= ruleCode ) ) (otherlv_38= ',' ( (lv_sdgCustodianIndicators_39_0= ruleCode ) ) )* ) | ( (lv_criteria_40_0= ruleImplementationCriterion ) ) | ( (lv_glossary_41_0= ruleGlossaryTerm ) ) )*
            loop15:
            do {
                int alt15=10;
                switch ( input.LA(1) ) {
                case 44:
                    {
                    alt15=1;
                    }
                    break;
                case 55:
                    {
                    alt15=2;
                    }
                    break;
                case 94:
                case 95:
                case 96:
                    {
                    alt15=3;
                    }
                    break;
                case 81:
                    {
                    alt15=4;
                    }
                    break;
                case 21:
                    {
                    alt15=5;
                    }
                    break;
                case 24:
                    {
                    alt15=6;
                    }
                    break;
                case 26:
                    {
                    alt15=7;
                    }
                    break;
                case 84:
                    {
                    alt15=8;
                    }
                    break;
                case 85:
                    {
                    alt15=9;
                    }
                    break;

                }

                switch (alt15) {
            	case 1 :
            	    // InternalItup.g:397:4: ( (lv_values_22_0= ruleCoreValue ) )
            	    {
            	    // InternalItup.g:397:4: ( (lv_values_22_0= ruleCoreValue ) )
            	    // InternalItup.g:398:5: (lv_values_22_0= ruleCoreValue )
            	    {
            	    // InternalItup.g:398:5: (lv_values_22_0= ruleCoreValue )
            	    // InternalItup.g:399:6: lv_values_22_0= ruleCoreValue
            	    {

            	    						newCompositeNode(grammarAccess.getPlanAccess().getValuesCoreValueParserRuleCall_11_0_0());
            	    					
            	    pushFollow(FOLLOW_18);
            	    lv_values_22_0=ruleCoreValue();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getPlanRule());
            	    						}
            	    						add(
            	    							current,
            	    							"values",
            	    							lv_values_22_0,
            	    							"org.itup.dsl.Itup.CoreValue");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 2 :
            	    // InternalItup.g:417:4: ( (lv_goals_23_0= ruleGoal ) )
            	    {
            	    // InternalItup.g:417:4: ( (lv_goals_23_0= ruleGoal ) )
            	    // InternalItup.g:418:5: (lv_goals_23_0= ruleGoal )
            	    {
            	    // InternalItup.g:418:5: (lv_goals_23_0= ruleGoal )
            	    // InternalItup.g:419:6: lv_goals_23_0= ruleGoal
            	    {

            	    						newCompositeNode(grammarAccess.getPlanAccess().getGoalsGoalParserRuleCall_11_1_0());
            	    					
            	    pushFollow(FOLLOW_18);
            	    lv_goals_23_0=ruleGoal();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getPlanRule());
            	    						}
            	    						add(
            	    							current,
            	    							"goals",
            	    							lv_goals_23_0,
            	    							"org.itup.dsl.Itup.Goal");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 3 :
            	    // InternalItup.g:437:4: ( (lv_sectors_24_0= ruleSector ) )
            	    {
            	    // InternalItup.g:437:4: ( (lv_sectors_24_0= ruleSector ) )
            	    // InternalItup.g:438:5: (lv_sectors_24_0= ruleSector )
            	    {
            	    // InternalItup.g:438:5: (lv_sectors_24_0= ruleSector )
            	    // InternalItup.g:439:6: lv_sectors_24_0= ruleSector
            	    {

            	    						newCompositeNode(grammarAccess.getPlanAccess().getSectorsSectorParserRuleCall_11_2_0());
            	    					
            	    pushFollow(FOLLOW_18);
            	    lv_sectors_24_0=ruleSector();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getPlanRule());
            	    						}
            	    						add(
            	    							current,
            	    							"sectors",
            	    							lv_sectors_24_0,
            	    							"org.itup.dsl.Itup.Sector");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 4 :
            	    // InternalItup.g:457:4: ( (lv_risks_25_0= ruleStrategicRisk ) )
            	    {
            	    // InternalItup.g:457:4: ( (lv_risks_25_0= ruleStrategicRisk ) )
            	    // InternalItup.g:458:5: (lv_risks_25_0= ruleStrategicRisk )
            	    {
            	    // InternalItup.g:458:5: (lv_risks_25_0= ruleStrategicRisk )
            	    // InternalItup.g:459:6: lv_risks_25_0= ruleStrategicRisk
            	    {

            	    						newCompositeNode(grammarAccess.getPlanAccess().getRisksStrategicRiskParserRuleCall_11_3_0());
            	    					
            	    pushFollow(FOLLOW_18);
            	    lv_risks_25_0=ruleStrategicRisk();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getPlanRule());
            	    						}
            	    						add(
            	    							current,
            	    							"risks",
            	    							lv_risks_25_0,
            	    							"org.itup.dsl.Itup.StrategicRisk");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 5 :
            	    // InternalItup.g:477:4: (otherlv_26= 'swot' otherlv_27= '{' ( (lv_swot_28_0= ruleSwotItem ) )* otherlv_29= '}' )
            	    {
            	    // InternalItup.g:477:4: (otherlv_26= 'swot' otherlv_27= '{' ( (lv_swot_28_0= ruleSwotItem ) )* otherlv_29= '}' )
            	    // InternalItup.g:478:5: otherlv_26= 'swot' otherlv_27= '{' ( (lv_swot_28_0= ruleSwotItem ) )* otherlv_29= '}'
            	    {
            	    otherlv_26=(Token)match(input,21,FOLLOW_19); 

            	    					newLeafNode(otherlv_26, grammarAccess.getPlanAccess().getSwotKeyword_11_4_0());
            	    				
            	    otherlv_27=(Token)match(input,22,FOLLOW_20); 

            	    					newLeafNode(otherlv_27, grammarAccess.getPlanAccess().getLeftCurlyBracketKeyword_11_4_1());
            	    				
            	    // InternalItup.g:486:5: ( (lv_swot_28_0= ruleSwotItem ) )*
            	    loop12:
            	    do {
            	        int alt12=2;
            	        int LA12_0 = input.LA(1);

            	        if ( ((LA12_0>=108 && LA12_0<=111)) ) {
            	            alt12=1;
            	        }


            	        switch (alt12) {
            	    	case 1 :
            	    	    // InternalItup.g:487:6: (lv_swot_28_0= ruleSwotItem )
            	    	    {
            	    	    // InternalItup.g:487:6: (lv_swot_28_0= ruleSwotItem )
            	    	    // InternalItup.g:488:7: lv_swot_28_0= ruleSwotItem
            	    	    {

            	    	    							newCompositeNode(grammarAccess.getPlanAccess().getSwotSwotItemParserRuleCall_11_4_2_0());
            	    	    						
            	    	    pushFollow(FOLLOW_20);
            	    	    lv_swot_28_0=ruleSwotItem();

            	    	    state._fsp--;


            	    	    							if (current==null) {
            	    	    								current = createModelElementForParent(grammarAccess.getPlanRule());
            	    	    							}
            	    	    							add(
            	    	    								current,
            	    	    								"swot",
            	    	    								lv_swot_28_0,
            	    	    								"org.itup.dsl.Itup.SwotItem");
            	    	    							afterParserOrEnumRuleCall();
            	    	    						

            	    	    }


            	    	    }
            	    	    break;

            	    	default :
            	    	    break loop12;
            	        }
            	    } while (true);

            	    otherlv_29=(Token)match(input,23,FOLLOW_18); 

            	    					newLeafNode(otherlv_29, grammarAccess.getPlanAccess().getRightCurlyBracketKeyword_11_4_3());
            	    				

            	    }


            	    }
            	    break;
            	case 6 :
            	    // InternalItup.g:511:4: (otherlv_30= 'wsis' otherlv_31= 'facilitator' ( (lv_wsisActionLines_32_0= ruleCode ) ) (otherlv_33= ',' ( (lv_wsisActionLines_34_0= ruleCode ) ) )* )
            	    {
            	    // InternalItup.g:511:4: (otherlv_30= 'wsis' otherlv_31= 'facilitator' ( (lv_wsisActionLines_32_0= ruleCode ) ) (otherlv_33= ',' ( (lv_wsisActionLines_34_0= ruleCode ) ) )* )
            	    // InternalItup.g:512:5: otherlv_30= 'wsis' otherlv_31= 'facilitator' ( (lv_wsisActionLines_32_0= ruleCode ) ) (otherlv_33= ',' ( (lv_wsisActionLines_34_0= ruleCode ) ) )*
            	    {
            	    otherlv_30=(Token)match(input,24,FOLLOW_21); 

            	    					newLeafNode(otherlv_30, grammarAccess.getPlanAccess().getWsisKeyword_11_5_0());
            	    				
            	    otherlv_31=(Token)match(input,25,FOLLOW_16); 

            	    					newLeafNode(otherlv_31, grammarAccess.getPlanAccess().getFacilitatorKeyword_11_5_1());
            	    				
            	    // InternalItup.g:520:5: ( (lv_wsisActionLines_32_0= ruleCode ) )
            	    // InternalItup.g:521:6: (lv_wsisActionLines_32_0= ruleCode )
            	    {
            	    // InternalItup.g:521:6: (lv_wsisActionLines_32_0= ruleCode )
            	    // InternalItup.g:522:7: lv_wsisActionLines_32_0= ruleCode
            	    {

            	    							newCompositeNode(grammarAccess.getPlanAccess().getWsisActionLinesCodeParserRuleCall_11_5_2_0());
            	    						
            	    pushFollow(FOLLOW_17);
            	    lv_wsisActionLines_32_0=ruleCode();

            	    state._fsp--;


            	    							if (current==null) {
            	    								current = createModelElementForParent(grammarAccess.getPlanRule());
            	    							}
            	    							add(
            	    								current,
            	    								"wsisActionLines",
            	    								lv_wsisActionLines_32_0,
            	    								"org.itup.dsl.Itup.Code");
            	    							afterParserOrEnumRuleCall();
            	    						

            	    }


            	    }

            	    // InternalItup.g:539:5: (otherlv_33= ',' ( (lv_wsisActionLines_34_0= ruleCode ) ) )*
            	    loop13:
            	    do {
            	        int alt13=2;
            	        int LA13_0 = input.LA(1);

            	        if ( (LA13_0==20) ) {
            	            alt13=1;
            	        }


            	        switch (alt13) {
            	    	case 1 :
            	    	    // InternalItup.g:540:6: otherlv_33= ',' ( (lv_wsisActionLines_34_0= ruleCode ) )
            	    	    {
            	    	    otherlv_33=(Token)match(input,20,FOLLOW_16); 

            	    	    						newLeafNode(otherlv_33, grammarAccess.getPlanAccess().getCommaKeyword_11_5_3_0());
            	    	    					
            	    	    // InternalItup.g:544:6: ( (lv_wsisActionLines_34_0= ruleCode ) )
            	    	    // InternalItup.g:545:7: (lv_wsisActionLines_34_0= ruleCode )
            	    	    {
            	    	    // InternalItup.g:545:7: (lv_wsisActionLines_34_0= ruleCode )
            	    	    // InternalItup.g:546:8: lv_wsisActionLines_34_0= ruleCode
            	    	    {

            	    	    								newCompositeNode(grammarAccess.getPlanAccess().getWsisActionLinesCodeParserRuleCall_11_5_3_1_0());
            	    	    							
            	    	    pushFollow(FOLLOW_17);
            	    	    lv_wsisActionLines_34_0=ruleCode();

            	    	    state._fsp--;


            	    	    								if (current==null) {
            	    	    									current = createModelElementForParent(grammarAccess.getPlanRule());
            	    	    								}
            	    	    								add(
            	    	    									current,
            	    	    									"wsisActionLines",
            	    	    									lv_wsisActionLines_34_0,
            	    	    									"org.itup.dsl.Itup.Code");
            	    	    								afterParserOrEnumRuleCall();
            	    	    							

            	    	    }


            	    	    }


            	    	    }
            	    	    break;

            	    	default :
            	    	    break loop13;
            	        }
            	    } while (true);


            	    }


            	    }
            	    break;
            	case 7 :
            	    // InternalItup.g:566:4: (otherlv_35= 'sdg' otherlv_36= 'custodian' ( (lv_sdgCustodianIndicators_37_0= ruleCode ) ) (otherlv_38= ',' ( (lv_sdgCustodianIndicators_39_0= ruleCode ) ) )* )
            	    {
            	    // InternalItup.g:566:4: (otherlv_35= 'sdg' otherlv_36= 'custodian' ( (lv_sdgCustodianIndicators_37_0= ruleCode ) ) (otherlv_38= ',' ( (lv_sdgCustodianIndicators_39_0= ruleCode ) ) )* )
            	    // InternalItup.g:567:5: otherlv_35= 'sdg' otherlv_36= 'custodian' ( (lv_sdgCustodianIndicators_37_0= ruleCode ) ) (otherlv_38= ',' ( (lv_sdgCustodianIndicators_39_0= ruleCode ) ) )*
            	    {
            	    otherlv_35=(Token)match(input,26,FOLLOW_22); 

            	    					newLeafNode(otherlv_35, grammarAccess.getPlanAccess().getSdgKeyword_11_6_0());
            	    				
            	    otherlv_36=(Token)match(input,27,FOLLOW_16); 

            	    					newLeafNode(otherlv_36, grammarAccess.getPlanAccess().getCustodianKeyword_11_6_1());
            	    				
            	    // InternalItup.g:575:5: ( (lv_sdgCustodianIndicators_37_0= ruleCode ) )
            	    // InternalItup.g:576:6: (lv_sdgCustodianIndicators_37_0= ruleCode )
            	    {
            	    // InternalItup.g:576:6: (lv_sdgCustodianIndicators_37_0= ruleCode )
            	    // InternalItup.g:577:7: lv_sdgCustodianIndicators_37_0= ruleCode
            	    {

            	    							newCompositeNode(grammarAccess.getPlanAccess().getSdgCustodianIndicatorsCodeParserRuleCall_11_6_2_0());
            	    						
            	    pushFollow(FOLLOW_17);
            	    lv_sdgCustodianIndicators_37_0=ruleCode();

            	    state._fsp--;


            	    							if (current==null) {
            	    								current = createModelElementForParent(grammarAccess.getPlanRule());
            	    							}
            	    							add(
            	    								current,
            	    								"sdgCustodianIndicators",
            	    								lv_sdgCustodianIndicators_37_0,
            	    								"org.itup.dsl.Itup.Code");
            	    							afterParserOrEnumRuleCall();
            	    						

            	    }


            	    }

            	    // InternalItup.g:594:5: (otherlv_38= ',' ( (lv_sdgCustodianIndicators_39_0= ruleCode ) ) )*
            	    loop14:
            	    do {
            	        int alt14=2;
            	        int LA14_0 = input.LA(1);

            	        if ( (LA14_0==20) ) {
            	            alt14=1;
            	        }


            	        switch (alt14) {
            	    	case 1 :
            	    	    // InternalItup.g:595:6: otherlv_38= ',' ( (lv_sdgCustodianIndicators_39_0= ruleCode ) )
            	    	    {
            	    	    otherlv_38=(Token)match(input,20,FOLLOW_16); 

            	    	    						newLeafNode(otherlv_38, grammarAccess.getPlanAccess().getCommaKeyword_11_6_3_0());
            	    	    					
            	    	    // InternalItup.g:599:6: ( (lv_sdgCustodianIndicators_39_0= ruleCode ) )
            	    	    // InternalItup.g:600:7: (lv_sdgCustodianIndicators_39_0= ruleCode )
            	    	    {
            	    	    // InternalItup.g:600:7: (lv_sdgCustodianIndicators_39_0= ruleCode )
            	    	    // InternalItup.g:601:8: lv_sdgCustodianIndicators_39_0= ruleCode
            	    	    {

            	    	    								newCompositeNode(grammarAccess.getPlanAccess().getSdgCustodianIndicatorsCodeParserRuleCall_11_6_3_1_0());
            	    	    							
            	    	    pushFollow(FOLLOW_17);
            	    	    lv_sdgCustodianIndicators_39_0=ruleCode();

            	    	    state._fsp--;


            	    	    								if (current==null) {
            	    	    									current = createModelElementForParent(grammarAccess.getPlanRule());
            	    	    								}
            	    	    								add(
            	    	    									current,
            	    	    									"sdgCustodianIndicators",
            	    	    									lv_sdgCustodianIndicators_39_0,
            	    	    									"org.itup.dsl.Itup.Code");
            	    	    								afterParserOrEnumRuleCall();
            	    	    							

            	    	    }


            	    	    }


            	    	    }
            	    	    break;

            	    	default :
            	    	    break loop14;
            	        }
            	    } while (true);


            	    }


            	    }
            	    break;
            	case 8 :
            	    // InternalItup.g:621:4: ( (lv_criteria_40_0= ruleImplementationCriterion ) )
            	    {
            	    // InternalItup.g:621:4: ( (lv_criteria_40_0= ruleImplementationCriterion ) )
            	    // InternalItup.g:622:5: (lv_criteria_40_0= ruleImplementationCriterion )
            	    {
            	    // InternalItup.g:622:5: (lv_criteria_40_0= ruleImplementationCriterion )
            	    // InternalItup.g:623:6: lv_criteria_40_0= ruleImplementationCriterion
            	    {

            	    						newCompositeNode(grammarAccess.getPlanAccess().getCriteriaImplementationCriterionParserRuleCall_11_7_0());
            	    					
            	    pushFollow(FOLLOW_18);
            	    lv_criteria_40_0=ruleImplementationCriterion();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getPlanRule());
            	    						}
            	    						add(
            	    							current,
            	    							"criteria",
            	    							lv_criteria_40_0,
            	    							"org.itup.dsl.Itup.ImplementationCriterion");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 9 :
            	    // InternalItup.g:641:4: ( (lv_glossary_41_0= ruleGlossaryTerm ) )
            	    {
            	    // InternalItup.g:641:4: ( (lv_glossary_41_0= ruleGlossaryTerm ) )
            	    // InternalItup.g:642:5: (lv_glossary_41_0= ruleGlossaryTerm )
            	    {
            	    // InternalItup.g:642:5: (lv_glossary_41_0= ruleGlossaryTerm )
            	    // InternalItup.g:643:6: lv_glossary_41_0= ruleGlossaryTerm
            	    {

            	    						newCompositeNode(grammarAccess.getPlanAccess().getGlossaryGlossaryTermParserRuleCall_11_8_0());
            	    					
            	    pushFollow(FOLLOW_18);
            	    lv_glossary_41_0=ruleGlossaryTerm();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getPlanRule());
            	    						}
            	    						add(
            	    							current,
            	    							"glossary",
            	    							lv_glossary_41_0,
            	    							"org.itup.dsl.Itup.GlossaryTerm");
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
    // InternalItup.g:665:1: entryRuleOperationalPlan returns [EObject current=null] : iv_ruleOperationalPlan= ruleOperationalPlan EOF ;
    public final EObject entryRuleOperationalPlan() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleOperationalPlan = null;


        try {
            // InternalItup.g:665:56: (iv_ruleOperationalPlan= ruleOperationalPlan EOF )
            // InternalItup.g:666:2: iv_ruleOperationalPlan= ruleOperationalPlan EOF
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
    // InternalItup.g:672:1: ruleOperationalPlan returns [EObject current=null] : (otherlv_0= 'operational' otherlv_1= 'plan' ( (lv_name_2_0= rulePlanName ) ) otherlv_3= 'for' ( ( ruleCode ) ) otherlv_5= 'year' ( (lv_year_6_0= ruleYear ) ) otherlv_7= 'implements' ( ( rulePlanName ) ) (otherlv_9= 'responsible' ( (lv_responsibleUnit_10_0= RULE_STRING ) ) )? ( (lv_objectives_11_0= ruleObjectivePlan ) )* ( (lv_retiredOutputs_12_0= ruleRetiredOutput ) )* ) ;
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
            // InternalItup.g:678:2: ( (otherlv_0= 'operational' otherlv_1= 'plan' ( (lv_name_2_0= rulePlanName ) ) otherlv_3= 'for' ( ( ruleCode ) ) otherlv_5= 'year' ( (lv_year_6_0= ruleYear ) ) otherlv_7= 'implements' ( ( rulePlanName ) ) (otherlv_9= 'responsible' ( (lv_responsibleUnit_10_0= RULE_STRING ) ) )? ( (lv_objectives_11_0= ruleObjectivePlan ) )* ( (lv_retiredOutputs_12_0= ruleRetiredOutput ) )* ) )
            // InternalItup.g:679:2: (otherlv_0= 'operational' otherlv_1= 'plan' ( (lv_name_2_0= rulePlanName ) ) otherlv_3= 'for' ( ( ruleCode ) ) otherlv_5= 'year' ( (lv_year_6_0= ruleYear ) ) otherlv_7= 'implements' ( ( rulePlanName ) ) (otherlv_9= 'responsible' ( (lv_responsibleUnit_10_0= RULE_STRING ) ) )? ( (lv_objectives_11_0= ruleObjectivePlan ) )* ( (lv_retiredOutputs_12_0= ruleRetiredOutput ) )* )
            {
            // InternalItup.g:679:2: (otherlv_0= 'operational' otherlv_1= 'plan' ( (lv_name_2_0= rulePlanName ) ) otherlv_3= 'for' ( ( ruleCode ) ) otherlv_5= 'year' ( (lv_year_6_0= ruleYear ) ) otherlv_7= 'implements' ( ( rulePlanName ) ) (otherlv_9= 'responsible' ( (lv_responsibleUnit_10_0= RULE_STRING ) ) )? ( (lv_objectives_11_0= ruleObjectivePlan ) )* ( (lv_retiredOutputs_12_0= ruleRetiredOutput ) )* )
            // InternalItup.g:680:3: otherlv_0= 'operational' otherlv_1= 'plan' ( (lv_name_2_0= rulePlanName ) ) otherlv_3= 'for' ( ( ruleCode ) ) otherlv_5= 'year' ( (lv_year_6_0= ruleYear ) ) otherlv_7= 'implements' ( ( rulePlanName ) ) (otherlv_9= 'responsible' ( (lv_responsibleUnit_10_0= RULE_STRING ) ) )? ( (lv_objectives_11_0= ruleObjectivePlan ) )* ( (lv_retiredOutputs_12_0= ruleRetiredOutput ) )*
            {
            otherlv_0=(Token)match(input,28,FOLLOW_23); 

            			newLeafNode(otherlv_0, grammarAccess.getOperationalPlanAccess().getOperationalKeyword_0());
            		
            otherlv_1=(Token)match(input,11,FOLLOW_3); 

            			newLeafNode(otherlv_1, grammarAccess.getOperationalPlanAccess().getPlanKeyword_1());
            		
            // InternalItup.g:688:3: ( (lv_name_2_0= rulePlanName ) )
            // InternalItup.g:689:4: (lv_name_2_0= rulePlanName )
            {
            // InternalItup.g:689:4: (lv_name_2_0= rulePlanName )
            // InternalItup.g:690:5: lv_name_2_0= rulePlanName
            {

            					newCompositeNode(grammarAccess.getOperationalPlanAccess().getNamePlanNameParserRuleCall_2_0());
            				
            pushFollow(FOLLOW_24);
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

            otherlv_3=(Token)match(input,29,FOLLOW_16); 

            			newLeafNode(otherlv_3, grammarAccess.getOperationalPlanAccess().getForKeyword_3());
            		
            // InternalItup.g:711:3: ( ( ruleCode ) )
            // InternalItup.g:712:4: ( ruleCode )
            {
            // InternalItup.g:712:4: ( ruleCode )
            // InternalItup.g:713:5: ruleCode
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getOperationalPlanRule());
            					}
            				

            					newCompositeNode(grammarAccess.getOperationalPlanAccess().getSectorSectorCrossReference_4_0());
            				
            pushFollow(FOLLOW_25);
            ruleCode();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_5=(Token)match(input,30,FOLLOW_6); 

            			newLeafNode(otherlv_5, grammarAccess.getOperationalPlanAccess().getYearKeyword_5());
            		
            // InternalItup.g:731:3: ( (lv_year_6_0= ruleYear ) )
            // InternalItup.g:732:4: (lv_year_6_0= ruleYear )
            {
            // InternalItup.g:732:4: (lv_year_6_0= ruleYear )
            // InternalItup.g:733:5: lv_year_6_0= ruleYear
            {

            					newCompositeNode(grammarAccess.getOperationalPlanAccess().getYearYearParserRuleCall_6_0());
            				
            pushFollow(FOLLOW_26);
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

            otherlv_7=(Token)match(input,31,FOLLOW_3); 

            			newLeafNode(otherlv_7, grammarAccess.getOperationalPlanAccess().getImplementsKeyword_7());
            		
            // InternalItup.g:754:3: ( ( rulePlanName ) )
            // InternalItup.g:755:4: ( rulePlanName )
            {
            // InternalItup.g:755:4: ( rulePlanName )
            // InternalItup.g:756:5: rulePlanName
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getOperationalPlanRule());
            					}
            				

            					newCompositeNode(grammarAccess.getOperationalPlanAccess().getStrategicPlanPlanCrossReference_8_0());
            				
            pushFollow(FOLLOW_27);
            rulePlanName();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalItup.g:770:3: (otherlv_9= 'responsible' ( (lv_responsibleUnit_10_0= RULE_STRING ) ) )?
            int alt16=2;
            int LA16_0 = input.LA(1);

            if ( (LA16_0==32) ) {
                alt16=1;
            }
            switch (alt16) {
                case 1 :
                    // InternalItup.g:771:4: otherlv_9= 'responsible' ( (lv_responsibleUnit_10_0= RULE_STRING ) )
                    {
                    otherlv_9=(Token)match(input,32,FOLLOW_10); 

                    				newLeafNode(otherlv_9, grammarAccess.getOperationalPlanAccess().getResponsibleKeyword_9_0());
                    			
                    // InternalItup.g:775:4: ( (lv_responsibleUnit_10_0= RULE_STRING ) )
                    // InternalItup.g:776:5: (lv_responsibleUnit_10_0= RULE_STRING )
                    {
                    // InternalItup.g:776:5: (lv_responsibleUnit_10_0= RULE_STRING )
                    // InternalItup.g:777:6: lv_responsibleUnit_10_0= RULE_STRING
                    {
                    lv_responsibleUnit_10_0=(Token)match(input,RULE_STRING,FOLLOW_28); 

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

            // InternalItup.g:794:3: ( (lv_objectives_11_0= ruleObjectivePlan ) )*
            loop17:
            do {
                int alt17=2;
                int LA17_0 = input.LA(1);

                if ( (LA17_0==33) ) {
                    alt17=1;
                }


                switch (alt17) {
            	case 1 :
            	    // InternalItup.g:795:4: (lv_objectives_11_0= ruleObjectivePlan )
            	    {
            	    // InternalItup.g:795:4: (lv_objectives_11_0= ruleObjectivePlan )
            	    // InternalItup.g:796:5: lv_objectives_11_0= ruleObjectivePlan
            	    {

            	    					newCompositeNode(grammarAccess.getOperationalPlanAccess().getObjectivesObjectivePlanParserRuleCall_10_0());
            	    				
            	    pushFollow(FOLLOW_28);
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
            	    break loop17;
                }
            } while (true);

            // InternalItup.g:813:3: ( (lv_retiredOutputs_12_0= ruleRetiredOutput ) )*
            loop18:
            do {
                int alt18=2;
                int LA18_0 = input.LA(1);

                if ( (LA18_0==35) ) {
                    alt18=1;
                }


                switch (alt18) {
            	case 1 :
            	    // InternalItup.g:814:4: (lv_retiredOutputs_12_0= ruleRetiredOutput )
            	    {
            	    // InternalItup.g:814:4: (lv_retiredOutputs_12_0= ruleRetiredOutput )
            	    // InternalItup.g:815:5: lv_retiredOutputs_12_0= ruleRetiredOutput
            	    {

            	    					newCompositeNode(grammarAccess.getOperationalPlanAccess().getRetiredOutputsRetiredOutputParserRuleCall_11_0());
            	    				
            	    pushFollow(FOLLOW_29);
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
            	    break loop18;
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
    // InternalItup.g:836:1: entryRuleObjectivePlan returns [EObject current=null] : iv_ruleObjectivePlan= ruleObjectivePlan EOF ;
    public final EObject entryRuleObjectivePlan() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleObjectivePlan = null;


        try {
            // InternalItup.g:836:54: (iv_ruleObjectivePlan= ruleObjectivePlan EOF )
            // InternalItup.g:837:2: iv_ruleObjectivePlan= ruleObjectivePlan EOF
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
    // InternalItup.g:843:1: ruleObjectivePlan returns [EObject current=null] : (otherlv_0= 'objective' ( ( ruleCode ) ) otherlv_2= '{' ( (lv_outputs_3_0= ruleOutputPlan ) )* otherlv_4= '}' ) ;
    public final EObject ruleObjectivePlan() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_2=null;
        Token otherlv_4=null;
        EObject lv_outputs_3_0 = null;



        	enterRule();

        try {
            // InternalItup.g:849:2: ( (otherlv_0= 'objective' ( ( ruleCode ) ) otherlv_2= '{' ( (lv_outputs_3_0= ruleOutputPlan ) )* otherlv_4= '}' ) )
            // InternalItup.g:850:2: (otherlv_0= 'objective' ( ( ruleCode ) ) otherlv_2= '{' ( (lv_outputs_3_0= ruleOutputPlan ) )* otherlv_4= '}' )
            {
            // InternalItup.g:850:2: (otherlv_0= 'objective' ( ( ruleCode ) ) otherlv_2= '{' ( (lv_outputs_3_0= ruleOutputPlan ) )* otherlv_4= '}' )
            // InternalItup.g:851:3: otherlv_0= 'objective' ( ( ruleCode ) ) otherlv_2= '{' ( (lv_outputs_3_0= ruleOutputPlan ) )* otherlv_4= '}'
            {
            otherlv_0=(Token)match(input,33,FOLLOW_16); 

            			newLeafNode(otherlv_0, grammarAccess.getObjectivePlanAccess().getObjectiveKeyword_0());
            		
            // InternalItup.g:855:3: ( ( ruleCode ) )
            // InternalItup.g:856:4: ( ruleCode )
            {
            // InternalItup.g:856:4: ( ruleCode )
            // InternalItup.g:857:5: ruleCode
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getObjectivePlanRule());
            					}
            				

            					newCompositeNode(grammarAccess.getObjectivePlanAccess().getObjectiveObjectiveCrossReference_1_0());
            				
            pushFollow(FOLLOW_19);
            ruleCode();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_2=(Token)match(input,22,FOLLOW_30); 

            			newLeafNode(otherlv_2, grammarAccess.getObjectivePlanAccess().getLeftCurlyBracketKeyword_2());
            		
            // InternalItup.g:875:3: ( (lv_outputs_3_0= ruleOutputPlan ) )*
            loop19:
            do {
                int alt19=2;
                int LA19_0 = input.LA(1);

                if ( (LA19_0==34) ) {
                    alt19=1;
                }


                switch (alt19) {
            	case 1 :
            	    // InternalItup.g:876:4: (lv_outputs_3_0= ruleOutputPlan )
            	    {
            	    // InternalItup.g:876:4: (lv_outputs_3_0= ruleOutputPlan )
            	    // InternalItup.g:877:5: lv_outputs_3_0= ruleOutputPlan
            	    {

            	    					newCompositeNode(grammarAccess.getObjectivePlanAccess().getOutputsOutputPlanParserRuleCall_3_0());
            	    				
            	    pushFollow(FOLLOW_30);
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
            	    break loop19;
                }
            } while (true);

            otherlv_4=(Token)match(input,23,FOLLOW_2); 

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
    // InternalItup.g:902:1: entryRuleOutputPlan returns [EObject current=null] : iv_ruleOutputPlan= ruleOutputPlan EOF ;
    public final EObject entryRuleOutputPlan() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleOutputPlan = null;


        try {
            // InternalItup.g:902:51: (iv_ruleOutputPlan= ruleOutputPlan EOF )
            // InternalItup.g:903:2: iv_ruleOutputPlan= ruleOutputPlan EOF
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
    // InternalItup.g:909:1: ruleOutputPlan returns [EObject current=null] : (otherlv_0= 'output' ( ( ruleCode ) ) otherlv_2= '{' this_OutputWork_3= ruleOutputWork[$current] otherlv_4= '}' ) ;
    public final EObject ruleOutputPlan() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_2=null;
        Token otherlv_4=null;
        EObject this_OutputWork_3 = null;



        	enterRule();

        try {
            // InternalItup.g:915:2: ( (otherlv_0= 'output' ( ( ruleCode ) ) otherlv_2= '{' this_OutputWork_3= ruleOutputWork[$current] otherlv_4= '}' ) )
            // InternalItup.g:916:2: (otherlv_0= 'output' ( ( ruleCode ) ) otherlv_2= '{' this_OutputWork_3= ruleOutputWork[$current] otherlv_4= '}' )
            {
            // InternalItup.g:916:2: (otherlv_0= 'output' ( ( ruleCode ) ) otherlv_2= '{' this_OutputWork_3= ruleOutputWork[$current] otherlv_4= '}' )
            // InternalItup.g:917:3: otherlv_0= 'output' ( ( ruleCode ) ) otherlv_2= '{' this_OutputWork_3= ruleOutputWork[$current] otherlv_4= '}'
            {
            otherlv_0=(Token)match(input,34,FOLLOW_16); 

            			newLeafNode(otherlv_0, grammarAccess.getOutputPlanAccess().getOutputKeyword_0());
            		
            // InternalItup.g:921:3: ( ( ruleCode ) )
            // InternalItup.g:922:4: ( ruleCode )
            {
            // InternalItup.g:922:4: ( ruleCode )
            // InternalItup.g:923:5: ruleCode
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getOutputPlanRule());
            					}
            				

            					newCompositeNode(grammarAccess.getOutputPlanAccess().getOutputOutputCrossReference_1_0());
            				
            pushFollow(FOLLOW_19);
            ruleCode();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_2=(Token)match(input,22,FOLLOW_31); 

            			newLeafNode(otherlv_2, grammarAccess.getOutputPlanAccess().getLeftCurlyBracketKeyword_2());
            		

            			if (current==null) {
            				current = createModelElement(grammarAccess.getOutputPlanRule());
            			}
            			newCompositeNode(grammarAccess.getOutputPlanAccess().getOutputWorkParserRuleCall_3());
            		
            pushFollow(FOLLOW_32);
            this_OutputWork_3=ruleOutputWork(current);

            state._fsp--;


            			current = this_OutputWork_3;
            			afterParserOrEnumRuleCall();
            		
            otherlv_4=(Token)match(input,23,FOLLOW_2); 

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
    // InternalItup.g:960:1: entryRuleRetiredOutput returns [EObject current=null] : iv_ruleRetiredOutput= ruleRetiredOutput EOF ;
    public final EObject entryRuleRetiredOutput() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleRetiredOutput = null;


        try {
            // InternalItup.g:960:54: (iv_ruleRetiredOutput= ruleRetiredOutput EOF )
            // InternalItup.g:961:2: iv_ruleRetiredOutput= ruleRetiredOutput EOF
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
    // InternalItup.g:967:1: ruleRetiredOutput returns [EObject current=null] : (otherlv_0= 'retired' otherlv_1= 'output' ( (lv_code_2_0= ruleCode ) ) otherlv_3= '{' this_OutputWork_4= ruleOutputWork[$current] otherlv_5= '}' ) ;
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
            // InternalItup.g:973:2: ( (otherlv_0= 'retired' otherlv_1= 'output' ( (lv_code_2_0= ruleCode ) ) otherlv_3= '{' this_OutputWork_4= ruleOutputWork[$current] otherlv_5= '}' ) )
            // InternalItup.g:974:2: (otherlv_0= 'retired' otherlv_1= 'output' ( (lv_code_2_0= ruleCode ) ) otherlv_3= '{' this_OutputWork_4= ruleOutputWork[$current] otherlv_5= '}' )
            {
            // InternalItup.g:974:2: (otherlv_0= 'retired' otherlv_1= 'output' ( (lv_code_2_0= ruleCode ) ) otherlv_3= '{' this_OutputWork_4= ruleOutputWork[$current] otherlv_5= '}' )
            // InternalItup.g:975:3: otherlv_0= 'retired' otherlv_1= 'output' ( (lv_code_2_0= ruleCode ) ) otherlv_3= '{' this_OutputWork_4= ruleOutputWork[$current] otherlv_5= '}'
            {
            otherlv_0=(Token)match(input,35,FOLLOW_33); 

            			newLeafNode(otherlv_0, grammarAccess.getRetiredOutputAccess().getRetiredKeyword_0());
            		
            otherlv_1=(Token)match(input,34,FOLLOW_16); 

            			newLeafNode(otherlv_1, grammarAccess.getRetiredOutputAccess().getOutputKeyword_1());
            		
            // InternalItup.g:983:3: ( (lv_code_2_0= ruleCode ) )
            // InternalItup.g:984:4: (lv_code_2_0= ruleCode )
            {
            // InternalItup.g:984:4: (lv_code_2_0= ruleCode )
            // InternalItup.g:985:5: lv_code_2_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getRetiredOutputAccess().getCodeCodeParserRuleCall_2_0());
            				
            pushFollow(FOLLOW_19);
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

            otherlv_3=(Token)match(input,22,FOLLOW_31); 

            			newLeafNode(otherlv_3, grammarAccess.getRetiredOutputAccess().getLeftCurlyBracketKeyword_3());
            		

            			if (current==null) {
            				current = createModelElement(grammarAccess.getRetiredOutputRule());
            			}
            			newCompositeNode(grammarAccess.getRetiredOutputAccess().getOutputWorkParserRuleCall_4());
            		
            pushFollow(FOLLOW_32);
            this_OutputWork_4=ruleOutputWork(current);

            state._fsp--;


            			current = this_OutputWork_4;
            			afterParserOrEnumRuleCall();
            		
            otherlv_5=(Token)match(input,23,FOLLOW_2); 

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
    // InternalItup.g:1026:1: ruleOutputWork[EObject in_current] returns [EObject current=in_current] : ( (otherlv_0= 'responsible' ( (lv_responsibleUnit_1_0= RULE_STRING ) ) ) | (otherlv_2= 'activity' ( (lv_activities_3_0= RULE_STRING ) ) ) | ( (lv_indicators_4_0= rulePerformanceIndicator ) ) | ( (lv_resources_5_0= ruleResourceNeed ) ) | ( (lv_timeline_6_0= ruleMilestone ) ) )* ;
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
            // InternalItup.g:1032:2: ( ( (otherlv_0= 'responsible' ( (lv_responsibleUnit_1_0= RULE_STRING ) ) ) | (otherlv_2= 'activity' ( (lv_activities_3_0= RULE_STRING ) ) ) | ( (lv_indicators_4_0= rulePerformanceIndicator ) ) | ( (lv_resources_5_0= ruleResourceNeed ) ) | ( (lv_timeline_6_0= ruleMilestone ) ) )* )
            // InternalItup.g:1033:2: ( (otherlv_0= 'responsible' ( (lv_responsibleUnit_1_0= RULE_STRING ) ) ) | (otherlv_2= 'activity' ( (lv_activities_3_0= RULE_STRING ) ) ) | ( (lv_indicators_4_0= rulePerformanceIndicator ) ) | ( (lv_resources_5_0= ruleResourceNeed ) ) | ( (lv_timeline_6_0= ruleMilestone ) ) )*
            {
            // InternalItup.g:1033:2: ( (otherlv_0= 'responsible' ( (lv_responsibleUnit_1_0= RULE_STRING ) ) ) | (otherlv_2= 'activity' ( (lv_activities_3_0= RULE_STRING ) ) ) | ( (lv_indicators_4_0= rulePerformanceIndicator ) ) | ( (lv_resources_5_0= ruleResourceNeed ) ) | ( (lv_timeline_6_0= ruleMilestone ) ) )*
            loop20:
            do {
                int alt20=6;
                switch ( input.LA(1) ) {
                case 32:
                    {
                    alt20=1;
                    }
                    break;
                case 36:
                    {
                    alt20=2;
                    }
                    break;
                case 69:
                    {
                    alt20=3;
                    }
                    break;
                case 38:
                    {
                    alt20=4;
                    }
                    break;
                case 11:
                case 37:
                    {
                    alt20=5;
                    }
                    break;

                }

                switch (alt20) {
            	case 1 :
            	    // InternalItup.g:1034:3: (otherlv_0= 'responsible' ( (lv_responsibleUnit_1_0= RULE_STRING ) ) )
            	    {
            	    // InternalItup.g:1034:3: (otherlv_0= 'responsible' ( (lv_responsibleUnit_1_0= RULE_STRING ) ) )
            	    // InternalItup.g:1035:4: otherlv_0= 'responsible' ( (lv_responsibleUnit_1_0= RULE_STRING ) )
            	    {
            	    otherlv_0=(Token)match(input,32,FOLLOW_10); 

            	    				newLeafNode(otherlv_0, grammarAccess.getOutputWorkAccess().getResponsibleKeyword_0_0());
            	    			
            	    // InternalItup.g:1039:4: ( (lv_responsibleUnit_1_0= RULE_STRING ) )
            	    // InternalItup.g:1040:5: (lv_responsibleUnit_1_0= RULE_STRING )
            	    {
            	    // InternalItup.g:1040:5: (lv_responsibleUnit_1_0= RULE_STRING )
            	    // InternalItup.g:1041:6: lv_responsibleUnit_1_0= RULE_STRING
            	    {
            	    lv_responsibleUnit_1_0=(Token)match(input,RULE_STRING,FOLLOW_34); 

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
            	    // InternalItup.g:1059:3: (otherlv_2= 'activity' ( (lv_activities_3_0= RULE_STRING ) ) )
            	    {
            	    // InternalItup.g:1059:3: (otherlv_2= 'activity' ( (lv_activities_3_0= RULE_STRING ) ) )
            	    // InternalItup.g:1060:4: otherlv_2= 'activity' ( (lv_activities_3_0= RULE_STRING ) )
            	    {
            	    otherlv_2=(Token)match(input,36,FOLLOW_10); 

            	    				newLeafNode(otherlv_2, grammarAccess.getOutputWorkAccess().getActivityKeyword_1_0());
            	    			
            	    // InternalItup.g:1064:4: ( (lv_activities_3_0= RULE_STRING ) )
            	    // InternalItup.g:1065:5: (lv_activities_3_0= RULE_STRING )
            	    {
            	    // InternalItup.g:1065:5: (lv_activities_3_0= RULE_STRING )
            	    // InternalItup.g:1066:6: lv_activities_3_0= RULE_STRING
            	    {
            	    lv_activities_3_0=(Token)match(input,RULE_STRING,FOLLOW_34); 

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
            	    // InternalItup.g:1084:3: ( (lv_indicators_4_0= rulePerformanceIndicator ) )
            	    {
            	    // InternalItup.g:1084:3: ( (lv_indicators_4_0= rulePerformanceIndicator ) )
            	    // InternalItup.g:1085:4: (lv_indicators_4_0= rulePerformanceIndicator )
            	    {
            	    // InternalItup.g:1085:4: (lv_indicators_4_0= rulePerformanceIndicator )
            	    // InternalItup.g:1086:5: lv_indicators_4_0= rulePerformanceIndicator
            	    {

            	    					newCompositeNode(grammarAccess.getOutputWorkAccess().getIndicatorsPerformanceIndicatorParserRuleCall_2_0());
            	    				
            	    pushFollow(FOLLOW_34);
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
            	    // InternalItup.g:1104:3: ( (lv_resources_5_0= ruleResourceNeed ) )
            	    {
            	    // InternalItup.g:1104:3: ( (lv_resources_5_0= ruleResourceNeed ) )
            	    // InternalItup.g:1105:4: (lv_resources_5_0= ruleResourceNeed )
            	    {
            	    // InternalItup.g:1105:4: (lv_resources_5_0= ruleResourceNeed )
            	    // InternalItup.g:1106:5: lv_resources_5_0= ruleResourceNeed
            	    {

            	    					newCompositeNode(grammarAccess.getOutputWorkAccess().getResourcesResourceNeedParserRuleCall_3_0());
            	    				
            	    pushFollow(FOLLOW_34);
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
            	    // InternalItup.g:1124:3: ( (lv_timeline_6_0= ruleMilestone ) )
            	    {
            	    // InternalItup.g:1124:3: ( (lv_timeline_6_0= ruleMilestone ) )
            	    // InternalItup.g:1125:4: (lv_timeline_6_0= ruleMilestone )
            	    {
            	    // InternalItup.g:1125:4: (lv_timeline_6_0= ruleMilestone )
            	    // InternalItup.g:1126:5: lv_timeline_6_0= ruleMilestone
            	    {

            	    					newCompositeNode(grammarAccess.getOutputWorkAccess().getTimelineMilestoneParserRuleCall_4_0());
            	    				
            	    pushFollow(FOLLOW_34);
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
            	    break loop20;
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
    // InternalItup.g:1147:1: entryRuleMilestone returns [EObject current=null] : iv_ruleMilestone= ruleMilestone EOF ;
    public final EObject entryRuleMilestone() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleMilestone = null;


        try {
            // InternalItup.g:1147:50: (iv_ruleMilestone= ruleMilestone EOF )
            // InternalItup.g:1148:2: iv_ruleMilestone= ruleMilestone EOF
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
    // InternalItup.g:1154:1: ruleMilestone returns [EObject current=null] : ( (otherlv_0= 'plan' | ( (lv_forecast_1_0= 'forecast' ) ) ) ( (lv_year_2_0= ruleYear ) ) ( (lv_statement_3_0= RULE_STRING ) ) ) ;
    public final EObject ruleMilestone() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_forecast_1_0=null;
        Token lv_statement_3_0=null;
        AntlrDatatypeRuleToken lv_year_2_0 = null;



        	enterRule();

        try {
            // InternalItup.g:1160:2: ( ( (otherlv_0= 'plan' | ( (lv_forecast_1_0= 'forecast' ) ) ) ( (lv_year_2_0= ruleYear ) ) ( (lv_statement_3_0= RULE_STRING ) ) ) )
            // InternalItup.g:1161:2: ( (otherlv_0= 'plan' | ( (lv_forecast_1_0= 'forecast' ) ) ) ( (lv_year_2_0= ruleYear ) ) ( (lv_statement_3_0= RULE_STRING ) ) )
            {
            // InternalItup.g:1161:2: ( (otherlv_0= 'plan' | ( (lv_forecast_1_0= 'forecast' ) ) ) ( (lv_year_2_0= ruleYear ) ) ( (lv_statement_3_0= RULE_STRING ) ) )
            // InternalItup.g:1162:3: (otherlv_0= 'plan' | ( (lv_forecast_1_0= 'forecast' ) ) ) ( (lv_year_2_0= ruleYear ) ) ( (lv_statement_3_0= RULE_STRING ) )
            {
            // InternalItup.g:1162:3: (otherlv_0= 'plan' | ( (lv_forecast_1_0= 'forecast' ) ) )
            int alt21=2;
            int LA21_0 = input.LA(1);

            if ( (LA21_0==11) ) {
                alt21=1;
            }
            else if ( (LA21_0==37) ) {
                alt21=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 21, 0, input);

                throw nvae;
            }
            switch (alt21) {
                case 1 :
                    // InternalItup.g:1163:4: otherlv_0= 'plan'
                    {
                    otherlv_0=(Token)match(input,11,FOLLOW_6); 

                    				newLeafNode(otherlv_0, grammarAccess.getMilestoneAccess().getPlanKeyword_0_0());
                    			

                    }
                    break;
                case 2 :
                    // InternalItup.g:1168:4: ( (lv_forecast_1_0= 'forecast' ) )
                    {
                    // InternalItup.g:1168:4: ( (lv_forecast_1_0= 'forecast' ) )
                    // InternalItup.g:1169:5: (lv_forecast_1_0= 'forecast' )
                    {
                    // InternalItup.g:1169:5: (lv_forecast_1_0= 'forecast' )
                    // InternalItup.g:1170:6: lv_forecast_1_0= 'forecast'
                    {
                    lv_forecast_1_0=(Token)match(input,37,FOLLOW_6); 

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

            // InternalItup.g:1183:3: ( (lv_year_2_0= ruleYear ) )
            // InternalItup.g:1184:4: (lv_year_2_0= ruleYear )
            {
            // InternalItup.g:1184:4: (lv_year_2_0= ruleYear )
            // InternalItup.g:1185:5: lv_year_2_0= ruleYear
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

            // InternalItup.g:1202:3: ( (lv_statement_3_0= RULE_STRING ) )
            // InternalItup.g:1203:4: (lv_statement_3_0= RULE_STRING )
            {
            // InternalItup.g:1203:4: (lv_statement_3_0= RULE_STRING )
            // InternalItup.g:1204:5: lv_statement_3_0= RULE_STRING
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
    // InternalItup.g:1224:1: entryRuleResourceNeed returns [EObject current=null] : iv_ruleResourceNeed= ruleResourceNeed EOF ;
    public final EObject entryRuleResourceNeed() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleResourceNeed = null;


        try {
            // InternalItup.g:1224:53: (iv_ruleResourceNeed= ruleResourceNeed EOF )
            // InternalItup.g:1225:2: iv_ruleResourceNeed= ruleResourceNeed EOF
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
    // InternalItup.g:1231:1: ruleResourceNeed returns [EObject current=null] : (otherlv_0= 'resources' ( ( (lv_amount_1_0= ruleDecimal ) ) ( (lv_currency_2_0= RULE_STRING ) ) )? ( (lv_description_3_0= RULE_STRING ) )? ) ;
    public final EObject ruleResourceNeed() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_currency_2_0=null;
        Token lv_description_3_0=null;
        AntlrDatatypeRuleToken lv_amount_1_0 = null;



        	enterRule();

        try {
            // InternalItup.g:1237:2: ( (otherlv_0= 'resources' ( ( (lv_amount_1_0= ruleDecimal ) ) ( (lv_currency_2_0= RULE_STRING ) ) )? ( (lv_description_3_0= RULE_STRING ) )? ) )
            // InternalItup.g:1238:2: (otherlv_0= 'resources' ( ( (lv_amount_1_0= ruleDecimal ) ) ( (lv_currency_2_0= RULE_STRING ) ) )? ( (lv_description_3_0= RULE_STRING ) )? )
            {
            // InternalItup.g:1238:2: (otherlv_0= 'resources' ( ( (lv_amount_1_0= ruleDecimal ) ) ( (lv_currency_2_0= RULE_STRING ) ) )? ( (lv_description_3_0= RULE_STRING ) )? )
            // InternalItup.g:1239:3: otherlv_0= 'resources' ( ( (lv_amount_1_0= ruleDecimal ) ) ( (lv_currency_2_0= RULE_STRING ) ) )? ( (lv_description_3_0= RULE_STRING ) )?
            {
            otherlv_0=(Token)match(input,38,FOLLOW_35); 

            			newLeafNode(otherlv_0, grammarAccess.getResourceNeedAccess().getResourcesKeyword_0());
            		
            // InternalItup.g:1243:3: ( ( (lv_amount_1_0= ruleDecimal ) ) ( (lv_currency_2_0= RULE_STRING ) ) )?
            int alt22=2;
            int LA22_0 = input.LA(1);

            if ( (LA22_0==RULE_INT||LA22_0==89) ) {
                alt22=1;
            }
            switch (alt22) {
                case 1 :
                    // InternalItup.g:1244:4: ( (lv_amount_1_0= ruleDecimal ) ) ( (lv_currency_2_0= RULE_STRING ) )
                    {
                    // InternalItup.g:1244:4: ( (lv_amount_1_0= ruleDecimal ) )
                    // InternalItup.g:1245:5: (lv_amount_1_0= ruleDecimal )
                    {
                    // InternalItup.g:1245:5: (lv_amount_1_0= ruleDecimal )
                    // InternalItup.g:1246:6: lv_amount_1_0= ruleDecimal
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

                    // InternalItup.g:1263:4: ( (lv_currency_2_0= RULE_STRING ) )
                    // InternalItup.g:1264:5: (lv_currency_2_0= RULE_STRING )
                    {
                    // InternalItup.g:1264:5: (lv_currency_2_0= RULE_STRING )
                    // InternalItup.g:1265:6: lv_currency_2_0= RULE_STRING
                    {
                    lv_currency_2_0=(Token)match(input,RULE_STRING,FOLLOW_36); 

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

            // InternalItup.g:1282:3: ( (lv_description_3_0= RULE_STRING ) )?
            int alt23=2;
            int LA23_0 = input.LA(1);

            if ( (LA23_0==RULE_STRING) ) {
                alt23=1;
            }
            switch (alt23) {
                case 1 :
                    // InternalItup.g:1283:4: (lv_description_3_0= RULE_STRING )
                    {
                    // InternalItup.g:1283:4: (lv_description_3_0= RULE_STRING )
                    // InternalItup.g:1284:5: lv_description_3_0= RULE_STRING
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
    // InternalItup.g:1304:1: entryRuleMonitoringFile returns [EObject current=null] : iv_ruleMonitoringFile= ruleMonitoringFile EOF ;
    public final EObject entryRuleMonitoringFile() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleMonitoringFile = null;


        try {
            // InternalItup.g:1304:55: (iv_ruleMonitoringFile= ruleMonitoringFile EOF )
            // InternalItup.g:1305:2: iv_ruleMonitoringFile= ruleMonitoringFile EOF
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
    // InternalItup.g:1311:1: ruleMonitoringFile returns [EObject current=null] : (otherlv_0= 'monitoring' otherlv_1= 'of' ( ( rulePlanName ) ) ( (otherlv_3= 'data' ( (lv_dataFiles_4_0= RULE_STRING ) ) ) | ( (lv_measurements_5_0= ruleMeasurement ) ) | ( (lv_expenditures_6_0= ruleExpenditure ) ) | ( (lv_assessments_7_0= ruleAssessment ) ) )* ) ;
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
            // InternalItup.g:1317:2: ( (otherlv_0= 'monitoring' otherlv_1= 'of' ( ( rulePlanName ) ) ( (otherlv_3= 'data' ( (lv_dataFiles_4_0= RULE_STRING ) ) ) | ( (lv_measurements_5_0= ruleMeasurement ) ) | ( (lv_expenditures_6_0= ruleExpenditure ) ) | ( (lv_assessments_7_0= ruleAssessment ) ) )* ) )
            // InternalItup.g:1318:2: (otherlv_0= 'monitoring' otherlv_1= 'of' ( ( rulePlanName ) ) ( (otherlv_3= 'data' ( (lv_dataFiles_4_0= RULE_STRING ) ) ) | ( (lv_measurements_5_0= ruleMeasurement ) ) | ( (lv_expenditures_6_0= ruleExpenditure ) ) | ( (lv_assessments_7_0= ruleAssessment ) ) )* )
            {
            // InternalItup.g:1318:2: (otherlv_0= 'monitoring' otherlv_1= 'of' ( ( rulePlanName ) ) ( (otherlv_3= 'data' ( (lv_dataFiles_4_0= RULE_STRING ) ) ) | ( (lv_measurements_5_0= ruleMeasurement ) ) | ( (lv_expenditures_6_0= ruleExpenditure ) ) | ( (lv_assessments_7_0= ruleAssessment ) ) )* )
            // InternalItup.g:1319:3: otherlv_0= 'monitoring' otherlv_1= 'of' ( ( rulePlanName ) ) ( (otherlv_3= 'data' ( (lv_dataFiles_4_0= RULE_STRING ) ) ) | ( (lv_measurements_5_0= ruleMeasurement ) ) | ( (lv_expenditures_6_0= ruleExpenditure ) ) | ( (lv_assessments_7_0= ruleAssessment ) ) )*
            {
            otherlv_0=(Token)match(input,39,FOLLOW_37); 

            			newLeafNode(otherlv_0, grammarAccess.getMonitoringFileAccess().getMonitoringKeyword_0());
            		
            otherlv_1=(Token)match(input,40,FOLLOW_3); 

            			newLeafNode(otherlv_1, grammarAccess.getMonitoringFileAccess().getOfKeyword_1());
            		
            // InternalItup.g:1327:3: ( ( rulePlanName ) )
            // InternalItup.g:1328:4: ( rulePlanName )
            {
            // InternalItup.g:1328:4: ( rulePlanName )
            // InternalItup.g:1329:5: rulePlanName
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getMonitoringFileRule());
            					}
            				

            					newCompositeNode(grammarAccess.getMonitoringFileAccess().getPlanPlanCrossReference_2_0());
            				
            pushFollow(FOLLOW_38);
            rulePlanName();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalItup.g:1343:3: ( (otherlv_3= 'data' ( (lv_dataFiles_4_0= RULE_STRING ) ) ) | ( (lv_measurements_5_0= ruleMeasurement ) ) | ( (lv_expenditures_6_0= ruleExpenditure ) ) | ( (lv_assessments_7_0= ruleAssessment ) ) )*
            loop24:
            do {
                int alt24=5;
                switch ( input.LA(1) ) {
                case 41:
                    {
                    alt24=1;
                    }
                    break;
                case 42:
                    {
                    alt24=2;
                    }
                    break;
                case 48:
                    {
                    alt24=3;
                    }
                    break;
                case 50:
                    {
                    alt24=4;
                    }
                    break;

                }

                switch (alt24) {
            	case 1 :
            	    // InternalItup.g:1344:4: (otherlv_3= 'data' ( (lv_dataFiles_4_0= RULE_STRING ) ) )
            	    {
            	    // InternalItup.g:1344:4: (otherlv_3= 'data' ( (lv_dataFiles_4_0= RULE_STRING ) ) )
            	    // InternalItup.g:1345:5: otherlv_3= 'data' ( (lv_dataFiles_4_0= RULE_STRING ) )
            	    {
            	    otherlv_3=(Token)match(input,41,FOLLOW_10); 

            	    					newLeafNode(otherlv_3, grammarAccess.getMonitoringFileAccess().getDataKeyword_3_0_0());
            	    				
            	    // InternalItup.g:1349:5: ( (lv_dataFiles_4_0= RULE_STRING ) )
            	    // InternalItup.g:1350:6: (lv_dataFiles_4_0= RULE_STRING )
            	    {
            	    // InternalItup.g:1350:6: (lv_dataFiles_4_0= RULE_STRING )
            	    // InternalItup.g:1351:7: lv_dataFiles_4_0= RULE_STRING
            	    {
            	    lv_dataFiles_4_0=(Token)match(input,RULE_STRING,FOLLOW_38); 

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
            	    // InternalItup.g:1369:4: ( (lv_measurements_5_0= ruleMeasurement ) )
            	    {
            	    // InternalItup.g:1369:4: ( (lv_measurements_5_0= ruleMeasurement ) )
            	    // InternalItup.g:1370:5: (lv_measurements_5_0= ruleMeasurement )
            	    {
            	    // InternalItup.g:1370:5: (lv_measurements_5_0= ruleMeasurement )
            	    // InternalItup.g:1371:6: lv_measurements_5_0= ruleMeasurement
            	    {

            	    						newCompositeNode(grammarAccess.getMonitoringFileAccess().getMeasurementsMeasurementParserRuleCall_3_1_0());
            	    					
            	    pushFollow(FOLLOW_38);
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
            	    // InternalItup.g:1389:4: ( (lv_expenditures_6_0= ruleExpenditure ) )
            	    {
            	    // InternalItup.g:1389:4: ( (lv_expenditures_6_0= ruleExpenditure ) )
            	    // InternalItup.g:1390:5: (lv_expenditures_6_0= ruleExpenditure )
            	    {
            	    // InternalItup.g:1390:5: (lv_expenditures_6_0= ruleExpenditure )
            	    // InternalItup.g:1391:6: lv_expenditures_6_0= ruleExpenditure
            	    {

            	    						newCompositeNode(grammarAccess.getMonitoringFileAccess().getExpendituresExpenditureParserRuleCall_3_2_0());
            	    					
            	    pushFollow(FOLLOW_38);
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
            	    // InternalItup.g:1409:4: ( (lv_assessments_7_0= ruleAssessment ) )
            	    {
            	    // InternalItup.g:1409:4: ( (lv_assessments_7_0= ruleAssessment ) )
            	    // InternalItup.g:1410:5: (lv_assessments_7_0= ruleAssessment )
            	    {
            	    // InternalItup.g:1410:5: (lv_assessments_7_0= ruleAssessment )
            	    // InternalItup.g:1411:6: lv_assessments_7_0= ruleAssessment
            	    {

            	    						newCompositeNode(grammarAccess.getMonitoringFileAccess().getAssessmentsAssessmentParserRuleCall_3_3_0());
            	    					
            	    pushFollow(FOLLOW_38);
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
    // $ANTLR end "ruleMonitoringFile"


    // $ANTLR start "entryRuleMeasurement"
    // InternalItup.g:1433:1: entryRuleMeasurement returns [EObject current=null] : iv_ruleMeasurement= ruleMeasurement EOF ;
    public final EObject entryRuleMeasurement() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleMeasurement = null;


        try {
            // InternalItup.g:1433:52: (iv_ruleMeasurement= ruleMeasurement EOF )
            // InternalItup.g:1434:2: iv_ruleMeasurement= ruleMeasurement EOF
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
    // InternalItup.g:1440:1: ruleMeasurement returns [EObject current=null] : (otherlv_0= 'measured' ( ( ruleCode ) ) otherlv_2= 'in' ( (lv_period_3_0= rulePeriod ) ) otherlv_4= 'value' ( (lv_value_5_0= ruleDecimal ) ) ( (lv_unit_6_0= RULE_STRING ) )? ( ( ( ( ({...}? => ( ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) ) ;
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
            // InternalItup.g:1446:2: ( (otherlv_0= 'measured' ( ( ruleCode ) ) otherlv_2= 'in' ( (lv_period_3_0= rulePeriod ) ) otherlv_4= 'value' ( (lv_value_5_0= ruleDecimal ) ) ( (lv_unit_6_0= RULE_STRING ) )? ( ( ( ( ({...}? => ( ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) ) )
            // InternalItup.g:1447:2: (otherlv_0= 'measured' ( ( ruleCode ) ) otherlv_2= 'in' ( (lv_period_3_0= rulePeriod ) ) otherlv_4= 'value' ( (lv_value_5_0= ruleDecimal ) ) ( (lv_unit_6_0= RULE_STRING ) )? ( ( ( ( ({...}? => ( ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) )
            {
            // InternalItup.g:1447:2: (otherlv_0= 'measured' ( ( ruleCode ) ) otherlv_2= 'in' ( (lv_period_3_0= rulePeriod ) ) otherlv_4= 'value' ( (lv_value_5_0= ruleDecimal ) ) ( (lv_unit_6_0= RULE_STRING ) )? ( ( ( ( ({...}? => ( ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) )
            // InternalItup.g:1448:3: otherlv_0= 'measured' ( ( ruleCode ) ) otherlv_2= 'in' ( (lv_period_3_0= rulePeriod ) ) otherlv_4= 'value' ( (lv_value_5_0= ruleDecimal ) ) ( (lv_unit_6_0= RULE_STRING ) )? ( ( ( ( ({...}? => ( ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) ) ) ) )* ) ) )
            {
            otherlv_0=(Token)match(input,42,FOLLOW_16); 

            			newLeafNode(otherlv_0, grammarAccess.getMeasurementAccess().getMeasuredKeyword_0());
            		
            // InternalItup.g:1452:3: ( ( ruleCode ) )
            // InternalItup.g:1453:4: ( ruleCode )
            {
            // InternalItup.g:1453:4: ( ruleCode )
            // InternalItup.g:1454:5: ruleCode
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getMeasurementRule());
            					}
            				

            					newCompositeNode(grammarAccess.getMeasurementAccess().getSubjectMeasurableCrossReference_1_0());
            				
            pushFollow(FOLLOW_39);
            ruleCode();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_2=(Token)match(input,43,FOLLOW_6); 

            			newLeafNode(otherlv_2, grammarAccess.getMeasurementAccess().getInKeyword_2());
            		
            // InternalItup.g:1472:3: ( (lv_period_3_0= rulePeriod ) )
            // InternalItup.g:1473:4: (lv_period_3_0= rulePeriod )
            {
            // InternalItup.g:1473:4: (lv_period_3_0= rulePeriod )
            // InternalItup.g:1474:5: lv_period_3_0= rulePeriod
            {

            					newCompositeNode(grammarAccess.getMeasurementAccess().getPeriodPeriodParserRuleCall_3_0());
            				
            pushFollow(FOLLOW_40);
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

            otherlv_4=(Token)match(input,44,FOLLOW_41); 

            			newLeafNode(otherlv_4, grammarAccess.getMeasurementAccess().getValueKeyword_4());
            		
            // InternalItup.g:1495:3: ( (lv_value_5_0= ruleDecimal ) )
            // InternalItup.g:1496:4: (lv_value_5_0= ruleDecimal )
            {
            // InternalItup.g:1496:4: (lv_value_5_0= ruleDecimal )
            // InternalItup.g:1497:5: lv_value_5_0= ruleDecimal
            {

            					newCompositeNode(grammarAccess.getMeasurementAccess().getValueDecimalParserRuleCall_5_0());
            				
            pushFollow(FOLLOW_42);
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

            // InternalItup.g:1514:3: ( (lv_unit_6_0= RULE_STRING ) )?
            int alt25=2;
            int LA25_0 = input.LA(1);

            if ( (LA25_0==RULE_STRING) ) {
                alt25=1;
            }
            switch (alt25) {
                case 1 :
                    // InternalItup.g:1515:4: (lv_unit_6_0= RULE_STRING )
                    {
                    // InternalItup.g:1515:4: (lv_unit_6_0= RULE_STRING )
                    // InternalItup.g:1516:5: lv_unit_6_0= RULE_STRING
                    {
                    lv_unit_6_0=(Token)match(input,RULE_STRING,FOLLOW_43); 

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

            // InternalItup.g:1532:3: ( ( ( ( ({...}? => ( ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) ) ) ) )* ) ) )
            // InternalItup.g:1533:4: ( ( ( ({...}? => ( ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) ) ) ) )* ) )
            {
            // InternalItup.g:1533:4: ( ( ( ({...}? => ( ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) ) ) ) )* ) )
            // InternalItup.g:1534:5: ( ( ({...}? => ( ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) ) ) ) )* )
            {
             
            				  getUnorderedGroupHelper().enter(grammarAccess.getMeasurementAccess().getUnorderedGroup_7());
            				
            // InternalItup.g:1537:5: ( ( ({...}? => ( ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) ) ) ) )* )
            // InternalItup.g:1538:6: ( ({...}? => ( ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) ) ) ) )*
            {
            // InternalItup.g:1538:6: ( ({...}? => ( ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) ) ) ) )*
            loop26:
            do {
                int alt26=4;
                int LA26_0 = input.LA(1);

                if ( LA26_0 == 45 && getUnorderedGroupHelper().canSelect(grammarAccess.getMeasurementAccess().getUnorderedGroup_7(), 0) ) {
                    alt26=1;
                }
                else if ( LA26_0 == 46 && getUnorderedGroupHelper().canSelect(grammarAccess.getMeasurementAccess().getUnorderedGroup_7(), 1) ) {
                    alt26=2;
                }
                else if ( LA26_0 == 47 && getUnorderedGroupHelper().canSelect(grammarAccess.getMeasurementAccess().getUnorderedGroup_7(), 2) ) {
                    alt26=3;
                }


                switch (alt26) {
            	case 1 :
            	    // InternalItup.g:1539:4: ({...}? => ( ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) ) ) )
            	    {
            	    // InternalItup.g:1539:4: ({...}? => ( ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) ) ) )
            	    // InternalItup.g:1540:5: {...}? => ( ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) ) )
            	    {
            	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getMeasurementAccess().getUnorderedGroup_7(), 0) ) {
            	        throw new FailedPredicateException(input, "ruleMeasurement", "getUnorderedGroupHelper().canSelect(grammarAccess.getMeasurementAccess().getUnorderedGroup_7(), 0)");
            	    }
            	    // InternalItup.g:1540:108: ( ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) ) )
            	    // InternalItup.g:1541:6: ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) )
            	    {

            	    						getUnorderedGroupHelper().select(grammarAccess.getMeasurementAccess().getUnorderedGroup_7(), 0);
            	    					
            	    // InternalItup.g:1544:9: ({...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) ) )
            	    // InternalItup.g:1544:10: {...}? => (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) )
            	    {
            	    if ( !((true)) ) {
            	        throw new FailedPredicateException(input, "ruleMeasurement", "true");
            	    }
            	    // InternalItup.g:1544:19: (otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) ) )
            	    // InternalItup.g:1544:20: otherlv_8= 'source' ( (lv_source_9_0= RULE_STRING ) )
            	    {
            	    otherlv_8=(Token)match(input,45,FOLLOW_10); 

            	    									newLeafNode(otherlv_8, grammarAccess.getMeasurementAccess().getSourceKeyword_7_0_0());
            	    								
            	    // InternalItup.g:1548:9: ( (lv_source_9_0= RULE_STRING ) )
            	    // InternalItup.g:1549:10: (lv_source_9_0= RULE_STRING )
            	    {
            	    // InternalItup.g:1549:10: (lv_source_9_0= RULE_STRING )
            	    // InternalItup.g:1550:11: lv_source_9_0= RULE_STRING
            	    {
            	    lv_source_9_0=(Token)match(input,RULE_STRING,FOLLOW_43); 

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
            	    // InternalItup.g:1572:4: ({...}? => ( ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) ) ) )
            	    {
            	    // InternalItup.g:1572:4: ({...}? => ( ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) ) ) )
            	    // InternalItup.g:1573:5: {...}? => ( ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) ) )
            	    {
            	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getMeasurementAccess().getUnorderedGroup_7(), 1) ) {
            	        throw new FailedPredicateException(input, "ruleMeasurement", "getUnorderedGroupHelper().canSelect(grammarAccess.getMeasurementAccess().getUnorderedGroup_7(), 1)");
            	    }
            	    // InternalItup.g:1573:108: ( ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) ) )
            	    // InternalItup.g:1574:6: ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) )
            	    {

            	    						getUnorderedGroupHelper().select(grammarAccess.getMeasurementAccess().getUnorderedGroup_7(), 1);
            	    					
            	    // InternalItup.g:1577:9: ({...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) ) )
            	    // InternalItup.g:1577:10: {...}? => (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) )
            	    {
            	    if ( !((true)) ) {
            	        throw new FailedPredicateException(input, "ruleMeasurement", "true");
            	    }
            	    // InternalItup.g:1577:19: (otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) ) )
            	    // InternalItup.g:1577:20: otherlv_10= 'date' ( (lv_date_11_0= RULE_STRING ) )
            	    {
            	    otherlv_10=(Token)match(input,46,FOLLOW_10); 

            	    									newLeafNode(otherlv_10, grammarAccess.getMeasurementAccess().getDateKeyword_7_1_0());
            	    								
            	    // InternalItup.g:1581:9: ( (lv_date_11_0= RULE_STRING ) )
            	    // InternalItup.g:1582:10: (lv_date_11_0= RULE_STRING )
            	    {
            	    // InternalItup.g:1582:10: (lv_date_11_0= RULE_STRING )
            	    // InternalItup.g:1583:11: lv_date_11_0= RULE_STRING
            	    {
            	    lv_date_11_0=(Token)match(input,RULE_STRING,FOLLOW_43); 

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
            	    // InternalItup.g:1605:4: ({...}? => ( ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) ) ) )
            	    {
            	    // InternalItup.g:1605:4: ({...}? => ( ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) ) ) )
            	    // InternalItup.g:1606:5: {...}? => ( ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) ) )
            	    {
            	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getMeasurementAccess().getUnorderedGroup_7(), 2) ) {
            	        throw new FailedPredicateException(input, "ruleMeasurement", "getUnorderedGroupHelper().canSelect(grammarAccess.getMeasurementAccess().getUnorderedGroup_7(), 2)");
            	    }
            	    // InternalItup.g:1606:108: ( ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) ) )
            	    // InternalItup.g:1607:6: ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) )
            	    {

            	    						getUnorderedGroupHelper().select(grammarAccess.getMeasurementAccess().getUnorderedGroup_7(), 2);
            	    					
            	    // InternalItup.g:1610:9: ({...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) ) )
            	    // InternalItup.g:1610:10: {...}? => (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) )
            	    {
            	    if ( !((true)) ) {
            	        throw new FailedPredicateException(input, "ruleMeasurement", "true");
            	    }
            	    // InternalItup.g:1610:19: (otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) ) )
            	    // InternalItup.g:1610:20: otherlv_12= 'note' ( (lv_note_13_0= RULE_STRING ) )
            	    {
            	    otherlv_12=(Token)match(input,47,FOLLOW_10); 

            	    									newLeafNode(otherlv_12, grammarAccess.getMeasurementAccess().getNoteKeyword_7_2_0());
            	    								
            	    // InternalItup.g:1614:9: ( (lv_note_13_0= RULE_STRING ) )
            	    // InternalItup.g:1615:10: (lv_note_13_0= RULE_STRING )
            	    {
            	    // InternalItup.g:1615:10: (lv_note_13_0= RULE_STRING )
            	    // InternalItup.g:1616:11: lv_note_13_0= RULE_STRING
            	    {
            	    lv_note_13_0=(Token)match(input,RULE_STRING,FOLLOW_43); 

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
            	    break loop26;
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
    // InternalItup.g:1649:1: entryRuleExpenditure returns [EObject current=null] : iv_ruleExpenditure= ruleExpenditure EOF ;
    public final EObject entryRuleExpenditure() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleExpenditure = null;


        try {
            // InternalItup.g:1649:52: (iv_ruleExpenditure= ruleExpenditure EOF )
            // InternalItup.g:1650:2: iv_ruleExpenditure= ruleExpenditure EOF
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
    // InternalItup.g:1656:1: ruleExpenditure returns [EObject current=null] : (otherlv_0= 'spent' ( (lv_amount_1_0= ruleDecimal ) ) ( (lv_currency_2_0= RULE_STRING ) ) otherlv_3= 'on' ( ( ruleCode ) ) otherlv_5= 'in' ( (lv_period_6_0= rulePeriod ) ) ) ;
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
            // InternalItup.g:1662:2: ( (otherlv_0= 'spent' ( (lv_amount_1_0= ruleDecimal ) ) ( (lv_currency_2_0= RULE_STRING ) ) otherlv_3= 'on' ( ( ruleCode ) ) otherlv_5= 'in' ( (lv_period_6_0= rulePeriod ) ) ) )
            // InternalItup.g:1663:2: (otherlv_0= 'spent' ( (lv_amount_1_0= ruleDecimal ) ) ( (lv_currency_2_0= RULE_STRING ) ) otherlv_3= 'on' ( ( ruleCode ) ) otherlv_5= 'in' ( (lv_period_6_0= rulePeriod ) ) )
            {
            // InternalItup.g:1663:2: (otherlv_0= 'spent' ( (lv_amount_1_0= ruleDecimal ) ) ( (lv_currency_2_0= RULE_STRING ) ) otherlv_3= 'on' ( ( ruleCode ) ) otherlv_5= 'in' ( (lv_period_6_0= rulePeriod ) ) )
            // InternalItup.g:1664:3: otherlv_0= 'spent' ( (lv_amount_1_0= ruleDecimal ) ) ( (lv_currency_2_0= RULE_STRING ) ) otherlv_3= 'on' ( ( ruleCode ) ) otherlv_5= 'in' ( (lv_period_6_0= rulePeriod ) )
            {
            otherlv_0=(Token)match(input,48,FOLLOW_41); 

            			newLeafNode(otherlv_0, grammarAccess.getExpenditureAccess().getSpentKeyword_0());
            		
            // InternalItup.g:1668:3: ( (lv_amount_1_0= ruleDecimal ) )
            // InternalItup.g:1669:4: (lv_amount_1_0= ruleDecimal )
            {
            // InternalItup.g:1669:4: (lv_amount_1_0= ruleDecimal )
            // InternalItup.g:1670:5: lv_amount_1_0= ruleDecimal
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

            // InternalItup.g:1687:3: ( (lv_currency_2_0= RULE_STRING ) )
            // InternalItup.g:1688:4: (lv_currency_2_0= RULE_STRING )
            {
            // InternalItup.g:1688:4: (lv_currency_2_0= RULE_STRING )
            // InternalItup.g:1689:5: lv_currency_2_0= RULE_STRING
            {
            lv_currency_2_0=(Token)match(input,RULE_STRING,FOLLOW_44); 

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

            otherlv_3=(Token)match(input,49,FOLLOW_16); 

            			newLeafNode(otherlv_3, grammarAccess.getExpenditureAccess().getOnKeyword_3());
            		
            // InternalItup.g:1709:3: ( ( ruleCode ) )
            // InternalItup.g:1710:4: ( ruleCode )
            {
            // InternalItup.g:1710:4: ( ruleCode )
            // InternalItup.g:1711:5: ruleCode
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getExpenditureRule());
            					}
            				

            					newCompositeNode(grammarAccess.getExpenditureAccess().getElementPlanElementCrossReference_4_0());
            				
            pushFollow(FOLLOW_39);
            ruleCode();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_5=(Token)match(input,43,FOLLOW_6); 

            			newLeafNode(otherlv_5, grammarAccess.getExpenditureAccess().getInKeyword_5());
            		
            // InternalItup.g:1729:3: ( (lv_period_6_0= rulePeriod ) )
            // InternalItup.g:1730:4: (lv_period_6_0= rulePeriod )
            {
            // InternalItup.g:1730:4: (lv_period_6_0= rulePeriod )
            // InternalItup.g:1731:5: lv_period_6_0= rulePeriod
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
    // InternalItup.g:1752:1: entryRuleAssessment returns [EObject current=null] : iv_ruleAssessment= ruleAssessment EOF ;
    public final EObject entryRuleAssessment() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleAssessment = null;


        try {
            // InternalItup.g:1752:51: (iv_ruleAssessment= ruleAssessment EOF )
            // InternalItup.g:1753:2: iv_ruleAssessment= ruleAssessment EOF
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
    // InternalItup.g:1759:1: ruleAssessment returns [EObject current=null] : (otherlv_0= 'assessment' ( ( ruleCode ) ) otherlv_2= 'in' ( (lv_period_3_0= rulePeriod ) ) ( (lv_text_4_0= RULE_STRING ) ) ) ;
    public final EObject ruleAssessment() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_2=null;
        Token lv_text_4_0=null;
        AntlrDatatypeRuleToken lv_period_3_0 = null;



        	enterRule();

        try {
            // InternalItup.g:1765:2: ( (otherlv_0= 'assessment' ( ( ruleCode ) ) otherlv_2= 'in' ( (lv_period_3_0= rulePeriod ) ) ( (lv_text_4_0= RULE_STRING ) ) ) )
            // InternalItup.g:1766:2: (otherlv_0= 'assessment' ( ( ruleCode ) ) otherlv_2= 'in' ( (lv_period_3_0= rulePeriod ) ) ( (lv_text_4_0= RULE_STRING ) ) )
            {
            // InternalItup.g:1766:2: (otherlv_0= 'assessment' ( ( ruleCode ) ) otherlv_2= 'in' ( (lv_period_3_0= rulePeriod ) ) ( (lv_text_4_0= RULE_STRING ) ) )
            // InternalItup.g:1767:3: otherlv_0= 'assessment' ( ( ruleCode ) ) otherlv_2= 'in' ( (lv_period_3_0= rulePeriod ) ) ( (lv_text_4_0= RULE_STRING ) )
            {
            otherlv_0=(Token)match(input,50,FOLLOW_16); 

            			newLeafNode(otherlv_0, grammarAccess.getAssessmentAccess().getAssessmentKeyword_0());
            		
            // InternalItup.g:1771:3: ( ( ruleCode ) )
            // InternalItup.g:1772:4: ( ruleCode )
            {
            // InternalItup.g:1772:4: ( ruleCode )
            // InternalItup.g:1773:5: ruleCode
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getAssessmentRule());
            					}
            				

            					newCompositeNode(grammarAccess.getAssessmentAccess().getObjectiveObjectiveCrossReference_1_0());
            				
            pushFollow(FOLLOW_39);
            ruleCode();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_2=(Token)match(input,43,FOLLOW_6); 

            			newLeafNode(otherlv_2, grammarAccess.getAssessmentAccess().getInKeyword_2());
            		
            // InternalItup.g:1791:3: ( (lv_period_3_0= rulePeriod ) )
            // InternalItup.g:1792:4: (lv_period_3_0= rulePeriod )
            {
            // InternalItup.g:1792:4: (lv_period_3_0= rulePeriod )
            // InternalItup.g:1793:5: lv_period_3_0= rulePeriod
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

            // InternalItup.g:1810:3: ( (lv_text_4_0= RULE_STRING ) )
            // InternalItup.g:1811:4: (lv_text_4_0= RULE_STRING )
            {
            // InternalItup.g:1811:4: (lv_text_4_0= RULE_STRING )
            // InternalItup.g:1812:5: lv_text_4_0= RULE_STRING
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
    // InternalItup.g:1832:1: entryRuleExchangeRate returns [EObject current=null] : iv_ruleExchangeRate= ruleExchangeRate EOF ;
    public final EObject entryRuleExchangeRate() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleExchangeRate = null;


        try {
            // InternalItup.g:1832:53: (iv_ruleExchangeRate= ruleExchangeRate EOF )
            // InternalItup.g:1833:2: iv_ruleExchangeRate= ruleExchangeRate EOF
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
    // InternalItup.g:1839:1: ruleExchangeRate returns [EObject current=null] : (otherlv_0= 'rate' ( (lv_currency_1_0= RULE_STRING ) ) ( (lv_value_2_0= ruleDecimal ) ) ) ;
    public final EObject ruleExchangeRate() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_currency_1_0=null;
        AntlrDatatypeRuleToken lv_value_2_0 = null;



        	enterRule();

        try {
            // InternalItup.g:1845:2: ( (otherlv_0= 'rate' ( (lv_currency_1_0= RULE_STRING ) ) ( (lv_value_2_0= ruleDecimal ) ) ) )
            // InternalItup.g:1846:2: (otherlv_0= 'rate' ( (lv_currency_1_0= RULE_STRING ) ) ( (lv_value_2_0= ruleDecimal ) ) )
            {
            // InternalItup.g:1846:2: (otherlv_0= 'rate' ( (lv_currency_1_0= RULE_STRING ) ) ( (lv_value_2_0= ruleDecimal ) ) )
            // InternalItup.g:1847:3: otherlv_0= 'rate' ( (lv_currency_1_0= RULE_STRING ) ) ( (lv_value_2_0= ruleDecimal ) )
            {
            otherlv_0=(Token)match(input,51,FOLLOW_10); 

            			newLeafNode(otherlv_0, grammarAccess.getExchangeRateAccess().getRateKeyword_0());
            		
            // InternalItup.g:1851:3: ( (lv_currency_1_0= RULE_STRING ) )
            // InternalItup.g:1852:4: (lv_currency_1_0= RULE_STRING )
            {
            // InternalItup.g:1852:4: (lv_currency_1_0= RULE_STRING )
            // InternalItup.g:1853:5: lv_currency_1_0= RULE_STRING
            {
            lv_currency_1_0=(Token)match(input,RULE_STRING,FOLLOW_41); 

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

            // InternalItup.g:1869:3: ( (lv_value_2_0= ruleDecimal ) )
            // InternalItup.g:1870:4: (lv_value_2_0= ruleDecimal )
            {
            // InternalItup.g:1870:4: (lv_value_2_0= ruleDecimal )
            // InternalItup.g:1871:5: lv_value_2_0= ruleDecimal
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
    // InternalItup.g:1892:1: entryRuleBudget returns [EObject current=null] : iv_ruleBudget= ruleBudget EOF ;
    public final EObject entryRuleBudget() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleBudget = null;


        try {
            // InternalItup.g:1892:47: (iv_ruleBudget= ruleBudget EOF )
            // InternalItup.g:1893:2: iv_ruleBudget= ruleBudget EOF
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
    // InternalItup.g:1899:1: ruleBudget returns [EObject current=null] : (otherlv_0= 'budget' ( (lv_amount_1_0= ruleDecimal ) ) ( (lv_currency_2_0= RULE_STRING ) ) (otherlv_3= 'for' ( (lv_period_4_0= rulePeriod ) ) )? ) ;
    public final EObject ruleBudget() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_currency_2_0=null;
        Token otherlv_3=null;
        AntlrDatatypeRuleToken lv_amount_1_0 = null;

        AntlrDatatypeRuleToken lv_period_4_0 = null;



        	enterRule();

        try {
            // InternalItup.g:1905:2: ( (otherlv_0= 'budget' ( (lv_amount_1_0= ruleDecimal ) ) ( (lv_currency_2_0= RULE_STRING ) ) (otherlv_3= 'for' ( (lv_period_4_0= rulePeriod ) ) )? ) )
            // InternalItup.g:1906:2: (otherlv_0= 'budget' ( (lv_amount_1_0= ruleDecimal ) ) ( (lv_currency_2_0= RULE_STRING ) ) (otherlv_3= 'for' ( (lv_period_4_0= rulePeriod ) ) )? )
            {
            // InternalItup.g:1906:2: (otherlv_0= 'budget' ( (lv_amount_1_0= ruleDecimal ) ) ( (lv_currency_2_0= RULE_STRING ) ) (otherlv_3= 'for' ( (lv_period_4_0= rulePeriod ) ) )? )
            // InternalItup.g:1907:3: otherlv_0= 'budget' ( (lv_amount_1_0= ruleDecimal ) ) ( (lv_currency_2_0= RULE_STRING ) ) (otherlv_3= 'for' ( (lv_period_4_0= rulePeriod ) ) )?
            {
            otherlv_0=(Token)match(input,52,FOLLOW_41); 

            			newLeafNode(otherlv_0, grammarAccess.getBudgetAccess().getBudgetKeyword_0());
            		
            // InternalItup.g:1911:3: ( (lv_amount_1_0= ruleDecimal ) )
            // InternalItup.g:1912:4: (lv_amount_1_0= ruleDecimal )
            {
            // InternalItup.g:1912:4: (lv_amount_1_0= ruleDecimal )
            // InternalItup.g:1913:5: lv_amount_1_0= ruleDecimal
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

            // InternalItup.g:1930:3: ( (lv_currency_2_0= RULE_STRING ) )
            // InternalItup.g:1931:4: (lv_currency_2_0= RULE_STRING )
            {
            // InternalItup.g:1931:4: (lv_currency_2_0= RULE_STRING )
            // InternalItup.g:1932:5: lv_currency_2_0= RULE_STRING
            {
            lv_currency_2_0=(Token)match(input,RULE_STRING,FOLLOW_45); 

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

            // InternalItup.g:1948:3: (otherlv_3= 'for' ( (lv_period_4_0= rulePeriod ) ) )?
            int alt27=2;
            int LA27_0 = input.LA(1);

            if ( (LA27_0==29) ) {
                alt27=1;
            }
            switch (alt27) {
                case 1 :
                    // InternalItup.g:1949:4: otherlv_3= 'for' ( (lv_period_4_0= rulePeriod ) )
                    {
                    otherlv_3=(Token)match(input,29,FOLLOW_6); 

                    				newLeafNode(otherlv_3, grammarAccess.getBudgetAccess().getForKeyword_3_0());
                    			
                    // InternalItup.g:1953:4: ( (lv_period_4_0= rulePeriod ) )
                    // InternalItup.g:1954:5: (lv_period_4_0= rulePeriod )
                    {
                    // InternalItup.g:1954:5: (lv_period_4_0= rulePeriod )
                    // InternalItup.g:1955:6: lv_period_4_0= rulePeriod
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
    // InternalItup.g:1978:1: ruleReplaces[EObject in_current] returns [EObject current=in_current] : (otherlv_0= 'replaces' ( (lv_replaces_1_0= ruleCode ) ) (otherlv_2= ',' ( (lv_replaces_3_0= ruleCode ) ) )* ) ;
    public final EObject ruleReplaces(EObject in_current) throws RecognitionException {
        EObject current = in_current;

        Token otherlv_0=null;
        Token otherlv_2=null;
        AntlrDatatypeRuleToken lv_replaces_1_0 = null;

        AntlrDatatypeRuleToken lv_replaces_3_0 = null;



        	enterRule();

        try {
            // InternalItup.g:1984:2: ( (otherlv_0= 'replaces' ( (lv_replaces_1_0= ruleCode ) ) (otherlv_2= ',' ( (lv_replaces_3_0= ruleCode ) ) )* ) )
            // InternalItup.g:1985:2: (otherlv_0= 'replaces' ( (lv_replaces_1_0= ruleCode ) ) (otherlv_2= ',' ( (lv_replaces_3_0= ruleCode ) ) )* )
            {
            // InternalItup.g:1985:2: (otherlv_0= 'replaces' ( (lv_replaces_1_0= ruleCode ) ) (otherlv_2= ',' ( (lv_replaces_3_0= ruleCode ) ) )* )
            // InternalItup.g:1986:3: otherlv_0= 'replaces' ( (lv_replaces_1_0= ruleCode ) ) (otherlv_2= ',' ( (lv_replaces_3_0= ruleCode ) ) )*
            {
            otherlv_0=(Token)match(input,53,FOLLOW_16); 

            			newLeafNode(otherlv_0, grammarAccess.getReplacesAccess().getReplacesKeyword_0());
            		
            // InternalItup.g:1990:3: ( (lv_replaces_1_0= ruleCode ) )
            // InternalItup.g:1991:4: (lv_replaces_1_0= ruleCode )
            {
            // InternalItup.g:1991:4: (lv_replaces_1_0= ruleCode )
            // InternalItup.g:1992:5: lv_replaces_1_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getReplacesAccess().getReplacesCodeParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_46);
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

            // InternalItup.g:2009:3: (otherlv_2= ',' ( (lv_replaces_3_0= ruleCode ) ) )*
            loop28:
            do {
                int alt28=2;
                int LA28_0 = input.LA(1);

                if ( (LA28_0==20) ) {
                    alt28=1;
                }


                switch (alt28) {
            	case 1 :
            	    // InternalItup.g:2010:4: otherlv_2= ',' ( (lv_replaces_3_0= ruleCode ) )
            	    {
            	    otherlv_2=(Token)match(input,20,FOLLOW_16); 

            	    				newLeafNode(otherlv_2, grammarAccess.getReplacesAccess().getCommaKeyword_2_0());
            	    			
            	    // InternalItup.g:2014:4: ( (lv_replaces_3_0= ruleCode ) )
            	    // InternalItup.g:2015:5: (lv_replaces_3_0= ruleCode )
            	    {
            	    // InternalItup.g:2015:5: (lv_replaces_3_0= ruleCode )
            	    // InternalItup.g:2016:6: lv_replaces_3_0= ruleCode
            	    {

            	    						newCompositeNode(grammarAccess.getReplacesAccess().getReplacesCodeParserRuleCall_2_1_0());
            	    					
            	    pushFollow(FOLLOW_46);
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
            	    break loop28;
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
    // InternalItup.g:2038:1: entryRuleImport returns [EObject current=null] : iv_ruleImport= ruleImport EOF ;
    public final EObject entryRuleImport() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleImport = null;


        try {
            // InternalItup.g:2038:47: (iv_ruleImport= ruleImport EOF )
            // InternalItup.g:2039:2: iv_ruleImport= ruleImport EOF
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
    // InternalItup.g:2045:1: ruleImport returns [EObject current=null] : (otherlv_0= 'import' ( ( rulePlanName ) ) ) ;
    public final EObject ruleImport() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;


        	enterRule();

        try {
            // InternalItup.g:2051:2: ( (otherlv_0= 'import' ( ( rulePlanName ) ) ) )
            // InternalItup.g:2052:2: (otherlv_0= 'import' ( ( rulePlanName ) ) )
            {
            // InternalItup.g:2052:2: (otherlv_0= 'import' ( ( rulePlanName ) ) )
            // InternalItup.g:2053:3: otherlv_0= 'import' ( ( rulePlanName ) )
            {
            otherlv_0=(Token)match(input,54,FOLLOW_3); 

            			newLeafNode(otherlv_0, grammarAccess.getImportAccess().getImportKeyword_0());
            		
            // InternalItup.g:2057:3: ( ( rulePlanName ) )
            // InternalItup.g:2058:4: ( rulePlanName )
            {
            // InternalItup.g:2058:4: ( rulePlanName )
            // InternalItup.g:2059:5: rulePlanName
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
    // InternalItup.g:2077:1: entryRuleCoreValue returns [EObject current=null] : iv_ruleCoreValue= ruleCoreValue EOF ;
    public final EObject entryRuleCoreValue() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleCoreValue = null;


        try {
            // InternalItup.g:2077:50: (iv_ruleCoreValue= ruleCoreValue EOF )
            // InternalItup.g:2078:2: iv_ruleCoreValue= ruleCoreValue EOF
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
    // InternalItup.g:2084:1: ruleCoreValue returns [EObject current=null] : (otherlv_0= 'value' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) ) ( (lv_statement_3_0= RULE_STRING ) )? ) ;
    public final EObject ruleCoreValue() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_title_2_0=null;
        Token lv_statement_3_0=null;
        AntlrDatatypeRuleToken lv_name_1_0 = null;



        	enterRule();

        try {
            // InternalItup.g:2090:2: ( (otherlv_0= 'value' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) ) ( (lv_statement_3_0= RULE_STRING ) )? ) )
            // InternalItup.g:2091:2: (otherlv_0= 'value' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) ) ( (lv_statement_3_0= RULE_STRING ) )? )
            {
            // InternalItup.g:2091:2: (otherlv_0= 'value' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) ) ( (lv_statement_3_0= RULE_STRING ) )? )
            // InternalItup.g:2092:3: otherlv_0= 'value' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) ) ( (lv_statement_3_0= RULE_STRING ) )?
            {
            otherlv_0=(Token)match(input,44,FOLLOW_16); 

            			newLeafNode(otherlv_0, grammarAccess.getCoreValueAccess().getValueKeyword_0());
            		
            // InternalItup.g:2096:3: ( (lv_name_1_0= ruleCode ) )
            // InternalItup.g:2097:4: (lv_name_1_0= ruleCode )
            {
            // InternalItup.g:2097:4: (lv_name_1_0= ruleCode )
            // InternalItup.g:2098:5: lv_name_1_0= ruleCode
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

            // InternalItup.g:2115:3: ( (lv_title_2_0= RULE_STRING ) )
            // InternalItup.g:2116:4: (lv_title_2_0= RULE_STRING )
            {
            // InternalItup.g:2116:4: (lv_title_2_0= RULE_STRING )
            // InternalItup.g:2117:5: lv_title_2_0= RULE_STRING
            {
            lv_title_2_0=(Token)match(input,RULE_STRING,FOLLOW_36); 

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

            // InternalItup.g:2133:3: ( (lv_statement_3_0= RULE_STRING ) )?
            int alt29=2;
            int LA29_0 = input.LA(1);

            if ( (LA29_0==RULE_STRING) ) {
                alt29=1;
            }
            switch (alt29) {
                case 1 :
                    // InternalItup.g:2134:4: (lv_statement_3_0= RULE_STRING )
                    {
                    // InternalItup.g:2134:4: (lv_statement_3_0= RULE_STRING )
                    // InternalItup.g:2135:5: lv_statement_3_0= RULE_STRING
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
    // InternalItup.g:2155:1: entryRuleGoal returns [EObject current=null] : iv_ruleGoal= ruleGoal EOF ;
    public final EObject entryRuleGoal() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleGoal = null;


        try {
            // InternalItup.g:2155:45: (iv_ruleGoal= ruleGoal EOF )
            // InternalItup.g:2156:2: iv_ruleGoal= ruleGoal EOF
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
    // InternalItup.g:2162:1: ruleGoal returns [EObject current=null] : (otherlv_0= 'goal' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )? (otherlv_6= 'description' ( (lv_description_7_0= RULE_STRING ) ) )? ( ( (lv_targets_8_0= ruleTarget ) ) | this_Replaces_9= ruleReplaces[$current] | (otherlv_10= 'sdg' ( (lv_sdgLinks_11_0= ruleSdgLink ) ) (otherlv_12= ',' ( (lv_sdgLinks_13_0= ruleSdgLink ) ) )* ) | (otherlv_14= 'wsis' ( (lv_wsisActionLines_15_0= ruleCode ) ) (otherlv_16= ',' ( (lv_wsisActionLines_17_0= ruleCode ) ) )* ) )* otherlv_18= '}' ) ;
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
            // InternalItup.g:2168:2: ( (otherlv_0= 'goal' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )? (otherlv_6= 'description' ( (lv_description_7_0= RULE_STRING ) ) )? ( ( (lv_targets_8_0= ruleTarget ) ) | this_Replaces_9= ruleReplaces[$current] | (otherlv_10= 'sdg' ( (lv_sdgLinks_11_0= ruleSdgLink ) ) (otherlv_12= ',' ( (lv_sdgLinks_13_0= ruleSdgLink ) ) )* ) | (otherlv_14= 'wsis' ( (lv_wsisActionLines_15_0= ruleCode ) ) (otherlv_16= ',' ( (lv_wsisActionLines_17_0= ruleCode ) ) )* ) )* otherlv_18= '}' ) )
            // InternalItup.g:2169:2: (otherlv_0= 'goal' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )? (otherlv_6= 'description' ( (lv_description_7_0= RULE_STRING ) ) )? ( ( (lv_targets_8_0= ruleTarget ) ) | this_Replaces_9= ruleReplaces[$current] | (otherlv_10= 'sdg' ( (lv_sdgLinks_11_0= ruleSdgLink ) ) (otherlv_12= ',' ( (lv_sdgLinks_13_0= ruleSdgLink ) ) )* ) | (otherlv_14= 'wsis' ( (lv_wsisActionLines_15_0= ruleCode ) ) (otherlv_16= ',' ( (lv_wsisActionLines_17_0= ruleCode ) ) )* ) )* otherlv_18= '}' )
            {
            // InternalItup.g:2169:2: (otherlv_0= 'goal' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )? (otherlv_6= 'description' ( (lv_description_7_0= RULE_STRING ) ) )? ( ( (lv_targets_8_0= ruleTarget ) ) | this_Replaces_9= ruleReplaces[$current] | (otherlv_10= 'sdg' ( (lv_sdgLinks_11_0= ruleSdgLink ) ) (otherlv_12= ',' ( (lv_sdgLinks_13_0= ruleSdgLink ) ) )* ) | (otherlv_14= 'wsis' ( (lv_wsisActionLines_15_0= ruleCode ) ) (otherlv_16= ',' ( (lv_wsisActionLines_17_0= ruleCode ) ) )* ) )* otherlv_18= '}' )
            // InternalItup.g:2170:3: otherlv_0= 'goal' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )? (otherlv_6= 'description' ( (lv_description_7_0= RULE_STRING ) ) )? ( ( (lv_targets_8_0= ruleTarget ) ) | this_Replaces_9= ruleReplaces[$current] | (otherlv_10= 'sdg' ( (lv_sdgLinks_11_0= ruleSdgLink ) ) (otherlv_12= ',' ( (lv_sdgLinks_13_0= ruleSdgLink ) ) )* ) | (otherlv_14= 'wsis' ( (lv_wsisActionLines_15_0= ruleCode ) ) (otherlv_16= ',' ( (lv_wsisActionLines_17_0= ruleCode ) ) )* ) )* otherlv_18= '}'
            {
            otherlv_0=(Token)match(input,55,FOLLOW_16); 

            			newLeafNode(otherlv_0, grammarAccess.getGoalAccess().getGoalKeyword_0());
            		
            // InternalItup.g:2174:3: ( (lv_name_1_0= ruleCode ) )
            // InternalItup.g:2175:4: (lv_name_1_0= ruleCode )
            {
            // InternalItup.g:2175:4: (lv_name_1_0= ruleCode )
            // InternalItup.g:2176:5: lv_name_1_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getGoalAccess().getNameCodeParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_47);
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

            // InternalItup.g:2193:3: ( (lv_title_2_0= RULE_STRING ) )?
            int alt30=2;
            int LA30_0 = input.LA(1);

            if ( (LA30_0==RULE_STRING) ) {
                alt30=1;
            }
            switch (alt30) {
                case 1 :
                    // InternalItup.g:2194:4: (lv_title_2_0= RULE_STRING )
                    {
                    // InternalItup.g:2194:4: (lv_title_2_0= RULE_STRING )
                    // InternalItup.g:2195:5: lv_title_2_0= RULE_STRING
                    {
                    lv_title_2_0=(Token)match(input,RULE_STRING,FOLLOW_19); 

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

            otherlv_3=(Token)match(input,22,FOLLOW_48); 

            			newLeafNode(otherlv_3, grammarAccess.getGoalAccess().getLeftCurlyBracketKeyword_3());
            		
            // InternalItup.g:2215:3: (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )?
            int alt31=2;
            int LA31_0 = input.LA(1);

            if ( (LA31_0==56) ) {
                alt31=1;
            }
            switch (alt31) {
                case 1 :
                    // InternalItup.g:2216:4: otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) )
                    {
                    otherlv_4=(Token)match(input,56,FOLLOW_10); 

                    				newLeafNode(otherlv_4, grammarAccess.getGoalAccess().getStatementKeyword_4_0());
                    			
                    // InternalItup.g:2220:4: ( (lv_statement_5_0= RULE_STRING ) )
                    // InternalItup.g:2221:5: (lv_statement_5_0= RULE_STRING )
                    {
                    // InternalItup.g:2221:5: (lv_statement_5_0= RULE_STRING )
                    // InternalItup.g:2222:6: lv_statement_5_0= RULE_STRING
                    {
                    lv_statement_5_0=(Token)match(input,RULE_STRING,FOLLOW_49); 

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

            // InternalItup.g:2239:3: (otherlv_6= 'description' ( (lv_description_7_0= RULE_STRING ) ) )?
            int alt32=2;
            int LA32_0 = input.LA(1);

            if ( (LA32_0==57) ) {
                alt32=1;
            }
            switch (alt32) {
                case 1 :
                    // InternalItup.g:2240:4: otherlv_6= 'description' ( (lv_description_7_0= RULE_STRING ) )
                    {
                    otherlv_6=(Token)match(input,57,FOLLOW_10); 

                    				newLeafNode(otherlv_6, grammarAccess.getGoalAccess().getDescriptionKeyword_5_0());
                    			
                    // InternalItup.g:2244:4: ( (lv_description_7_0= RULE_STRING ) )
                    // InternalItup.g:2245:5: (lv_description_7_0= RULE_STRING )
                    {
                    // InternalItup.g:2245:5: (lv_description_7_0= RULE_STRING )
                    // InternalItup.g:2246:6: lv_description_7_0= RULE_STRING
                    {
                    lv_description_7_0=(Token)match(input,RULE_STRING,FOLLOW_50); 

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

            // InternalItup.g:2263:3: ( ( (lv_targets_8_0= ruleTarget ) ) | this_Replaces_9= ruleReplaces[$current] | (otherlv_10= 'sdg' ( (lv_sdgLinks_11_0= ruleSdgLink ) ) (otherlv_12= ',' ( (lv_sdgLinks_13_0= ruleSdgLink ) ) )* ) | (otherlv_14= 'wsis' ( (lv_wsisActionLines_15_0= ruleCode ) ) (otherlv_16= ',' ( (lv_wsisActionLines_17_0= ruleCode ) ) )* ) )*
            loop35:
            do {
                int alt35=5;
                switch ( input.LA(1) ) {
                case 58:
                    {
                    alt35=1;
                    }
                    break;
                case 53:
                    {
                    alt35=2;
                    }
                    break;
                case 26:
                    {
                    alt35=3;
                    }
                    break;
                case 24:
                    {
                    alt35=4;
                    }
                    break;

                }

                switch (alt35) {
            	case 1 :
            	    // InternalItup.g:2264:4: ( (lv_targets_8_0= ruleTarget ) )
            	    {
            	    // InternalItup.g:2264:4: ( (lv_targets_8_0= ruleTarget ) )
            	    // InternalItup.g:2265:5: (lv_targets_8_0= ruleTarget )
            	    {
            	    // InternalItup.g:2265:5: (lv_targets_8_0= ruleTarget )
            	    // InternalItup.g:2266:6: lv_targets_8_0= ruleTarget
            	    {

            	    						newCompositeNode(grammarAccess.getGoalAccess().getTargetsTargetParserRuleCall_6_0_0());
            	    					
            	    pushFollow(FOLLOW_50);
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
            	    // InternalItup.g:2284:4: this_Replaces_9= ruleReplaces[$current]
            	    {

            	    				if (current==null) {
            	    					current = createModelElement(grammarAccess.getGoalRule());
            	    				}
            	    				newCompositeNode(grammarAccess.getGoalAccess().getReplacesParserRuleCall_6_1());
            	    			
            	    pushFollow(FOLLOW_50);
            	    this_Replaces_9=ruleReplaces(current);

            	    state._fsp--;


            	    				current = this_Replaces_9;
            	    				afterParserOrEnumRuleCall();
            	    			

            	    }
            	    break;
            	case 3 :
            	    // InternalItup.g:2296:4: (otherlv_10= 'sdg' ( (lv_sdgLinks_11_0= ruleSdgLink ) ) (otherlv_12= ',' ( (lv_sdgLinks_13_0= ruleSdgLink ) ) )* )
            	    {
            	    // InternalItup.g:2296:4: (otherlv_10= 'sdg' ( (lv_sdgLinks_11_0= ruleSdgLink ) ) (otherlv_12= ',' ( (lv_sdgLinks_13_0= ruleSdgLink ) ) )* )
            	    // InternalItup.g:2297:5: otherlv_10= 'sdg' ( (lv_sdgLinks_11_0= ruleSdgLink ) ) (otherlv_12= ',' ( (lv_sdgLinks_13_0= ruleSdgLink ) ) )*
            	    {
            	    otherlv_10=(Token)match(input,26,FOLLOW_16); 

            	    					newLeafNode(otherlv_10, grammarAccess.getGoalAccess().getSdgKeyword_6_2_0());
            	    				
            	    // InternalItup.g:2301:5: ( (lv_sdgLinks_11_0= ruleSdgLink ) )
            	    // InternalItup.g:2302:6: (lv_sdgLinks_11_0= ruleSdgLink )
            	    {
            	    // InternalItup.g:2302:6: (lv_sdgLinks_11_0= ruleSdgLink )
            	    // InternalItup.g:2303:7: lv_sdgLinks_11_0= ruleSdgLink
            	    {

            	    							newCompositeNode(grammarAccess.getGoalAccess().getSdgLinksSdgLinkParserRuleCall_6_2_1_0());
            	    						
            	    pushFollow(FOLLOW_51);
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

            	    // InternalItup.g:2320:5: (otherlv_12= ',' ( (lv_sdgLinks_13_0= ruleSdgLink ) ) )*
            	    loop33:
            	    do {
            	        int alt33=2;
            	        int LA33_0 = input.LA(1);

            	        if ( (LA33_0==20) ) {
            	            alt33=1;
            	        }


            	        switch (alt33) {
            	    	case 1 :
            	    	    // InternalItup.g:2321:6: otherlv_12= ',' ( (lv_sdgLinks_13_0= ruleSdgLink ) )
            	    	    {
            	    	    otherlv_12=(Token)match(input,20,FOLLOW_16); 

            	    	    						newLeafNode(otherlv_12, grammarAccess.getGoalAccess().getCommaKeyword_6_2_2_0());
            	    	    					
            	    	    // InternalItup.g:2325:6: ( (lv_sdgLinks_13_0= ruleSdgLink ) )
            	    	    // InternalItup.g:2326:7: (lv_sdgLinks_13_0= ruleSdgLink )
            	    	    {
            	    	    // InternalItup.g:2326:7: (lv_sdgLinks_13_0= ruleSdgLink )
            	    	    // InternalItup.g:2327:8: lv_sdgLinks_13_0= ruleSdgLink
            	    	    {

            	    	    								newCompositeNode(grammarAccess.getGoalAccess().getSdgLinksSdgLinkParserRuleCall_6_2_2_1_0());
            	    	    							
            	    	    pushFollow(FOLLOW_51);
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
            	    	    break loop33;
            	        }
            	    } while (true);


            	    }


            	    }
            	    break;
            	case 4 :
            	    // InternalItup.g:2347:4: (otherlv_14= 'wsis' ( (lv_wsisActionLines_15_0= ruleCode ) ) (otherlv_16= ',' ( (lv_wsisActionLines_17_0= ruleCode ) ) )* )
            	    {
            	    // InternalItup.g:2347:4: (otherlv_14= 'wsis' ( (lv_wsisActionLines_15_0= ruleCode ) ) (otherlv_16= ',' ( (lv_wsisActionLines_17_0= ruleCode ) ) )* )
            	    // InternalItup.g:2348:5: otherlv_14= 'wsis' ( (lv_wsisActionLines_15_0= ruleCode ) ) (otherlv_16= ',' ( (lv_wsisActionLines_17_0= ruleCode ) ) )*
            	    {
            	    otherlv_14=(Token)match(input,24,FOLLOW_16); 

            	    					newLeafNode(otherlv_14, grammarAccess.getGoalAccess().getWsisKeyword_6_3_0());
            	    				
            	    // InternalItup.g:2352:5: ( (lv_wsisActionLines_15_0= ruleCode ) )
            	    // InternalItup.g:2353:6: (lv_wsisActionLines_15_0= ruleCode )
            	    {
            	    // InternalItup.g:2353:6: (lv_wsisActionLines_15_0= ruleCode )
            	    // InternalItup.g:2354:7: lv_wsisActionLines_15_0= ruleCode
            	    {

            	    							newCompositeNode(grammarAccess.getGoalAccess().getWsisActionLinesCodeParserRuleCall_6_3_1_0());
            	    						
            	    pushFollow(FOLLOW_51);
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

            	    // InternalItup.g:2371:5: (otherlv_16= ',' ( (lv_wsisActionLines_17_0= ruleCode ) ) )*
            	    loop34:
            	    do {
            	        int alt34=2;
            	        int LA34_0 = input.LA(1);

            	        if ( (LA34_0==20) ) {
            	            alt34=1;
            	        }


            	        switch (alt34) {
            	    	case 1 :
            	    	    // InternalItup.g:2372:6: otherlv_16= ',' ( (lv_wsisActionLines_17_0= ruleCode ) )
            	    	    {
            	    	    otherlv_16=(Token)match(input,20,FOLLOW_16); 

            	    	    						newLeafNode(otherlv_16, grammarAccess.getGoalAccess().getCommaKeyword_6_3_2_0());
            	    	    					
            	    	    // InternalItup.g:2376:6: ( (lv_wsisActionLines_17_0= ruleCode ) )
            	    	    // InternalItup.g:2377:7: (lv_wsisActionLines_17_0= ruleCode )
            	    	    {
            	    	    // InternalItup.g:2377:7: (lv_wsisActionLines_17_0= ruleCode )
            	    	    // InternalItup.g:2378:8: lv_wsisActionLines_17_0= ruleCode
            	    	    {

            	    	    								newCompositeNode(grammarAccess.getGoalAccess().getWsisActionLinesCodeParserRuleCall_6_3_2_1_0());
            	    	    							
            	    	    pushFollow(FOLLOW_51);
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
            	    	    break loop34;
            	        }
            	    } while (true);


            	    }


            	    }
            	    break;

            	default :
            	    break loop35;
                }
            } while (true);

            otherlv_18=(Token)match(input,23,FOLLOW_2); 

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
    // InternalItup.g:2406:1: entryRuleTarget returns [EObject current=null] : iv_ruleTarget= ruleTarget EOF ;
    public final EObject entryRuleTarget() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleTarget = null;


        try {
            // InternalItup.g:2406:47: (iv_ruleTarget= ruleTarget EOF )
            // InternalItup.g:2407:2: iv_ruleTarget= ruleTarget EOF
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
    // InternalItup.g:2413:1: ruleTarget returns [EObject current=null] : (otherlv_0= 'target' ( (lv_name_1_0= ruleCode ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'horizon' ( (lv_horizon_8_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_9_0= ruleMeasuredTargetKind ) ) ( (lv_value_10_0= ruleDecimal ) ) ( (lv_unit_11_0= RULE_STRING ) )? ) | ( (lv_kind_12_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_13_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_14= 'population' ( (lv_population_15_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (this_Replaces_16= ruleReplaces[$current] ) ) ) ) )* ) ) ) ( (lv_indicators_17_0= rulePerformanceIndicator ) )* otherlv_18= '}' )? ) ;
    public final EObject ruleTarget() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_statement_2_0=null;
        Token otherlv_3=null;
        Token otherlv_5=null;
        Token otherlv_7=null;
        Token lv_unit_11_0=null;
        Token otherlv_14=null;
        Token lv_population_15_0=null;
        Token otherlv_18=null;
        AntlrDatatypeRuleToken lv_name_1_0 = null;

        AntlrDatatypeRuleToken lv_deadline_6_0 = null;

        AntlrDatatypeRuleToken lv_horizon_8_0 = null;

        Enumerator lv_kind_9_0 = null;

        AntlrDatatypeRuleToken lv_value_10_0 = null;

        Enumerator lv_kind_12_0 = null;

        EObject lv_baseline_13_0 = null;

        EObject this_Replaces_16 = null;

        EObject lv_indicators_17_0 = null;



        	enterRule();

        try {
            // InternalItup.g:2419:2: ( (otherlv_0= 'target' ( (lv_name_1_0= ruleCode ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'horizon' ( (lv_horizon_8_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_9_0= ruleMeasuredTargetKind ) ) ( (lv_value_10_0= ruleDecimal ) ) ( (lv_unit_11_0= RULE_STRING ) )? ) | ( (lv_kind_12_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_13_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_14= 'population' ( (lv_population_15_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (this_Replaces_16= ruleReplaces[$current] ) ) ) ) )* ) ) ) ( (lv_indicators_17_0= rulePerformanceIndicator ) )* otherlv_18= '}' )? ) )
            // InternalItup.g:2420:2: (otherlv_0= 'target' ( (lv_name_1_0= ruleCode ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'horizon' ( (lv_horizon_8_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_9_0= ruleMeasuredTargetKind ) ) ( (lv_value_10_0= ruleDecimal ) ) ( (lv_unit_11_0= RULE_STRING ) )? ) | ( (lv_kind_12_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_13_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_14= 'population' ( (lv_population_15_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (this_Replaces_16= ruleReplaces[$current] ) ) ) ) )* ) ) ) ( (lv_indicators_17_0= rulePerformanceIndicator ) )* otherlv_18= '}' )? )
            {
            // InternalItup.g:2420:2: (otherlv_0= 'target' ( (lv_name_1_0= ruleCode ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'horizon' ( (lv_horizon_8_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_9_0= ruleMeasuredTargetKind ) ) ( (lv_value_10_0= ruleDecimal ) ) ( (lv_unit_11_0= RULE_STRING ) )? ) | ( (lv_kind_12_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_13_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_14= 'population' ( (lv_population_15_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (this_Replaces_16= ruleReplaces[$current] ) ) ) ) )* ) ) ) ( (lv_indicators_17_0= rulePerformanceIndicator ) )* otherlv_18= '}' )? )
            // InternalItup.g:2421:3: otherlv_0= 'target' ( (lv_name_1_0= ruleCode ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'horizon' ( (lv_horizon_8_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_9_0= ruleMeasuredTargetKind ) ) ( (lv_value_10_0= ruleDecimal ) ) ( (lv_unit_11_0= RULE_STRING ) )? ) | ( (lv_kind_12_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_13_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_14= 'population' ( (lv_population_15_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (this_Replaces_16= ruleReplaces[$current] ) ) ) ) )* ) ) ) ( (lv_indicators_17_0= rulePerformanceIndicator ) )* otherlv_18= '}' )?
            {
            otherlv_0=(Token)match(input,58,FOLLOW_16); 

            			newLeafNode(otherlv_0, grammarAccess.getTargetAccess().getTargetKeyword_0());
            		
            // InternalItup.g:2425:3: ( (lv_name_1_0= ruleCode ) )
            // InternalItup.g:2426:4: (lv_name_1_0= ruleCode )
            {
            // InternalItup.g:2426:4: (lv_name_1_0= ruleCode )
            // InternalItup.g:2427:5: lv_name_1_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getTargetAccess().getNameCodeParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_52);
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

            // InternalItup.g:2444:3: ( (lv_statement_2_0= RULE_STRING ) )?
            int alt36=2;
            int LA36_0 = input.LA(1);

            if ( (LA36_0==RULE_STRING) ) {
                alt36=1;
            }
            switch (alt36) {
                case 1 :
                    // InternalItup.g:2445:4: (lv_statement_2_0= RULE_STRING )
                    {
                    // InternalItup.g:2445:4: (lv_statement_2_0= RULE_STRING )
                    // InternalItup.g:2446:5: lv_statement_2_0= RULE_STRING
                    {
                    lv_statement_2_0=(Token)match(input,RULE_STRING,FOLLOW_53); 

                    					newLeafNode(lv_statement_2_0, grammarAccess.getTargetAccess().getStatementSTRINGTerminalRuleCall_2_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getTargetRule());
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

            // InternalItup.g:2462:3: (otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'horizon' ( (lv_horizon_8_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_9_0= ruleMeasuredTargetKind ) ) ( (lv_value_10_0= ruleDecimal ) ) ( (lv_unit_11_0= RULE_STRING ) )? ) | ( (lv_kind_12_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_13_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_14= 'population' ( (lv_population_15_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (this_Replaces_16= ruleReplaces[$current] ) ) ) ) )* ) ) ) ( (lv_indicators_17_0= rulePerformanceIndicator ) )* otherlv_18= '}' )?
            int alt41=2;
            int LA41_0 = input.LA(1);

            if ( (LA41_0==22) ) {
                alt41=1;
            }
            switch (alt41) {
                case 1 :
                    // InternalItup.g:2463:4: otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'horizon' ( (lv_horizon_8_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_9_0= ruleMeasuredTargetKind ) ) ( (lv_value_10_0= ruleDecimal ) ) ( (lv_unit_11_0= RULE_STRING ) )? ) | ( (lv_kind_12_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_13_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_14= 'population' ( (lv_population_15_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (this_Replaces_16= ruleReplaces[$current] ) ) ) ) )* ) ) ) ( (lv_indicators_17_0= rulePerformanceIndicator ) )* otherlv_18= '}'
                    {
                    otherlv_3=(Token)match(input,22,FOLLOW_54); 

                    				newLeafNode(otherlv_3, grammarAccess.getTargetAccess().getLeftCurlyBracketKeyword_3_0());
                    			
                    // InternalItup.g:2467:4: ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'horizon' ( (lv_horizon_8_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_9_0= ruleMeasuredTargetKind ) ) ( (lv_value_10_0= ruleDecimal ) ) ( (lv_unit_11_0= RULE_STRING ) )? ) | ( (lv_kind_12_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_13_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_14= 'population' ( (lv_population_15_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (this_Replaces_16= ruleReplaces[$current] ) ) ) ) )* ) ) )
                    // InternalItup.g:2468:5: ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'horizon' ( (lv_horizon_8_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_9_0= ruleMeasuredTargetKind ) ) ( (lv_value_10_0= ruleDecimal ) ) ( (lv_unit_11_0= RULE_STRING ) )? ) | ( (lv_kind_12_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_13_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_14= 'population' ( (lv_population_15_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (this_Replaces_16= ruleReplaces[$current] ) ) ) ) )* ) )
                    {
                    // InternalItup.g:2468:5: ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'horizon' ( (lv_horizon_8_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_9_0= ruleMeasuredTargetKind ) ) ( (lv_value_10_0= ruleDecimal ) ) ( (lv_unit_11_0= RULE_STRING ) )? ) | ( (lv_kind_12_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_13_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_14= 'population' ( (lv_population_15_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (this_Replaces_16= ruleReplaces[$current] ) ) ) ) )* ) )
                    // InternalItup.g:2469:6: ( ( ({...}? => ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'horizon' ( (lv_horizon_8_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_9_0= ruleMeasuredTargetKind ) ) ( (lv_value_10_0= ruleDecimal ) ) ( (lv_unit_11_0= RULE_STRING ) )? ) | ( (lv_kind_12_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_13_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_14= 'population' ( (lv_population_15_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (this_Replaces_16= ruleReplaces[$current] ) ) ) ) )* )
                    {
                     
                    					  getUnorderedGroupHelper().enter(grammarAccess.getTargetAccess().getUnorderedGroup_3_1());
                    					
                    // InternalItup.g:2472:6: ( ( ({...}? => ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'horizon' ( (lv_horizon_8_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_9_0= ruleMeasuredTargetKind ) ) ( (lv_value_10_0= ruleDecimal ) ) ( (lv_unit_11_0= RULE_STRING ) )? ) | ( (lv_kind_12_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_13_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_14= 'population' ( (lv_population_15_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (this_Replaces_16= ruleReplaces[$current] ) ) ) ) )* )
                    // InternalItup.g:2473:7: ( ({...}? => ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'horizon' ( (lv_horizon_8_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_9_0= ruleMeasuredTargetKind ) ) ( (lv_value_10_0= ruleDecimal ) ) ( (lv_unit_11_0= RULE_STRING ) )? ) | ( (lv_kind_12_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_13_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_14= 'population' ( (lv_population_15_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (this_Replaces_16= ruleReplaces[$current] ) ) ) ) )*
                    {
                    // InternalItup.g:2473:7: ( ({...}? => ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'horizon' ( (lv_horizon_8_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_9_0= ruleMeasuredTargetKind ) ) ( (lv_value_10_0= ruleDecimal ) ) ( (lv_unit_11_0= RULE_STRING ) )? ) | ( (lv_kind_12_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_13_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_14= 'population' ( (lv_population_15_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (this_Replaces_16= ruleReplaces[$current] ) ) ) ) )*
                    loop39:
                    do {
                        int alt39=7;
                        int LA39_0 = input.LA(1);

                        if ( LA39_0 == 15 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 0) ) {
                            alt39=1;
                        }
                        else if ( LA39_0 == 59 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 1) ) {
                            alt39=2;
                        }
                        else if ( LA39_0 >= 90 && LA39_0 <= 93 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 2) ) {
                            alt39=3;
                        }
                        else if ( LA39_0 == 61 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 3) ) {
                            alt39=4;
                        }
                        else if ( LA39_0 == 60 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 4) ) {
                            alt39=5;
                        }
                        else if ( LA39_0 == 53 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 5) ) {
                            alt39=6;
                        }


                        switch (alt39) {
                    	case 1 :
                    	    // InternalItup.g:2474:5: ({...}? => ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) ) )
                    	    {
                    	    // InternalItup.g:2474:5: ({...}? => ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) ) )
                    	    // InternalItup.g:2475:6: {...}? => ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 0) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 0)");
                    	    }
                    	    // InternalItup.g:2475:106: ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) )
                    	    // InternalItup.g:2476:7: ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 0);
                    	    						
                    	    // InternalItup.g:2479:10: ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) )
                    	    // InternalItup.g:2479:11: {...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "true");
                    	    }
                    	    // InternalItup.g:2479:20: (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) )
                    	    // InternalItup.g:2479:21: otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) )
                    	    {
                    	    otherlv_5=(Token)match(input,15,FOLLOW_6); 

                    	    										newLeafNode(otherlv_5, grammarAccess.getTargetAccess().getByKeyword_3_1_0_0());
                    	    									
                    	    // InternalItup.g:2483:10: ( (lv_deadline_6_0= ruleYear ) )
                    	    // InternalItup.g:2484:11: (lv_deadline_6_0= ruleYear )
                    	    {
                    	    // InternalItup.g:2484:11: (lv_deadline_6_0= ruleYear )
                    	    // InternalItup.g:2485:12: lv_deadline_6_0= ruleYear
                    	    {

                    	    												newCompositeNode(grammarAccess.getTargetAccess().getDeadlineYearParserRuleCall_3_1_0_1_0());
                    	    											
                    	    pushFollow(FOLLOW_54);
                    	    lv_deadline_6_0=ruleYear();

                    	    state._fsp--;


                    	    												if (current==null) {
                    	    													current = createModelElementForParent(grammarAccess.getTargetRule());
                    	    												}
                    	    												set(
                    	    													current,
                    	    													"deadline",
                    	    													lv_deadline_6_0,
                    	    													"org.itup.dsl.Itup.Year");
                    	    												afterParserOrEnumRuleCall();
                    	    											

                    	    }


                    	    }


                    	    }


                    	    }

                    	     
                    	    							getUnorderedGroupHelper().returnFromSelection(grammarAccess.getTargetAccess().getUnorderedGroup_3_1());
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 2 :
                    	    // InternalItup.g:2508:5: ({...}? => ( ({...}? => (otherlv_7= 'horizon' ( (lv_horizon_8_0= ruleYear ) ) ) ) ) )
                    	    {
                    	    // InternalItup.g:2508:5: ({...}? => ( ({...}? => (otherlv_7= 'horizon' ( (lv_horizon_8_0= ruleYear ) ) ) ) ) )
                    	    // InternalItup.g:2509:6: {...}? => ( ({...}? => (otherlv_7= 'horizon' ( (lv_horizon_8_0= ruleYear ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 1) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 1)");
                    	    }
                    	    // InternalItup.g:2509:106: ( ({...}? => (otherlv_7= 'horizon' ( (lv_horizon_8_0= ruleYear ) ) ) ) )
                    	    // InternalItup.g:2510:7: ({...}? => (otherlv_7= 'horizon' ( (lv_horizon_8_0= ruleYear ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 1);
                    	    						
                    	    // InternalItup.g:2513:10: ({...}? => (otherlv_7= 'horizon' ( (lv_horizon_8_0= ruleYear ) ) ) )
                    	    // InternalItup.g:2513:11: {...}? => (otherlv_7= 'horizon' ( (lv_horizon_8_0= ruleYear ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "true");
                    	    }
                    	    // InternalItup.g:2513:20: (otherlv_7= 'horizon' ( (lv_horizon_8_0= ruleYear ) ) )
                    	    // InternalItup.g:2513:21: otherlv_7= 'horizon' ( (lv_horizon_8_0= ruleYear ) )
                    	    {
                    	    otherlv_7=(Token)match(input,59,FOLLOW_6); 

                    	    										newLeafNode(otherlv_7, grammarAccess.getTargetAccess().getHorizonKeyword_3_1_1_0());
                    	    									
                    	    // InternalItup.g:2517:10: ( (lv_horizon_8_0= ruleYear ) )
                    	    // InternalItup.g:2518:11: (lv_horizon_8_0= ruleYear )
                    	    {
                    	    // InternalItup.g:2518:11: (lv_horizon_8_0= ruleYear )
                    	    // InternalItup.g:2519:12: lv_horizon_8_0= ruleYear
                    	    {

                    	    												newCompositeNode(grammarAccess.getTargetAccess().getHorizonYearParserRuleCall_3_1_1_1_0());
                    	    											
                    	    pushFollow(FOLLOW_54);
                    	    lv_horizon_8_0=ruleYear();

                    	    state._fsp--;


                    	    												if (current==null) {
                    	    													current = createModelElementForParent(grammarAccess.getTargetRule());
                    	    												}
                    	    												set(
                    	    													current,
                    	    													"horizon",
                    	    													lv_horizon_8_0,
                    	    													"org.itup.dsl.Itup.Year");
                    	    												afterParserOrEnumRuleCall();
                    	    											

                    	    }


                    	    }


                    	    }


                    	    }

                    	     
                    	    							getUnorderedGroupHelper().returnFromSelection(grammarAccess.getTargetAccess().getUnorderedGroup_3_1());
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 3 :
                    	    // InternalItup.g:2542:5: ({...}? => ( ({...}? => ( ( ( (lv_kind_9_0= ruleMeasuredTargetKind ) ) ( (lv_value_10_0= ruleDecimal ) ) ( (lv_unit_11_0= RULE_STRING ) )? ) | ( (lv_kind_12_0= ruleQualitativeTargetKind ) ) ) ) ) )
                    	    {
                    	    // InternalItup.g:2542:5: ({...}? => ( ({...}? => ( ( ( (lv_kind_9_0= ruleMeasuredTargetKind ) ) ( (lv_value_10_0= ruleDecimal ) ) ( (lv_unit_11_0= RULE_STRING ) )? ) | ( (lv_kind_12_0= ruleQualitativeTargetKind ) ) ) ) ) )
                    	    // InternalItup.g:2543:6: {...}? => ( ({...}? => ( ( ( (lv_kind_9_0= ruleMeasuredTargetKind ) ) ( (lv_value_10_0= ruleDecimal ) ) ( (lv_unit_11_0= RULE_STRING ) )? ) | ( (lv_kind_12_0= ruleQualitativeTargetKind ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 2) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 2)");
                    	    }
                    	    // InternalItup.g:2543:106: ( ({...}? => ( ( ( (lv_kind_9_0= ruleMeasuredTargetKind ) ) ( (lv_value_10_0= ruleDecimal ) ) ( (lv_unit_11_0= RULE_STRING ) )? ) | ( (lv_kind_12_0= ruleQualitativeTargetKind ) ) ) ) )
                    	    // InternalItup.g:2544:7: ({...}? => ( ( ( (lv_kind_9_0= ruleMeasuredTargetKind ) ) ( (lv_value_10_0= ruleDecimal ) ) ( (lv_unit_11_0= RULE_STRING ) )? ) | ( (lv_kind_12_0= ruleQualitativeTargetKind ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 2);
                    	    						
                    	    // InternalItup.g:2547:10: ({...}? => ( ( ( (lv_kind_9_0= ruleMeasuredTargetKind ) ) ( (lv_value_10_0= ruleDecimal ) ) ( (lv_unit_11_0= RULE_STRING ) )? ) | ( (lv_kind_12_0= ruleQualitativeTargetKind ) ) ) )
                    	    // InternalItup.g:2547:11: {...}? => ( ( ( (lv_kind_9_0= ruleMeasuredTargetKind ) ) ( (lv_value_10_0= ruleDecimal ) ) ( (lv_unit_11_0= RULE_STRING ) )? ) | ( (lv_kind_12_0= ruleQualitativeTargetKind ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "true");
                    	    }
                    	    // InternalItup.g:2547:20: ( ( ( (lv_kind_9_0= ruleMeasuredTargetKind ) ) ( (lv_value_10_0= ruleDecimal ) ) ( (lv_unit_11_0= RULE_STRING ) )? ) | ( (lv_kind_12_0= ruleQualitativeTargetKind ) ) )
                    	    int alt38=2;
                    	    int LA38_0 = input.LA(1);

                    	    if ( ((LA38_0>=90 && LA38_0<=92)) ) {
                    	        alt38=1;
                    	    }
                    	    else if ( (LA38_0==93) ) {
                    	        alt38=2;
                    	    }
                    	    else {
                    	        NoViableAltException nvae =
                    	            new NoViableAltException("", 38, 0, input);

                    	        throw nvae;
                    	    }
                    	    switch (alt38) {
                    	        case 1 :
                    	            // InternalItup.g:2547:21: ( ( (lv_kind_9_0= ruleMeasuredTargetKind ) ) ( (lv_value_10_0= ruleDecimal ) ) ( (lv_unit_11_0= RULE_STRING ) )? )
                    	            {
                    	            // InternalItup.g:2547:21: ( ( (lv_kind_9_0= ruleMeasuredTargetKind ) ) ( (lv_value_10_0= ruleDecimal ) ) ( (lv_unit_11_0= RULE_STRING ) )? )
                    	            // InternalItup.g:2548:11: ( (lv_kind_9_0= ruleMeasuredTargetKind ) ) ( (lv_value_10_0= ruleDecimal ) ) ( (lv_unit_11_0= RULE_STRING ) )?
                    	            {
                    	            // InternalItup.g:2548:11: ( (lv_kind_9_0= ruleMeasuredTargetKind ) )
                    	            // InternalItup.g:2549:12: (lv_kind_9_0= ruleMeasuredTargetKind )
                    	            {
                    	            // InternalItup.g:2549:12: (lv_kind_9_0= ruleMeasuredTargetKind )
                    	            // InternalItup.g:2550:13: lv_kind_9_0= ruleMeasuredTargetKind
                    	            {

                    	            													newCompositeNode(grammarAccess.getTargetAccess().getKindMeasuredTargetKindEnumRuleCall_3_1_2_0_0_0());
                    	            												
                    	            pushFollow(FOLLOW_41);
                    	            lv_kind_9_0=ruleMeasuredTargetKind();

                    	            state._fsp--;


                    	            													if (current==null) {
                    	            														current = createModelElementForParent(grammarAccess.getTargetRule());
                    	            													}
                    	            													set(
                    	            														current,
                    	            														"kind",
                    	            														lv_kind_9_0,
                    	            														"org.itup.dsl.Itup.MeasuredTargetKind");
                    	            													afterParserOrEnumRuleCall();
                    	            												

                    	            }


                    	            }

                    	            // InternalItup.g:2567:11: ( (lv_value_10_0= ruleDecimal ) )
                    	            // InternalItup.g:2568:12: (lv_value_10_0= ruleDecimal )
                    	            {
                    	            // InternalItup.g:2568:12: (lv_value_10_0= ruleDecimal )
                    	            // InternalItup.g:2569:13: lv_value_10_0= ruleDecimal
                    	            {

                    	            													newCompositeNode(grammarAccess.getTargetAccess().getValueDecimalParserRuleCall_3_1_2_0_1_0());
                    	            												
                    	            pushFollow(FOLLOW_55);
                    	            lv_value_10_0=ruleDecimal();

                    	            state._fsp--;


                    	            													if (current==null) {
                    	            														current = createModelElementForParent(grammarAccess.getTargetRule());
                    	            													}
                    	            													set(
                    	            														current,
                    	            														"value",
                    	            														lv_value_10_0,
                    	            														"org.itup.dsl.Itup.Decimal");
                    	            													afterParserOrEnumRuleCall();
                    	            												

                    	            }


                    	            }

                    	            // InternalItup.g:2586:11: ( (lv_unit_11_0= RULE_STRING ) )?
                    	            int alt37=2;
                    	            int LA37_0 = input.LA(1);

                    	            if ( (LA37_0==RULE_STRING) ) {
                    	                alt37=1;
                    	            }
                    	            switch (alt37) {
                    	                case 1 :
                    	                    // InternalItup.g:2587:12: (lv_unit_11_0= RULE_STRING )
                    	                    {
                    	                    // InternalItup.g:2587:12: (lv_unit_11_0= RULE_STRING )
                    	                    // InternalItup.g:2588:13: lv_unit_11_0= RULE_STRING
                    	                    {
                    	                    lv_unit_11_0=(Token)match(input,RULE_STRING,FOLLOW_54); 

                    	                    													newLeafNode(lv_unit_11_0, grammarAccess.getTargetAccess().getUnitSTRINGTerminalRuleCall_3_1_2_0_2_0());
                    	                    												

                    	                    													if (current==null) {
                    	                    														current = createModelElement(grammarAccess.getTargetRule());
                    	                    													}
                    	                    													setWithLastConsumed(
                    	                    														current,
                    	                    														"unit",
                    	                    														lv_unit_11_0,
                    	                    														"org.eclipse.xtext.common.Terminals.STRING");
                    	                    												

                    	                    }


                    	                    }
                    	                    break;

                    	            }


                    	            }


                    	            }
                    	            break;
                    	        case 2 :
                    	            // InternalItup.g:2606:10: ( (lv_kind_12_0= ruleQualitativeTargetKind ) )
                    	            {
                    	            // InternalItup.g:2606:10: ( (lv_kind_12_0= ruleQualitativeTargetKind ) )
                    	            // InternalItup.g:2607:11: (lv_kind_12_0= ruleQualitativeTargetKind )
                    	            {
                    	            // InternalItup.g:2607:11: (lv_kind_12_0= ruleQualitativeTargetKind )
                    	            // InternalItup.g:2608:12: lv_kind_12_0= ruleQualitativeTargetKind
                    	            {

                    	            												newCompositeNode(grammarAccess.getTargetAccess().getKindQualitativeTargetKindEnumRuleCall_3_1_2_1_0());
                    	            											
                    	            pushFollow(FOLLOW_54);
                    	            lv_kind_12_0=ruleQualitativeTargetKind();

                    	            state._fsp--;


                    	            												if (current==null) {
                    	            													current = createModelElementForParent(grammarAccess.getTargetRule());
                    	            												}
                    	            												set(
                    	            													current,
                    	            													"kind",
                    	            													lv_kind_12_0,
                    	            													"org.itup.dsl.Itup.QualitativeTargetKind");
                    	            												afterParserOrEnumRuleCall();
                    	            											

                    	            }


                    	            }


                    	            }
                    	            break;

                    	    }


                    	    }

                    	     
                    	    							getUnorderedGroupHelper().returnFromSelection(grammarAccess.getTargetAccess().getUnorderedGroup_3_1());
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 4 :
                    	    // InternalItup.g:2631:5: ({...}? => ( ({...}? => ( (lv_baseline_13_0= ruleBaseline ) ) ) ) )
                    	    {
                    	    // InternalItup.g:2631:5: ({...}? => ( ({...}? => ( (lv_baseline_13_0= ruleBaseline ) ) ) ) )
                    	    // InternalItup.g:2632:6: {...}? => ( ({...}? => ( (lv_baseline_13_0= ruleBaseline ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 3) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 3)");
                    	    }
                    	    // InternalItup.g:2632:106: ( ({...}? => ( (lv_baseline_13_0= ruleBaseline ) ) ) )
                    	    // InternalItup.g:2633:7: ({...}? => ( (lv_baseline_13_0= ruleBaseline ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 3);
                    	    						
                    	    // InternalItup.g:2636:10: ({...}? => ( (lv_baseline_13_0= ruleBaseline ) ) )
                    	    // InternalItup.g:2636:11: {...}? => ( (lv_baseline_13_0= ruleBaseline ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "true");
                    	    }
                    	    // InternalItup.g:2636:20: ( (lv_baseline_13_0= ruleBaseline ) )
                    	    // InternalItup.g:2636:21: (lv_baseline_13_0= ruleBaseline )
                    	    {
                    	    // InternalItup.g:2636:21: (lv_baseline_13_0= ruleBaseline )
                    	    // InternalItup.g:2637:11: lv_baseline_13_0= ruleBaseline
                    	    {

                    	    											newCompositeNode(grammarAccess.getTargetAccess().getBaselineBaselineParserRuleCall_3_1_3_0());
                    	    										
                    	    pushFollow(FOLLOW_54);
                    	    lv_baseline_13_0=ruleBaseline();

                    	    state._fsp--;


                    	    											if (current==null) {
                    	    												current = createModelElementForParent(grammarAccess.getTargetRule());
                    	    											}
                    	    											set(
                    	    												current,
                    	    												"baseline",
                    	    												lv_baseline_13_0,
                    	    												"org.itup.dsl.Itup.Baseline");
                    	    											afterParserOrEnumRuleCall();
                    	    										

                    	    }


                    	    }


                    	    }

                    	     
                    	    							getUnorderedGroupHelper().returnFromSelection(grammarAccess.getTargetAccess().getUnorderedGroup_3_1());
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 5 :
                    	    // InternalItup.g:2659:5: ({...}? => ( ({...}? => (otherlv_14= 'population' ( (lv_population_15_0= RULE_STRING ) ) ) ) ) )
                    	    {
                    	    // InternalItup.g:2659:5: ({...}? => ( ({...}? => (otherlv_14= 'population' ( (lv_population_15_0= RULE_STRING ) ) ) ) ) )
                    	    // InternalItup.g:2660:6: {...}? => ( ({...}? => (otherlv_14= 'population' ( (lv_population_15_0= RULE_STRING ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 4) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 4)");
                    	    }
                    	    // InternalItup.g:2660:106: ( ({...}? => (otherlv_14= 'population' ( (lv_population_15_0= RULE_STRING ) ) ) ) )
                    	    // InternalItup.g:2661:7: ({...}? => (otherlv_14= 'population' ( (lv_population_15_0= RULE_STRING ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 4);
                    	    						
                    	    // InternalItup.g:2664:10: ({...}? => (otherlv_14= 'population' ( (lv_population_15_0= RULE_STRING ) ) ) )
                    	    // InternalItup.g:2664:11: {...}? => (otherlv_14= 'population' ( (lv_population_15_0= RULE_STRING ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "true");
                    	    }
                    	    // InternalItup.g:2664:20: (otherlv_14= 'population' ( (lv_population_15_0= RULE_STRING ) ) )
                    	    // InternalItup.g:2664:21: otherlv_14= 'population' ( (lv_population_15_0= RULE_STRING ) )
                    	    {
                    	    otherlv_14=(Token)match(input,60,FOLLOW_10); 

                    	    										newLeafNode(otherlv_14, grammarAccess.getTargetAccess().getPopulationKeyword_3_1_4_0());
                    	    									
                    	    // InternalItup.g:2668:10: ( (lv_population_15_0= RULE_STRING ) )
                    	    // InternalItup.g:2669:11: (lv_population_15_0= RULE_STRING )
                    	    {
                    	    // InternalItup.g:2669:11: (lv_population_15_0= RULE_STRING )
                    	    // InternalItup.g:2670:12: lv_population_15_0= RULE_STRING
                    	    {
                    	    lv_population_15_0=(Token)match(input,RULE_STRING,FOLLOW_54); 

                    	    												newLeafNode(lv_population_15_0, grammarAccess.getTargetAccess().getPopulationSTRINGTerminalRuleCall_3_1_4_1_0());
                    	    											

                    	    												if (current==null) {
                    	    													current = createModelElement(grammarAccess.getTargetRule());
                    	    												}
                    	    												setWithLastConsumed(
                    	    													current,
                    	    													"population",
                    	    													lv_population_15_0,
                    	    													"org.eclipse.xtext.common.Terminals.STRING");
                    	    											

                    	    }


                    	    }


                    	    }


                    	    }

                    	     
                    	    							getUnorderedGroupHelper().returnFromSelection(grammarAccess.getTargetAccess().getUnorderedGroup_3_1());
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 6 :
                    	    // InternalItup.g:2692:5: ({...}? => ( ({...}? => (this_Replaces_16= ruleReplaces[$current] ) ) ) )
                    	    {
                    	    // InternalItup.g:2692:5: ({...}? => ( ({...}? => (this_Replaces_16= ruleReplaces[$current] ) ) ) )
                    	    // InternalItup.g:2693:6: {...}? => ( ({...}? => (this_Replaces_16= ruleReplaces[$current] ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 5) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 5)");
                    	    }
                    	    // InternalItup.g:2693:106: ( ({...}? => (this_Replaces_16= ruleReplaces[$current] ) ) )
                    	    // InternalItup.g:2694:7: ({...}? => (this_Replaces_16= ruleReplaces[$current] ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 5);
                    	    						
                    	    // InternalItup.g:2697:10: ({...}? => (this_Replaces_16= ruleReplaces[$current] ) )
                    	    // InternalItup.g:2697:11: {...}? => (this_Replaces_16= ruleReplaces[$current] )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "true");
                    	    }
                    	    // InternalItup.g:2697:20: (this_Replaces_16= ruleReplaces[$current] )
                    	    // InternalItup.g:2697:21: this_Replaces_16= ruleReplaces[$current]
                    	    {

                    	    										if (current==null) {
                    	    											current = createModelElement(grammarAccess.getTargetRule());
                    	    										}
                    	    										newCompositeNode(grammarAccess.getTargetAccess().getReplacesParserRuleCall_3_1_5());
                    	    									
                    	    pushFollow(FOLLOW_54);
                    	    this_Replaces_16=ruleReplaces(current);

                    	    state._fsp--;


                    	    										current = this_Replaces_16;
                    	    										afterParserOrEnumRuleCall();
                    	    									

                    	    }


                    	    }

                    	     
                    	    							getUnorderedGroupHelper().returnFromSelection(grammarAccess.getTargetAccess().getUnorderedGroup_3_1());
                    	    						

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

                     
                    					  getUnorderedGroupHelper().leave(grammarAccess.getTargetAccess().getUnorderedGroup_3_1());
                    					

                    }

                    // InternalItup.g:2721:4: ( (lv_indicators_17_0= rulePerformanceIndicator ) )*
                    loop40:
                    do {
                        int alt40=2;
                        int LA40_0 = input.LA(1);

                        if ( (LA40_0==69) ) {
                            alt40=1;
                        }


                        switch (alt40) {
                    	case 1 :
                    	    // InternalItup.g:2722:5: (lv_indicators_17_0= rulePerformanceIndicator )
                    	    {
                    	    // InternalItup.g:2722:5: (lv_indicators_17_0= rulePerformanceIndicator )
                    	    // InternalItup.g:2723:6: lv_indicators_17_0= rulePerformanceIndicator
                    	    {

                    	    						newCompositeNode(grammarAccess.getTargetAccess().getIndicatorsPerformanceIndicatorParserRuleCall_3_2_0());
                    	    					
                    	    pushFollow(FOLLOW_56);
                    	    lv_indicators_17_0=rulePerformanceIndicator();

                    	    state._fsp--;


                    	    						if (current==null) {
                    	    							current = createModelElementForParent(grammarAccess.getTargetRule());
                    	    						}
                    	    						add(
                    	    							current,
                    	    							"indicators",
                    	    							lv_indicators_17_0,
                    	    							"org.itup.dsl.Itup.PerformanceIndicator");
                    	    						afterParserOrEnumRuleCall();
                    	    					

                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop40;
                        }
                    } while (true);

                    otherlv_18=(Token)match(input,23,FOLLOW_2); 

                    				newLeafNode(otherlv_18, grammarAccess.getTargetAccess().getRightCurlyBracketKeyword_3_3());
                    			

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
    // InternalItup.g:2749:1: entryRuleBaseline returns [EObject current=null] : iv_ruleBaseline= ruleBaseline EOF ;
    public final EObject entryRuleBaseline() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleBaseline = null;


        try {
            // InternalItup.g:2749:49: (iv_ruleBaseline= ruleBaseline EOF )
            // InternalItup.g:2750:2: iv_ruleBaseline= ruleBaseline EOF
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
    // InternalItup.g:2756:1: ruleBaseline returns [EObject current=null] : (otherlv_0= 'baseline' ( (lv_year_1_0= ruleYear ) ) ( ( (lv_measured_2_0= 'measured' ) ) | (otherlv_3= 'value' ( (lv_value_4_0= ruleDecimal ) ) ( (lv_unit_5_0= RULE_STRING ) )? ) )? ) ;
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
            // InternalItup.g:2762:2: ( (otherlv_0= 'baseline' ( (lv_year_1_0= ruleYear ) ) ( ( (lv_measured_2_0= 'measured' ) ) | (otherlv_3= 'value' ( (lv_value_4_0= ruleDecimal ) ) ( (lv_unit_5_0= RULE_STRING ) )? ) )? ) )
            // InternalItup.g:2763:2: (otherlv_0= 'baseline' ( (lv_year_1_0= ruleYear ) ) ( ( (lv_measured_2_0= 'measured' ) ) | (otherlv_3= 'value' ( (lv_value_4_0= ruleDecimal ) ) ( (lv_unit_5_0= RULE_STRING ) )? ) )? )
            {
            // InternalItup.g:2763:2: (otherlv_0= 'baseline' ( (lv_year_1_0= ruleYear ) ) ( ( (lv_measured_2_0= 'measured' ) ) | (otherlv_3= 'value' ( (lv_value_4_0= ruleDecimal ) ) ( (lv_unit_5_0= RULE_STRING ) )? ) )? )
            // InternalItup.g:2764:3: otherlv_0= 'baseline' ( (lv_year_1_0= ruleYear ) ) ( ( (lv_measured_2_0= 'measured' ) ) | (otherlv_3= 'value' ( (lv_value_4_0= ruleDecimal ) ) ( (lv_unit_5_0= RULE_STRING ) )? ) )?
            {
            otherlv_0=(Token)match(input,61,FOLLOW_6); 

            			newLeafNode(otherlv_0, grammarAccess.getBaselineAccess().getBaselineKeyword_0());
            		
            // InternalItup.g:2768:3: ( (lv_year_1_0= ruleYear ) )
            // InternalItup.g:2769:4: (lv_year_1_0= ruleYear )
            {
            // InternalItup.g:2769:4: (lv_year_1_0= ruleYear )
            // InternalItup.g:2770:5: lv_year_1_0= ruleYear
            {

            					newCompositeNode(grammarAccess.getBaselineAccess().getYearYearParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_57);
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

            // InternalItup.g:2787:3: ( ( (lv_measured_2_0= 'measured' ) ) | (otherlv_3= 'value' ( (lv_value_4_0= ruleDecimal ) ) ( (lv_unit_5_0= RULE_STRING ) )? ) )?
            int alt43=3;
            int LA43_0 = input.LA(1);

            if ( (LA43_0==42) ) {
                alt43=1;
            }
            else if ( (LA43_0==44) ) {
                alt43=2;
            }
            switch (alt43) {
                case 1 :
                    // InternalItup.g:2788:4: ( (lv_measured_2_0= 'measured' ) )
                    {
                    // InternalItup.g:2788:4: ( (lv_measured_2_0= 'measured' ) )
                    // InternalItup.g:2789:5: (lv_measured_2_0= 'measured' )
                    {
                    // InternalItup.g:2789:5: (lv_measured_2_0= 'measured' )
                    // InternalItup.g:2790:6: lv_measured_2_0= 'measured'
                    {
                    lv_measured_2_0=(Token)match(input,42,FOLLOW_2); 

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
                    // InternalItup.g:2803:4: (otherlv_3= 'value' ( (lv_value_4_0= ruleDecimal ) ) ( (lv_unit_5_0= RULE_STRING ) )? )
                    {
                    // InternalItup.g:2803:4: (otherlv_3= 'value' ( (lv_value_4_0= ruleDecimal ) ) ( (lv_unit_5_0= RULE_STRING ) )? )
                    // InternalItup.g:2804:5: otherlv_3= 'value' ( (lv_value_4_0= ruleDecimal ) ) ( (lv_unit_5_0= RULE_STRING ) )?
                    {
                    otherlv_3=(Token)match(input,44,FOLLOW_41); 

                    					newLeafNode(otherlv_3, grammarAccess.getBaselineAccess().getValueKeyword_2_1_0());
                    				
                    // InternalItup.g:2808:5: ( (lv_value_4_0= ruleDecimal ) )
                    // InternalItup.g:2809:6: (lv_value_4_0= ruleDecimal )
                    {
                    // InternalItup.g:2809:6: (lv_value_4_0= ruleDecimal )
                    // InternalItup.g:2810:7: lv_value_4_0= ruleDecimal
                    {

                    							newCompositeNode(grammarAccess.getBaselineAccess().getValueDecimalParserRuleCall_2_1_1_0());
                    						
                    pushFollow(FOLLOW_36);
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

                    // InternalItup.g:2827:5: ( (lv_unit_5_0= RULE_STRING ) )?
                    int alt42=2;
                    int LA42_0 = input.LA(1);

                    if ( (LA42_0==RULE_STRING) ) {
                        alt42=1;
                    }
                    switch (alt42) {
                        case 1 :
                            // InternalItup.g:2828:6: (lv_unit_5_0= RULE_STRING )
                            {
                            // InternalItup.g:2828:6: (lv_unit_5_0= RULE_STRING )
                            // InternalItup.g:2829:7: lv_unit_5_0= RULE_STRING
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
    // InternalItup.g:2851:1: entryRuleSdgLink returns [EObject current=null] : iv_ruleSdgLink= ruleSdgLink EOF ;
    public final EObject entryRuleSdgLink() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleSdgLink = null;


        try {
            // InternalItup.g:2851:48: (iv_ruleSdgLink= ruleSdgLink EOF )
            // InternalItup.g:2852:2: iv_ruleSdgLink= ruleSdgLink EOF
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
    // InternalItup.g:2858:1: ruleSdgLink returns [EObject current=null] : ( ( (lv_target_0_0= ruleCode ) ) (otherlv_1= '(' ( (lv_indicators_2_0= ruleCode ) ) (otherlv_3= ',' ( (lv_indicators_4_0= ruleCode ) ) )* otherlv_5= ')' )? ) ;
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
            // InternalItup.g:2864:2: ( ( ( (lv_target_0_0= ruleCode ) ) (otherlv_1= '(' ( (lv_indicators_2_0= ruleCode ) ) (otherlv_3= ',' ( (lv_indicators_4_0= ruleCode ) ) )* otherlv_5= ')' )? ) )
            // InternalItup.g:2865:2: ( ( (lv_target_0_0= ruleCode ) ) (otherlv_1= '(' ( (lv_indicators_2_0= ruleCode ) ) (otherlv_3= ',' ( (lv_indicators_4_0= ruleCode ) ) )* otherlv_5= ')' )? )
            {
            // InternalItup.g:2865:2: ( ( (lv_target_0_0= ruleCode ) ) (otherlv_1= '(' ( (lv_indicators_2_0= ruleCode ) ) (otherlv_3= ',' ( (lv_indicators_4_0= ruleCode ) ) )* otherlv_5= ')' )? )
            // InternalItup.g:2866:3: ( (lv_target_0_0= ruleCode ) ) (otherlv_1= '(' ( (lv_indicators_2_0= ruleCode ) ) (otherlv_3= ',' ( (lv_indicators_4_0= ruleCode ) ) )* otherlv_5= ')' )?
            {
            // InternalItup.g:2866:3: ( (lv_target_0_0= ruleCode ) )
            // InternalItup.g:2867:4: (lv_target_0_0= ruleCode )
            {
            // InternalItup.g:2867:4: (lv_target_0_0= ruleCode )
            // InternalItup.g:2868:5: lv_target_0_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getSdgLinkAccess().getTargetCodeParserRuleCall_0_0());
            				
            pushFollow(FOLLOW_58);
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

            // InternalItup.g:2885:3: (otherlv_1= '(' ( (lv_indicators_2_0= ruleCode ) ) (otherlv_3= ',' ( (lv_indicators_4_0= ruleCode ) ) )* otherlv_5= ')' )?
            int alt45=2;
            int LA45_0 = input.LA(1);

            if ( (LA45_0==62) ) {
                alt45=1;
            }
            switch (alt45) {
                case 1 :
                    // InternalItup.g:2886:4: otherlv_1= '(' ( (lv_indicators_2_0= ruleCode ) ) (otherlv_3= ',' ( (lv_indicators_4_0= ruleCode ) ) )* otherlv_5= ')'
                    {
                    otherlv_1=(Token)match(input,62,FOLLOW_16); 

                    				newLeafNode(otherlv_1, grammarAccess.getSdgLinkAccess().getLeftParenthesisKeyword_1_0());
                    			
                    // InternalItup.g:2890:4: ( (lv_indicators_2_0= ruleCode ) )
                    // InternalItup.g:2891:5: (lv_indicators_2_0= ruleCode )
                    {
                    // InternalItup.g:2891:5: (lv_indicators_2_0= ruleCode )
                    // InternalItup.g:2892:6: lv_indicators_2_0= ruleCode
                    {

                    						newCompositeNode(grammarAccess.getSdgLinkAccess().getIndicatorsCodeParserRuleCall_1_1_0());
                    					
                    pushFollow(FOLLOW_59);
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

                    // InternalItup.g:2909:4: (otherlv_3= ',' ( (lv_indicators_4_0= ruleCode ) ) )*
                    loop44:
                    do {
                        int alt44=2;
                        int LA44_0 = input.LA(1);

                        if ( (LA44_0==20) ) {
                            alt44=1;
                        }


                        switch (alt44) {
                    	case 1 :
                    	    // InternalItup.g:2910:5: otherlv_3= ',' ( (lv_indicators_4_0= ruleCode ) )
                    	    {
                    	    otherlv_3=(Token)match(input,20,FOLLOW_16); 

                    	    					newLeafNode(otherlv_3, grammarAccess.getSdgLinkAccess().getCommaKeyword_1_2_0());
                    	    				
                    	    // InternalItup.g:2914:5: ( (lv_indicators_4_0= ruleCode ) )
                    	    // InternalItup.g:2915:6: (lv_indicators_4_0= ruleCode )
                    	    {
                    	    // InternalItup.g:2915:6: (lv_indicators_4_0= ruleCode )
                    	    // InternalItup.g:2916:7: lv_indicators_4_0= ruleCode
                    	    {

                    	    							newCompositeNode(grammarAccess.getSdgLinkAccess().getIndicatorsCodeParserRuleCall_1_2_1_0());
                    	    						
                    	    pushFollow(FOLLOW_59);
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
                    	    break loop44;
                        }
                    } while (true);

                    otherlv_5=(Token)match(input,63,FOLLOW_2); 

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
    // InternalItup.g:2943:1: entryRuleSector returns [EObject current=null] : iv_ruleSector= ruleSector EOF ;
    public final EObject entryRuleSector() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleSector = null;


        try {
            // InternalItup.g:2943:47: (iv_ruleSector= ruleSector EOF )
            // InternalItup.g:2944:2: iv_ruleSector= ruleSector EOF
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
    // InternalItup.g:2950:1: ruleSector returns [EObject current=null] : ( ( (lv_kind_0_0= ruleSectorKind ) ) ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'bureau' ( (lv_bureau_5_0= ruleBureau ) ) )? ( ( (lv_objectives_6_0= ruleObjective ) ) | ( (lv_enablers_7_0= ruleEnabler ) ) | ( (lv_budgets_8_0= ruleBudget ) ) )* otherlv_9= '}' ) ;
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
            // InternalItup.g:2956:2: ( ( ( (lv_kind_0_0= ruleSectorKind ) ) ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'bureau' ( (lv_bureau_5_0= ruleBureau ) ) )? ( ( (lv_objectives_6_0= ruleObjective ) ) | ( (lv_enablers_7_0= ruleEnabler ) ) | ( (lv_budgets_8_0= ruleBudget ) ) )* otherlv_9= '}' ) )
            // InternalItup.g:2957:2: ( ( (lv_kind_0_0= ruleSectorKind ) ) ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'bureau' ( (lv_bureau_5_0= ruleBureau ) ) )? ( ( (lv_objectives_6_0= ruleObjective ) ) | ( (lv_enablers_7_0= ruleEnabler ) ) | ( (lv_budgets_8_0= ruleBudget ) ) )* otherlv_9= '}' )
            {
            // InternalItup.g:2957:2: ( ( (lv_kind_0_0= ruleSectorKind ) ) ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'bureau' ( (lv_bureau_5_0= ruleBureau ) ) )? ( ( (lv_objectives_6_0= ruleObjective ) ) | ( (lv_enablers_7_0= ruleEnabler ) ) | ( (lv_budgets_8_0= ruleBudget ) ) )* otherlv_9= '}' )
            // InternalItup.g:2958:3: ( (lv_kind_0_0= ruleSectorKind ) ) ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'bureau' ( (lv_bureau_5_0= ruleBureau ) ) )? ( ( (lv_objectives_6_0= ruleObjective ) ) | ( (lv_enablers_7_0= ruleEnabler ) ) | ( (lv_budgets_8_0= ruleBudget ) ) )* otherlv_9= '}'
            {
            // InternalItup.g:2958:3: ( (lv_kind_0_0= ruleSectorKind ) )
            // InternalItup.g:2959:4: (lv_kind_0_0= ruleSectorKind )
            {
            // InternalItup.g:2959:4: (lv_kind_0_0= ruleSectorKind )
            // InternalItup.g:2960:5: lv_kind_0_0= ruleSectorKind
            {

            					newCompositeNode(grammarAccess.getSectorAccess().getKindSectorKindEnumRuleCall_0_0());
            				
            pushFollow(FOLLOW_16);
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

            // InternalItup.g:2977:3: ( (lv_name_1_0= ruleCode ) )
            // InternalItup.g:2978:4: (lv_name_1_0= ruleCode )
            {
            // InternalItup.g:2978:4: (lv_name_1_0= ruleCode )
            // InternalItup.g:2979:5: lv_name_1_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getSectorAccess().getNameCodeParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_47);
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

            // InternalItup.g:2996:3: ( (lv_title_2_0= RULE_STRING ) )?
            int alt46=2;
            int LA46_0 = input.LA(1);

            if ( (LA46_0==RULE_STRING) ) {
                alt46=1;
            }
            switch (alt46) {
                case 1 :
                    // InternalItup.g:2997:4: (lv_title_2_0= RULE_STRING )
                    {
                    // InternalItup.g:2997:4: (lv_title_2_0= RULE_STRING )
                    // InternalItup.g:2998:5: lv_title_2_0= RULE_STRING
                    {
                    lv_title_2_0=(Token)match(input,RULE_STRING,FOLLOW_19); 

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

            otherlv_3=(Token)match(input,22,FOLLOW_60); 

            			newLeafNode(otherlv_3, grammarAccess.getSectorAccess().getLeftCurlyBracketKeyword_3());
            		
            // InternalItup.g:3018:3: (otherlv_4= 'bureau' ( (lv_bureau_5_0= ruleBureau ) ) )?
            int alt47=2;
            int LA47_0 = input.LA(1);

            if ( (LA47_0==64) ) {
                alt47=1;
            }
            switch (alt47) {
                case 1 :
                    // InternalItup.g:3019:4: otherlv_4= 'bureau' ( (lv_bureau_5_0= ruleBureau ) )
                    {
                    otherlv_4=(Token)match(input,64,FOLLOW_16); 

                    				newLeafNode(otherlv_4, grammarAccess.getSectorAccess().getBureauKeyword_4_0());
                    			
                    // InternalItup.g:3023:4: ( (lv_bureau_5_0= ruleBureau ) )
                    // InternalItup.g:3024:5: (lv_bureau_5_0= ruleBureau )
                    {
                    // InternalItup.g:3024:5: (lv_bureau_5_0= ruleBureau )
                    // InternalItup.g:3025:6: lv_bureau_5_0= ruleBureau
                    {

                    						newCompositeNode(grammarAccess.getSectorAccess().getBureauBureauParserRuleCall_4_1_0());
                    					
                    pushFollow(FOLLOW_61);
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

            // InternalItup.g:3043:3: ( ( (lv_objectives_6_0= ruleObjective ) ) | ( (lv_enablers_7_0= ruleEnabler ) ) | ( (lv_budgets_8_0= ruleBudget ) ) )*
            loop48:
            do {
                int alt48=4;
                switch ( input.LA(1) ) {
                case 33:
                    {
                    alt48=1;
                    }
                    break;
                case 76:
                    {
                    alt48=2;
                    }
                    break;
                case 52:
                    {
                    alt48=3;
                    }
                    break;

                }

                switch (alt48) {
            	case 1 :
            	    // InternalItup.g:3044:4: ( (lv_objectives_6_0= ruleObjective ) )
            	    {
            	    // InternalItup.g:3044:4: ( (lv_objectives_6_0= ruleObjective ) )
            	    // InternalItup.g:3045:5: (lv_objectives_6_0= ruleObjective )
            	    {
            	    // InternalItup.g:3045:5: (lv_objectives_6_0= ruleObjective )
            	    // InternalItup.g:3046:6: lv_objectives_6_0= ruleObjective
            	    {

            	    						newCompositeNode(grammarAccess.getSectorAccess().getObjectivesObjectiveParserRuleCall_5_0_0());
            	    					
            	    pushFollow(FOLLOW_61);
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
            	    // InternalItup.g:3064:4: ( (lv_enablers_7_0= ruleEnabler ) )
            	    {
            	    // InternalItup.g:3064:4: ( (lv_enablers_7_0= ruleEnabler ) )
            	    // InternalItup.g:3065:5: (lv_enablers_7_0= ruleEnabler )
            	    {
            	    // InternalItup.g:3065:5: (lv_enablers_7_0= ruleEnabler )
            	    // InternalItup.g:3066:6: lv_enablers_7_0= ruleEnabler
            	    {

            	    						newCompositeNode(grammarAccess.getSectorAccess().getEnablersEnablerParserRuleCall_5_1_0());
            	    					
            	    pushFollow(FOLLOW_61);
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
            	    // InternalItup.g:3084:4: ( (lv_budgets_8_0= ruleBudget ) )
            	    {
            	    // InternalItup.g:3084:4: ( (lv_budgets_8_0= ruleBudget ) )
            	    // InternalItup.g:3085:5: (lv_budgets_8_0= ruleBudget )
            	    {
            	    // InternalItup.g:3085:5: (lv_budgets_8_0= ruleBudget )
            	    // InternalItup.g:3086:6: lv_budgets_8_0= ruleBudget
            	    {

            	    						newCompositeNode(grammarAccess.getSectorAccess().getBudgetsBudgetParserRuleCall_5_2_0());
            	    					
            	    pushFollow(FOLLOW_61);
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
            	    break loop48;
                }
            } while (true);

            otherlv_9=(Token)match(input,23,FOLLOW_2); 

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
    // InternalItup.g:3112:1: entryRuleBureau returns [EObject current=null] : iv_ruleBureau= ruleBureau EOF ;
    public final EObject entryRuleBureau() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleBureau = null;


        try {
            // InternalItup.g:3112:47: (iv_ruleBureau= ruleBureau EOF )
            // InternalItup.g:3113:2: iv_ruleBureau= ruleBureau EOF
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
    // InternalItup.g:3119:1: ruleBureau returns [EObject current=null] : ( ( (lv_name_0_0= ruleCode ) ) ( (lv_title_1_0= RULE_STRING ) )? ) ;
    public final EObject ruleBureau() throws RecognitionException {
        EObject current = null;

        Token lv_title_1_0=null;
        AntlrDatatypeRuleToken lv_name_0_0 = null;



        	enterRule();

        try {
            // InternalItup.g:3125:2: ( ( ( (lv_name_0_0= ruleCode ) ) ( (lv_title_1_0= RULE_STRING ) )? ) )
            // InternalItup.g:3126:2: ( ( (lv_name_0_0= ruleCode ) ) ( (lv_title_1_0= RULE_STRING ) )? )
            {
            // InternalItup.g:3126:2: ( ( (lv_name_0_0= ruleCode ) ) ( (lv_title_1_0= RULE_STRING ) )? )
            // InternalItup.g:3127:3: ( (lv_name_0_0= ruleCode ) ) ( (lv_title_1_0= RULE_STRING ) )?
            {
            // InternalItup.g:3127:3: ( (lv_name_0_0= ruleCode ) )
            // InternalItup.g:3128:4: (lv_name_0_0= ruleCode )
            {
            // InternalItup.g:3128:4: (lv_name_0_0= ruleCode )
            // InternalItup.g:3129:5: lv_name_0_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getBureauAccess().getNameCodeParserRuleCall_0_0());
            				
            pushFollow(FOLLOW_36);
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

            // InternalItup.g:3146:3: ( (lv_title_1_0= RULE_STRING ) )?
            int alt49=2;
            int LA49_0 = input.LA(1);

            if ( (LA49_0==RULE_STRING) ) {
                alt49=1;
            }
            switch (alt49) {
                case 1 :
                    // InternalItup.g:3147:4: (lv_title_1_0= RULE_STRING )
                    {
                    // InternalItup.g:3147:4: (lv_title_1_0= RULE_STRING )
                    // InternalItup.g:3148:5: lv_title_1_0= RULE_STRING
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
    // InternalItup.g:3168:1: entryRuleObjective returns [EObject current=null] : iv_ruleObjective= ruleObjective EOF ;
    public final EObject entryRuleObjective() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleObjective = null;


        try {
            // InternalItup.g:3168:50: (iv_ruleObjective= ruleObjective EOF )
            // InternalItup.g:3169:2: iv_ruleObjective= ruleObjective EOF
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
    // InternalItup.g:3175:1: ruleObjective returns [EObject current=null] : (otherlv_0= 'objective' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )? ( (otherlv_6= 'primary' (otherlv_7= 'goal' | otherlv_8= 'goals' ) ( ( ruleCode ) ) (otherlv_10= ',' ( ( ruleCode ) ) )* ) | (otherlv_12= 'secondary' (otherlv_13= 'goal' | otherlv_14= 'goals' ) ( ( ruleCode ) ) (otherlv_16= ',' ( ( ruleCode ) ) )* ) | (otherlv_18= 'wsis' ( (lv_wsisActionLines_19_0= ruleCode ) ) (otherlv_20= ',' ( (lv_wsisActionLines_21_0= ruleCode ) ) )* ) | ( (lv_outcomes_22_0= ruleOutcome ) ) | ( (lv_outputs_23_0= ruleOutput ) ) | ( (lv_indicators_24_0= rulePerformanceIndicator ) ) | ( (lv_budgets_25_0= ruleBudget ) ) | this_Replaces_26= ruleReplaces[$current] )* otherlv_27= '}' ) ;
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
        Token otherlv_27=null;
        AntlrDatatypeRuleToken lv_name_1_0 = null;

        AntlrDatatypeRuleToken lv_wsisActionLines_19_0 = null;

        AntlrDatatypeRuleToken lv_wsisActionLines_21_0 = null;

        EObject lv_outcomes_22_0 = null;

        EObject lv_outputs_23_0 = null;

        EObject lv_indicators_24_0 = null;

        EObject lv_budgets_25_0 = null;

        EObject this_Replaces_26 = null;



        	enterRule();

        try {
            // InternalItup.g:3181:2: ( (otherlv_0= 'objective' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )? ( (otherlv_6= 'primary' (otherlv_7= 'goal' | otherlv_8= 'goals' ) ( ( ruleCode ) ) (otherlv_10= ',' ( ( ruleCode ) ) )* ) | (otherlv_12= 'secondary' (otherlv_13= 'goal' | otherlv_14= 'goals' ) ( ( ruleCode ) ) (otherlv_16= ',' ( ( ruleCode ) ) )* ) | (otherlv_18= 'wsis' ( (lv_wsisActionLines_19_0= ruleCode ) ) (otherlv_20= ',' ( (lv_wsisActionLines_21_0= ruleCode ) ) )* ) | ( (lv_outcomes_22_0= ruleOutcome ) ) | ( (lv_outputs_23_0= ruleOutput ) ) | ( (lv_indicators_24_0= rulePerformanceIndicator ) ) | ( (lv_budgets_25_0= ruleBudget ) ) | this_Replaces_26= ruleReplaces[$current] )* otherlv_27= '}' ) )
            // InternalItup.g:3182:2: (otherlv_0= 'objective' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )? ( (otherlv_6= 'primary' (otherlv_7= 'goal' | otherlv_8= 'goals' ) ( ( ruleCode ) ) (otherlv_10= ',' ( ( ruleCode ) ) )* ) | (otherlv_12= 'secondary' (otherlv_13= 'goal' | otherlv_14= 'goals' ) ( ( ruleCode ) ) (otherlv_16= ',' ( ( ruleCode ) ) )* ) | (otherlv_18= 'wsis' ( (lv_wsisActionLines_19_0= ruleCode ) ) (otherlv_20= ',' ( (lv_wsisActionLines_21_0= ruleCode ) ) )* ) | ( (lv_outcomes_22_0= ruleOutcome ) ) | ( (lv_outputs_23_0= ruleOutput ) ) | ( (lv_indicators_24_0= rulePerformanceIndicator ) ) | ( (lv_budgets_25_0= ruleBudget ) ) | this_Replaces_26= ruleReplaces[$current] )* otherlv_27= '}' )
            {
            // InternalItup.g:3182:2: (otherlv_0= 'objective' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )? ( (otherlv_6= 'primary' (otherlv_7= 'goal' | otherlv_8= 'goals' ) ( ( ruleCode ) ) (otherlv_10= ',' ( ( ruleCode ) ) )* ) | (otherlv_12= 'secondary' (otherlv_13= 'goal' | otherlv_14= 'goals' ) ( ( ruleCode ) ) (otherlv_16= ',' ( ( ruleCode ) ) )* ) | (otherlv_18= 'wsis' ( (lv_wsisActionLines_19_0= ruleCode ) ) (otherlv_20= ',' ( (lv_wsisActionLines_21_0= ruleCode ) ) )* ) | ( (lv_outcomes_22_0= ruleOutcome ) ) | ( (lv_outputs_23_0= ruleOutput ) ) | ( (lv_indicators_24_0= rulePerformanceIndicator ) ) | ( (lv_budgets_25_0= ruleBudget ) ) | this_Replaces_26= ruleReplaces[$current] )* otherlv_27= '}' )
            // InternalItup.g:3183:3: otherlv_0= 'objective' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )? ( (otherlv_6= 'primary' (otherlv_7= 'goal' | otherlv_8= 'goals' ) ( ( ruleCode ) ) (otherlv_10= ',' ( ( ruleCode ) ) )* ) | (otherlv_12= 'secondary' (otherlv_13= 'goal' | otherlv_14= 'goals' ) ( ( ruleCode ) ) (otherlv_16= ',' ( ( ruleCode ) ) )* ) | (otherlv_18= 'wsis' ( (lv_wsisActionLines_19_0= ruleCode ) ) (otherlv_20= ',' ( (lv_wsisActionLines_21_0= ruleCode ) ) )* ) | ( (lv_outcomes_22_0= ruleOutcome ) ) | ( (lv_outputs_23_0= ruleOutput ) ) | ( (lv_indicators_24_0= rulePerformanceIndicator ) ) | ( (lv_budgets_25_0= ruleBudget ) ) | this_Replaces_26= ruleReplaces[$current] )* otherlv_27= '}'
            {
            otherlv_0=(Token)match(input,33,FOLLOW_16); 

            			newLeafNode(otherlv_0, grammarAccess.getObjectiveAccess().getObjectiveKeyword_0());
            		
            // InternalItup.g:3187:3: ( (lv_name_1_0= ruleCode ) )
            // InternalItup.g:3188:4: (lv_name_1_0= ruleCode )
            {
            // InternalItup.g:3188:4: (lv_name_1_0= ruleCode )
            // InternalItup.g:3189:5: lv_name_1_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getObjectiveAccess().getNameCodeParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_47);
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

            // InternalItup.g:3206:3: ( (lv_title_2_0= RULE_STRING ) )?
            int alt50=2;
            int LA50_0 = input.LA(1);

            if ( (LA50_0==RULE_STRING) ) {
                alt50=1;
            }
            switch (alt50) {
                case 1 :
                    // InternalItup.g:3207:4: (lv_title_2_0= RULE_STRING )
                    {
                    // InternalItup.g:3207:4: (lv_title_2_0= RULE_STRING )
                    // InternalItup.g:3208:5: lv_title_2_0= RULE_STRING
                    {
                    lv_title_2_0=(Token)match(input,RULE_STRING,FOLLOW_19); 

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

            otherlv_3=(Token)match(input,22,FOLLOW_62); 

            			newLeafNode(otherlv_3, grammarAccess.getObjectiveAccess().getLeftCurlyBracketKeyword_3());
            		
            // InternalItup.g:3228:3: (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )?
            int alt51=2;
            int LA51_0 = input.LA(1);

            if ( (LA51_0==56) ) {
                alt51=1;
            }
            switch (alt51) {
                case 1 :
                    // InternalItup.g:3229:4: otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) )
                    {
                    otherlv_4=(Token)match(input,56,FOLLOW_10); 

                    				newLeafNode(otherlv_4, grammarAccess.getObjectiveAccess().getStatementKeyword_4_0());
                    			
                    // InternalItup.g:3233:4: ( (lv_statement_5_0= RULE_STRING ) )
                    // InternalItup.g:3234:5: (lv_statement_5_0= RULE_STRING )
                    {
                    // InternalItup.g:3234:5: (lv_statement_5_0= RULE_STRING )
                    // InternalItup.g:3235:6: lv_statement_5_0= RULE_STRING
                    {
                    lv_statement_5_0=(Token)match(input,RULE_STRING,FOLLOW_63); 

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

            // InternalItup.g:3252:3: ( (otherlv_6= 'primary' (otherlv_7= 'goal' | otherlv_8= 'goals' ) ( ( ruleCode ) ) (otherlv_10= ',' ( ( ruleCode ) ) )* ) | (otherlv_12= 'secondary' (otherlv_13= 'goal' | otherlv_14= 'goals' ) ( ( ruleCode ) ) (otherlv_16= ',' ( ( ruleCode ) ) )* ) | (otherlv_18= 'wsis' ( (lv_wsisActionLines_19_0= ruleCode ) ) (otherlv_20= ',' ( (lv_wsisActionLines_21_0= ruleCode ) ) )* ) | ( (lv_outcomes_22_0= ruleOutcome ) ) | ( (lv_outputs_23_0= ruleOutput ) ) | ( (lv_indicators_24_0= rulePerformanceIndicator ) ) | ( (lv_budgets_25_0= ruleBudget ) ) | this_Replaces_26= ruleReplaces[$current] )*
            loop57:
            do {
                int alt57=9;
                switch ( input.LA(1) ) {
                case 65:
                    {
                    alt57=1;
                    }
                    break;
                case 67:
                    {
                    alt57=2;
                    }
                    break;
                case 24:
                    {
                    alt57=3;
                    }
                    break;
                case 68:
                    {
                    alt57=4;
                    }
                    break;
                case 34:
                    {
                    alt57=5;
                    }
                    break;
                case 69:
                    {
                    alt57=6;
                    }
                    break;
                case 52:
                    {
                    alt57=7;
                    }
                    break;
                case 53:
                    {
                    alt57=8;
                    }
                    break;

                }

                switch (alt57) {
            	case 1 :
            	    // InternalItup.g:3253:4: (otherlv_6= 'primary' (otherlv_7= 'goal' | otherlv_8= 'goals' ) ( ( ruleCode ) ) (otherlv_10= ',' ( ( ruleCode ) ) )* )
            	    {
            	    // InternalItup.g:3253:4: (otherlv_6= 'primary' (otherlv_7= 'goal' | otherlv_8= 'goals' ) ( ( ruleCode ) ) (otherlv_10= ',' ( ( ruleCode ) ) )* )
            	    // InternalItup.g:3254:5: otherlv_6= 'primary' (otherlv_7= 'goal' | otherlv_8= 'goals' ) ( ( ruleCode ) ) (otherlv_10= ',' ( ( ruleCode ) ) )*
            	    {
            	    otherlv_6=(Token)match(input,65,FOLLOW_64); 

            	    					newLeafNode(otherlv_6, grammarAccess.getObjectiveAccess().getPrimaryKeyword_5_0_0());
            	    				
            	    // InternalItup.g:3258:5: (otherlv_7= 'goal' | otherlv_8= 'goals' )
            	    int alt52=2;
            	    int LA52_0 = input.LA(1);

            	    if ( (LA52_0==55) ) {
            	        alt52=1;
            	    }
            	    else if ( (LA52_0==66) ) {
            	        alt52=2;
            	    }
            	    else {
            	        NoViableAltException nvae =
            	            new NoViableAltException("", 52, 0, input);

            	        throw nvae;
            	    }
            	    switch (alt52) {
            	        case 1 :
            	            // InternalItup.g:3259:6: otherlv_7= 'goal'
            	            {
            	            otherlv_7=(Token)match(input,55,FOLLOW_16); 

            	            						newLeafNode(otherlv_7, grammarAccess.getObjectiveAccess().getGoalKeyword_5_0_1_0());
            	            					

            	            }
            	            break;
            	        case 2 :
            	            // InternalItup.g:3264:6: otherlv_8= 'goals'
            	            {
            	            otherlv_8=(Token)match(input,66,FOLLOW_16); 

            	            						newLeafNode(otherlv_8, grammarAccess.getObjectiveAccess().getGoalsKeyword_5_0_1_1());
            	            					

            	            }
            	            break;

            	    }

            	    // InternalItup.g:3269:5: ( ( ruleCode ) )
            	    // InternalItup.g:3270:6: ( ruleCode )
            	    {
            	    // InternalItup.g:3270:6: ( ruleCode )
            	    // InternalItup.g:3271:7: ruleCode
            	    {

            	    							if (current==null) {
            	    								current = createModelElement(grammarAccess.getObjectiveRule());
            	    							}
            	    						

            	    							newCompositeNode(grammarAccess.getObjectiveAccess().getPrimaryGoalsGoalCrossReference_5_0_2_0());
            	    						
            	    pushFollow(FOLLOW_65);
            	    ruleCode();

            	    state._fsp--;


            	    							afterParserOrEnumRuleCall();
            	    						

            	    }


            	    }

            	    // InternalItup.g:3285:5: (otherlv_10= ',' ( ( ruleCode ) ) )*
            	    loop53:
            	    do {
            	        int alt53=2;
            	        int LA53_0 = input.LA(1);

            	        if ( (LA53_0==20) ) {
            	            alt53=1;
            	        }


            	        switch (alt53) {
            	    	case 1 :
            	    	    // InternalItup.g:3286:6: otherlv_10= ',' ( ( ruleCode ) )
            	    	    {
            	    	    otherlv_10=(Token)match(input,20,FOLLOW_16); 

            	    	    						newLeafNode(otherlv_10, grammarAccess.getObjectiveAccess().getCommaKeyword_5_0_3_0());
            	    	    					
            	    	    // InternalItup.g:3290:6: ( ( ruleCode ) )
            	    	    // InternalItup.g:3291:7: ( ruleCode )
            	    	    {
            	    	    // InternalItup.g:3291:7: ( ruleCode )
            	    	    // InternalItup.g:3292:8: ruleCode
            	    	    {

            	    	    								if (current==null) {
            	    	    									current = createModelElement(grammarAccess.getObjectiveRule());
            	    	    								}
            	    	    							

            	    	    								newCompositeNode(grammarAccess.getObjectiveAccess().getPrimaryGoalsGoalCrossReference_5_0_3_1_0());
            	    	    							
            	    	    pushFollow(FOLLOW_65);
            	    	    ruleCode();

            	    	    state._fsp--;


            	    	    								afterParserOrEnumRuleCall();
            	    	    							

            	    	    }


            	    	    }


            	    	    }
            	    	    break;

            	    	default :
            	    	    break loop53;
            	        }
            	    } while (true);


            	    }


            	    }
            	    break;
            	case 2 :
            	    // InternalItup.g:3309:4: (otherlv_12= 'secondary' (otherlv_13= 'goal' | otherlv_14= 'goals' ) ( ( ruleCode ) ) (otherlv_16= ',' ( ( ruleCode ) ) )* )
            	    {
            	    // InternalItup.g:3309:4: (otherlv_12= 'secondary' (otherlv_13= 'goal' | otherlv_14= 'goals' ) ( ( ruleCode ) ) (otherlv_16= ',' ( ( ruleCode ) ) )* )
            	    // InternalItup.g:3310:5: otherlv_12= 'secondary' (otherlv_13= 'goal' | otherlv_14= 'goals' ) ( ( ruleCode ) ) (otherlv_16= ',' ( ( ruleCode ) ) )*
            	    {
            	    otherlv_12=(Token)match(input,67,FOLLOW_64); 

            	    					newLeafNode(otherlv_12, grammarAccess.getObjectiveAccess().getSecondaryKeyword_5_1_0());
            	    				
            	    // InternalItup.g:3314:5: (otherlv_13= 'goal' | otherlv_14= 'goals' )
            	    int alt54=2;
            	    int LA54_0 = input.LA(1);

            	    if ( (LA54_0==55) ) {
            	        alt54=1;
            	    }
            	    else if ( (LA54_0==66) ) {
            	        alt54=2;
            	    }
            	    else {
            	        NoViableAltException nvae =
            	            new NoViableAltException("", 54, 0, input);

            	        throw nvae;
            	    }
            	    switch (alt54) {
            	        case 1 :
            	            // InternalItup.g:3315:6: otherlv_13= 'goal'
            	            {
            	            otherlv_13=(Token)match(input,55,FOLLOW_16); 

            	            						newLeafNode(otherlv_13, grammarAccess.getObjectiveAccess().getGoalKeyword_5_1_1_0());
            	            					

            	            }
            	            break;
            	        case 2 :
            	            // InternalItup.g:3320:6: otherlv_14= 'goals'
            	            {
            	            otherlv_14=(Token)match(input,66,FOLLOW_16); 

            	            						newLeafNode(otherlv_14, grammarAccess.getObjectiveAccess().getGoalsKeyword_5_1_1_1());
            	            					

            	            }
            	            break;

            	    }

            	    // InternalItup.g:3325:5: ( ( ruleCode ) )
            	    // InternalItup.g:3326:6: ( ruleCode )
            	    {
            	    // InternalItup.g:3326:6: ( ruleCode )
            	    // InternalItup.g:3327:7: ruleCode
            	    {

            	    							if (current==null) {
            	    								current = createModelElement(grammarAccess.getObjectiveRule());
            	    							}
            	    						

            	    							newCompositeNode(grammarAccess.getObjectiveAccess().getSecondaryGoalsGoalCrossReference_5_1_2_0());
            	    						
            	    pushFollow(FOLLOW_65);
            	    ruleCode();

            	    state._fsp--;


            	    							afterParserOrEnumRuleCall();
            	    						

            	    }


            	    }

            	    // InternalItup.g:3341:5: (otherlv_16= ',' ( ( ruleCode ) ) )*
            	    loop55:
            	    do {
            	        int alt55=2;
            	        int LA55_0 = input.LA(1);

            	        if ( (LA55_0==20) ) {
            	            alt55=1;
            	        }


            	        switch (alt55) {
            	    	case 1 :
            	    	    // InternalItup.g:3342:6: otherlv_16= ',' ( ( ruleCode ) )
            	    	    {
            	    	    otherlv_16=(Token)match(input,20,FOLLOW_16); 

            	    	    						newLeafNode(otherlv_16, grammarAccess.getObjectiveAccess().getCommaKeyword_5_1_3_0());
            	    	    					
            	    	    // InternalItup.g:3346:6: ( ( ruleCode ) )
            	    	    // InternalItup.g:3347:7: ( ruleCode )
            	    	    {
            	    	    // InternalItup.g:3347:7: ( ruleCode )
            	    	    // InternalItup.g:3348:8: ruleCode
            	    	    {

            	    	    								if (current==null) {
            	    	    									current = createModelElement(grammarAccess.getObjectiveRule());
            	    	    								}
            	    	    							

            	    	    								newCompositeNode(grammarAccess.getObjectiveAccess().getSecondaryGoalsGoalCrossReference_5_1_3_1_0());
            	    	    							
            	    	    pushFollow(FOLLOW_65);
            	    	    ruleCode();

            	    	    state._fsp--;


            	    	    								afterParserOrEnumRuleCall();
            	    	    							

            	    	    }


            	    	    }


            	    	    }
            	    	    break;

            	    	default :
            	    	    break loop55;
            	        }
            	    } while (true);


            	    }


            	    }
            	    break;
            	case 3 :
            	    // InternalItup.g:3365:4: (otherlv_18= 'wsis' ( (lv_wsisActionLines_19_0= ruleCode ) ) (otherlv_20= ',' ( (lv_wsisActionLines_21_0= ruleCode ) ) )* )
            	    {
            	    // InternalItup.g:3365:4: (otherlv_18= 'wsis' ( (lv_wsisActionLines_19_0= ruleCode ) ) (otherlv_20= ',' ( (lv_wsisActionLines_21_0= ruleCode ) ) )* )
            	    // InternalItup.g:3366:5: otherlv_18= 'wsis' ( (lv_wsisActionLines_19_0= ruleCode ) ) (otherlv_20= ',' ( (lv_wsisActionLines_21_0= ruleCode ) ) )*
            	    {
            	    otherlv_18=(Token)match(input,24,FOLLOW_16); 

            	    					newLeafNode(otherlv_18, grammarAccess.getObjectiveAccess().getWsisKeyword_5_2_0());
            	    				
            	    // InternalItup.g:3370:5: ( (lv_wsisActionLines_19_0= ruleCode ) )
            	    // InternalItup.g:3371:6: (lv_wsisActionLines_19_0= ruleCode )
            	    {
            	    // InternalItup.g:3371:6: (lv_wsisActionLines_19_0= ruleCode )
            	    // InternalItup.g:3372:7: lv_wsisActionLines_19_0= ruleCode
            	    {

            	    							newCompositeNode(grammarAccess.getObjectiveAccess().getWsisActionLinesCodeParserRuleCall_5_2_1_0());
            	    						
            	    pushFollow(FOLLOW_65);
            	    lv_wsisActionLines_19_0=ruleCode();

            	    state._fsp--;


            	    							if (current==null) {
            	    								current = createModelElementForParent(grammarAccess.getObjectiveRule());
            	    							}
            	    							add(
            	    								current,
            	    								"wsisActionLines",
            	    								lv_wsisActionLines_19_0,
            	    								"org.itup.dsl.Itup.Code");
            	    							afterParserOrEnumRuleCall();
            	    						

            	    }


            	    }

            	    // InternalItup.g:3389:5: (otherlv_20= ',' ( (lv_wsisActionLines_21_0= ruleCode ) ) )*
            	    loop56:
            	    do {
            	        int alt56=2;
            	        int LA56_0 = input.LA(1);

            	        if ( (LA56_0==20) ) {
            	            alt56=1;
            	        }


            	        switch (alt56) {
            	    	case 1 :
            	    	    // InternalItup.g:3390:6: otherlv_20= ',' ( (lv_wsisActionLines_21_0= ruleCode ) )
            	    	    {
            	    	    otherlv_20=(Token)match(input,20,FOLLOW_16); 

            	    	    						newLeafNode(otherlv_20, grammarAccess.getObjectiveAccess().getCommaKeyword_5_2_2_0());
            	    	    					
            	    	    // InternalItup.g:3394:6: ( (lv_wsisActionLines_21_0= ruleCode ) )
            	    	    // InternalItup.g:3395:7: (lv_wsisActionLines_21_0= ruleCode )
            	    	    {
            	    	    // InternalItup.g:3395:7: (lv_wsisActionLines_21_0= ruleCode )
            	    	    // InternalItup.g:3396:8: lv_wsisActionLines_21_0= ruleCode
            	    	    {

            	    	    								newCompositeNode(grammarAccess.getObjectiveAccess().getWsisActionLinesCodeParserRuleCall_5_2_2_1_0());
            	    	    							
            	    	    pushFollow(FOLLOW_65);
            	    	    lv_wsisActionLines_21_0=ruleCode();

            	    	    state._fsp--;


            	    	    								if (current==null) {
            	    	    									current = createModelElementForParent(grammarAccess.getObjectiveRule());
            	    	    								}
            	    	    								add(
            	    	    									current,
            	    	    									"wsisActionLines",
            	    	    									lv_wsisActionLines_21_0,
            	    	    									"org.itup.dsl.Itup.Code");
            	    	    								afterParserOrEnumRuleCall();
            	    	    							

            	    	    }


            	    	    }


            	    	    }
            	    	    break;

            	    	default :
            	    	    break loop56;
            	        }
            	    } while (true);


            	    }


            	    }
            	    break;
            	case 4 :
            	    // InternalItup.g:3416:4: ( (lv_outcomes_22_0= ruleOutcome ) )
            	    {
            	    // InternalItup.g:3416:4: ( (lv_outcomes_22_0= ruleOutcome ) )
            	    // InternalItup.g:3417:5: (lv_outcomes_22_0= ruleOutcome )
            	    {
            	    // InternalItup.g:3417:5: (lv_outcomes_22_0= ruleOutcome )
            	    // InternalItup.g:3418:6: lv_outcomes_22_0= ruleOutcome
            	    {

            	    						newCompositeNode(grammarAccess.getObjectiveAccess().getOutcomesOutcomeParserRuleCall_5_3_0());
            	    					
            	    pushFollow(FOLLOW_63);
            	    lv_outcomes_22_0=ruleOutcome();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getObjectiveRule());
            	    						}
            	    						add(
            	    							current,
            	    							"outcomes",
            	    							lv_outcomes_22_0,
            	    							"org.itup.dsl.Itup.Outcome");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 5 :
            	    // InternalItup.g:3436:4: ( (lv_outputs_23_0= ruleOutput ) )
            	    {
            	    // InternalItup.g:3436:4: ( (lv_outputs_23_0= ruleOutput ) )
            	    // InternalItup.g:3437:5: (lv_outputs_23_0= ruleOutput )
            	    {
            	    // InternalItup.g:3437:5: (lv_outputs_23_0= ruleOutput )
            	    // InternalItup.g:3438:6: lv_outputs_23_0= ruleOutput
            	    {

            	    						newCompositeNode(grammarAccess.getObjectiveAccess().getOutputsOutputParserRuleCall_5_4_0());
            	    					
            	    pushFollow(FOLLOW_63);
            	    lv_outputs_23_0=ruleOutput();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getObjectiveRule());
            	    						}
            	    						add(
            	    							current,
            	    							"outputs",
            	    							lv_outputs_23_0,
            	    							"org.itup.dsl.Itup.Output");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 6 :
            	    // InternalItup.g:3456:4: ( (lv_indicators_24_0= rulePerformanceIndicator ) )
            	    {
            	    // InternalItup.g:3456:4: ( (lv_indicators_24_0= rulePerformanceIndicator ) )
            	    // InternalItup.g:3457:5: (lv_indicators_24_0= rulePerformanceIndicator )
            	    {
            	    // InternalItup.g:3457:5: (lv_indicators_24_0= rulePerformanceIndicator )
            	    // InternalItup.g:3458:6: lv_indicators_24_0= rulePerformanceIndicator
            	    {

            	    						newCompositeNode(grammarAccess.getObjectiveAccess().getIndicatorsPerformanceIndicatorParserRuleCall_5_5_0());
            	    					
            	    pushFollow(FOLLOW_63);
            	    lv_indicators_24_0=rulePerformanceIndicator();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getObjectiveRule());
            	    						}
            	    						add(
            	    							current,
            	    							"indicators",
            	    							lv_indicators_24_0,
            	    							"org.itup.dsl.Itup.PerformanceIndicator");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 7 :
            	    // InternalItup.g:3476:4: ( (lv_budgets_25_0= ruleBudget ) )
            	    {
            	    // InternalItup.g:3476:4: ( (lv_budgets_25_0= ruleBudget ) )
            	    // InternalItup.g:3477:5: (lv_budgets_25_0= ruleBudget )
            	    {
            	    // InternalItup.g:3477:5: (lv_budgets_25_0= ruleBudget )
            	    // InternalItup.g:3478:6: lv_budgets_25_0= ruleBudget
            	    {

            	    						newCompositeNode(grammarAccess.getObjectiveAccess().getBudgetsBudgetParserRuleCall_5_6_0());
            	    					
            	    pushFollow(FOLLOW_63);
            	    lv_budgets_25_0=ruleBudget();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getObjectiveRule());
            	    						}
            	    						add(
            	    							current,
            	    							"budgets",
            	    							lv_budgets_25_0,
            	    							"org.itup.dsl.Itup.Budget");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 8 :
            	    // InternalItup.g:3496:4: this_Replaces_26= ruleReplaces[$current]
            	    {

            	    				if (current==null) {
            	    					current = createModelElement(grammarAccess.getObjectiveRule());
            	    				}
            	    				newCompositeNode(grammarAccess.getObjectiveAccess().getReplacesParserRuleCall_5_7());
            	    			
            	    pushFollow(FOLLOW_63);
            	    this_Replaces_26=ruleReplaces(current);

            	    state._fsp--;


            	    				current = this_Replaces_26;
            	    				afterParserOrEnumRuleCall();
            	    			

            	    }
            	    break;

            	default :
            	    break loop57;
                }
            } while (true);

            otherlv_27=(Token)match(input,23,FOLLOW_2); 

            			newLeafNode(otherlv_27, grammarAccess.getObjectiveAccess().getRightCurlyBracketKeyword_6());
            		

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
    // InternalItup.g:3516:1: entryRuleOutcome returns [EObject current=null] : iv_ruleOutcome= ruleOutcome EOF ;
    public final EObject entryRuleOutcome() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleOutcome = null;


        try {
            // InternalItup.g:3516:48: (iv_ruleOutcome= ruleOutcome EOF )
            // InternalItup.g:3517:2: iv_ruleOutcome= ruleOutcome EOF
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
    // InternalItup.g:3523:1: ruleOutcome returns [EObject current=null] : (otherlv_0= 'outcome' ( (lv_name_1_0= ruleCode ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( ( (lv_indicators_4_0= rulePerformanceIndicator ) ) | this_Replaces_5= ruleReplaces[$current] )* otherlv_6= '}' )? ) ;
    public final EObject ruleOutcome() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_statement_2_0=null;
        Token otherlv_3=null;
        Token otherlv_6=null;
        AntlrDatatypeRuleToken lv_name_1_0 = null;

        EObject lv_indicators_4_0 = null;

        EObject this_Replaces_5 = null;



        	enterRule();

        try {
            // InternalItup.g:3529:2: ( (otherlv_0= 'outcome' ( (lv_name_1_0= ruleCode ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( ( (lv_indicators_4_0= rulePerformanceIndicator ) ) | this_Replaces_5= ruleReplaces[$current] )* otherlv_6= '}' )? ) )
            // InternalItup.g:3530:2: (otherlv_0= 'outcome' ( (lv_name_1_0= ruleCode ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( ( (lv_indicators_4_0= rulePerformanceIndicator ) ) | this_Replaces_5= ruleReplaces[$current] )* otherlv_6= '}' )? )
            {
            // InternalItup.g:3530:2: (otherlv_0= 'outcome' ( (lv_name_1_0= ruleCode ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( ( (lv_indicators_4_0= rulePerformanceIndicator ) ) | this_Replaces_5= ruleReplaces[$current] )* otherlv_6= '}' )? )
            // InternalItup.g:3531:3: otherlv_0= 'outcome' ( (lv_name_1_0= ruleCode ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( ( (lv_indicators_4_0= rulePerformanceIndicator ) ) | this_Replaces_5= ruleReplaces[$current] )* otherlv_6= '}' )?
            {
            otherlv_0=(Token)match(input,68,FOLLOW_16); 

            			newLeafNode(otherlv_0, grammarAccess.getOutcomeAccess().getOutcomeKeyword_0());
            		
            // InternalItup.g:3535:3: ( (lv_name_1_0= ruleCode ) )
            // InternalItup.g:3536:4: (lv_name_1_0= ruleCode )
            {
            // InternalItup.g:3536:4: (lv_name_1_0= ruleCode )
            // InternalItup.g:3537:5: lv_name_1_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getOutcomeAccess().getNameCodeParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_52);
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

            // InternalItup.g:3554:3: ( (lv_statement_2_0= RULE_STRING ) )?
            int alt58=2;
            int LA58_0 = input.LA(1);

            if ( (LA58_0==RULE_STRING) ) {
                alt58=1;
            }
            switch (alt58) {
                case 1 :
                    // InternalItup.g:3555:4: (lv_statement_2_0= RULE_STRING )
                    {
                    // InternalItup.g:3555:4: (lv_statement_2_0= RULE_STRING )
                    // InternalItup.g:3556:5: lv_statement_2_0= RULE_STRING
                    {
                    lv_statement_2_0=(Token)match(input,RULE_STRING,FOLLOW_53); 

                    					newLeafNode(lv_statement_2_0, grammarAccess.getOutcomeAccess().getStatementSTRINGTerminalRuleCall_2_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getOutcomeRule());
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

            // InternalItup.g:3572:3: (otherlv_3= '{' ( ( (lv_indicators_4_0= rulePerformanceIndicator ) ) | this_Replaces_5= ruleReplaces[$current] )* otherlv_6= '}' )?
            int alt60=2;
            int LA60_0 = input.LA(1);

            if ( (LA60_0==22) ) {
                alt60=1;
            }
            switch (alt60) {
                case 1 :
                    // InternalItup.g:3573:4: otherlv_3= '{' ( ( (lv_indicators_4_0= rulePerformanceIndicator ) ) | this_Replaces_5= ruleReplaces[$current] )* otherlv_6= '}'
                    {
                    otherlv_3=(Token)match(input,22,FOLLOW_66); 

                    				newLeafNode(otherlv_3, grammarAccess.getOutcomeAccess().getLeftCurlyBracketKeyword_3_0());
                    			
                    // InternalItup.g:3577:4: ( ( (lv_indicators_4_0= rulePerformanceIndicator ) ) | this_Replaces_5= ruleReplaces[$current] )*
                    loop59:
                    do {
                        int alt59=3;
                        int LA59_0 = input.LA(1);

                        if ( (LA59_0==69) ) {
                            alt59=1;
                        }
                        else if ( (LA59_0==53) ) {
                            alt59=2;
                        }


                        switch (alt59) {
                    	case 1 :
                    	    // InternalItup.g:3578:5: ( (lv_indicators_4_0= rulePerformanceIndicator ) )
                    	    {
                    	    // InternalItup.g:3578:5: ( (lv_indicators_4_0= rulePerformanceIndicator ) )
                    	    // InternalItup.g:3579:6: (lv_indicators_4_0= rulePerformanceIndicator )
                    	    {
                    	    // InternalItup.g:3579:6: (lv_indicators_4_0= rulePerformanceIndicator )
                    	    // InternalItup.g:3580:7: lv_indicators_4_0= rulePerformanceIndicator
                    	    {

                    	    							newCompositeNode(grammarAccess.getOutcomeAccess().getIndicatorsPerformanceIndicatorParserRuleCall_3_1_0_0());
                    	    						
                    	    pushFollow(FOLLOW_66);
                    	    lv_indicators_4_0=rulePerformanceIndicator();

                    	    state._fsp--;


                    	    							if (current==null) {
                    	    								current = createModelElementForParent(grammarAccess.getOutcomeRule());
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
                    	case 2 :
                    	    // InternalItup.g:3598:5: this_Replaces_5= ruleReplaces[$current]
                    	    {

                    	    					if (current==null) {
                    	    						current = createModelElement(grammarAccess.getOutcomeRule());
                    	    					}
                    	    					newCompositeNode(grammarAccess.getOutcomeAccess().getReplacesParserRuleCall_3_1_1());
                    	    				
                    	    pushFollow(FOLLOW_66);
                    	    this_Replaces_5=ruleReplaces(current);

                    	    state._fsp--;


                    	    					current = this_Replaces_5;
                    	    					afterParserOrEnumRuleCall();
                    	    				

                    	    }
                    	    break;

                    	default :
                    	    break loop59;
                        }
                    } while (true);

                    otherlv_6=(Token)match(input,23,FOLLOW_2); 

                    				newLeafNode(otherlv_6, grammarAccess.getOutcomeAccess().getRightCurlyBracketKeyword_3_2());
                    			

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
    // InternalItup.g:3619:1: entryRuleOutput returns [EObject current=null] : iv_ruleOutput= ruleOutput EOF ;
    public final EObject entryRuleOutput() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleOutput = null;


        try {
            // InternalItup.g:3619:47: (iv_ruleOutput= ruleOutput EOF )
            // InternalItup.g:3620:2: iv_ruleOutput= ruleOutput EOF
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
    // InternalItup.g:3626:1: ruleOutput returns [EObject current=null] : (otherlv_0= 'output' ( (lv_name_1_0= ruleCode ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( ( (lv_indicators_4_0= rulePerformanceIndicator ) ) | ( (lv_budgets_5_0= ruleBudget ) ) | this_Replaces_6= ruleReplaces[$current] )* otherlv_7= '}' )? ) ;
    public final EObject ruleOutput() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_statement_2_0=null;
        Token otherlv_3=null;
        Token otherlv_7=null;
        AntlrDatatypeRuleToken lv_name_1_0 = null;

        EObject lv_indicators_4_0 = null;

        EObject lv_budgets_5_0 = null;

        EObject this_Replaces_6 = null;



        	enterRule();

        try {
            // InternalItup.g:3632:2: ( (otherlv_0= 'output' ( (lv_name_1_0= ruleCode ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( ( (lv_indicators_4_0= rulePerformanceIndicator ) ) | ( (lv_budgets_5_0= ruleBudget ) ) | this_Replaces_6= ruleReplaces[$current] )* otherlv_7= '}' )? ) )
            // InternalItup.g:3633:2: (otherlv_0= 'output' ( (lv_name_1_0= ruleCode ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( ( (lv_indicators_4_0= rulePerformanceIndicator ) ) | ( (lv_budgets_5_0= ruleBudget ) ) | this_Replaces_6= ruleReplaces[$current] )* otherlv_7= '}' )? )
            {
            // InternalItup.g:3633:2: (otherlv_0= 'output' ( (lv_name_1_0= ruleCode ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( ( (lv_indicators_4_0= rulePerformanceIndicator ) ) | ( (lv_budgets_5_0= ruleBudget ) ) | this_Replaces_6= ruleReplaces[$current] )* otherlv_7= '}' )? )
            // InternalItup.g:3634:3: otherlv_0= 'output' ( (lv_name_1_0= ruleCode ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( ( (lv_indicators_4_0= rulePerformanceIndicator ) ) | ( (lv_budgets_5_0= ruleBudget ) ) | this_Replaces_6= ruleReplaces[$current] )* otherlv_7= '}' )?
            {
            otherlv_0=(Token)match(input,34,FOLLOW_16); 

            			newLeafNode(otherlv_0, grammarAccess.getOutputAccess().getOutputKeyword_0());
            		
            // InternalItup.g:3638:3: ( (lv_name_1_0= ruleCode ) )
            // InternalItup.g:3639:4: (lv_name_1_0= ruleCode )
            {
            // InternalItup.g:3639:4: (lv_name_1_0= ruleCode )
            // InternalItup.g:3640:5: lv_name_1_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getOutputAccess().getNameCodeParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_52);
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

            // InternalItup.g:3657:3: ( (lv_statement_2_0= RULE_STRING ) )?
            int alt61=2;
            int LA61_0 = input.LA(1);

            if ( (LA61_0==RULE_STRING) ) {
                alt61=1;
            }
            switch (alt61) {
                case 1 :
                    // InternalItup.g:3658:4: (lv_statement_2_0= RULE_STRING )
                    {
                    // InternalItup.g:3658:4: (lv_statement_2_0= RULE_STRING )
                    // InternalItup.g:3659:5: lv_statement_2_0= RULE_STRING
                    {
                    lv_statement_2_0=(Token)match(input,RULE_STRING,FOLLOW_53); 

                    					newLeafNode(lv_statement_2_0, grammarAccess.getOutputAccess().getStatementSTRINGTerminalRuleCall_2_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getOutputRule());
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

            // InternalItup.g:3675:3: (otherlv_3= '{' ( ( (lv_indicators_4_0= rulePerformanceIndicator ) ) | ( (lv_budgets_5_0= ruleBudget ) ) | this_Replaces_6= ruleReplaces[$current] )* otherlv_7= '}' )?
            int alt63=2;
            int LA63_0 = input.LA(1);

            if ( (LA63_0==22) ) {
                alt63=1;
            }
            switch (alt63) {
                case 1 :
                    // InternalItup.g:3676:4: otherlv_3= '{' ( ( (lv_indicators_4_0= rulePerformanceIndicator ) ) | ( (lv_budgets_5_0= ruleBudget ) ) | this_Replaces_6= ruleReplaces[$current] )* otherlv_7= '}'
                    {
                    otherlv_3=(Token)match(input,22,FOLLOW_67); 

                    				newLeafNode(otherlv_3, grammarAccess.getOutputAccess().getLeftCurlyBracketKeyword_3_0());
                    			
                    // InternalItup.g:3680:4: ( ( (lv_indicators_4_0= rulePerformanceIndicator ) ) | ( (lv_budgets_5_0= ruleBudget ) ) | this_Replaces_6= ruleReplaces[$current] )*
                    loop62:
                    do {
                        int alt62=4;
                        switch ( input.LA(1) ) {
                        case 69:
                            {
                            alt62=1;
                            }
                            break;
                        case 52:
                            {
                            alt62=2;
                            }
                            break;
                        case 53:
                            {
                            alt62=3;
                            }
                            break;

                        }

                        switch (alt62) {
                    	case 1 :
                    	    // InternalItup.g:3681:5: ( (lv_indicators_4_0= rulePerformanceIndicator ) )
                    	    {
                    	    // InternalItup.g:3681:5: ( (lv_indicators_4_0= rulePerformanceIndicator ) )
                    	    // InternalItup.g:3682:6: (lv_indicators_4_0= rulePerformanceIndicator )
                    	    {
                    	    // InternalItup.g:3682:6: (lv_indicators_4_0= rulePerformanceIndicator )
                    	    // InternalItup.g:3683:7: lv_indicators_4_0= rulePerformanceIndicator
                    	    {

                    	    							newCompositeNode(grammarAccess.getOutputAccess().getIndicatorsPerformanceIndicatorParserRuleCall_3_1_0_0());
                    	    						
                    	    pushFollow(FOLLOW_67);
                    	    lv_indicators_4_0=rulePerformanceIndicator();

                    	    state._fsp--;


                    	    							if (current==null) {
                    	    								current = createModelElementForParent(grammarAccess.getOutputRule());
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
                    	case 2 :
                    	    // InternalItup.g:3701:5: ( (lv_budgets_5_0= ruleBudget ) )
                    	    {
                    	    // InternalItup.g:3701:5: ( (lv_budgets_5_0= ruleBudget ) )
                    	    // InternalItup.g:3702:6: (lv_budgets_5_0= ruleBudget )
                    	    {
                    	    // InternalItup.g:3702:6: (lv_budgets_5_0= ruleBudget )
                    	    // InternalItup.g:3703:7: lv_budgets_5_0= ruleBudget
                    	    {

                    	    							newCompositeNode(grammarAccess.getOutputAccess().getBudgetsBudgetParserRuleCall_3_1_1_0());
                    	    						
                    	    pushFollow(FOLLOW_67);
                    	    lv_budgets_5_0=ruleBudget();

                    	    state._fsp--;


                    	    							if (current==null) {
                    	    								current = createModelElementForParent(grammarAccess.getOutputRule());
                    	    							}
                    	    							add(
                    	    								current,
                    	    								"budgets",
                    	    								lv_budgets_5_0,
                    	    								"org.itup.dsl.Itup.Budget");
                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 3 :
                    	    // InternalItup.g:3721:5: this_Replaces_6= ruleReplaces[$current]
                    	    {

                    	    					if (current==null) {
                    	    						current = createModelElement(grammarAccess.getOutputRule());
                    	    					}
                    	    					newCompositeNode(grammarAccess.getOutputAccess().getReplacesParserRuleCall_3_1_2());
                    	    				
                    	    pushFollow(FOLLOW_67);
                    	    this_Replaces_6=ruleReplaces(current);

                    	    state._fsp--;


                    	    					current = this_Replaces_6;
                    	    					afterParserOrEnumRuleCall();
                    	    				

                    	    }
                    	    break;

                    	default :
                    	    break loop62;
                        }
                    } while (true);

                    otherlv_7=(Token)match(input,23,FOLLOW_2); 

                    				newLeafNode(otherlv_7, grammarAccess.getOutputAccess().getRightCurlyBracketKeyword_3_2());
                    			

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
    // InternalItup.g:3742:1: entryRulePerformanceIndicator returns [EObject current=null] : iv_rulePerformanceIndicator= rulePerformanceIndicator EOF ;
    public final EObject entryRulePerformanceIndicator() throws RecognitionException {
        EObject current = null;

        EObject iv_rulePerformanceIndicator = null;


        try {
            // InternalItup.g:3742:61: (iv_rulePerformanceIndicator= rulePerformanceIndicator EOF )
            // InternalItup.g:3743:2: iv_rulePerformanceIndicator= rulePerformanceIndicator EOF
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
    // InternalItup.g:3749:1: rulePerformanceIndicator returns [EObject current=null] : (otherlv_0= 'indicator' ( (lv_name_1_0= ruleCode ) )? ( (lv_title_2_0= RULE_STRING ) ) (otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) ( (lv_milestones_21_0= ruleIndicatorMilestone ) )* otherlv_22= '}' )? ) ;
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
            // InternalItup.g:3755:2: ( (otherlv_0= 'indicator' ( (lv_name_1_0= ruleCode ) )? ( (lv_title_2_0= RULE_STRING ) ) (otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) ( (lv_milestones_21_0= ruleIndicatorMilestone ) )* otherlv_22= '}' )? ) )
            // InternalItup.g:3756:2: (otherlv_0= 'indicator' ( (lv_name_1_0= ruleCode ) )? ( (lv_title_2_0= RULE_STRING ) ) (otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) ( (lv_milestones_21_0= ruleIndicatorMilestone ) )* otherlv_22= '}' )? )
            {
            // InternalItup.g:3756:2: (otherlv_0= 'indicator' ( (lv_name_1_0= ruleCode ) )? ( (lv_title_2_0= RULE_STRING ) ) (otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) ( (lv_milestones_21_0= ruleIndicatorMilestone ) )* otherlv_22= '}' )? )
            // InternalItup.g:3757:3: otherlv_0= 'indicator' ( (lv_name_1_0= ruleCode ) )? ( (lv_title_2_0= RULE_STRING ) ) (otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) ( (lv_milestones_21_0= ruleIndicatorMilestone ) )* otherlv_22= '}' )?
            {
            otherlv_0=(Token)match(input,69,FOLLOW_68); 

            			newLeafNode(otherlv_0, grammarAccess.getPerformanceIndicatorAccess().getIndicatorKeyword_0());
            		
            // InternalItup.g:3761:3: ( (lv_name_1_0= ruleCode ) )?
            int alt64=2;
            int LA64_0 = input.LA(1);

            if ( ((LA64_0>=RULE_ID && LA64_0<=RULE_INT)) ) {
                alt64=1;
            }
            switch (alt64) {
                case 1 :
                    // InternalItup.g:3762:4: (lv_name_1_0= ruleCode )
                    {
                    // InternalItup.g:3762:4: (lv_name_1_0= ruleCode )
                    // InternalItup.g:3763:5: lv_name_1_0= ruleCode
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

            // InternalItup.g:3780:3: ( (lv_title_2_0= RULE_STRING ) )
            // InternalItup.g:3781:4: (lv_title_2_0= RULE_STRING )
            {
            // InternalItup.g:3781:4: (lv_title_2_0= RULE_STRING )
            // InternalItup.g:3782:5: lv_title_2_0= RULE_STRING
            {
            lv_title_2_0=(Token)match(input,RULE_STRING,FOLLOW_53); 

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

            // InternalItup.g:3798:3: (otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) ( (lv_milestones_21_0= ruleIndicatorMilestone ) )* otherlv_22= '}' )?
            int alt68=2;
            int LA68_0 = input.LA(1);

            if ( (LA68_0==22) ) {
                alt68=1;
            }
            switch (alt68) {
                case 1 :
                    // InternalItup.g:3799:4: otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) ( (lv_milestones_21_0= ruleIndicatorMilestone ) )* otherlv_22= '}'
                    {
                    otherlv_3=(Token)match(input,22,FOLLOW_69); 

                    				newLeafNode(otherlv_3, grammarAccess.getPerformanceIndicatorAccess().getLeftCurlyBracketKeyword_3_0());
                    			
                    // InternalItup.g:3803:4: ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) ) ) )* ) ) )
                    // InternalItup.g:3804:5: ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) ) ) )* ) )
                    {
                    // InternalItup.g:3804:5: ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) ) ) )* ) )
                    // InternalItup.g:3805:6: ( ( ({...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) ) ) )* )
                    {
                     
                    					  getUnorderedGroupHelper().enter(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1());
                    					
                    // InternalItup.g:3808:6: ( ( ({...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) ) ) )* )
                    // InternalItup.g:3809:7: ( ({...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) ) ) )*
                    {
                    // InternalItup.g:3809:7: ( ({...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) ) ) )*
                    loop66:
                    do {
                        int alt66=9;
                        alt66 = dfa66.predict(input);
                        switch (alt66) {
                    	case 1 :
                    	    // InternalItup.g:3810:5: ({...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) ) )
                    	    {
                    	    // InternalItup.g:3810:5: ({...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) ) )
                    	    // InternalItup.g:3811:6: {...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 0) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 0)");
                    	    }
                    	    // InternalItup.g:3811:120: ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) )
                    	    // InternalItup.g:3812:7: ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 0);
                    	    						
                    	    // InternalItup.g:3815:10: ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) )
                    	    // InternalItup.g:3815:11: {...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "true");
                    	    }
                    	    // InternalItup.g:3815:20: (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) )
                    	    // InternalItup.g:3815:21: otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) )
                    	    {
                    	    otherlv_5=(Token)match(input,70,FOLLOW_10); 

                    	    										newLeafNode(otherlv_5, grammarAccess.getPerformanceIndicatorAccess().getUnitKeyword_3_1_0_0());
                    	    									
                    	    // InternalItup.g:3819:10: ( (lv_unit_6_0= RULE_STRING ) )
                    	    // InternalItup.g:3820:11: (lv_unit_6_0= RULE_STRING )
                    	    {
                    	    // InternalItup.g:3820:11: (lv_unit_6_0= RULE_STRING )
                    	    // InternalItup.g:3821:12: lv_unit_6_0= RULE_STRING
                    	    {
                    	    lv_unit_6_0=(Token)match(input,RULE_STRING,FOLLOW_69); 

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
                    	    // InternalItup.g:3843:5: ({...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) ) )
                    	    {
                    	    // InternalItup.g:3843:5: ({...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) ) )
                    	    // InternalItup.g:3844:6: {...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 1) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 1)");
                    	    }
                    	    // InternalItup.g:3844:120: ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) )
                    	    // InternalItup.g:3845:7: ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 1);
                    	    						
                    	    // InternalItup.g:3848:10: ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) )
                    	    // InternalItup.g:3848:11: {...}? => ( (lv_baseline_7_0= ruleBaseline ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "true");
                    	    }
                    	    // InternalItup.g:3848:20: ( (lv_baseline_7_0= ruleBaseline ) )
                    	    // InternalItup.g:3848:21: (lv_baseline_7_0= ruleBaseline )
                    	    {
                    	    // InternalItup.g:3848:21: (lv_baseline_7_0= ruleBaseline )
                    	    // InternalItup.g:3849:11: lv_baseline_7_0= ruleBaseline
                    	    {

                    	    											newCompositeNode(grammarAccess.getPerformanceIndicatorAccess().getBaselineBaselineParserRuleCall_3_1_1_0());
                    	    										
                    	    pushFollow(FOLLOW_69);
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
                    	    // InternalItup.g:3871:5: ({...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) ) )
                    	    {
                    	    // InternalItup.g:3871:5: ({...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) ) )
                    	    // InternalItup.g:3872:6: {...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 2) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 2)");
                    	    }
                    	    // InternalItup.g:3872:120: ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) )
                    	    // InternalItup.g:3873:7: ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 2);
                    	    						
                    	    // InternalItup.g:3876:10: ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) )
                    	    // InternalItup.g:3876:11: {...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "true");
                    	    }
                    	    // InternalItup.g:3876:20: (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? )
                    	    // InternalItup.g:3876:21: otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )?
                    	    {
                    	    otherlv_8=(Token)match(input,58,FOLLOW_41); 

                    	    										newLeafNode(otherlv_8, grammarAccess.getPerformanceIndicatorAccess().getTargetKeyword_3_1_2_0());
                    	    									
                    	    // InternalItup.g:3880:10: ( (lv_targetValue_9_0= ruleDecimal ) )
                    	    // InternalItup.g:3881:11: (lv_targetValue_9_0= ruleDecimal )
                    	    {
                    	    // InternalItup.g:3881:11: (lv_targetValue_9_0= ruleDecimal )
                    	    // InternalItup.g:3882:12: lv_targetValue_9_0= ruleDecimal
                    	    {

                    	    												newCompositeNode(grammarAccess.getPerformanceIndicatorAccess().getTargetValueDecimalParserRuleCall_3_1_2_1_0());
                    	    											
                    	    pushFollow(FOLLOW_70);
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

                    	    // InternalItup.g:3899:10: (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )?
                    	    int alt65=2;
                    	    int LA65_0 = input.LA(1);

                    	    if ( (LA65_0==15) ) {
                    	        alt65=1;
                    	    }
                    	    switch (alt65) {
                    	        case 1 :
                    	            // InternalItup.g:3900:11: otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) )
                    	            {
                    	            otherlv_10=(Token)match(input,15,FOLLOW_6); 

                    	            											newLeafNode(otherlv_10, grammarAccess.getPerformanceIndicatorAccess().getByKeyword_3_1_2_2_0());
                    	            										
                    	            // InternalItup.g:3904:11: ( (lv_targetYear_11_0= ruleYear ) )
                    	            // InternalItup.g:3905:12: (lv_targetYear_11_0= ruleYear )
                    	            {
                    	            // InternalItup.g:3905:12: (lv_targetYear_11_0= ruleYear )
                    	            // InternalItup.g:3906:13: lv_targetYear_11_0= ruleYear
                    	            {

                    	            													newCompositeNode(grammarAccess.getPerformanceIndicatorAccess().getTargetYearYearParserRuleCall_3_1_2_2_1_0());
                    	            												
                    	            pushFollow(FOLLOW_69);
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
                    	    // InternalItup.g:3930:5: ({...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) ) )
                    	    {
                    	    // InternalItup.g:3930:5: ({...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) ) )
                    	    // InternalItup.g:3931:6: {...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 3) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 3)");
                    	    }
                    	    // InternalItup.g:3931:120: ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) )
                    	    // InternalItup.g:3932:7: ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 3);
                    	    						
                    	    // InternalItup.g:3935:10: ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) )
                    	    // InternalItup.g:3935:11: {...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "true");
                    	    }
                    	    // InternalItup.g:3935:20: (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) )
                    	    // InternalItup.g:3935:21: otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) )
                    	    {
                    	    otherlv_12=(Token)match(input,71,FOLLOW_71); 

                    	    										newLeafNode(otherlv_12, grammarAccess.getPerformanceIndicatorAccess().getDirectionKeyword_3_1_3_0());
                    	    									
                    	    // InternalItup.g:3939:10: ( (lv_direction_13_0= ruleIndicatorDirection ) )
                    	    // InternalItup.g:3940:11: (lv_direction_13_0= ruleIndicatorDirection )
                    	    {
                    	    // InternalItup.g:3940:11: (lv_direction_13_0= ruleIndicatorDirection )
                    	    // InternalItup.g:3941:12: lv_direction_13_0= ruleIndicatorDirection
                    	    {

                    	    												newCompositeNode(grammarAccess.getPerformanceIndicatorAccess().getDirectionIndicatorDirectionEnumRuleCall_3_1_3_1_0());
                    	    											
                    	    pushFollow(FOLLOW_69);
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
                    	    // InternalItup.g:3964:5: ({...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) ) )
                    	    {
                    	    // InternalItup.g:3964:5: ({...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) ) )
                    	    // InternalItup.g:3965:6: {...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 4) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 4)");
                    	    }
                    	    // InternalItup.g:3965:120: ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) )
                    	    // InternalItup.g:3966:7: ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 4);
                    	    						
                    	    // InternalItup.g:3969:10: ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) )
                    	    // InternalItup.g:3969:11: {...}? => ( (lv_bound_14_0= ruleIndicatorBound ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "true");
                    	    }
                    	    // InternalItup.g:3969:20: ( (lv_bound_14_0= ruleIndicatorBound ) )
                    	    // InternalItup.g:3969:21: (lv_bound_14_0= ruleIndicatorBound )
                    	    {
                    	    // InternalItup.g:3969:21: (lv_bound_14_0= ruleIndicatorBound )
                    	    // InternalItup.g:3970:11: lv_bound_14_0= ruleIndicatorBound
                    	    {

                    	    											newCompositeNode(grammarAccess.getPerformanceIndicatorAccess().getBoundIndicatorBoundParserRuleCall_3_1_4_0());
                    	    										
                    	    pushFollow(FOLLOW_69);
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
                    	    // InternalItup.g:3992:5: ({...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) ) )
                    	    {
                    	    // InternalItup.g:3992:5: ({...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) ) )
                    	    // InternalItup.g:3993:6: {...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 5) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 5)");
                    	    }
                    	    // InternalItup.g:3993:120: ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) )
                    	    // InternalItup.g:3994:7: ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 5);
                    	    						
                    	    // InternalItup.g:3997:10: ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) )
                    	    // InternalItup.g:3997:11: {...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "true");
                    	    }
                    	    // InternalItup.g:3997:20: (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) )
                    	    // InternalItup.g:3997:21: otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) )
                    	    {
                    	    otherlv_15=(Token)match(input,45,FOLLOW_10); 

                    	    										newLeafNode(otherlv_15, grammarAccess.getPerformanceIndicatorAccess().getSourceKeyword_3_1_5_0());
                    	    									
                    	    // InternalItup.g:4001:10: ( (lv_dataSource_16_0= RULE_STRING ) )
                    	    // InternalItup.g:4002:11: (lv_dataSource_16_0= RULE_STRING )
                    	    {
                    	    // InternalItup.g:4002:11: (lv_dataSource_16_0= RULE_STRING )
                    	    // InternalItup.g:4003:12: lv_dataSource_16_0= RULE_STRING
                    	    {
                    	    lv_dataSource_16_0=(Token)match(input,RULE_STRING,FOLLOW_69); 

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
                    	    // InternalItup.g:4025:5: ({...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) ) )
                    	    {
                    	    // InternalItup.g:4025:5: ({...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) ) )
                    	    // InternalItup.g:4026:6: {...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 6) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 6)");
                    	    }
                    	    // InternalItup.g:4026:120: ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) )
                    	    // InternalItup.g:4027:7: ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 6);
                    	    						
                    	    // InternalItup.g:4030:10: ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) )
                    	    // InternalItup.g:4030:11: {...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "true");
                    	    }
                    	    // InternalItup.g:4030:20: (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) )
                    	    // InternalItup.g:4030:21: otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) )
                    	    {
                    	    otherlv_17=(Token)match(input,72,FOLLOW_72); 

                    	    										newLeafNode(otherlv_17, grammarAccess.getPerformanceIndicatorAccess().getFrequencyKeyword_3_1_6_0());
                    	    									
                    	    // InternalItup.g:4034:10: ( (lv_frequency_18_0= ruleReportingFrequency ) )
                    	    // InternalItup.g:4035:11: (lv_frequency_18_0= ruleReportingFrequency )
                    	    {
                    	    // InternalItup.g:4035:11: (lv_frequency_18_0= ruleReportingFrequency )
                    	    // InternalItup.g:4036:12: lv_frequency_18_0= ruleReportingFrequency
                    	    {

                    	    												newCompositeNode(grammarAccess.getPerformanceIndicatorAccess().getFrequencyReportingFrequencyEnumRuleCall_3_1_6_1_0());
                    	    											
                    	    pushFollow(FOLLOW_69);
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
                    	    // InternalItup.g:4059:5: ({...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) ) )
                    	    {
                    	    // InternalItup.g:4059:5: ({...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) ) )
                    	    // InternalItup.g:4060:6: {...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 7) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 7)");
                    	    }
                    	    // InternalItup.g:4060:120: ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) )
                    	    // InternalItup.g:4061:7: ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 7);
                    	    						
                    	    // InternalItup.g:4064:10: ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) )
                    	    // InternalItup.g:4064:11: {...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "true");
                    	    }
                    	    // InternalItup.g:4064:20: (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) )
                    	    // InternalItup.g:4064:21: otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) )
                    	    {
                    	    otherlv_19=(Token)match(input,32,FOLLOW_10); 

                    	    										newLeafNode(otherlv_19, grammarAccess.getPerformanceIndicatorAccess().getResponsibleKeyword_3_1_7_0());
                    	    									
                    	    // InternalItup.g:4068:10: ( (lv_responsibleUnit_20_0= RULE_STRING ) )
                    	    // InternalItup.g:4069:11: (lv_responsibleUnit_20_0= RULE_STRING )
                    	    {
                    	    // InternalItup.g:4069:11: (lv_responsibleUnit_20_0= RULE_STRING )
                    	    // InternalItup.g:4070:12: lv_responsibleUnit_20_0= RULE_STRING
                    	    {
                    	    lv_responsibleUnit_20_0=(Token)match(input,RULE_STRING,FOLLOW_69); 

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
                    	    break loop66;
                        }
                    } while (true);


                    }


                    }

                     
                    					  getUnorderedGroupHelper().leave(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1());
                    					

                    }

                    // InternalItup.g:4099:4: ( (lv_milestones_21_0= ruleIndicatorMilestone ) )*
                    loop67:
                    do {
                        int alt67=2;
                        int LA67_0 = input.LA(1);

                        if ( (LA67_0==73) ) {
                            alt67=1;
                        }


                        switch (alt67) {
                    	case 1 :
                    	    // InternalItup.g:4100:5: (lv_milestones_21_0= ruleIndicatorMilestone )
                    	    {
                    	    // InternalItup.g:4100:5: (lv_milestones_21_0= ruleIndicatorMilestone )
                    	    // InternalItup.g:4101:6: lv_milestones_21_0= ruleIndicatorMilestone
                    	    {

                    	    						newCompositeNode(grammarAccess.getPerformanceIndicatorAccess().getMilestonesIndicatorMilestoneParserRuleCall_3_2_0());
                    	    					
                    	    pushFollow(FOLLOW_73);
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
                    	    break loop67;
                        }
                    } while (true);

                    otherlv_22=(Token)match(input,23,FOLLOW_2); 

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
    // InternalItup.g:4127:1: entryRuleIndicatorMilestone returns [EObject current=null] : iv_ruleIndicatorMilestone= ruleIndicatorMilestone EOF ;
    public final EObject entryRuleIndicatorMilestone() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleIndicatorMilestone = null;


        try {
            // InternalItup.g:4127:59: (iv_ruleIndicatorMilestone= ruleIndicatorMilestone EOF )
            // InternalItup.g:4128:2: iv_ruleIndicatorMilestone= ruleIndicatorMilestone EOF
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
    // InternalItup.g:4134:1: ruleIndicatorMilestone returns [EObject current=null] : (otherlv_0= 'milestone' ( (lv_year_1_0= ruleYear ) ) otherlv_2= 'value' ( (lv_value_3_0= ruleDecimal ) ) ) ;
    public final EObject ruleIndicatorMilestone() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_2=null;
        AntlrDatatypeRuleToken lv_year_1_0 = null;

        AntlrDatatypeRuleToken lv_value_3_0 = null;



        	enterRule();

        try {
            // InternalItup.g:4140:2: ( (otherlv_0= 'milestone' ( (lv_year_1_0= ruleYear ) ) otherlv_2= 'value' ( (lv_value_3_0= ruleDecimal ) ) ) )
            // InternalItup.g:4141:2: (otherlv_0= 'milestone' ( (lv_year_1_0= ruleYear ) ) otherlv_2= 'value' ( (lv_value_3_0= ruleDecimal ) ) )
            {
            // InternalItup.g:4141:2: (otherlv_0= 'milestone' ( (lv_year_1_0= ruleYear ) ) otherlv_2= 'value' ( (lv_value_3_0= ruleDecimal ) ) )
            // InternalItup.g:4142:3: otherlv_0= 'milestone' ( (lv_year_1_0= ruleYear ) ) otherlv_2= 'value' ( (lv_value_3_0= ruleDecimal ) )
            {
            otherlv_0=(Token)match(input,73,FOLLOW_6); 

            			newLeafNode(otherlv_0, grammarAccess.getIndicatorMilestoneAccess().getMilestoneKeyword_0());
            		
            // InternalItup.g:4146:3: ( (lv_year_1_0= ruleYear ) )
            // InternalItup.g:4147:4: (lv_year_1_0= ruleYear )
            {
            // InternalItup.g:4147:4: (lv_year_1_0= ruleYear )
            // InternalItup.g:4148:5: lv_year_1_0= ruleYear
            {

            					newCompositeNode(grammarAccess.getIndicatorMilestoneAccess().getYearYearParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_40);
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

            otherlv_2=(Token)match(input,44,FOLLOW_41); 

            			newLeafNode(otherlv_2, grammarAccess.getIndicatorMilestoneAccess().getValueKeyword_2());
            		
            // InternalItup.g:4169:3: ( (lv_value_3_0= ruleDecimal ) )
            // InternalItup.g:4170:4: (lv_value_3_0= ruleDecimal )
            {
            // InternalItup.g:4170:4: (lv_value_3_0= ruleDecimal )
            // InternalItup.g:4171:5: lv_value_3_0= ruleDecimal
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
    // InternalItup.g:4192:1: entryRuleIndicatorBound returns [EObject current=null] : iv_ruleIndicatorBound= ruleIndicatorBound EOF ;
    public final EObject entryRuleIndicatorBound() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleIndicatorBound = null;


        try {
            // InternalItup.g:4192:55: (iv_ruleIndicatorBound= ruleIndicatorBound EOF )
            // InternalItup.g:4193:2: iv_ruleIndicatorBound= ruleIndicatorBound EOF
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
    // InternalItup.g:4199:1: ruleIndicatorBound returns [EObject current=null] : ( (otherlv_0= 'at' ( ( ( (lv_kind_1_0= ruleLowerBound ) ) ( (lv_low_2_0= ruleDecimal ) ) ) | ( ( (lv_kind_3_0= ruleUpperBound ) ) ( (lv_high_4_0= ruleDecimal ) ) ) ) ) | ( ( (lv_kind_5_0= ruleRangeBound ) ) ( (lv_low_6_0= ruleDecimal ) ) otherlv_7= 'and' ( (lv_high_8_0= ruleDecimal ) ) ) ) ;
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
            // InternalItup.g:4205:2: ( ( (otherlv_0= 'at' ( ( ( (lv_kind_1_0= ruleLowerBound ) ) ( (lv_low_2_0= ruleDecimal ) ) ) | ( ( (lv_kind_3_0= ruleUpperBound ) ) ( (lv_high_4_0= ruleDecimal ) ) ) ) ) | ( ( (lv_kind_5_0= ruleRangeBound ) ) ( (lv_low_6_0= ruleDecimal ) ) otherlv_7= 'and' ( (lv_high_8_0= ruleDecimal ) ) ) ) )
            // InternalItup.g:4206:2: ( (otherlv_0= 'at' ( ( ( (lv_kind_1_0= ruleLowerBound ) ) ( (lv_low_2_0= ruleDecimal ) ) ) | ( ( (lv_kind_3_0= ruleUpperBound ) ) ( (lv_high_4_0= ruleDecimal ) ) ) ) ) | ( ( (lv_kind_5_0= ruleRangeBound ) ) ( (lv_low_6_0= ruleDecimal ) ) otherlv_7= 'and' ( (lv_high_8_0= ruleDecimal ) ) ) )
            {
            // InternalItup.g:4206:2: ( (otherlv_0= 'at' ( ( ( (lv_kind_1_0= ruleLowerBound ) ) ( (lv_low_2_0= ruleDecimal ) ) ) | ( ( (lv_kind_3_0= ruleUpperBound ) ) ( (lv_high_4_0= ruleDecimal ) ) ) ) ) | ( ( (lv_kind_5_0= ruleRangeBound ) ) ( (lv_low_6_0= ruleDecimal ) ) otherlv_7= 'and' ( (lv_high_8_0= ruleDecimal ) ) ) )
            int alt70=2;
            int LA70_0 = input.LA(1);

            if ( (LA70_0==74) ) {
                alt70=1;
            }
            else if ( (LA70_0==99) ) {
                alt70=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 70, 0, input);

                throw nvae;
            }
            switch (alt70) {
                case 1 :
                    // InternalItup.g:4207:3: (otherlv_0= 'at' ( ( ( (lv_kind_1_0= ruleLowerBound ) ) ( (lv_low_2_0= ruleDecimal ) ) ) | ( ( (lv_kind_3_0= ruleUpperBound ) ) ( (lv_high_4_0= ruleDecimal ) ) ) ) )
                    {
                    // InternalItup.g:4207:3: (otherlv_0= 'at' ( ( ( (lv_kind_1_0= ruleLowerBound ) ) ( (lv_low_2_0= ruleDecimal ) ) ) | ( ( (lv_kind_3_0= ruleUpperBound ) ) ( (lv_high_4_0= ruleDecimal ) ) ) ) )
                    // InternalItup.g:4208:4: otherlv_0= 'at' ( ( ( (lv_kind_1_0= ruleLowerBound ) ) ( (lv_low_2_0= ruleDecimal ) ) ) | ( ( (lv_kind_3_0= ruleUpperBound ) ) ( (lv_high_4_0= ruleDecimal ) ) ) )
                    {
                    otherlv_0=(Token)match(input,74,FOLLOW_74); 

                    				newLeafNode(otherlv_0, grammarAccess.getIndicatorBoundAccess().getAtKeyword_0_0());
                    			
                    // InternalItup.g:4212:4: ( ( ( (lv_kind_1_0= ruleLowerBound ) ) ( (lv_low_2_0= ruleDecimal ) ) ) | ( ( (lv_kind_3_0= ruleUpperBound ) ) ( (lv_high_4_0= ruleDecimal ) ) ) )
                    int alt69=2;
                    int LA69_0 = input.LA(1);

                    if ( (LA69_0==97) ) {
                        alt69=1;
                    }
                    else if ( (LA69_0==98) ) {
                        alt69=2;
                    }
                    else {
                        NoViableAltException nvae =
                            new NoViableAltException("", 69, 0, input);

                        throw nvae;
                    }
                    switch (alt69) {
                        case 1 :
                            // InternalItup.g:4213:5: ( ( (lv_kind_1_0= ruleLowerBound ) ) ( (lv_low_2_0= ruleDecimal ) ) )
                            {
                            // InternalItup.g:4213:5: ( ( (lv_kind_1_0= ruleLowerBound ) ) ( (lv_low_2_0= ruleDecimal ) ) )
                            // InternalItup.g:4214:6: ( (lv_kind_1_0= ruleLowerBound ) ) ( (lv_low_2_0= ruleDecimal ) )
                            {
                            // InternalItup.g:4214:6: ( (lv_kind_1_0= ruleLowerBound ) )
                            // InternalItup.g:4215:7: (lv_kind_1_0= ruleLowerBound )
                            {
                            // InternalItup.g:4215:7: (lv_kind_1_0= ruleLowerBound )
                            // InternalItup.g:4216:8: lv_kind_1_0= ruleLowerBound
                            {

                            								newCompositeNode(grammarAccess.getIndicatorBoundAccess().getKindLowerBoundEnumRuleCall_0_1_0_0_0());
                            							
                            pushFollow(FOLLOW_41);
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

                            // InternalItup.g:4233:6: ( (lv_low_2_0= ruleDecimal ) )
                            // InternalItup.g:4234:7: (lv_low_2_0= ruleDecimal )
                            {
                            // InternalItup.g:4234:7: (lv_low_2_0= ruleDecimal )
                            // InternalItup.g:4235:8: lv_low_2_0= ruleDecimal
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
                            // InternalItup.g:4254:5: ( ( (lv_kind_3_0= ruleUpperBound ) ) ( (lv_high_4_0= ruleDecimal ) ) )
                            {
                            // InternalItup.g:4254:5: ( ( (lv_kind_3_0= ruleUpperBound ) ) ( (lv_high_4_0= ruleDecimal ) ) )
                            // InternalItup.g:4255:6: ( (lv_kind_3_0= ruleUpperBound ) ) ( (lv_high_4_0= ruleDecimal ) )
                            {
                            // InternalItup.g:4255:6: ( (lv_kind_3_0= ruleUpperBound ) )
                            // InternalItup.g:4256:7: (lv_kind_3_0= ruleUpperBound )
                            {
                            // InternalItup.g:4256:7: (lv_kind_3_0= ruleUpperBound )
                            // InternalItup.g:4257:8: lv_kind_3_0= ruleUpperBound
                            {

                            								newCompositeNode(grammarAccess.getIndicatorBoundAccess().getKindUpperBoundEnumRuleCall_0_1_1_0_0());
                            							
                            pushFollow(FOLLOW_41);
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

                            // InternalItup.g:4274:6: ( (lv_high_4_0= ruleDecimal ) )
                            // InternalItup.g:4275:7: (lv_high_4_0= ruleDecimal )
                            {
                            // InternalItup.g:4275:7: (lv_high_4_0= ruleDecimal )
                            // InternalItup.g:4276:8: lv_high_4_0= ruleDecimal
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
                    // InternalItup.g:4297:3: ( ( (lv_kind_5_0= ruleRangeBound ) ) ( (lv_low_6_0= ruleDecimal ) ) otherlv_7= 'and' ( (lv_high_8_0= ruleDecimal ) ) )
                    {
                    // InternalItup.g:4297:3: ( ( (lv_kind_5_0= ruleRangeBound ) ) ( (lv_low_6_0= ruleDecimal ) ) otherlv_7= 'and' ( (lv_high_8_0= ruleDecimal ) ) )
                    // InternalItup.g:4298:4: ( (lv_kind_5_0= ruleRangeBound ) ) ( (lv_low_6_0= ruleDecimal ) ) otherlv_7= 'and' ( (lv_high_8_0= ruleDecimal ) )
                    {
                    // InternalItup.g:4298:4: ( (lv_kind_5_0= ruleRangeBound ) )
                    // InternalItup.g:4299:5: (lv_kind_5_0= ruleRangeBound )
                    {
                    // InternalItup.g:4299:5: (lv_kind_5_0= ruleRangeBound )
                    // InternalItup.g:4300:6: lv_kind_5_0= ruleRangeBound
                    {

                    						newCompositeNode(grammarAccess.getIndicatorBoundAccess().getKindRangeBoundEnumRuleCall_1_0_0());
                    					
                    pushFollow(FOLLOW_41);
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

                    // InternalItup.g:4317:4: ( (lv_low_6_0= ruleDecimal ) )
                    // InternalItup.g:4318:5: (lv_low_6_0= ruleDecimal )
                    {
                    // InternalItup.g:4318:5: (lv_low_6_0= ruleDecimal )
                    // InternalItup.g:4319:6: lv_low_6_0= ruleDecimal
                    {

                    						newCompositeNode(grammarAccess.getIndicatorBoundAccess().getLowDecimalParserRuleCall_1_1_0());
                    					
                    pushFollow(FOLLOW_75);
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

                    otherlv_7=(Token)match(input,75,FOLLOW_41); 

                    				newLeafNode(otherlv_7, grammarAccess.getIndicatorBoundAccess().getAndKeyword_1_2());
                    			
                    // InternalItup.g:4340:4: ( (lv_high_8_0= ruleDecimal ) )
                    // InternalItup.g:4341:5: (lv_high_8_0= ruleDecimal )
                    {
                    // InternalItup.g:4341:5: (lv_high_8_0= ruleDecimal )
                    // InternalItup.g:4342:6: lv_high_8_0= ruleDecimal
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
    // InternalItup.g:4364:1: entryRuleEnabler returns [EObject current=null] : iv_ruleEnabler= ruleEnabler EOF ;
    public final EObject entryRuleEnabler() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleEnabler = null;


        try {
            // InternalItup.g:4364:48: (iv_ruleEnabler= ruleEnabler EOF )
            // InternalItup.g:4365:2: iv_ruleEnabler= ruleEnabler EOF
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
    // InternalItup.g:4371:1: ruleEnabler returns [EObject current=null] : (otherlv_0= 'enabler' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'supports' ( ( (lv_supportsAll_5_0= 'all' ) ) | ( ( ( ruleCode ) ) (otherlv_7= ',' ( ( ruleCode ) ) )* ) ) )? ( (otherlv_9= 'activity' ( (lv_activities_10_0= RULE_STRING ) ) ) | (otherlv_11= 'contribution' ( (lv_contributions_12_0= RULE_STRING ) ) ) | (otherlv_13= 'result' ( (lv_results_14_0= RULE_STRING ) ) ) )* otherlv_15= '}' ) ;
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
            // InternalItup.g:4377:2: ( (otherlv_0= 'enabler' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'supports' ( ( (lv_supportsAll_5_0= 'all' ) ) | ( ( ( ruleCode ) ) (otherlv_7= ',' ( ( ruleCode ) ) )* ) ) )? ( (otherlv_9= 'activity' ( (lv_activities_10_0= RULE_STRING ) ) ) | (otherlv_11= 'contribution' ( (lv_contributions_12_0= RULE_STRING ) ) ) | (otherlv_13= 'result' ( (lv_results_14_0= RULE_STRING ) ) ) )* otherlv_15= '}' ) )
            // InternalItup.g:4378:2: (otherlv_0= 'enabler' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'supports' ( ( (lv_supportsAll_5_0= 'all' ) ) | ( ( ( ruleCode ) ) (otherlv_7= ',' ( ( ruleCode ) ) )* ) ) )? ( (otherlv_9= 'activity' ( (lv_activities_10_0= RULE_STRING ) ) ) | (otherlv_11= 'contribution' ( (lv_contributions_12_0= RULE_STRING ) ) ) | (otherlv_13= 'result' ( (lv_results_14_0= RULE_STRING ) ) ) )* otherlv_15= '}' )
            {
            // InternalItup.g:4378:2: (otherlv_0= 'enabler' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'supports' ( ( (lv_supportsAll_5_0= 'all' ) ) | ( ( ( ruleCode ) ) (otherlv_7= ',' ( ( ruleCode ) ) )* ) ) )? ( (otherlv_9= 'activity' ( (lv_activities_10_0= RULE_STRING ) ) ) | (otherlv_11= 'contribution' ( (lv_contributions_12_0= RULE_STRING ) ) ) | (otherlv_13= 'result' ( (lv_results_14_0= RULE_STRING ) ) ) )* otherlv_15= '}' )
            // InternalItup.g:4379:3: otherlv_0= 'enabler' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'supports' ( ( (lv_supportsAll_5_0= 'all' ) ) | ( ( ( ruleCode ) ) (otherlv_7= ',' ( ( ruleCode ) ) )* ) ) )? ( (otherlv_9= 'activity' ( (lv_activities_10_0= RULE_STRING ) ) ) | (otherlv_11= 'contribution' ( (lv_contributions_12_0= RULE_STRING ) ) ) | (otherlv_13= 'result' ( (lv_results_14_0= RULE_STRING ) ) ) )* otherlv_15= '}'
            {
            otherlv_0=(Token)match(input,76,FOLLOW_16); 

            			newLeafNode(otherlv_0, grammarAccess.getEnablerAccess().getEnablerKeyword_0());
            		
            // InternalItup.g:4383:3: ( (lv_name_1_0= ruleCode ) )
            // InternalItup.g:4384:4: (lv_name_1_0= ruleCode )
            {
            // InternalItup.g:4384:4: (lv_name_1_0= ruleCode )
            // InternalItup.g:4385:5: lv_name_1_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getEnablerAccess().getNameCodeParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_47);
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

            // InternalItup.g:4402:3: ( (lv_title_2_0= RULE_STRING ) )?
            int alt71=2;
            int LA71_0 = input.LA(1);

            if ( (LA71_0==RULE_STRING) ) {
                alt71=1;
            }
            switch (alt71) {
                case 1 :
                    // InternalItup.g:4403:4: (lv_title_2_0= RULE_STRING )
                    {
                    // InternalItup.g:4403:4: (lv_title_2_0= RULE_STRING )
                    // InternalItup.g:4404:5: lv_title_2_0= RULE_STRING
                    {
                    lv_title_2_0=(Token)match(input,RULE_STRING,FOLLOW_19); 

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

            otherlv_3=(Token)match(input,22,FOLLOW_76); 

            			newLeafNode(otherlv_3, grammarAccess.getEnablerAccess().getLeftCurlyBracketKeyword_3());
            		
            // InternalItup.g:4424:3: (otherlv_4= 'supports' ( ( (lv_supportsAll_5_0= 'all' ) ) | ( ( ( ruleCode ) ) (otherlv_7= ',' ( ( ruleCode ) ) )* ) ) )?
            int alt74=2;
            int LA74_0 = input.LA(1);

            if ( (LA74_0==77) ) {
                alt74=1;
            }
            switch (alt74) {
                case 1 :
                    // InternalItup.g:4425:4: otherlv_4= 'supports' ( ( (lv_supportsAll_5_0= 'all' ) ) | ( ( ( ruleCode ) ) (otherlv_7= ',' ( ( ruleCode ) ) )* ) )
                    {
                    otherlv_4=(Token)match(input,77,FOLLOW_77); 

                    				newLeafNode(otherlv_4, grammarAccess.getEnablerAccess().getSupportsKeyword_4_0());
                    			
                    // InternalItup.g:4429:4: ( ( (lv_supportsAll_5_0= 'all' ) ) | ( ( ( ruleCode ) ) (otherlv_7= ',' ( ( ruleCode ) ) )* ) )
                    int alt73=2;
                    int LA73_0 = input.LA(1);

                    if ( (LA73_0==78) ) {
                        alt73=1;
                    }
                    else if ( ((LA73_0>=RULE_ID && LA73_0<=RULE_INT)) ) {
                        alt73=2;
                    }
                    else {
                        NoViableAltException nvae =
                            new NoViableAltException("", 73, 0, input);

                        throw nvae;
                    }
                    switch (alt73) {
                        case 1 :
                            // InternalItup.g:4430:5: ( (lv_supportsAll_5_0= 'all' ) )
                            {
                            // InternalItup.g:4430:5: ( (lv_supportsAll_5_0= 'all' ) )
                            // InternalItup.g:4431:6: (lv_supportsAll_5_0= 'all' )
                            {
                            // InternalItup.g:4431:6: (lv_supportsAll_5_0= 'all' )
                            // InternalItup.g:4432:7: lv_supportsAll_5_0= 'all'
                            {
                            lv_supportsAll_5_0=(Token)match(input,78,FOLLOW_78); 

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
                            // InternalItup.g:4445:5: ( ( ( ruleCode ) ) (otherlv_7= ',' ( ( ruleCode ) ) )* )
                            {
                            // InternalItup.g:4445:5: ( ( ( ruleCode ) ) (otherlv_7= ',' ( ( ruleCode ) ) )* )
                            // InternalItup.g:4446:6: ( ( ruleCode ) ) (otherlv_7= ',' ( ( ruleCode ) ) )*
                            {
                            // InternalItup.g:4446:6: ( ( ruleCode ) )
                            // InternalItup.g:4447:7: ( ruleCode )
                            {
                            // InternalItup.g:4447:7: ( ruleCode )
                            // InternalItup.g:4448:8: ruleCode
                            {

                            								if (current==null) {
                            									current = createModelElement(grammarAccess.getEnablerRule());
                            								}
                            							

                            								newCompositeNode(grammarAccess.getEnablerAccess().getSupportedObjectivesObjectiveCrossReference_4_1_1_0_0());
                            							
                            pushFollow(FOLLOW_79);
                            ruleCode();

                            state._fsp--;


                            								afterParserOrEnumRuleCall();
                            							

                            }


                            }

                            // InternalItup.g:4462:6: (otherlv_7= ',' ( ( ruleCode ) ) )*
                            loop72:
                            do {
                                int alt72=2;
                                int LA72_0 = input.LA(1);

                                if ( (LA72_0==20) ) {
                                    alt72=1;
                                }


                                switch (alt72) {
                            	case 1 :
                            	    // InternalItup.g:4463:7: otherlv_7= ',' ( ( ruleCode ) )
                            	    {
                            	    otherlv_7=(Token)match(input,20,FOLLOW_16); 

                            	    							newLeafNode(otherlv_7, grammarAccess.getEnablerAccess().getCommaKeyword_4_1_1_1_0());
                            	    						
                            	    // InternalItup.g:4467:7: ( ( ruleCode ) )
                            	    // InternalItup.g:4468:8: ( ruleCode )
                            	    {
                            	    // InternalItup.g:4468:8: ( ruleCode )
                            	    // InternalItup.g:4469:9: ruleCode
                            	    {

                            	    									if (current==null) {
                            	    										current = createModelElement(grammarAccess.getEnablerRule());
                            	    									}
                            	    								

                            	    									newCompositeNode(grammarAccess.getEnablerAccess().getSupportedObjectivesObjectiveCrossReference_4_1_1_1_1_0());
                            	    								
                            	    pushFollow(FOLLOW_79);
                            	    ruleCode();

                            	    state._fsp--;


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

                    }


                    }
                    break;

            }

            // InternalItup.g:4487:3: ( (otherlv_9= 'activity' ( (lv_activities_10_0= RULE_STRING ) ) ) | (otherlv_11= 'contribution' ( (lv_contributions_12_0= RULE_STRING ) ) ) | (otherlv_13= 'result' ( (lv_results_14_0= RULE_STRING ) ) ) )*
            loop75:
            do {
                int alt75=4;
                switch ( input.LA(1) ) {
                case 36:
                    {
                    alt75=1;
                    }
                    break;
                case 79:
                    {
                    alt75=2;
                    }
                    break;
                case 80:
                    {
                    alt75=3;
                    }
                    break;

                }

                switch (alt75) {
            	case 1 :
            	    // InternalItup.g:4488:4: (otherlv_9= 'activity' ( (lv_activities_10_0= RULE_STRING ) ) )
            	    {
            	    // InternalItup.g:4488:4: (otherlv_9= 'activity' ( (lv_activities_10_0= RULE_STRING ) ) )
            	    // InternalItup.g:4489:5: otherlv_9= 'activity' ( (lv_activities_10_0= RULE_STRING ) )
            	    {
            	    otherlv_9=(Token)match(input,36,FOLLOW_10); 

            	    					newLeafNode(otherlv_9, grammarAccess.getEnablerAccess().getActivityKeyword_5_0_0());
            	    				
            	    // InternalItup.g:4493:5: ( (lv_activities_10_0= RULE_STRING ) )
            	    // InternalItup.g:4494:6: (lv_activities_10_0= RULE_STRING )
            	    {
            	    // InternalItup.g:4494:6: (lv_activities_10_0= RULE_STRING )
            	    // InternalItup.g:4495:7: lv_activities_10_0= RULE_STRING
            	    {
            	    lv_activities_10_0=(Token)match(input,RULE_STRING,FOLLOW_78); 

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
            	    // InternalItup.g:4513:4: (otherlv_11= 'contribution' ( (lv_contributions_12_0= RULE_STRING ) ) )
            	    {
            	    // InternalItup.g:4513:4: (otherlv_11= 'contribution' ( (lv_contributions_12_0= RULE_STRING ) ) )
            	    // InternalItup.g:4514:5: otherlv_11= 'contribution' ( (lv_contributions_12_0= RULE_STRING ) )
            	    {
            	    otherlv_11=(Token)match(input,79,FOLLOW_10); 

            	    					newLeafNode(otherlv_11, grammarAccess.getEnablerAccess().getContributionKeyword_5_1_0());
            	    				
            	    // InternalItup.g:4518:5: ( (lv_contributions_12_0= RULE_STRING ) )
            	    // InternalItup.g:4519:6: (lv_contributions_12_0= RULE_STRING )
            	    {
            	    // InternalItup.g:4519:6: (lv_contributions_12_0= RULE_STRING )
            	    // InternalItup.g:4520:7: lv_contributions_12_0= RULE_STRING
            	    {
            	    lv_contributions_12_0=(Token)match(input,RULE_STRING,FOLLOW_78); 

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
            	    // InternalItup.g:4538:4: (otherlv_13= 'result' ( (lv_results_14_0= RULE_STRING ) ) )
            	    {
            	    // InternalItup.g:4538:4: (otherlv_13= 'result' ( (lv_results_14_0= RULE_STRING ) ) )
            	    // InternalItup.g:4539:5: otherlv_13= 'result' ( (lv_results_14_0= RULE_STRING ) )
            	    {
            	    otherlv_13=(Token)match(input,80,FOLLOW_10); 

            	    					newLeafNode(otherlv_13, grammarAccess.getEnablerAccess().getResultKeyword_5_2_0());
            	    				
            	    // InternalItup.g:4543:5: ( (lv_results_14_0= RULE_STRING ) )
            	    // InternalItup.g:4544:6: (lv_results_14_0= RULE_STRING )
            	    {
            	    // InternalItup.g:4544:6: (lv_results_14_0= RULE_STRING )
            	    // InternalItup.g:4545:7: lv_results_14_0= RULE_STRING
            	    {
            	    lv_results_14_0=(Token)match(input,RULE_STRING,FOLLOW_78); 

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
            	    break loop75;
                }
            } while (true);

            otherlv_15=(Token)match(input,23,FOLLOW_2); 

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
    // InternalItup.g:4571:1: entryRuleStrategicRisk returns [EObject current=null] : iv_ruleStrategicRisk= ruleStrategicRisk EOF ;
    public final EObject entryRuleStrategicRisk() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleStrategicRisk = null;


        try {
            // InternalItup.g:4571:54: (iv_ruleStrategicRisk= ruleStrategicRisk EOF )
            // InternalItup.g:4572:2: iv_ruleStrategicRisk= ruleStrategicRisk EOF
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
    // InternalItup.g:4578:1: ruleStrategicRisk returns [EObject current=null] : (otherlv_0= 'risk' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'aspect' ( (lv_aspects_5_0= RULE_STRING ) ) )* ( (lv_mitigations_6_0= ruleMitigation ) )* otherlv_7= '}' ) ;
    public final EObject ruleStrategicRisk() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_title_2_0=null;
        Token otherlv_3=null;
        Token otherlv_4=null;
        Token lv_aspects_5_0=null;
        Token otherlv_7=null;
        AntlrDatatypeRuleToken lv_name_1_0 = null;

        EObject lv_mitigations_6_0 = null;



        	enterRule();

        try {
            // InternalItup.g:4584:2: ( (otherlv_0= 'risk' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'aspect' ( (lv_aspects_5_0= RULE_STRING ) ) )* ( (lv_mitigations_6_0= ruleMitigation ) )* otherlv_7= '}' ) )
            // InternalItup.g:4585:2: (otherlv_0= 'risk' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'aspect' ( (lv_aspects_5_0= RULE_STRING ) ) )* ( (lv_mitigations_6_0= ruleMitigation ) )* otherlv_7= '}' )
            {
            // InternalItup.g:4585:2: (otherlv_0= 'risk' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'aspect' ( (lv_aspects_5_0= RULE_STRING ) ) )* ( (lv_mitigations_6_0= ruleMitigation ) )* otherlv_7= '}' )
            // InternalItup.g:4586:3: otherlv_0= 'risk' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'aspect' ( (lv_aspects_5_0= RULE_STRING ) ) )* ( (lv_mitigations_6_0= ruleMitigation ) )* otherlv_7= '}'
            {
            otherlv_0=(Token)match(input,81,FOLLOW_16); 

            			newLeafNode(otherlv_0, grammarAccess.getStrategicRiskAccess().getRiskKeyword_0());
            		
            // InternalItup.g:4590:3: ( (lv_name_1_0= ruleCode ) )
            // InternalItup.g:4591:4: (lv_name_1_0= ruleCode )
            {
            // InternalItup.g:4591:4: (lv_name_1_0= ruleCode )
            // InternalItup.g:4592:5: lv_name_1_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getStrategicRiskAccess().getNameCodeParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_47);
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

            // InternalItup.g:4609:3: ( (lv_title_2_0= RULE_STRING ) )?
            int alt76=2;
            int LA76_0 = input.LA(1);

            if ( (LA76_0==RULE_STRING) ) {
                alt76=1;
            }
            switch (alt76) {
                case 1 :
                    // InternalItup.g:4610:4: (lv_title_2_0= RULE_STRING )
                    {
                    // InternalItup.g:4610:4: (lv_title_2_0= RULE_STRING )
                    // InternalItup.g:4611:5: lv_title_2_0= RULE_STRING
                    {
                    lv_title_2_0=(Token)match(input,RULE_STRING,FOLLOW_19); 

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

            otherlv_3=(Token)match(input,22,FOLLOW_80); 

            			newLeafNode(otherlv_3, grammarAccess.getStrategicRiskAccess().getLeftCurlyBracketKeyword_3());
            		
            // InternalItup.g:4631:3: (otherlv_4= 'aspect' ( (lv_aspects_5_0= RULE_STRING ) ) )*
            loop77:
            do {
                int alt77=2;
                int LA77_0 = input.LA(1);

                if ( (LA77_0==82) ) {
                    alt77=1;
                }


                switch (alt77) {
            	case 1 :
            	    // InternalItup.g:4632:4: otherlv_4= 'aspect' ( (lv_aspects_5_0= RULE_STRING ) )
            	    {
            	    otherlv_4=(Token)match(input,82,FOLLOW_10); 

            	    				newLeafNode(otherlv_4, grammarAccess.getStrategicRiskAccess().getAspectKeyword_4_0());
            	    			
            	    // InternalItup.g:4636:4: ( (lv_aspects_5_0= RULE_STRING ) )
            	    // InternalItup.g:4637:5: (lv_aspects_5_0= RULE_STRING )
            	    {
            	    // InternalItup.g:4637:5: (lv_aspects_5_0= RULE_STRING )
            	    // InternalItup.g:4638:6: lv_aspects_5_0= RULE_STRING
            	    {
            	    lv_aspects_5_0=(Token)match(input,RULE_STRING,FOLLOW_80); 

            	    						newLeafNode(lv_aspects_5_0, grammarAccess.getStrategicRiskAccess().getAspectsSTRINGTerminalRuleCall_4_1_0());
            	    					

            	    						if (current==null) {
            	    							current = createModelElement(grammarAccess.getStrategicRiskRule());
            	    						}
            	    						addWithLastConsumed(
            	    							current,
            	    							"aspects",
            	    							lv_aspects_5_0,
            	    							"org.eclipse.xtext.common.Terminals.STRING");
            	    					

            	    }


            	    }


            	    }
            	    break;

            	default :
            	    break loop77;
                }
            } while (true);

            // InternalItup.g:4655:3: ( (lv_mitigations_6_0= ruleMitigation ) )*
            loop78:
            do {
                int alt78=2;
                int LA78_0 = input.LA(1);

                if ( (LA78_0==83) ) {
                    alt78=1;
                }


                switch (alt78) {
            	case 1 :
            	    // InternalItup.g:4656:4: (lv_mitigations_6_0= ruleMitigation )
            	    {
            	    // InternalItup.g:4656:4: (lv_mitigations_6_0= ruleMitigation )
            	    // InternalItup.g:4657:5: lv_mitigations_6_0= ruleMitigation
            	    {

            	    					newCompositeNode(grammarAccess.getStrategicRiskAccess().getMitigationsMitigationParserRuleCall_5_0());
            	    				
            	    pushFollow(FOLLOW_81);
            	    lv_mitigations_6_0=ruleMitigation();

            	    state._fsp--;


            	    					if (current==null) {
            	    						current = createModelElementForParent(grammarAccess.getStrategicRiskRule());
            	    					}
            	    					add(
            	    						current,
            	    						"mitigations",
            	    						lv_mitigations_6_0,
            	    						"org.itup.dsl.Itup.Mitigation");
            	    					afterParserOrEnumRuleCall();
            	    				

            	    }


            	    }
            	    break;

            	default :
            	    break loop78;
                }
            } while (true);

            otherlv_7=(Token)match(input,23,FOLLOW_2); 

            			newLeafNode(otherlv_7, grammarAccess.getStrategicRiskAccess().getRightCurlyBracketKeyword_6());
            		

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
    // InternalItup.g:4682:1: entryRuleMitigation returns [EObject current=null] : iv_ruleMitigation= ruleMitigation EOF ;
    public final EObject entryRuleMitigation() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleMitigation = null;


        try {
            // InternalItup.g:4682:51: (iv_ruleMitigation= ruleMitigation EOF )
            // InternalItup.g:4683:2: iv_ruleMitigation= ruleMitigation EOF
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
    // InternalItup.g:4689:1: ruleMitigation returns [EObject current=null] : (otherlv_0= 'mitigation' ( (lv_treatment_1_0= ruleRiskTreatment ) )? ( (lv_statement_2_0= RULE_STRING ) ) ) ;
    public final EObject ruleMitigation() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_statement_2_0=null;
        Enumerator lv_treatment_1_0 = null;



        	enterRule();

        try {
            // InternalItup.g:4695:2: ( (otherlv_0= 'mitigation' ( (lv_treatment_1_0= ruleRiskTreatment ) )? ( (lv_statement_2_0= RULE_STRING ) ) ) )
            // InternalItup.g:4696:2: (otherlv_0= 'mitigation' ( (lv_treatment_1_0= ruleRiskTreatment ) )? ( (lv_statement_2_0= RULE_STRING ) ) )
            {
            // InternalItup.g:4696:2: (otherlv_0= 'mitigation' ( (lv_treatment_1_0= ruleRiskTreatment ) )? ( (lv_statement_2_0= RULE_STRING ) ) )
            // InternalItup.g:4697:3: otherlv_0= 'mitigation' ( (lv_treatment_1_0= ruleRiskTreatment ) )? ( (lv_statement_2_0= RULE_STRING ) )
            {
            otherlv_0=(Token)match(input,83,FOLLOW_82); 

            			newLeafNode(otherlv_0, grammarAccess.getMitigationAccess().getMitigationKeyword_0());
            		
            // InternalItup.g:4701:3: ( (lv_treatment_1_0= ruleRiskTreatment ) )?
            int alt79=2;
            int LA79_0 = input.LA(1);

            if ( ((LA79_0>=104 && LA79_0<=107)) ) {
                alt79=1;
            }
            switch (alt79) {
                case 1 :
                    // InternalItup.g:4702:4: (lv_treatment_1_0= ruleRiskTreatment )
                    {
                    // InternalItup.g:4702:4: (lv_treatment_1_0= ruleRiskTreatment )
                    // InternalItup.g:4703:5: lv_treatment_1_0= ruleRiskTreatment
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

            // InternalItup.g:4720:3: ( (lv_statement_2_0= RULE_STRING ) )
            // InternalItup.g:4721:4: (lv_statement_2_0= RULE_STRING )
            {
            // InternalItup.g:4721:4: (lv_statement_2_0= RULE_STRING )
            // InternalItup.g:4722:5: lv_statement_2_0= RULE_STRING
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
    // InternalItup.g:4742:1: entryRuleSwotItem returns [EObject current=null] : iv_ruleSwotItem= ruleSwotItem EOF ;
    public final EObject entryRuleSwotItem() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleSwotItem = null;


        try {
            // InternalItup.g:4742:49: (iv_ruleSwotItem= ruleSwotItem EOF )
            // InternalItup.g:4743:2: iv_ruleSwotItem= ruleSwotItem EOF
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
    // InternalItup.g:4749:1: ruleSwotItem returns [EObject current=null] : ( ( (lv_kind_0_0= ruleSwotKind ) ) ( (lv_statement_1_0= RULE_STRING ) ) ) ;
    public final EObject ruleSwotItem() throws RecognitionException {
        EObject current = null;

        Token lv_statement_1_0=null;
        Enumerator lv_kind_0_0 = null;



        	enterRule();

        try {
            // InternalItup.g:4755:2: ( ( ( (lv_kind_0_0= ruleSwotKind ) ) ( (lv_statement_1_0= RULE_STRING ) ) ) )
            // InternalItup.g:4756:2: ( ( (lv_kind_0_0= ruleSwotKind ) ) ( (lv_statement_1_0= RULE_STRING ) ) )
            {
            // InternalItup.g:4756:2: ( ( (lv_kind_0_0= ruleSwotKind ) ) ( (lv_statement_1_0= RULE_STRING ) ) )
            // InternalItup.g:4757:3: ( (lv_kind_0_0= ruleSwotKind ) ) ( (lv_statement_1_0= RULE_STRING ) )
            {
            // InternalItup.g:4757:3: ( (lv_kind_0_0= ruleSwotKind ) )
            // InternalItup.g:4758:4: (lv_kind_0_0= ruleSwotKind )
            {
            // InternalItup.g:4758:4: (lv_kind_0_0= ruleSwotKind )
            // InternalItup.g:4759:5: lv_kind_0_0= ruleSwotKind
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

            // InternalItup.g:4776:3: ( (lv_statement_1_0= RULE_STRING ) )
            // InternalItup.g:4777:4: (lv_statement_1_0= RULE_STRING )
            {
            // InternalItup.g:4777:4: (lv_statement_1_0= RULE_STRING )
            // InternalItup.g:4778:5: lv_statement_1_0= RULE_STRING
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
    // InternalItup.g:4798:1: entryRuleImplementationCriterion returns [EObject current=null] : iv_ruleImplementationCriterion= ruleImplementationCriterion EOF ;
    public final EObject entryRuleImplementationCriterion() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleImplementationCriterion = null;


        try {
            // InternalItup.g:4798:64: (iv_ruleImplementationCriterion= ruleImplementationCriterion EOF )
            // InternalItup.g:4799:2: iv_ruleImplementationCriterion= ruleImplementationCriterion EOF
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
    // InternalItup.g:4805:1: ruleImplementationCriterion returns [EObject current=null] : (otherlv_0= 'criterion' ( (lv_title_1_0= RULE_STRING ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( (lv_criteria_4_0= ruleImplementationCriterion ) )* otherlv_5= '}' )? ) ;
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
            // InternalItup.g:4811:2: ( (otherlv_0= 'criterion' ( (lv_title_1_0= RULE_STRING ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( (lv_criteria_4_0= ruleImplementationCriterion ) )* otherlv_5= '}' )? ) )
            // InternalItup.g:4812:2: (otherlv_0= 'criterion' ( (lv_title_1_0= RULE_STRING ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( (lv_criteria_4_0= ruleImplementationCriterion ) )* otherlv_5= '}' )? )
            {
            // InternalItup.g:4812:2: (otherlv_0= 'criterion' ( (lv_title_1_0= RULE_STRING ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( (lv_criteria_4_0= ruleImplementationCriterion ) )* otherlv_5= '}' )? )
            // InternalItup.g:4813:3: otherlv_0= 'criterion' ( (lv_title_1_0= RULE_STRING ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( (lv_criteria_4_0= ruleImplementationCriterion ) )* otherlv_5= '}' )?
            {
            otherlv_0=(Token)match(input,84,FOLLOW_10); 

            			newLeafNode(otherlv_0, grammarAccess.getImplementationCriterionAccess().getCriterionKeyword_0());
            		
            // InternalItup.g:4817:3: ( (lv_title_1_0= RULE_STRING ) )
            // InternalItup.g:4818:4: (lv_title_1_0= RULE_STRING )
            {
            // InternalItup.g:4818:4: (lv_title_1_0= RULE_STRING )
            // InternalItup.g:4819:5: lv_title_1_0= RULE_STRING
            {
            lv_title_1_0=(Token)match(input,RULE_STRING,FOLLOW_52); 

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

            // InternalItup.g:4835:3: ( (lv_statement_2_0= RULE_STRING ) )?
            int alt80=2;
            int LA80_0 = input.LA(1);

            if ( (LA80_0==RULE_STRING) ) {
                alt80=1;
            }
            switch (alt80) {
                case 1 :
                    // InternalItup.g:4836:4: (lv_statement_2_0= RULE_STRING )
                    {
                    // InternalItup.g:4836:4: (lv_statement_2_0= RULE_STRING )
                    // InternalItup.g:4837:5: lv_statement_2_0= RULE_STRING
                    {
                    lv_statement_2_0=(Token)match(input,RULE_STRING,FOLLOW_53); 

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

            // InternalItup.g:4853:3: (otherlv_3= '{' ( (lv_criteria_4_0= ruleImplementationCriterion ) )* otherlv_5= '}' )?
            int alt82=2;
            int LA82_0 = input.LA(1);

            if ( (LA82_0==22) ) {
                alt82=1;
            }
            switch (alt82) {
                case 1 :
                    // InternalItup.g:4854:4: otherlv_3= '{' ( (lv_criteria_4_0= ruleImplementationCriterion ) )* otherlv_5= '}'
                    {
                    otherlv_3=(Token)match(input,22,FOLLOW_83); 

                    				newLeafNode(otherlv_3, grammarAccess.getImplementationCriterionAccess().getLeftCurlyBracketKeyword_3_0());
                    			
                    // InternalItup.g:4858:4: ( (lv_criteria_4_0= ruleImplementationCriterion ) )*
                    loop81:
                    do {
                        int alt81=2;
                        int LA81_0 = input.LA(1);

                        if ( (LA81_0==84) ) {
                            alt81=1;
                        }


                        switch (alt81) {
                    	case 1 :
                    	    // InternalItup.g:4859:5: (lv_criteria_4_0= ruleImplementationCriterion )
                    	    {
                    	    // InternalItup.g:4859:5: (lv_criteria_4_0= ruleImplementationCriterion )
                    	    // InternalItup.g:4860:6: lv_criteria_4_0= ruleImplementationCriterion
                    	    {

                    	    						newCompositeNode(grammarAccess.getImplementationCriterionAccess().getCriteriaImplementationCriterionParserRuleCall_3_1_0());
                    	    					
                    	    pushFollow(FOLLOW_83);
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
                    	    break loop81;
                        }
                    } while (true);

                    otherlv_5=(Token)match(input,23,FOLLOW_2); 

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
    // InternalItup.g:4886:1: entryRuleGlossaryTerm returns [EObject current=null] : iv_ruleGlossaryTerm= ruleGlossaryTerm EOF ;
    public final EObject entryRuleGlossaryTerm() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleGlossaryTerm = null;


        try {
            // InternalItup.g:4886:53: (iv_ruleGlossaryTerm= ruleGlossaryTerm EOF )
            // InternalItup.g:4887:2: iv_ruleGlossaryTerm= ruleGlossaryTerm EOF
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
    // InternalItup.g:4893:1: ruleGlossaryTerm returns [EObject current=null] : (otherlv_0= 'term' ( (lv_term_1_0= RULE_STRING ) ) otherlv_2= '{' (otherlv_3= 'definition' ( (lv_definition_4_0= RULE_STRING ) ) )? ( (lv_translations_5_0= ruleTranslation ) )* otherlv_6= '}' ) ;
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
            // InternalItup.g:4899:2: ( (otherlv_0= 'term' ( (lv_term_1_0= RULE_STRING ) ) otherlv_2= '{' (otherlv_3= 'definition' ( (lv_definition_4_0= RULE_STRING ) ) )? ( (lv_translations_5_0= ruleTranslation ) )* otherlv_6= '}' ) )
            // InternalItup.g:4900:2: (otherlv_0= 'term' ( (lv_term_1_0= RULE_STRING ) ) otherlv_2= '{' (otherlv_3= 'definition' ( (lv_definition_4_0= RULE_STRING ) ) )? ( (lv_translations_5_0= ruleTranslation ) )* otherlv_6= '}' )
            {
            // InternalItup.g:4900:2: (otherlv_0= 'term' ( (lv_term_1_0= RULE_STRING ) ) otherlv_2= '{' (otherlv_3= 'definition' ( (lv_definition_4_0= RULE_STRING ) ) )? ( (lv_translations_5_0= ruleTranslation ) )* otherlv_6= '}' )
            // InternalItup.g:4901:3: otherlv_0= 'term' ( (lv_term_1_0= RULE_STRING ) ) otherlv_2= '{' (otherlv_3= 'definition' ( (lv_definition_4_0= RULE_STRING ) ) )? ( (lv_translations_5_0= ruleTranslation ) )* otherlv_6= '}'
            {
            otherlv_0=(Token)match(input,85,FOLLOW_10); 

            			newLeafNode(otherlv_0, grammarAccess.getGlossaryTermAccess().getTermKeyword_0());
            		
            // InternalItup.g:4905:3: ( (lv_term_1_0= RULE_STRING ) )
            // InternalItup.g:4906:4: (lv_term_1_0= RULE_STRING )
            {
            // InternalItup.g:4906:4: (lv_term_1_0= RULE_STRING )
            // InternalItup.g:4907:5: lv_term_1_0= RULE_STRING
            {
            lv_term_1_0=(Token)match(input,RULE_STRING,FOLLOW_19); 

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

            otherlv_2=(Token)match(input,22,FOLLOW_84); 

            			newLeafNode(otherlv_2, grammarAccess.getGlossaryTermAccess().getLeftCurlyBracketKeyword_2());
            		
            // InternalItup.g:4927:3: (otherlv_3= 'definition' ( (lv_definition_4_0= RULE_STRING ) ) )?
            int alt83=2;
            int LA83_0 = input.LA(1);

            if ( (LA83_0==86) ) {
                alt83=1;
            }
            switch (alt83) {
                case 1 :
                    // InternalItup.g:4928:4: otherlv_3= 'definition' ( (lv_definition_4_0= RULE_STRING ) )
                    {
                    otherlv_3=(Token)match(input,86,FOLLOW_10); 

                    				newLeafNode(otherlv_3, grammarAccess.getGlossaryTermAccess().getDefinitionKeyword_3_0());
                    			
                    // InternalItup.g:4932:4: ( (lv_definition_4_0= RULE_STRING ) )
                    // InternalItup.g:4933:5: (lv_definition_4_0= RULE_STRING )
                    {
                    // InternalItup.g:4933:5: (lv_definition_4_0= RULE_STRING )
                    // InternalItup.g:4934:6: lv_definition_4_0= RULE_STRING
                    {
                    lv_definition_4_0=(Token)match(input,RULE_STRING,FOLLOW_85); 

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

            // InternalItup.g:4951:3: ( (lv_translations_5_0= ruleTranslation ) )*
            loop84:
            do {
                int alt84=2;
                int LA84_0 = input.LA(1);

                if ( (LA84_0==RULE_ID) ) {
                    alt84=1;
                }


                switch (alt84) {
            	case 1 :
            	    // InternalItup.g:4952:4: (lv_translations_5_0= ruleTranslation )
            	    {
            	    // InternalItup.g:4952:4: (lv_translations_5_0= ruleTranslation )
            	    // InternalItup.g:4953:5: lv_translations_5_0= ruleTranslation
            	    {

            	    					newCompositeNode(grammarAccess.getGlossaryTermAccess().getTranslationsTranslationParserRuleCall_4_0());
            	    				
            	    pushFollow(FOLLOW_85);
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
            	    break loop84;
                }
            } while (true);

            otherlv_6=(Token)match(input,23,FOLLOW_2); 

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
    // InternalItup.g:4978:1: entryRuleTranslation returns [EObject current=null] : iv_ruleTranslation= ruleTranslation EOF ;
    public final EObject entryRuleTranslation() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleTranslation = null;


        try {
            // InternalItup.g:4978:52: (iv_ruleTranslation= ruleTranslation EOF )
            // InternalItup.g:4979:2: iv_ruleTranslation= ruleTranslation EOF
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
    // InternalItup.g:4985:1: ruleTranslation returns [EObject current=null] : ( ( (lv_language_0_0= RULE_ID ) ) ( ( (lv_text_1_0= RULE_STRING ) ) | ( (lv_unavailable_2_0= 'unavailable' ) ) ) ) ;
    public final EObject ruleTranslation() throws RecognitionException {
        EObject current = null;

        Token lv_language_0_0=null;
        Token lv_text_1_0=null;
        Token lv_unavailable_2_0=null;


        	enterRule();

        try {
            // InternalItup.g:4991:2: ( ( ( (lv_language_0_0= RULE_ID ) ) ( ( (lv_text_1_0= RULE_STRING ) ) | ( (lv_unavailable_2_0= 'unavailable' ) ) ) ) )
            // InternalItup.g:4992:2: ( ( (lv_language_0_0= RULE_ID ) ) ( ( (lv_text_1_0= RULE_STRING ) ) | ( (lv_unavailable_2_0= 'unavailable' ) ) ) )
            {
            // InternalItup.g:4992:2: ( ( (lv_language_0_0= RULE_ID ) ) ( ( (lv_text_1_0= RULE_STRING ) ) | ( (lv_unavailable_2_0= 'unavailable' ) ) ) )
            // InternalItup.g:4993:3: ( (lv_language_0_0= RULE_ID ) ) ( ( (lv_text_1_0= RULE_STRING ) ) | ( (lv_unavailable_2_0= 'unavailable' ) ) )
            {
            // InternalItup.g:4993:3: ( (lv_language_0_0= RULE_ID ) )
            // InternalItup.g:4994:4: (lv_language_0_0= RULE_ID )
            {
            // InternalItup.g:4994:4: (lv_language_0_0= RULE_ID )
            // InternalItup.g:4995:5: lv_language_0_0= RULE_ID
            {
            lv_language_0_0=(Token)match(input,RULE_ID,FOLLOW_86); 

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

            // InternalItup.g:5011:3: ( ( (lv_text_1_0= RULE_STRING ) ) | ( (lv_unavailable_2_0= 'unavailable' ) ) )
            int alt85=2;
            int LA85_0 = input.LA(1);

            if ( (LA85_0==RULE_STRING) ) {
                alt85=1;
            }
            else if ( (LA85_0==87) ) {
                alt85=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 85, 0, input);

                throw nvae;
            }
            switch (alt85) {
                case 1 :
                    // InternalItup.g:5012:4: ( (lv_text_1_0= RULE_STRING ) )
                    {
                    // InternalItup.g:5012:4: ( (lv_text_1_0= RULE_STRING ) )
                    // InternalItup.g:5013:5: (lv_text_1_0= RULE_STRING )
                    {
                    // InternalItup.g:5013:5: (lv_text_1_0= RULE_STRING )
                    // InternalItup.g:5014:6: lv_text_1_0= RULE_STRING
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
                    // InternalItup.g:5031:4: ( (lv_unavailable_2_0= 'unavailable' ) )
                    {
                    // InternalItup.g:5031:4: ( (lv_unavailable_2_0= 'unavailable' ) )
                    // InternalItup.g:5032:5: (lv_unavailable_2_0= 'unavailable' )
                    {
                    // InternalItup.g:5032:5: (lv_unavailable_2_0= 'unavailable' )
                    // InternalItup.g:5033:6: lv_unavailable_2_0= 'unavailable'
                    {
                    lv_unavailable_2_0=(Token)match(input,87,FOLLOW_2); 

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
    // InternalItup.g:5050:1: entryRuleCode returns [String current=null] : iv_ruleCode= ruleCode EOF ;
    public final String entryRuleCode() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleCode = null;



        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalItup.g:5052:2: (iv_ruleCode= ruleCode EOF )
            // InternalItup.g:5053:2: iv_ruleCode= ruleCode EOF
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
    // InternalItup.g:5062:1: ruleCode returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (this_CodeSegment_0= ruleCodeSegment ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )* ) ;
    public final AntlrDatatypeRuleToken ruleCode() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token kw=null;
        AntlrDatatypeRuleToken this_CodeSegment_0 = null;

        AntlrDatatypeRuleToken this_CodeSegment_3 = null;



        	enterRule();
        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalItup.g:5069:2: ( (this_CodeSegment_0= ruleCodeSegment ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )* ) )
            // InternalItup.g:5070:2: (this_CodeSegment_0= ruleCodeSegment ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )* )
            {
            // InternalItup.g:5070:2: (this_CodeSegment_0= ruleCodeSegment ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )* )
            // InternalItup.g:5071:3: this_CodeSegment_0= ruleCodeSegment ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )*
            {

            			newCompositeNode(grammarAccess.getCodeAccess().getCodeSegmentParserRuleCall_0());
            		
            pushFollow(FOLLOW_87);
            this_CodeSegment_0=ruleCodeSegment();

            state._fsp--;


            			current.merge(this_CodeSegment_0);
            		

            			afterParserOrEnumRuleCall();
            		
            // InternalItup.g:5081:3: ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )*
            loop87:
            do {
                int alt87=2;
                int LA87_0 = input.LA(1);

                if ( ((LA87_0>=88 && LA87_0<=89)) ) {
                    alt87=1;
                }


                switch (alt87) {
            	case 1 :
            	    // InternalItup.g:5082:4: (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment
            	    {
            	    // InternalItup.g:5082:4: (kw= '.' | kw= '-' )
            	    int alt86=2;
            	    int LA86_0 = input.LA(1);

            	    if ( (LA86_0==88) ) {
            	        alt86=1;
            	    }
            	    else if ( (LA86_0==89) ) {
            	        alt86=2;
            	    }
            	    else {
            	        NoViableAltException nvae =
            	            new NoViableAltException("", 86, 0, input);

            	        throw nvae;
            	    }
            	    switch (alt86) {
            	        case 1 :
            	            // InternalItup.g:5083:5: kw= '.'
            	            {
            	            kw=(Token)match(input,88,FOLLOW_16); 

            	            					current.merge(kw);
            	            					newLeafNode(kw, grammarAccess.getCodeAccess().getFullStopKeyword_1_0_0());
            	            				

            	            }
            	            break;
            	        case 2 :
            	            // InternalItup.g:5089:5: kw= '-'
            	            {
            	            kw=(Token)match(input,89,FOLLOW_16); 

            	            					current.merge(kw);
            	            					newLeafNode(kw, grammarAccess.getCodeAccess().getHyphenMinusKeyword_1_0_1());
            	            				

            	            }
            	            break;

            	    }


            	    				newCompositeNode(grammarAccess.getCodeAccess().getCodeSegmentParserRuleCall_1_1());
            	    			
            	    pushFollow(FOLLOW_87);
            	    this_CodeSegment_3=ruleCodeSegment();

            	    state._fsp--;


            	    				current.merge(this_CodeSegment_3);
            	    			

            	    				afterParserOrEnumRuleCall();
            	    			

            	    }
            	    break;

            	default :
            	    break loop87;
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
    // InternalItup.g:5113:1: entryRuleCodeSegment returns [String current=null] : iv_ruleCodeSegment= ruleCodeSegment EOF ;
    public final String entryRuleCodeSegment() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleCodeSegment = null;


        try {
            // InternalItup.g:5113:51: (iv_ruleCodeSegment= ruleCodeSegment EOF )
            // InternalItup.g:5114:2: iv_ruleCodeSegment= ruleCodeSegment EOF
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
    // InternalItup.g:5120:1: ruleCodeSegment returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (this_ID_0= RULE_ID | this_INT_1= RULE_INT ) ;
    public final AntlrDatatypeRuleToken ruleCodeSegment() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_ID_0=null;
        Token this_INT_1=null;


        	enterRule();

        try {
            // InternalItup.g:5126:2: ( (this_ID_0= RULE_ID | this_INT_1= RULE_INT ) )
            // InternalItup.g:5127:2: (this_ID_0= RULE_ID | this_INT_1= RULE_INT )
            {
            // InternalItup.g:5127:2: (this_ID_0= RULE_ID | this_INT_1= RULE_INT )
            int alt88=2;
            int LA88_0 = input.LA(1);

            if ( (LA88_0==RULE_ID) ) {
                alt88=1;
            }
            else if ( (LA88_0==RULE_INT) ) {
                alt88=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 88, 0, input);

                throw nvae;
            }
            switch (alt88) {
                case 1 :
                    // InternalItup.g:5128:3: this_ID_0= RULE_ID
                    {
                    this_ID_0=(Token)match(input,RULE_ID,FOLLOW_2); 

                    			current.merge(this_ID_0);
                    		

                    			newLeafNode(this_ID_0, grammarAccess.getCodeSegmentAccess().getIDTerminalRuleCall_0());
                    		

                    }
                    break;
                case 2 :
                    // InternalItup.g:5136:3: this_INT_1= RULE_INT
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
    // InternalItup.g:5147:1: entryRulePlanName returns [String current=null] : iv_rulePlanName= rulePlanName EOF ;
    public final String entryRulePlanName() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_rulePlanName = null;



        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalItup.g:5149:2: (iv_rulePlanName= rulePlanName EOF )
            // InternalItup.g:5150:2: iv_rulePlanName= rulePlanName EOF
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
    // InternalItup.g:5159:1: rulePlanName returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (this_ID_0= RULE_ID ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )* ) ;
    public final AntlrDatatypeRuleToken rulePlanName() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_ID_0=null;
        Token kw=null;
        AntlrDatatypeRuleToken this_CodeSegment_3 = null;



        	enterRule();
        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalItup.g:5166:2: ( (this_ID_0= RULE_ID ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )* ) )
            // InternalItup.g:5167:2: (this_ID_0= RULE_ID ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )* )
            {
            // InternalItup.g:5167:2: (this_ID_0= RULE_ID ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )* )
            // InternalItup.g:5168:3: this_ID_0= RULE_ID ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )*
            {
            this_ID_0=(Token)match(input,RULE_ID,FOLLOW_87); 

            			current.merge(this_ID_0);
            		

            			newLeafNode(this_ID_0, grammarAccess.getPlanNameAccess().getIDTerminalRuleCall_0());
            		
            // InternalItup.g:5175:3: ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )*
            loop90:
            do {
                int alt90=2;
                int LA90_0 = input.LA(1);

                if ( ((LA90_0>=88 && LA90_0<=89)) ) {
                    alt90=1;
                }


                switch (alt90) {
            	case 1 :
            	    // InternalItup.g:5176:4: (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment
            	    {
            	    // InternalItup.g:5176:4: (kw= '.' | kw= '-' )
            	    int alt89=2;
            	    int LA89_0 = input.LA(1);

            	    if ( (LA89_0==88) ) {
            	        alt89=1;
            	    }
            	    else if ( (LA89_0==89) ) {
            	        alt89=2;
            	    }
            	    else {
            	        NoViableAltException nvae =
            	            new NoViableAltException("", 89, 0, input);

            	        throw nvae;
            	    }
            	    switch (alt89) {
            	        case 1 :
            	            // InternalItup.g:5177:5: kw= '.'
            	            {
            	            kw=(Token)match(input,88,FOLLOW_16); 

            	            					current.merge(kw);
            	            					newLeafNode(kw, grammarAccess.getPlanNameAccess().getFullStopKeyword_1_0_0());
            	            				

            	            }
            	            break;
            	        case 2 :
            	            // InternalItup.g:5183:5: kw= '-'
            	            {
            	            kw=(Token)match(input,89,FOLLOW_16); 

            	            					current.merge(kw);
            	            					newLeafNode(kw, grammarAccess.getPlanNameAccess().getHyphenMinusKeyword_1_0_1());
            	            				

            	            }
            	            break;

            	    }


            	    				newCompositeNode(grammarAccess.getPlanNameAccess().getCodeSegmentParserRuleCall_1_1());
            	    			
            	    pushFollow(FOLLOW_87);
            	    this_CodeSegment_3=ruleCodeSegment();

            	    state._fsp--;


            	    				current.merge(this_CodeSegment_3);
            	    			

            	    				afterParserOrEnumRuleCall();
            	    			

            	    }
            	    break;

            	default :
            	    break loop90;
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
    // InternalItup.g:5207:1: entryRuleYear returns [String current=null] : iv_ruleYear= ruleYear EOF ;
    public final String entryRuleYear() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleYear = null;


        try {
            // InternalItup.g:5207:44: (iv_ruleYear= ruleYear EOF )
            // InternalItup.g:5208:2: iv_ruleYear= ruleYear EOF
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
    // InternalItup.g:5214:1: ruleYear returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : this_INT_0= RULE_INT ;
    public final AntlrDatatypeRuleToken ruleYear() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_INT_0=null;


        	enterRule();

        try {
            // InternalItup.g:5220:2: (this_INT_0= RULE_INT )
            // InternalItup.g:5221:2: this_INT_0= RULE_INT
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
    // InternalItup.g:5231:1: entryRulePeriod returns [String current=null] : iv_rulePeriod= rulePeriod EOF ;
    public final String entryRulePeriod() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_rulePeriod = null;



        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalItup.g:5233:2: (iv_rulePeriod= rulePeriod EOF )
            // InternalItup.g:5234:2: iv_rulePeriod= rulePeriod EOF
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
    // InternalItup.g:5243:1: rulePeriod returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (this_INT_0= RULE_INT (kw= '-' (this_INT_2= RULE_INT | this_ID_3= RULE_ID ) )? ) ;
    public final AntlrDatatypeRuleToken rulePeriod() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_INT_0=null;
        Token kw=null;
        Token this_INT_2=null;
        Token this_ID_3=null;


        	enterRule();
        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalItup.g:5250:2: ( (this_INT_0= RULE_INT (kw= '-' (this_INT_2= RULE_INT | this_ID_3= RULE_ID ) )? ) )
            // InternalItup.g:5251:2: (this_INT_0= RULE_INT (kw= '-' (this_INT_2= RULE_INT | this_ID_3= RULE_ID ) )? )
            {
            // InternalItup.g:5251:2: (this_INT_0= RULE_INT (kw= '-' (this_INT_2= RULE_INT | this_ID_3= RULE_ID ) )? )
            // InternalItup.g:5252:3: this_INT_0= RULE_INT (kw= '-' (this_INT_2= RULE_INT | this_ID_3= RULE_ID ) )?
            {
            this_INT_0=(Token)match(input,RULE_INT,FOLLOW_88); 

            			current.merge(this_INT_0);
            		

            			newLeafNode(this_INT_0, grammarAccess.getPeriodAccess().getINTTerminalRuleCall_0());
            		
            // InternalItup.g:5259:3: (kw= '-' (this_INT_2= RULE_INT | this_ID_3= RULE_ID ) )?
            int alt92=2;
            int LA92_0 = input.LA(1);

            if ( (LA92_0==89) ) {
                alt92=1;
            }
            switch (alt92) {
                case 1 :
                    // InternalItup.g:5260:4: kw= '-' (this_INT_2= RULE_INT | this_ID_3= RULE_ID )
                    {
                    kw=(Token)match(input,89,FOLLOW_16); 

                    				current.merge(kw);
                    				newLeafNode(kw, grammarAccess.getPeriodAccess().getHyphenMinusKeyword_1_0());
                    			
                    // InternalItup.g:5265:4: (this_INT_2= RULE_INT | this_ID_3= RULE_ID )
                    int alt91=2;
                    int LA91_0 = input.LA(1);

                    if ( (LA91_0==RULE_INT) ) {
                        alt91=1;
                    }
                    else if ( (LA91_0==RULE_ID) ) {
                        alt91=2;
                    }
                    else {
                        NoViableAltException nvae =
                            new NoViableAltException("", 91, 0, input);

                        throw nvae;
                    }
                    switch (alt91) {
                        case 1 :
                            // InternalItup.g:5266:5: this_INT_2= RULE_INT
                            {
                            this_INT_2=(Token)match(input,RULE_INT,FOLLOW_2); 

                            					current.merge(this_INT_2);
                            				

                            					newLeafNode(this_INT_2, grammarAccess.getPeriodAccess().getINTTerminalRuleCall_1_1_0());
                            				

                            }
                            break;
                        case 2 :
                            // InternalItup.g:5274:5: this_ID_3= RULE_ID
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
    // InternalItup.g:5290:1: entryRuleDecimal returns [String current=null] : iv_ruleDecimal= ruleDecimal EOF ;
    public final String entryRuleDecimal() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleDecimal = null;



        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalItup.g:5292:2: (iv_ruleDecimal= ruleDecimal EOF )
            // InternalItup.g:5293:2: iv_ruleDecimal= ruleDecimal EOF
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
    // InternalItup.g:5302:1: ruleDecimal returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : ( (kw= '-' )? this_INT_1= RULE_INT (kw= '.' this_INT_3= RULE_INT )? ) ;
    public final AntlrDatatypeRuleToken ruleDecimal() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token kw=null;
        Token this_INT_1=null;
        Token this_INT_3=null;


        	enterRule();
        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalItup.g:5309:2: ( ( (kw= '-' )? this_INT_1= RULE_INT (kw= '.' this_INT_3= RULE_INT )? ) )
            // InternalItup.g:5310:2: ( (kw= '-' )? this_INT_1= RULE_INT (kw= '.' this_INT_3= RULE_INT )? )
            {
            // InternalItup.g:5310:2: ( (kw= '-' )? this_INT_1= RULE_INT (kw= '.' this_INT_3= RULE_INT )? )
            // InternalItup.g:5311:3: (kw= '-' )? this_INT_1= RULE_INT (kw= '.' this_INT_3= RULE_INT )?
            {
            // InternalItup.g:5311:3: (kw= '-' )?
            int alt93=2;
            int LA93_0 = input.LA(1);

            if ( (LA93_0==89) ) {
                alt93=1;
            }
            switch (alt93) {
                case 1 :
                    // InternalItup.g:5312:4: kw= '-'
                    {
                    kw=(Token)match(input,89,FOLLOW_6); 

                    				current.merge(kw);
                    				newLeafNode(kw, grammarAccess.getDecimalAccess().getHyphenMinusKeyword_0());
                    			

                    }
                    break;

            }

            this_INT_1=(Token)match(input,RULE_INT,FOLLOW_89); 

            			current.merge(this_INT_1);
            		

            			newLeafNode(this_INT_1, grammarAccess.getDecimalAccess().getINTTerminalRuleCall_1());
            		
            // InternalItup.g:5325:3: (kw= '.' this_INT_3= RULE_INT )?
            int alt94=2;
            int LA94_0 = input.LA(1);

            if ( (LA94_0==88) ) {
                alt94=1;
            }
            switch (alt94) {
                case 1 :
                    // InternalItup.g:5326:4: kw= '.' this_INT_3= RULE_INT
                    {
                    kw=(Token)match(input,88,FOLLOW_6); 

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
    // InternalItup.g:5346:1: ruleMeasuredTargetKind returns [Enumerator current=null] : ( (enumLiteral_0= 'level' ) | (enumLiteral_1= 'increase' ) | (enumLiteral_2= 'decrease' ) ) ;
    public final Enumerator ruleMeasuredTargetKind() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;


        	enterRule();

        try {
            // InternalItup.g:5352:2: ( ( (enumLiteral_0= 'level' ) | (enumLiteral_1= 'increase' ) | (enumLiteral_2= 'decrease' ) ) )
            // InternalItup.g:5353:2: ( (enumLiteral_0= 'level' ) | (enumLiteral_1= 'increase' ) | (enumLiteral_2= 'decrease' ) )
            {
            // InternalItup.g:5353:2: ( (enumLiteral_0= 'level' ) | (enumLiteral_1= 'increase' ) | (enumLiteral_2= 'decrease' ) )
            int alt95=3;
            switch ( input.LA(1) ) {
            case 90:
                {
                alt95=1;
                }
                break;
            case 91:
                {
                alt95=2;
                }
                break;
            case 92:
                {
                alt95=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 95, 0, input);

                throw nvae;
            }

            switch (alt95) {
                case 1 :
                    // InternalItup.g:5354:3: (enumLiteral_0= 'level' )
                    {
                    // InternalItup.g:5354:3: (enumLiteral_0= 'level' )
                    // InternalItup.g:5355:4: enumLiteral_0= 'level'
                    {
                    enumLiteral_0=(Token)match(input,90,FOLLOW_2); 

                    				current = grammarAccess.getMeasuredTargetKindAccess().getLEVELEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getMeasuredTargetKindAccess().getLEVELEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:5362:3: (enumLiteral_1= 'increase' )
                    {
                    // InternalItup.g:5362:3: (enumLiteral_1= 'increase' )
                    // InternalItup.g:5363:4: enumLiteral_1= 'increase'
                    {
                    enumLiteral_1=(Token)match(input,91,FOLLOW_2); 

                    				current = grammarAccess.getMeasuredTargetKindAccess().getINCREASEEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getMeasuredTargetKindAccess().getINCREASEEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:5370:3: (enumLiteral_2= 'decrease' )
                    {
                    // InternalItup.g:5370:3: (enumLiteral_2= 'decrease' )
                    // InternalItup.g:5371:4: enumLiteral_2= 'decrease'
                    {
                    enumLiteral_2=(Token)match(input,92,FOLLOW_2); 

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
    // InternalItup.g:5381:1: ruleQualitativeTargetKind returns [Enumerator current=null] : (enumLiteral_0= 'qualitative' ) ;
    public final Enumerator ruleQualitativeTargetKind() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;


        	enterRule();

        try {
            // InternalItup.g:5387:2: ( (enumLiteral_0= 'qualitative' ) )
            // InternalItup.g:5388:2: (enumLiteral_0= 'qualitative' )
            {
            // InternalItup.g:5388:2: (enumLiteral_0= 'qualitative' )
            // InternalItup.g:5389:3: enumLiteral_0= 'qualitative'
            {
            enumLiteral_0=(Token)match(input,93,FOLLOW_2); 

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
    // InternalItup.g:5398:1: ruleSectorKind returns [Enumerator current=null] : ( (enumLiteral_0= 'sector' ) | (enumLiteral_1= 'inter-sectoral' ) | (enumLiteral_2= 'secretariat' ) ) ;
    public final Enumerator ruleSectorKind() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;


        	enterRule();

        try {
            // InternalItup.g:5404:2: ( ( (enumLiteral_0= 'sector' ) | (enumLiteral_1= 'inter-sectoral' ) | (enumLiteral_2= 'secretariat' ) ) )
            // InternalItup.g:5405:2: ( (enumLiteral_0= 'sector' ) | (enumLiteral_1= 'inter-sectoral' ) | (enumLiteral_2= 'secretariat' ) )
            {
            // InternalItup.g:5405:2: ( (enumLiteral_0= 'sector' ) | (enumLiteral_1= 'inter-sectoral' ) | (enumLiteral_2= 'secretariat' ) )
            int alt96=3;
            switch ( input.LA(1) ) {
            case 94:
                {
                alt96=1;
                }
                break;
            case 95:
                {
                alt96=2;
                }
                break;
            case 96:
                {
                alt96=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 96, 0, input);

                throw nvae;
            }

            switch (alt96) {
                case 1 :
                    // InternalItup.g:5406:3: (enumLiteral_0= 'sector' )
                    {
                    // InternalItup.g:5406:3: (enumLiteral_0= 'sector' )
                    // InternalItup.g:5407:4: enumLiteral_0= 'sector'
                    {
                    enumLiteral_0=(Token)match(input,94,FOLLOW_2); 

                    				current = grammarAccess.getSectorKindAccess().getSECTOREnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getSectorKindAccess().getSECTOREnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:5414:3: (enumLiteral_1= 'inter-sectoral' )
                    {
                    // InternalItup.g:5414:3: (enumLiteral_1= 'inter-sectoral' )
                    // InternalItup.g:5415:4: enumLiteral_1= 'inter-sectoral'
                    {
                    enumLiteral_1=(Token)match(input,95,FOLLOW_2); 

                    				current = grammarAccess.getSectorKindAccess().getINTER_SECTORALEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getSectorKindAccess().getINTER_SECTORALEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:5422:3: (enumLiteral_2= 'secretariat' )
                    {
                    // InternalItup.g:5422:3: (enumLiteral_2= 'secretariat' )
                    // InternalItup.g:5423:4: enumLiteral_2= 'secretariat'
                    {
                    enumLiteral_2=(Token)match(input,96,FOLLOW_2); 

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
    // InternalItup.g:5433:1: ruleLowerBound returns [Enumerator current=null] : (enumLiteral_0= 'least' ) ;
    public final Enumerator ruleLowerBound() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;


        	enterRule();

        try {
            // InternalItup.g:5439:2: ( (enumLiteral_0= 'least' ) )
            // InternalItup.g:5440:2: (enumLiteral_0= 'least' )
            {
            // InternalItup.g:5440:2: (enumLiteral_0= 'least' )
            // InternalItup.g:5441:3: enumLiteral_0= 'least'
            {
            enumLiteral_0=(Token)match(input,97,FOLLOW_2); 

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
    // InternalItup.g:5450:1: ruleUpperBound returns [Enumerator current=null] : (enumLiteral_0= 'most' ) ;
    public final Enumerator ruleUpperBound() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;


        	enterRule();

        try {
            // InternalItup.g:5456:2: ( (enumLiteral_0= 'most' ) )
            // InternalItup.g:5457:2: (enumLiteral_0= 'most' )
            {
            // InternalItup.g:5457:2: (enumLiteral_0= 'most' )
            // InternalItup.g:5458:3: enumLiteral_0= 'most'
            {
            enumLiteral_0=(Token)match(input,98,FOLLOW_2); 

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
    // InternalItup.g:5467:1: ruleRangeBound returns [Enumerator current=null] : (enumLiteral_0= 'between' ) ;
    public final Enumerator ruleRangeBound() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;


        	enterRule();

        try {
            // InternalItup.g:5473:2: ( (enumLiteral_0= 'between' ) )
            // InternalItup.g:5474:2: (enumLiteral_0= 'between' )
            {
            // InternalItup.g:5474:2: (enumLiteral_0= 'between' )
            // InternalItup.g:5475:3: enumLiteral_0= 'between'
            {
            enumLiteral_0=(Token)match(input,99,FOLLOW_2); 

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
    // InternalItup.g:5484:1: ruleIndicatorDirection returns [Enumerator current=null] : ( (enumLiteral_0= 'increase' ) | (enumLiteral_1= 'decrease' ) | (enumLiteral_2= 'maintain' ) ) ;
    public final Enumerator ruleIndicatorDirection() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;


        	enterRule();

        try {
            // InternalItup.g:5490:2: ( ( (enumLiteral_0= 'increase' ) | (enumLiteral_1= 'decrease' ) | (enumLiteral_2= 'maintain' ) ) )
            // InternalItup.g:5491:2: ( (enumLiteral_0= 'increase' ) | (enumLiteral_1= 'decrease' ) | (enumLiteral_2= 'maintain' ) )
            {
            // InternalItup.g:5491:2: ( (enumLiteral_0= 'increase' ) | (enumLiteral_1= 'decrease' ) | (enumLiteral_2= 'maintain' ) )
            int alt97=3;
            switch ( input.LA(1) ) {
            case 91:
                {
                alt97=1;
                }
                break;
            case 92:
                {
                alt97=2;
                }
                break;
            case 100:
                {
                alt97=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 97, 0, input);

                throw nvae;
            }

            switch (alt97) {
                case 1 :
                    // InternalItup.g:5492:3: (enumLiteral_0= 'increase' )
                    {
                    // InternalItup.g:5492:3: (enumLiteral_0= 'increase' )
                    // InternalItup.g:5493:4: enumLiteral_0= 'increase'
                    {
                    enumLiteral_0=(Token)match(input,91,FOLLOW_2); 

                    				current = grammarAccess.getIndicatorDirectionAccess().getINCREASEEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getIndicatorDirectionAccess().getINCREASEEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:5500:3: (enumLiteral_1= 'decrease' )
                    {
                    // InternalItup.g:5500:3: (enumLiteral_1= 'decrease' )
                    // InternalItup.g:5501:4: enumLiteral_1= 'decrease'
                    {
                    enumLiteral_1=(Token)match(input,92,FOLLOW_2); 

                    				current = grammarAccess.getIndicatorDirectionAccess().getDECREASEEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getIndicatorDirectionAccess().getDECREASEEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:5508:3: (enumLiteral_2= 'maintain' )
                    {
                    // InternalItup.g:5508:3: (enumLiteral_2= 'maintain' )
                    // InternalItup.g:5509:4: enumLiteral_2= 'maintain'
                    {
                    enumLiteral_2=(Token)match(input,100,FOLLOW_2); 

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
    // InternalItup.g:5519:1: ruleReportingFrequency returns [Enumerator current=null] : ( (enumLiteral_0= 'annual' ) | (enumLiteral_1= 'quarterly' ) | (enumLiteral_2= 'monthly' ) ) ;
    public final Enumerator ruleReportingFrequency() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;


        	enterRule();

        try {
            // InternalItup.g:5525:2: ( ( (enumLiteral_0= 'annual' ) | (enumLiteral_1= 'quarterly' ) | (enumLiteral_2= 'monthly' ) ) )
            // InternalItup.g:5526:2: ( (enumLiteral_0= 'annual' ) | (enumLiteral_1= 'quarterly' ) | (enumLiteral_2= 'monthly' ) )
            {
            // InternalItup.g:5526:2: ( (enumLiteral_0= 'annual' ) | (enumLiteral_1= 'quarterly' ) | (enumLiteral_2= 'monthly' ) )
            int alt98=3;
            switch ( input.LA(1) ) {
            case 101:
                {
                alt98=1;
                }
                break;
            case 102:
                {
                alt98=2;
                }
                break;
            case 103:
                {
                alt98=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 98, 0, input);

                throw nvae;
            }

            switch (alt98) {
                case 1 :
                    // InternalItup.g:5527:3: (enumLiteral_0= 'annual' )
                    {
                    // InternalItup.g:5527:3: (enumLiteral_0= 'annual' )
                    // InternalItup.g:5528:4: enumLiteral_0= 'annual'
                    {
                    enumLiteral_0=(Token)match(input,101,FOLLOW_2); 

                    				current = grammarAccess.getReportingFrequencyAccess().getANNUALEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getReportingFrequencyAccess().getANNUALEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:5535:3: (enumLiteral_1= 'quarterly' )
                    {
                    // InternalItup.g:5535:3: (enumLiteral_1= 'quarterly' )
                    // InternalItup.g:5536:4: enumLiteral_1= 'quarterly'
                    {
                    enumLiteral_1=(Token)match(input,102,FOLLOW_2); 

                    				current = grammarAccess.getReportingFrequencyAccess().getQUARTERLYEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getReportingFrequencyAccess().getQUARTERLYEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:5543:3: (enumLiteral_2= 'monthly' )
                    {
                    // InternalItup.g:5543:3: (enumLiteral_2= 'monthly' )
                    // InternalItup.g:5544:4: enumLiteral_2= 'monthly'
                    {
                    enumLiteral_2=(Token)match(input,103,FOLLOW_2); 

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
    // InternalItup.g:5554:1: ruleRiskTreatment returns [Enumerator current=null] : ( (enumLiteral_0= 'avoidance' ) | (enumLiteral_1= 'limitation' ) | (enumLiteral_2= 'transfer' ) | (enumLiteral_3= 'acceptance' ) ) ;
    public final Enumerator ruleRiskTreatment() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;


        	enterRule();

        try {
            // InternalItup.g:5560:2: ( ( (enumLiteral_0= 'avoidance' ) | (enumLiteral_1= 'limitation' ) | (enumLiteral_2= 'transfer' ) | (enumLiteral_3= 'acceptance' ) ) )
            // InternalItup.g:5561:2: ( (enumLiteral_0= 'avoidance' ) | (enumLiteral_1= 'limitation' ) | (enumLiteral_2= 'transfer' ) | (enumLiteral_3= 'acceptance' ) )
            {
            // InternalItup.g:5561:2: ( (enumLiteral_0= 'avoidance' ) | (enumLiteral_1= 'limitation' ) | (enumLiteral_2= 'transfer' ) | (enumLiteral_3= 'acceptance' ) )
            int alt99=4;
            switch ( input.LA(1) ) {
            case 104:
                {
                alt99=1;
                }
                break;
            case 105:
                {
                alt99=2;
                }
                break;
            case 106:
                {
                alt99=3;
                }
                break;
            case 107:
                {
                alt99=4;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 99, 0, input);

                throw nvae;
            }

            switch (alt99) {
                case 1 :
                    // InternalItup.g:5562:3: (enumLiteral_0= 'avoidance' )
                    {
                    // InternalItup.g:5562:3: (enumLiteral_0= 'avoidance' )
                    // InternalItup.g:5563:4: enumLiteral_0= 'avoidance'
                    {
                    enumLiteral_0=(Token)match(input,104,FOLLOW_2); 

                    				current = grammarAccess.getRiskTreatmentAccess().getAVOIDANCEEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getRiskTreatmentAccess().getAVOIDANCEEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:5570:3: (enumLiteral_1= 'limitation' )
                    {
                    // InternalItup.g:5570:3: (enumLiteral_1= 'limitation' )
                    // InternalItup.g:5571:4: enumLiteral_1= 'limitation'
                    {
                    enumLiteral_1=(Token)match(input,105,FOLLOW_2); 

                    				current = grammarAccess.getRiskTreatmentAccess().getLIMITATIONEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getRiskTreatmentAccess().getLIMITATIONEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:5578:3: (enumLiteral_2= 'transfer' )
                    {
                    // InternalItup.g:5578:3: (enumLiteral_2= 'transfer' )
                    // InternalItup.g:5579:4: enumLiteral_2= 'transfer'
                    {
                    enumLiteral_2=(Token)match(input,106,FOLLOW_2); 

                    				current = grammarAccess.getRiskTreatmentAccess().getTRANSFEREnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getRiskTreatmentAccess().getTRANSFEREnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalItup.g:5586:3: (enumLiteral_3= 'acceptance' )
                    {
                    // InternalItup.g:5586:3: (enumLiteral_3= 'acceptance' )
                    // InternalItup.g:5587:4: enumLiteral_3= 'acceptance'
                    {
                    enumLiteral_3=(Token)match(input,107,FOLLOW_2); 

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
    // InternalItup.g:5597:1: ruleSwotKind returns [Enumerator current=null] : ( (enumLiteral_0= 'strength' ) | (enumLiteral_1= 'weakness' ) | (enumLiteral_2= 'opportunity' ) | (enumLiteral_3= 'threat' ) ) ;
    public final Enumerator ruleSwotKind() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;


        	enterRule();

        try {
            // InternalItup.g:5603:2: ( ( (enumLiteral_0= 'strength' ) | (enumLiteral_1= 'weakness' ) | (enumLiteral_2= 'opportunity' ) | (enumLiteral_3= 'threat' ) ) )
            // InternalItup.g:5604:2: ( (enumLiteral_0= 'strength' ) | (enumLiteral_1= 'weakness' ) | (enumLiteral_2= 'opportunity' ) | (enumLiteral_3= 'threat' ) )
            {
            // InternalItup.g:5604:2: ( (enumLiteral_0= 'strength' ) | (enumLiteral_1= 'weakness' ) | (enumLiteral_2= 'opportunity' ) | (enumLiteral_3= 'threat' ) )
            int alt100=4;
            switch ( input.LA(1) ) {
            case 108:
                {
                alt100=1;
                }
                break;
            case 109:
                {
                alt100=2;
                }
                break;
            case 110:
                {
                alt100=3;
                }
                break;
            case 111:
                {
                alt100=4;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 100, 0, input);

                throw nvae;
            }

            switch (alt100) {
                case 1 :
                    // InternalItup.g:5605:3: (enumLiteral_0= 'strength' )
                    {
                    // InternalItup.g:5605:3: (enumLiteral_0= 'strength' )
                    // InternalItup.g:5606:4: enumLiteral_0= 'strength'
                    {
                    enumLiteral_0=(Token)match(input,108,FOLLOW_2); 

                    				current = grammarAccess.getSwotKindAccess().getSTRENGTHEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getSwotKindAccess().getSTRENGTHEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:5613:3: (enumLiteral_1= 'weakness' )
                    {
                    // InternalItup.g:5613:3: (enumLiteral_1= 'weakness' )
                    // InternalItup.g:5614:4: enumLiteral_1= 'weakness'
                    {
                    enumLiteral_1=(Token)match(input,109,FOLLOW_2); 

                    				current = grammarAccess.getSwotKindAccess().getWEAKNESSEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getSwotKindAccess().getWEAKNESSEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:5621:3: (enumLiteral_2= 'opportunity' )
                    {
                    // InternalItup.g:5621:3: (enumLiteral_2= 'opportunity' )
                    // InternalItup.g:5622:4: enumLiteral_2= 'opportunity'
                    {
                    enumLiteral_2=(Token)match(input,110,FOLLOW_2); 

                    				current = grammarAccess.getSwotKindAccess().getOPPORTUNITYEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getSwotKindAccess().getOPPORTUNITYEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalItup.g:5629:3: (enumLiteral_3= 'threat' )
                    {
                    // InternalItup.g:5629:3: (enumLiteral_3= 'threat' )
                    // InternalItup.g:5630:4: enumLiteral_3= 'threat'
                    {
                    enumLiteral_3=(Token)match(input,111,FOLLOW_2); 

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


    protected DFA66 dfa66 = new DFA66(this);
    static final String dfa_1s = "\12\uffff";
    static final String dfa_2s = "\1\27\11\uffff";
    static final String dfa_3s = "\1\143\11\uffff";
    static final String dfa_4s = "\1\uffff\1\11\1\1\1\2\1\3\1\4\1\5\1\6\1\7\1\10";
    static final String dfa_5s = "\1\0\11\uffff}>";
    static final String[] dfa_6s = {
            "\1\1\10\uffff\1\11\14\uffff\1\7\14\uffff\1\4\2\uffff\1\3\10\uffff\1\2\1\5\1\10\1\1\1\6\30\uffff\1\6",
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

    class DFA66 extends DFA {

        public DFA66(BaseRecognizer recognizer) {
            this.recognizer = recognizer;
            this.decisionNumber = 66;
            this.eot = dfa_1;
            this.eof = dfa_1;
            this.min = dfa_2;
            this.max = dfa_3;
            this.accept = dfa_4;
            this.special = dfa_5;
            this.transition = dfa_6;
        }
        public String getDescription() {
            return "()* loopback of 3809:7: ( ({...}? => ( ({...}? => (otherlv_5= 'unit' ( (lv_unit_6_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_7_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_8= 'target' ( (lv_targetValue_9_0= ruleDecimal ) ) (otherlv_10= 'by' ( (lv_targetYear_11_0= ruleYear ) ) )? ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'direction' ( (lv_direction_13_0= ruleIndicatorDirection ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_bound_14_0= ruleIndicatorBound ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_15= 'source' ( (lv_dataSource_16_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_17= 'frequency' ( (lv_frequency_18_0= ruleReportingFrequency ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_19= 'responsible' ( (lv_responsibleUnit_20_0= RULE_STRING ) ) ) ) ) ) )*";
        }
        public int specialStateTransition(int s, IntStream _input) throws NoViableAltException {
            TokenStream input = (TokenStream)_input;
        	int _s = s;
            switch ( s ) {
                    case 0 : 
                        int LA66_0 = input.LA(1);

                         
                        int index66_0 = input.index();
                        input.rewind();
                        s = -1;
                        if ( (LA66_0==23||LA66_0==73) ) {s = 1;}

                        else if ( LA66_0 == 70 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 0) ) {s = 2;}

                        else if ( LA66_0 == 61 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 1) ) {s = 3;}

                        else if ( LA66_0 == 58 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 2) ) {s = 4;}

                        else if ( LA66_0 == 71 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 3) ) {s = 5;}

                        else if ( ( LA66_0 == 74 || LA66_0 == 99 ) && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 4) ) {s = 6;}

                        else if ( LA66_0 == 45 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 5) ) {s = 7;}

                        else if ( LA66_0 == 72 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 6) ) {s = 8;}

                        else if ( LA66_0 == 32 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_3_1(), 7) ) {s = 9;}

                         
                        input.seek(index66_0);
                        if ( s>=0 ) return s;
                        break;
            }
            NoViableAltException nvae =
                new NoViableAltException(getDescription(), 66, _s, input);
            error(nvae);
            throw nvae;
        }
    }
 

    public static final BitSet FOLLOW_1 = new BitSet(new long[]{0x0000000000000000L});
    public static final BitSet FOLLOW_2 = new BitSet(new long[]{0x0000000000000002L});
    public static final BitSet FOLLOW_3 = new BitSet(new long[]{0x0000000000000020L});
    public static final BitSet FOLLOW_4 = new BitSet(new long[]{0x00C81000052F5012L,0x00000001C0320000L});
    public static final BitSet FOLLOW_5 = new BitSet(new long[]{0x00C81000052F5002L,0x00000001C0320000L});
    public static final BitSet FOLLOW_6 = new BitSet(new long[]{0x0000000000000040L});
    public static final BitSet FOLLOW_7 = new BitSet(new long[]{0x0000000000002000L});
    public static final BitSet FOLLOW_8 = new BitSet(new long[]{0x00C81000052F4002L,0x00000001C0320000L});
    public static final BitSet FOLLOW_9 = new BitSet(new long[]{0x0000000000008000L});
    public static final BitSet FOLLOW_10 = new BitSet(new long[]{0x0000000000000010L});
    public static final BitSet FOLLOW_11 = new BitSet(new long[]{0x00C81000052F0002L,0x00000001C0320000L});
    public static final BitSet FOLLOW_12 = new BitSet(new long[]{0x00C81000052E0002L,0x00000001C0320000L});
    public static final BitSet FOLLOW_13 = new BitSet(new long[]{0x00C01000052E0002L,0x00000001C0320000L});
    public static final BitSet FOLLOW_14 = new BitSet(new long[]{0x00801000052C0002L,0x00000001C0320000L});
    public static final BitSet FOLLOW_15 = new BitSet(new long[]{0x0080100005280002L,0x00000001C0320000L});
    public static final BitSet FOLLOW_16 = new BitSet(new long[]{0x0000000000000060L});
    public static final BitSet FOLLOW_17 = new BitSet(new long[]{0x0080100005300002L,0x00000001C0320000L});
    public static final BitSet FOLLOW_18 = new BitSet(new long[]{0x0080100005200002L,0x00000001C0320000L});
    public static final BitSet FOLLOW_19 = new BitSet(new long[]{0x0000000000400000L});
    public static final BitSet FOLLOW_20 = new BitSet(new long[]{0x0000000000800000L,0x0000F00000000000L});
    public static final BitSet FOLLOW_21 = new BitSet(new long[]{0x0000000002000000L});
    public static final BitSet FOLLOW_22 = new BitSet(new long[]{0x0000000008000000L});
    public static final BitSet FOLLOW_23 = new BitSet(new long[]{0x0000000000000800L});
    public static final BitSet FOLLOW_24 = new BitSet(new long[]{0x0000000020000000L});
    public static final BitSet FOLLOW_25 = new BitSet(new long[]{0x0000000040000000L});
    public static final BitSet FOLLOW_26 = new BitSet(new long[]{0x0000000080000000L});
    public static final BitSet FOLLOW_27 = new BitSet(new long[]{0x0000000B00000002L});
    public static final BitSet FOLLOW_28 = new BitSet(new long[]{0x0000000A00000002L});
    public static final BitSet FOLLOW_29 = new BitSet(new long[]{0x0000000800000002L});
    public static final BitSet FOLLOW_30 = new BitSet(new long[]{0x0000000400800000L});
    public static final BitSet FOLLOW_31 = new BitSet(new long[]{0x0000007100800800L,0x0000000000000020L});
    public static final BitSet FOLLOW_32 = new BitSet(new long[]{0x0000000000800000L});
    public static final BitSet FOLLOW_33 = new BitSet(new long[]{0x0000000400000000L});
    public static final BitSet FOLLOW_34 = new BitSet(new long[]{0x0000007100000802L,0x0000000000000020L});
    public static final BitSet FOLLOW_35 = new BitSet(new long[]{0x0000000000000052L,0x0000000002000000L});
    public static final BitSet FOLLOW_36 = new BitSet(new long[]{0x0000000000000012L});
    public static final BitSet FOLLOW_37 = new BitSet(new long[]{0x0000010000000000L});
    public static final BitSet FOLLOW_38 = new BitSet(new long[]{0x0005060000000002L});
    public static final BitSet FOLLOW_39 = new BitSet(new long[]{0x0000080000000000L});
    public static final BitSet FOLLOW_40 = new BitSet(new long[]{0x0000100000000000L});
    public static final BitSet FOLLOW_41 = new BitSet(new long[]{0x0000000000000040L,0x0000000002000000L});
    public static final BitSet FOLLOW_42 = new BitSet(new long[]{0x0000E00000000012L});
    public static final BitSet FOLLOW_43 = new BitSet(new long[]{0x0000E00000000002L});
    public static final BitSet FOLLOW_44 = new BitSet(new long[]{0x0002000000000000L});
    public static final BitSet FOLLOW_45 = new BitSet(new long[]{0x0000000020000002L});
    public static final BitSet FOLLOW_46 = new BitSet(new long[]{0x0000000000100002L});
    public static final BitSet FOLLOW_47 = new BitSet(new long[]{0x0000000000400010L});
    public static final BitSet FOLLOW_48 = new BitSet(new long[]{0x0720000005800000L});
    public static final BitSet FOLLOW_49 = new BitSet(new long[]{0x0620000005800000L});
    public static final BitSet FOLLOW_50 = new BitSet(new long[]{0x0420000005800000L});
    public static final BitSet FOLLOW_51 = new BitSet(new long[]{0x0420000005900000L});
    public static final BitSet FOLLOW_52 = new BitSet(new long[]{0x0000000000400012L});
    public static final BitSet FOLLOW_53 = new BitSet(new long[]{0x0000000000400002L});
    public static final BitSet FOLLOW_54 = new BitSet(new long[]{0x3820000000808000L,0x000000003C000020L});
    public static final BitSet FOLLOW_55 = new BitSet(new long[]{0x3820000000808010L,0x000000003C000020L});
    public static final BitSet FOLLOW_56 = new BitSet(new long[]{0x0000000000800000L,0x0000000000000020L});
    public static final BitSet FOLLOW_57 = new BitSet(new long[]{0x0000140000000002L});
    public static final BitSet FOLLOW_58 = new BitSet(new long[]{0x4000000000000002L});
    public static final BitSet FOLLOW_59 = new BitSet(new long[]{0x8000000000100000L});
    public static final BitSet FOLLOW_60 = new BitSet(new long[]{0x0010000200800000L,0x0000000000001001L});
    public static final BitSet FOLLOW_61 = new BitSet(new long[]{0x0010000200800000L,0x0000000000001000L});
    public static final BitSet FOLLOW_62 = new BitSet(new long[]{0x0130000601800000L,0x000000000000103AL});
    public static final BitSet FOLLOW_63 = new BitSet(new long[]{0x0030000601800000L,0x000000000000103AL});
    public static final BitSet FOLLOW_64 = new BitSet(new long[]{0x0080000000000000L,0x0000000000000004L});
    public static final BitSet FOLLOW_65 = new BitSet(new long[]{0x0030000601900000L,0x000000000000103AL});
    public static final BitSet FOLLOW_66 = new BitSet(new long[]{0x0020000000800000L,0x0000000000000020L});
    public static final BitSet FOLLOW_67 = new BitSet(new long[]{0x0030000200800000L,0x0000000000001020L});
    public static final BitSet FOLLOW_68 = new BitSet(new long[]{0x0000000000000070L});
    public static final BitSet FOLLOW_69 = new BitSet(new long[]{0x2400200100800000L,0x00000008000007C0L});
    public static final BitSet FOLLOW_70 = new BitSet(new long[]{0x2400200100808000L,0x00000008000007C0L});
    public static final BitSet FOLLOW_71 = new BitSet(new long[]{0x0000000000000000L,0x0000001018000000L});
    public static final BitSet FOLLOW_72 = new BitSet(new long[]{0x0000000000000000L,0x000000E000000000L});
    public static final BitSet FOLLOW_73 = new BitSet(new long[]{0x0000000000800000L,0x0000000000000200L});
    public static final BitSet FOLLOW_74 = new BitSet(new long[]{0x0000000000000000L,0x0000000600000000L});
    public static final BitSet FOLLOW_75 = new BitSet(new long[]{0x0000000000000000L,0x0000000000000800L});
    public static final BitSet FOLLOW_76 = new BitSet(new long[]{0x0000001000800000L,0x000000000001A000L});
    public static final BitSet FOLLOW_77 = new BitSet(new long[]{0x0000000000000060L,0x0000000000004000L});
    public static final BitSet FOLLOW_78 = new BitSet(new long[]{0x0000001000800000L,0x0000000000018000L});
    public static final BitSet FOLLOW_79 = new BitSet(new long[]{0x0000001000900000L,0x0000000000018000L});
    public static final BitSet FOLLOW_80 = new BitSet(new long[]{0x0000000000800000L,0x00000000000C0000L});
    public static final BitSet FOLLOW_81 = new BitSet(new long[]{0x0000000000800000L,0x0000000000080000L});
    public static final BitSet FOLLOW_82 = new BitSet(new long[]{0x0000000000000010L,0x00000F0000000000L});
    public static final BitSet FOLLOW_83 = new BitSet(new long[]{0x0000000000800000L,0x0000000000100000L});
    public static final BitSet FOLLOW_84 = new BitSet(new long[]{0x0000000000800020L,0x0000000000400000L});
    public static final BitSet FOLLOW_85 = new BitSet(new long[]{0x0000000000800020L});
    public static final BitSet FOLLOW_86 = new BitSet(new long[]{0x0000000000000010L,0x0000000000800000L});
    public static final BitSet FOLLOW_87 = new BitSet(new long[]{0x0000000000000002L,0x0000000003000000L});
    public static final BitSet FOLLOW_88 = new BitSet(new long[]{0x0000000000000002L,0x0000000002000000L});
    public static final BitSet FOLLOW_89 = new BitSet(new long[]{0x0000000000000002L,0x0000000001000000L});

}
