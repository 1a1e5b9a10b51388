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
        "<invalid>", "<EOR>", "<DOWN>", "<UP>", "RULE_STRING", "RULE_ID", "RULE_INT", "RULE_ML_COMMENT", "RULE_SL_COMMENT", "RULE_WS", "RULE_ANY_OTHER", "'plan'", "'period'", "'to'", "'adopted'", "'by'", "'vision'", "'mission'", "'sectors'", "','", "'swot'", "'{'", "'}'", "'wsis'", "'facilitator'", "'sdg'", "'custodian'", "'operational'", "'for'", "'year'", "'implements'", "'responsible'", "'objective'", "'output'", "'retired'", "'activity'", "'resources'", "'forecast'", "'import'", "'value'", "'goal'", "'statement'", "'description'", "'target'", "'population'", "'baseline'", "'measured'", "'('", "')'", "'bureau'", "'primary'", "'goals'", "'secondary'", "'outcome'", "'indicator'", "'unit'", "'direction'", "'enabler'", "'supports'", "'all'", "'contribution'", "'result'", "'risk'", "'aspect'", "'mitigation'", "'criterion'", "'term'", "'definition'", "'unavailable'", "'.'", "'-'", "'level'", "'increase'", "'decrease'", "'qualitative'", "'sector'", "'inter-sectoral'", "'secretariat'", "'maintain'", "'avoidance'", "'limitation'", "'transfer'", "'acceptance'", "'strength'", "'weakness'", "'opportunity'", "'threat'"
    };
    public static final int T__50=50;
    public static final int T__19=19;
    public static final int T__15=15;
    public static final int T__59=59;
    public static final int T__16=16;
    public static final int T__17=17;
    public static final int T__18=18;
    public static final int T__11=11;
    public static final int T__55=55;
    public static final int T__12=12;
    public static final int T__56=56;
    public static final int T__13=13;
    public static final int T__57=57;
    public static final int T__14=14;
    public static final int T__58=58;
    public static final int T__51=51;
    public static final int T__52=52;
    public static final int T__53=53;
    public static final int T__54=54;
    public static final int T__60=60;
    public static final int T__61=61;
    public static final int RULE_ID=5;
    public static final int T__26=26;
    public static final int T__27=27;
    public static final int T__28=28;
    public static final int RULE_INT=6;
    public static final int T__29=29;
    public static final int T__22=22;
    public static final int T__66=66;
    public static final int RULE_ML_COMMENT=7;
    public static final int T__23=23;
    public static final int T__67=67;
    public static final int T__24=24;
    public static final int T__68=68;
    public static final int T__25=25;
    public static final int T__69=69;
    public static final int T__62=62;
    public static final int T__63=63;
    public static final int T__20=20;
    public static final int T__64=64;
    public static final int T__21=21;
    public static final int T__65=65;
    public static final int T__70=70;
    public static final int T__71=71;
    public static final int T__72=72;
    public static final int RULE_STRING=4;
    public static final int RULE_SL_COMMENT=8;
    public static final int T__37=37;
    public static final int T__38=38;
    public static final int T__39=39;
    public static final int T__33=33;
    public static final int T__77=77;
    public static final int T__34=34;
    public static final int T__78=78;
    public static final int T__35=35;
    public static final int T__79=79;
    public static final int T__36=36;
    public static final int T__73=73;
    public static final int EOF=-1;
    public static final int T__30=30;
    public static final int T__74=74;
    public static final int T__31=31;
    public static final int T__75=75;
    public static final int T__32=32;
    public static final int T__76=76;
    public static final int T__80=80;
    public static final int T__81=81;
    public static final int T__82=82;
    public static final int T__83=83;
    public static final int RULE_WS=9;
    public static final int RULE_ANY_OTHER=10;
    public static final int T__48=48;
    public static final int T__49=49;
    public static final int T__44=44;
    public static final int T__45=45;
    public static final int T__46=46;
    public static final int T__47=47;
    public static final int T__40=40;
    public static final int T__84=84;
    public static final int T__41=41;
    public static final int T__85=85;
    public static final int T__42=42;
    public static final int T__86=86;
    public static final int T__43=43;

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
    // InternalItup.g:72:1: rulePlanFile returns [EObject current=null] : (this_Plan_0= rulePlan | this_OperationalPlan_1= ruleOperationalPlan ) ;
    public final EObject rulePlanFile() throws RecognitionException {
        EObject current = null;

        EObject this_Plan_0 = null;

        EObject this_OperationalPlan_1 = null;



        	enterRule();

        try {
            // InternalItup.g:78:2: ( (this_Plan_0= rulePlan | this_OperationalPlan_1= ruleOperationalPlan ) )
            // InternalItup.g:79:2: (this_Plan_0= rulePlan | this_OperationalPlan_1= ruleOperationalPlan )
            {
            // InternalItup.g:79:2: (this_Plan_0= rulePlan | this_OperationalPlan_1= ruleOperationalPlan )
            int alt1=2;
            int LA1_0 = input.LA(1);

            if ( (LA1_0==11) ) {
                alt1=1;
            }
            else if ( (LA1_0==27) ) {
                alt1=2;
            }
            else {
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
    // InternalItup.g:101:1: entryRulePlan returns [EObject current=null] : iv_rulePlan= rulePlan EOF ;
    public final EObject entryRulePlan() throws RecognitionException {
        EObject current = null;

        EObject iv_rulePlan = null;


        try {
            // InternalItup.g:101:45: (iv_rulePlan= rulePlan EOF )
            // InternalItup.g:102:2: iv_rulePlan= rulePlan EOF
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
    // InternalItup.g:108:1: rulePlan returns [EObject current=null] : (otherlv_0= 'plan' ( (lv_name_1_0= rulePlanName ) ) ( (lv_title_2_0= RULE_STRING ) )? (otherlv_3= 'period' ( (lv_startYear_4_0= ruleYear ) ) otherlv_5= 'to' ( (lv_endYear_6_0= ruleYear ) ) )? (otherlv_7= 'adopted' otherlv_8= 'by' ( (lv_adoptedBy_9_0= RULE_STRING ) ) )? ( (lv_imports_10_0= ruleImport ) )* (otherlv_11= 'vision' ( (lv_vision_12_0= RULE_STRING ) ) )? (otherlv_13= 'mission' ( (lv_mission_14_0= RULE_STRING ) ) )? (otherlv_15= 'sectors' ( ( ruleCode ) ) (otherlv_17= ',' ( ( ruleCode ) ) )* )? ( ( (lv_values_19_0= ruleCoreValue ) ) | ( (lv_goals_20_0= ruleGoal ) ) | ( (lv_sectors_21_0= ruleSector ) ) | ( (lv_risks_22_0= ruleStrategicRisk ) ) | (otherlv_23= 'swot' otherlv_24= '{' ( (lv_swot_25_0= ruleSwotItem ) )* otherlv_26= '}' ) | (otherlv_27= 'wsis' otherlv_28= 'facilitator' ( (lv_wsisActionLines_29_0= ruleCode ) ) (otherlv_30= ',' ( (lv_wsisActionLines_31_0= ruleCode ) ) )* ) | (otherlv_32= 'sdg' otherlv_33= 'custodian' ( (lv_sdgCustodianIndicators_34_0= ruleCode ) ) (otherlv_35= ',' ( (lv_sdgCustodianIndicators_36_0= ruleCode ) ) )* ) | ( (lv_criteria_37_0= ruleImplementationCriterion ) ) | ( (lv_glossary_38_0= ruleGlossaryTerm ) ) )* ) ;
    public final EObject rulePlan() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_title_2_0=null;
        Token otherlv_3=null;
        Token otherlv_5=null;
        Token otherlv_7=null;
        Token otherlv_8=null;
        Token lv_adoptedBy_9_0=null;
        Token otherlv_11=null;
        Token lv_vision_12_0=null;
        Token otherlv_13=null;
        Token lv_mission_14_0=null;
        Token otherlv_15=null;
        Token otherlv_17=null;
        Token otherlv_23=null;
        Token otherlv_24=null;
        Token otherlv_26=null;
        Token otherlv_27=null;
        Token otherlv_28=null;
        Token otherlv_30=null;
        Token otherlv_32=null;
        Token otherlv_33=null;
        Token otherlv_35=null;
        AntlrDatatypeRuleToken lv_name_1_0 = null;

        AntlrDatatypeRuleToken lv_startYear_4_0 = null;

        AntlrDatatypeRuleToken lv_endYear_6_0 = null;

        EObject lv_imports_10_0 = null;

        EObject lv_values_19_0 = null;

        EObject lv_goals_20_0 = null;

        EObject lv_sectors_21_0 = null;

        EObject lv_risks_22_0 = null;

        EObject lv_swot_25_0 = null;

        AntlrDatatypeRuleToken lv_wsisActionLines_29_0 = null;

        AntlrDatatypeRuleToken lv_wsisActionLines_31_0 = null;

        AntlrDatatypeRuleToken lv_sdgCustodianIndicators_34_0 = null;

        AntlrDatatypeRuleToken lv_sdgCustodianIndicators_36_0 = null;

        EObject lv_criteria_37_0 = null;

        EObject lv_glossary_38_0 = null;



        	enterRule();

        try {
            // InternalItup.g:114:2: ( (otherlv_0= 'plan' ( (lv_name_1_0= rulePlanName ) ) ( (lv_title_2_0= RULE_STRING ) )? (otherlv_3= 'period' ( (lv_startYear_4_0= ruleYear ) ) otherlv_5= 'to' ( (lv_endYear_6_0= ruleYear ) ) )? (otherlv_7= 'adopted' otherlv_8= 'by' ( (lv_adoptedBy_9_0= RULE_STRING ) ) )? ( (lv_imports_10_0= ruleImport ) )* (otherlv_11= 'vision' ( (lv_vision_12_0= RULE_STRING ) ) )? (otherlv_13= 'mission' ( (lv_mission_14_0= RULE_STRING ) ) )? (otherlv_15= 'sectors' ( ( ruleCode ) ) (otherlv_17= ',' ( ( ruleCode ) ) )* )? ( ( (lv_values_19_0= ruleCoreValue ) ) | ( (lv_goals_20_0= ruleGoal ) ) | ( (lv_sectors_21_0= ruleSector ) ) | ( (lv_risks_22_0= ruleStrategicRisk ) ) | (otherlv_23= 'swot' otherlv_24= '{' ( (lv_swot_25_0= ruleSwotItem ) )* otherlv_26= '}' ) | (otherlv_27= 'wsis' otherlv_28= 'facilitator' ( (lv_wsisActionLines_29_0= ruleCode ) ) (otherlv_30= ',' ( (lv_wsisActionLines_31_0= ruleCode ) ) )* ) | (otherlv_32= 'sdg' otherlv_33= 'custodian' ( (lv_sdgCustodianIndicators_34_0= ruleCode ) ) (otherlv_35= ',' ( (lv_sdgCustodianIndicators_36_0= ruleCode ) ) )* ) | ( (lv_criteria_37_0= ruleImplementationCriterion ) ) | ( (lv_glossary_38_0= ruleGlossaryTerm ) ) )* ) )
            // InternalItup.g:115:2: (otherlv_0= 'plan' ( (lv_name_1_0= rulePlanName ) ) ( (lv_title_2_0= RULE_STRING ) )? (otherlv_3= 'period' ( (lv_startYear_4_0= ruleYear ) ) otherlv_5= 'to' ( (lv_endYear_6_0= ruleYear ) ) )? (otherlv_7= 'adopted' otherlv_8= 'by' ( (lv_adoptedBy_9_0= RULE_STRING ) ) )? ( (lv_imports_10_0= ruleImport ) )* (otherlv_11= 'vision' ( (lv_vision_12_0= RULE_STRING ) ) )? (otherlv_13= 'mission' ( (lv_mission_14_0= RULE_STRING ) ) )? (otherlv_15= 'sectors' ( ( ruleCode ) ) (otherlv_17= ',' ( ( ruleCode ) ) )* )? ( ( (lv_values_19_0= ruleCoreValue ) ) | ( (lv_goals_20_0= ruleGoal ) ) | ( (lv_sectors_21_0= ruleSector ) ) | ( (lv_risks_22_0= ruleStrategicRisk ) ) | (otherlv_23= 'swot' otherlv_24= '{' ( (lv_swot_25_0= ruleSwotItem ) )* otherlv_26= '}' ) | (otherlv_27= 'wsis' otherlv_28= 'facilitator' ( (lv_wsisActionLines_29_0= ruleCode ) ) (otherlv_30= ',' ( (lv_wsisActionLines_31_0= ruleCode ) ) )* ) | (otherlv_32= 'sdg' otherlv_33= 'custodian' ( (lv_sdgCustodianIndicators_34_0= ruleCode ) ) (otherlv_35= ',' ( (lv_sdgCustodianIndicators_36_0= ruleCode ) ) )* ) | ( (lv_criteria_37_0= ruleImplementationCriterion ) ) | ( (lv_glossary_38_0= ruleGlossaryTerm ) ) )* )
            {
            // InternalItup.g:115:2: (otherlv_0= 'plan' ( (lv_name_1_0= rulePlanName ) ) ( (lv_title_2_0= RULE_STRING ) )? (otherlv_3= 'period' ( (lv_startYear_4_0= ruleYear ) ) otherlv_5= 'to' ( (lv_endYear_6_0= ruleYear ) ) )? (otherlv_7= 'adopted' otherlv_8= 'by' ( (lv_adoptedBy_9_0= RULE_STRING ) ) )? ( (lv_imports_10_0= ruleImport ) )* (otherlv_11= 'vision' ( (lv_vision_12_0= RULE_STRING ) ) )? (otherlv_13= 'mission' ( (lv_mission_14_0= RULE_STRING ) ) )? (otherlv_15= 'sectors' ( ( ruleCode ) ) (otherlv_17= ',' ( ( ruleCode ) ) )* )? ( ( (lv_values_19_0= ruleCoreValue ) ) | ( (lv_goals_20_0= ruleGoal ) ) | ( (lv_sectors_21_0= ruleSector ) ) | ( (lv_risks_22_0= ruleStrategicRisk ) ) | (otherlv_23= 'swot' otherlv_24= '{' ( (lv_swot_25_0= ruleSwotItem ) )* otherlv_26= '}' ) | (otherlv_27= 'wsis' otherlv_28= 'facilitator' ( (lv_wsisActionLines_29_0= ruleCode ) ) (otherlv_30= ',' ( (lv_wsisActionLines_31_0= ruleCode ) ) )* ) | (otherlv_32= 'sdg' otherlv_33= 'custodian' ( (lv_sdgCustodianIndicators_34_0= ruleCode ) ) (otherlv_35= ',' ( (lv_sdgCustodianIndicators_36_0= ruleCode ) ) )* ) | ( (lv_criteria_37_0= ruleImplementationCriterion ) ) | ( (lv_glossary_38_0= ruleGlossaryTerm ) ) )* )
            // InternalItup.g:116:3: otherlv_0= 'plan' ( (lv_name_1_0= rulePlanName ) ) ( (lv_title_2_0= RULE_STRING ) )? (otherlv_3= 'period' ( (lv_startYear_4_0= ruleYear ) ) otherlv_5= 'to' ( (lv_endYear_6_0= ruleYear ) ) )? (otherlv_7= 'adopted' otherlv_8= 'by' ( (lv_adoptedBy_9_0= RULE_STRING ) ) )? ( (lv_imports_10_0= ruleImport ) )* (otherlv_11= 'vision' ( (lv_vision_12_0= RULE_STRING ) ) )? (otherlv_13= 'mission' ( (lv_mission_14_0= RULE_STRING ) ) )? (otherlv_15= 'sectors' ( ( ruleCode ) ) (otherlv_17= ',' ( ( ruleCode ) ) )* )? ( ( (lv_values_19_0= ruleCoreValue ) ) | ( (lv_goals_20_0= ruleGoal ) ) | ( (lv_sectors_21_0= ruleSector ) ) | ( (lv_risks_22_0= ruleStrategicRisk ) ) | (otherlv_23= 'swot' otherlv_24= '{' ( (lv_swot_25_0= ruleSwotItem ) )* otherlv_26= '}' ) | (otherlv_27= 'wsis' otherlv_28= 'facilitator' ( (lv_wsisActionLines_29_0= ruleCode ) ) (otherlv_30= ',' ( (lv_wsisActionLines_31_0= ruleCode ) ) )* ) | (otherlv_32= 'sdg' otherlv_33= 'custodian' ( (lv_sdgCustodianIndicators_34_0= ruleCode ) ) (otherlv_35= ',' ( (lv_sdgCustodianIndicators_36_0= ruleCode ) ) )* ) | ( (lv_criteria_37_0= ruleImplementationCriterion ) ) | ( (lv_glossary_38_0= ruleGlossaryTerm ) ) )*
            {
            otherlv_0=(Token)match(input,11,FOLLOW_3); 

            			newLeafNode(otherlv_0, grammarAccess.getPlanAccess().getPlanKeyword_0());
            		
            // InternalItup.g:120:3: ( (lv_name_1_0= rulePlanName ) )
            // InternalItup.g:121:4: (lv_name_1_0= rulePlanName )
            {
            // InternalItup.g:121:4: (lv_name_1_0= rulePlanName )
            // InternalItup.g:122:5: lv_name_1_0= rulePlanName
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

            // InternalItup.g:139:3: ( (lv_title_2_0= RULE_STRING ) )?
            int alt2=2;
            int LA2_0 = input.LA(1);

            if ( (LA2_0==RULE_STRING) ) {
                alt2=1;
            }
            switch (alt2) {
                case 1 :
                    // InternalItup.g:140:4: (lv_title_2_0= RULE_STRING )
                    {
                    // InternalItup.g:140:4: (lv_title_2_0= RULE_STRING )
                    // InternalItup.g:141:5: lv_title_2_0= RULE_STRING
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

            // InternalItup.g:157:3: (otherlv_3= 'period' ( (lv_startYear_4_0= ruleYear ) ) otherlv_5= 'to' ( (lv_endYear_6_0= ruleYear ) ) )?
            int alt3=2;
            int LA3_0 = input.LA(1);

            if ( (LA3_0==12) ) {
                alt3=1;
            }
            switch (alt3) {
                case 1 :
                    // InternalItup.g:158:4: otherlv_3= 'period' ( (lv_startYear_4_0= ruleYear ) ) otherlv_5= 'to' ( (lv_endYear_6_0= ruleYear ) )
                    {
                    otherlv_3=(Token)match(input,12,FOLLOW_6); 

                    				newLeafNode(otherlv_3, grammarAccess.getPlanAccess().getPeriodKeyword_3_0());
                    			
                    // InternalItup.g:162:4: ( (lv_startYear_4_0= ruleYear ) )
                    // InternalItup.g:163:5: (lv_startYear_4_0= ruleYear )
                    {
                    // InternalItup.g:163:5: (lv_startYear_4_0= ruleYear )
                    // InternalItup.g:164:6: lv_startYear_4_0= ruleYear
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
                    			
                    // InternalItup.g:185:4: ( (lv_endYear_6_0= ruleYear ) )
                    // InternalItup.g:186:5: (lv_endYear_6_0= ruleYear )
                    {
                    // InternalItup.g:186:5: (lv_endYear_6_0= ruleYear )
                    // InternalItup.g:187:6: lv_endYear_6_0= ruleYear
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

            // InternalItup.g:205:3: (otherlv_7= 'adopted' otherlv_8= 'by' ( (lv_adoptedBy_9_0= RULE_STRING ) ) )?
            int alt4=2;
            int LA4_0 = input.LA(1);

            if ( (LA4_0==14) ) {
                alt4=1;
            }
            switch (alt4) {
                case 1 :
                    // InternalItup.g:206:4: otherlv_7= 'adopted' otherlv_8= 'by' ( (lv_adoptedBy_9_0= RULE_STRING ) )
                    {
                    otherlv_7=(Token)match(input,14,FOLLOW_9); 

                    				newLeafNode(otherlv_7, grammarAccess.getPlanAccess().getAdoptedKeyword_4_0());
                    			
                    otherlv_8=(Token)match(input,15,FOLLOW_10); 

                    				newLeafNode(otherlv_8, grammarAccess.getPlanAccess().getByKeyword_4_1());
                    			
                    // InternalItup.g:214:4: ( (lv_adoptedBy_9_0= RULE_STRING ) )
                    // InternalItup.g:215:5: (lv_adoptedBy_9_0= RULE_STRING )
                    {
                    // InternalItup.g:215:5: (lv_adoptedBy_9_0= RULE_STRING )
                    // InternalItup.g:216:6: lv_adoptedBy_9_0= RULE_STRING
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

            // InternalItup.g:233:3: ( (lv_imports_10_0= ruleImport ) )*
            loop5:
            do {
                int alt5=2;
                int LA5_0 = input.LA(1);

                if ( (LA5_0==38) ) {
                    alt5=1;
                }


                switch (alt5) {
            	case 1 :
            	    // InternalItup.g:234:4: (lv_imports_10_0= ruleImport )
            	    {
            	    // InternalItup.g:234:4: (lv_imports_10_0= ruleImport )
            	    // InternalItup.g:235:5: lv_imports_10_0= ruleImport
            	    {

            	    					newCompositeNode(grammarAccess.getPlanAccess().getImportsImportParserRuleCall_5_0());
            	    				
            	    pushFollow(FOLLOW_11);
            	    lv_imports_10_0=ruleImport();

            	    state._fsp--;


            	    					if (current==null) {
            	    						current = createModelElementForParent(grammarAccess.getPlanRule());
            	    					}
            	    					add(
            	    						current,
            	    						"imports",
            	    						lv_imports_10_0,
            	    						"org.itup.dsl.Itup.Import");
            	    					afterParserOrEnumRuleCall();
            	    				

            	    }


            	    }
            	    break;

            	default :
            	    break loop5;
                }
            } while (true);

            // InternalItup.g:252:3: (otherlv_11= 'vision' ( (lv_vision_12_0= RULE_STRING ) ) )?
            int alt6=2;
            int LA6_0 = input.LA(1);

            if ( (LA6_0==16) ) {
                alt6=1;
            }
            switch (alt6) {
                case 1 :
                    // InternalItup.g:253:4: otherlv_11= 'vision' ( (lv_vision_12_0= RULE_STRING ) )
                    {
                    otherlv_11=(Token)match(input,16,FOLLOW_10); 

                    				newLeafNode(otherlv_11, grammarAccess.getPlanAccess().getVisionKeyword_6_0());
                    			
                    // InternalItup.g:257:4: ( (lv_vision_12_0= RULE_STRING ) )
                    // InternalItup.g:258:5: (lv_vision_12_0= RULE_STRING )
                    {
                    // InternalItup.g:258:5: (lv_vision_12_0= RULE_STRING )
                    // InternalItup.g:259:6: lv_vision_12_0= RULE_STRING
                    {
                    lv_vision_12_0=(Token)match(input,RULE_STRING,FOLLOW_12); 

                    						newLeafNode(lv_vision_12_0, grammarAccess.getPlanAccess().getVisionSTRINGTerminalRuleCall_6_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getPlanRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"vision",
                    							lv_vision_12_0,
                    							"org.eclipse.xtext.common.Terminals.STRING");
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalItup.g:276:3: (otherlv_13= 'mission' ( (lv_mission_14_0= RULE_STRING ) ) )?
            int alt7=2;
            int LA7_0 = input.LA(1);

            if ( (LA7_0==17) ) {
                alt7=1;
            }
            switch (alt7) {
                case 1 :
                    // InternalItup.g:277:4: otherlv_13= 'mission' ( (lv_mission_14_0= RULE_STRING ) )
                    {
                    otherlv_13=(Token)match(input,17,FOLLOW_10); 

                    				newLeafNode(otherlv_13, grammarAccess.getPlanAccess().getMissionKeyword_7_0());
                    			
                    // InternalItup.g:281:4: ( (lv_mission_14_0= RULE_STRING ) )
                    // InternalItup.g:282:5: (lv_mission_14_0= RULE_STRING )
                    {
                    // InternalItup.g:282:5: (lv_mission_14_0= RULE_STRING )
                    // InternalItup.g:283:6: lv_mission_14_0= RULE_STRING
                    {
                    lv_mission_14_0=(Token)match(input,RULE_STRING,FOLLOW_13); 

                    						newLeafNode(lv_mission_14_0, grammarAccess.getPlanAccess().getMissionSTRINGTerminalRuleCall_7_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getPlanRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"mission",
                    							lv_mission_14_0,
                    							"org.eclipse.xtext.common.Terminals.STRING");
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalItup.g:300:3: (otherlv_15= 'sectors' ( ( ruleCode ) ) (otherlv_17= ',' ( ( ruleCode ) ) )* )?
            int alt9=2;
            int LA9_0 = input.LA(1);

            if ( (LA9_0==18) ) {
                alt9=1;
            }
            switch (alt9) {
                case 1 :
                    // InternalItup.g:301:4: otherlv_15= 'sectors' ( ( ruleCode ) ) (otherlv_17= ',' ( ( ruleCode ) ) )*
                    {
                    otherlv_15=(Token)match(input,18,FOLLOW_14); 

                    				newLeafNode(otherlv_15, grammarAccess.getPlanAccess().getSectorsKeyword_8_0());
                    			
                    // InternalItup.g:305:4: ( ( ruleCode ) )
                    // InternalItup.g:306:5: ( ruleCode )
                    {
                    // InternalItup.g:306:5: ( ruleCode )
                    // InternalItup.g:307:6: ruleCode
                    {

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getPlanRule());
                    						}
                    					

                    						newCompositeNode(grammarAccess.getPlanAccess().getSectorOrderSectorCrossReference_8_1_0());
                    					
                    pushFollow(FOLLOW_15);
                    ruleCode();

                    state._fsp--;


                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }

                    // InternalItup.g:321:4: (otherlv_17= ',' ( ( ruleCode ) ) )*
                    loop8:
                    do {
                        int alt8=2;
                        int LA8_0 = input.LA(1);

                        if ( (LA8_0==19) ) {
                            alt8=1;
                        }


                        switch (alt8) {
                    	case 1 :
                    	    // InternalItup.g:322:5: otherlv_17= ',' ( ( ruleCode ) )
                    	    {
                    	    otherlv_17=(Token)match(input,19,FOLLOW_14); 

                    	    					newLeafNode(otherlv_17, grammarAccess.getPlanAccess().getCommaKeyword_8_2_0());
                    	    				
                    	    // InternalItup.g:326:5: ( ( ruleCode ) )
                    	    // InternalItup.g:327:6: ( ruleCode )
                    	    {
                    	    // InternalItup.g:327:6: ( ruleCode )
                    	    // InternalItup.g:328:7: ruleCode
                    	    {

                    	    							if (current==null) {
                    	    								current = createModelElement(grammarAccess.getPlanRule());
                    	    							}
                    	    						

                    	    							newCompositeNode(grammarAccess.getPlanAccess().getSectorOrderSectorCrossReference_8_2_1_0());
                    	    						
                    	    pushFollow(FOLLOW_15);
                    	    ruleCode();

                    	    state._fsp--;


                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop8;
                        }
                    } while (true);


                    }
                    break;

            }

            // InternalItup.g:344:3: ( ( (lv_values_19_0= ruleCoreValue ) ) | ( (lv_goals_20_0= ruleGoal ) ) | ( (lv_sectors_21_0= ruleSector ) ) | ( (lv_risks_22_0= ruleStrategicRisk ) ) | (otherlv_23= 'swot' otherlv_24= '{' ( (lv_swot_25_0= ruleSwotItem ) )* otherlv_26= '}' ) | (otherlv_27= 'wsis' otherlv_28= 'facilitator' ( (lv_wsisActionLines_29_0= ruleCode ) ) (otherlv_30= ',' ( (lv_wsisActionLines_31_0= ruleCode ) ) )* ) | (otherlv_32= 'sdg' otherlv_33= 'custodian' ( (lv_sdgCustodianIndicators_34_0= ruleCode ) ) (otherlv_35= ',' ( (lv_sdgCustodianIndicators_36_0= ruleCode ) ) )* ) | ( (lv_criteria_37_0= ruleImplementationCriterion ) ) | ( (lv_glossary_38_0= ruleGlossaryTerm ) ) )*
            loop13:
            do {
                int alt13=10;
                switch ( input.LA(1) ) {
                case 39:
                    {
                    alt13=1;
                    }
                    break;
                case 40:
                    {
                    alt13=2;
                    }
                    break;
                case 75:
                case 76:
                case 77:
                    {
                    alt13=3;
                    }
                    break;
                case 62:
                    {
                    alt13=4;
                    }
                    break;
                case 20:
                    {
                    alt13=5;
                    }
                    break;
                case 23:
                    {
                    alt13=6;
                    }
                    break;
                case 25:
                    {
                    alt13=7;
                    }
                    break;
                case 65:
                    {
                    alt13=8;
                    }
                    break;
                case 66:
                    {
                    alt13=9;
                    }
                    break;

                }

                switch (alt13) {
            	case 1 :
            	    // InternalItup.g:345:4: ( (lv_values_19_0= ruleCoreValue ) )
            	    {
            	    // InternalItup.g:345:4: ( (lv_values_19_0= ruleCoreValue ) )
            	    // InternalItup.g:346:5: (lv_values_19_0= ruleCoreValue )
            	    {
            	    // InternalItup.g:346:5: (lv_values_19_0= ruleCoreValue )
            	    // InternalItup.g:347:6: lv_values_19_0= ruleCoreValue
            	    {

            	    						newCompositeNode(grammarAccess.getPlanAccess().getValuesCoreValueParserRuleCall_9_0_0());
            	    					
            	    pushFollow(FOLLOW_16);
            	    lv_values_19_0=ruleCoreValue();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getPlanRule());
            	    						}
            	    						add(
            	    							current,
            	    							"values",
            	    							lv_values_19_0,
            	    							"org.itup.dsl.Itup.CoreValue");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 2 :
            	    // InternalItup.g:365:4: ( (lv_goals_20_0= ruleGoal ) )
            	    {
            	    // InternalItup.g:365:4: ( (lv_goals_20_0= ruleGoal ) )
            	    // InternalItup.g:366:5: (lv_goals_20_0= ruleGoal )
            	    {
            	    // InternalItup.g:366:5: (lv_goals_20_0= ruleGoal )
            	    // InternalItup.g:367:6: lv_goals_20_0= ruleGoal
            	    {

            	    						newCompositeNode(grammarAccess.getPlanAccess().getGoalsGoalParserRuleCall_9_1_0());
            	    					
            	    pushFollow(FOLLOW_16);
            	    lv_goals_20_0=ruleGoal();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getPlanRule());
            	    						}
            	    						add(
            	    							current,
            	    							"goals",
            	    							lv_goals_20_0,
            	    							"org.itup.dsl.Itup.Goal");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 3 :
            	    // InternalItup.g:385:4: ( (lv_sectors_21_0= ruleSector ) )
            	    {
            	    // InternalItup.g:385:4: ( (lv_sectors_21_0= ruleSector ) )
            	    // InternalItup.g:386:5: (lv_sectors_21_0= ruleSector )
            	    {
            	    // InternalItup.g:386:5: (lv_sectors_21_0= ruleSector )
            	    // InternalItup.g:387:6: lv_sectors_21_0= ruleSector
            	    {

            	    						newCompositeNode(grammarAccess.getPlanAccess().getSectorsSectorParserRuleCall_9_2_0());
            	    					
            	    pushFollow(FOLLOW_16);
            	    lv_sectors_21_0=ruleSector();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getPlanRule());
            	    						}
            	    						add(
            	    							current,
            	    							"sectors",
            	    							lv_sectors_21_0,
            	    							"org.itup.dsl.Itup.Sector");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 4 :
            	    // InternalItup.g:405:4: ( (lv_risks_22_0= ruleStrategicRisk ) )
            	    {
            	    // InternalItup.g:405:4: ( (lv_risks_22_0= ruleStrategicRisk ) )
            	    // InternalItup.g:406:5: (lv_risks_22_0= ruleStrategicRisk )
            	    {
            	    // InternalItup.g:406:5: (lv_risks_22_0= ruleStrategicRisk )
            	    // InternalItup.g:407:6: lv_risks_22_0= ruleStrategicRisk
            	    {

            	    						newCompositeNode(grammarAccess.getPlanAccess().getRisksStrategicRiskParserRuleCall_9_3_0());
            	    					
            	    pushFollow(FOLLOW_16);
            	    lv_risks_22_0=ruleStrategicRisk();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getPlanRule());
            	    						}
            	    						add(
            	    							current,
            	    							"risks",
            	    							lv_risks_22_0,
            	    							"org.itup.dsl.Itup.StrategicRisk");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 5 :
            	    // InternalItup.g:425:4: (otherlv_23= 'swot' otherlv_24= '{' ( (lv_swot_25_0= ruleSwotItem ) )* otherlv_26= '}' )
            	    {
            	    // InternalItup.g:425:4: (otherlv_23= 'swot' otherlv_24= '{' ( (lv_swot_25_0= ruleSwotItem ) )* otherlv_26= '}' )
            	    // InternalItup.g:426:5: otherlv_23= 'swot' otherlv_24= '{' ( (lv_swot_25_0= ruleSwotItem ) )* otherlv_26= '}'
            	    {
            	    otherlv_23=(Token)match(input,20,FOLLOW_17); 

            	    					newLeafNode(otherlv_23, grammarAccess.getPlanAccess().getSwotKeyword_9_4_0());
            	    				
            	    otherlv_24=(Token)match(input,21,FOLLOW_18); 

            	    					newLeafNode(otherlv_24, grammarAccess.getPlanAccess().getLeftCurlyBracketKeyword_9_4_1());
            	    				
            	    // InternalItup.g:434:5: ( (lv_swot_25_0= ruleSwotItem ) )*
            	    loop10:
            	    do {
            	        int alt10=2;
            	        int LA10_0 = input.LA(1);

            	        if ( ((LA10_0>=83 && LA10_0<=86)) ) {
            	            alt10=1;
            	        }


            	        switch (alt10) {
            	    	case 1 :
            	    	    // InternalItup.g:435:6: (lv_swot_25_0= ruleSwotItem )
            	    	    {
            	    	    // InternalItup.g:435:6: (lv_swot_25_0= ruleSwotItem )
            	    	    // InternalItup.g:436:7: lv_swot_25_0= ruleSwotItem
            	    	    {

            	    	    							newCompositeNode(grammarAccess.getPlanAccess().getSwotSwotItemParserRuleCall_9_4_2_0());
            	    	    						
            	    	    pushFollow(FOLLOW_18);
            	    	    lv_swot_25_0=ruleSwotItem();

            	    	    state._fsp--;


            	    	    							if (current==null) {
            	    	    								current = createModelElementForParent(grammarAccess.getPlanRule());
            	    	    							}
            	    	    							add(
            	    	    								current,
            	    	    								"swot",
            	    	    								lv_swot_25_0,
            	    	    								"org.itup.dsl.Itup.SwotItem");
            	    	    							afterParserOrEnumRuleCall();
            	    	    						

            	    	    }


            	    	    }
            	    	    break;

            	    	default :
            	    	    break loop10;
            	        }
            	    } while (true);

            	    otherlv_26=(Token)match(input,22,FOLLOW_16); 

            	    					newLeafNode(otherlv_26, grammarAccess.getPlanAccess().getRightCurlyBracketKeyword_9_4_3());
            	    				

            	    }


            	    }
            	    break;
            	case 6 :
            	    // InternalItup.g:459:4: (otherlv_27= 'wsis' otherlv_28= 'facilitator' ( (lv_wsisActionLines_29_0= ruleCode ) ) (otherlv_30= ',' ( (lv_wsisActionLines_31_0= ruleCode ) ) )* )
            	    {
            	    // InternalItup.g:459:4: (otherlv_27= 'wsis' otherlv_28= 'facilitator' ( (lv_wsisActionLines_29_0= ruleCode ) ) (otherlv_30= ',' ( (lv_wsisActionLines_31_0= ruleCode ) ) )* )
            	    // InternalItup.g:460:5: otherlv_27= 'wsis' otherlv_28= 'facilitator' ( (lv_wsisActionLines_29_0= ruleCode ) ) (otherlv_30= ',' ( (lv_wsisActionLines_31_0= ruleCode ) ) )*
            	    {
            	    otherlv_27=(Token)match(input,23,FOLLOW_19); 

            	    					newLeafNode(otherlv_27, grammarAccess.getPlanAccess().getWsisKeyword_9_5_0());
            	    				
            	    otherlv_28=(Token)match(input,24,FOLLOW_14); 

            	    					newLeafNode(otherlv_28, grammarAccess.getPlanAccess().getFacilitatorKeyword_9_5_1());
            	    				
            	    // InternalItup.g:468:5: ( (lv_wsisActionLines_29_0= ruleCode ) )
            	    // InternalItup.g:469:6: (lv_wsisActionLines_29_0= ruleCode )
            	    {
            	    // InternalItup.g:469:6: (lv_wsisActionLines_29_0= ruleCode )
            	    // InternalItup.g:470:7: lv_wsisActionLines_29_0= ruleCode
            	    {

            	    							newCompositeNode(grammarAccess.getPlanAccess().getWsisActionLinesCodeParserRuleCall_9_5_2_0());
            	    						
            	    pushFollow(FOLLOW_15);
            	    lv_wsisActionLines_29_0=ruleCode();

            	    state._fsp--;


            	    							if (current==null) {
            	    								current = createModelElementForParent(grammarAccess.getPlanRule());
            	    							}
            	    							add(
            	    								current,
            	    								"wsisActionLines",
            	    								lv_wsisActionLines_29_0,
            	    								"org.itup.dsl.Itup.Code");
            	    							afterParserOrEnumRuleCall();
            	    						

            	    }


            	    }

            	    // InternalItup.g:487:5: (otherlv_30= ',' ( (lv_wsisActionLines_31_0= ruleCode ) ) )*
            	    loop11:
            	    do {
            	        int alt11=2;
            	        int LA11_0 = input.LA(1);

            	        if ( (LA11_0==19) ) {
            	            alt11=1;
            	        }


            	        switch (alt11) {
            	    	case 1 :
            	    	    // InternalItup.g:488:6: otherlv_30= ',' ( (lv_wsisActionLines_31_0= ruleCode ) )
            	    	    {
            	    	    otherlv_30=(Token)match(input,19,FOLLOW_14); 

            	    	    						newLeafNode(otherlv_30, grammarAccess.getPlanAccess().getCommaKeyword_9_5_3_0());
            	    	    					
            	    	    // InternalItup.g:492:6: ( (lv_wsisActionLines_31_0= ruleCode ) )
            	    	    // InternalItup.g:493:7: (lv_wsisActionLines_31_0= ruleCode )
            	    	    {
            	    	    // InternalItup.g:493:7: (lv_wsisActionLines_31_0= ruleCode )
            	    	    // InternalItup.g:494:8: lv_wsisActionLines_31_0= ruleCode
            	    	    {

            	    	    								newCompositeNode(grammarAccess.getPlanAccess().getWsisActionLinesCodeParserRuleCall_9_5_3_1_0());
            	    	    							
            	    	    pushFollow(FOLLOW_15);
            	    	    lv_wsisActionLines_31_0=ruleCode();

            	    	    state._fsp--;


            	    	    								if (current==null) {
            	    	    									current = createModelElementForParent(grammarAccess.getPlanRule());
            	    	    								}
            	    	    								add(
            	    	    									current,
            	    	    									"wsisActionLines",
            	    	    									lv_wsisActionLines_31_0,
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


            	    }
            	    break;
            	case 7 :
            	    // InternalItup.g:514:4: (otherlv_32= 'sdg' otherlv_33= 'custodian' ( (lv_sdgCustodianIndicators_34_0= ruleCode ) ) (otherlv_35= ',' ( (lv_sdgCustodianIndicators_36_0= ruleCode ) ) )* )
            	    {
            	    // InternalItup.g:514:4: (otherlv_32= 'sdg' otherlv_33= 'custodian' ( (lv_sdgCustodianIndicators_34_0= ruleCode ) ) (otherlv_35= ',' ( (lv_sdgCustodianIndicators_36_0= ruleCode ) ) )* )
            	    // InternalItup.g:515:5: otherlv_32= 'sdg' otherlv_33= 'custodian' ( (lv_sdgCustodianIndicators_34_0= ruleCode ) ) (otherlv_35= ',' ( (lv_sdgCustodianIndicators_36_0= ruleCode ) ) )*
            	    {
            	    otherlv_32=(Token)match(input,25,FOLLOW_20); 

            	    					newLeafNode(otherlv_32, grammarAccess.getPlanAccess().getSdgKeyword_9_6_0());
            	    				
            	    otherlv_33=(Token)match(input,26,FOLLOW_14); 

            	    					newLeafNode(otherlv_33, grammarAccess.getPlanAccess().getCustodianKeyword_9_6_1());
            	    				
            	    // InternalItup.g:523:5: ( (lv_sdgCustodianIndicators_34_0= ruleCode ) )
            	    // InternalItup.g:524:6: (lv_sdgCustodianIndicators_34_0= ruleCode )
            	    {
            	    // InternalItup.g:524:6: (lv_sdgCustodianIndicators_34_0= ruleCode )
            	    // InternalItup.g:525:7: lv_sdgCustodianIndicators_34_0= ruleCode
            	    {

            	    							newCompositeNode(grammarAccess.getPlanAccess().getSdgCustodianIndicatorsCodeParserRuleCall_9_6_2_0());
            	    						
            	    pushFollow(FOLLOW_15);
            	    lv_sdgCustodianIndicators_34_0=ruleCode();

            	    state._fsp--;


            	    							if (current==null) {
            	    								current = createModelElementForParent(grammarAccess.getPlanRule());
            	    							}
            	    							add(
            	    								current,
            	    								"sdgCustodianIndicators",
            	    								lv_sdgCustodianIndicators_34_0,
            	    								"org.itup.dsl.Itup.Code");
            	    							afterParserOrEnumRuleCall();
            	    						

            	    }


            	    }

            	    // InternalItup.g:542:5: (otherlv_35= ',' ( (lv_sdgCustodianIndicators_36_0= ruleCode ) ) )*
            	    loop12:
            	    do {
            	        int alt12=2;
            	        int LA12_0 = input.LA(1);

            	        if ( (LA12_0==19) ) {
            	            alt12=1;
            	        }


            	        switch (alt12) {
            	    	case 1 :
            	    	    // InternalItup.g:543:6: otherlv_35= ',' ( (lv_sdgCustodianIndicators_36_0= ruleCode ) )
            	    	    {
            	    	    otherlv_35=(Token)match(input,19,FOLLOW_14); 

            	    	    						newLeafNode(otherlv_35, grammarAccess.getPlanAccess().getCommaKeyword_9_6_3_0());
            	    	    					
            	    	    // InternalItup.g:547:6: ( (lv_sdgCustodianIndicators_36_0= ruleCode ) )
            	    	    // InternalItup.g:548:7: (lv_sdgCustodianIndicators_36_0= ruleCode )
            	    	    {
            	    	    // InternalItup.g:548:7: (lv_sdgCustodianIndicators_36_0= ruleCode )
            	    	    // InternalItup.g:549:8: lv_sdgCustodianIndicators_36_0= ruleCode
            	    	    {

            	    	    								newCompositeNode(grammarAccess.getPlanAccess().getSdgCustodianIndicatorsCodeParserRuleCall_9_6_3_1_0());
            	    	    							
            	    	    pushFollow(FOLLOW_15);
            	    	    lv_sdgCustodianIndicators_36_0=ruleCode();

            	    	    state._fsp--;


            	    	    								if (current==null) {
            	    	    									current = createModelElementForParent(grammarAccess.getPlanRule());
            	    	    								}
            	    	    								add(
            	    	    									current,
            	    	    									"sdgCustodianIndicators",
            	    	    									lv_sdgCustodianIndicators_36_0,
            	    	    									"org.itup.dsl.Itup.Code");
            	    	    								afterParserOrEnumRuleCall();
            	    	    							

            	    	    }


            	    	    }


            	    	    }
            	    	    break;

            	    	default :
            	    	    break loop12;
            	        }
            	    } while (true);


            	    }


            	    }
            	    break;
            	case 8 :
            	    // InternalItup.g:569:4: ( (lv_criteria_37_0= ruleImplementationCriterion ) )
            	    {
            	    // InternalItup.g:569:4: ( (lv_criteria_37_0= ruleImplementationCriterion ) )
            	    // InternalItup.g:570:5: (lv_criteria_37_0= ruleImplementationCriterion )
            	    {
            	    // InternalItup.g:570:5: (lv_criteria_37_0= ruleImplementationCriterion )
            	    // InternalItup.g:571:6: lv_criteria_37_0= ruleImplementationCriterion
            	    {

            	    						newCompositeNode(grammarAccess.getPlanAccess().getCriteriaImplementationCriterionParserRuleCall_9_7_0());
            	    					
            	    pushFollow(FOLLOW_16);
            	    lv_criteria_37_0=ruleImplementationCriterion();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getPlanRule());
            	    						}
            	    						add(
            	    							current,
            	    							"criteria",
            	    							lv_criteria_37_0,
            	    							"org.itup.dsl.Itup.ImplementationCriterion");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 9 :
            	    // InternalItup.g:589:4: ( (lv_glossary_38_0= ruleGlossaryTerm ) )
            	    {
            	    // InternalItup.g:589:4: ( (lv_glossary_38_0= ruleGlossaryTerm ) )
            	    // InternalItup.g:590:5: (lv_glossary_38_0= ruleGlossaryTerm )
            	    {
            	    // InternalItup.g:590:5: (lv_glossary_38_0= ruleGlossaryTerm )
            	    // InternalItup.g:591:6: lv_glossary_38_0= ruleGlossaryTerm
            	    {

            	    						newCompositeNode(grammarAccess.getPlanAccess().getGlossaryGlossaryTermParserRuleCall_9_8_0());
            	    					
            	    pushFollow(FOLLOW_16);
            	    lv_glossary_38_0=ruleGlossaryTerm();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getPlanRule());
            	    						}
            	    						add(
            	    							current,
            	    							"glossary",
            	    							lv_glossary_38_0,
            	    							"org.itup.dsl.Itup.GlossaryTerm");
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
    // InternalItup.g:613:1: entryRuleOperationalPlan returns [EObject current=null] : iv_ruleOperationalPlan= ruleOperationalPlan EOF ;
    public final EObject entryRuleOperationalPlan() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleOperationalPlan = null;


        try {
            // InternalItup.g:613:56: (iv_ruleOperationalPlan= ruleOperationalPlan EOF )
            // InternalItup.g:614:2: iv_ruleOperationalPlan= ruleOperationalPlan EOF
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
    // InternalItup.g:620:1: ruleOperationalPlan returns [EObject current=null] : (otherlv_0= 'operational' otherlv_1= 'plan' ( (lv_name_2_0= rulePlanName ) ) otherlv_3= 'for' ( ( ruleCode ) ) otherlv_5= 'year' ( (lv_year_6_0= ruleYear ) ) otherlv_7= 'implements' ( ( rulePlanName ) ) (otherlv_9= 'responsible' ( (lv_responsibleUnit_10_0= RULE_STRING ) ) )? ( (lv_objectives_11_0= ruleObjectivePlan ) )* ( (lv_retiredOutputs_12_0= ruleRetiredOutput ) )* ) ;
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
            // InternalItup.g:626:2: ( (otherlv_0= 'operational' otherlv_1= 'plan' ( (lv_name_2_0= rulePlanName ) ) otherlv_3= 'for' ( ( ruleCode ) ) otherlv_5= 'year' ( (lv_year_6_0= ruleYear ) ) otherlv_7= 'implements' ( ( rulePlanName ) ) (otherlv_9= 'responsible' ( (lv_responsibleUnit_10_0= RULE_STRING ) ) )? ( (lv_objectives_11_0= ruleObjectivePlan ) )* ( (lv_retiredOutputs_12_0= ruleRetiredOutput ) )* ) )
            // InternalItup.g:627:2: (otherlv_0= 'operational' otherlv_1= 'plan' ( (lv_name_2_0= rulePlanName ) ) otherlv_3= 'for' ( ( ruleCode ) ) otherlv_5= 'year' ( (lv_year_6_0= ruleYear ) ) otherlv_7= 'implements' ( ( rulePlanName ) ) (otherlv_9= 'responsible' ( (lv_responsibleUnit_10_0= RULE_STRING ) ) )? ( (lv_objectives_11_0= ruleObjectivePlan ) )* ( (lv_retiredOutputs_12_0= ruleRetiredOutput ) )* )
            {
            // InternalItup.g:627:2: (otherlv_0= 'operational' otherlv_1= 'plan' ( (lv_name_2_0= rulePlanName ) ) otherlv_3= 'for' ( ( ruleCode ) ) otherlv_5= 'year' ( (lv_year_6_0= ruleYear ) ) otherlv_7= 'implements' ( ( rulePlanName ) ) (otherlv_9= 'responsible' ( (lv_responsibleUnit_10_0= RULE_STRING ) ) )? ( (lv_objectives_11_0= ruleObjectivePlan ) )* ( (lv_retiredOutputs_12_0= ruleRetiredOutput ) )* )
            // InternalItup.g:628:3: otherlv_0= 'operational' otherlv_1= 'plan' ( (lv_name_2_0= rulePlanName ) ) otherlv_3= 'for' ( ( ruleCode ) ) otherlv_5= 'year' ( (lv_year_6_0= ruleYear ) ) otherlv_7= 'implements' ( ( rulePlanName ) ) (otherlv_9= 'responsible' ( (lv_responsibleUnit_10_0= RULE_STRING ) ) )? ( (lv_objectives_11_0= ruleObjectivePlan ) )* ( (lv_retiredOutputs_12_0= ruleRetiredOutput ) )*
            {
            otherlv_0=(Token)match(input,27,FOLLOW_21); 

            			newLeafNode(otherlv_0, grammarAccess.getOperationalPlanAccess().getOperationalKeyword_0());
            		
            otherlv_1=(Token)match(input,11,FOLLOW_3); 

            			newLeafNode(otherlv_1, grammarAccess.getOperationalPlanAccess().getPlanKeyword_1());
            		
            // InternalItup.g:636:3: ( (lv_name_2_0= rulePlanName ) )
            // InternalItup.g:637:4: (lv_name_2_0= rulePlanName )
            {
            // InternalItup.g:637:4: (lv_name_2_0= rulePlanName )
            // InternalItup.g:638:5: lv_name_2_0= rulePlanName
            {

            					newCompositeNode(grammarAccess.getOperationalPlanAccess().getNamePlanNameParserRuleCall_2_0());
            				
            pushFollow(FOLLOW_22);
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

            otherlv_3=(Token)match(input,28,FOLLOW_14); 

            			newLeafNode(otherlv_3, grammarAccess.getOperationalPlanAccess().getForKeyword_3());
            		
            // InternalItup.g:659:3: ( ( ruleCode ) )
            // InternalItup.g:660:4: ( ruleCode )
            {
            // InternalItup.g:660:4: ( ruleCode )
            // InternalItup.g:661:5: ruleCode
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getOperationalPlanRule());
            					}
            				

            					newCompositeNode(grammarAccess.getOperationalPlanAccess().getSectorSectorCrossReference_4_0());
            				
            pushFollow(FOLLOW_23);
            ruleCode();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_5=(Token)match(input,29,FOLLOW_6); 

            			newLeafNode(otherlv_5, grammarAccess.getOperationalPlanAccess().getYearKeyword_5());
            		
            // InternalItup.g:679:3: ( (lv_year_6_0= ruleYear ) )
            // InternalItup.g:680:4: (lv_year_6_0= ruleYear )
            {
            // InternalItup.g:680:4: (lv_year_6_0= ruleYear )
            // InternalItup.g:681:5: lv_year_6_0= ruleYear
            {

            					newCompositeNode(grammarAccess.getOperationalPlanAccess().getYearYearParserRuleCall_6_0());
            				
            pushFollow(FOLLOW_24);
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

            otherlv_7=(Token)match(input,30,FOLLOW_3); 

            			newLeafNode(otherlv_7, grammarAccess.getOperationalPlanAccess().getImplementsKeyword_7());
            		
            // InternalItup.g:702:3: ( ( rulePlanName ) )
            // InternalItup.g:703:4: ( rulePlanName )
            {
            // InternalItup.g:703:4: ( rulePlanName )
            // InternalItup.g:704:5: rulePlanName
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getOperationalPlanRule());
            					}
            				

            					newCompositeNode(grammarAccess.getOperationalPlanAccess().getStrategicPlanPlanCrossReference_8_0());
            				
            pushFollow(FOLLOW_25);
            rulePlanName();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalItup.g:718:3: (otherlv_9= 'responsible' ( (lv_responsibleUnit_10_0= RULE_STRING ) ) )?
            int alt14=2;
            int LA14_0 = input.LA(1);

            if ( (LA14_0==31) ) {
                alt14=1;
            }
            switch (alt14) {
                case 1 :
                    // InternalItup.g:719:4: otherlv_9= 'responsible' ( (lv_responsibleUnit_10_0= RULE_STRING ) )
                    {
                    otherlv_9=(Token)match(input,31,FOLLOW_10); 

                    				newLeafNode(otherlv_9, grammarAccess.getOperationalPlanAccess().getResponsibleKeyword_9_0());
                    			
                    // InternalItup.g:723:4: ( (lv_responsibleUnit_10_0= RULE_STRING ) )
                    // InternalItup.g:724:5: (lv_responsibleUnit_10_0= RULE_STRING )
                    {
                    // InternalItup.g:724:5: (lv_responsibleUnit_10_0= RULE_STRING )
                    // InternalItup.g:725:6: lv_responsibleUnit_10_0= RULE_STRING
                    {
                    lv_responsibleUnit_10_0=(Token)match(input,RULE_STRING,FOLLOW_26); 

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

            // InternalItup.g:742:3: ( (lv_objectives_11_0= ruleObjectivePlan ) )*
            loop15:
            do {
                int alt15=2;
                int LA15_0 = input.LA(1);

                if ( (LA15_0==32) ) {
                    alt15=1;
                }


                switch (alt15) {
            	case 1 :
            	    // InternalItup.g:743:4: (lv_objectives_11_0= ruleObjectivePlan )
            	    {
            	    // InternalItup.g:743:4: (lv_objectives_11_0= ruleObjectivePlan )
            	    // InternalItup.g:744:5: lv_objectives_11_0= ruleObjectivePlan
            	    {

            	    					newCompositeNode(grammarAccess.getOperationalPlanAccess().getObjectivesObjectivePlanParserRuleCall_10_0());
            	    				
            	    pushFollow(FOLLOW_26);
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
            	    break loop15;
                }
            } while (true);

            // InternalItup.g:761:3: ( (lv_retiredOutputs_12_0= ruleRetiredOutput ) )*
            loop16:
            do {
                int alt16=2;
                int LA16_0 = input.LA(1);

                if ( (LA16_0==34) ) {
                    alt16=1;
                }


                switch (alt16) {
            	case 1 :
            	    // InternalItup.g:762:4: (lv_retiredOutputs_12_0= ruleRetiredOutput )
            	    {
            	    // InternalItup.g:762:4: (lv_retiredOutputs_12_0= ruleRetiredOutput )
            	    // InternalItup.g:763:5: lv_retiredOutputs_12_0= ruleRetiredOutput
            	    {

            	    					newCompositeNode(grammarAccess.getOperationalPlanAccess().getRetiredOutputsRetiredOutputParserRuleCall_11_0());
            	    				
            	    pushFollow(FOLLOW_27);
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
            	    break loop16;
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
    // InternalItup.g:784:1: entryRuleObjectivePlan returns [EObject current=null] : iv_ruleObjectivePlan= ruleObjectivePlan EOF ;
    public final EObject entryRuleObjectivePlan() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleObjectivePlan = null;


        try {
            // InternalItup.g:784:54: (iv_ruleObjectivePlan= ruleObjectivePlan EOF )
            // InternalItup.g:785:2: iv_ruleObjectivePlan= ruleObjectivePlan EOF
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
    // InternalItup.g:791:1: ruleObjectivePlan returns [EObject current=null] : (otherlv_0= 'objective' ( ( ruleCode ) ) otherlv_2= '{' ( (lv_outputs_3_0= ruleOutputPlan ) )* otherlv_4= '}' ) ;
    public final EObject ruleObjectivePlan() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_2=null;
        Token otherlv_4=null;
        EObject lv_outputs_3_0 = null;



        	enterRule();

        try {
            // InternalItup.g:797:2: ( (otherlv_0= 'objective' ( ( ruleCode ) ) otherlv_2= '{' ( (lv_outputs_3_0= ruleOutputPlan ) )* otherlv_4= '}' ) )
            // InternalItup.g:798:2: (otherlv_0= 'objective' ( ( ruleCode ) ) otherlv_2= '{' ( (lv_outputs_3_0= ruleOutputPlan ) )* otherlv_4= '}' )
            {
            // InternalItup.g:798:2: (otherlv_0= 'objective' ( ( ruleCode ) ) otherlv_2= '{' ( (lv_outputs_3_0= ruleOutputPlan ) )* otherlv_4= '}' )
            // InternalItup.g:799:3: otherlv_0= 'objective' ( ( ruleCode ) ) otherlv_2= '{' ( (lv_outputs_3_0= ruleOutputPlan ) )* otherlv_4= '}'
            {
            otherlv_0=(Token)match(input,32,FOLLOW_14); 

            			newLeafNode(otherlv_0, grammarAccess.getObjectivePlanAccess().getObjectiveKeyword_0());
            		
            // InternalItup.g:803:3: ( ( ruleCode ) )
            // InternalItup.g:804:4: ( ruleCode )
            {
            // InternalItup.g:804:4: ( ruleCode )
            // InternalItup.g:805:5: ruleCode
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getObjectivePlanRule());
            					}
            				

            					newCompositeNode(grammarAccess.getObjectivePlanAccess().getObjectiveObjectiveCrossReference_1_0());
            				
            pushFollow(FOLLOW_17);
            ruleCode();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_2=(Token)match(input,21,FOLLOW_28); 

            			newLeafNode(otherlv_2, grammarAccess.getObjectivePlanAccess().getLeftCurlyBracketKeyword_2());
            		
            // InternalItup.g:823:3: ( (lv_outputs_3_0= ruleOutputPlan ) )*
            loop17:
            do {
                int alt17=2;
                int LA17_0 = input.LA(1);

                if ( (LA17_0==33) ) {
                    alt17=1;
                }


                switch (alt17) {
            	case 1 :
            	    // InternalItup.g:824:4: (lv_outputs_3_0= ruleOutputPlan )
            	    {
            	    // InternalItup.g:824:4: (lv_outputs_3_0= ruleOutputPlan )
            	    // InternalItup.g:825:5: lv_outputs_3_0= ruleOutputPlan
            	    {

            	    					newCompositeNode(grammarAccess.getObjectivePlanAccess().getOutputsOutputPlanParserRuleCall_3_0());
            	    				
            	    pushFollow(FOLLOW_28);
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
            	    break loop17;
                }
            } while (true);

            otherlv_4=(Token)match(input,22,FOLLOW_2); 

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
    // InternalItup.g:850:1: entryRuleOutputPlan returns [EObject current=null] : iv_ruleOutputPlan= ruleOutputPlan EOF ;
    public final EObject entryRuleOutputPlan() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleOutputPlan = null;


        try {
            // InternalItup.g:850:51: (iv_ruleOutputPlan= ruleOutputPlan EOF )
            // InternalItup.g:851:2: iv_ruleOutputPlan= ruleOutputPlan EOF
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
    // InternalItup.g:857:1: ruleOutputPlan returns [EObject current=null] : (otherlv_0= 'output' ( ( ruleCode ) ) otherlv_2= '{' this_OutputWork_3= ruleOutputWork[$current] otherlv_4= '}' ) ;
    public final EObject ruleOutputPlan() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_2=null;
        Token otherlv_4=null;
        EObject this_OutputWork_3 = null;



        	enterRule();

        try {
            // InternalItup.g:863:2: ( (otherlv_0= 'output' ( ( ruleCode ) ) otherlv_2= '{' this_OutputWork_3= ruleOutputWork[$current] otherlv_4= '}' ) )
            // InternalItup.g:864:2: (otherlv_0= 'output' ( ( ruleCode ) ) otherlv_2= '{' this_OutputWork_3= ruleOutputWork[$current] otherlv_4= '}' )
            {
            // InternalItup.g:864:2: (otherlv_0= 'output' ( ( ruleCode ) ) otherlv_2= '{' this_OutputWork_3= ruleOutputWork[$current] otherlv_4= '}' )
            // InternalItup.g:865:3: otherlv_0= 'output' ( ( ruleCode ) ) otherlv_2= '{' this_OutputWork_3= ruleOutputWork[$current] otherlv_4= '}'
            {
            otherlv_0=(Token)match(input,33,FOLLOW_14); 

            			newLeafNode(otherlv_0, grammarAccess.getOutputPlanAccess().getOutputKeyword_0());
            		
            // InternalItup.g:869:3: ( ( ruleCode ) )
            // InternalItup.g:870:4: ( ruleCode )
            {
            // InternalItup.g:870:4: ( ruleCode )
            // InternalItup.g:871:5: ruleCode
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getOutputPlanRule());
            					}
            				

            					newCompositeNode(grammarAccess.getOutputPlanAccess().getOutputOutputCrossReference_1_0());
            				
            pushFollow(FOLLOW_17);
            ruleCode();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_2=(Token)match(input,21,FOLLOW_29); 

            			newLeafNode(otherlv_2, grammarAccess.getOutputPlanAccess().getLeftCurlyBracketKeyword_2());
            		

            			if (current==null) {
            				current = createModelElement(grammarAccess.getOutputPlanRule());
            			}
            			newCompositeNode(grammarAccess.getOutputPlanAccess().getOutputWorkParserRuleCall_3());
            		
            pushFollow(FOLLOW_30);
            this_OutputWork_3=ruleOutputWork(current);

            state._fsp--;


            			current = this_OutputWork_3;
            			afterParserOrEnumRuleCall();
            		
            otherlv_4=(Token)match(input,22,FOLLOW_2); 

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
    // InternalItup.g:908:1: entryRuleRetiredOutput returns [EObject current=null] : iv_ruleRetiredOutput= ruleRetiredOutput EOF ;
    public final EObject entryRuleRetiredOutput() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleRetiredOutput = null;


        try {
            // InternalItup.g:908:54: (iv_ruleRetiredOutput= ruleRetiredOutput EOF )
            // InternalItup.g:909:2: iv_ruleRetiredOutput= ruleRetiredOutput EOF
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
    // InternalItup.g:915:1: ruleRetiredOutput returns [EObject current=null] : (otherlv_0= 'retired' otherlv_1= 'output' ( (lv_code_2_0= ruleCode ) ) otherlv_3= '{' this_OutputWork_4= ruleOutputWork[$current] otherlv_5= '}' ) ;
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
            // InternalItup.g:921:2: ( (otherlv_0= 'retired' otherlv_1= 'output' ( (lv_code_2_0= ruleCode ) ) otherlv_3= '{' this_OutputWork_4= ruleOutputWork[$current] otherlv_5= '}' ) )
            // InternalItup.g:922:2: (otherlv_0= 'retired' otherlv_1= 'output' ( (lv_code_2_0= ruleCode ) ) otherlv_3= '{' this_OutputWork_4= ruleOutputWork[$current] otherlv_5= '}' )
            {
            // InternalItup.g:922:2: (otherlv_0= 'retired' otherlv_1= 'output' ( (lv_code_2_0= ruleCode ) ) otherlv_3= '{' this_OutputWork_4= ruleOutputWork[$current] otherlv_5= '}' )
            // InternalItup.g:923:3: otherlv_0= 'retired' otherlv_1= 'output' ( (lv_code_2_0= ruleCode ) ) otherlv_3= '{' this_OutputWork_4= ruleOutputWork[$current] otherlv_5= '}'
            {
            otherlv_0=(Token)match(input,34,FOLLOW_31); 

            			newLeafNode(otherlv_0, grammarAccess.getRetiredOutputAccess().getRetiredKeyword_0());
            		
            otherlv_1=(Token)match(input,33,FOLLOW_14); 

            			newLeafNode(otherlv_1, grammarAccess.getRetiredOutputAccess().getOutputKeyword_1());
            		
            // InternalItup.g:931:3: ( (lv_code_2_0= ruleCode ) )
            // InternalItup.g:932:4: (lv_code_2_0= ruleCode )
            {
            // InternalItup.g:932:4: (lv_code_2_0= ruleCode )
            // InternalItup.g:933:5: lv_code_2_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getRetiredOutputAccess().getCodeCodeParserRuleCall_2_0());
            				
            pushFollow(FOLLOW_17);
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

            otherlv_3=(Token)match(input,21,FOLLOW_29); 

            			newLeafNode(otherlv_3, grammarAccess.getRetiredOutputAccess().getLeftCurlyBracketKeyword_3());
            		

            			if (current==null) {
            				current = createModelElement(grammarAccess.getRetiredOutputRule());
            			}
            			newCompositeNode(grammarAccess.getRetiredOutputAccess().getOutputWorkParserRuleCall_4());
            		
            pushFollow(FOLLOW_30);
            this_OutputWork_4=ruleOutputWork(current);

            state._fsp--;


            			current = this_OutputWork_4;
            			afterParserOrEnumRuleCall();
            		
            otherlv_5=(Token)match(input,22,FOLLOW_2); 

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
    // InternalItup.g:974:1: ruleOutputWork[EObject in_current] returns [EObject current=in_current] : ( (otherlv_0= 'responsible' ( (lv_responsibleUnit_1_0= RULE_STRING ) ) ) | (otherlv_2= 'activity' ( (lv_activities_3_0= RULE_STRING ) ) ) | ( (lv_indicators_4_0= rulePerformanceIndicator ) ) | (otherlv_5= 'resources' ( (lv_resources_6_0= RULE_STRING ) ) ) | ( (lv_timeline_7_0= ruleMilestone ) ) )* ;
    public final EObject ruleOutputWork(EObject in_current) throws RecognitionException {
        EObject current = in_current;

        Token otherlv_0=null;
        Token lv_responsibleUnit_1_0=null;
        Token otherlv_2=null;
        Token lv_activities_3_0=null;
        Token otherlv_5=null;
        Token lv_resources_6_0=null;
        EObject lv_indicators_4_0 = null;

        EObject lv_timeline_7_0 = null;



        	enterRule();

        try {
            // InternalItup.g:980:2: ( ( (otherlv_0= 'responsible' ( (lv_responsibleUnit_1_0= RULE_STRING ) ) ) | (otherlv_2= 'activity' ( (lv_activities_3_0= RULE_STRING ) ) ) | ( (lv_indicators_4_0= rulePerformanceIndicator ) ) | (otherlv_5= 'resources' ( (lv_resources_6_0= RULE_STRING ) ) ) | ( (lv_timeline_7_0= ruleMilestone ) ) )* )
            // InternalItup.g:981:2: ( (otherlv_0= 'responsible' ( (lv_responsibleUnit_1_0= RULE_STRING ) ) ) | (otherlv_2= 'activity' ( (lv_activities_3_0= RULE_STRING ) ) ) | ( (lv_indicators_4_0= rulePerformanceIndicator ) ) | (otherlv_5= 'resources' ( (lv_resources_6_0= RULE_STRING ) ) ) | ( (lv_timeline_7_0= ruleMilestone ) ) )*
            {
            // InternalItup.g:981:2: ( (otherlv_0= 'responsible' ( (lv_responsibleUnit_1_0= RULE_STRING ) ) ) | (otherlv_2= 'activity' ( (lv_activities_3_0= RULE_STRING ) ) ) | ( (lv_indicators_4_0= rulePerformanceIndicator ) ) | (otherlv_5= 'resources' ( (lv_resources_6_0= RULE_STRING ) ) ) | ( (lv_timeline_7_0= ruleMilestone ) ) )*
            loop18:
            do {
                int alt18=6;
                switch ( input.LA(1) ) {
                case 31:
                    {
                    alt18=1;
                    }
                    break;
                case 35:
                    {
                    alt18=2;
                    }
                    break;
                case 54:
                    {
                    alt18=3;
                    }
                    break;
                case 36:
                    {
                    alt18=4;
                    }
                    break;
                case 11:
                case 37:
                    {
                    alt18=5;
                    }
                    break;

                }

                switch (alt18) {
            	case 1 :
            	    // InternalItup.g:982:3: (otherlv_0= 'responsible' ( (lv_responsibleUnit_1_0= RULE_STRING ) ) )
            	    {
            	    // InternalItup.g:982:3: (otherlv_0= 'responsible' ( (lv_responsibleUnit_1_0= RULE_STRING ) ) )
            	    // InternalItup.g:983:4: otherlv_0= 'responsible' ( (lv_responsibleUnit_1_0= RULE_STRING ) )
            	    {
            	    otherlv_0=(Token)match(input,31,FOLLOW_10); 

            	    				newLeafNode(otherlv_0, grammarAccess.getOutputWorkAccess().getResponsibleKeyword_0_0());
            	    			
            	    // InternalItup.g:987:4: ( (lv_responsibleUnit_1_0= RULE_STRING ) )
            	    // InternalItup.g:988:5: (lv_responsibleUnit_1_0= RULE_STRING )
            	    {
            	    // InternalItup.g:988:5: (lv_responsibleUnit_1_0= RULE_STRING )
            	    // InternalItup.g:989:6: lv_responsibleUnit_1_0= RULE_STRING
            	    {
            	    lv_responsibleUnit_1_0=(Token)match(input,RULE_STRING,FOLLOW_32); 

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
            	    // InternalItup.g:1007:3: (otherlv_2= 'activity' ( (lv_activities_3_0= RULE_STRING ) ) )
            	    {
            	    // InternalItup.g:1007:3: (otherlv_2= 'activity' ( (lv_activities_3_0= RULE_STRING ) ) )
            	    // InternalItup.g:1008:4: otherlv_2= 'activity' ( (lv_activities_3_0= RULE_STRING ) )
            	    {
            	    otherlv_2=(Token)match(input,35,FOLLOW_10); 

            	    				newLeafNode(otherlv_2, grammarAccess.getOutputWorkAccess().getActivityKeyword_1_0());
            	    			
            	    // InternalItup.g:1012:4: ( (lv_activities_3_0= RULE_STRING ) )
            	    // InternalItup.g:1013:5: (lv_activities_3_0= RULE_STRING )
            	    {
            	    // InternalItup.g:1013:5: (lv_activities_3_0= RULE_STRING )
            	    // InternalItup.g:1014:6: lv_activities_3_0= RULE_STRING
            	    {
            	    lv_activities_3_0=(Token)match(input,RULE_STRING,FOLLOW_32); 

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
            	    // InternalItup.g:1032:3: ( (lv_indicators_4_0= rulePerformanceIndicator ) )
            	    {
            	    // InternalItup.g:1032:3: ( (lv_indicators_4_0= rulePerformanceIndicator ) )
            	    // InternalItup.g:1033:4: (lv_indicators_4_0= rulePerformanceIndicator )
            	    {
            	    // InternalItup.g:1033:4: (lv_indicators_4_0= rulePerformanceIndicator )
            	    // InternalItup.g:1034:5: lv_indicators_4_0= rulePerformanceIndicator
            	    {

            	    					newCompositeNode(grammarAccess.getOutputWorkAccess().getIndicatorsPerformanceIndicatorParserRuleCall_2_0());
            	    				
            	    pushFollow(FOLLOW_32);
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
            	    // InternalItup.g:1052:3: (otherlv_5= 'resources' ( (lv_resources_6_0= RULE_STRING ) ) )
            	    {
            	    // InternalItup.g:1052:3: (otherlv_5= 'resources' ( (lv_resources_6_0= RULE_STRING ) ) )
            	    // InternalItup.g:1053:4: otherlv_5= 'resources' ( (lv_resources_6_0= RULE_STRING ) )
            	    {
            	    otherlv_5=(Token)match(input,36,FOLLOW_10); 

            	    				newLeafNode(otherlv_5, grammarAccess.getOutputWorkAccess().getResourcesKeyword_3_0());
            	    			
            	    // InternalItup.g:1057:4: ( (lv_resources_6_0= RULE_STRING ) )
            	    // InternalItup.g:1058:5: (lv_resources_6_0= RULE_STRING )
            	    {
            	    // InternalItup.g:1058:5: (lv_resources_6_0= RULE_STRING )
            	    // InternalItup.g:1059:6: lv_resources_6_0= RULE_STRING
            	    {
            	    lv_resources_6_0=(Token)match(input,RULE_STRING,FOLLOW_32); 

            	    						newLeafNode(lv_resources_6_0, grammarAccess.getOutputWorkAccess().getResourcesSTRINGTerminalRuleCall_3_1_0());
            	    					

            	    						if (current==null) {
            	    							current = createModelElement(grammarAccess.getOutputWorkRule());
            	    						}
            	    						addWithLastConsumed(
            	    							current,
            	    							"resources",
            	    							lv_resources_6_0,
            	    							"org.eclipse.xtext.common.Terminals.STRING");
            	    					

            	    }


            	    }


            	    }


            	    }
            	    break;
            	case 5 :
            	    // InternalItup.g:1077:3: ( (lv_timeline_7_0= ruleMilestone ) )
            	    {
            	    // InternalItup.g:1077:3: ( (lv_timeline_7_0= ruleMilestone ) )
            	    // InternalItup.g:1078:4: (lv_timeline_7_0= ruleMilestone )
            	    {
            	    // InternalItup.g:1078:4: (lv_timeline_7_0= ruleMilestone )
            	    // InternalItup.g:1079:5: lv_timeline_7_0= ruleMilestone
            	    {

            	    					newCompositeNode(grammarAccess.getOutputWorkAccess().getTimelineMilestoneParserRuleCall_4_0());
            	    				
            	    pushFollow(FOLLOW_32);
            	    lv_timeline_7_0=ruleMilestone();

            	    state._fsp--;


            	    					if (current==null) {
            	    						current = createModelElementForParent(grammarAccess.getOutputWorkRule());
            	    					}
            	    					add(
            	    						current,
            	    						"timeline",
            	    						lv_timeline_7_0,
            	    						"org.itup.dsl.Itup.Milestone");
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
    // InternalItup.g:1100:1: entryRuleMilestone returns [EObject current=null] : iv_ruleMilestone= ruleMilestone EOF ;
    public final EObject entryRuleMilestone() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleMilestone = null;


        try {
            // InternalItup.g:1100:50: (iv_ruleMilestone= ruleMilestone EOF )
            // InternalItup.g:1101:2: iv_ruleMilestone= ruleMilestone EOF
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
    // InternalItup.g:1107:1: ruleMilestone returns [EObject current=null] : ( (otherlv_0= 'plan' | ( (lv_forecast_1_0= 'forecast' ) ) ) ( (lv_year_2_0= ruleYear ) ) ( (lv_statement_3_0= RULE_STRING ) ) ) ;
    public final EObject ruleMilestone() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_forecast_1_0=null;
        Token lv_statement_3_0=null;
        AntlrDatatypeRuleToken lv_year_2_0 = null;



        	enterRule();

        try {
            // InternalItup.g:1113:2: ( ( (otherlv_0= 'plan' | ( (lv_forecast_1_0= 'forecast' ) ) ) ( (lv_year_2_0= ruleYear ) ) ( (lv_statement_3_0= RULE_STRING ) ) ) )
            // InternalItup.g:1114:2: ( (otherlv_0= 'plan' | ( (lv_forecast_1_0= 'forecast' ) ) ) ( (lv_year_2_0= ruleYear ) ) ( (lv_statement_3_0= RULE_STRING ) ) )
            {
            // InternalItup.g:1114:2: ( (otherlv_0= 'plan' | ( (lv_forecast_1_0= 'forecast' ) ) ) ( (lv_year_2_0= ruleYear ) ) ( (lv_statement_3_0= RULE_STRING ) ) )
            // InternalItup.g:1115:3: (otherlv_0= 'plan' | ( (lv_forecast_1_0= 'forecast' ) ) ) ( (lv_year_2_0= ruleYear ) ) ( (lv_statement_3_0= RULE_STRING ) )
            {
            // InternalItup.g:1115:3: (otherlv_0= 'plan' | ( (lv_forecast_1_0= 'forecast' ) ) )
            int alt19=2;
            int LA19_0 = input.LA(1);

            if ( (LA19_0==11) ) {
                alt19=1;
            }
            else if ( (LA19_0==37) ) {
                alt19=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 19, 0, input);

                throw nvae;
            }
            switch (alt19) {
                case 1 :
                    // InternalItup.g:1116:4: otherlv_0= 'plan'
                    {
                    otherlv_0=(Token)match(input,11,FOLLOW_6); 

                    				newLeafNode(otherlv_0, grammarAccess.getMilestoneAccess().getPlanKeyword_0_0());
                    			

                    }
                    break;
                case 2 :
                    // InternalItup.g:1121:4: ( (lv_forecast_1_0= 'forecast' ) )
                    {
                    // InternalItup.g:1121:4: ( (lv_forecast_1_0= 'forecast' ) )
                    // InternalItup.g:1122:5: (lv_forecast_1_0= 'forecast' )
                    {
                    // InternalItup.g:1122:5: (lv_forecast_1_0= 'forecast' )
                    // InternalItup.g:1123:6: lv_forecast_1_0= 'forecast'
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

            // InternalItup.g:1136:3: ( (lv_year_2_0= ruleYear ) )
            // InternalItup.g:1137:4: (lv_year_2_0= ruleYear )
            {
            // InternalItup.g:1137:4: (lv_year_2_0= ruleYear )
            // InternalItup.g:1138:5: lv_year_2_0= ruleYear
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

            // InternalItup.g:1155:3: ( (lv_statement_3_0= RULE_STRING ) )
            // InternalItup.g:1156:4: (lv_statement_3_0= RULE_STRING )
            {
            // InternalItup.g:1156:4: (lv_statement_3_0= RULE_STRING )
            // InternalItup.g:1157:5: lv_statement_3_0= RULE_STRING
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


    // $ANTLR start "entryRuleImport"
    // InternalItup.g:1177:1: entryRuleImport returns [EObject current=null] : iv_ruleImport= ruleImport EOF ;
    public final EObject entryRuleImport() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleImport = null;


        try {
            // InternalItup.g:1177:47: (iv_ruleImport= ruleImport EOF )
            // InternalItup.g:1178:2: iv_ruleImport= ruleImport EOF
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
    // InternalItup.g:1184:1: ruleImport returns [EObject current=null] : (otherlv_0= 'import' ( ( rulePlanName ) ) ) ;
    public final EObject ruleImport() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;


        	enterRule();

        try {
            // InternalItup.g:1190:2: ( (otherlv_0= 'import' ( ( rulePlanName ) ) ) )
            // InternalItup.g:1191:2: (otherlv_0= 'import' ( ( rulePlanName ) ) )
            {
            // InternalItup.g:1191:2: (otherlv_0= 'import' ( ( rulePlanName ) ) )
            // InternalItup.g:1192:3: otherlv_0= 'import' ( ( rulePlanName ) )
            {
            otherlv_0=(Token)match(input,38,FOLLOW_3); 

            			newLeafNode(otherlv_0, grammarAccess.getImportAccess().getImportKeyword_0());
            		
            // InternalItup.g:1196:3: ( ( rulePlanName ) )
            // InternalItup.g:1197:4: ( rulePlanName )
            {
            // InternalItup.g:1197:4: ( rulePlanName )
            // InternalItup.g:1198:5: rulePlanName
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
    // InternalItup.g:1216:1: entryRuleCoreValue returns [EObject current=null] : iv_ruleCoreValue= ruleCoreValue EOF ;
    public final EObject entryRuleCoreValue() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleCoreValue = null;


        try {
            // InternalItup.g:1216:50: (iv_ruleCoreValue= ruleCoreValue EOF )
            // InternalItup.g:1217:2: iv_ruleCoreValue= ruleCoreValue EOF
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
    // InternalItup.g:1223:1: ruleCoreValue returns [EObject current=null] : (otherlv_0= 'value' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) ) ( (lv_statement_3_0= RULE_STRING ) )? ) ;
    public final EObject ruleCoreValue() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_title_2_0=null;
        Token lv_statement_3_0=null;
        AntlrDatatypeRuleToken lv_name_1_0 = null;



        	enterRule();

        try {
            // InternalItup.g:1229:2: ( (otherlv_0= 'value' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) ) ( (lv_statement_3_0= RULE_STRING ) )? ) )
            // InternalItup.g:1230:2: (otherlv_0= 'value' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) ) ( (lv_statement_3_0= RULE_STRING ) )? )
            {
            // InternalItup.g:1230:2: (otherlv_0= 'value' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) ) ( (lv_statement_3_0= RULE_STRING ) )? )
            // InternalItup.g:1231:3: otherlv_0= 'value' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) ) ( (lv_statement_3_0= RULE_STRING ) )?
            {
            otherlv_0=(Token)match(input,39,FOLLOW_14); 

            			newLeafNode(otherlv_0, grammarAccess.getCoreValueAccess().getValueKeyword_0());
            		
            // InternalItup.g:1235:3: ( (lv_name_1_0= ruleCode ) )
            // InternalItup.g:1236:4: (lv_name_1_0= ruleCode )
            {
            // InternalItup.g:1236:4: (lv_name_1_0= ruleCode )
            // InternalItup.g:1237:5: lv_name_1_0= ruleCode
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

            // InternalItup.g:1254:3: ( (lv_title_2_0= RULE_STRING ) )
            // InternalItup.g:1255:4: (lv_title_2_0= RULE_STRING )
            {
            // InternalItup.g:1255:4: (lv_title_2_0= RULE_STRING )
            // InternalItup.g:1256:5: lv_title_2_0= RULE_STRING
            {
            lv_title_2_0=(Token)match(input,RULE_STRING,FOLLOW_33); 

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

            // InternalItup.g:1272:3: ( (lv_statement_3_0= RULE_STRING ) )?
            int alt20=2;
            int LA20_0 = input.LA(1);

            if ( (LA20_0==RULE_STRING) ) {
                alt20=1;
            }
            switch (alt20) {
                case 1 :
                    // InternalItup.g:1273:4: (lv_statement_3_0= RULE_STRING )
                    {
                    // InternalItup.g:1273:4: (lv_statement_3_0= RULE_STRING )
                    // InternalItup.g:1274:5: lv_statement_3_0= RULE_STRING
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
    // InternalItup.g:1294:1: entryRuleGoal returns [EObject current=null] : iv_ruleGoal= ruleGoal EOF ;
    public final EObject entryRuleGoal() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleGoal = null;


        try {
            // InternalItup.g:1294:45: (iv_ruleGoal= ruleGoal EOF )
            // InternalItup.g:1295:2: iv_ruleGoal= ruleGoal EOF
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
    // InternalItup.g:1301:1: ruleGoal returns [EObject current=null] : (otherlv_0= 'goal' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )? (otherlv_6= 'description' ( (lv_description_7_0= RULE_STRING ) ) )? ( ( (lv_targets_8_0= ruleTarget ) ) | (otherlv_9= 'sdg' ( (lv_sdgLinks_10_0= ruleSdgLink ) ) (otherlv_11= ',' ( (lv_sdgLinks_12_0= ruleSdgLink ) ) )* ) | (otherlv_13= 'wsis' ( (lv_wsisActionLines_14_0= ruleCode ) ) (otherlv_15= ',' ( (lv_wsisActionLines_16_0= ruleCode ) ) )* ) )* otherlv_17= '}' ) ;
    public final EObject ruleGoal() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_title_2_0=null;
        Token otherlv_3=null;
        Token otherlv_4=null;
        Token lv_statement_5_0=null;
        Token otherlv_6=null;
        Token lv_description_7_0=null;
        Token otherlv_9=null;
        Token otherlv_11=null;
        Token otherlv_13=null;
        Token otherlv_15=null;
        Token otherlv_17=null;
        AntlrDatatypeRuleToken lv_name_1_0 = null;

        EObject lv_targets_8_0 = null;

        EObject lv_sdgLinks_10_0 = null;

        EObject lv_sdgLinks_12_0 = null;

        AntlrDatatypeRuleToken lv_wsisActionLines_14_0 = null;

        AntlrDatatypeRuleToken lv_wsisActionLines_16_0 = null;



        	enterRule();

        try {
            // InternalItup.g:1307:2: ( (otherlv_0= 'goal' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )? (otherlv_6= 'description' ( (lv_description_7_0= RULE_STRING ) ) )? ( ( (lv_targets_8_0= ruleTarget ) ) | (otherlv_9= 'sdg' ( (lv_sdgLinks_10_0= ruleSdgLink ) ) (otherlv_11= ',' ( (lv_sdgLinks_12_0= ruleSdgLink ) ) )* ) | (otherlv_13= 'wsis' ( (lv_wsisActionLines_14_0= ruleCode ) ) (otherlv_15= ',' ( (lv_wsisActionLines_16_0= ruleCode ) ) )* ) )* otherlv_17= '}' ) )
            // InternalItup.g:1308:2: (otherlv_0= 'goal' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )? (otherlv_6= 'description' ( (lv_description_7_0= RULE_STRING ) ) )? ( ( (lv_targets_8_0= ruleTarget ) ) | (otherlv_9= 'sdg' ( (lv_sdgLinks_10_0= ruleSdgLink ) ) (otherlv_11= ',' ( (lv_sdgLinks_12_0= ruleSdgLink ) ) )* ) | (otherlv_13= 'wsis' ( (lv_wsisActionLines_14_0= ruleCode ) ) (otherlv_15= ',' ( (lv_wsisActionLines_16_0= ruleCode ) ) )* ) )* otherlv_17= '}' )
            {
            // InternalItup.g:1308:2: (otherlv_0= 'goal' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )? (otherlv_6= 'description' ( (lv_description_7_0= RULE_STRING ) ) )? ( ( (lv_targets_8_0= ruleTarget ) ) | (otherlv_9= 'sdg' ( (lv_sdgLinks_10_0= ruleSdgLink ) ) (otherlv_11= ',' ( (lv_sdgLinks_12_0= ruleSdgLink ) ) )* ) | (otherlv_13= 'wsis' ( (lv_wsisActionLines_14_0= ruleCode ) ) (otherlv_15= ',' ( (lv_wsisActionLines_16_0= ruleCode ) ) )* ) )* otherlv_17= '}' )
            // InternalItup.g:1309:3: otherlv_0= 'goal' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )? (otherlv_6= 'description' ( (lv_description_7_0= RULE_STRING ) ) )? ( ( (lv_targets_8_0= ruleTarget ) ) | (otherlv_9= 'sdg' ( (lv_sdgLinks_10_0= ruleSdgLink ) ) (otherlv_11= ',' ( (lv_sdgLinks_12_0= ruleSdgLink ) ) )* ) | (otherlv_13= 'wsis' ( (lv_wsisActionLines_14_0= ruleCode ) ) (otherlv_15= ',' ( (lv_wsisActionLines_16_0= ruleCode ) ) )* ) )* otherlv_17= '}'
            {
            otherlv_0=(Token)match(input,40,FOLLOW_14); 

            			newLeafNode(otherlv_0, grammarAccess.getGoalAccess().getGoalKeyword_0());
            		
            // InternalItup.g:1313:3: ( (lv_name_1_0= ruleCode ) )
            // InternalItup.g:1314:4: (lv_name_1_0= ruleCode )
            {
            // InternalItup.g:1314:4: (lv_name_1_0= ruleCode )
            // InternalItup.g:1315:5: lv_name_1_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getGoalAccess().getNameCodeParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_34);
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

            // InternalItup.g:1332:3: ( (lv_title_2_0= RULE_STRING ) )?
            int alt21=2;
            int LA21_0 = input.LA(1);

            if ( (LA21_0==RULE_STRING) ) {
                alt21=1;
            }
            switch (alt21) {
                case 1 :
                    // InternalItup.g:1333:4: (lv_title_2_0= RULE_STRING )
                    {
                    // InternalItup.g:1333:4: (lv_title_2_0= RULE_STRING )
                    // InternalItup.g:1334:5: lv_title_2_0= RULE_STRING
                    {
                    lv_title_2_0=(Token)match(input,RULE_STRING,FOLLOW_17); 

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

            otherlv_3=(Token)match(input,21,FOLLOW_35); 

            			newLeafNode(otherlv_3, grammarAccess.getGoalAccess().getLeftCurlyBracketKeyword_3());
            		
            // InternalItup.g:1354:3: (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )?
            int alt22=2;
            int LA22_0 = input.LA(1);

            if ( (LA22_0==41) ) {
                alt22=1;
            }
            switch (alt22) {
                case 1 :
                    // InternalItup.g:1355:4: otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) )
                    {
                    otherlv_4=(Token)match(input,41,FOLLOW_10); 

                    				newLeafNode(otherlv_4, grammarAccess.getGoalAccess().getStatementKeyword_4_0());
                    			
                    // InternalItup.g:1359:4: ( (lv_statement_5_0= RULE_STRING ) )
                    // InternalItup.g:1360:5: (lv_statement_5_0= RULE_STRING )
                    {
                    // InternalItup.g:1360:5: (lv_statement_5_0= RULE_STRING )
                    // InternalItup.g:1361:6: lv_statement_5_0= RULE_STRING
                    {
                    lv_statement_5_0=(Token)match(input,RULE_STRING,FOLLOW_36); 

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

            // InternalItup.g:1378:3: (otherlv_6= 'description' ( (lv_description_7_0= RULE_STRING ) ) )?
            int alt23=2;
            int LA23_0 = input.LA(1);

            if ( (LA23_0==42) ) {
                alt23=1;
            }
            switch (alt23) {
                case 1 :
                    // InternalItup.g:1379:4: otherlv_6= 'description' ( (lv_description_7_0= RULE_STRING ) )
                    {
                    otherlv_6=(Token)match(input,42,FOLLOW_10); 

                    				newLeafNode(otherlv_6, grammarAccess.getGoalAccess().getDescriptionKeyword_5_0());
                    			
                    // InternalItup.g:1383:4: ( (lv_description_7_0= RULE_STRING ) )
                    // InternalItup.g:1384:5: (lv_description_7_0= RULE_STRING )
                    {
                    // InternalItup.g:1384:5: (lv_description_7_0= RULE_STRING )
                    // InternalItup.g:1385:6: lv_description_7_0= RULE_STRING
                    {
                    lv_description_7_0=(Token)match(input,RULE_STRING,FOLLOW_37); 

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

            // InternalItup.g:1402:3: ( ( (lv_targets_8_0= ruleTarget ) ) | (otherlv_9= 'sdg' ( (lv_sdgLinks_10_0= ruleSdgLink ) ) (otherlv_11= ',' ( (lv_sdgLinks_12_0= ruleSdgLink ) ) )* ) | (otherlv_13= 'wsis' ( (lv_wsisActionLines_14_0= ruleCode ) ) (otherlv_15= ',' ( (lv_wsisActionLines_16_0= ruleCode ) ) )* ) )*
            loop26:
            do {
                int alt26=4;
                switch ( input.LA(1) ) {
                case 43:
                    {
                    alt26=1;
                    }
                    break;
                case 25:
                    {
                    alt26=2;
                    }
                    break;
                case 23:
                    {
                    alt26=3;
                    }
                    break;

                }

                switch (alt26) {
            	case 1 :
            	    // InternalItup.g:1403:4: ( (lv_targets_8_0= ruleTarget ) )
            	    {
            	    // InternalItup.g:1403:4: ( (lv_targets_8_0= ruleTarget ) )
            	    // InternalItup.g:1404:5: (lv_targets_8_0= ruleTarget )
            	    {
            	    // InternalItup.g:1404:5: (lv_targets_8_0= ruleTarget )
            	    // InternalItup.g:1405:6: lv_targets_8_0= ruleTarget
            	    {

            	    						newCompositeNode(grammarAccess.getGoalAccess().getTargetsTargetParserRuleCall_6_0_0());
            	    					
            	    pushFollow(FOLLOW_37);
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
            	    // InternalItup.g:1423:4: (otherlv_9= 'sdg' ( (lv_sdgLinks_10_0= ruleSdgLink ) ) (otherlv_11= ',' ( (lv_sdgLinks_12_0= ruleSdgLink ) ) )* )
            	    {
            	    // InternalItup.g:1423:4: (otherlv_9= 'sdg' ( (lv_sdgLinks_10_0= ruleSdgLink ) ) (otherlv_11= ',' ( (lv_sdgLinks_12_0= ruleSdgLink ) ) )* )
            	    // InternalItup.g:1424:5: otherlv_9= 'sdg' ( (lv_sdgLinks_10_0= ruleSdgLink ) ) (otherlv_11= ',' ( (lv_sdgLinks_12_0= ruleSdgLink ) ) )*
            	    {
            	    otherlv_9=(Token)match(input,25,FOLLOW_14); 

            	    					newLeafNode(otherlv_9, grammarAccess.getGoalAccess().getSdgKeyword_6_1_0());
            	    				
            	    // InternalItup.g:1428:5: ( (lv_sdgLinks_10_0= ruleSdgLink ) )
            	    // InternalItup.g:1429:6: (lv_sdgLinks_10_0= ruleSdgLink )
            	    {
            	    // InternalItup.g:1429:6: (lv_sdgLinks_10_0= ruleSdgLink )
            	    // InternalItup.g:1430:7: lv_sdgLinks_10_0= ruleSdgLink
            	    {

            	    							newCompositeNode(grammarAccess.getGoalAccess().getSdgLinksSdgLinkParserRuleCall_6_1_1_0());
            	    						
            	    pushFollow(FOLLOW_38);
            	    lv_sdgLinks_10_0=ruleSdgLink();

            	    state._fsp--;


            	    							if (current==null) {
            	    								current = createModelElementForParent(grammarAccess.getGoalRule());
            	    							}
            	    							add(
            	    								current,
            	    								"sdgLinks",
            	    								lv_sdgLinks_10_0,
            	    								"org.itup.dsl.Itup.SdgLink");
            	    							afterParserOrEnumRuleCall();
            	    						

            	    }


            	    }

            	    // InternalItup.g:1447:5: (otherlv_11= ',' ( (lv_sdgLinks_12_0= ruleSdgLink ) ) )*
            	    loop24:
            	    do {
            	        int alt24=2;
            	        int LA24_0 = input.LA(1);

            	        if ( (LA24_0==19) ) {
            	            alt24=1;
            	        }


            	        switch (alt24) {
            	    	case 1 :
            	    	    // InternalItup.g:1448:6: otherlv_11= ',' ( (lv_sdgLinks_12_0= ruleSdgLink ) )
            	    	    {
            	    	    otherlv_11=(Token)match(input,19,FOLLOW_14); 

            	    	    						newLeafNode(otherlv_11, grammarAccess.getGoalAccess().getCommaKeyword_6_1_2_0());
            	    	    					
            	    	    // InternalItup.g:1452:6: ( (lv_sdgLinks_12_0= ruleSdgLink ) )
            	    	    // InternalItup.g:1453:7: (lv_sdgLinks_12_0= ruleSdgLink )
            	    	    {
            	    	    // InternalItup.g:1453:7: (lv_sdgLinks_12_0= ruleSdgLink )
            	    	    // InternalItup.g:1454:8: lv_sdgLinks_12_0= ruleSdgLink
            	    	    {

            	    	    								newCompositeNode(grammarAccess.getGoalAccess().getSdgLinksSdgLinkParserRuleCall_6_1_2_1_0());
            	    	    							
            	    	    pushFollow(FOLLOW_38);
            	    	    lv_sdgLinks_12_0=ruleSdgLink();

            	    	    state._fsp--;


            	    	    								if (current==null) {
            	    	    									current = createModelElementForParent(grammarAccess.getGoalRule());
            	    	    								}
            	    	    								add(
            	    	    									current,
            	    	    									"sdgLinks",
            	    	    									lv_sdgLinks_12_0,
            	    	    									"org.itup.dsl.Itup.SdgLink");
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
            	    break;
            	case 3 :
            	    // InternalItup.g:1474:4: (otherlv_13= 'wsis' ( (lv_wsisActionLines_14_0= ruleCode ) ) (otherlv_15= ',' ( (lv_wsisActionLines_16_0= ruleCode ) ) )* )
            	    {
            	    // InternalItup.g:1474:4: (otherlv_13= 'wsis' ( (lv_wsisActionLines_14_0= ruleCode ) ) (otherlv_15= ',' ( (lv_wsisActionLines_16_0= ruleCode ) ) )* )
            	    // InternalItup.g:1475:5: otherlv_13= 'wsis' ( (lv_wsisActionLines_14_0= ruleCode ) ) (otherlv_15= ',' ( (lv_wsisActionLines_16_0= ruleCode ) ) )*
            	    {
            	    otherlv_13=(Token)match(input,23,FOLLOW_14); 

            	    					newLeafNode(otherlv_13, grammarAccess.getGoalAccess().getWsisKeyword_6_2_0());
            	    				
            	    // InternalItup.g:1479:5: ( (lv_wsisActionLines_14_0= ruleCode ) )
            	    // InternalItup.g:1480:6: (lv_wsisActionLines_14_0= ruleCode )
            	    {
            	    // InternalItup.g:1480:6: (lv_wsisActionLines_14_0= ruleCode )
            	    // InternalItup.g:1481:7: lv_wsisActionLines_14_0= ruleCode
            	    {

            	    							newCompositeNode(grammarAccess.getGoalAccess().getWsisActionLinesCodeParserRuleCall_6_2_1_0());
            	    						
            	    pushFollow(FOLLOW_38);
            	    lv_wsisActionLines_14_0=ruleCode();

            	    state._fsp--;


            	    							if (current==null) {
            	    								current = createModelElementForParent(grammarAccess.getGoalRule());
            	    							}
            	    							add(
            	    								current,
            	    								"wsisActionLines",
            	    								lv_wsisActionLines_14_0,
            	    								"org.itup.dsl.Itup.Code");
            	    							afterParserOrEnumRuleCall();
            	    						

            	    }


            	    }

            	    // InternalItup.g:1498:5: (otherlv_15= ',' ( (lv_wsisActionLines_16_0= ruleCode ) ) )*
            	    loop25:
            	    do {
            	        int alt25=2;
            	        int LA25_0 = input.LA(1);

            	        if ( (LA25_0==19) ) {
            	            alt25=1;
            	        }


            	        switch (alt25) {
            	    	case 1 :
            	    	    // InternalItup.g:1499:6: otherlv_15= ',' ( (lv_wsisActionLines_16_0= ruleCode ) )
            	    	    {
            	    	    otherlv_15=(Token)match(input,19,FOLLOW_14); 

            	    	    						newLeafNode(otherlv_15, grammarAccess.getGoalAccess().getCommaKeyword_6_2_2_0());
            	    	    					
            	    	    // InternalItup.g:1503:6: ( (lv_wsisActionLines_16_0= ruleCode ) )
            	    	    // InternalItup.g:1504:7: (lv_wsisActionLines_16_0= ruleCode )
            	    	    {
            	    	    // InternalItup.g:1504:7: (lv_wsisActionLines_16_0= ruleCode )
            	    	    // InternalItup.g:1505:8: lv_wsisActionLines_16_0= ruleCode
            	    	    {

            	    	    								newCompositeNode(grammarAccess.getGoalAccess().getWsisActionLinesCodeParserRuleCall_6_2_2_1_0());
            	    	    							
            	    	    pushFollow(FOLLOW_38);
            	    	    lv_wsisActionLines_16_0=ruleCode();

            	    	    state._fsp--;


            	    	    								if (current==null) {
            	    	    									current = createModelElementForParent(grammarAccess.getGoalRule());
            	    	    								}
            	    	    								add(
            	    	    									current,
            	    	    									"wsisActionLines",
            	    	    									lv_wsisActionLines_16_0,
            	    	    									"org.itup.dsl.Itup.Code");
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


            	    }
            	    break;

            	default :
            	    break loop26;
                }
            } while (true);

            otherlv_17=(Token)match(input,22,FOLLOW_2); 

            			newLeafNode(otherlv_17, grammarAccess.getGoalAccess().getRightCurlyBracketKeyword_7());
            		

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
    // InternalItup.g:1533:1: entryRuleTarget returns [EObject current=null] : iv_ruleTarget= ruleTarget EOF ;
    public final EObject entryRuleTarget() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleTarget = null;


        try {
            // InternalItup.g:1533:47: (iv_ruleTarget= ruleTarget EOF )
            // InternalItup.g:1534:2: iv_ruleTarget= ruleTarget EOF
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
    // InternalItup.g:1540:1: ruleTarget returns [EObject current=null] : (otherlv_0= 'target' ( (lv_name_1_0= ruleCode ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? ) | ( (lv_kind_10_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_11_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'population' ( (lv_population_13_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) ( (lv_indicators_14_0= rulePerformanceIndicator ) )* otherlv_15= '}' )? ) ;
    public final EObject ruleTarget() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_statement_2_0=null;
        Token otherlv_3=null;
        Token otherlv_5=null;
        Token lv_unit_9_0=null;
        Token otherlv_12=null;
        Token lv_population_13_0=null;
        Token otherlv_15=null;
        AntlrDatatypeRuleToken lv_name_1_0 = null;

        AntlrDatatypeRuleToken lv_deadline_6_0 = null;

        Enumerator lv_kind_7_0 = null;

        AntlrDatatypeRuleToken lv_value_8_0 = null;

        Enumerator lv_kind_10_0 = null;

        EObject lv_baseline_11_0 = null;

        EObject lv_indicators_14_0 = null;



        	enterRule();

        try {
            // InternalItup.g:1546:2: ( (otherlv_0= 'target' ( (lv_name_1_0= ruleCode ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? ) | ( (lv_kind_10_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_11_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'population' ( (lv_population_13_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) ( (lv_indicators_14_0= rulePerformanceIndicator ) )* otherlv_15= '}' )? ) )
            // InternalItup.g:1547:2: (otherlv_0= 'target' ( (lv_name_1_0= ruleCode ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? ) | ( (lv_kind_10_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_11_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'population' ( (lv_population_13_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) ( (lv_indicators_14_0= rulePerformanceIndicator ) )* otherlv_15= '}' )? )
            {
            // InternalItup.g:1547:2: (otherlv_0= 'target' ( (lv_name_1_0= ruleCode ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? ) | ( (lv_kind_10_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_11_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'population' ( (lv_population_13_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) ( (lv_indicators_14_0= rulePerformanceIndicator ) )* otherlv_15= '}' )? )
            // InternalItup.g:1548:3: otherlv_0= 'target' ( (lv_name_1_0= ruleCode ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? ) | ( (lv_kind_10_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_11_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'population' ( (lv_population_13_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) ( (lv_indicators_14_0= rulePerformanceIndicator ) )* otherlv_15= '}' )?
            {
            otherlv_0=(Token)match(input,43,FOLLOW_14); 

            			newLeafNode(otherlv_0, grammarAccess.getTargetAccess().getTargetKeyword_0());
            		
            // InternalItup.g:1552:3: ( (lv_name_1_0= ruleCode ) )
            // InternalItup.g:1553:4: (lv_name_1_0= ruleCode )
            {
            // InternalItup.g:1553:4: (lv_name_1_0= ruleCode )
            // InternalItup.g:1554:5: lv_name_1_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getTargetAccess().getNameCodeParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_39);
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

            // InternalItup.g:1571:3: ( (lv_statement_2_0= RULE_STRING ) )?
            int alt27=2;
            int LA27_0 = input.LA(1);

            if ( (LA27_0==RULE_STRING) ) {
                alt27=1;
            }
            switch (alt27) {
                case 1 :
                    // InternalItup.g:1572:4: (lv_statement_2_0= RULE_STRING )
                    {
                    // InternalItup.g:1572:4: (lv_statement_2_0= RULE_STRING )
                    // InternalItup.g:1573:5: lv_statement_2_0= RULE_STRING
                    {
                    lv_statement_2_0=(Token)match(input,RULE_STRING,FOLLOW_40); 

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

            // InternalItup.g:1589:3: (otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? ) | ( (lv_kind_10_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_11_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'population' ( (lv_population_13_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) ( (lv_indicators_14_0= rulePerformanceIndicator ) )* otherlv_15= '}' )?
            int alt32=2;
            int LA32_0 = input.LA(1);

            if ( (LA32_0==21) ) {
                alt32=1;
            }
            switch (alt32) {
                case 1 :
                    // InternalItup.g:1590:4: otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? ) | ( (lv_kind_10_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_11_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'population' ( (lv_population_13_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) ( (lv_indicators_14_0= rulePerformanceIndicator ) )* otherlv_15= '}'
                    {
                    otherlv_3=(Token)match(input,21,FOLLOW_41); 

                    				newLeafNode(otherlv_3, grammarAccess.getTargetAccess().getLeftCurlyBracketKeyword_3_0());
                    			
                    // InternalItup.g:1594:4: ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? ) | ( (lv_kind_10_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_11_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'population' ( (lv_population_13_0= RULE_STRING ) ) ) ) ) ) )* ) ) )
                    // InternalItup.g:1595:5: ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? ) | ( (lv_kind_10_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_11_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'population' ( (lv_population_13_0= RULE_STRING ) ) ) ) ) ) )* ) )
                    {
                    // InternalItup.g:1595:5: ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? ) | ( (lv_kind_10_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_11_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'population' ( (lv_population_13_0= RULE_STRING ) ) ) ) ) ) )* ) )
                    // InternalItup.g:1596:6: ( ( ({...}? => ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? ) | ( (lv_kind_10_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_11_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'population' ( (lv_population_13_0= RULE_STRING ) ) ) ) ) ) )* )
                    {
                     
                    					  getUnorderedGroupHelper().enter(grammarAccess.getTargetAccess().getUnorderedGroup_3_1());
                    					
                    // InternalItup.g:1599:6: ( ( ({...}? => ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? ) | ( (lv_kind_10_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_11_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'population' ( (lv_population_13_0= RULE_STRING ) ) ) ) ) ) )* )
                    // InternalItup.g:1600:7: ( ({...}? => ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? ) | ( (lv_kind_10_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_11_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'population' ( (lv_population_13_0= RULE_STRING ) ) ) ) ) ) )*
                    {
                    // InternalItup.g:1600:7: ( ({...}? => ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? ) | ( (lv_kind_10_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_11_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'population' ( (lv_population_13_0= RULE_STRING ) ) ) ) ) ) )*
                    loop30:
                    do {
                        int alt30=5;
                        int LA30_0 = input.LA(1);

                        if ( LA30_0 == 15 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 0) ) {
                            alt30=1;
                        }
                        else if ( LA30_0 >= 71 && LA30_0 <= 74 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 1) ) {
                            alt30=2;
                        }
                        else if ( LA30_0 == 45 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 2) ) {
                            alt30=3;
                        }
                        else if ( LA30_0 == 44 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 3) ) {
                            alt30=4;
                        }


                        switch (alt30) {
                    	case 1 :
                    	    // InternalItup.g:1601:5: ({...}? => ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) ) )
                    	    {
                    	    // InternalItup.g:1601:5: ({...}? => ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) ) )
                    	    // InternalItup.g:1602:6: {...}? => ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 0) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 0)");
                    	    }
                    	    // InternalItup.g:1602:106: ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) )
                    	    // InternalItup.g:1603:7: ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 0);
                    	    						
                    	    // InternalItup.g:1606:10: ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) )
                    	    // InternalItup.g:1606:11: {...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "true");
                    	    }
                    	    // InternalItup.g:1606:20: (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) )
                    	    // InternalItup.g:1606:21: otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) )
                    	    {
                    	    otherlv_5=(Token)match(input,15,FOLLOW_6); 

                    	    										newLeafNode(otherlv_5, grammarAccess.getTargetAccess().getByKeyword_3_1_0_0());
                    	    									
                    	    // InternalItup.g:1610:10: ( (lv_deadline_6_0= ruleYear ) )
                    	    // InternalItup.g:1611:11: (lv_deadline_6_0= ruleYear )
                    	    {
                    	    // InternalItup.g:1611:11: (lv_deadline_6_0= ruleYear )
                    	    // InternalItup.g:1612:12: lv_deadline_6_0= ruleYear
                    	    {

                    	    												newCompositeNode(grammarAccess.getTargetAccess().getDeadlineYearParserRuleCall_3_1_0_1_0());
                    	    											
                    	    pushFollow(FOLLOW_41);
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
                    	    // InternalItup.g:1635:5: ({...}? => ( ({...}? => ( ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? ) | ( (lv_kind_10_0= ruleQualitativeTargetKind ) ) ) ) ) )
                    	    {
                    	    // InternalItup.g:1635:5: ({...}? => ( ({...}? => ( ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? ) | ( (lv_kind_10_0= ruleQualitativeTargetKind ) ) ) ) ) )
                    	    // InternalItup.g:1636:6: {...}? => ( ({...}? => ( ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? ) | ( (lv_kind_10_0= ruleQualitativeTargetKind ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 1) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 1)");
                    	    }
                    	    // InternalItup.g:1636:106: ( ({...}? => ( ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? ) | ( (lv_kind_10_0= ruleQualitativeTargetKind ) ) ) ) )
                    	    // InternalItup.g:1637:7: ({...}? => ( ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? ) | ( (lv_kind_10_0= ruleQualitativeTargetKind ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 1);
                    	    						
                    	    // InternalItup.g:1640:10: ({...}? => ( ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? ) | ( (lv_kind_10_0= ruleQualitativeTargetKind ) ) ) )
                    	    // InternalItup.g:1640:11: {...}? => ( ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? ) | ( (lv_kind_10_0= ruleQualitativeTargetKind ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "true");
                    	    }
                    	    // InternalItup.g:1640:20: ( ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? ) | ( (lv_kind_10_0= ruleQualitativeTargetKind ) ) )
                    	    int alt29=2;
                    	    int LA29_0 = input.LA(1);

                    	    if ( ((LA29_0>=71 && LA29_0<=73)) ) {
                    	        alt29=1;
                    	    }
                    	    else if ( (LA29_0==74) ) {
                    	        alt29=2;
                    	    }
                    	    else {
                    	        NoViableAltException nvae =
                    	            new NoViableAltException("", 29, 0, input);

                    	        throw nvae;
                    	    }
                    	    switch (alt29) {
                    	        case 1 :
                    	            // InternalItup.g:1640:21: ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? )
                    	            {
                    	            // InternalItup.g:1640:21: ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? )
                    	            // InternalItup.g:1641:11: ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )?
                    	            {
                    	            // InternalItup.g:1641:11: ( (lv_kind_7_0= ruleMeasuredTargetKind ) )
                    	            // InternalItup.g:1642:12: (lv_kind_7_0= ruleMeasuredTargetKind )
                    	            {
                    	            // InternalItup.g:1642:12: (lv_kind_7_0= ruleMeasuredTargetKind )
                    	            // InternalItup.g:1643:13: lv_kind_7_0= ruleMeasuredTargetKind
                    	            {

                    	            													newCompositeNode(grammarAccess.getTargetAccess().getKindMeasuredTargetKindEnumRuleCall_3_1_1_0_0_0());
                    	            												
                    	            pushFollow(FOLLOW_6);
                    	            lv_kind_7_0=ruleMeasuredTargetKind();

                    	            state._fsp--;


                    	            													if (current==null) {
                    	            														current = createModelElementForParent(grammarAccess.getTargetRule());
                    	            													}
                    	            													set(
                    	            														current,
                    	            														"kind",
                    	            														lv_kind_7_0,
                    	            														"org.itup.dsl.Itup.MeasuredTargetKind");
                    	            													afterParserOrEnumRuleCall();
                    	            												

                    	            }


                    	            }

                    	            // InternalItup.g:1660:11: ( (lv_value_8_0= ruleDecimal ) )
                    	            // InternalItup.g:1661:12: (lv_value_8_0= ruleDecimal )
                    	            {
                    	            // InternalItup.g:1661:12: (lv_value_8_0= ruleDecimal )
                    	            // InternalItup.g:1662:13: lv_value_8_0= ruleDecimal
                    	            {

                    	            													newCompositeNode(grammarAccess.getTargetAccess().getValueDecimalParserRuleCall_3_1_1_0_1_0());
                    	            												
                    	            pushFollow(FOLLOW_42);
                    	            lv_value_8_0=ruleDecimal();

                    	            state._fsp--;


                    	            													if (current==null) {
                    	            														current = createModelElementForParent(grammarAccess.getTargetRule());
                    	            													}
                    	            													set(
                    	            														current,
                    	            														"value",
                    	            														lv_value_8_0,
                    	            														"org.itup.dsl.Itup.Decimal");
                    	            													afterParserOrEnumRuleCall();
                    	            												

                    	            }


                    	            }

                    	            // InternalItup.g:1679:11: ( (lv_unit_9_0= RULE_STRING ) )?
                    	            int alt28=2;
                    	            int LA28_0 = input.LA(1);

                    	            if ( (LA28_0==RULE_STRING) ) {
                    	                alt28=1;
                    	            }
                    	            switch (alt28) {
                    	                case 1 :
                    	                    // InternalItup.g:1680:12: (lv_unit_9_0= RULE_STRING )
                    	                    {
                    	                    // InternalItup.g:1680:12: (lv_unit_9_0= RULE_STRING )
                    	                    // InternalItup.g:1681:13: lv_unit_9_0= RULE_STRING
                    	                    {
                    	                    lv_unit_9_0=(Token)match(input,RULE_STRING,FOLLOW_41); 

                    	                    													newLeafNode(lv_unit_9_0, grammarAccess.getTargetAccess().getUnitSTRINGTerminalRuleCall_3_1_1_0_2_0());
                    	                    												

                    	                    													if (current==null) {
                    	                    														current = createModelElement(grammarAccess.getTargetRule());
                    	                    													}
                    	                    													setWithLastConsumed(
                    	                    														current,
                    	                    														"unit",
                    	                    														lv_unit_9_0,
                    	                    														"org.eclipse.xtext.common.Terminals.STRING");
                    	                    												

                    	                    }


                    	                    }
                    	                    break;

                    	            }


                    	            }


                    	            }
                    	            break;
                    	        case 2 :
                    	            // InternalItup.g:1699:10: ( (lv_kind_10_0= ruleQualitativeTargetKind ) )
                    	            {
                    	            // InternalItup.g:1699:10: ( (lv_kind_10_0= ruleQualitativeTargetKind ) )
                    	            // InternalItup.g:1700:11: (lv_kind_10_0= ruleQualitativeTargetKind )
                    	            {
                    	            // InternalItup.g:1700:11: (lv_kind_10_0= ruleQualitativeTargetKind )
                    	            // InternalItup.g:1701:12: lv_kind_10_0= ruleQualitativeTargetKind
                    	            {

                    	            												newCompositeNode(grammarAccess.getTargetAccess().getKindQualitativeTargetKindEnumRuleCall_3_1_1_1_0());
                    	            											
                    	            pushFollow(FOLLOW_41);
                    	            lv_kind_10_0=ruleQualitativeTargetKind();

                    	            state._fsp--;


                    	            												if (current==null) {
                    	            													current = createModelElementForParent(grammarAccess.getTargetRule());
                    	            												}
                    	            												set(
                    	            													current,
                    	            													"kind",
                    	            													lv_kind_10_0,
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
                    	case 3 :
                    	    // InternalItup.g:1724:5: ({...}? => ( ({...}? => ( (lv_baseline_11_0= ruleBaseline ) ) ) ) )
                    	    {
                    	    // InternalItup.g:1724:5: ({...}? => ( ({...}? => ( (lv_baseline_11_0= ruleBaseline ) ) ) ) )
                    	    // InternalItup.g:1725:6: {...}? => ( ({...}? => ( (lv_baseline_11_0= ruleBaseline ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 2) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 2)");
                    	    }
                    	    // InternalItup.g:1725:106: ( ({...}? => ( (lv_baseline_11_0= ruleBaseline ) ) ) )
                    	    // InternalItup.g:1726:7: ({...}? => ( (lv_baseline_11_0= ruleBaseline ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 2);
                    	    						
                    	    // InternalItup.g:1729:10: ({...}? => ( (lv_baseline_11_0= ruleBaseline ) ) )
                    	    // InternalItup.g:1729:11: {...}? => ( (lv_baseline_11_0= ruleBaseline ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "true");
                    	    }
                    	    // InternalItup.g:1729:20: ( (lv_baseline_11_0= ruleBaseline ) )
                    	    // InternalItup.g:1729:21: (lv_baseline_11_0= ruleBaseline )
                    	    {
                    	    // InternalItup.g:1729:21: (lv_baseline_11_0= ruleBaseline )
                    	    // InternalItup.g:1730:11: lv_baseline_11_0= ruleBaseline
                    	    {

                    	    											newCompositeNode(grammarAccess.getTargetAccess().getBaselineBaselineParserRuleCall_3_1_2_0());
                    	    										
                    	    pushFollow(FOLLOW_41);
                    	    lv_baseline_11_0=ruleBaseline();

                    	    state._fsp--;


                    	    											if (current==null) {
                    	    												current = createModelElementForParent(grammarAccess.getTargetRule());
                    	    											}
                    	    											set(
                    	    												current,
                    	    												"baseline",
                    	    												lv_baseline_11_0,
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
                    	case 4 :
                    	    // InternalItup.g:1752:5: ({...}? => ( ({...}? => (otherlv_12= 'population' ( (lv_population_13_0= RULE_STRING ) ) ) ) ) )
                    	    {
                    	    // InternalItup.g:1752:5: ({...}? => ( ({...}? => (otherlv_12= 'population' ( (lv_population_13_0= RULE_STRING ) ) ) ) ) )
                    	    // InternalItup.g:1753:6: {...}? => ( ({...}? => (otherlv_12= 'population' ( (lv_population_13_0= RULE_STRING ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 3) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 3)");
                    	    }
                    	    // InternalItup.g:1753:106: ( ({...}? => (otherlv_12= 'population' ( (lv_population_13_0= RULE_STRING ) ) ) ) )
                    	    // InternalItup.g:1754:7: ({...}? => (otherlv_12= 'population' ( (lv_population_13_0= RULE_STRING ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 3);
                    	    						
                    	    // InternalItup.g:1757:10: ({...}? => (otherlv_12= 'population' ( (lv_population_13_0= RULE_STRING ) ) ) )
                    	    // InternalItup.g:1757:11: {...}? => (otherlv_12= 'population' ( (lv_population_13_0= RULE_STRING ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "true");
                    	    }
                    	    // InternalItup.g:1757:20: (otherlv_12= 'population' ( (lv_population_13_0= RULE_STRING ) ) )
                    	    // InternalItup.g:1757:21: otherlv_12= 'population' ( (lv_population_13_0= RULE_STRING ) )
                    	    {
                    	    otherlv_12=(Token)match(input,44,FOLLOW_10); 

                    	    										newLeafNode(otherlv_12, grammarAccess.getTargetAccess().getPopulationKeyword_3_1_3_0());
                    	    									
                    	    // InternalItup.g:1761:10: ( (lv_population_13_0= RULE_STRING ) )
                    	    // InternalItup.g:1762:11: (lv_population_13_0= RULE_STRING )
                    	    {
                    	    // InternalItup.g:1762:11: (lv_population_13_0= RULE_STRING )
                    	    // InternalItup.g:1763:12: lv_population_13_0= RULE_STRING
                    	    {
                    	    lv_population_13_0=(Token)match(input,RULE_STRING,FOLLOW_41); 

                    	    												newLeafNode(lv_population_13_0, grammarAccess.getTargetAccess().getPopulationSTRINGTerminalRuleCall_3_1_3_1_0());
                    	    											

                    	    												if (current==null) {
                    	    													current = createModelElement(grammarAccess.getTargetRule());
                    	    												}
                    	    												setWithLastConsumed(
                    	    													current,
                    	    													"population",
                    	    													lv_population_13_0,
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

                    	default :
                    	    break loop30;
                        }
                    } while (true);


                    }


                    }

                     
                    					  getUnorderedGroupHelper().leave(grammarAccess.getTargetAccess().getUnorderedGroup_3_1());
                    					

                    }

                    // InternalItup.g:1792:4: ( (lv_indicators_14_0= rulePerformanceIndicator ) )*
                    loop31:
                    do {
                        int alt31=2;
                        int LA31_0 = input.LA(1);

                        if ( (LA31_0==54) ) {
                            alt31=1;
                        }


                        switch (alt31) {
                    	case 1 :
                    	    // InternalItup.g:1793:5: (lv_indicators_14_0= rulePerformanceIndicator )
                    	    {
                    	    // InternalItup.g:1793:5: (lv_indicators_14_0= rulePerformanceIndicator )
                    	    // InternalItup.g:1794:6: lv_indicators_14_0= rulePerformanceIndicator
                    	    {

                    	    						newCompositeNode(grammarAccess.getTargetAccess().getIndicatorsPerformanceIndicatorParserRuleCall_3_2_0());
                    	    					
                    	    pushFollow(FOLLOW_43);
                    	    lv_indicators_14_0=rulePerformanceIndicator();

                    	    state._fsp--;


                    	    						if (current==null) {
                    	    							current = createModelElementForParent(grammarAccess.getTargetRule());
                    	    						}
                    	    						add(
                    	    							current,
                    	    							"indicators",
                    	    							lv_indicators_14_0,
                    	    							"org.itup.dsl.Itup.PerformanceIndicator");
                    	    						afterParserOrEnumRuleCall();
                    	    					

                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop31;
                        }
                    } while (true);

                    otherlv_15=(Token)match(input,22,FOLLOW_2); 

                    				newLeafNode(otherlv_15, grammarAccess.getTargetAccess().getRightCurlyBracketKeyword_3_3());
                    			

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
    // InternalItup.g:1820:1: entryRuleBaseline returns [EObject current=null] : iv_ruleBaseline= ruleBaseline EOF ;
    public final EObject entryRuleBaseline() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleBaseline = null;


        try {
            // InternalItup.g:1820:49: (iv_ruleBaseline= ruleBaseline EOF )
            // InternalItup.g:1821:2: iv_ruleBaseline= ruleBaseline EOF
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
    // InternalItup.g:1827:1: ruleBaseline returns [EObject current=null] : (otherlv_0= 'baseline' ( (lv_year_1_0= ruleYear ) ) ( ( (lv_measured_2_0= 'measured' ) ) | (otherlv_3= 'value' ( (lv_value_4_0= ruleDecimal ) ) ( (lv_unit_5_0= RULE_STRING ) )? ) )? ) ;
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
            // InternalItup.g:1833:2: ( (otherlv_0= 'baseline' ( (lv_year_1_0= ruleYear ) ) ( ( (lv_measured_2_0= 'measured' ) ) | (otherlv_3= 'value' ( (lv_value_4_0= ruleDecimal ) ) ( (lv_unit_5_0= RULE_STRING ) )? ) )? ) )
            // InternalItup.g:1834:2: (otherlv_0= 'baseline' ( (lv_year_1_0= ruleYear ) ) ( ( (lv_measured_2_0= 'measured' ) ) | (otherlv_3= 'value' ( (lv_value_4_0= ruleDecimal ) ) ( (lv_unit_5_0= RULE_STRING ) )? ) )? )
            {
            // InternalItup.g:1834:2: (otherlv_0= 'baseline' ( (lv_year_1_0= ruleYear ) ) ( ( (lv_measured_2_0= 'measured' ) ) | (otherlv_3= 'value' ( (lv_value_4_0= ruleDecimal ) ) ( (lv_unit_5_0= RULE_STRING ) )? ) )? )
            // InternalItup.g:1835:3: otherlv_0= 'baseline' ( (lv_year_1_0= ruleYear ) ) ( ( (lv_measured_2_0= 'measured' ) ) | (otherlv_3= 'value' ( (lv_value_4_0= ruleDecimal ) ) ( (lv_unit_5_0= RULE_STRING ) )? ) )?
            {
            otherlv_0=(Token)match(input,45,FOLLOW_6); 

            			newLeafNode(otherlv_0, grammarAccess.getBaselineAccess().getBaselineKeyword_0());
            		
            // InternalItup.g:1839:3: ( (lv_year_1_0= ruleYear ) )
            // InternalItup.g:1840:4: (lv_year_1_0= ruleYear )
            {
            // InternalItup.g:1840:4: (lv_year_1_0= ruleYear )
            // InternalItup.g:1841:5: lv_year_1_0= ruleYear
            {

            					newCompositeNode(grammarAccess.getBaselineAccess().getYearYearParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_44);
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

            // InternalItup.g:1858:3: ( ( (lv_measured_2_0= 'measured' ) ) | (otherlv_3= 'value' ( (lv_value_4_0= ruleDecimal ) ) ( (lv_unit_5_0= RULE_STRING ) )? ) )?
            int alt34=3;
            int LA34_0 = input.LA(1);

            if ( (LA34_0==46) ) {
                alt34=1;
            }
            else if ( (LA34_0==39) ) {
                alt34=2;
            }
            switch (alt34) {
                case 1 :
                    // InternalItup.g:1859:4: ( (lv_measured_2_0= 'measured' ) )
                    {
                    // InternalItup.g:1859:4: ( (lv_measured_2_0= 'measured' ) )
                    // InternalItup.g:1860:5: (lv_measured_2_0= 'measured' )
                    {
                    // InternalItup.g:1860:5: (lv_measured_2_0= 'measured' )
                    // InternalItup.g:1861:6: lv_measured_2_0= 'measured'
                    {
                    lv_measured_2_0=(Token)match(input,46,FOLLOW_2); 

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
                    // InternalItup.g:1874:4: (otherlv_3= 'value' ( (lv_value_4_0= ruleDecimal ) ) ( (lv_unit_5_0= RULE_STRING ) )? )
                    {
                    // InternalItup.g:1874:4: (otherlv_3= 'value' ( (lv_value_4_0= ruleDecimal ) ) ( (lv_unit_5_0= RULE_STRING ) )? )
                    // InternalItup.g:1875:5: otherlv_3= 'value' ( (lv_value_4_0= ruleDecimal ) ) ( (lv_unit_5_0= RULE_STRING ) )?
                    {
                    otherlv_3=(Token)match(input,39,FOLLOW_6); 

                    					newLeafNode(otherlv_3, grammarAccess.getBaselineAccess().getValueKeyword_2_1_0());
                    				
                    // InternalItup.g:1879:5: ( (lv_value_4_0= ruleDecimal ) )
                    // InternalItup.g:1880:6: (lv_value_4_0= ruleDecimal )
                    {
                    // InternalItup.g:1880:6: (lv_value_4_0= ruleDecimal )
                    // InternalItup.g:1881:7: lv_value_4_0= ruleDecimal
                    {

                    							newCompositeNode(grammarAccess.getBaselineAccess().getValueDecimalParserRuleCall_2_1_1_0());
                    						
                    pushFollow(FOLLOW_33);
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

                    // InternalItup.g:1898:5: ( (lv_unit_5_0= RULE_STRING ) )?
                    int alt33=2;
                    int LA33_0 = input.LA(1);

                    if ( (LA33_0==RULE_STRING) ) {
                        alt33=1;
                    }
                    switch (alt33) {
                        case 1 :
                            // InternalItup.g:1899:6: (lv_unit_5_0= RULE_STRING )
                            {
                            // InternalItup.g:1899:6: (lv_unit_5_0= RULE_STRING )
                            // InternalItup.g:1900:7: lv_unit_5_0= RULE_STRING
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
    // InternalItup.g:1922:1: entryRuleSdgLink returns [EObject current=null] : iv_ruleSdgLink= ruleSdgLink EOF ;
    public final EObject entryRuleSdgLink() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleSdgLink = null;


        try {
            // InternalItup.g:1922:48: (iv_ruleSdgLink= ruleSdgLink EOF )
            // InternalItup.g:1923:2: iv_ruleSdgLink= ruleSdgLink EOF
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
    // InternalItup.g:1929:1: ruleSdgLink returns [EObject current=null] : ( ( (lv_target_0_0= ruleCode ) ) (otherlv_1= '(' ( (lv_indicators_2_0= ruleCode ) ) (otherlv_3= ',' ( (lv_indicators_4_0= ruleCode ) ) )* otherlv_5= ')' )? ) ;
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
            // InternalItup.g:1935:2: ( ( ( (lv_target_0_0= ruleCode ) ) (otherlv_1= '(' ( (lv_indicators_2_0= ruleCode ) ) (otherlv_3= ',' ( (lv_indicators_4_0= ruleCode ) ) )* otherlv_5= ')' )? ) )
            // InternalItup.g:1936:2: ( ( (lv_target_0_0= ruleCode ) ) (otherlv_1= '(' ( (lv_indicators_2_0= ruleCode ) ) (otherlv_3= ',' ( (lv_indicators_4_0= ruleCode ) ) )* otherlv_5= ')' )? )
            {
            // InternalItup.g:1936:2: ( ( (lv_target_0_0= ruleCode ) ) (otherlv_1= '(' ( (lv_indicators_2_0= ruleCode ) ) (otherlv_3= ',' ( (lv_indicators_4_0= ruleCode ) ) )* otherlv_5= ')' )? )
            // InternalItup.g:1937:3: ( (lv_target_0_0= ruleCode ) ) (otherlv_1= '(' ( (lv_indicators_2_0= ruleCode ) ) (otherlv_3= ',' ( (lv_indicators_4_0= ruleCode ) ) )* otherlv_5= ')' )?
            {
            // InternalItup.g:1937:3: ( (lv_target_0_0= ruleCode ) )
            // InternalItup.g:1938:4: (lv_target_0_0= ruleCode )
            {
            // InternalItup.g:1938:4: (lv_target_0_0= ruleCode )
            // InternalItup.g:1939:5: lv_target_0_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getSdgLinkAccess().getTargetCodeParserRuleCall_0_0());
            				
            pushFollow(FOLLOW_45);
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

            // InternalItup.g:1956:3: (otherlv_1= '(' ( (lv_indicators_2_0= ruleCode ) ) (otherlv_3= ',' ( (lv_indicators_4_0= ruleCode ) ) )* otherlv_5= ')' )?
            int alt36=2;
            int LA36_0 = input.LA(1);

            if ( (LA36_0==47) ) {
                alt36=1;
            }
            switch (alt36) {
                case 1 :
                    // InternalItup.g:1957:4: otherlv_1= '(' ( (lv_indicators_2_0= ruleCode ) ) (otherlv_3= ',' ( (lv_indicators_4_0= ruleCode ) ) )* otherlv_5= ')'
                    {
                    otherlv_1=(Token)match(input,47,FOLLOW_14); 

                    				newLeafNode(otherlv_1, grammarAccess.getSdgLinkAccess().getLeftParenthesisKeyword_1_0());
                    			
                    // InternalItup.g:1961:4: ( (lv_indicators_2_0= ruleCode ) )
                    // InternalItup.g:1962:5: (lv_indicators_2_0= ruleCode )
                    {
                    // InternalItup.g:1962:5: (lv_indicators_2_0= ruleCode )
                    // InternalItup.g:1963:6: lv_indicators_2_0= ruleCode
                    {

                    						newCompositeNode(grammarAccess.getSdgLinkAccess().getIndicatorsCodeParserRuleCall_1_1_0());
                    					
                    pushFollow(FOLLOW_46);
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

                    // InternalItup.g:1980:4: (otherlv_3= ',' ( (lv_indicators_4_0= ruleCode ) ) )*
                    loop35:
                    do {
                        int alt35=2;
                        int LA35_0 = input.LA(1);

                        if ( (LA35_0==19) ) {
                            alt35=1;
                        }


                        switch (alt35) {
                    	case 1 :
                    	    // InternalItup.g:1981:5: otherlv_3= ',' ( (lv_indicators_4_0= ruleCode ) )
                    	    {
                    	    otherlv_3=(Token)match(input,19,FOLLOW_14); 

                    	    					newLeafNode(otherlv_3, grammarAccess.getSdgLinkAccess().getCommaKeyword_1_2_0());
                    	    				
                    	    // InternalItup.g:1985:5: ( (lv_indicators_4_0= ruleCode ) )
                    	    // InternalItup.g:1986:6: (lv_indicators_4_0= ruleCode )
                    	    {
                    	    // InternalItup.g:1986:6: (lv_indicators_4_0= ruleCode )
                    	    // InternalItup.g:1987:7: lv_indicators_4_0= ruleCode
                    	    {

                    	    							newCompositeNode(grammarAccess.getSdgLinkAccess().getIndicatorsCodeParserRuleCall_1_2_1_0());
                    	    						
                    	    pushFollow(FOLLOW_46);
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
                    	    break loop35;
                        }
                    } while (true);

                    otherlv_5=(Token)match(input,48,FOLLOW_2); 

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
    // InternalItup.g:2014:1: entryRuleSector returns [EObject current=null] : iv_ruleSector= ruleSector EOF ;
    public final EObject entryRuleSector() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleSector = null;


        try {
            // InternalItup.g:2014:47: (iv_ruleSector= ruleSector EOF )
            // InternalItup.g:2015:2: iv_ruleSector= ruleSector EOF
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
    // InternalItup.g:2021:1: ruleSector returns [EObject current=null] : ( ( (lv_kind_0_0= ruleSectorKind ) ) ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'bureau' ( (lv_bureau_5_0= ruleBureau ) ) )? ( ( (lv_objectives_6_0= ruleObjective ) ) | ( (lv_enablers_7_0= ruleEnabler ) ) )* otherlv_8= '}' ) ;
    public final EObject ruleSector() throws RecognitionException {
        EObject current = null;

        Token lv_title_2_0=null;
        Token otherlv_3=null;
        Token otherlv_4=null;
        Token otherlv_8=null;
        Enumerator lv_kind_0_0 = null;

        AntlrDatatypeRuleToken lv_name_1_0 = null;

        EObject lv_bureau_5_0 = null;

        EObject lv_objectives_6_0 = null;

        EObject lv_enablers_7_0 = null;



        	enterRule();

        try {
            // InternalItup.g:2027:2: ( ( ( (lv_kind_0_0= ruleSectorKind ) ) ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'bureau' ( (lv_bureau_5_0= ruleBureau ) ) )? ( ( (lv_objectives_6_0= ruleObjective ) ) | ( (lv_enablers_7_0= ruleEnabler ) ) )* otherlv_8= '}' ) )
            // InternalItup.g:2028:2: ( ( (lv_kind_0_0= ruleSectorKind ) ) ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'bureau' ( (lv_bureau_5_0= ruleBureau ) ) )? ( ( (lv_objectives_6_0= ruleObjective ) ) | ( (lv_enablers_7_0= ruleEnabler ) ) )* otherlv_8= '}' )
            {
            // InternalItup.g:2028:2: ( ( (lv_kind_0_0= ruleSectorKind ) ) ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'bureau' ( (lv_bureau_5_0= ruleBureau ) ) )? ( ( (lv_objectives_6_0= ruleObjective ) ) | ( (lv_enablers_7_0= ruleEnabler ) ) )* otherlv_8= '}' )
            // InternalItup.g:2029:3: ( (lv_kind_0_0= ruleSectorKind ) ) ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'bureau' ( (lv_bureau_5_0= ruleBureau ) ) )? ( ( (lv_objectives_6_0= ruleObjective ) ) | ( (lv_enablers_7_0= ruleEnabler ) ) )* otherlv_8= '}'
            {
            // InternalItup.g:2029:3: ( (lv_kind_0_0= ruleSectorKind ) )
            // InternalItup.g:2030:4: (lv_kind_0_0= ruleSectorKind )
            {
            // InternalItup.g:2030:4: (lv_kind_0_0= ruleSectorKind )
            // InternalItup.g:2031:5: lv_kind_0_0= ruleSectorKind
            {

            					newCompositeNode(grammarAccess.getSectorAccess().getKindSectorKindEnumRuleCall_0_0());
            				
            pushFollow(FOLLOW_14);
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

            // InternalItup.g:2048:3: ( (lv_name_1_0= ruleCode ) )
            // InternalItup.g:2049:4: (lv_name_1_0= ruleCode )
            {
            // InternalItup.g:2049:4: (lv_name_1_0= ruleCode )
            // InternalItup.g:2050:5: lv_name_1_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getSectorAccess().getNameCodeParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_34);
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

            // InternalItup.g:2067:3: ( (lv_title_2_0= RULE_STRING ) )?
            int alt37=2;
            int LA37_0 = input.LA(1);

            if ( (LA37_0==RULE_STRING) ) {
                alt37=1;
            }
            switch (alt37) {
                case 1 :
                    // InternalItup.g:2068:4: (lv_title_2_0= RULE_STRING )
                    {
                    // InternalItup.g:2068:4: (lv_title_2_0= RULE_STRING )
                    // InternalItup.g:2069:5: lv_title_2_0= RULE_STRING
                    {
                    lv_title_2_0=(Token)match(input,RULE_STRING,FOLLOW_17); 

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

            otherlv_3=(Token)match(input,21,FOLLOW_47); 

            			newLeafNode(otherlv_3, grammarAccess.getSectorAccess().getLeftCurlyBracketKeyword_3());
            		
            // InternalItup.g:2089:3: (otherlv_4= 'bureau' ( (lv_bureau_5_0= ruleBureau ) ) )?
            int alt38=2;
            int LA38_0 = input.LA(1);

            if ( (LA38_0==49) ) {
                alt38=1;
            }
            switch (alt38) {
                case 1 :
                    // InternalItup.g:2090:4: otherlv_4= 'bureau' ( (lv_bureau_5_0= ruleBureau ) )
                    {
                    otherlv_4=(Token)match(input,49,FOLLOW_14); 

                    				newLeafNode(otherlv_4, grammarAccess.getSectorAccess().getBureauKeyword_4_0());
                    			
                    // InternalItup.g:2094:4: ( (lv_bureau_5_0= ruleBureau ) )
                    // InternalItup.g:2095:5: (lv_bureau_5_0= ruleBureau )
                    {
                    // InternalItup.g:2095:5: (lv_bureau_5_0= ruleBureau )
                    // InternalItup.g:2096:6: lv_bureau_5_0= ruleBureau
                    {

                    						newCompositeNode(grammarAccess.getSectorAccess().getBureauBureauParserRuleCall_4_1_0());
                    					
                    pushFollow(FOLLOW_48);
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

            // InternalItup.g:2114:3: ( ( (lv_objectives_6_0= ruleObjective ) ) | ( (lv_enablers_7_0= ruleEnabler ) ) )*
            loop39:
            do {
                int alt39=3;
                int LA39_0 = input.LA(1);

                if ( (LA39_0==32) ) {
                    alt39=1;
                }
                else if ( (LA39_0==57) ) {
                    alt39=2;
                }


                switch (alt39) {
            	case 1 :
            	    // InternalItup.g:2115:4: ( (lv_objectives_6_0= ruleObjective ) )
            	    {
            	    // InternalItup.g:2115:4: ( (lv_objectives_6_0= ruleObjective ) )
            	    // InternalItup.g:2116:5: (lv_objectives_6_0= ruleObjective )
            	    {
            	    // InternalItup.g:2116:5: (lv_objectives_6_0= ruleObjective )
            	    // InternalItup.g:2117:6: lv_objectives_6_0= ruleObjective
            	    {

            	    						newCompositeNode(grammarAccess.getSectorAccess().getObjectivesObjectiveParserRuleCall_5_0_0());
            	    					
            	    pushFollow(FOLLOW_48);
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
            	    // InternalItup.g:2135:4: ( (lv_enablers_7_0= ruleEnabler ) )
            	    {
            	    // InternalItup.g:2135:4: ( (lv_enablers_7_0= ruleEnabler ) )
            	    // InternalItup.g:2136:5: (lv_enablers_7_0= ruleEnabler )
            	    {
            	    // InternalItup.g:2136:5: (lv_enablers_7_0= ruleEnabler )
            	    // InternalItup.g:2137:6: lv_enablers_7_0= ruleEnabler
            	    {

            	    						newCompositeNode(grammarAccess.getSectorAccess().getEnablersEnablerParserRuleCall_5_1_0());
            	    					
            	    pushFollow(FOLLOW_48);
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

            	default :
            	    break loop39;
                }
            } while (true);

            otherlv_8=(Token)match(input,22,FOLLOW_2); 

            			newLeafNode(otherlv_8, grammarAccess.getSectorAccess().getRightCurlyBracketKeyword_6());
            		

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
    // InternalItup.g:2163:1: entryRuleBureau returns [EObject current=null] : iv_ruleBureau= ruleBureau EOF ;
    public final EObject entryRuleBureau() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleBureau = null;


        try {
            // InternalItup.g:2163:47: (iv_ruleBureau= ruleBureau EOF )
            // InternalItup.g:2164:2: iv_ruleBureau= ruleBureau EOF
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
    // InternalItup.g:2170:1: ruleBureau returns [EObject current=null] : ( ( (lv_name_0_0= ruleCode ) ) ( (lv_title_1_0= RULE_STRING ) )? ) ;
    public final EObject ruleBureau() throws RecognitionException {
        EObject current = null;

        Token lv_title_1_0=null;
        AntlrDatatypeRuleToken lv_name_0_0 = null;



        	enterRule();

        try {
            // InternalItup.g:2176:2: ( ( ( (lv_name_0_0= ruleCode ) ) ( (lv_title_1_0= RULE_STRING ) )? ) )
            // InternalItup.g:2177:2: ( ( (lv_name_0_0= ruleCode ) ) ( (lv_title_1_0= RULE_STRING ) )? )
            {
            // InternalItup.g:2177:2: ( ( (lv_name_0_0= ruleCode ) ) ( (lv_title_1_0= RULE_STRING ) )? )
            // InternalItup.g:2178:3: ( (lv_name_0_0= ruleCode ) ) ( (lv_title_1_0= RULE_STRING ) )?
            {
            // InternalItup.g:2178:3: ( (lv_name_0_0= ruleCode ) )
            // InternalItup.g:2179:4: (lv_name_0_0= ruleCode )
            {
            // InternalItup.g:2179:4: (lv_name_0_0= ruleCode )
            // InternalItup.g:2180:5: lv_name_0_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getBureauAccess().getNameCodeParserRuleCall_0_0());
            				
            pushFollow(FOLLOW_33);
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

            // InternalItup.g:2197:3: ( (lv_title_1_0= RULE_STRING ) )?
            int alt40=2;
            int LA40_0 = input.LA(1);

            if ( (LA40_0==RULE_STRING) ) {
                alt40=1;
            }
            switch (alt40) {
                case 1 :
                    // InternalItup.g:2198:4: (lv_title_1_0= RULE_STRING )
                    {
                    // InternalItup.g:2198:4: (lv_title_1_0= RULE_STRING )
                    // InternalItup.g:2199:5: lv_title_1_0= RULE_STRING
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
    // InternalItup.g:2219:1: entryRuleObjective returns [EObject current=null] : iv_ruleObjective= ruleObjective EOF ;
    public final EObject entryRuleObjective() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleObjective = null;


        try {
            // InternalItup.g:2219:50: (iv_ruleObjective= ruleObjective EOF )
            // InternalItup.g:2220:2: iv_ruleObjective= ruleObjective EOF
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
    // InternalItup.g:2226:1: ruleObjective returns [EObject current=null] : (otherlv_0= 'objective' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )? ( (otherlv_6= 'primary' (otherlv_7= 'goal' | otherlv_8= 'goals' ) ( ( ruleCode ) ) (otherlv_10= ',' ( ( ruleCode ) ) )* ) | (otherlv_12= 'secondary' (otherlv_13= 'goal' | otherlv_14= 'goals' ) ( ( ruleCode ) ) (otherlv_16= ',' ( ( ruleCode ) ) )* ) | (otherlv_18= 'wsis' ( (lv_wsisActionLines_19_0= ruleCode ) ) (otherlv_20= ',' ( (lv_wsisActionLines_21_0= ruleCode ) ) )* ) | ( (lv_outcomes_22_0= ruleOutcome ) ) | ( (lv_outputs_23_0= ruleOutput ) ) )* otherlv_24= '}' ) ;
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
        Token otherlv_24=null;
        AntlrDatatypeRuleToken lv_name_1_0 = null;

        AntlrDatatypeRuleToken lv_wsisActionLines_19_0 = null;

        AntlrDatatypeRuleToken lv_wsisActionLines_21_0 = null;

        EObject lv_outcomes_22_0 = null;

        EObject lv_outputs_23_0 = null;



        	enterRule();

        try {
            // InternalItup.g:2232:2: ( (otherlv_0= 'objective' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )? ( (otherlv_6= 'primary' (otherlv_7= 'goal' | otherlv_8= 'goals' ) ( ( ruleCode ) ) (otherlv_10= ',' ( ( ruleCode ) ) )* ) | (otherlv_12= 'secondary' (otherlv_13= 'goal' | otherlv_14= 'goals' ) ( ( ruleCode ) ) (otherlv_16= ',' ( ( ruleCode ) ) )* ) | (otherlv_18= 'wsis' ( (lv_wsisActionLines_19_0= ruleCode ) ) (otherlv_20= ',' ( (lv_wsisActionLines_21_0= ruleCode ) ) )* ) | ( (lv_outcomes_22_0= ruleOutcome ) ) | ( (lv_outputs_23_0= ruleOutput ) ) )* otherlv_24= '}' ) )
            // InternalItup.g:2233:2: (otherlv_0= 'objective' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )? ( (otherlv_6= 'primary' (otherlv_7= 'goal' | otherlv_8= 'goals' ) ( ( ruleCode ) ) (otherlv_10= ',' ( ( ruleCode ) ) )* ) | (otherlv_12= 'secondary' (otherlv_13= 'goal' | otherlv_14= 'goals' ) ( ( ruleCode ) ) (otherlv_16= ',' ( ( ruleCode ) ) )* ) | (otherlv_18= 'wsis' ( (lv_wsisActionLines_19_0= ruleCode ) ) (otherlv_20= ',' ( (lv_wsisActionLines_21_0= ruleCode ) ) )* ) | ( (lv_outcomes_22_0= ruleOutcome ) ) | ( (lv_outputs_23_0= ruleOutput ) ) )* otherlv_24= '}' )
            {
            // InternalItup.g:2233:2: (otherlv_0= 'objective' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )? ( (otherlv_6= 'primary' (otherlv_7= 'goal' | otherlv_8= 'goals' ) ( ( ruleCode ) ) (otherlv_10= ',' ( ( ruleCode ) ) )* ) | (otherlv_12= 'secondary' (otherlv_13= 'goal' | otherlv_14= 'goals' ) ( ( ruleCode ) ) (otherlv_16= ',' ( ( ruleCode ) ) )* ) | (otherlv_18= 'wsis' ( (lv_wsisActionLines_19_0= ruleCode ) ) (otherlv_20= ',' ( (lv_wsisActionLines_21_0= ruleCode ) ) )* ) | ( (lv_outcomes_22_0= ruleOutcome ) ) | ( (lv_outputs_23_0= ruleOutput ) ) )* otherlv_24= '}' )
            // InternalItup.g:2234:3: otherlv_0= 'objective' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )? ( (otherlv_6= 'primary' (otherlv_7= 'goal' | otherlv_8= 'goals' ) ( ( ruleCode ) ) (otherlv_10= ',' ( ( ruleCode ) ) )* ) | (otherlv_12= 'secondary' (otherlv_13= 'goal' | otherlv_14= 'goals' ) ( ( ruleCode ) ) (otherlv_16= ',' ( ( ruleCode ) ) )* ) | (otherlv_18= 'wsis' ( (lv_wsisActionLines_19_0= ruleCode ) ) (otherlv_20= ',' ( (lv_wsisActionLines_21_0= ruleCode ) ) )* ) | ( (lv_outcomes_22_0= ruleOutcome ) ) | ( (lv_outputs_23_0= ruleOutput ) ) )* otherlv_24= '}'
            {
            otherlv_0=(Token)match(input,32,FOLLOW_14); 

            			newLeafNode(otherlv_0, grammarAccess.getObjectiveAccess().getObjectiveKeyword_0());
            		
            // InternalItup.g:2238:3: ( (lv_name_1_0= ruleCode ) )
            // InternalItup.g:2239:4: (lv_name_1_0= ruleCode )
            {
            // InternalItup.g:2239:4: (lv_name_1_0= ruleCode )
            // InternalItup.g:2240:5: lv_name_1_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getObjectiveAccess().getNameCodeParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_34);
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

            // InternalItup.g:2257:3: ( (lv_title_2_0= RULE_STRING ) )?
            int alt41=2;
            int LA41_0 = input.LA(1);

            if ( (LA41_0==RULE_STRING) ) {
                alt41=1;
            }
            switch (alt41) {
                case 1 :
                    // InternalItup.g:2258:4: (lv_title_2_0= RULE_STRING )
                    {
                    // InternalItup.g:2258:4: (lv_title_2_0= RULE_STRING )
                    // InternalItup.g:2259:5: lv_title_2_0= RULE_STRING
                    {
                    lv_title_2_0=(Token)match(input,RULE_STRING,FOLLOW_17); 

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

            otherlv_3=(Token)match(input,21,FOLLOW_49); 

            			newLeafNode(otherlv_3, grammarAccess.getObjectiveAccess().getLeftCurlyBracketKeyword_3());
            		
            // InternalItup.g:2279:3: (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )?
            int alt42=2;
            int LA42_0 = input.LA(1);

            if ( (LA42_0==41) ) {
                alt42=1;
            }
            switch (alt42) {
                case 1 :
                    // InternalItup.g:2280:4: otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) )
                    {
                    otherlv_4=(Token)match(input,41,FOLLOW_10); 

                    				newLeafNode(otherlv_4, grammarAccess.getObjectiveAccess().getStatementKeyword_4_0());
                    			
                    // InternalItup.g:2284:4: ( (lv_statement_5_0= RULE_STRING ) )
                    // InternalItup.g:2285:5: (lv_statement_5_0= RULE_STRING )
                    {
                    // InternalItup.g:2285:5: (lv_statement_5_0= RULE_STRING )
                    // InternalItup.g:2286:6: lv_statement_5_0= RULE_STRING
                    {
                    lv_statement_5_0=(Token)match(input,RULE_STRING,FOLLOW_50); 

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

            // InternalItup.g:2303:3: ( (otherlv_6= 'primary' (otherlv_7= 'goal' | otherlv_8= 'goals' ) ( ( ruleCode ) ) (otherlv_10= ',' ( ( ruleCode ) ) )* ) | (otherlv_12= 'secondary' (otherlv_13= 'goal' | otherlv_14= 'goals' ) ( ( ruleCode ) ) (otherlv_16= ',' ( ( ruleCode ) ) )* ) | (otherlv_18= 'wsis' ( (lv_wsisActionLines_19_0= ruleCode ) ) (otherlv_20= ',' ( (lv_wsisActionLines_21_0= ruleCode ) ) )* ) | ( (lv_outcomes_22_0= ruleOutcome ) ) | ( (lv_outputs_23_0= ruleOutput ) ) )*
            loop48:
            do {
                int alt48=6;
                switch ( input.LA(1) ) {
                case 50:
                    {
                    alt48=1;
                    }
                    break;
                case 52:
                    {
                    alt48=2;
                    }
                    break;
                case 23:
                    {
                    alt48=3;
                    }
                    break;
                case 53:
                    {
                    alt48=4;
                    }
                    break;
                case 33:
                    {
                    alt48=5;
                    }
                    break;

                }

                switch (alt48) {
            	case 1 :
            	    // InternalItup.g:2304:4: (otherlv_6= 'primary' (otherlv_7= 'goal' | otherlv_8= 'goals' ) ( ( ruleCode ) ) (otherlv_10= ',' ( ( ruleCode ) ) )* )
            	    {
            	    // InternalItup.g:2304:4: (otherlv_6= 'primary' (otherlv_7= 'goal' | otherlv_8= 'goals' ) ( ( ruleCode ) ) (otherlv_10= ',' ( ( ruleCode ) ) )* )
            	    // InternalItup.g:2305:5: otherlv_6= 'primary' (otherlv_7= 'goal' | otherlv_8= 'goals' ) ( ( ruleCode ) ) (otherlv_10= ',' ( ( ruleCode ) ) )*
            	    {
            	    otherlv_6=(Token)match(input,50,FOLLOW_51); 

            	    					newLeafNode(otherlv_6, grammarAccess.getObjectiveAccess().getPrimaryKeyword_5_0_0());
            	    				
            	    // InternalItup.g:2309:5: (otherlv_7= 'goal' | otherlv_8= 'goals' )
            	    int alt43=2;
            	    int LA43_0 = input.LA(1);

            	    if ( (LA43_0==40) ) {
            	        alt43=1;
            	    }
            	    else if ( (LA43_0==51) ) {
            	        alt43=2;
            	    }
            	    else {
            	        NoViableAltException nvae =
            	            new NoViableAltException("", 43, 0, input);

            	        throw nvae;
            	    }
            	    switch (alt43) {
            	        case 1 :
            	            // InternalItup.g:2310:6: otherlv_7= 'goal'
            	            {
            	            otherlv_7=(Token)match(input,40,FOLLOW_14); 

            	            						newLeafNode(otherlv_7, grammarAccess.getObjectiveAccess().getGoalKeyword_5_0_1_0());
            	            					

            	            }
            	            break;
            	        case 2 :
            	            // InternalItup.g:2315:6: otherlv_8= 'goals'
            	            {
            	            otherlv_8=(Token)match(input,51,FOLLOW_14); 

            	            						newLeafNode(otherlv_8, grammarAccess.getObjectiveAccess().getGoalsKeyword_5_0_1_1());
            	            					

            	            }
            	            break;

            	    }

            	    // InternalItup.g:2320:5: ( ( ruleCode ) )
            	    // InternalItup.g:2321:6: ( ruleCode )
            	    {
            	    // InternalItup.g:2321:6: ( ruleCode )
            	    // InternalItup.g:2322:7: ruleCode
            	    {

            	    							if (current==null) {
            	    								current = createModelElement(grammarAccess.getObjectiveRule());
            	    							}
            	    						

            	    							newCompositeNode(grammarAccess.getObjectiveAccess().getPrimaryGoalsGoalCrossReference_5_0_2_0());
            	    						
            	    pushFollow(FOLLOW_52);
            	    ruleCode();

            	    state._fsp--;


            	    							afterParserOrEnumRuleCall();
            	    						

            	    }


            	    }

            	    // InternalItup.g:2336:5: (otherlv_10= ',' ( ( ruleCode ) ) )*
            	    loop44:
            	    do {
            	        int alt44=2;
            	        int LA44_0 = input.LA(1);

            	        if ( (LA44_0==19) ) {
            	            alt44=1;
            	        }


            	        switch (alt44) {
            	    	case 1 :
            	    	    // InternalItup.g:2337:6: otherlv_10= ',' ( ( ruleCode ) )
            	    	    {
            	    	    otherlv_10=(Token)match(input,19,FOLLOW_14); 

            	    	    						newLeafNode(otherlv_10, grammarAccess.getObjectiveAccess().getCommaKeyword_5_0_3_0());
            	    	    					
            	    	    // InternalItup.g:2341:6: ( ( ruleCode ) )
            	    	    // InternalItup.g:2342:7: ( ruleCode )
            	    	    {
            	    	    // InternalItup.g:2342:7: ( ruleCode )
            	    	    // InternalItup.g:2343:8: ruleCode
            	    	    {

            	    	    								if (current==null) {
            	    	    									current = createModelElement(grammarAccess.getObjectiveRule());
            	    	    								}
            	    	    							

            	    	    								newCompositeNode(grammarAccess.getObjectiveAccess().getPrimaryGoalsGoalCrossReference_5_0_3_1_0());
            	    	    							
            	    	    pushFollow(FOLLOW_52);
            	    	    ruleCode();

            	    	    state._fsp--;


            	    	    								afterParserOrEnumRuleCall();
            	    	    							

            	    	    }


            	    	    }


            	    	    }
            	    	    break;

            	    	default :
            	    	    break loop44;
            	        }
            	    } while (true);


            	    }


            	    }
            	    break;
            	case 2 :
            	    // InternalItup.g:2360:4: (otherlv_12= 'secondary' (otherlv_13= 'goal' | otherlv_14= 'goals' ) ( ( ruleCode ) ) (otherlv_16= ',' ( ( ruleCode ) ) )* )
            	    {
            	    // InternalItup.g:2360:4: (otherlv_12= 'secondary' (otherlv_13= 'goal' | otherlv_14= 'goals' ) ( ( ruleCode ) ) (otherlv_16= ',' ( ( ruleCode ) ) )* )
            	    // InternalItup.g:2361:5: otherlv_12= 'secondary' (otherlv_13= 'goal' | otherlv_14= 'goals' ) ( ( ruleCode ) ) (otherlv_16= ',' ( ( ruleCode ) ) )*
            	    {
            	    otherlv_12=(Token)match(input,52,FOLLOW_51); 

            	    					newLeafNode(otherlv_12, grammarAccess.getObjectiveAccess().getSecondaryKeyword_5_1_0());
            	    				
            	    // InternalItup.g:2365:5: (otherlv_13= 'goal' | otherlv_14= 'goals' )
            	    int alt45=2;
            	    int LA45_0 = input.LA(1);

            	    if ( (LA45_0==40) ) {
            	        alt45=1;
            	    }
            	    else if ( (LA45_0==51) ) {
            	        alt45=2;
            	    }
            	    else {
            	        NoViableAltException nvae =
            	            new NoViableAltException("", 45, 0, input);

            	        throw nvae;
            	    }
            	    switch (alt45) {
            	        case 1 :
            	            // InternalItup.g:2366:6: otherlv_13= 'goal'
            	            {
            	            otherlv_13=(Token)match(input,40,FOLLOW_14); 

            	            						newLeafNode(otherlv_13, grammarAccess.getObjectiveAccess().getGoalKeyword_5_1_1_0());
            	            					

            	            }
            	            break;
            	        case 2 :
            	            // InternalItup.g:2371:6: otherlv_14= 'goals'
            	            {
            	            otherlv_14=(Token)match(input,51,FOLLOW_14); 

            	            						newLeafNode(otherlv_14, grammarAccess.getObjectiveAccess().getGoalsKeyword_5_1_1_1());
            	            					

            	            }
            	            break;

            	    }

            	    // InternalItup.g:2376:5: ( ( ruleCode ) )
            	    // InternalItup.g:2377:6: ( ruleCode )
            	    {
            	    // InternalItup.g:2377:6: ( ruleCode )
            	    // InternalItup.g:2378:7: ruleCode
            	    {

            	    							if (current==null) {
            	    								current = createModelElement(grammarAccess.getObjectiveRule());
            	    							}
            	    						

            	    							newCompositeNode(grammarAccess.getObjectiveAccess().getSecondaryGoalsGoalCrossReference_5_1_2_0());
            	    						
            	    pushFollow(FOLLOW_52);
            	    ruleCode();

            	    state._fsp--;


            	    							afterParserOrEnumRuleCall();
            	    						

            	    }


            	    }

            	    // InternalItup.g:2392:5: (otherlv_16= ',' ( ( ruleCode ) ) )*
            	    loop46:
            	    do {
            	        int alt46=2;
            	        int LA46_0 = input.LA(1);

            	        if ( (LA46_0==19) ) {
            	            alt46=1;
            	        }


            	        switch (alt46) {
            	    	case 1 :
            	    	    // InternalItup.g:2393:6: otherlv_16= ',' ( ( ruleCode ) )
            	    	    {
            	    	    otherlv_16=(Token)match(input,19,FOLLOW_14); 

            	    	    						newLeafNode(otherlv_16, grammarAccess.getObjectiveAccess().getCommaKeyword_5_1_3_0());
            	    	    					
            	    	    // InternalItup.g:2397:6: ( ( ruleCode ) )
            	    	    // InternalItup.g:2398:7: ( ruleCode )
            	    	    {
            	    	    // InternalItup.g:2398:7: ( ruleCode )
            	    	    // InternalItup.g:2399:8: ruleCode
            	    	    {

            	    	    								if (current==null) {
            	    	    									current = createModelElement(grammarAccess.getObjectiveRule());
            	    	    								}
            	    	    							

            	    	    								newCompositeNode(grammarAccess.getObjectiveAccess().getSecondaryGoalsGoalCrossReference_5_1_3_1_0());
            	    	    							
            	    	    pushFollow(FOLLOW_52);
            	    	    ruleCode();

            	    	    state._fsp--;


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
            	case 3 :
            	    // InternalItup.g:2416:4: (otherlv_18= 'wsis' ( (lv_wsisActionLines_19_0= ruleCode ) ) (otherlv_20= ',' ( (lv_wsisActionLines_21_0= ruleCode ) ) )* )
            	    {
            	    // InternalItup.g:2416:4: (otherlv_18= 'wsis' ( (lv_wsisActionLines_19_0= ruleCode ) ) (otherlv_20= ',' ( (lv_wsisActionLines_21_0= ruleCode ) ) )* )
            	    // InternalItup.g:2417:5: otherlv_18= 'wsis' ( (lv_wsisActionLines_19_0= ruleCode ) ) (otherlv_20= ',' ( (lv_wsisActionLines_21_0= ruleCode ) ) )*
            	    {
            	    otherlv_18=(Token)match(input,23,FOLLOW_14); 

            	    					newLeafNode(otherlv_18, grammarAccess.getObjectiveAccess().getWsisKeyword_5_2_0());
            	    				
            	    // InternalItup.g:2421:5: ( (lv_wsisActionLines_19_0= ruleCode ) )
            	    // InternalItup.g:2422:6: (lv_wsisActionLines_19_0= ruleCode )
            	    {
            	    // InternalItup.g:2422:6: (lv_wsisActionLines_19_0= ruleCode )
            	    // InternalItup.g:2423:7: lv_wsisActionLines_19_0= ruleCode
            	    {

            	    							newCompositeNode(grammarAccess.getObjectiveAccess().getWsisActionLinesCodeParserRuleCall_5_2_1_0());
            	    						
            	    pushFollow(FOLLOW_52);
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

            	    // InternalItup.g:2440:5: (otherlv_20= ',' ( (lv_wsisActionLines_21_0= ruleCode ) ) )*
            	    loop47:
            	    do {
            	        int alt47=2;
            	        int LA47_0 = input.LA(1);

            	        if ( (LA47_0==19) ) {
            	            alt47=1;
            	        }


            	        switch (alt47) {
            	    	case 1 :
            	    	    // InternalItup.g:2441:6: otherlv_20= ',' ( (lv_wsisActionLines_21_0= ruleCode ) )
            	    	    {
            	    	    otherlv_20=(Token)match(input,19,FOLLOW_14); 

            	    	    						newLeafNode(otherlv_20, grammarAccess.getObjectiveAccess().getCommaKeyword_5_2_2_0());
            	    	    					
            	    	    // InternalItup.g:2445:6: ( (lv_wsisActionLines_21_0= ruleCode ) )
            	    	    // InternalItup.g:2446:7: (lv_wsisActionLines_21_0= ruleCode )
            	    	    {
            	    	    // InternalItup.g:2446:7: (lv_wsisActionLines_21_0= ruleCode )
            	    	    // InternalItup.g:2447:8: lv_wsisActionLines_21_0= ruleCode
            	    	    {

            	    	    								newCompositeNode(grammarAccess.getObjectiveAccess().getWsisActionLinesCodeParserRuleCall_5_2_2_1_0());
            	    	    							
            	    	    pushFollow(FOLLOW_52);
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
            	    	    break loop47;
            	        }
            	    } while (true);


            	    }


            	    }
            	    break;
            	case 4 :
            	    // InternalItup.g:2467:4: ( (lv_outcomes_22_0= ruleOutcome ) )
            	    {
            	    // InternalItup.g:2467:4: ( (lv_outcomes_22_0= ruleOutcome ) )
            	    // InternalItup.g:2468:5: (lv_outcomes_22_0= ruleOutcome )
            	    {
            	    // InternalItup.g:2468:5: (lv_outcomes_22_0= ruleOutcome )
            	    // InternalItup.g:2469:6: lv_outcomes_22_0= ruleOutcome
            	    {

            	    						newCompositeNode(grammarAccess.getObjectiveAccess().getOutcomesOutcomeParserRuleCall_5_3_0());
            	    					
            	    pushFollow(FOLLOW_50);
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
            	    // InternalItup.g:2487:4: ( (lv_outputs_23_0= ruleOutput ) )
            	    {
            	    // InternalItup.g:2487:4: ( (lv_outputs_23_0= ruleOutput ) )
            	    // InternalItup.g:2488:5: (lv_outputs_23_0= ruleOutput )
            	    {
            	    // InternalItup.g:2488:5: (lv_outputs_23_0= ruleOutput )
            	    // InternalItup.g:2489:6: lv_outputs_23_0= ruleOutput
            	    {

            	    						newCompositeNode(grammarAccess.getObjectiveAccess().getOutputsOutputParserRuleCall_5_4_0());
            	    					
            	    pushFollow(FOLLOW_50);
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

            	default :
            	    break loop48;
                }
            } while (true);

            otherlv_24=(Token)match(input,22,FOLLOW_2); 

            			newLeafNode(otherlv_24, grammarAccess.getObjectiveAccess().getRightCurlyBracketKeyword_6());
            		

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
    // InternalItup.g:2515:1: entryRuleOutcome returns [EObject current=null] : iv_ruleOutcome= ruleOutcome EOF ;
    public final EObject entryRuleOutcome() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleOutcome = null;


        try {
            // InternalItup.g:2515:48: (iv_ruleOutcome= ruleOutcome EOF )
            // InternalItup.g:2516:2: iv_ruleOutcome= ruleOutcome EOF
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
    // InternalItup.g:2522:1: ruleOutcome returns [EObject current=null] : (otherlv_0= 'outcome' ( (lv_name_1_0= ruleCode ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( (lv_indicators_4_0= rulePerformanceIndicator ) )* otherlv_5= '}' )? ) ;
    public final EObject ruleOutcome() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_statement_2_0=null;
        Token otherlv_3=null;
        Token otherlv_5=null;
        AntlrDatatypeRuleToken lv_name_1_0 = null;

        EObject lv_indicators_4_0 = null;



        	enterRule();

        try {
            // InternalItup.g:2528:2: ( (otherlv_0= 'outcome' ( (lv_name_1_0= ruleCode ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( (lv_indicators_4_0= rulePerformanceIndicator ) )* otherlv_5= '}' )? ) )
            // InternalItup.g:2529:2: (otherlv_0= 'outcome' ( (lv_name_1_0= ruleCode ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( (lv_indicators_4_0= rulePerformanceIndicator ) )* otherlv_5= '}' )? )
            {
            // InternalItup.g:2529:2: (otherlv_0= 'outcome' ( (lv_name_1_0= ruleCode ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( (lv_indicators_4_0= rulePerformanceIndicator ) )* otherlv_5= '}' )? )
            // InternalItup.g:2530:3: otherlv_0= 'outcome' ( (lv_name_1_0= ruleCode ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( (lv_indicators_4_0= rulePerformanceIndicator ) )* otherlv_5= '}' )?
            {
            otherlv_0=(Token)match(input,53,FOLLOW_14); 

            			newLeafNode(otherlv_0, grammarAccess.getOutcomeAccess().getOutcomeKeyword_0());
            		
            // InternalItup.g:2534:3: ( (lv_name_1_0= ruleCode ) )
            // InternalItup.g:2535:4: (lv_name_1_0= ruleCode )
            {
            // InternalItup.g:2535:4: (lv_name_1_0= ruleCode )
            // InternalItup.g:2536:5: lv_name_1_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getOutcomeAccess().getNameCodeParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_39);
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

            // InternalItup.g:2553:3: ( (lv_statement_2_0= RULE_STRING ) )?
            int alt49=2;
            int LA49_0 = input.LA(1);

            if ( (LA49_0==RULE_STRING) ) {
                alt49=1;
            }
            switch (alt49) {
                case 1 :
                    // InternalItup.g:2554:4: (lv_statement_2_0= RULE_STRING )
                    {
                    // InternalItup.g:2554:4: (lv_statement_2_0= RULE_STRING )
                    // InternalItup.g:2555:5: lv_statement_2_0= RULE_STRING
                    {
                    lv_statement_2_0=(Token)match(input,RULE_STRING,FOLLOW_40); 

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

            // InternalItup.g:2571:3: (otherlv_3= '{' ( (lv_indicators_4_0= rulePerformanceIndicator ) )* otherlv_5= '}' )?
            int alt51=2;
            int LA51_0 = input.LA(1);

            if ( (LA51_0==21) ) {
                alt51=1;
            }
            switch (alt51) {
                case 1 :
                    // InternalItup.g:2572:4: otherlv_3= '{' ( (lv_indicators_4_0= rulePerformanceIndicator ) )* otherlv_5= '}'
                    {
                    otherlv_3=(Token)match(input,21,FOLLOW_43); 

                    				newLeafNode(otherlv_3, grammarAccess.getOutcomeAccess().getLeftCurlyBracketKeyword_3_0());
                    			
                    // InternalItup.g:2576:4: ( (lv_indicators_4_0= rulePerformanceIndicator ) )*
                    loop50:
                    do {
                        int alt50=2;
                        int LA50_0 = input.LA(1);

                        if ( (LA50_0==54) ) {
                            alt50=1;
                        }


                        switch (alt50) {
                    	case 1 :
                    	    // InternalItup.g:2577:5: (lv_indicators_4_0= rulePerformanceIndicator )
                    	    {
                    	    // InternalItup.g:2577:5: (lv_indicators_4_0= rulePerformanceIndicator )
                    	    // InternalItup.g:2578:6: lv_indicators_4_0= rulePerformanceIndicator
                    	    {

                    	    						newCompositeNode(grammarAccess.getOutcomeAccess().getIndicatorsPerformanceIndicatorParserRuleCall_3_1_0());
                    	    					
                    	    pushFollow(FOLLOW_43);
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
                    	    break;

                    	default :
                    	    break loop50;
                        }
                    } while (true);

                    otherlv_5=(Token)match(input,22,FOLLOW_2); 

                    				newLeafNode(otherlv_5, grammarAccess.getOutcomeAccess().getRightCurlyBracketKeyword_3_2());
                    			

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
    // InternalItup.g:2604:1: entryRuleOutput returns [EObject current=null] : iv_ruleOutput= ruleOutput EOF ;
    public final EObject entryRuleOutput() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleOutput = null;


        try {
            // InternalItup.g:2604:47: (iv_ruleOutput= ruleOutput EOF )
            // InternalItup.g:2605:2: iv_ruleOutput= ruleOutput EOF
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
    // InternalItup.g:2611:1: ruleOutput returns [EObject current=null] : (otherlv_0= 'output' ( (lv_name_1_0= ruleCode ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( (lv_indicators_4_0= rulePerformanceIndicator ) )* otherlv_5= '}' )? ) ;
    public final EObject ruleOutput() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_statement_2_0=null;
        Token otherlv_3=null;
        Token otherlv_5=null;
        AntlrDatatypeRuleToken lv_name_1_0 = null;

        EObject lv_indicators_4_0 = null;



        	enterRule();

        try {
            // InternalItup.g:2617:2: ( (otherlv_0= 'output' ( (lv_name_1_0= ruleCode ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( (lv_indicators_4_0= rulePerformanceIndicator ) )* otherlv_5= '}' )? ) )
            // InternalItup.g:2618:2: (otherlv_0= 'output' ( (lv_name_1_0= ruleCode ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( (lv_indicators_4_0= rulePerformanceIndicator ) )* otherlv_5= '}' )? )
            {
            // InternalItup.g:2618:2: (otherlv_0= 'output' ( (lv_name_1_0= ruleCode ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( (lv_indicators_4_0= rulePerformanceIndicator ) )* otherlv_5= '}' )? )
            // InternalItup.g:2619:3: otherlv_0= 'output' ( (lv_name_1_0= ruleCode ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( (lv_indicators_4_0= rulePerformanceIndicator ) )* otherlv_5= '}' )?
            {
            otherlv_0=(Token)match(input,33,FOLLOW_14); 

            			newLeafNode(otherlv_0, grammarAccess.getOutputAccess().getOutputKeyword_0());
            		
            // InternalItup.g:2623:3: ( (lv_name_1_0= ruleCode ) )
            // InternalItup.g:2624:4: (lv_name_1_0= ruleCode )
            {
            // InternalItup.g:2624:4: (lv_name_1_0= ruleCode )
            // InternalItup.g:2625:5: lv_name_1_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getOutputAccess().getNameCodeParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_39);
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

            // InternalItup.g:2642:3: ( (lv_statement_2_0= RULE_STRING ) )?
            int alt52=2;
            int LA52_0 = input.LA(1);

            if ( (LA52_0==RULE_STRING) ) {
                alt52=1;
            }
            switch (alt52) {
                case 1 :
                    // InternalItup.g:2643:4: (lv_statement_2_0= RULE_STRING )
                    {
                    // InternalItup.g:2643:4: (lv_statement_2_0= RULE_STRING )
                    // InternalItup.g:2644:5: lv_statement_2_0= RULE_STRING
                    {
                    lv_statement_2_0=(Token)match(input,RULE_STRING,FOLLOW_40); 

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

            // InternalItup.g:2660:3: (otherlv_3= '{' ( (lv_indicators_4_0= rulePerformanceIndicator ) )* otherlv_5= '}' )?
            int alt54=2;
            int LA54_0 = input.LA(1);

            if ( (LA54_0==21) ) {
                alt54=1;
            }
            switch (alt54) {
                case 1 :
                    // InternalItup.g:2661:4: otherlv_3= '{' ( (lv_indicators_4_0= rulePerformanceIndicator ) )* otherlv_5= '}'
                    {
                    otherlv_3=(Token)match(input,21,FOLLOW_43); 

                    				newLeafNode(otherlv_3, grammarAccess.getOutputAccess().getLeftCurlyBracketKeyword_3_0());
                    			
                    // InternalItup.g:2665:4: ( (lv_indicators_4_0= rulePerformanceIndicator ) )*
                    loop53:
                    do {
                        int alt53=2;
                        int LA53_0 = input.LA(1);

                        if ( (LA53_0==54) ) {
                            alt53=1;
                        }


                        switch (alt53) {
                    	case 1 :
                    	    // InternalItup.g:2666:5: (lv_indicators_4_0= rulePerformanceIndicator )
                    	    {
                    	    // InternalItup.g:2666:5: (lv_indicators_4_0= rulePerformanceIndicator )
                    	    // InternalItup.g:2667:6: lv_indicators_4_0= rulePerformanceIndicator
                    	    {

                    	    						newCompositeNode(grammarAccess.getOutputAccess().getIndicatorsPerformanceIndicatorParserRuleCall_3_1_0());
                    	    					
                    	    pushFollow(FOLLOW_43);
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
                    	    break;

                    	default :
                    	    break loop53;
                        }
                    } while (true);

                    otherlv_5=(Token)match(input,22,FOLLOW_2); 

                    				newLeafNode(otherlv_5, grammarAccess.getOutputAccess().getRightCurlyBracketKeyword_3_2());
                    			

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
    // InternalItup.g:2693:1: entryRulePerformanceIndicator returns [EObject current=null] : iv_rulePerformanceIndicator= rulePerformanceIndicator EOF ;
    public final EObject entryRulePerformanceIndicator() throws RecognitionException {
        EObject current = null;

        EObject iv_rulePerformanceIndicator = null;


        try {
            // InternalItup.g:2693:61: (iv_rulePerformanceIndicator= rulePerformanceIndicator EOF )
            // InternalItup.g:2694:2: iv_rulePerformanceIndicator= rulePerformanceIndicator EOF
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
    // InternalItup.g:2700:1: rulePerformanceIndicator returns [EObject current=null] : (otherlv_0= 'indicator' ( (lv_name_1_0= RULE_STRING ) ) (otherlv_2= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'unit' ( (lv_unit_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_6_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'target' ( (lv_targetValue_8_0= ruleDecimal ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'direction' ( (lv_direction_10_0= ruleIndicatorDirection ) ) ) ) ) ) )* ) ) ) otherlv_11= '}' )? ) ;
    public final EObject rulePerformanceIndicator() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_name_1_0=null;
        Token otherlv_2=null;
        Token otherlv_4=null;
        Token lv_unit_5_0=null;
        Token otherlv_7=null;
        Token otherlv_9=null;
        Token otherlv_11=null;
        EObject lv_baseline_6_0 = null;

        AntlrDatatypeRuleToken lv_targetValue_8_0 = null;

        Enumerator lv_direction_10_0 = null;



        	enterRule();

        try {
            // InternalItup.g:2706:2: ( (otherlv_0= 'indicator' ( (lv_name_1_0= RULE_STRING ) ) (otherlv_2= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'unit' ( (lv_unit_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_6_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'target' ( (lv_targetValue_8_0= ruleDecimal ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'direction' ( (lv_direction_10_0= ruleIndicatorDirection ) ) ) ) ) ) )* ) ) ) otherlv_11= '}' )? ) )
            // InternalItup.g:2707:2: (otherlv_0= 'indicator' ( (lv_name_1_0= RULE_STRING ) ) (otherlv_2= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'unit' ( (lv_unit_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_6_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'target' ( (lv_targetValue_8_0= ruleDecimal ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'direction' ( (lv_direction_10_0= ruleIndicatorDirection ) ) ) ) ) ) )* ) ) ) otherlv_11= '}' )? )
            {
            // InternalItup.g:2707:2: (otherlv_0= 'indicator' ( (lv_name_1_0= RULE_STRING ) ) (otherlv_2= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'unit' ( (lv_unit_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_6_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'target' ( (lv_targetValue_8_0= ruleDecimal ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'direction' ( (lv_direction_10_0= ruleIndicatorDirection ) ) ) ) ) ) )* ) ) ) otherlv_11= '}' )? )
            // InternalItup.g:2708:3: otherlv_0= 'indicator' ( (lv_name_1_0= RULE_STRING ) ) (otherlv_2= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'unit' ( (lv_unit_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_6_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'target' ( (lv_targetValue_8_0= ruleDecimal ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'direction' ( (lv_direction_10_0= ruleIndicatorDirection ) ) ) ) ) ) )* ) ) ) otherlv_11= '}' )?
            {
            otherlv_0=(Token)match(input,54,FOLLOW_10); 

            			newLeafNode(otherlv_0, grammarAccess.getPerformanceIndicatorAccess().getIndicatorKeyword_0());
            		
            // InternalItup.g:2712:3: ( (lv_name_1_0= RULE_STRING ) )
            // InternalItup.g:2713:4: (lv_name_1_0= RULE_STRING )
            {
            // InternalItup.g:2713:4: (lv_name_1_0= RULE_STRING )
            // InternalItup.g:2714:5: lv_name_1_0= RULE_STRING
            {
            lv_name_1_0=(Token)match(input,RULE_STRING,FOLLOW_40); 

            					newLeafNode(lv_name_1_0, grammarAccess.getPerformanceIndicatorAccess().getNameSTRINGTerminalRuleCall_1_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getPerformanceIndicatorRule());
            					}
            					setWithLastConsumed(
            						current,
            						"name",
            						lv_name_1_0,
            						"org.eclipse.xtext.common.Terminals.STRING");
            				

            }


            }

            // InternalItup.g:2730:3: (otherlv_2= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'unit' ( (lv_unit_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_6_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'target' ( (lv_targetValue_8_0= ruleDecimal ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'direction' ( (lv_direction_10_0= ruleIndicatorDirection ) ) ) ) ) ) )* ) ) ) otherlv_11= '}' )?
            int alt56=2;
            int LA56_0 = input.LA(1);

            if ( (LA56_0==21) ) {
                alt56=1;
            }
            switch (alt56) {
                case 1 :
                    // InternalItup.g:2731:4: otherlv_2= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'unit' ( (lv_unit_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_6_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'target' ( (lv_targetValue_8_0= ruleDecimal ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'direction' ( (lv_direction_10_0= ruleIndicatorDirection ) ) ) ) ) ) )* ) ) ) otherlv_11= '}'
                    {
                    otherlv_2=(Token)match(input,21,FOLLOW_53); 

                    				newLeafNode(otherlv_2, grammarAccess.getPerformanceIndicatorAccess().getLeftCurlyBracketKeyword_2_0());
                    			
                    // InternalItup.g:2735:4: ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'unit' ( (lv_unit_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_6_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'target' ( (lv_targetValue_8_0= ruleDecimal ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'direction' ( (lv_direction_10_0= ruleIndicatorDirection ) ) ) ) ) ) )* ) ) )
                    // InternalItup.g:2736:5: ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'unit' ( (lv_unit_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_6_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'target' ( (lv_targetValue_8_0= ruleDecimal ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'direction' ( (lv_direction_10_0= ruleIndicatorDirection ) ) ) ) ) ) )* ) )
                    {
                    // InternalItup.g:2736:5: ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'unit' ( (lv_unit_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_6_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'target' ( (lv_targetValue_8_0= ruleDecimal ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'direction' ( (lv_direction_10_0= ruleIndicatorDirection ) ) ) ) ) ) )* ) )
                    // InternalItup.g:2737:6: ( ( ({...}? => ( ({...}? => (otherlv_4= 'unit' ( (lv_unit_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_6_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'target' ( (lv_targetValue_8_0= ruleDecimal ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'direction' ( (lv_direction_10_0= ruleIndicatorDirection ) ) ) ) ) ) )* )
                    {
                     
                    					  getUnorderedGroupHelper().enter(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1());
                    					
                    // InternalItup.g:2740:6: ( ( ({...}? => ( ({...}? => (otherlv_4= 'unit' ( (lv_unit_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_6_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'target' ( (lv_targetValue_8_0= ruleDecimal ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'direction' ( (lv_direction_10_0= ruleIndicatorDirection ) ) ) ) ) ) )* )
                    // InternalItup.g:2741:7: ( ({...}? => ( ({...}? => (otherlv_4= 'unit' ( (lv_unit_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_6_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'target' ( (lv_targetValue_8_0= ruleDecimal ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'direction' ( (lv_direction_10_0= ruleIndicatorDirection ) ) ) ) ) ) )*
                    {
                    // InternalItup.g:2741:7: ( ({...}? => ( ({...}? => (otherlv_4= 'unit' ( (lv_unit_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_6_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'target' ( (lv_targetValue_8_0= ruleDecimal ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'direction' ( (lv_direction_10_0= ruleIndicatorDirection ) ) ) ) ) ) )*
                    loop55:
                    do {
                        int alt55=5;
                        int LA55_0 = input.LA(1);

                        if ( LA55_0 == 55 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 0) ) {
                            alt55=1;
                        }
                        else if ( LA55_0 == 45 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 1) ) {
                            alt55=2;
                        }
                        else if ( LA55_0 == 43 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 2) ) {
                            alt55=3;
                        }
                        else if ( LA55_0 == 56 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 3) ) {
                            alt55=4;
                        }


                        switch (alt55) {
                    	case 1 :
                    	    // InternalItup.g:2742:5: ({...}? => ( ({...}? => (otherlv_4= 'unit' ( (lv_unit_5_0= RULE_STRING ) ) ) ) ) )
                    	    {
                    	    // InternalItup.g:2742:5: ({...}? => ( ({...}? => (otherlv_4= 'unit' ( (lv_unit_5_0= RULE_STRING ) ) ) ) ) )
                    	    // InternalItup.g:2743:6: {...}? => ( ({...}? => (otherlv_4= 'unit' ( (lv_unit_5_0= RULE_STRING ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 0) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 0)");
                    	    }
                    	    // InternalItup.g:2743:120: ( ({...}? => (otherlv_4= 'unit' ( (lv_unit_5_0= RULE_STRING ) ) ) ) )
                    	    // InternalItup.g:2744:7: ({...}? => (otherlv_4= 'unit' ( (lv_unit_5_0= RULE_STRING ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 0);
                    	    						
                    	    // InternalItup.g:2747:10: ({...}? => (otherlv_4= 'unit' ( (lv_unit_5_0= RULE_STRING ) ) ) )
                    	    // InternalItup.g:2747:11: {...}? => (otherlv_4= 'unit' ( (lv_unit_5_0= RULE_STRING ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "true");
                    	    }
                    	    // InternalItup.g:2747:20: (otherlv_4= 'unit' ( (lv_unit_5_0= RULE_STRING ) ) )
                    	    // InternalItup.g:2747:21: otherlv_4= 'unit' ( (lv_unit_5_0= RULE_STRING ) )
                    	    {
                    	    otherlv_4=(Token)match(input,55,FOLLOW_10); 

                    	    										newLeafNode(otherlv_4, grammarAccess.getPerformanceIndicatorAccess().getUnitKeyword_2_1_0_0());
                    	    									
                    	    // InternalItup.g:2751:10: ( (lv_unit_5_0= RULE_STRING ) )
                    	    // InternalItup.g:2752:11: (lv_unit_5_0= RULE_STRING )
                    	    {
                    	    // InternalItup.g:2752:11: (lv_unit_5_0= RULE_STRING )
                    	    // InternalItup.g:2753:12: lv_unit_5_0= RULE_STRING
                    	    {
                    	    lv_unit_5_0=(Token)match(input,RULE_STRING,FOLLOW_53); 

                    	    												newLeafNode(lv_unit_5_0, grammarAccess.getPerformanceIndicatorAccess().getUnitSTRINGTerminalRuleCall_2_1_0_1_0());
                    	    											

                    	    												if (current==null) {
                    	    													current = createModelElement(grammarAccess.getPerformanceIndicatorRule());
                    	    												}
                    	    												setWithLastConsumed(
                    	    													current,
                    	    													"unit",
                    	    													lv_unit_5_0,
                    	    													"org.eclipse.xtext.common.Terminals.STRING");
                    	    											

                    	    }


                    	    }


                    	    }


                    	    }

                    	     
                    	    							getUnorderedGroupHelper().returnFromSelection(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1());
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 2 :
                    	    // InternalItup.g:2775:5: ({...}? => ( ({...}? => ( (lv_baseline_6_0= ruleBaseline ) ) ) ) )
                    	    {
                    	    // InternalItup.g:2775:5: ({...}? => ( ({...}? => ( (lv_baseline_6_0= ruleBaseline ) ) ) ) )
                    	    // InternalItup.g:2776:6: {...}? => ( ({...}? => ( (lv_baseline_6_0= ruleBaseline ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 1) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 1)");
                    	    }
                    	    // InternalItup.g:2776:120: ( ({...}? => ( (lv_baseline_6_0= ruleBaseline ) ) ) )
                    	    // InternalItup.g:2777:7: ({...}? => ( (lv_baseline_6_0= ruleBaseline ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 1);
                    	    						
                    	    // InternalItup.g:2780:10: ({...}? => ( (lv_baseline_6_0= ruleBaseline ) ) )
                    	    // InternalItup.g:2780:11: {...}? => ( (lv_baseline_6_0= ruleBaseline ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "true");
                    	    }
                    	    // InternalItup.g:2780:20: ( (lv_baseline_6_0= ruleBaseline ) )
                    	    // InternalItup.g:2780:21: (lv_baseline_6_0= ruleBaseline )
                    	    {
                    	    // InternalItup.g:2780:21: (lv_baseline_6_0= ruleBaseline )
                    	    // InternalItup.g:2781:11: lv_baseline_6_0= ruleBaseline
                    	    {

                    	    											newCompositeNode(grammarAccess.getPerformanceIndicatorAccess().getBaselineBaselineParserRuleCall_2_1_1_0());
                    	    										
                    	    pushFollow(FOLLOW_53);
                    	    lv_baseline_6_0=ruleBaseline();

                    	    state._fsp--;


                    	    											if (current==null) {
                    	    												current = createModelElementForParent(grammarAccess.getPerformanceIndicatorRule());
                    	    											}
                    	    											set(
                    	    												current,
                    	    												"baseline",
                    	    												lv_baseline_6_0,
                    	    												"org.itup.dsl.Itup.Baseline");
                    	    											afterParserOrEnumRuleCall();
                    	    										

                    	    }


                    	    }


                    	    }

                    	     
                    	    							getUnorderedGroupHelper().returnFromSelection(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1());
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 3 :
                    	    // InternalItup.g:2803:5: ({...}? => ( ({...}? => (otherlv_7= 'target' ( (lv_targetValue_8_0= ruleDecimal ) ) ) ) ) )
                    	    {
                    	    // InternalItup.g:2803:5: ({...}? => ( ({...}? => (otherlv_7= 'target' ( (lv_targetValue_8_0= ruleDecimal ) ) ) ) ) )
                    	    // InternalItup.g:2804:6: {...}? => ( ({...}? => (otherlv_7= 'target' ( (lv_targetValue_8_0= ruleDecimal ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 2) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 2)");
                    	    }
                    	    // InternalItup.g:2804:120: ( ({...}? => (otherlv_7= 'target' ( (lv_targetValue_8_0= ruleDecimal ) ) ) ) )
                    	    // InternalItup.g:2805:7: ({...}? => (otherlv_7= 'target' ( (lv_targetValue_8_0= ruleDecimal ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 2);
                    	    						
                    	    // InternalItup.g:2808:10: ({...}? => (otherlv_7= 'target' ( (lv_targetValue_8_0= ruleDecimal ) ) ) )
                    	    // InternalItup.g:2808:11: {...}? => (otherlv_7= 'target' ( (lv_targetValue_8_0= ruleDecimal ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "true");
                    	    }
                    	    // InternalItup.g:2808:20: (otherlv_7= 'target' ( (lv_targetValue_8_0= ruleDecimal ) ) )
                    	    // InternalItup.g:2808:21: otherlv_7= 'target' ( (lv_targetValue_8_0= ruleDecimal ) )
                    	    {
                    	    otherlv_7=(Token)match(input,43,FOLLOW_6); 

                    	    										newLeafNode(otherlv_7, grammarAccess.getPerformanceIndicatorAccess().getTargetKeyword_2_1_2_0());
                    	    									
                    	    // InternalItup.g:2812:10: ( (lv_targetValue_8_0= ruleDecimal ) )
                    	    // InternalItup.g:2813:11: (lv_targetValue_8_0= ruleDecimal )
                    	    {
                    	    // InternalItup.g:2813:11: (lv_targetValue_8_0= ruleDecimal )
                    	    // InternalItup.g:2814:12: lv_targetValue_8_0= ruleDecimal
                    	    {

                    	    												newCompositeNode(grammarAccess.getPerformanceIndicatorAccess().getTargetValueDecimalParserRuleCall_2_1_2_1_0());
                    	    											
                    	    pushFollow(FOLLOW_53);
                    	    lv_targetValue_8_0=ruleDecimal();

                    	    state._fsp--;


                    	    												if (current==null) {
                    	    													current = createModelElementForParent(grammarAccess.getPerformanceIndicatorRule());
                    	    												}
                    	    												set(
                    	    													current,
                    	    													"targetValue",
                    	    													lv_targetValue_8_0,
                    	    													"org.itup.dsl.Itup.Decimal");
                    	    												afterParserOrEnumRuleCall();
                    	    											

                    	    }


                    	    }


                    	    }


                    	    }

                    	     
                    	    							getUnorderedGroupHelper().returnFromSelection(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1());
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 4 :
                    	    // InternalItup.g:2837:5: ({...}? => ( ({...}? => (otherlv_9= 'direction' ( (lv_direction_10_0= ruleIndicatorDirection ) ) ) ) ) )
                    	    {
                    	    // InternalItup.g:2837:5: ({...}? => ( ({...}? => (otherlv_9= 'direction' ( (lv_direction_10_0= ruleIndicatorDirection ) ) ) ) ) )
                    	    // InternalItup.g:2838:6: {...}? => ( ({...}? => (otherlv_9= 'direction' ( (lv_direction_10_0= ruleIndicatorDirection ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 3) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 3)");
                    	    }
                    	    // InternalItup.g:2838:120: ( ({...}? => (otherlv_9= 'direction' ( (lv_direction_10_0= ruleIndicatorDirection ) ) ) ) )
                    	    // InternalItup.g:2839:7: ({...}? => (otherlv_9= 'direction' ( (lv_direction_10_0= ruleIndicatorDirection ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 3);
                    	    						
                    	    // InternalItup.g:2842:10: ({...}? => (otherlv_9= 'direction' ( (lv_direction_10_0= ruleIndicatorDirection ) ) ) )
                    	    // InternalItup.g:2842:11: {...}? => (otherlv_9= 'direction' ( (lv_direction_10_0= ruleIndicatorDirection ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "true");
                    	    }
                    	    // InternalItup.g:2842:20: (otherlv_9= 'direction' ( (lv_direction_10_0= ruleIndicatorDirection ) ) )
                    	    // InternalItup.g:2842:21: otherlv_9= 'direction' ( (lv_direction_10_0= ruleIndicatorDirection ) )
                    	    {
                    	    otherlv_9=(Token)match(input,56,FOLLOW_54); 

                    	    										newLeafNode(otherlv_9, grammarAccess.getPerformanceIndicatorAccess().getDirectionKeyword_2_1_3_0());
                    	    									
                    	    // InternalItup.g:2846:10: ( (lv_direction_10_0= ruleIndicatorDirection ) )
                    	    // InternalItup.g:2847:11: (lv_direction_10_0= ruleIndicatorDirection )
                    	    {
                    	    // InternalItup.g:2847:11: (lv_direction_10_0= ruleIndicatorDirection )
                    	    // InternalItup.g:2848:12: lv_direction_10_0= ruleIndicatorDirection
                    	    {

                    	    												newCompositeNode(grammarAccess.getPerformanceIndicatorAccess().getDirectionIndicatorDirectionEnumRuleCall_2_1_3_1_0());
                    	    											
                    	    pushFollow(FOLLOW_53);
                    	    lv_direction_10_0=ruleIndicatorDirection();

                    	    state._fsp--;


                    	    												if (current==null) {
                    	    													current = createModelElementForParent(grammarAccess.getPerformanceIndicatorRule());
                    	    												}
                    	    												set(
                    	    													current,
                    	    													"direction",
                    	    													lv_direction_10_0,
                    	    													"org.itup.dsl.Itup.IndicatorDirection");
                    	    												afterParserOrEnumRuleCall();
                    	    											

                    	    }


                    	    }


                    	    }


                    	    }

                    	     
                    	    							getUnorderedGroupHelper().returnFromSelection(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1());
                    	    						

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

                     
                    					  getUnorderedGroupHelper().leave(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1());
                    					

                    }

                    otherlv_11=(Token)match(input,22,FOLLOW_2); 

                    				newLeafNode(otherlv_11, grammarAccess.getPerformanceIndicatorAccess().getRightCurlyBracketKeyword_2_2());
                    			

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


    // $ANTLR start "entryRuleEnabler"
    // InternalItup.g:2887:1: entryRuleEnabler returns [EObject current=null] : iv_ruleEnabler= ruleEnabler EOF ;
    public final EObject entryRuleEnabler() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleEnabler = null;


        try {
            // InternalItup.g:2887:48: (iv_ruleEnabler= ruleEnabler EOF )
            // InternalItup.g:2888:2: iv_ruleEnabler= ruleEnabler EOF
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
    // InternalItup.g:2894:1: ruleEnabler returns [EObject current=null] : (otherlv_0= 'enabler' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'supports' ( ( (lv_supportsAll_5_0= 'all' ) ) | ( ( ( ruleCode ) ) (otherlv_7= ',' ( ( ruleCode ) ) )* ) ) )? ( (otherlv_9= 'activity' ( (lv_activities_10_0= RULE_STRING ) ) ) | (otherlv_11= 'contribution' ( (lv_contributions_12_0= RULE_STRING ) ) ) | (otherlv_13= 'result' ( (lv_results_14_0= RULE_STRING ) ) ) )* otherlv_15= '}' ) ;
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
            // InternalItup.g:2900:2: ( (otherlv_0= 'enabler' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'supports' ( ( (lv_supportsAll_5_0= 'all' ) ) | ( ( ( ruleCode ) ) (otherlv_7= ',' ( ( ruleCode ) ) )* ) ) )? ( (otherlv_9= 'activity' ( (lv_activities_10_0= RULE_STRING ) ) ) | (otherlv_11= 'contribution' ( (lv_contributions_12_0= RULE_STRING ) ) ) | (otherlv_13= 'result' ( (lv_results_14_0= RULE_STRING ) ) ) )* otherlv_15= '}' ) )
            // InternalItup.g:2901:2: (otherlv_0= 'enabler' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'supports' ( ( (lv_supportsAll_5_0= 'all' ) ) | ( ( ( ruleCode ) ) (otherlv_7= ',' ( ( ruleCode ) ) )* ) ) )? ( (otherlv_9= 'activity' ( (lv_activities_10_0= RULE_STRING ) ) ) | (otherlv_11= 'contribution' ( (lv_contributions_12_0= RULE_STRING ) ) ) | (otherlv_13= 'result' ( (lv_results_14_0= RULE_STRING ) ) ) )* otherlv_15= '}' )
            {
            // InternalItup.g:2901:2: (otherlv_0= 'enabler' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'supports' ( ( (lv_supportsAll_5_0= 'all' ) ) | ( ( ( ruleCode ) ) (otherlv_7= ',' ( ( ruleCode ) ) )* ) ) )? ( (otherlv_9= 'activity' ( (lv_activities_10_0= RULE_STRING ) ) ) | (otherlv_11= 'contribution' ( (lv_contributions_12_0= RULE_STRING ) ) ) | (otherlv_13= 'result' ( (lv_results_14_0= RULE_STRING ) ) ) )* otherlv_15= '}' )
            // InternalItup.g:2902:3: otherlv_0= 'enabler' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'supports' ( ( (lv_supportsAll_5_0= 'all' ) ) | ( ( ( ruleCode ) ) (otherlv_7= ',' ( ( ruleCode ) ) )* ) ) )? ( (otherlv_9= 'activity' ( (lv_activities_10_0= RULE_STRING ) ) ) | (otherlv_11= 'contribution' ( (lv_contributions_12_0= RULE_STRING ) ) ) | (otherlv_13= 'result' ( (lv_results_14_0= RULE_STRING ) ) ) )* otherlv_15= '}'
            {
            otherlv_0=(Token)match(input,57,FOLLOW_14); 

            			newLeafNode(otherlv_0, grammarAccess.getEnablerAccess().getEnablerKeyword_0());
            		
            // InternalItup.g:2906:3: ( (lv_name_1_0= ruleCode ) )
            // InternalItup.g:2907:4: (lv_name_1_0= ruleCode )
            {
            // InternalItup.g:2907:4: (lv_name_1_0= ruleCode )
            // InternalItup.g:2908:5: lv_name_1_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getEnablerAccess().getNameCodeParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_34);
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

            // InternalItup.g:2925:3: ( (lv_title_2_0= RULE_STRING ) )?
            int alt57=2;
            int LA57_0 = input.LA(1);

            if ( (LA57_0==RULE_STRING) ) {
                alt57=1;
            }
            switch (alt57) {
                case 1 :
                    // InternalItup.g:2926:4: (lv_title_2_0= RULE_STRING )
                    {
                    // InternalItup.g:2926:4: (lv_title_2_0= RULE_STRING )
                    // InternalItup.g:2927:5: lv_title_2_0= RULE_STRING
                    {
                    lv_title_2_0=(Token)match(input,RULE_STRING,FOLLOW_17); 

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

            otherlv_3=(Token)match(input,21,FOLLOW_55); 

            			newLeafNode(otherlv_3, grammarAccess.getEnablerAccess().getLeftCurlyBracketKeyword_3());
            		
            // InternalItup.g:2947:3: (otherlv_4= 'supports' ( ( (lv_supportsAll_5_0= 'all' ) ) | ( ( ( ruleCode ) ) (otherlv_7= ',' ( ( ruleCode ) ) )* ) ) )?
            int alt60=2;
            int LA60_0 = input.LA(1);

            if ( (LA60_0==58) ) {
                alt60=1;
            }
            switch (alt60) {
                case 1 :
                    // InternalItup.g:2948:4: otherlv_4= 'supports' ( ( (lv_supportsAll_5_0= 'all' ) ) | ( ( ( ruleCode ) ) (otherlv_7= ',' ( ( ruleCode ) ) )* ) )
                    {
                    otherlv_4=(Token)match(input,58,FOLLOW_56); 

                    				newLeafNode(otherlv_4, grammarAccess.getEnablerAccess().getSupportsKeyword_4_0());
                    			
                    // InternalItup.g:2952:4: ( ( (lv_supportsAll_5_0= 'all' ) ) | ( ( ( ruleCode ) ) (otherlv_7= ',' ( ( ruleCode ) ) )* ) )
                    int alt59=2;
                    int LA59_0 = input.LA(1);

                    if ( (LA59_0==59) ) {
                        alt59=1;
                    }
                    else if ( ((LA59_0>=RULE_ID && LA59_0<=RULE_INT)) ) {
                        alt59=2;
                    }
                    else {
                        NoViableAltException nvae =
                            new NoViableAltException("", 59, 0, input);

                        throw nvae;
                    }
                    switch (alt59) {
                        case 1 :
                            // InternalItup.g:2953:5: ( (lv_supportsAll_5_0= 'all' ) )
                            {
                            // InternalItup.g:2953:5: ( (lv_supportsAll_5_0= 'all' ) )
                            // InternalItup.g:2954:6: (lv_supportsAll_5_0= 'all' )
                            {
                            // InternalItup.g:2954:6: (lv_supportsAll_5_0= 'all' )
                            // InternalItup.g:2955:7: lv_supportsAll_5_0= 'all'
                            {
                            lv_supportsAll_5_0=(Token)match(input,59,FOLLOW_57); 

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
                            // InternalItup.g:2968:5: ( ( ( ruleCode ) ) (otherlv_7= ',' ( ( ruleCode ) ) )* )
                            {
                            // InternalItup.g:2968:5: ( ( ( ruleCode ) ) (otherlv_7= ',' ( ( ruleCode ) ) )* )
                            // InternalItup.g:2969:6: ( ( ruleCode ) ) (otherlv_7= ',' ( ( ruleCode ) ) )*
                            {
                            // InternalItup.g:2969:6: ( ( ruleCode ) )
                            // InternalItup.g:2970:7: ( ruleCode )
                            {
                            // InternalItup.g:2970:7: ( ruleCode )
                            // InternalItup.g:2971:8: ruleCode
                            {

                            								if (current==null) {
                            									current = createModelElement(grammarAccess.getEnablerRule());
                            								}
                            							

                            								newCompositeNode(grammarAccess.getEnablerAccess().getSupportedObjectivesObjectiveCrossReference_4_1_1_0_0());
                            							
                            pushFollow(FOLLOW_58);
                            ruleCode();

                            state._fsp--;


                            								afterParserOrEnumRuleCall();
                            							

                            }


                            }

                            // InternalItup.g:2985:6: (otherlv_7= ',' ( ( ruleCode ) ) )*
                            loop58:
                            do {
                                int alt58=2;
                                int LA58_0 = input.LA(1);

                                if ( (LA58_0==19) ) {
                                    alt58=1;
                                }


                                switch (alt58) {
                            	case 1 :
                            	    // InternalItup.g:2986:7: otherlv_7= ',' ( ( ruleCode ) )
                            	    {
                            	    otherlv_7=(Token)match(input,19,FOLLOW_14); 

                            	    							newLeafNode(otherlv_7, grammarAccess.getEnablerAccess().getCommaKeyword_4_1_1_1_0());
                            	    						
                            	    // InternalItup.g:2990:7: ( ( ruleCode ) )
                            	    // InternalItup.g:2991:8: ( ruleCode )
                            	    {
                            	    // InternalItup.g:2991:8: ( ruleCode )
                            	    // InternalItup.g:2992:9: ruleCode
                            	    {

                            	    									if (current==null) {
                            	    										current = createModelElement(grammarAccess.getEnablerRule());
                            	    									}
                            	    								

                            	    									newCompositeNode(grammarAccess.getEnablerAccess().getSupportedObjectivesObjectiveCrossReference_4_1_1_1_1_0());
                            	    								
                            	    pushFollow(FOLLOW_58);
                            	    ruleCode();

                            	    state._fsp--;


                            	    									afterParserOrEnumRuleCall();
                            	    								

                            	    }


                            	    }


                            	    }
                            	    break;

                            	default :
                            	    break loop58;
                                }
                            } while (true);


                            }


                            }
                            break;

                    }


                    }
                    break;

            }

            // InternalItup.g:3010:3: ( (otherlv_9= 'activity' ( (lv_activities_10_0= RULE_STRING ) ) ) | (otherlv_11= 'contribution' ( (lv_contributions_12_0= RULE_STRING ) ) ) | (otherlv_13= 'result' ( (lv_results_14_0= RULE_STRING ) ) ) )*
            loop61:
            do {
                int alt61=4;
                switch ( input.LA(1) ) {
                case 35:
                    {
                    alt61=1;
                    }
                    break;
                case 60:
                    {
                    alt61=2;
                    }
                    break;
                case 61:
                    {
                    alt61=3;
                    }
                    break;

                }

                switch (alt61) {
            	case 1 :
            	    // InternalItup.g:3011:4: (otherlv_9= 'activity' ( (lv_activities_10_0= RULE_STRING ) ) )
            	    {
            	    // InternalItup.g:3011:4: (otherlv_9= 'activity' ( (lv_activities_10_0= RULE_STRING ) ) )
            	    // InternalItup.g:3012:5: otherlv_9= 'activity' ( (lv_activities_10_0= RULE_STRING ) )
            	    {
            	    otherlv_9=(Token)match(input,35,FOLLOW_10); 

            	    					newLeafNode(otherlv_9, grammarAccess.getEnablerAccess().getActivityKeyword_5_0_0());
            	    				
            	    // InternalItup.g:3016:5: ( (lv_activities_10_0= RULE_STRING ) )
            	    // InternalItup.g:3017:6: (lv_activities_10_0= RULE_STRING )
            	    {
            	    // InternalItup.g:3017:6: (lv_activities_10_0= RULE_STRING )
            	    // InternalItup.g:3018:7: lv_activities_10_0= RULE_STRING
            	    {
            	    lv_activities_10_0=(Token)match(input,RULE_STRING,FOLLOW_57); 

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
            	    // InternalItup.g:3036:4: (otherlv_11= 'contribution' ( (lv_contributions_12_0= RULE_STRING ) ) )
            	    {
            	    // InternalItup.g:3036:4: (otherlv_11= 'contribution' ( (lv_contributions_12_0= RULE_STRING ) ) )
            	    // InternalItup.g:3037:5: otherlv_11= 'contribution' ( (lv_contributions_12_0= RULE_STRING ) )
            	    {
            	    otherlv_11=(Token)match(input,60,FOLLOW_10); 

            	    					newLeafNode(otherlv_11, grammarAccess.getEnablerAccess().getContributionKeyword_5_1_0());
            	    				
            	    // InternalItup.g:3041:5: ( (lv_contributions_12_0= RULE_STRING ) )
            	    // InternalItup.g:3042:6: (lv_contributions_12_0= RULE_STRING )
            	    {
            	    // InternalItup.g:3042:6: (lv_contributions_12_0= RULE_STRING )
            	    // InternalItup.g:3043:7: lv_contributions_12_0= RULE_STRING
            	    {
            	    lv_contributions_12_0=(Token)match(input,RULE_STRING,FOLLOW_57); 

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
            	    // InternalItup.g:3061:4: (otherlv_13= 'result' ( (lv_results_14_0= RULE_STRING ) ) )
            	    {
            	    // InternalItup.g:3061:4: (otherlv_13= 'result' ( (lv_results_14_0= RULE_STRING ) ) )
            	    // InternalItup.g:3062:5: otherlv_13= 'result' ( (lv_results_14_0= RULE_STRING ) )
            	    {
            	    otherlv_13=(Token)match(input,61,FOLLOW_10); 

            	    					newLeafNode(otherlv_13, grammarAccess.getEnablerAccess().getResultKeyword_5_2_0());
            	    				
            	    // InternalItup.g:3066:5: ( (lv_results_14_0= RULE_STRING ) )
            	    // InternalItup.g:3067:6: (lv_results_14_0= RULE_STRING )
            	    {
            	    // InternalItup.g:3067:6: (lv_results_14_0= RULE_STRING )
            	    // InternalItup.g:3068:7: lv_results_14_0= RULE_STRING
            	    {
            	    lv_results_14_0=(Token)match(input,RULE_STRING,FOLLOW_57); 

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
            	    break loop61;
                }
            } while (true);

            otherlv_15=(Token)match(input,22,FOLLOW_2); 

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
    // InternalItup.g:3094:1: entryRuleStrategicRisk returns [EObject current=null] : iv_ruleStrategicRisk= ruleStrategicRisk EOF ;
    public final EObject entryRuleStrategicRisk() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleStrategicRisk = null;


        try {
            // InternalItup.g:3094:54: (iv_ruleStrategicRisk= ruleStrategicRisk EOF )
            // InternalItup.g:3095:2: iv_ruleStrategicRisk= ruleStrategicRisk EOF
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
    // InternalItup.g:3101:1: ruleStrategicRisk returns [EObject current=null] : (otherlv_0= 'risk' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'aspect' ( (lv_aspects_5_0= RULE_STRING ) ) )* ( (lv_mitigations_6_0= ruleMitigation ) )* otherlv_7= '}' ) ;
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
            // InternalItup.g:3107:2: ( (otherlv_0= 'risk' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'aspect' ( (lv_aspects_5_0= RULE_STRING ) ) )* ( (lv_mitigations_6_0= ruleMitigation ) )* otherlv_7= '}' ) )
            // InternalItup.g:3108:2: (otherlv_0= 'risk' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'aspect' ( (lv_aspects_5_0= RULE_STRING ) ) )* ( (lv_mitigations_6_0= ruleMitigation ) )* otherlv_7= '}' )
            {
            // InternalItup.g:3108:2: (otherlv_0= 'risk' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'aspect' ( (lv_aspects_5_0= RULE_STRING ) ) )* ( (lv_mitigations_6_0= ruleMitigation ) )* otherlv_7= '}' )
            // InternalItup.g:3109:3: otherlv_0= 'risk' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'aspect' ( (lv_aspects_5_0= RULE_STRING ) ) )* ( (lv_mitigations_6_0= ruleMitigation ) )* otherlv_7= '}'
            {
            otherlv_0=(Token)match(input,62,FOLLOW_14); 

            			newLeafNode(otherlv_0, grammarAccess.getStrategicRiskAccess().getRiskKeyword_0());
            		
            // InternalItup.g:3113:3: ( (lv_name_1_0= ruleCode ) )
            // InternalItup.g:3114:4: (lv_name_1_0= ruleCode )
            {
            // InternalItup.g:3114:4: (lv_name_1_0= ruleCode )
            // InternalItup.g:3115:5: lv_name_1_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getStrategicRiskAccess().getNameCodeParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_34);
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

            // InternalItup.g:3132:3: ( (lv_title_2_0= RULE_STRING ) )?
            int alt62=2;
            int LA62_0 = input.LA(1);

            if ( (LA62_0==RULE_STRING) ) {
                alt62=1;
            }
            switch (alt62) {
                case 1 :
                    // InternalItup.g:3133:4: (lv_title_2_0= RULE_STRING )
                    {
                    // InternalItup.g:3133:4: (lv_title_2_0= RULE_STRING )
                    // InternalItup.g:3134:5: lv_title_2_0= RULE_STRING
                    {
                    lv_title_2_0=(Token)match(input,RULE_STRING,FOLLOW_17); 

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

            otherlv_3=(Token)match(input,21,FOLLOW_59); 

            			newLeafNode(otherlv_3, grammarAccess.getStrategicRiskAccess().getLeftCurlyBracketKeyword_3());
            		
            // InternalItup.g:3154:3: (otherlv_4= 'aspect' ( (lv_aspects_5_0= RULE_STRING ) ) )*
            loop63:
            do {
                int alt63=2;
                int LA63_0 = input.LA(1);

                if ( (LA63_0==63) ) {
                    alt63=1;
                }


                switch (alt63) {
            	case 1 :
            	    // InternalItup.g:3155:4: otherlv_4= 'aspect' ( (lv_aspects_5_0= RULE_STRING ) )
            	    {
            	    otherlv_4=(Token)match(input,63,FOLLOW_10); 

            	    				newLeafNode(otherlv_4, grammarAccess.getStrategicRiskAccess().getAspectKeyword_4_0());
            	    			
            	    // InternalItup.g:3159:4: ( (lv_aspects_5_0= RULE_STRING ) )
            	    // InternalItup.g:3160:5: (lv_aspects_5_0= RULE_STRING )
            	    {
            	    // InternalItup.g:3160:5: (lv_aspects_5_0= RULE_STRING )
            	    // InternalItup.g:3161:6: lv_aspects_5_0= RULE_STRING
            	    {
            	    lv_aspects_5_0=(Token)match(input,RULE_STRING,FOLLOW_59); 

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
            	    break loop63;
                }
            } while (true);

            // InternalItup.g:3178:3: ( (lv_mitigations_6_0= ruleMitigation ) )*
            loop64:
            do {
                int alt64=2;
                int LA64_0 = input.LA(1);

                if ( (LA64_0==64) ) {
                    alt64=1;
                }


                switch (alt64) {
            	case 1 :
            	    // InternalItup.g:3179:4: (lv_mitigations_6_0= ruleMitigation )
            	    {
            	    // InternalItup.g:3179:4: (lv_mitigations_6_0= ruleMitigation )
            	    // InternalItup.g:3180:5: lv_mitigations_6_0= ruleMitigation
            	    {

            	    					newCompositeNode(grammarAccess.getStrategicRiskAccess().getMitigationsMitigationParserRuleCall_5_0());
            	    				
            	    pushFollow(FOLLOW_60);
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
            	    break loop64;
                }
            } while (true);

            otherlv_7=(Token)match(input,22,FOLLOW_2); 

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
    // InternalItup.g:3205:1: entryRuleMitigation returns [EObject current=null] : iv_ruleMitigation= ruleMitigation EOF ;
    public final EObject entryRuleMitigation() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleMitigation = null;


        try {
            // InternalItup.g:3205:51: (iv_ruleMitigation= ruleMitigation EOF )
            // InternalItup.g:3206:2: iv_ruleMitigation= ruleMitigation EOF
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
    // InternalItup.g:3212:1: ruleMitigation returns [EObject current=null] : (otherlv_0= 'mitigation' ( (lv_treatment_1_0= ruleRiskTreatment ) )? ( (lv_statement_2_0= RULE_STRING ) ) ) ;
    public final EObject ruleMitigation() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_statement_2_0=null;
        Enumerator lv_treatment_1_0 = null;



        	enterRule();

        try {
            // InternalItup.g:3218:2: ( (otherlv_0= 'mitigation' ( (lv_treatment_1_0= ruleRiskTreatment ) )? ( (lv_statement_2_0= RULE_STRING ) ) ) )
            // InternalItup.g:3219:2: (otherlv_0= 'mitigation' ( (lv_treatment_1_0= ruleRiskTreatment ) )? ( (lv_statement_2_0= RULE_STRING ) ) )
            {
            // InternalItup.g:3219:2: (otherlv_0= 'mitigation' ( (lv_treatment_1_0= ruleRiskTreatment ) )? ( (lv_statement_2_0= RULE_STRING ) ) )
            // InternalItup.g:3220:3: otherlv_0= 'mitigation' ( (lv_treatment_1_0= ruleRiskTreatment ) )? ( (lv_statement_2_0= RULE_STRING ) )
            {
            otherlv_0=(Token)match(input,64,FOLLOW_61); 

            			newLeafNode(otherlv_0, grammarAccess.getMitigationAccess().getMitigationKeyword_0());
            		
            // InternalItup.g:3224:3: ( (lv_treatment_1_0= ruleRiskTreatment ) )?
            int alt65=2;
            int LA65_0 = input.LA(1);

            if ( ((LA65_0>=79 && LA65_0<=82)) ) {
                alt65=1;
            }
            switch (alt65) {
                case 1 :
                    // InternalItup.g:3225:4: (lv_treatment_1_0= ruleRiskTreatment )
                    {
                    // InternalItup.g:3225:4: (lv_treatment_1_0= ruleRiskTreatment )
                    // InternalItup.g:3226:5: lv_treatment_1_0= ruleRiskTreatment
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

            // InternalItup.g:3243:3: ( (lv_statement_2_0= RULE_STRING ) )
            // InternalItup.g:3244:4: (lv_statement_2_0= RULE_STRING )
            {
            // InternalItup.g:3244:4: (lv_statement_2_0= RULE_STRING )
            // InternalItup.g:3245:5: lv_statement_2_0= RULE_STRING
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
    // InternalItup.g:3265:1: entryRuleSwotItem returns [EObject current=null] : iv_ruleSwotItem= ruleSwotItem EOF ;
    public final EObject entryRuleSwotItem() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleSwotItem = null;


        try {
            // InternalItup.g:3265:49: (iv_ruleSwotItem= ruleSwotItem EOF )
            // InternalItup.g:3266:2: iv_ruleSwotItem= ruleSwotItem EOF
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
    // InternalItup.g:3272:1: ruleSwotItem returns [EObject current=null] : ( ( (lv_kind_0_0= ruleSwotKind ) ) ( (lv_statement_1_0= RULE_STRING ) ) ) ;
    public final EObject ruleSwotItem() throws RecognitionException {
        EObject current = null;

        Token lv_statement_1_0=null;
        Enumerator lv_kind_0_0 = null;



        	enterRule();

        try {
            // InternalItup.g:3278:2: ( ( ( (lv_kind_0_0= ruleSwotKind ) ) ( (lv_statement_1_0= RULE_STRING ) ) ) )
            // InternalItup.g:3279:2: ( ( (lv_kind_0_0= ruleSwotKind ) ) ( (lv_statement_1_0= RULE_STRING ) ) )
            {
            // InternalItup.g:3279:2: ( ( (lv_kind_0_0= ruleSwotKind ) ) ( (lv_statement_1_0= RULE_STRING ) ) )
            // InternalItup.g:3280:3: ( (lv_kind_0_0= ruleSwotKind ) ) ( (lv_statement_1_0= RULE_STRING ) )
            {
            // InternalItup.g:3280:3: ( (lv_kind_0_0= ruleSwotKind ) )
            // InternalItup.g:3281:4: (lv_kind_0_0= ruleSwotKind )
            {
            // InternalItup.g:3281:4: (lv_kind_0_0= ruleSwotKind )
            // InternalItup.g:3282:5: lv_kind_0_0= ruleSwotKind
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

            // InternalItup.g:3299:3: ( (lv_statement_1_0= RULE_STRING ) )
            // InternalItup.g:3300:4: (lv_statement_1_0= RULE_STRING )
            {
            // InternalItup.g:3300:4: (lv_statement_1_0= RULE_STRING )
            // InternalItup.g:3301:5: lv_statement_1_0= RULE_STRING
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
    // InternalItup.g:3321:1: entryRuleImplementationCriterion returns [EObject current=null] : iv_ruleImplementationCriterion= ruleImplementationCriterion EOF ;
    public final EObject entryRuleImplementationCriterion() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleImplementationCriterion = null;


        try {
            // InternalItup.g:3321:64: (iv_ruleImplementationCriterion= ruleImplementationCriterion EOF )
            // InternalItup.g:3322:2: iv_ruleImplementationCriterion= ruleImplementationCriterion EOF
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
    // InternalItup.g:3328:1: ruleImplementationCriterion returns [EObject current=null] : (otherlv_0= 'criterion' ( (lv_title_1_0= RULE_STRING ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( (lv_criteria_4_0= ruleImplementationCriterion ) )* otherlv_5= '}' )? ) ;
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
            // InternalItup.g:3334:2: ( (otherlv_0= 'criterion' ( (lv_title_1_0= RULE_STRING ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( (lv_criteria_4_0= ruleImplementationCriterion ) )* otherlv_5= '}' )? ) )
            // InternalItup.g:3335:2: (otherlv_0= 'criterion' ( (lv_title_1_0= RULE_STRING ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( (lv_criteria_4_0= ruleImplementationCriterion ) )* otherlv_5= '}' )? )
            {
            // InternalItup.g:3335:2: (otherlv_0= 'criterion' ( (lv_title_1_0= RULE_STRING ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( (lv_criteria_4_0= ruleImplementationCriterion ) )* otherlv_5= '}' )? )
            // InternalItup.g:3336:3: otherlv_0= 'criterion' ( (lv_title_1_0= RULE_STRING ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( (lv_criteria_4_0= ruleImplementationCriterion ) )* otherlv_5= '}' )?
            {
            otherlv_0=(Token)match(input,65,FOLLOW_10); 

            			newLeafNode(otherlv_0, grammarAccess.getImplementationCriterionAccess().getCriterionKeyword_0());
            		
            // InternalItup.g:3340:3: ( (lv_title_1_0= RULE_STRING ) )
            // InternalItup.g:3341:4: (lv_title_1_0= RULE_STRING )
            {
            // InternalItup.g:3341:4: (lv_title_1_0= RULE_STRING )
            // InternalItup.g:3342:5: lv_title_1_0= RULE_STRING
            {
            lv_title_1_0=(Token)match(input,RULE_STRING,FOLLOW_39); 

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

            // InternalItup.g:3358:3: ( (lv_statement_2_0= RULE_STRING ) )?
            int alt66=2;
            int LA66_0 = input.LA(1);

            if ( (LA66_0==RULE_STRING) ) {
                alt66=1;
            }
            switch (alt66) {
                case 1 :
                    // InternalItup.g:3359:4: (lv_statement_2_0= RULE_STRING )
                    {
                    // InternalItup.g:3359:4: (lv_statement_2_0= RULE_STRING )
                    // InternalItup.g:3360:5: lv_statement_2_0= RULE_STRING
                    {
                    lv_statement_2_0=(Token)match(input,RULE_STRING,FOLLOW_40); 

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

            // InternalItup.g:3376:3: (otherlv_3= '{' ( (lv_criteria_4_0= ruleImplementationCriterion ) )* otherlv_5= '}' )?
            int alt68=2;
            int LA68_0 = input.LA(1);

            if ( (LA68_0==21) ) {
                alt68=1;
            }
            switch (alt68) {
                case 1 :
                    // InternalItup.g:3377:4: otherlv_3= '{' ( (lv_criteria_4_0= ruleImplementationCriterion ) )* otherlv_5= '}'
                    {
                    otherlv_3=(Token)match(input,21,FOLLOW_62); 

                    				newLeafNode(otherlv_3, grammarAccess.getImplementationCriterionAccess().getLeftCurlyBracketKeyword_3_0());
                    			
                    // InternalItup.g:3381:4: ( (lv_criteria_4_0= ruleImplementationCriterion ) )*
                    loop67:
                    do {
                        int alt67=2;
                        int LA67_0 = input.LA(1);

                        if ( (LA67_0==65) ) {
                            alt67=1;
                        }


                        switch (alt67) {
                    	case 1 :
                    	    // InternalItup.g:3382:5: (lv_criteria_4_0= ruleImplementationCriterion )
                    	    {
                    	    // InternalItup.g:3382:5: (lv_criteria_4_0= ruleImplementationCriterion )
                    	    // InternalItup.g:3383:6: lv_criteria_4_0= ruleImplementationCriterion
                    	    {

                    	    						newCompositeNode(grammarAccess.getImplementationCriterionAccess().getCriteriaImplementationCriterionParserRuleCall_3_1_0());
                    	    					
                    	    pushFollow(FOLLOW_62);
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
                    	    break loop67;
                        }
                    } while (true);

                    otherlv_5=(Token)match(input,22,FOLLOW_2); 

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
    // InternalItup.g:3409:1: entryRuleGlossaryTerm returns [EObject current=null] : iv_ruleGlossaryTerm= ruleGlossaryTerm EOF ;
    public final EObject entryRuleGlossaryTerm() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleGlossaryTerm = null;


        try {
            // InternalItup.g:3409:53: (iv_ruleGlossaryTerm= ruleGlossaryTerm EOF )
            // InternalItup.g:3410:2: iv_ruleGlossaryTerm= ruleGlossaryTerm EOF
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
    // InternalItup.g:3416:1: ruleGlossaryTerm returns [EObject current=null] : (otherlv_0= 'term' ( (lv_term_1_0= RULE_STRING ) ) otherlv_2= '{' (otherlv_3= 'definition' ( (lv_definition_4_0= RULE_STRING ) ) )? ( (lv_translations_5_0= ruleTranslation ) )* otherlv_6= '}' ) ;
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
            // InternalItup.g:3422:2: ( (otherlv_0= 'term' ( (lv_term_1_0= RULE_STRING ) ) otherlv_2= '{' (otherlv_3= 'definition' ( (lv_definition_4_0= RULE_STRING ) ) )? ( (lv_translations_5_0= ruleTranslation ) )* otherlv_6= '}' ) )
            // InternalItup.g:3423:2: (otherlv_0= 'term' ( (lv_term_1_0= RULE_STRING ) ) otherlv_2= '{' (otherlv_3= 'definition' ( (lv_definition_4_0= RULE_STRING ) ) )? ( (lv_translations_5_0= ruleTranslation ) )* otherlv_6= '}' )
            {
            // InternalItup.g:3423:2: (otherlv_0= 'term' ( (lv_term_1_0= RULE_STRING ) ) otherlv_2= '{' (otherlv_3= 'definition' ( (lv_definition_4_0= RULE_STRING ) ) )? ( (lv_translations_5_0= ruleTranslation ) )* otherlv_6= '}' )
            // InternalItup.g:3424:3: otherlv_0= 'term' ( (lv_term_1_0= RULE_STRING ) ) otherlv_2= '{' (otherlv_3= 'definition' ( (lv_definition_4_0= RULE_STRING ) ) )? ( (lv_translations_5_0= ruleTranslation ) )* otherlv_6= '}'
            {
            otherlv_0=(Token)match(input,66,FOLLOW_10); 

            			newLeafNode(otherlv_0, grammarAccess.getGlossaryTermAccess().getTermKeyword_0());
            		
            // InternalItup.g:3428:3: ( (lv_term_1_0= RULE_STRING ) )
            // InternalItup.g:3429:4: (lv_term_1_0= RULE_STRING )
            {
            // InternalItup.g:3429:4: (lv_term_1_0= RULE_STRING )
            // InternalItup.g:3430:5: lv_term_1_0= RULE_STRING
            {
            lv_term_1_0=(Token)match(input,RULE_STRING,FOLLOW_17); 

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

            otherlv_2=(Token)match(input,21,FOLLOW_63); 

            			newLeafNode(otherlv_2, grammarAccess.getGlossaryTermAccess().getLeftCurlyBracketKeyword_2());
            		
            // InternalItup.g:3450:3: (otherlv_3= 'definition' ( (lv_definition_4_0= RULE_STRING ) ) )?
            int alt69=2;
            int LA69_0 = input.LA(1);

            if ( (LA69_0==67) ) {
                alt69=1;
            }
            switch (alt69) {
                case 1 :
                    // InternalItup.g:3451:4: otherlv_3= 'definition' ( (lv_definition_4_0= RULE_STRING ) )
                    {
                    otherlv_3=(Token)match(input,67,FOLLOW_10); 

                    				newLeafNode(otherlv_3, grammarAccess.getGlossaryTermAccess().getDefinitionKeyword_3_0());
                    			
                    // InternalItup.g:3455:4: ( (lv_definition_4_0= RULE_STRING ) )
                    // InternalItup.g:3456:5: (lv_definition_4_0= RULE_STRING )
                    {
                    // InternalItup.g:3456:5: (lv_definition_4_0= RULE_STRING )
                    // InternalItup.g:3457:6: lv_definition_4_0= RULE_STRING
                    {
                    lv_definition_4_0=(Token)match(input,RULE_STRING,FOLLOW_64); 

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

            // InternalItup.g:3474:3: ( (lv_translations_5_0= ruleTranslation ) )*
            loop70:
            do {
                int alt70=2;
                int LA70_0 = input.LA(1);

                if ( (LA70_0==RULE_ID) ) {
                    alt70=1;
                }


                switch (alt70) {
            	case 1 :
            	    // InternalItup.g:3475:4: (lv_translations_5_0= ruleTranslation )
            	    {
            	    // InternalItup.g:3475:4: (lv_translations_5_0= ruleTranslation )
            	    // InternalItup.g:3476:5: lv_translations_5_0= ruleTranslation
            	    {

            	    					newCompositeNode(grammarAccess.getGlossaryTermAccess().getTranslationsTranslationParserRuleCall_4_0());
            	    				
            	    pushFollow(FOLLOW_64);
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
            	    break loop70;
                }
            } while (true);

            otherlv_6=(Token)match(input,22,FOLLOW_2); 

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
    // InternalItup.g:3501:1: entryRuleTranslation returns [EObject current=null] : iv_ruleTranslation= ruleTranslation EOF ;
    public final EObject entryRuleTranslation() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleTranslation = null;


        try {
            // InternalItup.g:3501:52: (iv_ruleTranslation= ruleTranslation EOF )
            // InternalItup.g:3502:2: iv_ruleTranslation= ruleTranslation EOF
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
    // InternalItup.g:3508:1: ruleTranslation returns [EObject current=null] : ( ( (lv_language_0_0= RULE_ID ) ) ( ( (lv_text_1_0= RULE_STRING ) ) | ( (lv_unavailable_2_0= 'unavailable' ) ) ) ) ;
    public final EObject ruleTranslation() throws RecognitionException {
        EObject current = null;

        Token lv_language_0_0=null;
        Token lv_text_1_0=null;
        Token lv_unavailable_2_0=null;


        	enterRule();

        try {
            // InternalItup.g:3514:2: ( ( ( (lv_language_0_0= RULE_ID ) ) ( ( (lv_text_1_0= RULE_STRING ) ) | ( (lv_unavailable_2_0= 'unavailable' ) ) ) ) )
            // InternalItup.g:3515:2: ( ( (lv_language_0_0= RULE_ID ) ) ( ( (lv_text_1_0= RULE_STRING ) ) | ( (lv_unavailable_2_0= 'unavailable' ) ) ) )
            {
            // InternalItup.g:3515:2: ( ( (lv_language_0_0= RULE_ID ) ) ( ( (lv_text_1_0= RULE_STRING ) ) | ( (lv_unavailable_2_0= 'unavailable' ) ) ) )
            // InternalItup.g:3516:3: ( (lv_language_0_0= RULE_ID ) ) ( ( (lv_text_1_0= RULE_STRING ) ) | ( (lv_unavailable_2_0= 'unavailable' ) ) )
            {
            // InternalItup.g:3516:3: ( (lv_language_0_0= RULE_ID ) )
            // InternalItup.g:3517:4: (lv_language_0_0= RULE_ID )
            {
            // InternalItup.g:3517:4: (lv_language_0_0= RULE_ID )
            // InternalItup.g:3518:5: lv_language_0_0= RULE_ID
            {
            lv_language_0_0=(Token)match(input,RULE_ID,FOLLOW_65); 

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

            // InternalItup.g:3534:3: ( ( (lv_text_1_0= RULE_STRING ) ) | ( (lv_unavailable_2_0= 'unavailable' ) ) )
            int alt71=2;
            int LA71_0 = input.LA(1);

            if ( (LA71_0==RULE_STRING) ) {
                alt71=1;
            }
            else if ( (LA71_0==68) ) {
                alt71=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 71, 0, input);

                throw nvae;
            }
            switch (alt71) {
                case 1 :
                    // InternalItup.g:3535:4: ( (lv_text_1_0= RULE_STRING ) )
                    {
                    // InternalItup.g:3535:4: ( (lv_text_1_0= RULE_STRING ) )
                    // InternalItup.g:3536:5: (lv_text_1_0= RULE_STRING )
                    {
                    // InternalItup.g:3536:5: (lv_text_1_0= RULE_STRING )
                    // InternalItup.g:3537:6: lv_text_1_0= RULE_STRING
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
                    // InternalItup.g:3554:4: ( (lv_unavailable_2_0= 'unavailable' ) )
                    {
                    // InternalItup.g:3554:4: ( (lv_unavailable_2_0= 'unavailable' ) )
                    // InternalItup.g:3555:5: (lv_unavailable_2_0= 'unavailable' )
                    {
                    // InternalItup.g:3555:5: (lv_unavailable_2_0= 'unavailable' )
                    // InternalItup.g:3556:6: lv_unavailable_2_0= 'unavailable'
                    {
                    lv_unavailable_2_0=(Token)match(input,68,FOLLOW_2); 

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
    // InternalItup.g:3573:1: entryRuleCode returns [String current=null] : iv_ruleCode= ruleCode EOF ;
    public final String entryRuleCode() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleCode = null;



        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalItup.g:3575:2: (iv_ruleCode= ruleCode EOF )
            // InternalItup.g:3576:2: iv_ruleCode= ruleCode EOF
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
    // InternalItup.g:3585:1: ruleCode returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (this_CodeSegment_0= ruleCodeSegment ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )* ) ;
    public final AntlrDatatypeRuleToken ruleCode() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token kw=null;
        AntlrDatatypeRuleToken this_CodeSegment_0 = null;

        AntlrDatatypeRuleToken this_CodeSegment_3 = null;



        	enterRule();
        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalItup.g:3592:2: ( (this_CodeSegment_0= ruleCodeSegment ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )* ) )
            // InternalItup.g:3593:2: (this_CodeSegment_0= ruleCodeSegment ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )* )
            {
            // InternalItup.g:3593:2: (this_CodeSegment_0= ruleCodeSegment ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )* )
            // InternalItup.g:3594:3: this_CodeSegment_0= ruleCodeSegment ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )*
            {

            			newCompositeNode(grammarAccess.getCodeAccess().getCodeSegmentParserRuleCall_0());
            		
            pushFollow(FOLLOW_66);
            this_CodeSegment_0=ruleCodeSegment();

            state._fsp--;


            			current.merge(this_CodeSegment_0);
            		

            			afterParserOrEnumRuleCall();
            		
            // InternalItup.g:3604:3: ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )*
            loop73:
            do {
                int alt73=2;
                int LA73_0 = input.LA(1);

                if ( ((LA73_0>=69 && LA73_0<=70)) ) {
                    alt73=1;
                }


                switch (alt73) {
            	case 1 :
            	    // InternalItup.g:3605:4: (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment
            	    {
            	    // InternalItup.g:3605:4: (kw= '.' | kw= '-' )
            	    int alt72=2;
            	    int LA72_0 = input.LA(1);

            	    if ( (LA72_0==69) ) {
            	        alt72=1;
            	    }
            	    else if ( (LA72_0==70) ) {
            	        alt72=2;
            	    }
            	    else {
            	        NoViableAltException nvae =
            	            new NoViableAltException("", 72, 0, input);

            	        throw nvae;
            	    }
            	    switch (alt72) {
            	        case 1 :
            	            // InternalItup.g:3606:5: kw= '.'
            	            {
            	            kw=(Token)match(input,69,FOLLOW_14); 

            	            					current.merge(kw);
            	            					newLeafNode(kw, grammarAccess.getCodeAccess().getFullStopKeyword_1_0_0());
            	            				

            	            }
            	            break;
            	        case 2 :
            	            // InternalItup.g:3612:5: kw= '-'
            	            {
            	            kw=(Token)match(input,70,FOLLOW_14); 

            	            					current.merge(kw);
            	            					newLeafNode(kw, grammarAccess.getCodeAccess().getHyphenMinusKeyword_1_0_1());
            	            				

            	            }
            	            break;

            	    }


            	    				newCompositeNode(grammarAccess.getCodeAccess().getCodeSegmentParserRuleCall_1_1());
            	    			
            	    pushFollow(FOLLOW_66);
            	    this_CodeSegment_3=ruleCodeSegment();

            	    state._fsp--;


            	    				current.merge(this_CodeSegment_3);
            	    			

            	    				afterParserOrEnumRuleCall();
            	    			

            	    }
            	    break;

            	default :
            	    break loop73;
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
    // InternalItup.g:3636:1: entryRuleCodeSegment returns [String current=null] : iv_ruleCodeSegment= ruleCodeSegment EOF ;
    public final String entryRuleCodeSegment() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleCodeSegment = null;


        try {
            // InternalItup.g:3636:51: (iv_ruleCodeSegment= ruleCodeSegment EOF )
            // InternalItup.g:3637:2: iv_ruleCodeSegment= ruleCodeSegment EOF
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
    // InternalItup.g:3643:1: ruleCodeSegment returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (this_ID_0= RULE_ID | this_INT_1= RULE_INT ) ;
    public final AntlrDatatypeRuleToken ruleCodeSegment() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_ID_0=null;
        Token this_INT_1=null;


        	enterRule();

        try {
            // InternalItup.g:3649:2: ( (this_ID_0= RULE_ID | this_INT_1= RULE_INT ) )
            // InternalItup.g:3650:2: (this_ID_0= RULE_ID | this_INT_1= RULE_INT )
            {
            // InternalItup.g:3650:2: (this_ID_0= RULE_ID | this_INT_1= RULE_INT )
            int alt74=2;
            int LA74_0 = input.LA(1);

            if ( (LA74_0==RULE_ID) ) {
                alt74=1;
            }
            else if ( (LA74_0==RULE_INT) ) {
                alt74=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 74, 0, input);

                throw nvae;
            }
            switch (alt74) {
                case 1 :
                    // InternalItup.g:3651:3: this_ID_0= RULE_ID
                    {
                    this_ID_0=(Token)match(input,RULE_ID,FOLLOW_2); 

                    			current.merge(this_ID_0);
                    		

                    			newLeafNode(this_ID_0, grammarAccess.getCodeSegmentAccess().getIDTerminalRuleCall_0());
                    		

                    }
                    break;
                case 2 :
                    // InternalItup.g:3659:3: this_INT_1= RULE_INT
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
    // InternalItup.g:3670:1: entryRulePlanName returns [String current=null] : iv_rulePlanName= rulePlanName EOF ;
    public final String entryRulePlanName() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_rulePlanName = null;



        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalItup.g:3672:2: (iv_rulePlanName= rulePlanName EOF )
            // InternalItup.g:3673:2: iv_rulePlanName= rulePlanName EOF
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
    // InternalItup.g:3682:1: rulePlanName returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (this_ID_0= RULE_ID ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )* ) ;
    public final AntlrDatatypeRuleToken rulePlanName() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_ID_0=null;
        Token kw=null;
        AntlrDatatypeRuleToken this_CodeSegment_3 = null;



        	enterRule();
        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalItup.g:3689:2: ( (this_ID_0= RULE_ID ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )* ) )
            // InternalItup.g:3690:2: (this_ID_0= RULE_ID ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )* )
            {
            // InternalItup.g:3690:2: (this_ID_0= RULE_ID ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )* )
            // InternalItup.g:3691:3: this_ID_0= RULE_ID ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )*
            {
            this_ID_0=(Token)match(input,RULE_ID,FOLLOW_66); 

            			current.merge(this_ID_0);
            		

            			newLeafNode(this_ID_0, grammarAccess.getPlanNameAccess().getIDTerminalRuleCall_0());
            		
            // InternalItup.g:3698:3: ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )*
            loop76:
            do {
                int alt76=2;
                int LA76_0 = input.LA(1);

                if ( ((LA76_0>=69 && LA76_0<=70)) ) {
                    alt76=1;
                }


                switch (alt76) {
            	case 1 :
            	    // InternalItup.g:3699:4: (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment
            	    {
            	    // InternalItup.g:3699:4: (kw= '.' | kw= '-' )
            	    int alt75=2;
            	    int LA75_0 = input.LA(1);

            	    if ( (LA75_0==69) ) {
            	        alt75=1;
            	    }
            	    else if ( (LA75_0==70) ) {
            	        alt75=2;
            	    }
            	    else {
            	        NoViableAltException nvae =
            	            new NoViableAltException("", 75, 0, input);

            	        throw nvae;
            	    }
            	    switch (alt75) {
            	        case 1 :
            	            // InternalItup.g:3700:5: kw= '.'
            	            {
            	            kw=(Token)match(input,69,FOLLOW_14); 

            	            					current.merge(kw);
            	            					newLeafNode(kw, grammarAccess.getPlanNameAccess().getFullStopKeyword_1_0_0());
            	            				

            	            }
            	            break;
            	        case 2 :
            	            // InternalItup.g:3706:5: kw= '-'
            	            {
            	            kw=(Token)match(input,70,FOLLOW_14); 

            	            					current.merge(kw);
            	            					newLeafNode(kw, grammarAccess.getPlanNameAccess().getHyphenMinusKeyword_1_0_1());
            	            				

            	            }
            	            break;

            	    }


            	    				newCompositeNode(grammarAccess.getPlanNameAccess().getCodeSegmentParserRuleCall_1_1());
            	    			
            	    pushFollow(FOLLOW_66);
            	    this_CodeSegment_3=ruleCodeSegment();

            	    state._fsp--;


            	    				current.merge(this_CodeSegment_3);
            	    			

            	    				afterParserOrEnumRuleCall();
            	    			

            	    }
            	    break;

            	default :
            	    break loop76;
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
    // InternalItup.g:3730:1: entryRuleYear returns [String current=null] : iv_ruleYear= ruleYear EOF ;
    public final String entryRuleYear() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleYear = null;


        try {
            // InternalItup.g:3730:44: (iv_ruleYear= ruleYear EOF )
            // InternalItup.g:3731:2: iv_ruleYear= ruleYear EOF
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
    // InternalItup.g:3737:1: ruleYear returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : this_INT_0= RULE_INT ;
    public final AntlrDatatypeRuleToken ruleYear() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_INT_0=null;


        	enterRule();

        try {
            // InternalItup.g:3743:2: (this_INT_0= RULE_INT )
            // InternalItup.g:3744:2: this_INT_0= RULE_INT
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


    // $ANTLR start "entryRuleDecimal"
    // InternalItup.g:3754:1: entryRuleDecimal returns [String current=null] : iv_ruleDecimal= ruleDecimal EOF ;
    public final String entryRuleDecimal() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleDecimal = null;



        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalItup.g:3756:2: (iv_ruleDecimal= ruleDecimal EOF )
            // InternalItup.g:3757:2: iv_ruleDecimal= ruleDecimal EOF
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
    // InternalItup.g:3766:1: ruleDecimal returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (this_INT_0= RULE_INT (kw= '.' this_INT_2= RULE_INT )? ) ;
    public final AntlrDatatypeRuleToken ruleDecimal() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_INT_0=null;
        Token kw=null;
        Token this_INT_2=null;


        	enterRule();
        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalItup.g:3773:2: ( (this_INT_0= RULE_INT (kw= '.' this_INT_2= RULE_INT )? ) )
            // InternalItup.g:3774:2: (this_INT_0= RULE_INT (kw= '.' this_INT_2= RULE_INT )? )
            {
            // InternalItup.g:3774:2: (this_INT_0= RULE_INT (kw= '.' this_INT_2= RULE_INT )? )
            // InternalItup.g:3775:3: this_INT_0= RULE_INT (kw= '.' this_INT_2= RULE_INT )?
            {
            this_INT_0=(Token)match(input,RULE_INT,FOLLOW_67); 

            			current.merge(this_INT_0);
            		

            			newLeafNode(this_INT_0, grammarAccess.getDecimalAccess().getINTTerminalRuleCall_0());
            		
            // InternalItup.g:3782:3: (kw= '.' this_INT_2= RULE_INT )?
            int alt77=2;
            int LA77_0 = input.LA(1);

            if ( (LA77_0==69) ) {
                alt77=1;
            }
            switch (alt77) {
                case 1 :
                    // InternalItup.g:3783:4: kw= '.' this_INT_2= RULE_INT
                    {
                    kw=(Token)match(input,69,FOLLOW_6); 

                    				current.merge(kw);
                    				newLeafNode(kw, grammarAccess.getDecimalAccess().getFullStopKeyword_1_0());
                    			
                    this_INT_2=(Token)match(input,RULE_INT,FOLLOW_2); 

                    				current.merge(this_INT_2);
                    			

                    				newLeafNode(this_INT_2, grammarAccess.getDecimalAccess().getINTTerminalRuleCall_1_1());
                    			

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
    // InternalItup.g:3803:1: ruleMeasuredTargetKind returns [Enumerator current=null] : ( (enumLiteral_0= 'level' ) | (enumLiteral_1= 'increase' ) | (enumLiteral_2= 'decrease' ) ) ;
    public final Enumerator ruleMeasuredTargetKind() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;


        	enterRule();

        try {
            // InternalItup.g:3809:2: ( ( (enumLiteral_0= 'level' ) | (enumLiteral_1= 'increase' ) | (enumLiteral_2= 'decrease' ) ) )
            // InternalItup.g:3810:2: ( (enumLiteral_0= 'level' ) | (enumLiteral_1= 'increase' ) | (enumLiteral_2= 'decrease' ) )
            {
            // InternalItup.g:3810:2: ( (enumLiteral_0= 'level' ) | (enumLiteral_1= 'increase' ) | (enumLiteral_2= 'decrease' ) )
            int alt78=3;
            switch ( input.LA(1) ) {
            case 71:
                {
                alt78=1;
                }
                break;
            case 72:
                {
                alt78=2;
                }
                break;
            case 73:
                {
                alt78=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 78, 0, input);

                throw nvae;
            }

            switch (alt78) {
                case 1 :
                    // InternalItup.g:3811:3: (enumLiteral_0= 'level' )
                    {
                    // InternalItup.g:3811:3: (enumLiteral_0= 'level' )
                    // InternalItup.g:3812:4: enumLiteral_0= 'level'
                    {
                    enumLiteral_0=(Token)match(input,71,FOLLOW_2); 

                    				current = grammarAccess.getMeasuredTargetKindAccess().getLEVELEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getMeasuredTargetKindAccess().getLEVELEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:3819:3: (enumLiteral_1= 'increase' )
                    {
                    // InternalItup.g:3819:3: (enumLiteral_1= 'increase' )
                    // InternalItup.g:3820:4: enumLiteral_1= 'increase'
                    {
                    enumLiteral_1=(Token)match(input,72,FOLLOW_2); 

                    				current = grammarAccess.getMeasuredTargetKindAccess().getINCREASEEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getMeasuredTargetKindAccess().getINCREASEEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:3827:3: (enumLiteral_2= 'decrease' )
                    {
                    // InternalItup.g:3827:3: (enumLiteral_2= 'decrease' )
                    // InternalItup.g:3828:4: enumLiteral_2= 'decrease'
                    {
                    enumLiteral_2=(Token)match(input,73,FOLLOW_2); 

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
    // InternalItup.g:3838:1: ruleQualitativeTargetKind returns [Enumerator current=null] : (enumLiteral_0= 'qualitative' ) ;
    public final Enumerator ruleQualitativeTargetKind() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;


        	enterRule();

        try {
            // InternalItup.g:3844:2: ( (enumLiteral_0= 'qualitative' ) )
            // InternalItup.g:3845:2: (enumLiteral_0= 'qualitative' )
            {
            // InternalItup.g:3845:2: (enumLiteral_0= 'qualitative' )
            // InternalItup.g:3846:3: enumLiteral_0= 'qualitative'
            {
            enumLiteral_0=(Token)match(input,74,FOLLOW_2); 

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
    // InternalItup.g:3855:1: ruleSectorKind returns [Enumerator current=null] : ( (enumLiteral_0= 'sector' ) | (enumLiteral_1= 'inter-sectoral' ) | (enumLiteral_2= 'secretariat' ) ) ;
    public final Enumerator ruleSectorKind() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;


        	enterRule();

        try {
            // InternalItup.g:3861:2: ( ( (enumLiteral_0= 'sector' ) | (enumLiteral_1= 'inter-sectoral' ) | (enumLiteral_2= 'secretariat' ) ) )
            // InternalItup.g:3862:2: ( (enumLiteral_0= 'sector' ) | (enumLiteral_1= 'inter-sectoral' ) | (enumLiteral_2= 'secretariat' ) )
            {
            // InternalItup.g:3862:2: ( (enumLiteral_0= 'sector' ) | (enumLiteral_1= 'inter-sectoral' ) | (enumLiteral_2= 'secretariat' ) )
            int alt79=3;
            switch ( input.LA(1) ) {
            case 75:
                {
                alt79=1;
                }
                break;
            case 76:
                {
                alt79=2;
                }
                break;
            case 77:
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
                    // InternalItup.g:3863:3: (enumLiteral_0= 'sector' )
                    {
                    // InternalItup.g:3863:3: (enumLiteral_0= 'sector' )
                    // InternalItup.g:3864:4: enumLiteral_0= 'sector'
                    {
                    enumLiteral_0=(Token)match(input,75,FOLLOW_2); 

                    				current = grammarAccess.getSectorKindAccess().getSECTOREnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getSectorKindAccess().getSECTOREnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:3871:3: (enumLiteral_1= 'inter-sectoral' )
                    {
                    // InternalItup.g:3871:3: (enumLiteral_1= 'inter-sectoral' )
                    // InternalItup.g:3872:4: enumLiteral_1= 'inter-sectoral'
                    {
                    enumLiteral_1=(Token)match(input,76,FOLLOW_2); 

                    				current = grammarAccess.getSectorKindAccess().getINTER_SECTORALEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getSectorKindAccess().getINTER_SECTORALEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:3879:3: (enumLiteral_2= 'secretariat' )
                    {
                    // InternalItup.g:3879:3: (enumLiteral_2= 'secretariat' )
                    // InternalItup.g:3880:4: enumLiteral_2= 'secretariat'
                    {
                    enumLiteral_2=(Token)match(input,77,FOLLOW_2); 

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


    // $ANTLR start "ruleIndicatorDirection"
    // InternalItup.g:3890:1: ruleIndicatorDirection returns [Enumerator current=null] : ( (enumLiteral_0= 'increase' ) | (enumLiteral_1= 'decrease' ) | (enumLiteral_2= 'maintain' ) ) ;
    public final Enumerator ruleIndicatorDirection() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;


        	enterRule();

        try {
            // InternalItup.g:3896:2: ( ( (enumLiteral_0= 'increase' ) | (enumLiteral_1= 'decrease' ) | (enumLiteral_2= 'maintain' ) ) )
            // InternalItup.g:3897:2: ( (enumLiteral_0= 'increase' ) | (enumLiteral_1= 'decrease' ) | (enumLiteral_2= 'maintain' ) )
            {
            // InternalItup.g:3897:2: ( (enumLiteral_0= 'increase' ) | (enumLiteral_1= 'decrease' ) | (enumLiteral_2= 'maintain' ) )
            int alt80=3;
            switch ( input.LA(1) ) {
            case 72:
                {
                alt80=1;
                }
                break;
            case 73:
                {
                alt80=2;
                }
                break;
            case 78:
                {
                alt80=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 80, 0, input);

                throw nvae;
            }

            switch (alt80) {
                case 1 :
                    // InternalItup.g:3898:3: (enumLiteral_0= 'increase' )
                    {
                    // InternalItup.g:3898:3: (enumLiteral_0= 'increase' )
                    // InternalItup.g:3899:4: enumLiteral_0= 'increase'
                    {
                    enumLiteral_0=(Token)match(input,72,FOLLOW_2); 

                    				current = grammarAccess.getIndicatorDirectionAccess().getINCREASEEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getIndicatorDirectionAccess().getINCREASEEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:3906:3: (enumLiteral_1= 'decrease' )
                    {
                    // InternalItup.g:3906:3: (enumLiteral_1= 'decrease' )
                    // InternalItup.g:3907:4: enumLiteral_1= 'decrease'
                    {
                    enumLiteral_1=(Token)match(input,73,FOLLOW_2); 

                    				current = grammarAccess.getIndicatorDirectionAccess().getDECREASEEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getIndicatorDirectionAccess().getDECREASEEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:3914:3: (enumLiteral_2= 'maintain' )
                    {
                    // InternalItup.g:3914:3: (enumLiteral_2= 'maintain' )
                    // InternalItup.g:3915:4: enumLiteral_2= 'maintain'
                    {
                    enumLiteral_2=(Token)match(input,78,FOLLOW_2); 

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


    // $ANTLR start "ruleRiskTreatment"
    // InternalItup.g:3925:1: ruleRiskTreatment returns [Enumerator current=null] : ( (enumLiteral_0= 'avoidance' ) | (enumLiteral_1= 'limitation' ) | (enumLiteral_2= 'transfer' ) | (enumLiteral_3= 'acceptance' ) ) ;
    public final Enumerator ruleRiskTreatment() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;


        	enterRule();

        try {
            // InternalItup.g:3931:2: ( ( (enumLiteral_0= 'avoidance' ) | (enumLiteral_1= 'limitation' ) | (enumLiteral_2= 'transfer' ) | (enumLiteral_3= 'acceptance' ) ) )
            // InternalItup.g:3932:2: ( (enumLiteral_0= 'avoidance' ) | (enumLiteral_1= 'limitation' ) | (enumLiteral_2= 'transfer' ) | (enumLiteral_3= 'acceptance' ) )
            {
            // InternalItup.g:3932:2: ( (enumLiteral_0= 'avoidance' ) | (enumLiteral_1= 'limitation' ) | (enumLiteral_2= 'transfer' ) | (enumLiteral_3= 'acceptance' ) )
            int alt81=4;
            switch ( input.LA(1) ) {
            case 79:
                {
                alt81=1;
                }
                break;
            case 80:
                {
                alt81=2;
                }
                break;
            case 81:
                {
                alt81=3;
                }
                break;
            case 82:
                {
                alt81=4;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 81, 0, input);

                throw nvae;
            }

            switch (alt81) {
                case 1 :
                    // InternalItup.g:3933:3: (enumLiteral_0= 'avoidance' )
                    {
                    // InternalItup.g:3933:3: (enumLiteral_0= 'avoidance' )
                    // InternalItup.g:3934:4: enumLiteral_0= 'avoidance'
                    {
                    enumLiteral_0=(Token)match(input,79,FOLLOW_2); 

                    				current = grammarAccess.getRiskTreatmentAccess().getAVOIDANCEEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getRiskTreatmentAccess().getAVOIDANCEEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:3941:3: (enumLiteral_1= 'limitation' )
                    {
                    // InternalItup.g:3941:3: (enumLiteral_1= 'limitation' )
                    // InternalItup.g:3942:4: enumLiteral_1= 'limitation'
                    {
                    enumLiteral_1=(Token)match(input,80,FOLLOW_2); 

                    				current = grammarAccess.getRiskTreatmentAccess().getLIMITATIONEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getRiskTreatmentAccess().getLIMITATIONEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:3949:3: (enumLiteral_2= 'transfer' )
                    {
                    // InternalItup.g:3949:3: (enumLiteral_2= 'transfer' )
                    // InternalItup.g:3950:4: enumLiteral_2= 'transfer'
                    {
                    enumLiteral_2=(Token)match(input,81,FOLLOW_2); 

                    				current = grammarAccess.getRiskTreatmentAccess().getTRANSFEREnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getRiskTreatmentAccess().getTRANSFEREnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalItup.g:3957:3: (enumLiteral_3= 'acceptance' )
                    {
                    // InternalItup.g:3957:3: (enumLiteral_3= 'acceptance' )
                    // InternalItup.g:3958:4: enumLiteral_3= 'acceptance'
                    {
                    enumLiteral_3=(Token)match(input,82,FOLLOW_2); 

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
    // InternalItup.g:3968:1: ruleSwotKind returns [Enumerator current=null] : ( (enumLiteral_0= 'strength' ) | (enumLiteral_1= 'weakness' ) | (enumLiteral_2= 'opportunity' ) | (enumLiteral_3= 'threat' ) ) ;
    public final Enumerator ruleSwotKind() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;


        	enterRule();

        try {
            // InternalItup.g:3974:2: ( ( (enumLiteral_0= 'strength' ) | (enumLiteral_1= 'weakness' ) | (enumLiteral_2= 'opportunity' ) | (enumLiteral_3= 'threat' ) ) )
            // InternalItup.g:3975:2: ( (enumLiteral_0= 'strength' ) | (enumLiteral_1= 'weakness' ) | (enumLiteral_2= 'opportunity' ) | (enumLiteral_3= 'threat' ) )
            {
            // InternalItup.g:3975:2: ( (enumLiteral_0= 'strength' ) | (enumLiteral_1= 'weakness' ) | (enumLiteral_2= 'opportunity' ) | (enumLiteral_3= 'threat' ) )
            int alt82=4;
            switch ( input.LA(1) ) {
            case 83:
                {
                alt82=1;
                }
                break;
            case 84:
                {
                alt82=2;
                }
                break;
            case 85:
                {
                alt82=3;
                }
                break;
            case 86:
                {
                alt82=4;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 82, 0, input);

                throw nvae;
            }

            switch (alt82) {
                case 1 :
                    // InternalItup.g:3976:3: (enumLiteral_0= 'strength' )
                    {
                    // InternalItup.g:3976:3: (enumLiteral_0= 'strength' )
                    // InternalItup.g:3977:4: enumLiteral_0= 'strength'
                    {
                    enumLiteral_0=(Token)match(input,83,FOLLOW_2); 

                    				current = grammarAccess.getSwotKindAccess().getSTRENGTHEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getSwotKindAccess().getSTRENGTHEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:3984:3: (enumLiteral_1= 'weakness' )
                    {
                    // InternalItup.g:3984:3: (enumLiteral_1= 'weakness' )
                    // InternalItup.g:3985:4: enumLiteral_1= 'weakness'
                    {
                    enumLiteral_1=(Token)match(input,84,FOLLOW_2); 

                    				current = grammarAccess.getSwotKindAccess().getWEAKNESSEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getSwotKindAccess().getWEAKNESSEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:3992:3: (enumLiteral_2= 'opportunity' )
                    {
                    // InternalItup.g:3992:3: (enumLiteral_2= 'opportunity' )
                    // InternalItup.g:3993:4: enumLiteral_2= 'opportunity'
                    {
                    enumLiteral_2=(Token)match(input,85,FOLLOW_2); 

                    				current = grammarAccess.getSwotKindAccess().getOPPORTUNITYEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getSwotKindAccess().getOPPORTUNITYEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalItup.g:4000:3: (enumLiteral_3= 'threat' )
                    {
                    // InternalItup.g:4000:3: (enumLiteral_3= 'threat' )
                    // InternalItup.g:4001:4: enumLiteral_3= 'threat'
                    {
                    enumLiteral_3=(Token)match(input,86,FOLLOW_2); 

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


 

    public static final BitSet FOLLOW_1 = new BitSet(new long[]{0x0000000000000000L});
    public static final BitSet FOLLOW_2 = new BitSet(new long[]{0x0000000000000002L});
    public static final BitSet FOLLOW_3 = new BitSet(new long[]{0x0000000000000020L});
    public static final BitSet FOLLOW_4 = new BitSet(new long[]{0x400001C002975012L,0x0000000000003806L});
    public static final BitSet FOLLOW_5 = new BitSet(new long[]{0x400001C002975002L,0x0000000000003806L});
    public static final BitSet FOLLOW_6 = new BitSet(new long[]{0x0000000000000040L});
    public static final BitSet FOLLOW_7 = new BitSet(new long[]{0x0000000000002000L});
    public static final BitSet FOLLOW_8 = new BitSet(new long[]{0x400001C002974002L,0x0000000000003806L});
    public static final BitSet FOLLOW_9 = new BitSet(new long[]{0x0000000000008000L});
    public static final BitSet FOLLOW_10 = new BitSet(new long[]{0x0000000000000010L});
    public static final BitSet FOLLOW_11 = new BitSet(new long[]{0x400001C002970002L,0x0000000000003806L});
    public static final BitSet FOLLOW_12 = new BitSet(new long[]{0x4000018002960002L,0x0000000000003806L});
    public static final BitSet FOLLOW_13 = new BitSet(new long[]{0x4000018002940002L,0x0000000000003806L});
    public static final BitSet FOLLOW_14 = new BitSet(new long[]{0x0000000000000060L});
    public static final BitSet FOLLOW_15 = new BitSet(new long[]{0x4000018002980002L,0x0000000000003806L});
    public static final BitSet FOLLOW_16 = new BitSet(new long[]{0x4000018002900002L,0x0000000000003806L});
    public static final BitSet FOLLOW_17 = new BitSet(new long[]{0x0000000000200000L});
    public static final BitSet FOLLOW_18 = new BitSet(new long[]{0x0000000000400000L,0x0000000000780000L});
    public static final BitSet FOLLOW_19 = new BitSet(new long[]{0x0000000001000000L});
    public static final BitSet FOLLOW_20 = new BitSet(new long[]{0x0000000004000000L});
    public static final BitSet FOLLOW_21 = new BitSet(new long[]{0x0000000000000800L});
    public static final BitSet FOLLOW_22 = new BitSet(new long[]{0x0000000010000000L});
    public static final BitSet FOLLOW_23 = new BitSet(new long[]{0x0000000020000000L});
    public static final BitSet FOLLOW_24 = new BitSet(new long[]{0x0000000040000000L});
    public static final BitSet FOLLOW_25 = new BitSet(new long[]{0x0000000580000002L});
    public static final BitSet FOLLOW_26 = new BitSet(new long[]{0x0000000500000002L});
    public static final BitSet FOLLOW_27 = new BitSet(new long[]{0x0000000400000002L});
    public static final BitSet FOLLOW_28 = new BitSet(new long[]{0x0000000200400000L});
    public static final BitSet FOLLOW_29 = new BitSet(new long[]{0x0040003880400800L});
    public static final BitSet FOLLOW_30 = new BitSet(new long[]{0x0000000000400000L});
    public static final BitSet FOLLOW_31 = new BitSet(new long[]{0x0000000200000000L});
    public static final BitSet FOLLOW_32 = new BitSet(new long[]{0x0040003880000802L});
    public static final BitSet FOLLOW_33 = new BitSet(new long[]{0x0000000000000012L});
    public static final BitSet FOLLOW_34 = new BitSet(new long[]{0x0000000000200010L});
    public static final BitSet FOLLOW_35 = new BitSet(new long[]{0x00000E0002C00000L});
    public static final BitSet FOLLOW_36 = new BitSet(new long[]{0x00000C0002C00000L});
    public static final BitSet FOLLOW_37 = new BitSet(new long[]{0x0000080002C00000L});
    public static final BitSet FOLLOW_38 = new BitSet(new long[]{0x0000080002C80000L});
    public static final BitSet FOLLOW_39 = new BitSet(new long[]{0x0000000000200012L});
    public static final BitSet FOLLOW_40 = new BitSet(new long[]{0x0000000000200002L});
    public static final BitSet FOLLOW_41 = new BitSet(new long[]{0x0040300000408000L,0x0000000000000780L});
    public static final BitSet FOLLOW_42 = new BitSet(new long[]{0x0040300000408010L,0x0000000000000780L});
    public static final BitSet FOLLOW_43 = new BitSet(new long[]{0x0040000000400000L});
    public static final BitSet FOLLOW_44 = new BitSet(new long[]{0x0000408000000002L});
    public static final BitSet FOLLOW_45 = new BitSet(new long[]{0x0000800000000002L});
    public static final BitSet FOLLOW_46 = new BitSet(new long[]{0x0001000000080000L});
    public static final BitSet FOLLOW_47 = new BitSet(new long[]{0x0202000100400000L});
    public static final BitSet FOLLOW_48 = new BitSet(new long[]{0x0200000100400000L});
    public static final BitSet FOLLOW_49 = new BitSet(new long[]{0x0034020200C00000L});
    public static final BitSet FOLLOW_50 = new BitSet(new long[]{0x0034000200C00000L});
    public static final BitSet FOLLOW_51 = new BitSet(new long[]{0x0008010000000000L});
    public static final BitSet FOLLOW_52 = new BitSet(new long[]{0x0034000200C80000L});
    public static final BitSet FOLLOW_53 = new BitSet(new long[]{0x0180280000400000L});
    public static final BitSet FOLLOW_54 = new BitSet(new long[]{0x0000000000000000L,0x0000000000004300L});
    public static final BitSet FOLLOW_55 = new BitSet(new long[]{0x3400000800400000L});
    public static final BitSet FOLLOW_56 = new BitSet(new long[]{0x0800000000000060L});
    public static final BitSet FOLLOW_57 = new BitSet(new long[]{0x3000000800400000L});
    public static final BitSet FOLLOW_58 = new BitSet(new long[]{0x3000000800480000L});
    public static final BitSet FOLLOW_59 = new BitSet(new long[]{0x8000000000400000L,0x0000000000000001L});
    public static final BitSet FOLLOW_60 = new BitSet(new long[]{0x0000000000400000L,0x0000000000000001L});
    public static final BitSet FOLLOW_61 = new BitSet(new long[]{0x0000000000000010L,0x0000000000078000L});
    public static final BitSet FOLLOW_62 = new BitSet(new long[]{0x0000000000400000L,0x0000000000000002L});
    public static final BitSet FOLLOW_63 = new BitSet(new long[]{0x0000000000400020L,0x0000000000000008L});
    public static final BitSet FOLLOW_64 = new BitSet(new long[]{0x0000000000400020L});
    public static final BitSet FOLLOW_65 = new BitSet(new long[]{0x0000000000000010L,0x0000000000000010L});
    public static final BitSet FOLLOW_66 = new BitSet(new long[]{0x0000000000000002L,0x0000000000000060L});
    public static final BitSet FOLLOW_67 = new BitSet(new long[]{0x0000000000000002L,0x0000000000000020L});

}
