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
        "<invalid>", "<EOR>", "<DOWN>", "<UP>", "RULE_STRING", "RULE_ID", "RULE_INT", "RULE_ML_COMMENT", "RULE_SL_COMMENT", "RULE_WS", "RULE_ANY_OTHER", "'plan'", "'period'", "'to'", "'adopted'", "'by'", "'vision'", "'mission'", "'sectors'", "','", "'swot'", "'{'", "'}'", "'wsis'", "'facilitator'", "'sdg'", "'custodian'", "'import'", "'value'", "'goal'", "'statement'", "'description'", "'target'", "'population'", "'baseline'", "'('", "')'", "'bureau'", "'objective'", "'primary'", "'goals'", "'secondary'", "'outcome'", "'output'", "'indicator'", "'unit'", "'direction'", "'enabler'", "'supports'", "'all'", "'activity'", "'contribution'", "'result'", "'risk'", "'aspect'", "'mitigation'", "'criterion'", "'term'", "'definition'", "'.'", "'-'", "'level'", "'increase'", "'decrease'", "'qualitative'", "'sector'", "'inter-sectoral'", "'secretariat'", "'maintain'", "'avoidance'", "'limitation'", "'transfer'", "'acceptance'", "'strength'", "'weakness'", "'opportunity'", "'threat'"
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
    public static final int T__34=34;
    public static final int T__35=35;
    public static final int T__36=36;
    public static final int T__73=73;
    public static final int EOF=-1;
    public static final int T__30=30;
    public static final int T__74=74;
    public static final int T__31=31;
    public static final int T__75=75;
    public static final int T__32=32;
    public static final int T__76=76;
    public static final int RULE_WS=9;
    public static final int RULE_ANY_OTHER=10;
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
        	return "Plan";
       	}

       	@Override
       	protected ItupGrammarAccess getGrammarAccess() {
       		return grammarAccess;
       	}




    // $ANTLR start "entryRulePlan"
    // InternalItup.g:65:1: entryRulePlan returns [EObject current=null] : iv_rulePlan= rulePlan EOF ;
    public final EObject entryRulePlan() throws RecognitionException {
        EObject current = null;

        EObject iv_rulePlan = null;


        try {
            // InternalItup.g:65:45: (iv_rulePlan= rulePlan EOF )
            // InternalItup.g:66:2: iv_rulePlan= rulePlan EOF
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
    // InternalItup.g:72:1: rulePlan returns [EObject current=null] : (otherlv_0= 'plan' ( (lv_name_1_0= rulePlanName ) ) ( (lv_title_2_0= RULE_STRING ) )? (otherlv_3= 'period' ( (lv_startYear_4_0= ruleYear ) ) otherlv_5= 'to' ( (lv_endYear_6_0= ruleYear ) ) )? (otherlv_7= 'adopted' otherlv_8= 'by' ( (lv_adoptedBy_9_0= RULE_STRING ) ) )? ( (lv_imports_10_0= ruleImport ) )* (otherlv_11= 'vision' ( (lv_vision_12_0= RULE_STRING ) ) )? (otherlv_13= 'mission' ( (lv_mission_14_0= RULE_STRING ) ) )? (otherlv_15= 'sectors' ( ( ruleCode ) ) (otherlv_17= ',' ( ( ruleCode ) ) )* )? ( ( (lv_values_19_0= ruleCoreValue ) ) | ( (lv_goals_20_0= ruleGoal ) ) | ( (lv_sectors_21_0= ruleSector ) ) | ( (lv_risks_22_0= ruleStrategicRisk ) ) | (otherlv_23= 'swot' otherlv_24= '{' ( (lv_swot_25_0= ruleSwotItem ) )* otherlv_26= '}' ) | (otherlv_27= 'wsis' otherlv_28= 'facilitator' ( (lv_wsisActionLines_29_0= ruleCode ) ) (otherlv_30= ',' ( (lv_wsisActionLines_31_0= ruleCode ) ) )* ) | (otherlv_32= 'sdg' otherlv_33= 'custodian' ( (lv_sdgCustodianIndicators_34_0= ruleCode ) ) (otherlv_35= ',' ( (lv_sdgCustodianIndicators_36_0= ruleCode ) ) )* ) | ( (lv_criteria_37_0= ruleImplementationCriterion ) ) | ( (lv_glossary_38_0= ruleGlossaryTerm ) ) )* ) ;
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
            // InternalItup.g:78:2: ( (otherlv_0= 'plan' ( (lv_name_1_0= rulePlanName ) ) ( (lv_title_2_0= RULE_STRING ) )? (otherlv_3= 'period' ( (lv_startYear_4_0= ruleYear ) ) otherlv_5= 'to' ( (lv_endYear_6_0= ruleYear ) ) )? (otherlv_7= 'adopted' otherlv_8= 'by' ( (lv_adoptedBy_9_0= RULE_STRING ) ) )? ( (lv_imports_10_0= ruleImport ) )* (otherlv_11= 'vision' ( (lv_vision_12_0= RULE_STRING ) ) )? (otherlv_13= 'mission' ( (lv_mission_14_0= RULE_STRING ) ) )? (otherlv_15= 'sectors' ( ( ruleCode ) ) (otherlv_17= ',' ( ( ruleCode ) ) )* )? ( ( (lv_values_19_0= ruleCoreValue ) ) | ( (lv_goals_20_0= ruleGoal ) ) | ( (lv_sectors_21_0= ruleSector ) ) | ( (lv_risks_22_0= ruleStrategicRisk ) ) | (otherlv_23= 'swot' otherlv_24= '{' ( (lv_swot_25_0= ruleSwotItem ) )* otherlv_26= '}' ) | (otherlv_27= 'wsis' otherlv_28= 'facilitator' ( (lv_wsisActionLines_29_0= ruleCode ) ) (otherlv_30= ',' ( (lv_wsisActionLines_31_0= ruleCode ) ) )* ) | (otherlv_32= 'sdg' otherlv_33= 'custodian' ( (lv_sdgCustodianIndicators_34_0= ruleCode ) ) (otherlv_35= ',' ( (lv_sdgCustodianIndicators_36_0= ruleCode ) ) )* ) | ( (lv_criteria_37_0= ruleImplementationCriterion ) ) | ( (lv_glossary_38_0= ruleGlossaryTerm ) ) )* ) )
            // InternalItup.g:79:2: (otherlv_0= 'plan' ( (lv_name_1_0= rulePlanName ) ) ( (lv_title_2_0= RULE_STRING ) )? (otherlv_3= 'period' ( (lv_startYear_4_0= ruleYear ) ) otherlv_5= 'to' ( (lv_endYear_6_0= ruleYear ) ) )? (otherlv_7= 'adopted' otherlv_8= 'by' ( (lv_adoptedBy_9_0= RULE_STRING ) ) )? ( (lv_imports_10_0= ruleImport ) )* (otherlv_11= 'vision' ( (lv_vision_12_0= RULE_STRING ) ) )? (otherlv_13= 'mission' ( (lv_mission_14_0= RULE_STRING ) ) )? (otherlv_15= 'sectors' ( ( ruleCode ) ) (otherlv_17= ',' ( ( ruleCode ) ) )* )? ( ( (lv_values_19_0= ruleCoreValue ) ) | ( (lv_goals_20_0= ruleGoal ) ) | ( (lv_sectors_21_0= ruleSector ) ) | ( (lv_risks_22_0= ruleStrategicRisk ) ) | (otherlv_23= 'swot' otherlv_24= '{' ( (lv_swot_25_0= ruleSwotItem ) )* otherlv_26= '}' ) | (otherlv_27= 'wsis' otherlv_28= 'facilitator' ( (lv_wsisActionLines_29_0= ruleCode ) ) (otherlv_30= ',' ( (lv_wsisActionLines_31_0= ruleCode ) ) )* ) | (otherlv_32= 'sdg' otherlv_33= 'custodian' ( (lv_sdgCustodianIndicators_34_0= ruleCode ) ) (otherlv_35= ',' ( (lv_sdgCustodianIndicators_36_0= ruleCode ) ) )* ) | ( (lv_criteria_37_0= ruleImplementationCriterion ) ) | ( (lv_glossary_38_0= ruleGlossaryTerm ) ) )* )
            {
            // InternalItup.g:79:2: (otherlv_0= 'plan' ( (lv_name_1_0= rulePlanName ) ) ( (lv_title_2_0= RULE_STRING ) )? (otherlv_3= 'period' ( (lv_startYear_4_0= ruleYear ) ) otherlv_5= 'to' ( (lv_endYear_6_0= ruleYear ) ) )? (otherlv_7= 'adopted' otherlv_8= 'by' ( (lv_adoptedBy_9_0= RULE_STRING ) ) )? ( (lv_imports_10_0= ruleImport ) )* (otherlv_11= 'vision' ( (lv_vision_12_0= RULE_STRING ) ) )? (otherlv_13= 'mission' ( (lv_mission_14_0= RULE_STRING ) ) )? (otherlv_15= 'sectors' ( ( ruleCode ) ) (otherlv_17= ',' ( ( ruleCode ) ) )* )? ( ( (lv_values_19_0= ruleCoreValue ) ) | ( (lv_goals_20_0= ruleGoal ) ) | ( (lv_sectors_21_0= ruleSector ) ) | ( (lv_risks_22_0= ruleStrategicRisk ) ) | (otherlv_23= 'swot' otherlv_24= '{' ( (lv_swot_25_0= ruleSwotItem ) )* otherlv_26= '}' ) | (otherlv_27= 'wsis' otherlv_28= 'facilitator' ( (lv_wsisActionLines_29_0= ruleCode ) ) (otherlv_30= ',' ( (lv_wsisActionLines_31_0= ruleCode ) ) )* ) | (otherlv_32= 'sdg' otherlv_33= 'custodian' ( (lv_sdgCustodianIndicators_34_0= ruleCode ) ) (otherlv_35= ',' ( (lv_sdgCustodianIndicators_36_0= ruleCode ) ) )* ) | ( (lv_criteria_37_0= ruleImplementationCriterion ) ) | ( (lv_glossary_38_0= ruleGlossaryTerm ) ) )* )
            // InternalItup.g:80:3: otherlv_0= 'plan' ( (lv_name_1_0= rulePlanName ) ) ( (lv_title_2_0= RULE_STRING ) )? (otherlv_3= 'period' ( (lv_startYear_4_0= ruleYear ) ) otherlv_5= 'to' ( (lv_endYear_6_0= ruleYear ) ) )? (otherlv_7= 'adopted' otherlv_8= 'by' ( (lv_adoptedBy_9_0= RULE_STRING ) ) )? ( (lv_imports_10_0= ruleImport ) )* (otherlv_11= 'vision' ( (lv_vision_12_0= RULE_STRING ) ) )? (otherlv_13= 'mission' ( (lv_mission_14_0= RULE_STRING ) ) )? (otherlv_15= 'sectors' ( ( ruleCode ) ) (otherlv_17= ',' ( ( ruleCode ) ) )* )? ( ( (lv_values_19_0= ruleCoreValue ) ) | ( (lv_goals_20_0= ruleGoal ) ) | ( (lv_sectors_21_0= ruleSector ) ) | ( (lv_risks_22_0= ruleStrategicRisk ) ) | (otherlv_23= 'swot' otherlv_24= '{' ( (lv_swot_25_0= ruleSwotItem ) )* otherlv_26= '}' ) | (otherlv_27= 'wsis' otherlv_28= 'facilitator' ( (lv_wsisActionLines_29_0= ruleCode ) ) (otherlv_30= ',' ( (lv_wsisActionLines_31_0= ruleCode ) ) )* ) | (otherlv_32= 'sdg' otherlv_33= 'custodian' ( (lv_sdgCustodianIndicators_34_0= ruleCode ) ) (otherlv_35= ',' ( (lv_sdgCustodianIndicators_36_0= ruleCode ) ) )* ) | ( (lv_criteria_37_0= ruleImplementationCriterion ) ) | ( (lv_glossary_38_0= ruleGlossaryTerm ) ) )*
            {
            otherlv_0=(Token)match(input,11,FOLLOW_3); 

            			newLeafNode(otherlv_0, grammarAccess.getPlanAccess().getPlanKeyword_0());
            		
            // InternalItup.g:84:3: ( (lv_name_1_0= rulePlanName ) )
            // InternalItup.g:85:4: (lv_name_1_0= rulePlanName )
            {
            // InternalItup.g:85:4: (lv_name_1_0= rulePlanName )
            // InternalItup.g:86:5: lv_name_1_0= rulePlanName
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

            // InternalItup.g:103:3: ( (lv_title_2_0= RULE_STRING ) )?
            int alt1=2;
            int LA1_0 = input.LA(1);

            if ( (LA1_0==RULE_STRING) ) {
                alt1=1;
            }
            switch (alt1) {
                case 1 :
                    // InternalItup.g:104:4: (lv_title_2_0= RULE_STRING )
                    {
                    // InternalItup.g:104:4: (lv_title_2_0= RULE_STRING )
                    // InternalItup.g:105:5: lv_title_2_0= RULE_STRING
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

            // InternalItup.g:121:3: (otherlv_3= 'period' ( (lv_startYear_4_0= ruleYear ) ) otherlv_5= 'to' ( (lv_endYear_6_0= ruleYear ) ) )?
            int alt2=2;
            int LA2_0 = input.LA(1);

            if ( (LA2_0==12) ) {
                alt2=1;
            }
            switch (alt2) {
                case 1 :
                    // InternalItup.g:122:4: otherlv_3= 'period' ( (lv_startYear_4_0= ruleYear ) ) otherlv_5= 'to' ( (lv_endYear_6_0= ruleYear ) )
                    {
                    otherlv_3=(Token)match(input,12,FOLLOW_6); 

                    				newLeafNode(otherlv_3, grammarAccess.getPlanAccess().getPeriodKeyword_3_0());
                    			
                    // InternalItup.g:126:4: ( (lv_startYear_4_0= ruleYear ) )
                    // InternalItup.g:127:5: (lv_startYear_4_0= ruleYear )
                    {
                    // InternalItup.g:127:5: (lv_startYear_4_0= ruleYear )
                    // InternalItup.g:128:6: lv_startYear_4_0= ruleYear
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
                    			
                    // InternalItup.g:149:4: ( (lv_endYear_6_0= ruleYear ) )
                    // InternalItup.g:150:5: (lv_endYear_6_0= ruleYear )
                    {
                    // InternalItup.g:150:5: (lv_endYear_6_0= ruleYear )
                    // InternalItup.g:151:6: lv_endYear_6_0= ruleYear
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

            // InternalItup.g:169:3: (otherlv_7= 'adopted' otherlv_8= 'by' ( (lv_adoptedBy_9_0= RULE_STRING ) ) )?
            int alt3=2;
            int LA3_0 = input.LA(1);

            if ( (LA3_0==14) ) {
                alt3=1;
            }
            switch (alt3) {
                case 1 :
                    // InternalItup.g:170:4: otherlv_7= 'adopted' otherlv_8= 'by' ( (lv_adoptedBy_9_0= RULE_STRING ) )
                    {
                    otherlv_7=(Token)match(input,14,FOLLOW_9); 

                    				newLeafNode(otherlv_7, grammarAccess.getPlanAccess().getAdoptedKeyword_4_0());
                    			
                    otherlv_8=(Token)match(input,15,FOLLOW_10); 

                    				newLeafNode(otherlv_8, grammarAccess.getPlanAccess().getByKeyword_4_1());
                    			
                    // InternalItup.g:178:4: ( (lv_adoptedBy_9_0= RULE_STRING ) )
                    // InternalItup.g:179:5: (lv_adoptedBy_9_0= RULE_STRING )
                    {
                    // InternalItup.g:179:5: (lv_adoptedBy_9_0= RULE_STRING )
                    // InternalItup.g:180:6: lv_adoptedBy_9_0= RULE_STRING
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

            // InternalItup.g:197:3: ( (lv_imports_10_0= ruleImport ) )*
            loop4:
            do {
                int alt4=2;
                int LA4_0 = input.LA(1);

                if ( (LA4_0==27) ) {
                    alt4=1;
                }


                switch (alt4) {
            	case 1 :
            	    // InternalItup.g:198:4: (lv_imports_10_0= ruleImport )
            	    {
            	    // InternalItup.g:198:4: (lv_imports_10_0= ruleImport )
            	    // InternalItup.g:199:5: lv_imports_10_0= ruleImport
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
            	    break loop4;
                }
            } while (true);

            // InternalItup.g:216:3: (otherlv_11= 'vision' ( (lv_vision_12_0= RULE_STRING ) ) )?
            int alt5=2;
            int LA5_0 = input.LA(1);

            if ( (LA5_0==16) ) {
                alt5=1;
            }
            switch (alt5) {
                case 1 :
                    // InternalItup.g:217:4: otherlv_11= 'vision' ( (lv_vision_12_0= RULE_STRING ) )
                    {
                    otherlv_11=(Token)match(input,16,FOLLOW_10); 

                    				newLeafNode(otherlv_11, grammarAccess.getPlanAccess().getVisionKeyword_6_0());
                    			
                    // InternalItup.g:221:4: ( (lv_vision_12_0= RULE_STRING ) )
                    // InternalItup.g:222:5: (lv_vision_12_0= RULE_STRING )
                    {
                    // InternalItup.g:222:5: (lv_vision_12_0= RULE_STRING )
                    // InternalItup.g:223:6: lv_vision_12_0= RULE_STRING
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

            // InternalItup.g:240:3: (otherlv_13= 'mission' ( (lv_mission_14_0= RULE_STRING ) ) )?
            int alt6=2;
            int LA6_0 = input.LA(1);

            if ( (LA6_0==17) ) {
                alt6=1;
            }
            switch (alt6) {
                case 1 :
                    // InternalItup.g:241:4: otherlv_13= 'mission' ( (lv_mission_14_0= RULE_STRING ) )
                    {
                    otherlv_13=(Token)match(input,17,FOLLOW_10); 

                    				newLeafNode(otherlv_13, grammarAccess.getPlanAccess().getMissionKeyword_7_0());
                    			
                    // InternalItup.g:245:4: ( (lv_mission_14_0= RULE_STRING ) )
                    // InternalItup.g:246:5: (lv_mission_14_0= RULE_STRING )
                    {
                    // InternalItup.g:246:5: (lv_mission_14_0= RULE_STRING )
                    // InternalItup.g:247:6: lv_mission_14_0= RULE_STRING
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

            // InternalItup.g:264:3: (otherlv_15= 'sectors' ( ( ruleCode ) ) (otherlv_17= ',' ( ( ruleCode ) ) )* )?
            int alt8=2;
            int LA8_0 = input.LA(1);

            if ( (LA8_0==18) ) {
                alt8=1;
            }
            switch (alt8) {
                case 1 :
                    // InternalItup.g:265:4: otherlv_15= 'sectors' ( ( ruleCode ) ) (otherlv_17= ',' ( ( ruleCode ) ) )*
                    {
                    otherlv_15=(Token)match(input,18,FOLLOW_14); 

                    				newLeafNode(otherlv_15, grammarAccess.getPlanAccess().getSectorsKeyword_8_0());
                    			
                    // InternalItup.g:269:4: ( ( ruleCode ) )
                    // InternalItup.g:270:5: ( ruleCode )
                    {
                    // InternalItup.g:270:5: ( ruleCode )
                    // InternalItup.g:271:6: ruleCode
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

                    // InternalItup.g:285:4: (otherlv_17= ',' ( ( ruleCode ) ) )*
                    loop7:
                    do {
                        int alt7=2;
                        int LA7_0 = input.LA(1);

                        if ( (LA7_0==19) ) {
                            alt7=1;
                        }


                        switch (alt7) {
                    	case 1 :
                    	    // InternalItup.g:286:5: otherlv_17= ',' ( ( ruleCode ) )
                    	    {
                    	    otherlv_17=(Token)match(input,19,FOLLOW_14); 

                    	    					newLeafNode(otherlv_17, grammarAccess.getPlanAccess().getCommaKeyword_8_2_0());
                    	    				
                    	    // InternalItup.g:290:5: ( ( ruleCode ) )
                    	    // InternalItup.g:291:6: ( ruleCode )
                    	    {
                    	    // InternalItup.g:291:6: ( ruleCode )
                    	    // InternalItup.g:292:7: ruleCode
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
                    	    break loop7;
                        }
                    } while (true);


                    }
                    break;

            }

            // InternalItup.g:308:3: ( ( (lv_values_19_0= ruleCoreValue ) ) | ( (lv_goals_20_0= ruleGoal ) ) | ( (lv_sectors_21_0= ruleSector ) ) | ( (lv_risks_22_0= ruleStrategicRisk ) ) | (otherlv_23= 'swot' otherlv_24= '{' ( (lv_swot_25_0= ruleSwotItem ) )* otherlv_26= '}' ) | (otherlv_27= 'wsis' otherlv_28= 'facilitator' ( (lv_wsisActionLines_29_0= ruleCode ) ) (otherlv_30= ',' ( (lv_wsisActionLines_31_0= ruleCode ) ) )* ) | (otherlv_32= 'sdg' otherlv_33= 'custodian' ( (lv_sdgCustodianIndicators_34_0= ruleCode ) ) (otherlv_35= ',' ( (lv_sdgCustodianIndicators_36_0= ruleCode ) ) )* ) | ( (lv_criteria_37_0= ruleImplementationCriterion ) ) | ( (lv_glossary_38_0= ruleGlossaryTerm ) ) )*
            loop12:
            do {
                int alt12=10;
                switch ( input.LA(1) ) {
                case 28:
                    {
                    alt12=1;
                    }
                    break;
                case 29:
                    {
                    alt12=2;
                    }
                    break;
                case 65:
                case 66:
                case 67:
                    {
                    alt12=3;
                    }
                    break;
                case 53:
                    {
                    alt12=4;
                    }
                    break;
                case 20:
                    {
                    alt12=5;
                    }
                    break;
                case 23:
                    {
                    alt12=6;
                    }
                    break;
                case 25:
                    {
                    alt12=7;
                    }
                    break;
                case 56:
                    {
                    alt12=8;
                    }
                    break;
                case 57:
                    {
                    alt12=9;
                    }
                    break;

                }

                switch (alt12) {
            	case 1 :
            	    // InternalItup.g:309:4: ( (lv_values_19_0= ruleCoreValue ) )
            	    {
            	    // InternalItup.g:309:4: ( (lv_values_19_0= ruleCoreValue ) )
            	    // InternalItup.g:310:5: (lv_values_19_0= ruleCoreValue )
            	    {
            	    // InternalItup.g:310:5: (lv_values_19_0= ruleCoreValue )
            	    // InternalItup.g:311:6: lv_values_19_0= ruleCoreValue
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
            	    // InternalItup.g:329:4: ( (lv_goals_20_0= ruleGoal ) )
            	    {
            	    // InternalItup.g:329:4: ( (lv_goals_20_0= ruleGoal ) )
            	    // InternalItup.g:330:5: (lv_goals_20_0= ruleGoal )
            	    {
            	    // InternalItup.g:330:5: (lv_goals_20_0= ruleGoal )
            	    // InternalItup.g:331:6: lv_goals_20_0= ruleGoal
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
            	    // InternalItup.g:349:4: ( (lv_sectors_21_0= ruleSector ) )
            	    {
            	    // InternalItup.g:349:4: ( (lv_sectors_21_0= ruleSector ) )
            	    // InternalItup.g:350:5: (lv_sectors_21_0= ruleSector )
            	    {
            	    // InternalItup.g:350:5: (lv_sectors_21_0= ruleSector )
            	    // InternalItup.g:351:6: lv_sectors_21_0= ruleSector
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
            	    // InternalItup.g:369:4: ( (lv_risks_22_0= ruleStrategicRisk ) )
            	    {
            	    // InternalItup.g:369:4: ( (lv_risks_22_0= ruleStrategicRisk ) )
            	    // InternalItup.g:370:5: (lv_risks_22_0= ruleStrategicRisk )
            	    {
            	    // InternalItup.g:370:5: (lv_risks_22_0= ruleStrategicRisk )
            	    // InternalItup.g:371:6: lv_risks_22_0= ruleStrategicRisk
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
            	    // InternalItup.g:389:4: (otherlv_23= 'swot' otherlv_24= '{' ( (lv_swot_25_0= ruleSwotItem ) )* otherlv_26= '}' )
            	    {
            	    // InternalItup.g:389:4: (otherlv_23= 'swot' otherlv_24= '{' ( (lv_swot_25_0= ruleSwotItem ) )* otherlv_26= '}' )
            	    // InternalItup.g:390:5: otherlv_23= 'swot' otherlv_24= '{' ( (lv_swot_25_0= ruleSwotItem ) )* otherlv_26= '}'
            	    {
            	    otherlv_23=(Token)match(input,20,FOLLOW_17); 

            	    					newLeafNode(otherlv_23, grammarAccess.getPlanAccess().getSwotKeyword_9_4_0());
            	    				
            	    otherlv_24=(Token)match(input,21,FOLLOW_18); 

            	    					newLeafNode(otherlv_24, grammarAccess.getPlanAccess().getLeftCurlyBracketKeyword_9_4_1());
            	    				
            	    // InternalItup.g:398:5: ( (lv_swot_25_0= ruleSwotItem ) )*
            	    loop9:
            	    do {
            	        int alt9=2;
            	        int LA9_0 = input.LA(1);

            	        if ( ((LA9_0>=73 && LA9_0<=76)) ) {
            	            alt9=1;
            	        }


            	        switch (alt9) {
            	    	case 1 :
            	    	    // InternalItup.g:399:6: (lv_swot_25_0= ruleSwotItem )
            	    	    {
            	    	    // InternalItup.g:399:6: (lv_swot_25_0= ruleSwotItem )
            	    	    // InternalItup.g:400:7: lv_swot_25_0= ruleSwotItem
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
            	    	    break loop9;
            	        }
            	    } while (true);

            	    otherlv_26=(Token)match(input,22,FOLLOW_16); 

            	    					newLeafNode(otherlv_26, grammarAccess.getPlanAccess().getRightCurlyBracketKeyword_9_4_3());
            	    				

            	    }


            	    }
            	    break;
            	case 6 :
            	    // InternalItup.g:423:4: (otherlv_27= 'wsis' otherlv_28= 'facilitator' ( (lv_wsisActionLines_29_0= ruleCode ) ) (otherlv_30= ',' ( (lv_wsisActionLines_31_0= ruleCode ) ) )* )
            	    {
            	    // InternalItup.g:423:4: (otherlv_27= 'wsis' otherlv_28= 'facilitator' ( (lv_wsisActionLines_29_0= ruleCode ) ) (otherlv_30= ',' ( (lv_wsisActionLines_31_0= ruleCode ) ) )* )
            	    // InternalItup.g:424:5: otherlv_27= 'wsis' otherlv_28= 'facilitator' ( (lv_wsisActionLines_29_0= ruleCode ) ) (otherlv_30= ',' ( (lv_wsisActionLines_31_0= ruleCode ) ) )*
            	    {
            	    otherlv_27=(Token)match(input,23,FOLLOW_19); 

            	    					newLeafNode(otherlv_27, grammarAccess.getPlanAccess().getWsisKeyword_9_5_0());
            	    				
            	    otherlv_28=(Token)match(input,24,FOLLOW_14); 

            	    					newLeafNode(otherlv_28, grammarAccess.getPlanAccess().getFacilitatorKeyword_9_5_1());
            	    				
            	    // InternalItup.g:432:5: ( (lv_wsisActionLines_29_0= ruleCode ) )
            	    // InternalItup.g:433:6: (lv_wsisActionLines_29_0= ruleCode )
            	    {
            	    // InternalItup.g:433:6: (lv_wsisActionLines_29_0= ruleCode )
            	    // InternalItup.g:434:7: lv_wsisActionLines_29_0= ruleCode
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

            	    // InternalItup.g:451:5: (otherlv_30= ',' ( (lv_wsisActionLines_31_0= ruleCode ) ) )*
            	    loop10:
            	    do {
            	        int alt10=2;
            	        int LA10_0 = input.LA(1);

            	        if ( (LA10_0==19) ) {
            	            alt10=1;
            	        }


            	        switch (alt10) {
            	    	case 1 :
            	    	    // InternalItup.g:452:6: otherlv_30= ',' ( (lv_wsisActionLines_31_0= ruleCode ) )
            	    	    {
            	    	    otherlv_30=(Token)match(input,19,FOLLOW_14); 

            	    	    						newLeafNode(otherlv_30, grammarAccess.getPlanAccess().getCommaKeyword_9_5_3_0());
            	    	    					
            	    	    // InternalItup.g:456:6: ( (lv_wsisActionLines_31_0= ruleCode ) )
            	    	    // InternalItup.g:457:7: (lv_wsisActionLines_31_0= ruleCode )
            	    	    {
            	    	    // InternalItup.g:457:7: (lv_wsisActionLines_31_0= ruleCode )
            	    	    // InternalItup.g:458:8: lv_wsisActionLines_31_0= ruleCode
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
            	    	    break loop10;
            	        }
            	    } while (true);


            	    }


            	    }
            	    break;
            	case 7 :
            	    // InternalItup.g:478:4: (otherlv_32= 'sdg' otherlv_33= 'custodian' ( (lv_sdgCustodianIndicators_34_0= ruleCode ) ) (otherlv_35= ',' ( (lv_sdgCustodianIndicators_36_0= ruleCode ) ) )* )
            	    {
            	    // InternalItup.g:478:4: (otherlv_32= 'sdg' otherlv_33= 'custodian' ( (lv_sdgCustodianIndicators_34_0= ruleCode ) ) (otherlv_35= ',' ( (lv_sdgCustodianIndicators_36_0= ruleCode ) ) )* )
            	    // InternalItup.g:479:5: otherlv_32= 'sdg' otherlv_33= 'custodian' ( (lv_sdgCustodianIndicators_34_0= ruleCode ) ) (otherlv_35= ',' ( (lv_sdgCustodianIndicators_36_0= ruleCode ) ) )*
            	    {
            	    otherlv_32=(Token)match(input,25,FOLLOW_20); 

            	    					newLeafNode(otherlv_32, grammarAccess.getPlanAccess().getSdgKeyword_9_6_0());
            	    				
            	    otherlv_33=(Token)match(input,26,FOLLOW_14); 

            	    					newLeafNode(otherlv_33, grammarAccess.getPlanAccess().getCustodianKeyword_9_6_1());
            	    				
            	    // InternalItup.g:487:5: ( (lv_sdgCustodianIndicators_34_0= ruleCode ) )
            	    // InternalItup.g:488:6: (lv_sdgCustodianIndicators_34_0= ruleCode )
            	    {
            	    // InternalItup.g:488:6: (lv_sdgCustodianIndicators_34_0= ruleCode )
            	    // InternalItup.g:489:7: lv_sdgCustodianIndicators_34_0= ruleCode
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

            	    // InternalItup.g:506:5: (otherlv_35= ',' ( (lv_sdgCustodianIndicators_36_0= ruleCode ) ) )*
            	    loop11:
            	    do {
            	        int alt11=2;
            	        int LA11_0 = input.LA(1);

            	        if ( (LA11_0==19) ) {
            	            alt11=1;
            	        }


            	        switch (alt11) {
            	    	case 1 :
            	    	    // InternalItup.g:507:6: otherlv_35= ',' ( (lv_sdgCustodianIndicators_36_0= ruleCode ) )
            	    	    {
            	    	    otherlv_35=(Token)match(input,19,FOLLOW_14); 

            	    	    						newLeafNode(otherlv_35, grammarAccess.getPlanAccess().getCommaKeyword_9_6_3_0());
            	    	    					
            	    	    // InternalItup.g:511:6: ( (lv_sdgCustodianIndicators_36_0= ruleCode ) )
            	    	    // InternalItup.g:512:7: (lv_sdgCustodianIndicators_36_0= ruleCode )
            	    	    {
            	    	    // InternalItup.g:512:7: (lv_sdgCustodianIndicators_36_0= ruleCode )
            	    	    // InternalItup.g:513:8: lv_sdgCustodianIndicators_36_0= ruleCode
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
            	    	    break loop11;
            	        }
            	    } while (true);


            	    }


            	    }
            	    break;
            	case 8 :
            	    // InternalItup.g:533:4: ( (lv_criteria_37_0= ruleImplementationCriterion ) )
            	    {
            	    // InternalItup.g:533:4: ( (lv_criteria_37_0= ruleImplementationCriterion ) )
            	    // InternalItup.g:534:5: (lv_criteria_37_0= ruleImplementationCriterion )
            	    {
            	    // InternalItup.g:534:5: (lv_criteria_37_0= ruleImplementationCriterion )
            	    // InternalItup.g:535:6: lv_criteria_37_0= ruleImplementationCriterion
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
            	    // InternalItup.g:553:4: ( (lv_glossary_38_0= ruleGlossaryTerm ) )
            	    {
            	    // InternalItup.g:553:4: ( (lv_glossary_38_0= ruleGlossaryTerm ) )
            	    // InternalItup.g:554:5: (lv_glossary_38_0= ruleGlossaryTerm )
            	    {
            	    // InternalItup.g:554:5: (lv_glossary_38_0= ruleGlossaryTerm )
            	    // InternalItup.g:555:6: lv_glossary_38_0= ruleGlossaryTerm
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
            	    break loop12;
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


    // $ANTLR start "entryRuleImport"
    // InternalItup.g:577:1: entryRuleImport returns [EObject current=null] : iv_ruleImport= ruleImport EOF ;
    public final EObject entryRuleImport() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleImport = null;


        try {
            // InternalItup.g:577:47: (iv_ruleImport= ruleImport EOF )
            // InternalItup.g:578:2: iv_ruleImport= ruleImport EOF
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
    // InternalItup.g:584:1: ruleImport returns [EObject current=null] : (otherlv_0= 'import' ( ( rulePlanName ) ) ) ;
    public final EObject ruleImport() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;


        	enterRule();

        try {
            // InternalItup.g:590:2: ( (otherlv_0= 'import' ( ( rulePlanName ) ) ) )
            // InternalItup.g:591:2: (otherlv_0= 'import' ( ( rulePlanName ) ) )
            {
            // InternalItup.g:591:2: (otherlv_0= 'import' ( ( rulePlanName ) ) )
            // InternalItup.g:592:3: otherlv_0= 'import' ( ( rulePlanName ) )
            {
            otherlv_0=(Token)match(input,27,FOLLOW_3); 

            			newLeafNode(otherlv_0, grammarAccess.getImportAccess().getImportKeyword_0());
            		
            // InternalItup.g:596:3: ( ( rulePlanName ) )
            // InternalItup.g:597:4: ( rulePlanName )
            {
            // InternalItup.g:597:4: ( rulePlanName )
            // InternalItup.g:598:5: rulePlanName
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
    // InternalItup.g:616:1: entryRuleCoreValue returns [EObject current=null] : iv_ruleCoreValue= ruleCoreValue EOF ;
    public final EObject entryRuleCoreValue() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleCoreValue = null;


        try {
            // InternalItup.g:616:50: (iv_ruleCoreValue= ruleCoreValue EOF )
            // InternalItup.g:617:2: iv_ruleCoreValue= ruleCoreValue EOF
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
    // InternalItup.g:623:1: ruleCoreValue returns [EObject current=null] : (otherlv_0= 'value' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) ) ( (lv_statement_3_0= RULE_STRING ) )? ) ;
    public final EObject ruleCoreValue() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_title_2_0=null;
        Token lv_statement_3_0=null;
        AntlrDatatypeRuleToken lv_name_1_0 = null;



        	enterRule();

        try {
            // InternalItup.g:629:2: ( (otherlv_0= 'value' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) ) ( (lv_statement_3_0= RULE_STRING ) )? ) )
            // InternalItup.g:630:2: (otherlv_0= 'value' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) ) ( (lv_statement_3_0= RULE_STRING ) )? )
            {
            // InternalItup.g:630:2: (otherlv_0= 'value' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) ) ( (lv_statement_3_0= RULE_STRING ) )? )
            // InternalItup.g:631:3: otherlv_0= 'value' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) ) ( (lv_statement_3_0= RULE_STRING ) )?
            {
            otherlv_0=(Token)match(input,28,FOLLOW_14); 

            			newLeafNode(otherlv_0, grammarAccess.getCoreValueAccess().getValueKeyword_0());
            		
            // InternalItup.g:635:3: ( (lv_name_1_0= ruleCode ) )
            // InternalItup.g:636:4: (lv_name_1_0= ruleCode )
            {
            // InternalItup.g:636:4: (lv_name_1_0= ruleCode )
            // InternalItup.g:637:5: lv_name_1_0= ruleCode
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

            // InternalItup.g:654:3: ( (lv_title_2_0= RULE_STRING ) )
            // InternalItup.g:655:4: (lv_title_2_0= RULE_STRING )
            {
            // InternalItup.g:655:4: (lv_title_2_0= RULE_STRING )
            // InternalItup.g:656:5: lv_title_2_0= RULE_STRING
            {
            lv_title_2_0=(Token)match(input,RULE_STRING,FOLLOW_21); 

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

            // InternalItup.g:672:3: ( (lv_statement_3_0= RULE_STRING ) )?
            int alt13=2;
            int LA13_0 = input.LA(1);

            if ( (LA13_0==RULE_STRING) ) {
                alt13=1;
            }
            switch (alt13) {
                case 1 :
                    // InternalItup.g:673:4: (lv_statement_3_0= RULE_STRING )
                    {
                    // InternalItup.g:673:4: (lv_statement_3_0= RULE_STRING )
                    // InternalItup.g:674:5: lv_statement_3_0= RULE_STRING
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
    // InternalItup.g:694:1: entryRuleGoal returns [EObject current=null] : iv_ruleGoal= ruleGoal EOF ;
    public final EObject entryRuleGoal() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleGoal = null;


        try {
            // InternalItup.g:694:45: (iv_ruleGoal= ruleGoal EOF )
            // InternalItup.g:695:2: iv_ruleGoal= ruleGoal EOF
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
    // InternalItup.g:701:1: ruleGoal returns [EObject current=null] : (otherlv_0= 'goal' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )? (otherlv_6= 'description' ( (lv_description_7_0= RULE_STRING ) ) )? ( ( (lv_targets_8_0= ruleTarget ) ) | (otherlv_9= 'sdg' ( (lv_sdgLinks_10_0= ruleSdgLink ) ) (otherlv_11= ',' ( (lv_sdgLinks_12_0= ruleSdgLink ) ) )* ) | (otherlv_13= 'wsis' ( (lv_wsisActionLines_14_0= ruleCode ) ) (otherlv_15= ',' ( (lv_wsisActionLines_16_0= ruleCode ) ) )* ) )* otherlv_17= '}' ) ;
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
            // InternalItup.g:707:2: ( (otherlv_0= 'goal' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )? (otherlv_6= 'description' ( (lv_description_7_0= RULE_STRING ) ) )? ( ( (lv_targets_8_0= ruleTarget ) ) | (otherlv_9= 'sdg' ( (lv_sdgLinks_10_0= ruleSdgLink ) ) (otherlv_11= ',' ( (lv_sdgLinks_12_0= ruleSdgLink ) ) )* ) | (otherlv_13= 'wsis' ( (lv_wsisActionLines_14_0= ruleCode ) ) (otherlv_15= ',' ( (lv_wsisActionLines_16_0= ruleCode ) ) )* ) )* otherlv_17= '}' ) )
            // InternalItup.g:708:2: (otherlv_0= 'goal' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )? (otherlv_6= 'description' ( (lv_description_7_0= RULE_STRING ) ) )? ( ( (lv_targets_8_0= ruleTarget ) ) | (otherlv_9= 'sdg' ( (lv_sdgLinks_10_0= ruleSdgLink ) ) (otherlv_11= ',' ( (lv_sdgLinks_12_0= ruleSdgLink ) ) )* ) | (otherlv_13= 'wsis' ( (lv_wsisActionLines_14_0= ruleCode ) ) (otherlv_15= ',' ( (lv_wsisActionLines_16_0= ruleCode ) ) )* ) )* otherlv_17= '}' )
            {
            // InternalItup.g:708:2: (otherlv_0= 'goal' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )? (otherlv_6= 'description' ( (lv_description_7_0= RULE_STRING ) ) )? ( ( (lv_targets_8_0= ruleTarget ) ) | (otherlv_9= 'sdg' ( (lv_sdgLinks_10_0= ruleSdgLink ) ) (otherlv_11= ',' ( (lv_sdgLinks_12_0= ruleSdgLink ) ) )* ) | (otherlv_13= 'wsis' ( (lv_wsisActionLines_14_0= ruleCode ) ) (otherlv_15= ',' ( (lv_wsisActionLines_16_0= ruleCode ) ) )* ) )* otherlv_17= '}' )
            // InternalItup.g:709:3: otherlv_0= 'goal' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )? (otherlv_6= 'description' ( (lv_description_7_0= RULE_STRING ) ) )? ( ( (lv_targets_8_0= ruleTarget ) ) | (otherlv_9= 'sdg' ( (lv_sdgLinks_10_0= ruleSdgLink ) ) (otherlv_11= ',' ( (lv_sdgLinks_12_0= ruleSdgLink ) ) )* ) | (otherlv_13= 'wsis' ( (lv_wsisActionLines_14_0= ruleCode ) ) (otherlv_15= ',' ( (lv_wsisActionLines_16_0= ruleCode ) ) )* ) )* otherlv_17= '}'
            {
            otherlv_0=(Token)match(input,29,FOLLOW_14); 

            			newLeafNode(otherlv_0, grammarAccess.getGoalAccess().getGoalKeyword_0());
            		
            // InternalItup.g:713:3: ( (lv_name_1_0= ruleCode ) )
            // InternalItup.g:714:4: (lv_name_1_0= ruleCode )
            {
            // InternalItup.g:714:4: (lv_name_1_0= ruleCode )
            // InternalItup.g:715:5: lv_name_1_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getGoalAccess().getNameCodeParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_22);
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

            // InternalItup.g:732:3: ( (lv_title_2_0= RULE_STRING ) )?
            int alt14=2;
            int LA14_0 = input.LA(1);

            if ( (LA14_0==RULE_STRING) ) {
                alt14=1;
            }
            switch (alt14) {
                case 1 :
                    // InternalItup.g:733:4: (lv_title_2_0= RULE_STRING )
                    {
                    // InternalItup.g:733:4: (lv_title_2_0= RULE_STRING )
                    // InternalItup.g:734:5: lv_title_2_0= RULE_STRING
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

            otherlv_3=(Token)match(input,21,FOLLOW_23); 

            			newLeafNode(otherlv_3, grammarAccess.getGoalAccess().getLeftCurlyBracketKeyword_3());
            		
            // InternalItup.g:754:3: (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )?
            int alt15=2;
            int LA15_0 = input.LA(1);

            if ( (LA15_0==30) ) {
                alt15=1;
            }
            switch (alt15) {
                case 1 :
                    // InternalItup.g:755:4: otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) )
                    {
                    otherlv_4=(Token)match(input,30,FOLLOW_10); 

                    				newLeafNode(otherlv_4, grammarAccess.getGoalAccess().getStatementKeyword_4_0());
                    			
                    // InternalItup.g:759:4: ( (lv_statement_5_0= RULE_STRING ) )
                    // InternalItup.g:760:5: (lv_statement_5_0= RULE_STRING )
                    {
                    // InternalItup.g:760:5: (lv_statement_5_0= RULE_STRING )
                    // InternalItup.g:761:6: lv_statement_5_0= RULE_STRING
                    {
                    lv_statement_5_0=(Token)match(input,RULE_STRING,FOLLOW_24); 

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

            // InternalItup.g:778:3: (otherlv_6= 'description' ( (lv_description_7_0= RULE_STRING ) ) )?
            int alt16=2;
            int LA16_0 = input.LA(1);

            if ( (LA16_0==31) ) {
                alt16=1;
            }
            switch (alt16) {
                case 1 :
                    // InternalItup.g:779:4: otherlv_6= 'description' ( (lv_description_7_0= RULE_STRING ) )
                    {
                    otherlv_6=(Token)match(input,31,FOLLOW_10); 

                    				newLeafNode(otherlv_6, grammarAccess.getGoalAccess().getDescriptionKeyword_5_0());
                    			
                    // InternalItup.g:783:4: ( (lv_description_7_0= RULE_STRING ) )
                    // InternalItup.g:784:5: (lv_description_7_0= RULE_STRING )
                    {
                    // InternalItup.g:784:5: (lv_description_7_0= RULE_STRING )
                    // InternalItup.g:785:6: lv_description_7_0= RULE_STRING
                    {
                    lv_description_7_0=(Token)match(input,RULE_STRING,FOLLOW_25); 

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

            // InternalItup.g:802:3: ( ( (lv_targets_8_0= ruleTarget ) ) | (otherlv_9= 'sdg' ( (lv_sdgLinks_10_0= ruleSdgLink ) ) (otherlv_11= ',' ( (lv_sdgLinks_12_0= ruleSdgLink ) ) )* ) | (otherlv_13= 'wsis' ( (lv_wsisActionLines_14_0= ruleCode ) ) (otherlv_15= ',' ( (lv_wsisActionLines_16_0= ruleCode ) ) )* ) )*
            loop19:
            do {
                int alt19=4;
                switch ( input.LA(1) ) {
                case 32:
                    {
                    alt19=1;
                    }
                    break;
                case 25:
                    {
                    alt19=2;
                    }
                    break;
                case 23:
                    {
                    alt19=3;
                    }
                    break;

                }

                switch (alt19) {
            	case 1 :
            	    // InternalItup.g:803:4: ( (lv_targets_8_0= ruleTarget ) )
            	    {
            	    // InternalItup.g:803:4: ( (lv_targets_8_0= ruleTarget ) )
            	    // InternalItup.g:804:5: (lv_targets_8_0= ruleTarget )
            	    {
            	    // InternalItup.g:804:5: (lv_targets_8_0= ruleTarget )
            	    // InternalItup.g:805:6: lv_targets_8_0= ruleTarget
            	    {

            	    						newCompositeNode(grammarAccess.getGoalAccess().getTargetsTargetParserRuleCall_6_0_0());
            	    					
            	    pushFollow(FOLLOW_25);
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
            	    // InternalItup.g:823:4: (otherlv_9= 'sdg' ( (lv_sdgLinks_10_0= ruleSdgLink ) ) (otherlv_11= ',' ( (lv_sdgLinks_12_0= ruleSdgLink ) ) )* )
            	    {
            	    // InternalItup.g:823:4: (otherlv_9= 'sdg' ( (lv_sdgLinks_10_0= ruleSdgLink ) ) (otherlv_11= ',' ( (lv_sdgLinks_12_0= ruleSdgLink ) ) )* )
            	    // InternalItup.g:824:5: otherlv_9= 'sdg' ( (lv_sdgLinks_10_0= ruleSdgLink ) ) (otherlv_11= ',' ( (lv_sdgLinks_12_0= ruleSdgLink ) ) )*
            	    {
            	    otherlv_9=(Token)match(input,25,FOLLOW_14); 

            	    					newLeafNode(otherlv_9, grammarAccess.getGoalAccess().getSdgKeyword_6_1_0());
            	    				
            	    // InternalItup.g:828:5: ( (lv_sdgLinks_10_0= ruleSdgLink ) )
            	    // InternalItup.g:829:6: (lv_sdgLinks_10_0= ruleSdgLink )
            	    {
            	    // InternalItup.g:829:6: (lv_sdgLinks_10_0= ruleSdgLink )
            	    // InternalItup.g:830:7: lv_sdgLinks_10_0= ruleSdgLink
            	    {

            	    							newCompositeNode(grammarAccess.getGoalAccess().getSdgLinksSdgLinkParserRuleCall_6_1_1_0());
            	    						
            	    pushFollow(FOLLOW_26);
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

            	    // InternalItup.g:847:5: (otherlv_11= ',' ( (lv_sdgLinks_12_0= ruleSdgLink ) ) )*
            	    loop17:
            	    do {
            	        int alt17=2;
            	        int LA17_0 = input.LA(1);

            	        if ( (LA17_0==19) ) {
            	            alt17=1;
            	        }


            	        switch (alt17) {
            	    	case 1 :
            	    	    // InternalItup.g:848:6: otherlv_11= ',' ( (lv_sdgLinks_12_0= ruleSdgLink ) )
            	    	    {
            	    	    otherlv_11=(Token)match(input,19,FOLLOW_14); 

            	    	    						newLeafNode(otherlv_11, grammarAccess.getGoalAccess().getCommaKeyword_6_1_2_0());
            	    	    					
            	    	    // InternalItup.g:852:6: ( (lv_sdgLinks_12_0= ruleSdgLink ) )
            	    	    // InternalItup.g:853:7: (lv_sdgLinks_12_0= ruleSdgLink )
            	    	    {
            	    	    // InternalItup.g:853:7: (lv_sdgLinks_12_0= ruleSdgLink )
            	    	    // InternalItup.g:854:8: lv_sdgLinks_12_0= ruleSdgLink
            	    	    {

            	    	    								newCompositeNode(grammarAccess.getGoalAccess().getSdgLinksSdgLinkParserRuleCall_6_1_2_1_0());
            	    	    							
            	    	    pushFollow(FOLLOW_26);
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
            	    	    break loop17;
            	        }
            	    } while (true);


            	    }


            	    }
            	    break;
            	case 3 :
            	    // InternalItup.g:874:4: (otherlv_13= 'wsis' ( (lv_wsisActionLines_14_0= ruleCode ) ) (otherlv_15= ',' ( (lv_wsisActionLines_16_0= ruleCode ) ) )* )
            	    {
            	    // InternalItup.g:874:4: (otherlv_13= 'wsis' ( (lv_wsisActionLines_14_0= ruleCode ) ) (otherlv_15= ',' ( (lv_wsisActionLines_16_0= ruleCode ) ) )* )
            	    // InternalItup.g:875:5: otherlv_13= 'wsis' ( (lv_wsisActionLines_14_0= ruleCode ) ) (otherlv_15= ',' ( (lv_wsisActionLines_16_0= ruleCode ) ) )*
            	    {
            	    otherlv_13=(Token)match(input,23,FOLLOW_14); 

            	    					newLeafNode(otherlv_13, grammarAccess.getGoalAccess().getWsisKeyword_6_2_0());
            	    				
            	    // InternalItup.g:879:5: ( (lv_wsisActionLines_14_0= ruleCode ) )
            	    // InternalItup.g:880:6: (lv_wsisActionLines_14_0= ruleCode )
            	    {
            	    // InternalItup.g:880:6: (lv_wsisActionLines_14_0= ruleCode )
            	    // InternalItup.g:881:7: lv_wsisActionLines_14_0= ruleCode
            	    {

            	    							newCompositeNode(grammarAccess.getGoalAccess().getWsisActionLinesCodeParserRuleCall_6_2_1_0());
            	    						
            	    pushFollow(FOLLOW_26);
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

            	    // InternalItup.g:898:5: (otherlv_15= ',' ( (lv_wsisActionLines_16_0= ruleCode ) ) )*
            	    loop18:
            	    do {
            	        int alt18=2;
            	        int LA18_0 = input.LA(1);

            	        if ( (LA18_0==19) ) {
            	            alt18=1;
            	        }


            	        switch (alt18) {
            	    	case 1 :
            	    	    // InternalItup.g:899:6: otherlv_15= ',' ( (lv_wsisActionLines_16_0= ruleCode ) )
            	    	    {
            	    	    otherlv_15=(Token)match(input,19,FOLLOW_14); 

            	    	    						newLeafNode(otherlv_15, grammarAccess.getGoalAccess().getCommaKeyword_6_2_2_0());
            	    	    					
            	    	    // InternalItup.g:903:6: ( (lv_wsisActionLines_16_0= ruleCode ) )
            	    	    // InternalItup.g:904:7: (lv_wsisActionLines_16_0= ruleCode )
            	    	    {
            	    	    // InternalItup.g:904:7: (lv_wsisActionLines_16_0= ruleCode )
            	    	    // InternalItup.g:905:8: lv_wsisActionLines_16_0= ruleCode
            	    	    {

            	    	    								newCompositeNode(grammarAccess.getGoalAccess().getWsisActionLinesCodeParserRuleCall_6_2_2_1_0());
            	    	    							
            	    	    pushFollow(FOLLOW_26);
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
            	    	    break loop18;
            	        }
            	    } while (true);


            	    }


            	    }
            	    break;

            	default :
            	    break loop19;
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
    // InternalItup.g:933:1: entryRuleTarget returns [EObject current=null] : iv_ruleTarget= ruleTarget EOF ;
    public final EObject entryRuleTarget() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleTarget = null;


        try {
            // InternalItup.g:933:47: (iv_ruleTarget= ruleTarget EOF )
            // InternalItup.g:934:2: iv_ruleTarget= ruleTarget EOF
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
    // InternalItup.g:940:1: ruleTarget returns [EObject current=null] : (otherlv_0= 'target' ( (lv_name_1_0= ruleCode ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? ) | ( (lv_kind_10_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_11_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'population' ( (lv_population_13_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) ( (lv_indicators_14_0= rulePerformanceIndicator ) )* otherlv_15= '}' )? ) ;
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
            // InternalItup.g:946:2: ( (otherlv_0= 'target' ( (lv_name_1_0= ruleCode ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? ) | ( (lv_kind_10_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_11_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'population' ( (lv_population_13_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) ( (lv_indicators_14_0= rulePerformanceIndicator ) )* otherlv_15= '}' )? ) )
            // InternalItup.g:947:2: (otherlv_0= 'target' ( (lv_name_1_0= ruleCode ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? ) | ( (lv_kind_10_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_11_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'population' ( (lv_population_13_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) ( (lv_indicators_14_0= rulePerformanceIndicator ) )* otherlv_15= '}' )? )
            {
            // InternalItup.g:947:2: (otherlv_0= 'target' ( (lv_name_1_0= ruleCode ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? ) | ( (lv_kind_10_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_11_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'population' ( (lv_population_13_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) ( (lv_indicators_14_0= rulePerformanceIndicator ) )* otherlv_15= '}' )? )
            // InternalItup.g:948:3: otherlv_0= 'target' ( (lv_name_1_0= ruleCode ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? ) | ( (lv_kind_10_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_11_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'population' ( (lv_population_13_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) ( (lv_indicators_14_0= rulePerformanceIndicator ) )* otherlv_15= '}' )?
            {
            otherlv_0=(Token)match(input,32,FOLLOW_14); 

            			newLeafNode(otherlv_0, grammarAccess.getTargetAccess().getTargetKeyword_0());
            		
            // InternalItup.g:952:3: ( (lv_name_1_0= ruleCode ) )
            // InternalItup.g:953:4: (lv_name_1_0= ruleCode )
            {
            // InternalItup.g:953:4: (lv_name_1_0= ruleCode )
            // InternalItup.g:954:5: lv_name_1_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getTargetAccess().getNameCodeParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_27);
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

            // InternalItup.g:971:3: ( (lv_statement_2_0= RULE_STRING ) )?
            int alt20=2;
            int LA20_0 = input.LA(1);

            if ( (LA20_0==RULE_STRING) ) {
                alt20=1;
            }
            switch (alt20) {
                case 1 :
                    // InternalItup.g:972:4: (lv_statement_2_0= RULE_STRING )
                    {
                    // InternalItup.g:972:4: (lv_statement_2_0= RULE_STRING )
                    // InternalItup.g:973:5: lv_statement_2_0= RULE_STRING
                    {
                    lv_statement_2_0=(Token)match(input,RULE_STRING,FOLLOW_28); 

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

            // InternalItup.g:989:3: (otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? ) | ( (lv_kind_10_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_11_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'population' ( (lv_population_13_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) ( (lv_indicators_14_0= rulePerformanceIndicator ) )* otherlv_15= '}' )?
            int alt25=2;
            int LA25_0 = input.LA(1);

            if ( (LA25_0==21) ) {
                alt25=1;
            }
            switch (alt25) {
                case 1 :
                    // InternalItup.g:990:4: otherlv_3= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? ) | ( (lv_kind_10_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_11_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'population' ( (lv_population_13_0= RULE_STRING ) ) ) ) ) ) )* ) ) ) ( (lv_indicators_14_0= rulePerformanceIndicator ) )* otherlv_15= '}'
                    {
                    otherlv_3=(Token)match(input,21,FOLLOW_29); 

                    				newLeafNode(otherlv_3, grammarAccess.getTargetAccess().getLeftCurlyBracketKeyword_3_0());
                    			
                    // InternalItup.g:994:4: ( ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? ) | ( (lv_kind_10_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_11_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'population' ( (lv_population_13_0= RULE_STRING ) ) ) ) ) ) )* ) ) )
                    // InternalItup.g:995:5: ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? ) | ( (lv_kind_10_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_11_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'population' ( (lv_population_13_0= RULE_STRING ) ) ) ) ) ) )* ) )
                    {
                    // InternalItup.g:995:5: ( ( ( ({...}? => ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? ) | ( (lv_kind_10_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_11_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'population' ( (lv_population_13_0= RULE_STRING ) ) ) ) ) ) )* ) )
                    // InternalItup.g:996:6: ( ( ({...}? => ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? ) | ( (lv_kind_10_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_11_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'population' ( (lv_population_13_0= RULE_STRING ) ) ) ) ) ) )* )
                    {
                     
                    					  getUnorderedGroupHelper().enter(grammarAccess.getTargetAccess().getUnorderedGroup_3_1());
                    					
                    // InternalItup.g:999:6: ( ( ({...}? => ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? ) | ( (lv_kind_10_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_11_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'population' ( (lv_population_13_0= RULE_STRING ) ) ) ) ) ) )* )
                    // InternalItup.g:1000:7: ( ({...}? => ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? ) | ( (lv_kind_10_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_11_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'population' ( (lv_population_13_0= RULE_STRING ) ) ) ) ) ) )*
                    {
                    // InternalItup.g:1000:7: ( ({...}? => ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) ) ) | ({...}? => ( ({...}? => ( ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? ) | ( (lv_kind_10_0= ruleQualitativeTargetKind ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_11_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_12= 'population' ( (lv_population_13_0= RULE_STRING ) ) ) ) ) ) )*
                    loop23:
                    do {
                        int alt23=5;
                        int LA23_0 = input.LA(1);

                        if ( LA23_0 == 15 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 0) ) {
                            alt23=1;
                        }
                        else if ( LA23_0 >= 61 && LA23_0 <= 64 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 1) ) {
                            alt23=2;
                        }
                        else if ( LA23_0 == 34 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 2) ) {
                            alt23=3;
                        }
                        else if ( LA23_0 == 33 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 3) ) {
                            alt23=4;
                        }


                        switch (alt23) {
                    	case 1 :
                    	    // InternalItup.g:1001:5: ({...}? => ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) ) )
                    	    {
                    	    // InternalItup.g:1001:5: ({...}? => ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) ) )
                    	    // InternalItup.g:1002:6: {...}? => ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 0) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 0)");
                    	    }
                    	    // InternalItup.g:1002:106: ( ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) ) )
                    	    // InternalItup.g:1003:7: ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 0);
                    	    						
                    	    // InternalItup.g:1006:10: ({...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) ) )
                    	    // InternalItup.g:1006:11: {...}? => (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "true");
                    	    }
                    	    // InternalItup.g:1006:20: (otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) ) )
                    	    // InternalItup.g:1006:21: otherlv_5= 'by' ( (lv_deadline_6_0= ruleYear ) )
                    	    {
                    	    otherlv_5=(Token)match(input,15,FOLLOW_6); 

                    	    										newLeafNode(otherlv_5, grammarAccess.getTargetAccess().getByKeyword_3_1_0_0());
                    	    									
                    	    // InternalItup.g:1010:10: ( (lv_deadline_6_0= ruleYear ) )
                    	    // InternalItup.g:1011:11: (lv_deadline_6_0= ruleYear )
                    	    {
                    	    // InternalItup.g:1011:11: (lv_deadline_6_0= ruleYear )
                    	    // InternalItup.g:1012:12: lv_deadline_6_0= ruleYear
                    	    {

                    	    												newCompositeNode(grammarAccess.getTargetAccess().getDeadlineYearParserRuleCall_3_1_0_1_0());
                    	    											
                    	    pushFollow(FOLLOW_29);
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
                    	    // InternalItup.g:1035:5: ({...}? => ( ({...}? => ( ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? ) | ( (lv_kind_10_0= ruleQualitativeTargetKind ) ) ) ) ) )
                    	    {
                    	    // InternalItup.g:1035:5: ({...}? => ( ({...}? => ( ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? ) | ( (lv_kind_10_0= ruleQualitativeTargetKind ) ) ) ) ) )
                    	    // InternalItup.g:1036:6: {...}? => ( ({...}? => ( ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? ) | ( (lv_kind_10_0= ruleQualitativeTargetKind ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 1) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 1)");
                    	    }
                    	    // InternalItup.g:1036:106: ( ({...}? => ( ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? ) | ( (lv_kind_10_0= ruleQualitativeTargetKind ) ) ) ) )
                    	    // InternalItup.g:1037:7: ({...}? => ( ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? ) | ( (lv_kind_10_0= ruleQualitativeTargetKind ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 1);
                    	    						
                    	    // InternalItup.g:1040:10: ({...}? => ( ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? ) | ( (lv_kind_10_0= ruleQualitativeTargetKind ) ) ) )
                    	    // InternalItup.g:1040:11: {...}? => ( ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? ) | ( (lv_kind_10_0= ruleQualitativeTargetKind ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "true");
                    	    }
                    	    // InternalItup.g:1040:20: ( ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? ) | ( (lv_kind_10_0= ruleQualitativeTargetKind ) ) )
                    	    int alt22=2;
                    	    int LA22_0 = input.LA(1);

                    	    if ( ((LA22_0>=61 && LA22_0<=63)) ) {
                    	        alt22=1;
                    	    }
                    	    else if ( (LA22_0==64) ) {
                    	        alt22=2;
                    	    }
                    	    else {
                    	        NoViableAltException nvae =
                    	            new NoViableAltException("", 22, 0, input);

                    	        throw nvae;
                    	    }
                    	    switch (alt22) {
                    	        case 1 :
                    	            // InternalItup.g:1040:21: ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? )
                    	            {
                    	            // InternalItup.g:1040:21: ( ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )? )
                    	            // InternalItup.g:1041:11: ( (lv_kind_7_0= ruleMeasuredTargetKind ) ) ( (lv_value_8_0= ruleDecimal ) ) ( (lv_unit_9_0= RULE_STRING ) )?
                    	            {
                    	            // InternalItup.g:1041:11: ( (lv_kind_7_0= ruleMeasuredTargetKind ) )
                    	            // InternalItup.g:1042:12: (lv_kind_7_0= ruleMeasuredTargetKind )
                    	            {
                    	            // InternalItup.g:1042:12: (lv_kind_7_0= ruleMeasuredTargetKind )
                    	            // InternalItup.g:1043:13: lv_kind_7_0= ruleMeasuredTargetKind
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

                    	            // InternalItup.g:1060:11: ( (lv_value_8_0= ruleDecimal ) )
                    	            // InternalItup.g:1061:12: (lv_value_8_0= ruleDecimal )
                    	            {
                    	            // InternalItup.g:1061:12: (lv_value_8_0= ruleDecimal )
                    	            // InternalItup.g:1062:13: lv_value_8_0= ruleDecimal
                    	            {

                    	            													newCompositeNode(grammarAccess.getTargetAccess().getValueDecimalParserRuleCall_3_1_1_0_1_0());
                    	            												
                    	            pushFollow(FOLLOW_30);
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

                    	            // InternalItup.g:1079:11: ( (lv_unit_9_0= RULE_STRING ) )?
                    	            int alt21=2;
                    	            int LA21_0 = input.LA(1);

                    	            if ( (LA21_0==RULE_STRING) ) {
                    	                alt21=1;
                    	            }
                    	            switch (alt21) {
                    	                case 1 :
                    	                    // InternalItup.g:1080:12: (lv_unit_9_0= RULE_STRING )
                    	                    {
                    	                    // InternalItup.g:1080:12: (lv_unit_9_0= RULE_STRING )
                    	                    // InternalItup.g:1081:13: lv_unit_9_0= RULE_STRING
                    	                    {
                    	                    lv_unit_9_0=(Token)match(input,RULE_STRING,FOLLOW_29); 

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
                    	            // InternalItup.g:1099:10: ( (lv_kind_10_0= ruleQualitativeTargetKind ) )
                    	            {
                    	            // InternalItup.g:1099:10: ( (lv_kind_10_0= ruleQualitativeTargetKind ) )
                    	            // InternalItup.g:1100:11: (lv_kind_10_0= ruleQualitativeTargetKind )
                    	            {
                    	            // InternalItup.g:1100:11: (lv_kind_10_0= ruleQualitativeTargetKind )
                    	            // InternalItup.g:1101:12: lv_kind_10_0= ruleQualitativeTargetKind
                    	            {

                    	            												newCompositeNode(grammarAccess.getTargetAccess().getKindQualitativeTargetKindEnumRuleCall_3_1_1_1_0());
                    	            											
                    	            pushFollow(FOLLOW_29);
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
                    	    // InternalItup.g:1124:5: ({...}? => ( ({...}? => ( (lv_baseline_11_0= ruleBaseline ) ) ) ) )
                    	    {
                    	    // InternalItup.g:1124:5: ({...}? => ( ({...}? => ( (lv_baseline_11_0= ruleBaseline ) ) ) ) )
                    	    // InternalItup.g:1125:6: {...}? => ( ({...}? => ( (lv_baseline_11_0= ruleBaseline ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 2) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 2)");
                    	    }
                    	    // InternalItup.g:1125:106: ( ({...}? => ( (lv_baseline_11_0= ruleBaseline ) ) ) )
                    	    // InternalItup.g:1126:7: ({...}? => ( (lv_baseline_11_0= ruleBaseline ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 2);
                    	    						
                    	    // InternalItup.g:1129:10: ({...}? => ( (lv_baseline_11_0= ruleBaseline ) ) )
                    	    // InternalItup.g:1129:11: {...}? => ( (lv_baseline_11_0= ruleBaseline ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "true");
                    	    }
                    	    // InternalItup.g:1129:20: ( (lv_baseline_11_0= ruleBaseline ) )
                    	    // InternalItup.g:1129:21: (lv_baseline_11_0= ruleBaseline )
                    	    {
                    	    // InternalItup.g:1129:21: (lv_baseline_11_0= ruleBaseline )
                    	    // InternalItup.g:1130:11: lv_baseline_11_0= ruleBaseline
                    	    {

                    	    											newCompositeNode(grammarAccess.getTargetAccess().getBaselineBaselineParserRuleCall_3_1_2_0());
                    	    										
                    	    pushFollow(FOLLOW_29);
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
                    	    // InternalItup.g:1152:5: ({...}? => ( ({...}? => (otherlv_12= 'population' ( (lv_population_13_0= RULE_STRING ) ) ) ) ) )
                    	    {
                    	    // InternalItup.g:1152:5: ({...}? => ( ({...}? => (otherlv_12= 'population' ( (lv_population_13_0= RULE_STRING ) ) ) ) ) )
                    	    // InternalItup.g:1153:6: {...}? => ( ({...}? => (otherlv_12= 'population' ( (lv_population_13_0= RULE_STRING ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 3) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 3)");
                    	    }
                    	    // InternalItup.g:1153:106: ( ({...}? => (otherlv_12= 'population' ( (lv_population_13_0= RULE_STRING ) ) ) ) )
                    	    // InternalItup.g:1154:7: ({...}? => (otherlv_12= 'population' ( (lv_population_13_0= RULE_STRING ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 3);
                    	    						
                    	    // InternalItup.g:1157:10: ({...}? => (otherlv_12= 'population' ( (lv_population_13_0= RULE_STRING ) ) ) )
                    	    // InternalItup.g:1157:11: {...}? => (otherlv_12= 'population' ( (lv_population_13_0= RULE_STRING ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "ruleTarget", "true");
                    	    }
                    	    // InternalItup.g:1157:20: (otherlv_12= 'population' ( (lv_population_13_0= RULE_STRING ) ) )
                    	    // InternalItup.g:1157:21: otherlv_12= 'population' ( (lv_population_13_0= RULE_STRING ) )
                    	    {
                    	    otherlv_12=(Token)match(input,33,FOLLOW_10); 

                    	    										newLeafNode(otherlv_12, grammarAccess.getTargetAccess().getPopulationKeyword_3_1_3_0());
                    	    									
                    	    // InternalItup.g:1161:10: ( (lv_population_13_0= RULE_STRING ) )
                    	    // InternalItup.g:1162:11: (lv_population_13_0= RULE_STRING )
                    	    {
                    	    // InternalItup.g:1162:11: (lv_population_13_0= RULE_STRING )
                    	    // InternalItup.g:1163:12: lv_population_13_0= RULE_STRING
                    	    {
                    	    lv_population_13_0=(Token)match(input,RULE_STRING,FOLLOW_29); 

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
                    	    break loop23;
                        }
                    } while (true);


                    }


                    }

                     
                    					  getUnorderedGroupHelper().leave(grammarAccess.getTargetAccess().getUnorderedGroup_3_1());
                    					

                    }

                    // InternalItup.g:1192:4: ( (lv_indicators_14_0= rulePerformanceIndicator ) )*
                    loop24:
                    do {
                        int alt24=2;
                        int LA24_0 = input.LA(1);

                        if ( (LA24_0==44) ) {
                            alt24=1;
                        }


                        switch (alt24) {
                    	case 1 :
                    	    // InternalItup.g:1193:5: (lv_indicators_14_0= rulePerformanceIndicator )
                    	    {
                    	    // InternalItup.g:1193:5: (lv_indicators_14_0= rulePerformanceIndicator )
                    	    // InternalItup.g:1194:6: lv_indicators_14_0= rulePerformanceIndicator
                    	    {

                    	    						newCompositeNode(grammarAccess.getTargetAccess().getIndicatorsPerformanceIndicatorParserRuleCall_3_2_0());
                    	    					
                    	    pushFollow(FOLLOW_31);
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
                    	    break loop24;
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
    // InternalItup.g:1220:1: entryRuleBaseline returns [EObject current=null] : iv_ruleBaseline= ruleBaseline EOF ;
    public final EObject entryRuleBaseline() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleBaseline = null;


        try {
            // InternalItup.g:1220:49: (iv_ruleBaseline= ruleBaseline EOF )
            // InternalItup.g:1221:2: iv_ruleBaseline= ruleBaseline EOF
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
    // InternalItup.g:1227:1: ruleBaseline returns [EObject current=null] : (otherlv_0= 'baseline' ( (lv_year_1_0= ruleYear ) ) (otherlv_2= 'value' ( (lv_value_3_0= ruleDecimal ) ) ( (lv_unit_4_0= RULE_STRING ) )? )? ) ;
    public final EObject ruleBaseline() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_2=null;
        Token lv_unit_4_0=null;
        AntlrDatatypeRuleToken lv_year_1_0 = null;

        AntlrDatatypeRuleToken lv_value_3_0 = null;



        	enterRule();

        try {
            // InternalItup.g:1233:2: ( (otherlv_0= 'baseline' ( (lv_year_1_0= ruleYear ) ) (otherlv_2= 'value' ( (lv_value_3_0= ruleDecimal ) ) ( (lv_unit_4_0= RULE_STRING ) )? )? ) )
            // InternalItup.g:1234:2: (otherlv_0= 'baseline' ( (lv_year_1_0= ruleYear ) ) (otherlv_2= 'value' ( (lv_value_3_0= ruleDecimal ) ) ( (lv_unit_4_0= RULE_STRING ) )? )? )
            {
            // InternalItup.g:1234:2: (otherlv_0= 'baseline' ( (lv_year_1_0= ruleYear ) ) (otherlv_2= 'value' ( (lv_value_3_0= ruleDecimal ) ) ( (lv_unit_4_0= RULE_STRING ) )? )? )
            // InternalItup.g:1235:3: otherlv_0= 'baseline' ( (lv_year_1_0= ruleYear ) ) (otherlv_2= 'value' ( (lv_value_3_0= ruleDecimal ) ) ( (lv_unit_4_0= RULE_STRING ) )? )?
            {
            otherlv_0=(Token)match(input,34,FOLLOW_6); 

            			newLeafNode(otherlv_0, grammarAccess.getBaselineAccess().getBaselineKeyword_0());
            		
            // InternalItup.g:1239:3: ( (lv_year_1_0= ruleYear ) )
            // InternalItup.g:1240:4: (lv_year_1_0= ruleYear )
            {
            // InternalItup.g:1240:4: (lv_year_1_0= ruleYear )
            // InternalItup.g:1241:5: lv_year_1_0= ruleYear
            {

            					newCompositeNode(grammarAccess.getBaselineAccess().getYearYearParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_32);
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

            // InternalItup.g:1258:3: (otherlv_2= 'value' ( (lv_value_3_0= ruleDecimal ) ) ( (lv_unit_4_0= RULE_STRING ) )? )?
            int alt27=2;
            int LA27_0 = input.LA(1);

            if ( (LA27_0==28) ) {
                alt27=1;
            }
            switch (alt27) {
                case 1 :
                    // InternalItup.g:1259:4: otherlv_2= 'value' ( (lv_value_3_0= ruleDecimal ) ) ( (lv_unit_4_0= RULE_STRING ) )?
                    {
                    otherlv_2=(Token)match(input,28,FOLLOW_6); 

                    				newLeafNode(otherlv_2, grammarAccess.getBaselineAccess().getValueKeyword_2_0());
                    			
                    // InternalItup.g:1263:4: ( (lv_value_3_0= ruleDecimal ) )
                    // InternalItup.g:1264:5: (lv_value_3_0= ruleDecimal )
                    {
                    // InternalItup.g:1264:5: (lv_value_3_0= ruleDecimal )
                    // InternalItup.g:1265:6: lv_value_3_0= ruleDecimal
                    {

                    						newCompositeNode(grammarAccess.getBaselineAccess().getValueDecimalParserRuleCall_2_1_0());
                    					
                    pushFollow(FOLLOW_21);
                    lv_value_3_0=ruleDecimal();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getBaselineRule());
                    						}
                    						set(
                    							current,
                    							"value",
                    							lv_value_3_0,
                    							"org.itup.dsl.Itup.Decimal");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }

                    // InternalItup.g:1282:4: ( (lv_unit_4_0= RULE_STRING ) )?
                    int alt26=2;
                    int LA26_0 = input.LA(1);

                    if ( (LA26_0==RULE_STRING) ) {
                        alt26=1;
                    }
                    switch (alt26) {
                        case 1 :
                            // InternalItup.g:1283:5: (lv_unit_4_0= RULE_STRING )
                            {
                            // InternalItup.g:1283:5: (lv_unit_4_0= RULE_STRING )
                            // InternalItup.g:1284:6: lv_unit_4_0= RULE_STRING
                            {
                            lv_unit_4_0=(Token)match(input,RULE_STRING,FOLLOW_2); 

                            						newLeafNode(lv_unit_4_0, grammarAccess.getBaselineAccess().getUnitSTRINGTerminalRuleCall_2_2_0());
                            					

                            						if (current==null) {
                            							current = createModelElement(grammarAccess.getBaselineRule());
                            						}
                            						setWithLastConsumed(
                            							current,
                            							"unit",
                            							lv_unit_4_0,
                            							"org.eclipse.xtext.common.Terminals.STRING");
                            					

                            }


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
        }
        return current;
    }
    // $ANTLR end "ruleBaseline"


    // $ANTLR start "entryRuleSdgLink"
    // InternalItup.g:1305:1: entryRuleSdgLink returns [EObject current=null] : iv_ruleSdgLink= ruleSdgLink EOF ;
    public final EObject entryRuleSdgLink() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleSdgLink = null;


        try {
            // InternalItup.g:1305:48: (iv_ruleSdgLink= ruleSdgLink EOF )
            // InternalItup.g:1306:2: iv_ruleSdgLink= ruleSdgLink EOF
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
    // InternalItup.g:1312:1: ruleSdgLink returns [EObject current=null] : ( ( (lv_target_0_0= ruleCode ) ) (otherlv_1= '(' ( (lv_indicators_2_0= ruleCode ) ) (otherlv_3= ',' ( (lv_indicators_4_0= ruleCode ) ) )* otherlv_5= ')' )? ) ;
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
            // InternalItup.g:1318:2: ( ( ( (lv_target_0_0= ruleCode ) ) (otherlv_1= '(' ( (lv_indicators_2_0= ruleCode ) ) (otherlv_3= ',' ( (lv_indicators_4_0= ruleCode ) ) )* otherlv_5= ')' )? ) )
            // InternalItup.g:1319:2: ( ( (lv_target_0_0= ruleCode ) ) (otherlv_1= '(' ( (lv_indicators_2_0= ruleCode ) ) (otherlv_3= ',' ( (lv_indicators_4_0= ruleCode ) ) )* otherlv_5= ')' )? )
            {
            // InternalItup.g:1319:2: ( ( (lv_target_0_0= ruleCode ) ) (otherlv_1= '(' ( (lv_indicators_2_0= ruleCode ) ) (otherlv_3= ',' ( (lv_indicators_4_0= ruleCode ) ) )* otherlv_5= ')' )? )
            // InternalItup.g:1320:3: ( (lv_target_0_0= ruleCode ) ) (otherlv_1= '(' ( (lv_indicators_2_0= ruleCode ) ) (otherlv_3= ',' ( (lv_indicators_4_0= ruleCode ) ) )* otherlv_5= ')' )?
            {
            // InternalItup.g:1320:3: ( (lv_target_0_0= ruleCode ) )
            // InternalItup.g:1321:4: (lv_target_0_0= ruleCode )
            {
            // InternalItup.g:1321:4: (lv_target_0_0= ruleCode )
            // InternalItup.g:1322:5: lv_target_0_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getSdgLinkAccess().getTargetCodeParserRuleCall_0_0());
            				
            pushFollow(FOLLOW_33);
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

            // InternalItup.g:1339:3: (otherlv_1= '(' ( (lv_indicators_2_0= ruleCode ) ) (otherlv_3= ',' ( (lv_indicators_4_0= ruleCode ) ) )* otherlv_5= ')' )?
            int alt29=2;
            int LA29_0 = input.LA(1);

            if ( (LA29_0==35) ) {
                alt29=1;
            }
            switch (alt29) {
                case 1 :
                    // InternalItup.g:1340:4: otherlv_1= '(' ( (lv_indicators_2_0= ruleCode ) ) (otherlv_3= ',' ( (lv_indicators_4_0= ruleCode ) ) )* otherlv_5= ')'
                    {
                    otherlv_1=(Token)match(input,35,FOLLOW_14); 

                    				newLeafNode(otherlv_1, grammarAccess.getSdgLinkAccess().getLeftParenthesisKeyword_1_0());
                    			
                    // InternalItup.g:1344:4: ( (lv_indicators_2_0= ruleCode ) )
                    // InternalItup.g:1345:5: (lv_indicators_2_0= ruleCode )
                    {
                    // InternalItup.g:1345:5: (lv_indicators_2_0= ruleCode )
                    // InternalItup.g:1346:6: lv_indicators_2_0= ruleCode
                    {

                    						newCompositeNode(grammarAccess.getSdgLinkAccess().getIndicatorsCodeParserRuleCall_1_1_0());
                    					
                    pushFollow(FOLLOW_34);
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

                    // InternalItup.g:1363:4: (otherlv_3= ',' ( (lv_indicators_4_0= ruleCode ) ) )*
                    loop28:
                    do {
                        int alt28=2;
                        int LA28_0 = input.LA(1);

                        if ( (LA28_0==19) ) {
                            alt28=1;
                        }


                        switch (alt28) {
                    	case 1 :
                    	    // InternalItup.g:1364:5: otherlv_3= ',' ( (lv_indicators_4_0= ruleCode ) )
                    	    {
                    	    otherlv_3=(Token)match(input,19,FOLLOW_14); 

                    	    					newLeafNode(otherlv_3, grammarAccess.getSdgLinkAccess().getCommaKeyword_1_2_0());
                    	    				
                    	    // InternalItup.g:1368:5: ( (lv_indicators_4_0= ruleCode ) )
                    	    // InternalItup.g:1369:6: (lv_indicators_4_0= ruleCode )
                    	    {
                    	    // InternalItup.g:1369:6: (lv_indicators_4_0= ruleCode )
                    	    // InternalItup.g:1370:7: lv_indicators_4_0= ruleCode
                    	    {

                    	    							newCompositeNode(grammarAccess.getSdgLinkAccess().getIndicatorsCodeParserRuleCall_1_2_1_0());
                    	    						
                    	    pushFollow(FOLLOW_34);
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
                    	    break loop28;
                        }
                    } while (true);

                    otherlv_5=(Token)match(input,36,FOLLOW_2); 

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
    // InternalItup.g:1397:1: entryRuleSector returns [EObject current=null] : iv_ruleSector= ruleSector EOF ;
    public final EObject entryRuleSector() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleSector = null;


        try {
            // InternalItup.g:1397:47: (iv_ruleSector= ruleSector EOF )
            // InternalItup.g:1398:2: iv_ruleSector= ruleSector EOF
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
    // InternalItup.g:1404:1: ruleSector returns [EObject current=null] : ( ( (lv_kind_0_0= ruleSectorKind ) ) ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'bureau' ( (lv_bureau_5_0= ruleBureau ) ) )? ( ( (lv_objectives_6_0= ruleObjective ) ) | ( (lv_enablers_7_0= ruleEnabler ) ) )* otherlv_8= '}' ) ;
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
            // InternalItup.g:1410:2: ( ( ( (lv_kind_0_0= ruleSectorKind ) ) ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'bureau' ( (lv_bureau_5_0= ruleBureau ) ) )? ( ( (lv_objectives_6_0= ruleObjective ) ) | ( (lv_enablers_7_0= ruleEnabler ) ) )* otherlv_8= '}' ) )
            // InternalItup.g:1411:2: ( ( (lv_kind_0_0= ruleSectorKind ) ) ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'bureau' ( (lv_bureau_5_0= ruleBureau ) ) )? ( ( (lv_objectives_6_0= ruleObjective ) ) | ( (lv_enablers_7_0= ruleEnabler ) ) )* otherlv_8= '}' )
            {
            // InternalItup.g:1411:2: ( ( (lv_kind_0_0= ruleSectorKind ) ) ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'bureau' ( (lv_bureau_5_0= ruleBureau ) ) )? ( ( (lv_objectives_6_0= ruleObjective ) ) | ( (lv_enablers_7_0= ruleEnabler ) ) )* otherlv_8= '}' )
            // InternalItup.g:1412:3: ( (lv_kind_0_0= ruleSectorKind ) ) ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'bureau' ( (lv_bureau_5_0= ruleBureau ) ) )? ( ( (lv_objectives_6_0= ruleObjective ) ) | ( (lv_enablers_7_0= ruleEnabler ) ) )* otherlv_8= '}'
            {
            // InternalItup.g:1412:3: ( (lv_kind_0_0= ruleSectorKind ) )
            // InternalItup.g:1413:4: (lv_kind_0_0= ruleSectorKind )
            {
            // InternalItup.g:1413:4: (lv_kind_0_0= ruleSectorKind )
            // InternalItup.g:1414:5: lv_kind_0_0= ruleSectorKind
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

            // InternalItup.g:1431:3: ( (lv_name_1_0= ruleCode ) )
            // InternalItup.g:1432:4: (lv_name_1_0= ruleCode )
            {
            // InternalItup.g:1432:4: (lv_name_1_0= ruleCode )
            // InternalItup.g:1433:5: lv_name_1_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getSectorAccess().getNameCodeParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_22);
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

            // InternalItup.g:1450:3: ( (lv_title_2_0= RULE_STRING ) )?
            int alt30=2;
            int LA30_0 = input.LA(1);

            if ( (LA30_0==RULE_STRING) ) {
                alt30=1;
            }
            switch (alt30) {
                case 1 :
                    // InternalItup.g:1451:4: (lv_title_2_0= RULE_STRING )
                    {
                    // InternalItup.g:1451:4: (lv_title_2_0= RULE_STRING )
                    // InternalItup.g:1452:5: lv_title_2_0= RULE_STRING
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

            otherlv_3=(Token)match(input,21,FOLLOW_35); 

            			newLeafNode(otherlv_3, grammarAccess.getSectorAccess().getLeftCurlyBracketKeyword_3());
            		
            // InternalItup.g:1472:3: (otherlv_4= 'bureau' ( (lv_bureau_5_0= ruleBureau ) ) )?
            int alt31=2;
            int LA31_0 = input.LA(1);

            if ( (LA31_0==37) ) {
                alt31=1;
            }
            switch (alt31) {
                case 1 :
                    // InternalItup.g:1473:4: otherlv_4= 'bureau' ( (lv_bureau_5_0= ruleBureau ) )
                    {
                    otherlv_4=(Token)match(input,37,FOLLOW_14); 

                    				newLeafNode(otherlv_4, grammarAccess.getSectorAccess().getBureauKeyword_4_0());
                    			
                    // InternalItup.g:1477:4: ( (lv_bureau_5_0= ruleBureau ) )
                    // InternalItup.g:1478:5: (lv_bureau_5_0= ruleBureau )
                    {
                    // InternalItup.g:1478:5: (lv_bureau_5_0= ruleBureau )
                    // InternalItup.g:1479:6: lv_bureau_5_0= ruleBureau
                    {

                    						newCompositeNode(grammarAccess.getSectorAccess().getBureauBureauParserRuleCall_4_1_0());
                    					
                    pushFollow(FOLLOW_36);
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

            // InternalItup.g:1497:3: ( ( (lv_objectives_6_0= ruleObjective ) ) | ( (lv_enablers_7_0= ruleEnabler ) ) )*
            loop32:
            do {
                int alt32=3;
                int LA32_0 = input.LA(1);

                if ( (LA32_0==38) ) {
                    alt32=1;
                }
                else if ( (LA32_0==47) ) {
                    alt32=2;
                }


                switch (alt32) {
            	case 1 :
            	    // InternalItup.g:1498:4: ( (lv_objectives_6_0= ruleObjective ) )
            	    {
            	    // InternalItup.g:1498:4: ( (lv_objectives_6_0= ruleObjective ) )
            	    // InternalItup.g:1499:5: (lv_objectives_6_0= ruleObjective )
            	    {
            	    // InternalItup.g:1499:5: (lv_objectives_6_0= ruleObjective )
            	    // InternalItup.g:1500:6: lv_objectives_6_0= ruleObjective
            	    {

            	    						newCompositeNode(grammarAccess.getSectorAccess().getObjectivesObjectiveParserRuleCall_5_0_0());
            	    					
            	    pushFollow(FOLLOW_36);
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
            	    // InternalItup.g:1518:4: ( (lv_enablers_7_0= ruleEnabler ) )
            	    {
            	    // InternalItup.g:1518:4: ( (lv_enablers_7_0= ruleEnabler ) )
            	    // InternalItup.g:1519:5: (lv_enablers_7_0= ruleEnabler )
            	    {
            	    // InternalItup.g:1519:5: (lv_enablers_7_0= ruleEnabler )
            	    // InternalItup.g:1520:6: lv_enablers_7_0= ruleEnabler
            	    {

            	    						newCompositeNode(grammarAccess.getSectorAccess().getEnablersEnablerParserRuleCall_5_1_0());
            	    					
            	    pushFollow(FOLLOW_36);
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
            	    break loop32;
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
    // InternalItup.g:1546:1: entryRuleBureau returns [EObject current=null] : iv_ruleBureau= ruleBureau EOF ;
    public final EObject entryRuleBureau() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleBureau = null;


        try {
            // InternalItup.g:1546:47: (iv_ruleBureau= ruleBureau EOF )
            // InternalItup.g:1547:2: iv_ruleBureau= ruleBureau EOF
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
    // InternalItup.g:1553:1: ruleBureau returns [EObject current=null] : ( ( (lv_name_0_0= ruleCode ) ) ( (lv_title_1_0= RULE_STRING ) )? ) ;
    public final EObject ruleBureau() throws RecognitionException {
        EObject current = null;

        Token lv_title_1_0=null;
        AntlrDatatypeRuleToken lv_name_0_0 = null;



        	enterRule();

        try {
            // InternalItup.g:1559:2: ( ( ( (lv_name_0_0= ruleCode ) ) ( (lv_title_1_0= RULE_STRING ) )? ) )
            // InternalItup.g:1560:2: ( ( (lv_name_0_0= ruleCode ) ) ( (lv_title_1_0= RULE_STRING ) )? )
            {
            // InternalItup.g:1560:2: ( ( (lv_name_0_0= ruleCode ) ) ( (lv_title_1_0= RULE_STRING ) )? )
            // InternalItup.g:1561:3: ( (lv_name_0_0= ruleCode ) ) ( (lv_title_1_0= RULE_STRING ) )?
            {
            // InternalItup.g:1561:3: ( (lv_name_0_0= ruleCode ) )
            // InternalItup.g:1562:4: (lv_name_0_0= ruleCode )
            {
            // InternalItup.g:1562:4: (lv_name_0_0= ruleCode )
            // InternalItup.g:1563:5: lv_name_0_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getBureauAccess().getNameCodeParserRuleCall_0_0());
            				
            pushFollow(FOLLOW_21);
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

            // InternalItup.g:1580:3: ( (lv_title_1_0= RULE_STRING ) )?
            int alt33=2;
            int LA33_0 = input.LA(1);

            if ( (LA33_0==RULE_STRING) ) {
                alt33=1;
            }
            switch (alt33) {
                case 1 :
                    // InternalItup.g:1581:4: (lv_title_1_0= RULE_STRING )
                    {
                    // InternalItup.g:1581:4: (lv_title_1_0= RULE_STRING )
                    // InternalItup.g:1582:5: lv_title_1_0= RULE_STRING
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
    // InternalItup.g:1602:1: entryRuleObjective returns [EObject current=null] : iv_ruleObjective= ruleObjective EOF ;
    public final EObject entryRuleObjective() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleObjective = null;


        try {
            // InternalItup.g:1602:50: (iv_ruleObjective= ruleObjective EOF )
            // InternalItup.g:1603:2: iv_ruleObjective= ruleObjective EOF
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
    // InternalItup.g:1609:1: ruleObjective returns [EObject current=null] : (otherlv_0= 'objective' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )? ( (otherlv_6= 'primary' (otherlv_7= 'goal' | otherlv_8= 'goals' ) ( ( ruleCode ) ) (otherlv_10= ',' ( ( ruleCode ) ) )* ) | (otherlv_12= 'secondary' (otherlv_13= 'goal' | otherlv_14= 'goals' ) ( ( ruleCode ) ) (otherlv_16= ',' ( ( ruleCode ) ) )* ) | (otherlv_18= 'wsis' ( (lv_wsisActionLines_19_0= ruleCode ) ) (otherlv_20= ',' ( (lv_wsisActionLines_21_0= ruleCode ) ) )* ) | ( (lv_outcomes_22_0= ruleOutcome ) ) | ( (lv_outputs_23_0= ruleOutput ) ) )* otherlv_24= '}' ) ;
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
            // InternalItup.g:1615:2: ( (otherlv_0= 'objective' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )? ( (otherlv_6= 'primary' (otherlv_7= 'goal' | otherlv_8= 'goals' ) ( ( ruleCode ) ) (otherlv_10= ',' ( ( ruleCode ) ) )* ) | (otherlv_12= 'secondary' (otherlv_13= 'goal' | otherlv_14= 'goals' ) ( ( ruleCode ) ) (otherlv_16= ',' ( ( ruleCode ) ) )* ) | (otherlv_18= 'wsis' ( (lv_wsisActionLines_19_0= ruleCode ) ) (otherlv_20= ',' ( (lv_wsisActionLines_21_0= ruleCode ) ) )* ) | ( (lv_outcomes_22_0= ruleOutcome ) ) | ( (lv_outputs_23_0= ruleOutput ) ) )* otherlv_24= '}' ) )
            // InternalItup.g:1616:2: (otherlv_0= 'objective' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )? ( (otherlv_6= 'primary' (otherlv_7= 'goal' | otherlv_8= 'goals' ) ( ( ruleCode ) ) (otherlv_10= ',' ( ( ruleCode ) ) )* ) | (otherlv_12= 'secondary' (otherlv_13= 'goal' | otherlv_14= 'goals' ) ( ( ruleCode ) ) (otherlv_16= ',' ( ( ruleCode ) ) )* ) | (otherlv_18= 'wsis' ( (lv_wsisActionLines_19_0= ruleCode ) ) (otherlv_20= ',' ( (lv_wsisActionLines_21_0= ruleCode ) ) )* ) | ( (lv_outcomes_22_0= ruleOutcome ) ) | ( (lv_outputs_23_0= ruleOutput ) ) )* otherlv_24= '}' )
            {
            // InternalItup.g:1616:2: (otherlv_0= 'objective' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )? ( (otherlv_6= 'primary' (otherlv_7= 'goal' | otherlv_8= 'goals' ) ( ( ruleCode ) ) (otherlv_10= ',' ( ( ruleCode ) ) )* ) | (otherlv_12= 'secondary' (otherlv_13= 'goal' | otherlv_14= 'goals' ) ( ( ruleCode ) ) (otherlv_16= ',' ( ( ruleCode ) ) )* ) | (otherlv_18= 'wsis' ( (lv_wsisActionLines_19_0= ruleCode ) ) (otherlv_20= ',' ( (lv_wsisActionLines_21_0= ruleCode ) ) )* ) | ( (lv_outcomes_22_0= ruleOutcome ) ) | ( (lv_outputs_23_0= ruleOutput ) ) )* otherlv_24= '}' )
            // InternalItup.g:1617:3: otherlv_0= 'objective' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )? ( (otherlv_6= 'primary' (otherlv_7= 'goal' | otherlv_8= 'goals' ) ( ( ruleCode ) ) (otherlv_10= ',' ( ( ruleCode ) ) )* ) | (otherlv_12= 'secondary' (otherlv_13= 'goal' | otherlv_14= 'goals' ) ( ( ruleCode ) ) (otherlv_16= ',' ( ( ruleCode ) ) )* ) | (otherlv_18= 'wsis' ( (lv_wsisActionLines_19_0= ruleCode ) ) (otherlv_20= ',' ( (lv_wsisActionLines_21_0= ruleCode ) ) )* ) | ( (lv_outcomes_22_0= ruleOutcome ) ) | ( (lv_outputs_23_0= ruleOutput ) ) )* otherlv_24= '}'
            {
            otherlv_0=(Token)match(input,38,FOLLOW_14); 

            			newLeafNode(otherlv_0, grammarAccess.getObjectiveAccess().getObjectiveKeyword_0());
            		
            // InternalItup.g:1621:3: ( (lv_name_1_0= ruleCode ) )
            // InternalItup.g:1622:4: (lv_name_1_0= ruleCode )
            {
            // InternalItup.g:1622:4: (lv_name_1_0= ruleCode )
            // InternalItup.g:1623:5: lv_name_1_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getObjectiveAccess().getNameCodeParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_22);
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

            // InternalItup.g:1640:3: ( (lv_title_2_0= RULE_STRING ) )?
            int alt34=2;
            int LA34_0 = input.LA(1);

            if ( (LA34_0==RULE_STRING) ) {
                alt34=1;
            }
            switch (alt34) {
                case 1 :
                    // InternalItup.g:1641:4: (lv_title_2_0= RULE_STRING )
                    {
                    // InternalItup.g:1641:4: (lv_title_2_0= RULE_STRING )
                    // InternalItup.g:1642:5: lv_title_2_0= RULE_STRING
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

            otherlv_3=(Token)match(input,21,FOLLOW_37); 

            			newLeafNode(otherlv_3, grammarAccess.getObjectiveAccess().getLeftCurlyBracketKeyword_3());
            		
            // InternalItup.g:1662:3: (otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) ) )?
            int alt35=2;
            int LA35_0 = input.LA(1);

            if ( (LA35_0==30) ) {
                alt35=1;
            }
            switch (alt35) {
                case 1 :
                    // InternalItup.g:1663:4: otherlv_4= 'statement' ( (lv_statement_5_0= RULE_STRING ) )
                    {
                    otherlv_4=(Token)match(input,30,FOLLOW_10); 

                    				newLeafNode(otherlv_4, grammarAccess.getObjectiveAccess().getStatementKeyword_4_0());
                    			
                    // InternalItup.g:1667:4: ( (lv_statement_5_0= RULE_STRING ) )
                    // InternalItup.g:1668:5: (lv_statement_5_0= RULE_STRING )
                    {
                    // InternalItup.g:1668:5: (lv_statement_5_0= RULE_STRING )
                    // InternalItup.g:1669:6: lv_statement_5_0= RULE_STRING
                    {
                    lv_statement_5_0=(Token)match(input,RULE_STRING,FOLLOW_38); 

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

            // InternalItup.g:1686:3: ( (otherlv_6= 'primary' (otherlv_7= 'goal' | otherlv_8= 'goals' ) ( ( ruleCode ) ) (otherlv_10= ',' ( ( ruleCode ) ) )* ) | (otherlv_12= 'secondary' (otherlv_13= 'goal' | otherlv_14= 'goals' ) ( ( ruleCode ) ) (otherlv_16= ',' ( ( ruleCode ) ) )* ) | (otherlv_18= 'wsis' ( (lv_wsisActionLines_19_0= ruleCode ) ) (otherlv_20= ',' ( (lv_wsisActionLines_21_0= ruleCode ) ) )* ) | ( (lv_outcomes_22_0= ruleOutcome ) ) | ( (lv_outputs_23_0= ruleOutput ) ) )*
            loop41:
            do {
                int alt41=6;
                switch ( input.LA(1) ) {
                case 39:
                    {
                    alt41=1;
                    }
                    break;
                case 41:
                    {
                    alt41=2;
                    }
                    break;
                case 23:
                    {
                    alt41=3;
                    }
                    break;
                case 42:
                    {
                    alt41=4;
                    }
                    break;
                case 43:
                    {
                    alt41=5;
                    }
                    break;

                }

                switch (alt41) {
            	case 1 :
            	    // InternalItup.g:1687:4: (otherlv_6= 'primary' (otherlv_7= 'goal' | otherlv_8= 'goals' ) ( ( ruleCode ) ) (otherlv_10= ',' ( ( ruleCode ) ) )* )
            	    {
            	    // InternalItup.g:1687:4: (otherlv_6= 'primary' (otherlv_7= 'goal' | otherlv_8= 'goals' ) ( ( ruleCode ) ) (otherlv_10= ',' ( ( ruleCode ) ) )* )
            	    // InternalItup.g:1688:5: otherlv_6= 'primary' (otherlv_7= 'goal' | otherlv_8= 'goals' ) ( ( ruleCode ) ) (otherlv_10= ',' ( ( ruleCode ) ) )*
            	    {
            	    otherlv_6=(Token)match(input,39,FOLLOW_39); 

            	    					newLeafNode(otherlv_6, grammarAccess.getObjectiveAccess().getPrimaryKeyword_5_0_0());
            	    				
            	    // InternalItup.g:1692:5: (otherlv_7= 'goal' | otherlv_8= 'goals' )
            	    int alt36=2;
            	    int LA36_0 = input.LA(1);

            	    if ( (LA36_0==29) ) {
            	        alt36=1;
            	    }
            	    else if ( (LA36_0==40) ) {
            	        alt36=2;
            	    }
            	    else {
            	        NoViableAltException nvae =
            	            new NoViableAltException("", 36, 0, input);

            	        throw nvae;
            	    }
            	    switch (alt36) {
            	        case 1 :
            	            // InternalItup.g:1693:6: otherlv_7= 'goal'
            	            {
            	            otherlv_7=(Token)match(input,29,FOLLOW_14); 

            	            						newLeafNode(otherlv_7, grammarAccess.getObjectiveAccess().getGoalKeyword_5_0_1_0());
            	            					

            	            }
            	            break;
            	        case 2 :
            	            // InternalItup.g:1698:6: otherlv_8= 'goals'
            	            {
            	            otherlv_8=(Token)match(input,40,FOLLOW_14); 

            	            						newLeafNode(otherlv_8, grammarAccess.getObjectiveAccess().getGoalsKeyword_5_0_1_1());
            	            					

            	            }
            	            break;

            	    }

            	    // InternalItup.g:1703:5: ( ( ruleCode ) )
            	    // InternalItup.g:1704:6: ( ruleCode )
            	    {
            	    // InternalItup.g:1704:6: ( ruleCode )
            	    // InternalItup.g:1705:7: ruleCode
            	    {

            	    							if (current==null) {
            	    								current = createModelElement(grammarAccess.getObjectiveRule());
            	    							}
            	    						

            	    							newCompositeNode(grammarAccess.getObjectiveAccess().getPrimaryGoalsGoalCrossReference_5_0_2_0());
            	    						
            	    pushFollow(FOLLOW_40);
            	    ruleCode();

            	    state._fsp--;


            	    							afterParserOrEnumRuleCall();
            	    						

            	    }


            	    }

            	    // InternalItup.g:1719:5: (otherlv_10= ',' ( ( ruleCode ) ) )*
            	    loop37:
            	    do {
            	        int alt37=2;
            	        int LA37_0 = input.LA(1);

            	        if ( (LA37_0==19) ) {
            	            alt37=1;
            	        }


            	        switch (alt37) {
            	    	case 1 :
            	    	    // InternalItup.g:1720:6: otherlv_10= ',' ( ( ruleCode ) )
            	    	    {
            	    	    otherlv_10=(Token)match(input,19,FOLLOW_14); 

            	    	    						newLeafNode(otherlv_10, grammarAccess.getObjectiveAccess().getCommaKeyword_5_0_3_0());
            	    	    					
            	    	    // InternalItup.g:1724:6: ( ( ruleCode ) )
            	    	    // InternalItup.g:1725:7: ( ruleCode )
            	    	    {
            	    	    // InternalItup.g:1725:7: ( ruleCode )
            	    	    // InternalItup.g:1726:8: ruleCode
            	    	    {

            	    	    								if (current==null) {
            	    	    									current = createModelElement(grammarAccess.getObjectiveRule());
            	    	    								}
            	    	    							

            	    	    								newCompositeNode(grammarAccess.getObjectiveAccess().getPrimaryGoalsGoalCrossReference_5_0_3_1_0());
            	    	    							
            	    	    pushFollow(FOLLOW_40);
            	    	    ruleCode();

            	    	    state._fsp--;


            	    	    								afterParserOrEnumRuleCall();
            	    	    							

            	    	    }


            	    	    }


            	    	    }
            	    	    break;

            	    	default :
            	    	    break loop37;
            	        }
            	    } while (true);


            	    }


            	    }
            	    break;
            	case 2 :
            	    // InternalItup.g:1743:4: (otherlv_12= 'secondary' (otherlv_13= 'goal' | otherlv_14= 'goals' ) ( ( ruleCode ) ) (otherlv_16= ',' ( ( ruleCode ) ) )* )
            	    {
            	    // InternalItup.g:1743:4: (otherlv_12= 'secondary' (otherlv_13= 'goal' | otherlv_14= 'goals' ) ( ( ruleCode ) ) (otherlv_16= ',' ( ( ruleCode ) ) )* )
            	    // InternalItup.g:1744:5: otherlv_12= 'secondary' (otherlv_13= 'goal' | otherlv_14= 'goals' ) ( ( ruleCode ) ) (otherlv_16= ',' ( ( ruleCode ) ) )*
            	    {
            	    otherlv_12=(Token)match(input,41,FOLLOW_39); 

            	    					newLeafNode(otherlv_12, grammarAccess.getObjectiveAccess().getSecondaryKeyword_5_1_0());
            	    				
            	    // InternalItup.g:1748:5: (otherlv_13= 'goal' | otherlv_14= 'goals' )
            	    int alt38=2;
            	    int LA38_0 = input.LA(1);

            	    if ( (LA38_0==29) ) {
            	        alt38=1;
            	    }
            	    else if ( (LA38_0==40) ) {
            	        alt38=2;
            	    }
            	    else {
            	        NoViableAltException nvae =
            	            new NoViableAltException("", 38, 0, input);

            	        throw nvae;
            	    }
            	    switch (alt38) {
            	        case 1 :
            	            // InternalItup.g:1749:6: otherlv_13= 'goal'
            	            {
            	            otherlv_13=(Token)match(input,29,FOLLOW_14); 

            	            						newLeafNode(otherlv_13, grammarAccess.getObjectiveAccess().getGoalKeyword_5_1_1_0());
            	            					

            	            }
            	            break;
            	        case 2 :
            	            // InternalItup.g:1754:6: otherlv_14= 'goals'
            	            {
            	            otherlv_14=(Token)match(input,40,FOLLOW_14); 

            	            						newLeafNode(otherlv_14, grammarAccess.getObjectiveAccess().getGoalsKeyword_5_1_1_1());
            	            					

            	            }
            	            break;

            	    }

            	    // InternalItup.g:1759:5: ( ( ruleCode ) )
            	    // InternalItup.g:1760:6: ( ruleCode )
            	    {
            	    // InternalItup.g:1760:6: ( ruleCode )
            	    // InternalItup.g:1761:7: ruleCode
            	    {

            	    							if (current==null) {
            	    								current = createModelElement(grammarAccess.getObjectiveRule());
            	    							}
            	    						

            	    							newCompositeNode(grammarAccess.getObjectiveAccess().getSecondaryGoalsGoalCrossReference_5_1_2_0());
            	    						
            	    pushFollow(FOLLOW_40);
            	    ruleCode();

            	    state._fsp--;


            	    							afterParserOrEnumRuleCall();
            	    						

            	    }


            	    }

            	    // InternalItup.g:1775:5: (otherlv_16= ',' ( ( ruleCode ) ) )*
            	    loop39:
            	    do {
            	        int alt39=2;
            	        int LA39_0 = input.LA(1);

            	        if ( (LA39_0==19) ) {
            	            alt39=1;
            	        }


            	        switch (alt39) {
            	    	case 1 :
            	    	    // InternalItup.g:1776:6: otherlv_16= ',' ( ( ruleCode ) )
            	    	    {
            	    	    otherlv_16=(Token)match(input,19,FOLLOW_14); 

            	    	    						newLeafNode(otherlv_16, grammarAccess.getObjectiveAccess().getCommaKeyword_5_1_3_0());
            	    	    					
            	    	    // InternalItup.g:1780:6: ( ( ruleCode ) )
            	    	    // InternalItup.g:1781:7: ( ruleCode )
            	    	    {
            	    	    // InternalItup.g:1781:7: ( ruleCode )
            	    	    // InternalItup.g:1782:8: ruleCode
            	    	    {

            	    	    								if (current==null) {
            	    	    									current = createModelElement(grammarAccess.getObjectiveRule());
            	    	    								}
            	    	    							

            	    	    								newCompositeNode(grammarAccess.getObjectiveAccess().getSecondaryGoalsGoalCrossReference_5_1_3_1_0());
            	    	    							
            	    	    pushFollow(FOLLOW_40);
            	    	    ruleCode();

            	    	    state._fsp--;


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
            	case 3 :
            	    // InternalItup.g:1799:4: (otherlv_18= 'wsis' ( (lv_wsisActionLines_19_0= ruleCode ) ) (otherlv_20= ',' ( (lv_wsisActionLines_21_0= ruleCode ) ) )* )
            	    {
            	    // InternalItup.g:1799:4: (otherlv_18= 'wsis' ( (lv_wsisActionLines_19_0= ruleCode ) ) (otherlv_20= ',' ( (lv_wsisActionLines_21_0= ruleCode ) ) )* )
            	    // InternalItup.g:1800:5: otherlv_18= 'wsis' ( (lv_wsisActionLines_19_0= ruleCode ) ) (otherlv_20= ',' ( (lv_wsisActionLines_21_0= ruleCode ) ) )*
            	    {
            	    otherlv_18=(Token)match(input,23,FOLLOW_14); 

            	    					newLeafNode(otherlv_18, grammarAccess.getObjectiveAccess().getWsisKeyword_5_2_0());
            	    				
            	    // InternalItup.g:1804:5: ( (lv_wsisActionLines_19_0= ruleCode ) )
            	    // InternalItup.g:1805:6: (lv_wsisActionLines_19_0= ruleCode )
            	    {
            	    // InternalItup.g:1805:6: (lv_wsisActionLines_19_0= ruleCode )
            	    // InternalItup.g:1806:7: lv_wsisActionLines_19_0= ruleCode
            	    {

            	    							newCompositeNode(grammarAccess.getObjectiveAccess().getWsisActionLinesCodeParserRuleCall_5_2_1_0());
            	    						
            	    pushFollow(FOLLOW_40);
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

            	    // InternalItup.g:1823:5: (otherlv_20= ',' ( (lv_wsisActionLines_21_0= ruleCode ) ) )*
            	    loop40:
            	    do {
            	        int alt40=2;
            	        int LA40_0 = input.LA(1);

            	        if ( (LA40_0==19) ) {
            	            alt40=1;
            	        }


            	        switch (alt40) {
            	    	case 1 :
            	    	    // InternalItup.g:1824:6: otherlv_20= ',' ( (lv_wsisActionLines_21_0= ruleCode ) )
            	    	    {
            	    	    otherlv_20=(Token)match(input,19,FOLLOW_14); 

            	    	    						newLeafNode(otherlv_20, grammarAccess.getObjectiveAccess().getCommaKeyword_5_2_2_0());
            	    	    					
            	    	    // InternalItup.g:1828:6: ( (lv_wsisActionLines_21_0= ruleCode ) )
            	    	    // InternalItup.g:1829:7: (lv_wsisActionLines_21_0= ruleCode )
            	    	    {
            	    	    // InternalItup.g:1829:7: (lv_wsisActionLines_21_0= ruleCode )
            	    	    // InternalItup.g:1830:8: lv_wsisActionLines_21_0= ruleCode
            	    	    {

            	    	    								newCompositeNode(grammarAccess.getObjectiveAccess().getWsisActionLinesCodeParserRuleCall_5_2_2_1_0());
            	    	    							
            	    	    pushFollow(FOLLOW_40);
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
            	    	    break loop40;
            	        }
            	    } while (true);


            	    }


            	    }
            	    break;
            	case 4 :
            	    // InternalItup.g:1850:4: ( (lv_outcomes_22_0= ruleOutcome ) )
            	    {
            	    // InternalItup.g:1850:4: ( (lv_outcomes_22_0= ruleOutcome ) )
            	    // InternalItup.g:1851:5: (lv_outcomes_22_0= ruleOutcome )
            	    {
            	    // InternalItup.g:1851:5: (lv_outcomes_22_0= ruleOutcome )
            	    // InternalItup.g:1852:6: lv_outcomes_22_0= ruleOutcome
            	    {

            	    						newCompositeNode(grammarAccess.getObjectiveAccess().getOutcomesOutcomeParserRuleCall_5_3_0());
            	    					
            	    pushFollow(FOLLOW_38);
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
            	    // InternalItup.g:1870:4: ( (lv_outputs_23_0= ruleOutput ) )
            	    {
            	    // InternalItup.g:1870:4: ( (lv_outputs_23_0= ruleOutput ) )
            	    // InternalItup.g:1871:5: (lv_outputs_23_0= ruleOutput )
            	    {
            	    // InternalItup.g:1871:5: (lv_outputs_23_0= ruleOutput )
            	    // InternalItup.g:1872:6: lv_outputs_23_0= ruleOutput
            	    {

            	    						newCompositeNode(grammarAccess.getObjectiveAccess().getOutputsOutputParserRuleCall_5_4_0());
            	    					
            	    pushFollow(FOLLOW_38);
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
            	    break loop41;
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
    // InternalItup.g:1898:1: entryRuleOutcome returns [EObject current=null] : iv_ruleOutcome= ruleOutcome EOF ;
    public final EObject entryRuleOutcome() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleOutcome = null;


        try {
            // InternalItup.g:1898:48: (iv_ruleOutcome= ruleOutcome EOF )
            // InternalItup.g:1899:2: iv_ruleOutcome= ruleOutcome EOF
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
    // InternalItup.g:1905:1: ruleOutcome returns [EObject current=null] : (otherlv_0= 'outcome' ( (lv_name_1_0= ruleCode ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( (lv_indicators_4_0= rulePerformanceIndicator ) )* otherlv_5= '}' )? ) ;
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
            // InternalItup.g:1911:2: ( (otherlv_0= 'outcome' ( (lv_name_1_0= ruleCode ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( (lv_indicators_4_0= rulePerformanceIndicator ) )* otherlv_5= '}' )? ) )
            // InternalItup.g:1912:2: (otherlv_0= 'outcome' ( (lv_name_1_0= ruleCode ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( (lv_indicators_4_0= rulePerformanceIndicator ) )* otherlv_5= '}' )? )
            {
            // InternalItup.g:1912:2: (otherlv_0= 'outcome' ( (lv_name_1_0= ruleCode ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( (lv_indicators_4_0= rulePerformanceIndicator ) )* otherlv_5= '}' )? )
            // InternalItup.g:1913:3: otherlv_0= 'outcome' ( (lv_name_1_0= ruleCode ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( (lv_indicators_4_0= rulePerformanceIndicator ) )* otherlv_5= '}' )?
            {
            otherlv_0=(Token)match(input,42,FOLLOW_14); 

            			newLeafNode(otherlv_0, grammarAccess.getOutcomeAccess().getOutcomeKeyword_0());
            		
            // InternalItup.g:1917:3: ( (lv_name_1_0= ruleCode ) )
            // InternalItup.g:1918:4: (lv_name_1_0= ruleCode )
            {
            // InternalItup.g:1918:4: (lv_name_1_0= ruleCode )
            // InternalItup.g:1919:5: lv_name_1_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getOutcomeAccess().getNameCodeParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_27);
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

            // InternalItup.g:1936:3: ( (lv_statement_2_0= RULE_STRING ) )?
            int alt42=2;
            int LA42_0 = input.LA(1);

            if ( (LA42_0==RULE_STRING) ) {
                alt42=1;
            }
            switch (alt42) {
                case 1 :
                    // InternalItup.g:1937:4: (lv_statement_2_0= RULE_STRING )
                    {
                    // InternalItup.g:1937:4: (lv_statement_2_0= RULE_STRING )
                    // InternalItup.g:1938:5: lv_statement_2_0= RULE_STRING
                    {
                    lv_statement_2_0=(Token)match(input,RULE_STRING,FOLLOW_28); 

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

            // InternalItup.g:1954:3: (otherlv_3= '{' ( (lv_indicators_4_0= rulePerformanceIndicator ) )* otherlv_5= '}' )?
            int alt44=2;
            int LA44_0 = input.LA(1);

            if ( (LA44_0==21) ) {
                alt44=1;
            }
            switch (alt44) {
                case 1 :
                    // InternalItup.g:1955:4: otherlv_3= '{' ( (lv_indicators_4_0= rulePerformanceIndicator ) )* otherlv_5= '}'
                    {
                    otherlv_3=(Token)match(input,21,FOLLOW_31); 

                    				newLeafNode(otherlv_3, grammarAccess.getOutcomeAccess().getLeftCurlyBracketKeyword_3_0());
                    			
                    // InternalItup.g:1959:4: ( (lv_indicators_4_0= rulePerformanceIndicator ) )*
                    loop43:
                    do {
                        int alt43=2;
                        int LA43_0 = input.LA(1);

                        if ( (LA43_0==44) ) {
                            alt43=1;
                        }


                        switch (alt43) {
                    	case 1 :
                    	    // InternalItup.g:1960:5: (lv_indicators_4_0= rulePerformanceIndicator )
                    	    {
                    	    // InternalItup.g:1960:5: (lv_indicators_4_0= rulePerformanceIndicator )
                    	    // InternalItup.g:1961:6: lv_indicators_4_0= rulePerformanceIndicator
                    	    {

                    	    						newCompositeNode(grammarAccess.getOutcomeAccess().getIndicatorsPerformanceIndicatorParserRuleCall_3_1_0());
                    	    					
                    	    pushFollow(FOLLOW_31);
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
                    	    break loop43;
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
    // InternalItup.g:1987:1: entryRuleOutput returns [EObject current=null] : iv_ruleOutput= ruleOutput EOF ;
    public final EObject entryRuleOutput() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleOutput = null;


        try {
            // InternalItup.g:1987:47: (iv_ruleOutput= ruleOutput EOF )
            // InternalItup.g:1988:2: iv_ruleOutput= ruleOutput EOF
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
    // InternalItup.g:1994:1: ruleOutput returns [EObject current=null] : (otherlv_0= 'output' ( (lv_name_1_0= ruleCode ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( (lv_indicators_4_0= rulePerformanceIndicator ) )* otherlv_5= '}' )? ) ;
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
            // InternalItup.g:2000:2: ( (otherlv_0= 'output' ( (lv_name_1_0= ruleCode ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( (lv_indicators_4_0= rulePerformanceIndicator ) )* otherlv_5= '}' )? ) )
            // InternalItup.g:2001:2: (otherlv_0= 'output' ( (lv_name_1_0= ruleCode ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( (lv_indicators_4_0= rulePerformanceIndicator ) )* otherlv_5= '}' )? )
            {
            // InternalItup.g:2001:2: (otherlv_0= 'output' ( (lv_name_1_0= ruleCode ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( (lv_indicators_4_0= rulePerformanceIndicator ) )* otherlv_5= '}' )? )
            // InternalItup.g:2002:3: otherlv_0= 'output' ( (lv_name_1_0= ruleCode ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( (lv_indicators_4_0= rulePerformanceIndicator ) )* otherlv_5= '}' )?
            {
            otherlv_0=(Token)match(input,43,FOLLOW_14); 

            			newLeafNode(otherlv_0, grammarAccess.getOutputAccess().getOutputKeyword_0());
            		
            // InternalItup.g:2006:3: ( (lv_name_1_0= ruleCode ) )
            // InternalItup.g:2007:4: (lv_name_1_0= ruleCode )
            {
            // InternalItup.g:2007:4: (lv_name_1_0= ruleCode )
            // InternalItup.g:2008:5: lv_name_1_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getOutputAccess().getNameCodeParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_27);
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

            // InternalItup.g:2025:3: ( (lv_statement_2_0= RULE_STRING ) )?
            int alt45=2;
            int LA45_0 = input.LA(1);

            if ( (LA45_0==RULE_STRING) ) {
                alt45=1;
            }
            switch (alt45) {
                case 1 :
                    // InternalItup.g:2026:4: (lv_statement_2_0= RULE_STRING )
                    {
                    // InternalItup.g:2026:4: (lv_statement_2_0= RULE_STRING )
                    // InternalItup.g:2027:5: lv_statement_2_0= RULE_STRING
                    {
                    lv_statement_2_0=(Token)match(input,RULE_STRING,FOLLOW_28); 

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

            // InternalItup.g:2043:3: (otherlv_3= '{' ( (lv_indicators_4_0= rulePerformanceIndicator ) )* otherlv_5= '}' )?
            int alt47=2;
            int LA47_0 = input.LA(1);

            if ( (LA47_0==21) ) {
                alt47=1;
            }
            switch (alt47) {
                case 1 :
                    // InternalItup.g:2044:4: otherlv_3= '{' ( (lv_indicators_4_0= rulePerformanceIndicator ) )* otherlv_5= '}'
                    {
                    otherlv_3=(Token)match(input,21,FOLLOW_31); 

                    				newLeafNode(otherlv_3, grammarAccess.getOutputAccess().getLeftCurlyBracketKeyword_3_0());
                    			
                    // InternalItup.g:2048:4: ( (lv_indicators_4_0= rulePerformanceIndicator ) )*
                    loop46:
                    do {
                        int alt46=2;
                        int LA46_0 = input.LA(1);

                        if ( (LA46_0==44) ) {
                            alt46=1;
                        }


                        switch (alt46) {
                    	case 1 :
                    	    // InternalItup.g:2049:5: (lv_indicators_4_0= rulePerformanceIndicator )
                    	    {
                    	    // InternalItup.g:2049:5: (lv_indicators_4_0= rulePerformanceIndicator )
                    	    // InternalItup.g:2050:6: lv_indicators_4_0= rulePerformanceIndicator
                    	    {

                    	    						newCompositeNode(grammarAccess.getOutputAccess().getIndicatorsPerformanceIndicatorParserRuleCall_3_1_0());
                    	    					
                    	    pushFollow(FOLLOW_31);
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
                    	    break loop46;
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
    // InternalItup.g:2076:1: entryRulePerformanceIndicator returns [EObject current=null] : iv_rulePerformanceIndicator= rulePerformanceIndicator EOF ;
    public final EObject entryRulePerformanceIndicator() throws RecognitionException {
        EObject current = null;

        EObject iv_rulePerformanceIndicator = null;


        try {
            // InternalItup.g:2076:61: (iv_rulePerformanceIndicator= rulePerformanceIndicator EOF )
            // InternalItup.g:2077:2: iv_rulePerformanceIndicator= rulePerformanceIndicator EOF
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
    // InternalItup.g:2083:1: rulePerformanceIndicator returns [EObject current=null] : (otherlv_0= 'indicator' ( (lv_name_1_0= RULE_STRING ) ) (otherlv_2= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'unit' ( (lv_unit_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_6_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'target' ( (lv_targetValue_8_0= ruleDecimal ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'direction' ( (lv_direction_10_0= ruleIndicatorDirection ) ) ) ) ) ) )* ) ) ) otherlv_11= '}' )? ) ;
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
            // InternalItup.g:2089:2: ( (otherlv_0= 'indicator' ( (lv_name_1_0= RULE_STRING ) ) (otherlv_2= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'unit' ( (lv_unit_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_6_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'target' ( (lv_targetValue_8_0= ruleDecimal ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'direction' ( (lv_direction_10_0= ruleIndicatorDirection ) ) ) ) ) ) )* ) ) ) otherlv_11= '}' )? ) )
            // InternalItup.g:2090:2: (otherlv_0= 'indicator' ( (lv_name_1_0= RULE_STRING ) ) (otherlv_2= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'unit' ( (lv_unit_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_6_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'target' ( (lv_targetValue_8_0= ruleDecimal ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'direction' ( (lv_direction_10_0= ruleIndicatorDirection ) ) ) ) ) ) )* ) ) ) otherlv_11= '}' )? )
            {
            // InternalItup.g:2090:2: (otherlv_0= 'indicator' ( (lv_name_1_0= RULE_STRING ) ) (otherlv_2= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'unit' ( (lv_unit_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_6_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'target' ( (lv_targetValue_8_0= ruleDecimal ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'direction' ( (lv_direction_10_0= ruleIndicatorDirection ) ) ) ) ) ) )* ) ) ) otherlv_11= '}' )? )
            // InternalItup.g:2091:3: otherlv_0= 'indicator' ( (lv_name_1_0= RULE_STRING ) ) (otherlv_2= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'unit' ( (lv_unit_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_6_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'target' ( (lv_targetValue_8_0= ruleDecimal ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'direction' ( (lv_direction_10_0= ruleIndicatorDirection ) ) ) ) ) ) )* ) ) ) otherlv_11= '}' )?
            {
            otherlv_0=(Token)match(input,44,FOLLOW_10); 

            			newLeafNode(otherlv_0, grammarAccess.getPerformanceIndicatorAccess().getIndicatorKeyword_0());
            		
            // InternalItup.g:2095:3: ( (lv_name_1_0= RULE_STRING ) )
            // InternalItup.g:2096:4: (lv_name_1_0= RULE_STRING )
            {
            // InternalItup.g:2096:4: (lv_name_1_0= RULE_STRING )
            // InternalItup.g:2097:5: lv_name_1_0= RULE_STRING
            {
            lv_name_1_0=(Token)match(input,RULE_STRING,FOLLOW_28); 

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

            // InternalItup.g:2113:3: (otherlv_2= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'unit' ( (lv_unit_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_6_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'target' ( (lv_targetValue_8_0= ruleDecimal ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'direction' ( (lv_direction_10_0= ruleIndicatorDirection ) ) ) ) ) ) )* ) ) ) otherlv_11= '}' )?
            int alt49=2;
            int LA49_0 = input.LA(1);

            if ( (LA49_0==21) ) {
                alt49=1;
            }
            switch (alt49) {
                case 1 :
                    // InternalItup.g:2114:4: otherlv_2= '{' ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'unit' ( (lv_unit_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_6_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'target' ( (lv_targetValue_8_0= ruleDecimal ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'direction' ( (lv_direction_10_0= ruleIndicatorDirection ) ) ) ) ) ) )* ) ) ) otherlv_11= '}'
                    {
                    otherlv_2=(Token)match(input,21,FOLLOW_41); 

                    				newLeafNode(otherlv_2, grammarAccess.getPerformanceIndicatorAccess().getLeftCurlyBracketKeyword_2_0());
                    			
                    // InternalItup.g:2118:4: ( ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'unit' ( (lv_unit_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_6_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'target' ( (lv_targetValue_8_0= ruleDecimal ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'direction' ( (lv_direction_10_0= ruleIndicatorDirection ) ) ) ) ) ) )* ) ) )
                    // InternalItup.g:2119:5: ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'unit' ( (lv_unit_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_6_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'target' ( (lv_targetValue_8_0= ruleDecimal ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'direction' ( (lv_direction_10_0= ruleIndicatorDirection ) ) ) ) ) ) )* ) )
                    {
                    // InternalItup.g:2119:5: ( ( ( ({...}? => ( ({...}? => (otherlv_4= 'unit' ( (lv_unit_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_6_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'target' ( (lv_targetValue_8_0= ruleDecimal ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'direction' ( (lv_direction_10_0= ruleIndicatorDirection ) ) ) ) ) ) )* ) )
                    // InternalItup.g:2120:6: ( ( ({...}? => ( ({...}? => (otherlv_4= 'unit' ( (lv_unit_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_6_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'target' ( (lv_targetValue_8_0= ruleDecimal ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'direction' ( (lv_direction_10_0= ruleIndicatorDirection ) ) ) ) ) ) )* )
                    {
                     
                    					  getUnorderedGroupHelper().enter(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1());
                    					
                    // InternalItup.g:2123:6: ( ( ({...}? => ( ({...}? => (otherlv_4= 'unit' ( (lv_unit_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_6_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'target' ( (lv_targetValue_8_0= ruleDecimal ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'direction' ( (lv_direction_10_0= ruleIndicatorDirection ) ) ) ) ) ) )* )
                    // InternalItup.g:2124:7: ( ({...}? => ( ({...}? => (otherlv_4= 'unit' ( (lv_unit_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_6_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'target' ( (lv_targetValue_8_0= ruleDecimal ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'direction' ( (lv_direction_10_0= ruleIndicatorDirection ) ) ) ) ) ) )*
                    {
                    // InternalItup.g:2124:7: ( ({...}? => ( ({...}? => (otherlv_4= 'unit' ( (lv_unit_5_0= RULE_STRING ) ) ) ) ) ) | ({...}? => ( ({...}? => ( (lv_baseline_6_0= ruleBaseline ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_7= 'target' ( (lv_targetValue_8_0= ruleDecimal ) ) ) ) ) ) | ({...}? => ( ({...}? => (otherlv_9= 'direction' ( (lv_direction_10_0= ruleIndicatorDirection ) ) ) ) ) ) )*
                    loop48:
                    do {
                        int alt48=5;
                        int LA48_0 = input.LA(1);

                        if ( LA48_0 == 45 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 0) ) {
                            alt48=1;
                        }
                        else if ( LA48_0 == 34 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 1) ) {
                            alt48=2;
                        }
                        else if ( LA48_0 == 32 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 2) ) {
                            alt48=3;
                        }
                        else if ( LA48_0 == 46 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 3) ) {
                            alt48=4;
                        }


                        switch (alt48) {
                    	case 1 :
                    	    // InternalItup.g:2125:5: ({...}? => ( ({...}? => (otherlv_4= 'unit' ( (lv_unit_5_0= RULE_STRING ) ) ) ) ) )
                    	    {
                    	    // InternalItup.g:2125:5: ({...}? => ( ({...}? => (otherlv_4= 'unit' ( (lv_unit_5_0= RULE_STRING ) ) ) ) ) )
                    	    // InternalItup.g:2126:6: {...}? => ( ({...}? => (otherlv_4= 'unit' ( (lv_unit_5_0= RULE_STRING ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 0) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 0)");
                    	    }
                    	    // InternalItup.g:2126:120: ( ({...}? => (otherlv_4= 'unit' ( (lv_unit_5_0= RULE_STRING ) ) ) ) )
                    	    // InternalItup.g:2127:7: ({...}? => (otherlv_4= 'unit' ( (lv_unit_5_0= RULE_STRING ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 0);
                    	    						
                    	    // InternalItup.g:2130:10: ({...}? => (otherlv_4= 'unit' ( (lv_unit_5_0= RULE_STRING ) ) ) )
                    	    // InternalItup.g:2130:11: {...}? => (otherlv_4= 'unit' ( (lv_unit_5_0= RULE_STRING ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "true");
                    	    }
                    	    // InternalItup.g:2130:20: (otherlv_4= 'unit' ( (lv_unit_5_0= RULE_STRING ) ) )
                    	    // InternalItup.g:2130:21: otherlv_4= 'unit' ( (lv_unit_5_0= RULE_STRING ) )
                    	    {
                    	    otherlv_4=(Token)match(input,45,FOLLOW_10); 

                    	    										newLeafNode(otherlv_4, grammarAccess.getPerformanceIndicatorAccess().getUnitKeyword_2_1_0_0());
                    	    									
                    	    // InternalItup.g:2134:10: ( (lv_unit_5_0= RULE_STRING ) )
                    	    // InternalItup.g:2135:11: (lv_unit_5_0= RULE_STRING )
                    	    {
                    	    // InternalItup.g:2135:11: (lv_unit_5_0= RULE_STRING )
                    	    // InternalItup.g:2136:12: lv_unit_5_0= RULE_STRING
                    	    {
                    	    lv_unit_5_0=(Token)match(input,RULE_STRING,FOLLOW_41); 

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
                    	    // InternalItup.g:2158:5: ({...}? => ( ({...}? => ( (lv_baseline_6_0= ruleBaseline ) ) ) ) )
                    	    {
                    	    // InternalItup.g:2158:5: ({...}? => ( ({...}? => ( (lv_baseline_6_0= ruleBaseline ) ) ) ) )
                    	    // InternalItup.g:2159:6: {...}? => ( ({...}? => ( (lv_baseline_6_0= ruleBaseline ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 1) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 1)");
                    	    }
                    	    // InternalItup.g:2159:120: ( ({...}? => ( (lv_baseline_6_0= ruleBaseline ) ) ) )
                    	    // InternalItup.g:2160:7: ({...}? => ( (lv_baseline_6_0= ruleBaseline ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 1);
                    	    						
                    	    // InternalItup.g:2163:10: ({...}? => ( (lv_baseline_6_0= ruleBaseline ) ) )
                    	    // InternalItup.g:2163:11: {...}? => ( (lv_baseline_6_0= ruleBaseline ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "true");
                    	    }
                    	    // InternalItup.g:2163:20: ( (lv_baseline_6_0= ruleBaseline ) )
                    	    // InternalItup.g:2163:21: (lv_baseline_6_0= ruleBaseline )
                    	    {
                    	    // InternalItup.g:2163:21: (lv_baseline_6_0= ruleBaseline )
                    	    // InternalItup.g:2164:11: lv_baseline_6_0= ruleBaseline
                    	    {

                    	    											newCompositeNode(grammarAccess.getPerformanceIndicatorAccess().getBaselineBaselineParserRuleCall_2_1_1_0());
                    	    										
                    	    pushFollow(FOLLOW_41);
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
                    	    // InternalItup.g:2186:5: ({...}? => ( ({...}? => (otherlv_7= 'target' ( (lv_targetValue_8_0= ruleDecimal ) ) ) ) ) )
                    	    {
                    	    // InternalItup.g:2186:5: ({...}? => ( ({...}? => (otherlv_7= 'target' ( (lv_targetValue_8_0= ruleDecimal ) ) ) ) ) )
                    	    // InternalItup.g:2187:6: {...}? => ( ({...}? => (otherlv_7= 'target' ( (lv_targetValue_8_0= ruleDecimal ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 2) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 2)");
                    	    }
                    	    // InternalItup.g:2187:120: ( ({...}? => (otherlv_7= 'target' ( (lv_targetValue_8_0= ruleDecimal ) ) ) ) )
                    	    // InternalItup.g:2188:7: ({...}? => (otherlv_7= 'target' ( (lv_targetValue_8_0= ruleDecimal ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 2);
                    	    						
                    	    // InternalItup.g:2191:10: ({...}? => (otherlv_7= 'target' ( (lv_targetValue_8_0= ruleDecimal ) ) ) )
                    	    // InternalItup.g:2191:11: {...}? => (otherlv_7= 'target' ( (lv_targetValue_8_0= ruleDecimal ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "true");
                    	    }
                    	    // InternalItup.g:2191:20: (otherlv_7= 'target' ( (lv_targetValue_8_0= ruleDecimal ) ) )
                    	    // InternalItup.g:2191:21: otherlv_7= 'target' ( (lv_targetValue_8_0= ruleDecimal ) )
                    	    {
                    	    otherlv_7=(Token)match(input,32,FOLLOW_6); 

                    	    										newLeafNode(otherlv_7, grammarAccess.getPerformanceIndicatorAccess().getTargetKeyword_2_1_2_0());
                    	    									
                    	    // InternalItup.g:2195:10: ( (lv_targetValue_8_0= ruleDecimal ) )
                    	    // InternalItup.g:2196:11: (lv_targetValue_8_0= ruleDecimal )
                    	    {
                    	    // InternalItup.g:2196:11: (lv_targetValue_8_0= ruleDecimal )
                    	    // InternalItup.g:2197:12: lv_targetValue_8_0= ruleDecimal
                    	    {

                    	    												newCompositeNode(grammarAccess.getPerformanceIndicatorAccess().getTargetValueDecimalParserRuleCall_2_1_2_1_0());
                    	    											
                    	    pushFollow(FOLLOW_41);
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
                    	    // InternalItup.g:2220:5: ({...}? => ( ({...}? => (otherlv_9= 'direction' ( (lv_direction_10_0= ruleIndicatorDirection ) ) ) ) ) )
                    	    {
                    	    // InternalItup.g:2220:5: ({...}? => ( ({...}? => (otherlv_9= 'direction' ( (lv_direction_10_0= ruleIndicatorDirection ) ) ) ) ) )
                    	    // InternalItup.g:2221:6: {...}? => ( ({...}? => (otherlv_9= 'direction' ( (lv_direction_10_0= ruleIndicatorDirection ) ) ) ) )
                    	    {
                    	    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 3) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 3)");
                    	    }
                    	    // InternalItup.g:2221:120: ( ({...}? => (otherlv_9= 'direction' ( (lv_direction_10_0= ruleIndicatorDirection ) ) ) ) )
                    	    // InternalItup.g:2222:7: ({...}? => (otherlv_9= 'direction' ( (lv_direction_10_0= ruleIndicatorDirection ) ) ) )
                    	    {

                    	    							getUnorderedGroupHelper().select(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 3);
                    	    						
                    	    // InternalItup.g:2225:10: ({...}? => (otherlv_9= 'direction' ( (lv_direction_10_0= ruleIndicatorDirection ) ) ) )
                    	    // InternalItup.g:2225:11: {...}? => (otherlv_9= 'direction' ( (lv_direction_10_0= ruleIndicatorDirection ) ) )
                    	    {
                    	    if ( !((true)) ) {
                    	        throw new FailedPredicateException(input, "rulePerformanceIndicator", "true");
                    	    }
                    	    // InternalItup.g:2225:20: (otherlv_9= 'direction' ( (lv_direction_10_0= ruleIndicatorDirection ) ) )
                    	    // InternalItup.g:2225:21: otherlv_9= 'direction' ( (lv_direction_10_0= ruleIndicatorDirection ) )
                    	    {
                    	    otherlv_9=(Token)match(input,46,FOLLOW_42); 

                    	    										newLeafNode(otherlv_9, grammarAccess.getPerformanceIndicatorAccess().getDirectionKeyword_2_1_3_0());
                    	    									
                    	    // InternalItup.g:2229:10: ( (lv_direction_10_0= ruleIndicatorDirection ) )
                    	    // InternalItup.g:2230:11: (lv_direction_10_0= ruleIndicatorDirection )
                    	    {
                    	    // InternalItup.g:2230:11: (lv_direction_10_0= ruleIndicatorDirection )
                    	    // InternalItup.g:2231:12: lv_direction_10_0= ruleIndicatorDirection
                    	    {

                    	    												newCompositeNode(grammarAccess.getPerformanceIndicatorAccess().getDirectionIndicatorDirectionEnumRuleCall_2_1_3_1_0());
                    	    											
                    	    pushFollow(FOLLOW_41);
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
                    	    break loop48;
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
    // InternalItup.g:2270:1: entryRuleEnabler returns [EObject current=null] : iv_ruleEnabler= ruleEnabler EOF ;
    public final EObject entryRuleEnabler() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleEnabler = null;


        try {
            // InternalItup.g:2270:48: (iv_ruleEnabler= ruleEnabler EOF )
            // InternalItup.g:2271:2: iv_ruleEnabler= ruleEnabler EOF
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
    // InternalItup.g:2277:1: ruleEnabler returns [EObject current=null] : (otherlv_0= 'enabler' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'supports' ( ( (lv_supportsAll_5_0= 'all' ) ) | ( ( ( ruleCode ) ) (otherlv_7= ',' ( ( ruleCode ) ) )* ) ) )? ( (otherlv_9= 'activity' ( (lv_activities_10_0= RULE_STRING ) ) ) | (otherlv_11= 'contribution' ( (lv_contributions_12_0= RULE_STRING ) ) ) | (otherlv_13= 'result' ( (lv_results_14_0= RULE_STRING ) ) ) )* otherlv_15= '}' ) ;
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
            // InternalItup.g:2283:2: ( (otherlv_0= 'enabler' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'supports' ( ( (lv_supportsAll_5_0= 'all' ) ) | ( ( ( ruleCode ) ) (otherlv_7= ',' ( ( ruleCode ) ) )* ) ) )? ( (otherlv_9= 'activity' ( (lv_activities_10_0= RULE_STRING ) ) ) | (otherlv_11= 'contribution' ( (lv_contributions_12_0= RULE_STRING ) ) ) | (otherlv_13= 'result' ( (lv_results_14_0= RULE_STRING ) ) ) )* otherlv_15= '}' ) )
            // InternalItup.g:2284:2: (otherlv_0= 'enabler' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'supports' ( ( (lv_supportsAll_5_0= 'all' ) ) | ( ( ( ruleCode ) ) (otherlv_7= ',' ( ( ruleCode ) ) )* ) ) )? ( (otherlv_9= 'activity' ( (lv_activities_10_0= RULE_STRING ) ) ) | (otherlv_11= 'contribution' ( (lv_contributions_12_0= RULE_STRING ) ) ) | (otherlv_13= 'result' ( (lv_results_14_0= RULE_STRING ) ) ) )* otherlv_15= '}' )
            {
            // InternalItup.g:2284:2: (otherlv_0= 'enabler' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'supports' ( ( (lv_supportsAll_5_0= 'all' ) ) | ( ( ( ruleCode ) ) (otherlv_7= ',' ( ( ruleCode ) ) )* ) ) )? ( (otherlv_9= 'activity' ( (lv_activities_10_0= RULE_STRING ) ) ) | (otherlv_11= 'contribution' ( (lv_contributions_12_0= RULE_STRING ) ) ) | (otherlv_13= 'result' ( (lv_results_14_0= RULE_STRING ) ) ) )* otherlv_15= '}' )
            // InternalItup.g:2285:3: otherlv_0= 'enabler' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'supports' ( ( (lv_supportsAll_5_0= 'all' ) ) | ( ( ( ruleCode ) ) (otherlv_7= ',' ( ( ruleCode ) ) )* ) ) )? ( (otherlv_9= 'activity' ( (lv_activities_10_0= RULE_STRING ) ) ) | (otherlv_11= 'contribution' ( (lv_contributions_12_0= RULE_STRING ) ) ) | (otherlv_13= 'result' ( (lv_results_14_0= RULE_STRING ) ) ) )* otherlv_15= '}'
            {
            otherlv_0=(Token)match(input,47,FOLLOW_14); 

            			newLeafNode(otherlv_0, grammarAccess.getEnablerAccess().getEnablerKeyword_0());
            		
            // InternalItup.g:2289:3: ( (lv_name_1_0= ruleCode ) )
            // InternalItup.g:2290:4: (lv_name_1_0= ruleCode )
            {
            // InternalItup.g:2290:4: (lv_name_1_0= ruleCode )
            // InternalItup.g:2291:5: lv_name_1_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getEnablerAccess().getNameCodeParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_22);
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

            // InternalItup.g:2308:3: ( (lv_title_2_0= RULE_STRING ) )?
            int alt50=2;
            int LA50_0 = input.LA(1);

            if ( (LA50_0==RULE_STRING) ) {
                alt50=1;
            }
            switch (alt50) {
                case 1 :
                    // InternalItup.g:2309:4: (lv_title_2_0= RULE_STRING )
                    {
                    // InternalItup.g:2309:4: (lv_title_2_0= RULE_STRING )
                    // InternalItup.g:2310:5: lv_title_2_0= RULE_STRING
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

            otherlv_3=(Token)match(input,21,FOLLOW_43); 

            			newLeafNode(otherlv_3, grammarAccess.getEnablerAccess().getLeftCurlyBracketKeyword_3());
            		
            // InternalItup.g:2330:3: (otherlv_4= 'supports' ( ( (lv_supportsAll_5_0= 'all' ) ) | ( ( ( ruleCode ) ) (otherlv_7= ',' ( ( ruleCode ) ) )* ) ) )?
            int alt53=2;
            int LA53_0 = input.LA(1);

            if ( (LA53_0==48) ) {
                alt53=1;
            }
            switch (alt53) {
                case 1 :
                    // InternalItup.g:2331:4: otherlv_4= 'supports' ( ( (lv_supportsAll_5_0= 'all' ) ) | ( ( ( ruleCode ) ) (otherlv_7= ',' ( ( ruleCode ) ) )* ) )
                    {
                    otherlv_4=(Token)match(input,48,FOLLOW_44); 

                    				newLeafNode(otherlv_4, grammarAccess.getEnablerAccess().getSupportsKeyword_4_0());
                    			
                    // InternalItup.g:2335:4: ( ( (lv_supportsAll_5_0= 'all' ) ) | ( ( ( ruleCode ) ) (otherlv_7= ',' ( ( ruleCode ) ) )* ) )
                    int alt52=2;
                    int LA52_0 = input.LA(1);

                    if ( (LA52_0==49) ) {
                        alt52=1;
                    }
                    else if ( ((LA52_0>=RULE_ID && LA52_0<=RULE_INT)) ) {
                        alt52=2;
                    }
                    else {
                        NoViableAltException nvae =
                            new NoViableAltException("", 52, 0, input);

                        throw nvae;
                    }
                    switch (alt52) {
                        case 1 :
                            // InternalItup.g:2336:5: ( (lv_supportsAll_5_0= 'all' ) )
                            {
                            // InternalItup.g:2336:5: ( (lv_supportsAll_5_0= 'all' ) )
                            // InternalItup.g:2337:6: (lv_supportsAll_5_0= 'all' )
                            {
                            // InternalItup.g:2337:6: (lv_supportsAll_5_0= 'all' )
                            // InternalItup.g:2338:7: lv_supportsAll_5_0= 'all'
                            {
                            lv_supportsAll_5_0=(Token)match(input,49,FOLLOW_45); 

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
                            // InternalItup.g:2351:5: ( ( ( ruleCode ) ) (otherlv_7= ',' ( ( ruleCode ) ) )* )
                            {
                            // InternalItup.g:2351:5: ( ( ( ruleCode ) ) (otherlv_7= ',' ( ( ruleCode ) ) )* )
                            // InternalItup.g:2352:6: ( ( ruleCode ) ) (otherlv_7= ',' ( ( ruleCode ) ) )*
                            {
                            // InternalItup.g:2352:6: ( ( ruleCode ) )
                            // InternalItup.g:2353:7: ( ruleCode )
                            {
                            // InternalItup.g:2353:7: ( ruleCode )
                            // InternalItup.g:2354:8: ruleCode
                            {

                            								if (current==null) {
                            									current = createModelElement(grammarAccess.getEnablerRule());
                            								}
                            							

                            								newCompositeNode(grammarAccess.getEnablerAccess().getSupportedObjectivesObjectiveCrossReference_4_1_1_0_0());
                            							
                            pushFollow(FOLLOW_46);
                            ruleCode();

                            state._fsp--;


                            								afterParserOrEnumRuleCall();
                            							

                            }


                            }

                            // InternalItup.g:2368:6: (otherlv_7= ',' ( ( ruleCode ) ) )*
                            loop51:
                            do {
                                int alt51=2;
                                int LA51_0 = input.LA(1);

                                if ( (LA51_0==19) ) {
                                    alt51=1;
                                }


                                switch (alt51) {
                            	case 1 :
                            	    // InternalItup.g:2369:7: otherlv_7= ',' ( ( ruleCode ) )
                            	    {
                            	    otherlv_7=(Token)match(input,19,FOLLOW_14); 

                            	    							newLeafNode(otherlv_7, grammarAccess.getEnablerAccess().getCommaKeyword_4_1_1_1_0());
                            	    						
                            	    // InternalItup.g:2373:7: ( ( ruleCode ) )
                            	    // InternalItup.g:2374:8: ( ruleCode )
                            	    {
                            	    // InternalItup.g:2374:8: ( ruleCode )
                            	    // InternalItup.g:2375:9: ruleCode
                            	    {

                            	    									if (current==null) {
                            	    										current = createModelElement(grammarAccess.getEnablerRule());
                            	    									}
                            	    								

                            	    									newCompositeNode(grammarAccess.getEnablerAccess().getSupportedObjectivesObjectiveCrossReference_4_1_1_1_1_0());
                            	    								
                            	    pushFollow(FOLLOW_46);
                            	    ruleCode();

                            	    state._fsp--;


                            	    									afterParserOrEnumRuleCall();
                            	    								

                            	    }


                            	    }


                            	    }
                            	    break;

                            	default :
                            	    break loop51;
                                }
                            } while (true);


                            }


                            }
                            break;

                    }


                    }
                    break;

            }

            // InternalItup.g:2393:3: ( (otherlv_9= 'activity' ( (lv_activities_10_0= RULE_STRING ) ) ) | (otherlv_11= 'contribution' ( (lv_contributions_12_0= RULE_STRING ) ) ) | (otherlv_13= 'result' ( (lv_results_14_0= RULE_STRING ) ) ) )*
            loop54:
            do {
                int alt54=4;
                switch ( input.LA(1) ) {
                case 50:
                    {
                    alt54=1;
                    }
                    break;
                case 51:
                    {
                    alt54=2;
                    }
                    break;
                case 52:
                    {
                    alt54=3;
                    }
                    break;

                }

                switch (alt54) {
            	case 1 :
            	    // InternalItup.g:2394:4: (otherlv_9= 'activity' ( (lv_activities_10_0= RULE_STRING ) ) )
            	    {
            	    // InternalItup.g:2394:4: (otherlv_9= 'activity' ( (lv_activities_10_0= RULE_STRING ) ) )
            	    // InternalItup.g:2395:5: otherlv_9= 'activity' ( (lv_activities_10_0= RULE_STRING ) )
            	    {
            	    otherlv_9=(Token)match(input,50,FOLLOW_10); 

            	    					newLeafNode(otherlv_9, grammarAccess.getEnablerAccess().getActivityKeyword_5_0_0());
            	    				
            	    // InternalItup.g:2399:5: ( (lv_activities_10_0= RULE_STRING ) )
            	    // InternalItup.g:2400:6: (lv_activities_10_0= RULE_STRING )
            	    {
            	    // InternalItup.g:2400:6: (lv_activities_10_0= RULE_STRING )
            	    // InternalItup.g:2401:7: lv_activities_10_0= RULE_STRING
            	    {
            	    lv_activities_10_0=(Token)match(input,RULE_STRING,FOLLOW_45); 

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
            	    // InternalItup.g:2419:4: (otherlv_11= 'contribution' ( (lv_contributions_12_0= RULE_STRING ) ) )
            	    {
            	    // InternalItup.g:2419:4: (otherlv_11= 'contribution' ( (lv_contributions_12_0= RULE_STRING ) ) )
            	    // InternalItup.g:2420:5: otherlv_11= 'contribution' ( (lv_contributions_12_0= RULE_STRING ) )
            	    {
            	    otherlv_11=(Token)match(input,51,FOLLOW_10); 

            	    					newLeafNode(otherlv_11, grammarAccess.getEnablerAccess().getContributionKeyword_5_1_0());
            	    				
            	    // InternalItup.g:2424:5: ( (lv_contributions_12_0= RULE_STRING ) )
            	    // InternalItup.g:2425:6: (lv_contributions_12_0= RULE_STRING )
            	    {
            	    // InternalItup.g:2425:6: (lv_contributions_12_0= RULE_STRING )
            	    // InternalItup.g:2426:7: lv_contributions_12_0= RULE_STRING
            	    {
            	    lv_contributions_12_0=(Token)match(input,RULE_STRING,FOLLOW_45); 

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
            	    // InternalItup.g:2444:4: (otherlv_13= 'result' ( (lv_results_14_0= RULE_STRING ) ) )
            	    {
            	    // InternalItup.g:2444:4: (otherlv_13= 'result' ( (lv_results_14_0= RULE_STRING ) ) )
            	    // InternalItup.g:2445:5: otherlv_13= 'result' ( (lv_results_14_0= RULE_STRING ) )
            	    {
            	    otherlv_13=(Token)match(input,52,FOLLOW_10); 

            	    					newLeafNode(otherlv_13, grammarAccess.getEnablerAccess().getResultKeyword_5_2_0());
            	    				
            	    // InternalItup.g:2449:5: ( (lv_results_14_0= RULE_STRING ) )
            	    // InternalItup.g:2450:6: (lv_results_14_0= RULE_STRING )
            	    {
            	    // InternalItup.g:2450:6: (lv_results_14_0= RULE_STRING )
            	    // InternalItup.g:2451:7: lv_results_14_0= RULE_STRING
            	    {
            	    lv_results_14_0=(Token)match(input,RULE_STRING,FOLLOW_45); 

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
            	    break loop54;
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
    // InternalItup.g:2477:1: entryRuleStrategicRisk returns [EObject current=null] : iv_ruleStrategicRisk= ruleStrategicRisk EOF ;
    public final EObject entryRuleStrategicRisk() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleStrategicRisk = null;


        try {
            // InternalItup.g:2477:54: (iv_ruleStrategicRisk= ruleStrategicRisk EOF )
            // InternalItup.g:2478:2: iv_ruleStrategicRisk= ruleStrategicRisk EOF
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
    // InternalItup.g:2484:1: ruleStrategicRisk returns [EObject current=null] : (otherlv_0= 'risk' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'aspect' ( (lv_aspects_5_0= RULE_STRING ) ) )* ( (lv_mitigations_6_0= ruleMitigation ) )* otherlv_7= '}' ) ;
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
            // InternalItup.g:2490:2: ( (otherlv_0= 'risk' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'aspect' ( (lv_aspects_5_0= RULE_STRING ) ) )* ( (lv_mitigations_6_0= ruleMitigation ) )* otherlv_7= '}' ) )
            // InternalItup.g:2491:2: (otherlv_0= 'risk' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'aspect' ( (lv_aspects_5_0= RULE_STRING ) ) )* ( (lv_mitigations_6_0= ruleMitigation ) )* otherlv_7= '}' )
            {
            // InternalItup.g:2491:2: (otherlv_0= 'risk' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'aspect' ( (lv_aspects_5_0= RULE_STRING ) ) )* ( (lv_mitigations_6_0= ruleMitigation ) )* otherlv_7= '}' )
            // InternalItup.g:2492:3: otherlv_0= 'risk' ( (lv_name_1_0= ruleCode ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'aspect' ( (lv_aspects_5_0= RULE_STRING ) ) )* ( (lv_mitigations_6_0= ruleMitigation ) )* otherlv_7= '}'
            {
            otherlv_0=(Token)match(input,53,FOLLOW_14); 

            			newLeafNode(otherlv_0, grammarAccess.getStrategicRiskAccess().getRiskKeyword_0());
            		
            // InternalItup.g:2496:3: ( (lv_name_1_0= ruleCode ) )
            // InternalItup.g:2497:4: (lv_name_1_0= ruleCode )
            {
            // InternalItup.g:2497:4: (lv_name_1_0= ruleCode )
            // InternalItup.g:2498:5: lv_name_1_0= ruleCode
            {

            					newCompositeNode(grammarAccess.getStrategicRiskAccess().getNameCodeParserRuleCall_1_0());
            				
            pushFollow(FOLLOW_22);
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

            // InternalItup.g:2515:3: ( (lv_title_2_0= RULE_STRING ) )?
            int alt55=2;
            int LA55_0 = input.LA(1);

            if ( (LA55_0==RULE_STRING) ) {
                alt55=1;
            }
            switch (alt55) {
                case 1 :
                    // InternalItup.g:2516:4: (lv_title_2_0= RULE_STRING )
                    {
                    // InternalItup.g:2516:4: (lv_title_2_0= RULE_STRING )
                    // InternalItup.g:2517:5: lv_title_2_0= RULE_STRING
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

            otherlv_3=(Token)match(input,21,FOLLOW_47); 

            			newLeafNode(otherlv_3, grammarAccess.getStrategicRiskAccess().getLeftCurlyBracketKeyword_3());
            		
            // InternalItup.g:2537:3: (otherlv_4= 'aspect' ( (lv_aspects_5_0= RULE_STRING ) ) )*
            loop56:
            do {
                int alt56=2;
                int LA56_0 = input.LA(1);

                if ( (LA56_0==54) ) {
                    alt56=1;
                }


                switch (alt56) {
            	case 1 :
            	    // InternalItup.g:2538:4: otherlv_4= 'aspect' ( (lv_aspects_5_0= RULE_STRING ) )
            	    {
            	    otherlv_4=(Token)match(input,54,FOLLOW_10); 

            	    				newLeafNode(otherlv_4, grammarAccess.getStrategicRiskAccess().getAspectKeyword_4_0());
            	    			
            	    // InternalItup.g:2542:4: ( (lv_aspects_5_0= RULE_STRING ) )
            	    // InternalItup.g:2543:5: (lv_aspects_5_0= RULE_STRING )
            	    {
            	    // InternalItup.g:2543:5: (lv_aspects_5_0= RULE_STRING )
            	    // InternalItup.g:2544:6: lv_aspects_5_0= RULE_STRING
            	    {
            	    lv_aspects_5_0=(Token)match(input,RULE_STRING,FOLLOW_47); 

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
            	    break loop56;
                }
            } while (true);

            // InternalItup.g:2561:3: ( (lv_mitigations_6_0= ruleMitigation ) )*
            loop57:
            do {
                int alt57=2;
                int LA57_0 = input.LA(1);

                if ( (LA57_0==55) ) {
                    alt57=1;
                }


                switch (alt57) {
            	case 1 :
            	    // InternalItup.g:2562:4: (lv_mitigations_6_0= ruleMitigation )
            	    {
            	    // InternalItup.g:2562:4: (lv_mitigations_6_0= ruleMitigation )
            	    // InternalItup.g:2563:5: lv_mitigations_6_0= ruleMitigation
            	    {

            	    					newCompositeNode(grammarAccess.getStrategicRiskAccess().getMitigationsMitigationParserRuleCall_5_0());
            	    				
            	    pushFollow(FOLLOW_48);
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
            	    break loop57;
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
    // InternalItup.g:2588:1: entryRuleMitigation returns [EObject current=null] : iv_ruleMitigation= ruleMitigation EOF ;
    public final EObject entryRuleMitigation() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleMitigation = null;


        try {
            // InternalItup.g:2588:51: (iv_ruleMitigation= ruleMitigation EOF )
            // InternalItup.g:2589:2: iv_ruleMitigation= ruleMitigation EOF
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
    // InternalItup.g:2595:1: ruleMitigation returns [EObject current=null] : (otherlv_0= 'mitigation' ( (lv_treatment_1_0= ruleRiskTreatment ) )? ( (lv_statement_2_0= RULE_STRING ) ) ) ;
    public final EObject ruleMitigation() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_statement_2_0=null;
        Enumerator lv_treatment_1_0 = null;



        	enterRule();

        try {
            // InternalItup.g:2601:2: ( (otherlv_0= 'mitigation' ( (lv_treatment_1_0= ruleRiskTreatment ) )? ( (lv_statement_2_0= RULE_STRING ) ) ) )
            // InternalItup.g:2602:2: (otherlv_0= 'mitigation' ( (lv_treatment_1_0= ruleRiskTreatment ) )? ( (lv_statement_2_0= RULE_STRING ) ) )
            {
            // InternalItup.g:2602:2: (otherlv_0= 'mitigation' ( (lv_treatment_1_0= ruleRiskTreatment ) )? ( (lv_statement_2_0= RULE_STRING ) ) )
            // InternalItup.g:2603:3: otherlv_0= 'mitigation' ( (lv_treatment_1_0= ruleRiskTreatment ) )? ( (lv_statement_2_0= RULE_STRING ) )
            {
            otherlv_0=(Token)match(input,55,FOLLOW_49); 

            			newLeafNode(otherlv_0, grammarAccess.getMitigationAccess().getMitigationKeyword_0());
            		
            // InternalItup.g:2607:3: ( (lv_treatment_1_0= ruleRiskTreatment ) )?
            int alt58=2;
            int LA58_0 = input.LA(1);

            if ( ((LA58_0>=69 && LA58_0<=72)) ) {
                alt58=1;
            }
            switch (alt58) {
                case 1 :
                    // InternalItup.g:2608:4: (lv_treatment_1_0= ruleRiskTreatment )
                    {
                    // InternalItup.g:2608:4: (lv_treatment_1_0= ruleRiskTreatment )
                    // InternalItup.g:2609:5: lv_treatment_1_0= ruleRiskTreatment
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

            // InternalItup.g:2626:3: ( (lv_statement_2_0= RULE_STRING ) )
            // InternalItup.g:2627:4: (lv_statement_2_0= RULE_STRING )
            {
            // InternalItup.g:2627:4: (lv_statement_2_0= RULE_STRING )
            // InternalItup.g:2628:5: lv_statement_2_0= RULE_STRING
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
    // InternalItup.g:2648:1: entryRuleSwotItem returns [EObject current=null] : iv_ruleSwotItem= ruleSwotItem EOF ;
    public final EObject entryRuleSwotItem() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleSwotItem = null;


        try {
            // InternalItup.g:2648:49: (iv_ruleSwotItem= ruleSwotItem EOF )
            // InternalItup.g:2649:2: iv_ruleSwotItem= ruleSwotItem EOF
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
    // InternalItup.g:2655:1: ruleSwotItem returns [EObject current=null] : ( ( (lv_kind_0_0= ruleSwotKind ) ) ( (lv_statement_1_0= RULE_STRING ) ) ) ;
    public final EObject ruleSwotItem() throws RecognitionException {
        EObject current = null;

        Token lv_statement_1_0=null;
        Enumerator lv_kind_0_0 = null;



        	enterRule();

        try {
            // InternalItup.g:2661:2: ( ( ( (lv_kind_0_0= ruleSwotKind ) ) ( (lv_statement_1_0= RULE_STRING ) ) ) )
            // InternalItup.g:2662:2: ( ( (lv_kind_0_0= ruleSwotKind ) ) ( (lv_statement_1_0= RULE_STRING ) ) )
            {
            // InternalItup.g:2662:2: ( ( (lv_kind_0_0= ruleSwotKind ) ) ( (lv_statement_1_0= RULE_STRING ) ) )
            // InternalItup.g:2663:3: ( (lv_kind_0_0= ruleSwotKind ) ) ( (lv_statement_1_0= RULE_STRING ) )
            {
            // InternalItup.g:2663:3: ( (lv_kind_0_0= ruleSwotKind ) )
            // InternalItup.g:2664:4: (lv_kind_0_0= ruleSwotKind )
            {
            // InternalItup.g:2664:4: (lv_kind_0_0= ruleSwotKind )
            // InternalItup.g:2665:5: lv_kind_0_0= ruleSwotKind
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

            // InternalItup.g:2682:3: ( (lv_statement_1_0= RULE_STRING ) )
            // InternalItup.g:2683:4: (lv_statement_1_0= RULE_STRING )
            {
            // InternalItup.g:2683:4: (lv_statement_1_0= RULE_STRING )
            // InternalItup.g:2684:5: lv_statement_1_0= RULE_STRING
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
    // InternalItup.g:2704:1: entryRuleImplementationCriterion returns [EObject current=null] : iv_ruleImplementationCriterion= ruleImplementationCriterion EOF ;
    public final EObject entryRuleImplementationCriterion() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleImplementationCriterion = null;


        try {
            // InternalItup.g:2704:64: (iv_ruleImplementationCriterion= ruleImplementationCriterion EOF )
            // InternalItup.g:2705:2: iv_ruleImplementationCriterion= ruleImplementationCriterion EOF
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
    // InternalItup.g:2711:1: ruleImplementationCriterion returns [EObject current=null] : (otherlv_0= 'criterion' ( (lv_title_1_0= RULE_STRING ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( (lv_criteria_4_0= ruleImplementationCriterion ) )* otherlv_5= '}' )? ) ;
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
            // InternalItup.g:2717:2: ( (otherlv_0= 'criterion' ( (lv_title_1_0= RULE_STRING ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( (lv_criteria_4_0= ruleImplementationCriterion ) )* otherlv_5= '}' )? ) )
            // InternalItup.g:2718:2: (otherlv_0= 'criterion' ( (lv_title_1_0= RULE_STRING ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( (lv_criteria_4_0= ruleImplementationCriterion ) )* otherlv_5= '}' )? )
            {
            // InternalItup.g:2718:2: (otherlv_0= 'criterion' ( (lv_title_1_0= RULE_STRING ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( (lv_criteria_4_0= ruleImplementationCriterion ) )* otherlv_5= '}' )? )
            // InternalItup.g:2719:3: otherlv_0= 'criterion' ( (lv_title_1_0= RULE_STRING ) ) ( (lv_statement_2_0= RULE_STRING ) )? (otherlv_3= '{' ( (lv_criteria_4_0= ruleImplementationCriterion ) )* otherlv_5= '}' )?
            {
            otherlv_0=(Token)match(input,56,FOLLOW_10); 

            			newLeafNode(otherlv_0, grammarAccess.getImplementationCriterionAccess().getCriterionKeyword_0());
            		
            // InternalItup.g:2723:3: ( (lv_title_1_0= RULE_STRING ) )
            // InternalItup.g:2724:4: (lv_title_1_0= RULE_STRING )
            {
            // InternalItup.g:2724:4: (lv_title_1_0= RULE_STRING )
            // InternalItup.g:2725:5: lv_title_1_0= RULE_STRING
            {
            lv_title_1_0=(Token)match(input,RULE_STRING,FOLLOW_27); 

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

            // InternalItup.g:2741:3: ( (lv_statement_2_0= RULE_STRING ) )?
            int alt59=2;
            int LA59_0 = input.LA(1);

            if ( (LA59_0==RULE_STRING) ) {
                alt59=1;
            }
            switch (alt59) {
                case 1 :
                    // InternalItup.g:2742:4: (lv_statement_2_0= RULE_STRING )
                    {
                    // InternalItup.g:2742:4: (lv_statement_2_0= RULE_STRING )
                    // InternalItup.g:2743:5: lv_statement_2_0= RULE_STRING
                    {
                    lv_statement_2_0=(Token)match(input,RULE_STRING,FOLLOW_28); 

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

            // InternalItup.g:2759:3: (otherlv_3= '{' ( (lv_criteria_4_0= ruleImplementationCriterion ) )* otherlv_5= '}' )?
            int alt61=2;
            int LA61_0 = input.LA(1);

            if ( (LA61_0==21) ) {
                alt61=1;
            }
            switch (alt61) {
                case 1 :
                    // InternalItup.g:2760:4: otherlv_3= '{' ( (lv_criteria_4_0= ruleImplementationCriterion ) )* otherlv_5= '}'
                    {
                    otherlv_3=(Token)match(input,21,FOLLOW_50); 

                    				newLeafNode(otherlv_3, grammarAccess.getImplementationCriterionAccess().getLeftCurlyBracketKeyword_3_0());
                    			
                    // InternalItup.g:2764:4: ( (lv_criteria_4_0= ruleImplementationCriterion ) )*
                    loop60:
                    do {
                        int alt60=2;
                        int LA60_0 = input.LA(1);

                        if ( (LA60_0==56) ) {
                            alt60=1;
                        }


                        switch (alt60) {
                    	case 1 :
                    	    // InternalItup.g:2765:5: (lv_criteria_4_0= ruleImplementationCriterion )
                    	    {
                    	    // InternalItup.g:2765:5: (lv_criteria_4_0= ruleImplementationCriterion )
                    	    // InternalItup.g:2766:6: lv_criteria_4_0= ruleImplementationCriterion
                    	    {

                    	    						newCompositeNode(grammarAccess.getImplementationCriterionAccess().getCriteriaImplementationCriterionParserRuleCall_3_1_0());
                    	    					
                    	    pushFollow(FOLLOW_50);
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
                    	    break loop60;
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
    // InternalItup.g:2792:1: entryRuleGlossaryTerm returns [EObject current=null] : iv_ruleGlossaryTerm= ruleGlossaryTerm EOF ;
    public final EObject entryRuleGlossaryTerm() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleGlossaryTerm = null;


        try {
            // InternalItup.g:2792:53: (iv_ruleGlossaryTerm= ruleGlossaryTerm EOF )
            // InternalItup.g:2793:2: iv_ruleGlossaryTerm= ruleGlossaryTerm EOF
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
    // InternalItup.g:2799:1: ruleGlossaryTerm returns [EObject current=null] : (otherlv_0= 'term' ( (lv_term_1_0= RULE_STRING ) ) otherlv_2= '{' (otherlv_3= 'definition' ( (lv_definition_4_0= RULE_STRING ) ) )? ( (lv_translations_5_0= ruleTranslation ) )* otherlv_6= '}' ) ;
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
            // InternalItup.g:2805:2: ( (otherlv_0= 'term' ( (lv_term_1_0= RULE_STRING ) ) otherlv_2= '{' (otherlv_3= 'definition' ( (lv_definition_4_0= RULE_STRING ) ) )? ( (lv_translations_5_0= ruleTranslation ) )* otherlv_6= '}' ) )
            // InternalItup.g:2806:2: (otherlv_0= 'term' ( (lv_term_1_0= RULE_STRING ) ) otherlv_2= '{' (otherlv_3= 'definition' ( (lv_definition_4_0= RULE_STRING ) ) )? ( (lv_translations_5_0= ruleTranslation ) )* otherlv_6= '}' )
            {
            // InternalItup.g:2806:2: (otherlv_0= 'term' ( (lv_term_1_0= RULE_STRING ) ) otherlv_2= '{' (otherlv_3= 'definition' ( (lv_definition_4_0= RULE_STRING ) ) )? ( (lv_translations_5_0= ruleTranslation ) )* otherlv_6= '}' )
            // InternalItup.g:2807:3: otherlv_0= 'term' ( (lv_term_1_0= RULE_STRING ) ) otherlv_2= '{' (otherlv_3= 'definition' ( (lv_definition_4_0= RULE_STRING ) ) )? ( (lv_translations_5_0= ruleTranslation ) )* otherlv_6= '}'
            {
            otherlv_0=(Token)match(input,57,FOLLOW_10); 

            			newLeafNode(otherlv_0, grammarAccess.getGlossaryTermAccess().getTermKeyword_0());
            		
            // InternalItup.g:2811:3: ( (lv_term_1_0= RULE_STRING ) )
            // InternalItup.g:2812:4: (lv_term_1_0= RULE_STRING )
            {
            // InternalItup.g:2812:4: (lv_term_1_0= RULE_STRING )
            // InternalItup.g:2813:5: lv_term_1_0= RULE_STRING
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

            otherlv_2=(Token)match(input,21,FOLLOW_51); 

            			newLeafNode(otherlv_2, grammarAccess.getGlossaryTermAccess().getLeftCurlyBracketKeyword_2());
            		
            // InternalItup.g:2833:3: (otherlv_3= 'definition' ( (lv_definition_4_0= RULE_STRING ) ) )?
            int alt62=2;
            int LA62_0 = input.LA(1);

            if ( (LA62_0==58) ) {
                alt62=1;
            }
            switch (alt62) {
                case 1 :
                    // InternalItup.g:2834:4: otherlv_3= 'definition' ( (lv_definition_4_0= RULE_STRING ) )
                    {
                    otherlv_3=(Token)match(input,58,FOLLOW_10); 

                    				newLeafNode(otherlv_3, grammarAccess.getGlossaryTermAccess().getDefinitionKeyword_3_0());
                    			
                    // InternalItup.g:2838:4: ( (lv_definition_4_0= RULE_STRING ) )
                    // InternalItup.g:2839:5: (lv_definition_4_0= RULE_STRING )
                    {
                    // InternalItup.g:2839:5: (lv_definition_4_0= RULE_STRING )
                    // InternalItup.g:2840:6: lv_definition_4_0= RULE_STRING
                    {
                    lv_definition_4_0=(Token)match(input,RULE_STRING,FOLLOW_52); 

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

            // InternalItup.g:2857:3: ( (lv_translations_5_0= ruleTranslation ) )*
            loop63:
            do {
                int alt63=2;
                int LA63_0 = input.LA(1);

                if ( (LA63_0==RULE_ID) ) {
                    alt63=1;
                }


                switch (alt63) {
            	case 1 :
            	    // InternalItup.g:2858:4: (lv_translations_5_0= ruleTranslation )
            	    {
            	    // InternalItup.g:2858:4: (lv_translations_5_0= ruleTranslation )
            	    // InternalItup.g:2859:5: lv_translations_5_0= ruleTranslation
            	    {

            	    					newCompositeNode(grammarAccess.getGlossaryTermAccess().getTranslationsTranslationParserRuleCall_4_0());
            	    				
            	    pushFollow(FOLLOW_52);
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
            	    break loop63;
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
    // InternalItup.g:2884:1: entryRuleTranslation returns [EObject current=null] : iv_ruleTranslation= ruleTranslation EOF ;
    public final EObject entryRuleTranslation() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleTranslation = null;


        try {
            // InternalItup.g:2884:52: (iv_ruleTranslation= ruleTranslation EOF )
            // InternalItup.g:2885:2: iv_ruleTranslation= ruleTranslation EOF
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
    // InternalItup.g:2891:1: ruleTranslation returns [EObject current=null] : ( ( (lv_language_0_0= RULE_ID ) ) ( (lv_text_1_0= RULE_STRING ) ) ) ;
    public final EObject ruleTranslation() throws RecognitionException {
        EObject current = null;

        Token lv_language_0_0=null;
        Token lv_text_1_0=null;


        	enterRule();

        try {
            // InternalItup.g:2897:2: ( ( ( (lv_language_0_0= RULE_ID ) ) ( (lv_text_1_0= RULE_STRING ) ) ) )
            // InternalItup.g:2898:2: ( ( (lv_language_0_0= RULE_ID ) ) ( (lv_text_1_0= RULE_STRING ) ) )
            {
            // InternalItup.g:2898:2: ( ( (lv_language_0_0= RULE_ID ) ) ( (lv_text_1_0= RULE_STRING ) ) )
            // InternalItup.g:2899:3: ( (lv_language_0_0= RULE_ID ) ) ( (lv_text_1_0= RULE_STRING ) )
            {
            // InternalItup.g:2899:3: ( (lv_language_0_0= RULE_ID ) )
            // InternalItup.g:2900:4: (lv_language_0_0= RULE_ID )
            {
            // InternalItup.g:2900:4: (lv_language_0_0= RULE_ID )
            // InternalItup.g:2901:5: lv_language_0_0= RULE_ID
            {
            lv_language_0_0=(Token)match(input,RULE_ID,FOLLOW_10); 

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

            // InternalItup.g:2917:3: ( (lv_text_1_0= RULE_STRING ) )
            // InternalItup.g:2918:4: (lv_text_1_0= RULE_STRING )
            {
            // InternalItup.g:2918:4: (lv_text_1_0= RULE_STRING )
            // InternalItup.g:2919:5: lv_text_1_0= RULE_STRING
            {
            lv_text_1_0=(Token)match(input,RULE_STRING,FOLLOW_2); 

            					newLeafNode(lv_text_1_0, grammarAccess.getTranslationAccess().getTextSTRINGTerminalRuleCall_1_0());
            				

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
    // InternalItup.g:2939:1: entryRuleCode returns [String current=null] : iv_ruleCode= ruleCode EOF ;
    public final String entryRuleCode() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleCode = null;



        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalItup.g:2941:2: (iv_ruleCode= ruleCode EOF )
            // InternalItup.g:2942:2: iv_ruleCode= ruleCode EOF
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
    // InternalItup.g:2951:1: ruleCode returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (this_CodeSegment_0= ruleCodeSegment ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )* ) ;
    public final AntlrDatatypeRuleToken ruleCode() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token kw=null;
        AntlrDatatypeRuleToken this_CodeSegment_0 = null;

        AntlrDatatypeRuleToken this_CodeSegment_3 = null;



        	enterRule();
        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalItup.g:2958:2: ( (this_CodeSegment_0= ruleCodeSegment ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )* ) )
            // InternalItup.g:2959:2: (this_CodeSegment_0= ruleCodeSegment ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )* )
            {
            // InternalItup.g:2959:2: (this_CodeSegment_0= ruleCodeSegment ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )* )
            // InternalItup.g:2960:3: this_CodeSegment_0= ruleCodeSegment ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )*
            {

            			newCompositeNode(grammarAccess.getCodeAccess().getCodeSegmentParserRuleCall_0());
            		
            pushFollow(FOLLOW_53);
            this_CodeSegment_0=ruleCodeSegment();

            state._fsp--;


            			current.merge(this_CodeSegment_0);
            		

            			afterParserOrEnumRuleCall();
            		
            // InternalItup.g:2970:3: ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )*
            loop65:
            do {
                int alt65=2;
                int LA65_0 = input.LA(1);

                if ( ((LA65_0>=59 && LA65_0<=60)) ) {
                    alt65=1;
                }


                switch (alt65) {
            	case 1 :
            	    // InternalItup.g:2971:4: (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment
            	    {
            	    // InternalItup.g:2971:4: (kw= '.' | kw= '-' )
            	    int alt64=2;
            	    int LA64_0 = input.LA(1);

            	    if ( (LA64_0==59) ) {
            	        alt64=1;
            	    }
            	    else if ( (LA64_0==60) ) {
            	        alt64=2;
            	    }
            	    else {
            	        NoViableAltException nvae =
            	            new NoViableAltException("", 64, 0, input);

            	        throw nvae;
            	    }
            	    switch (alt64) {
            	        case 1 :
            	            // InternalItup.g:2972:5: kw= '.'
            	            {
            	            kw=(Token)match(input,59,FOLLOW_14); 

            	            					current.merge(kw);
            	            					newLeafNode(kw, grammarAccess.getCodeAccess().getFullStopKeyword_1_0_0());
            	            				

            	            }
            	            break;
            	        case 2 :
            	            // InternalItup.g:2978:5: kw= '-'
            	            {
            	            kw=(Token)match(input,60,FOLLOW_14); 

            	            					current.merge(kw);
            	            					newLeafNode(kw, grammarAccess.getCodeAccess().getHyphenMinusKeyword_1_0_1());
            	            				

            	            }
            	            break;

            	    }


            	    				newCompositeNode(grammarAccess.getCodeAccess().getCodeSegmentParserRuleCall_1_1());
            	    			
            	    pushFollow(FOLLOW_53);
            	    this_CodeSegment_3=ruleCodeSegment();

            	    state._fsp--;


            	    				current.merge(this_CodeSegment_3);
            	    			

            	    				afterParserOrEnumRuleCall();
            	    			

            	    }
            	    break;

            	default :
            	    break loop65;
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
    // InternalItup.g:3002:1: entryRuleCodeSegment returns [String current=null] : iv_ruleCodeSegment= ruleCodeSegment EOF ;
    public final String entryRuleCodeSegment() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleCodeSegment = null;


        try {
            // InternalItup.g:3002:51: (iv_ruleCodeSegment= ruleCodeSegment EOF )
            // InternalItup.g:3003:2: iv_ruleCodeSegment= ruleCodeSegment EOF
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
    // InternalItup.g:3009:1: ruleCodeSegment returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (this_ID_0= RULE_ID | this_INT_1= RULE_INT ) ;
    public final AntlrDatatypeRuleToken ruleCodeSegment() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_ID_0=null;
        Token this_INT_1=null;


        	enterRule();

        try {
            // InternalItup.g:3015:2: ( (this_ID_0= RULE_ID | this_INT_1= RULE_INT ) )
            // InternalItup.g:3016:2: (this_ID_0= RULE_ID | this_INT_1= RULE_INT )
            {
            // InternalItup.g:3016:2: (this_ID_0= RULE_ID | this_INT_1= RULE_INT )
            int alt66=2;
            int LA66_0 = input.LA(1);

            if ( (LA66_0==RULE_ID) ) {
                alt66=1;
            }
            else if ( (LA66_0==RULE_INT) ) {
                alt66=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 66, 0, input);

                throw nvae;
            }
            switch (alt66) {
                case 1 :
                    // InternalItup.g:3017:3: this_ID_0= RULE_ID
                    {
                    this_ID_0=(Token)match(input,RULE_ID,FOLLOW_2); 

                    			current.merge(this_ID_0);
                    		

                    			newLeafNode(this_ID_0, grammarAccess.getCodeSegmentAccess().getIDTerminalRuleCall_0());
                    		

                    }
                    break;
                case 2 :
                    // InternalItup.g:3025:3: this_INT_1= RULE_INT
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
    // InternalItup.g:3036:1: entryRulePlanName returns [String current=null] : iv_rulePlanName= rulePlanName EOF ;
    public final String entryRulePlanName() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_rulePlanName = null;



        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalItup.g:3038:2: (iv_rulePlanName= rulePlanName EOF )
            // InternalItup.g:3039:2: iv_rulePlanName= rulePlanName EOF
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
    // InternalItup.g:3048:1: rulePlanName returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (this_ID_0= RULE_ID ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )* ) ;
    public final AntlrDatatypeRuleToken rulePlanName() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_ID_0=null;
        Token kw=null;
        AntlrDatatypeRuleToken this_CodeSegment_3 = null;



        	enterRule();
        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalItup.g:3055:2: ( (this_ID_0= RULE_ID ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )* ) )
            // InternalItup.g:3056:2: (this_ID_0= RULE_ID ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )* )
            {
            // InternalItup.g:3056:2: (this_ID_0= RULE_ID ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )* )
            // InternalItup.g:3057:3: this_ID_0= RULE_ID ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )*
            {
            this_ID_0=(Token)match(input,RULE_ID,FOLLOW_53); 

            			current.merge(this_ID_0);
            		

            			newLeafNode(this_ID_0, grammarAccess.getPlanNameAccess().getIDTerminalRuleCall_0());
            		
            // InternalItup.g:3064:3: ( (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment )*
            loop68:
            do {
                int alt68=2;
                int LA68_0 = input.LA(1);

                if ( ((LA68_0>=59 && LA68_0<=60)) ) {
                    alt68=1;
                }


                switch (alt68) {
            	case 1 :
            	    // InternalItup.g:3065:4: (kw= '.' | kw= '-' ) this_CodeSegment_3= ruleCodeSegment
            	    {
            	    // InternalItup.g:3065:4: (kw= '.' | kw= '-' )
            	    int alt67=2;
            	    int LA67_0 = input.LA(1);

            	    if ( (LA67_0==59) ) {
            	        alt67=1;
            	    }
            	    else if ( (LA67_0==60) ) {
            	        alt67=2;
            	    }
            	    else {
            	        NoViableAltException nvae =
            	            new NoViableAltException("", 67, 0, input);

            	        throw nvae;
            	    }
            	    switch (alt67) {
            	        case 1 :
            	            // InternalItup.g:3066:5: kw= '.'
            	            {
            	            kw=(Token)match(input,59,FOLLOW_14); 

            	            					current.merge(kw);
            	            					newLeafNode(kw, grammarAccess.getPlanNameAccess().getFullStopKeyword_1_0_0());
            	            				

            	            }
            	            break;
            	        case 2 :
            	            // InternalItup.g:3072:5: kw= '-'
            	            {
            	            kw=(Token)match(input,60,FOLLOW_14); 

            	            					current.merge(kw);
            	            					newLeafNode(kw, grammarAccess.getPlanNameAccess().getHyphenMinusKeyword_1_0_1());
            	            				

            	            }
            	            break;

            	    }


            	    				newCompositeNode(grammarAccess.getPlanNameAccess().getCodeSegmentParserRuleCall_1_1());
            	    			
            	    pushFollow(FOLLOW_53);
            	    this_CodeSegment_3=ruleCodeSegment();

            	    state._fsp--;


            	    				current.merge(this_CodeSegment_3);
            	    			

            	    				afterParserOrEnumRuleCall();
            	    			

            	    }
            	    break;

            	default :
            	    break loop68;
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
    // InternalItup.g:3096:1: entryRuleYear returns [String current=null] : iv_ruleYear= ruleYear EOF ;
    public final String entryRuleYear() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleYear = null;


        try {
            // InternalItup.g:3096:44: (iv_ruleYear= ruleYear EOF )
            // InternalItup.g:3097:2: iv_ruleYear= ruleYear EOF
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
    // InternalItup.g:3103:1: ruleYear returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : this_INT_0= RULE_INT ;
    public final AntlrDatatypeRuleToken ruleYear() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_INT_0=null;


        	enterRule();

        try {
            // InternalItup.g:3109:2: (this_INT_0= RULE_INT )
            // InternalItup.g:3110:2: this_INT_0= RULE_INT
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
    // InternalItup.g:3120:1: entryRuleDecimal returns [String current=null] : iv_ruleDecimal= ruleDecimal EOF ;
    public final String entryRuleDecimal() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleDecimal = null;



        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalItup.g:3122:2: (iv_ruleDecimal= ruleDecimal EOF )
            // InternalItup.g:3123:2: iv_ruleDecimal= ruleDecimal EOF
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
    // InternalItup.g:3132:1: ruleDecimal returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (this_INT_0= RULE_INT (kw= '.' this_INT_2= RULE_INT )? ) ;
    public final AntlrDatatypeRuleToken ruleDecimal() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_INT_0=null;
        Token kw=null;
        Token this_INT_2=null;


        	enterRule();
        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalItup.g:3139:2: ( (this_INT_0= RULE_INT (kw= '.' this_INT_2= RULE_INT )? ) )
            // InternalItup.g:3140:2: (this_INT_0= RULE_INT (kw= '.' this_INT_2= RULE_INT )? )
            {
            // InternalItup.g:3140:2: (this_INT_0= RULE_INT (kw= '.' this_INT_2= RULE_INT )? )
            // InternalItup.g:3141:3: this_INT_0= RULE_INT (kw= '.' this_INT_2= RULE_INT )?
            {
            this_INT_0=(Token)match(input,RULE_INT,FOLLOW_54); 

            			current.merge(this_INT_0);
            		

            			newLeafNode(this_INT_0, grammarAccess.getDecimalAccess().getINTTerminalRuleCall_0());
            		
            // InternalItup.g:3148:3: (kw= '.' this_INT_2= RULE_INT )?
            int alt69=2;
            int LA69_0 = input.LA(1);

            if ( (LA69_0==59) ) {
                alt69=1;
            }
            switch (alt69) {
                case 1 :
                    // InternalItup.g:3149:4: kw= '.' this_INT_2= RULE_INT
                    {
                    kw=(Token)match(input,59,FOLLOW_6); 

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
    // InternalItup.g:3169:1: ruleMeasuredTargetKind returns [Enumerator current=null] : ( (enumLiteral_0= 'level' ) | (enumLiteral_1= 'increase' ) | (enumLiteral_2= 'decrease' ) ) ;
    public final Enumerator ruleMeasuredTargetKind() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;


        	enterRule();

        try {
            // InternalItup.g:3175:2: ( ( (enumLiteral_0= 'level' ) | (enumLiteral_1= 'increase' ) | (enumLiteral_2= 'decrease' ) ) )
            // InternalItup.g:3176:2: ( (enumLiteral_0= 'level' ) | (enumLiteral_1= 'increase' ) | (enumLiteral_2= 'decrease' ) )
            {
            // InternalItup.g:3176:2: ( (enumLiteral_0= 'level' ) | (enumLiteral_1= 'increase' ) | (enumLiteral_2= 'decrease' ) )
            int alt70=3;
            switch ( input.LA(1) ) {
            case 61:
                {
                alt70=1;
                }
                break;
            case 62:
                {
                alt70=2;
                }
                break;
            case 63:
                {
                alt70=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 70, 0, input);

                throw nvae;
            }

            switch (alt70) {
                case 1 :
                    // InternalItup.g:3177:3: (enumLiteral_0= 'level' )
                    {
                    // InternalItup.g:3177:3: (enumLiteral_0= 'level' )
                    // InternalItup.g:3178:4: enumLiteral_0= 'level'
                    {
                    enumLiteral_0=(Token)match(input,61,FOLLOW_2); 

                    				current = grammarAccess.getMeasuredTargetKindAccess().getLEVELEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getMeasuredTargetKindAccess().getLEVELEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:3185:3: (enumLiteral_1= 'increase' )
                    {
                    // InternalItup.g:3185:3: (enumLiteral_1= 'increase' )
                    // InternalItup.g:3186:4: enumLiteral_1= 'increase'
                    {
                    enumLiteral_1=(Token)match(input,62,FOLLOW_2); 

                    				current = grammarAccess.getMeasuredTargetKindAccess().getINCREASEEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getMeasuredTargetKindAccess().getINCREASEEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:3193:3: (enumLiteral_2= 'decrease' )
                    {
                    // InternalItup.g:3193:3: (enumLiteral_2= 'decrease' )
                    // InternalItup.g:3194:4: enumLiteral_2= 'decrease'
                    {
                    enumLiteral_2=(Token)match(input,63,FOLLOW_2); 

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
    // InternalItup.g:3204:1: ruleQualitativeTargetKind returns [Enumerator current=null] : (enumLiteral_0= 'qualitative' ) ;
    public final Enumerator ruleQualitativeTargetKind() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;


        	enterRule();

        try {
            // InternalItup.g:3210:2: ( (enumLiteral_0= 'qualitative' ) )
            // InternalItup.g:3211:2: (enumLiteral_0= 'qualitative' )
            {
            // InternalItup.g:3211:2: (enumLiteral_0= 'qualitative' )
            // InternalItup.g:3212:3: enumLiteral_0= 'qualitative'
            {
            enumLiteral_0=(Token)match(input,64,FOLLOW_2); 

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
    // InternalItup.g:3221:1: ruleSectorKind returns [Enumerator current=null] : ( (enumLiteral_0= 'sector' ) | (enumLiteral_1= 'inter-sectoral' ) | (enumLiteral_2= 'secretariat' ) ) ;
    public final Enumerator ruleSectorKind() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;


        	enterRule();

        try {
            // InternalItup.g:3227:2: ( ( (enumLiteral_0= 'sector' ) | (enumLiteral_1= 'inter-sectoral' ) | (enumLiteral_2= 'secretariat' ) ) )
            // InternalItup.g:3228:2: ( (enumLiteral_0= 'sector' ) | (enumLiteral_1= 'inter-sectoral' ) | (enumLiteral_2= 'secretariat' ) )
            {
            // InternalItup.g:3228:2: ( (enumLiteral_0= 'sector' ) | (enumLiteral_1= 'inter-sectoral' ) | (enumLiteral_2= 'secretariat' ) )
            int alt71=3;
            switch ( input.LA(1) ) {
            case 65:
                {
                alt71=1;
                }
                break;
            case 66:
                {
                alt71=2;
                }
                break;
            case 67:
                {
                alt71=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 71, 0, input);

                throw nvae;
            }

            switch (alt71) {
                case 1 :
                    // InternalItup.g:3229:3: (enumLiteral_0= 'sector' )
                    {
                    // InternalItup.g:3229:3: (enumLiteral_0= 'sector' )
                    // InternalItup.g:3230:4: enumLiteral_0= 'sector'
                    {
                    enumLiteral_0=(Token)match(input,65,FOLLOW_2); 

                    				current = grammarAccess.getSectorKindAccess().getSECTOREnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getSectorKindAccess().getSECTOREnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:3237:3: (enumLiteral_1= 'inter-sectoral' )
                    {
                    // InternalItup.g:3237:3: (enumLiteral_1= 'inter-sectoral' )
                    // InternalItup.g:3238:4: enumLiteral_1= 'inter-sectoral'
                    {
                    enumLiteral_1=(Token)match(input,66,FOLLOW_2); 

                    				current = grammarAccess.getSectorKindAccess().getINTER_SECTORALEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getSectorKindAccess().getINTER_SECTORALEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:3245:3: (enumLiteral_2= 'secretariat' )
                    {
                    // InternalItup.g:3245:3: (enumLiteral_2= 'secretariat' )
                    // InternalItup.g:3246:4: enumLiteral_2= 'secretariat'
                    {
                    enumLiteral_2=(Token)match(input,67,FOLLOW_2); 

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
    // InternalItup.g:3256:1: ruleIndicatorDirection returns [Enumerator current=null] : ( (enumLiteral_0= 'increase' ) | (enumLiteral_1= 'decrease' ) | (enumLiteral_2= 'maintain' ) ) ;
    public final Enumerator ruleIndicatorDirection() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;


        	enterRule();

        try {
            // InternalItup.g:3262:2: ( ( (enumLiteral_0= 'increase' ) | (enumLiteral_1= 'decrease' ) | (enumLiteral_2= 'maintain' ) ) )
            // InternalItup.g:3263:2: ( (enumLiteral_0= 'increase' ) | (enumLiteral_1= 'decrease' ) | (enumLiteral_2= 'maintain' ) )
            {
            // InternalItup.g:3263:2: ( (enumLiteral_0= 'increase' ) | (enumLiteral_1= 'decrease' ) | (enumLiteral_2= 'maintain' ) )
            int alt72=3;
            switch ( input.LA(1) ) {
            case 62:
                {
                alt72=1;
                }
                break;
            case 63:
                {
                alt72=2;
                }
                break;
            case 68:
                {
                alt72=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 72, 0, input);

                throw nvae;
            }

            switch (alt72) {
                case 1 :
                    // InternalItup.g:3264:3: (enumLiteral_0= 'increase' )
                    {
                    // InternalItup.g:3264:3: (enumLiteral_0= 'increase' )
                    // InternalItup.g:3265:4: enumLiteral_0= 'increase'
                    {
                    enumLiteral_0=(Token)match(input,62,FOLLOW_2); 

                    				current = grammarAccess.getIndicatorDirectionAccess().getINCREASEEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getIndicatorDirectionAccess().getINCREASEEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:3272:3: (enumLiteral_1= 'decrease' )
                    {
                    // InternalItup.g:3272:3: (enumLiteral_1= 'decrease' )
                    // InternalItup.g:3273:4: enumLiteral_1= 'decrease'
                    {
                    enumLiteral_1=(Token)match(input,63,FOLLOW_2); 

                    				current = grammarAccess.getIndicatorDirectionAccess().getDECREASEEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getIndicatorDirectionAccess().getDECREASEEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:3280:3: (enumLiteral_2= 'maintain' )
                    {
                    // InternalItup.g:3280:3: (enumLiteral_2= 'maintain' )
                    // InternalItup.g:3281:4: enumLiteral_2= 'maintain'
                    {
                    enumLiteral_2=(Token)match(input,68,FOLLOW_2); 

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
    // InternalItup.g:3291:1: ruleRiskTreatment returns [Enumerator current=null] : ( (enumLiteral_0= 'avoidance' ) | (enumLiteral_1= 'limitation' ) | (enumLiteral_2= 'transfer' ) | (enumLiteral_3= 'acceptance' ) ) ;
    public final Enumerator ruleRiskTreatment() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;


        	enterRule();

        try {
            // InternalItup.g:3297:2: ( ( (enumLiteral_0= 'avoidance' ) | (enumLiteral_1= 'limitation' ) | (enumLiteral_2= 'transfer' ) | (enumLiteral_3= 'acceptance' ) ) )
            // InternalItup.g:3298:2: ( (enumLiteral_0= 'avoidance' ) | (enumLiteral_1= 'limitation' ) | (enumLiteral_2= 'transfer' ) | (enumLiteral_3= 'acceptance' ) )
            {
            // InternalItup.g:3298:2: ( (enumLiteral_0= 'avoidance' ) | (enumLiteral_1= 'limitation' ) | (enumLiteral_2= 'transfer' ) | (enumLiteral_3= 'acceptance' ) )
            int alt73=4;
            switch ( input.LA(1) ) {
            case 69:
                {
                alt73=1;
                }
                break;
            case 70:
                {
                alt73=2;
                }
                break;
            case 71:
                {
                alt73=3;
                }
                break;
            case 72:
                {
                alt73=4;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 73, 0, input);

                throw nvae;
            }

            switch (alt73) {
                case 1 :
                    // InternalItup.g:3299:3: (enumLiteral_0= 'avoidance' )
                    {
                    // InternalItup.g:3299:3: (enumLiteral_0= 'avoidance' )
                    // InternalItup.g:3300:4: enumLiteral_0= 'avoidance'
                    {
                    enumLiteral_0=(Token)match(input,69,FOLLOW_2); 

                    				current = grammarAccess.getRiskTreatmentAccess().getAVOIDANCEEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getRiskTreatmentAccess().getAVOIDANCEEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:3307:3: (enumLiteral_1= 'limitation' )
                    {
                    // InternalItup.g:3307:3: (enumLiteral_1= 'limitation' )
                    // InternalItup.g:3308:4: enumLiteral_1= 'limitation'
                    {
                    enumLiteral_1=(Token)match(input,70,FOLLOW_2); 

                    				current = grammarAccess.getRiskTreatmentAccess().getLIMITATIONEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getRiskTreatmentAccess().getLIMITATIONEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:3315:3: (enumLiteral_2= 'transfer' )
                    {
                    // InternalItup.g:3315:3: (enumLiteral_2= 'transfer' )
                    // InternalItup.g:3316:4: enumLiteral_2= 'transfer'
                    {
                    enumLiteral_2=(Token)match(input,71,FOLLOW_2); 

                    				current = grammarAccess.getRiskTreatmentAccess().getTRANSFEREnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getRiskTreatmentAccess().getTRANSFEREnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalItup.g:3323:3: (enumLiteral_3= 'acceptance' )
                    {
                    // InternalItup.g:3323:3: (enumLiteral_3= 'acceptance' )
                    // InternalItup.g:3324:4: enumLiteral_3= 'acceptance'
                    {
                    enumLiteral_3=(Token)match(input,72,FOLLOW_2); 

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
    // InternalItup.g:3334:1: ruleSwotKind returns [Enumerator current=null] : ( (enumLiteral_0= 'strength' ) | (enumLiteral_1= 'weakness' ) | (enumLiteral_2= 'opportunity' ) | (enumLiteral_3= 'threat' ) ) ;
    public final Enumerator ruleSwotKind() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;


        	enterRule();

        try {
            // InternalItup.g:3340:2: ( ( (enumLiteral_0= 'strength' ) | (enumLiteral_1= 'weakness' ) | (enumLiteral_2= 'opportunity' ) | (enumLiteral_3= 'threat' ) ) )
            // InternalItup.g:3341:2: ( (enumLiteral_0= 'strength' ) | (enumLiteral_1= 'weakness' ) | (enumLiteral_2= 'opportunity' ) | (enumLiteral_3= 'threat' ) )
            {
            // InternalItup.g:3341:2: ( (enumLiteral_0= 'strength' ) | (enumLiteral_1= 'weakness' ) | (enumLiteral_2= 'opportunity' ) | (enumLiteral_3= 'threat' ) )
            int alt74=4;
            switch ( input.LA(1) ) {
            case 73:
                {
                alt74=1;
                }
                break;
            case 74:
                {
                alt74=2;
                }
                break;
            case 75:
                {
                alt74=3;
                }
                break;
            case 76:
                {
                alt74=4;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 74, 0, input);

                throw nvae;
            }

            switch (alt74) {
                case 1 :
                    // InternalItup.g:3342:3: (enumLiteral_0= 'strength' )
                    {
                    // InternalItup.g:3342:3: (enumLiteral_0= 'strength' )
                    // InternalItup.g:3343:4: enumLiteral_0= 'strength'
                    {
                    enumLiteral_0=(Token)match(input,73,FOLLOW_2); 

                    				current = grammarAccess.getSwotKindAccess().getSTRENGTHEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getSwotKindAccess().getSTRENGTHEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:3350:3: (enumLiteral_1= 'weakness' )
                    {
                    // InternalItup.g:3350:3: (enumLiteral_1= 'weakness' )
                    // InternalItup.g:3351:4: enumLiteral_1= 'weakness'
                    {
                    enumLiteral_1=(Token)match(input,74,FOLLOW_2); 

                    				current = grammarAccess.getSwotKindAccess().getWEAKNESSEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getSwotKindAccess().getWEAKNESSEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:3358:3: (enumLiteral_2= 'opportunity' )
                    {
                    // InternalItup.g:3358:3: (enumLiteral_2= 'opportunity' )
                    // InternalItup.g:3359:4: enumLiteral_2= 'opportunity'
                    {
                    enumLiteral_2=(Token)match(input,75,FOLLOW_2); 

                    				current = grammarAccess.getSwotKindAccess().getOPPORTUNITYEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getSwotKindAccess().getOPPORTUNITYEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalItup.g:3366:3: (enumLiteral_3= 'threat' )
                    {
                    // InternalItup.g:3366:3: (enumLiteral_3= 'threat' )
                    // InternalItup.g:3367:4: enumLiteral_3= 'threat'
                    {
                    enumLiteral_3=(Token)match(input,76,FOLLOW_2); 

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
    public static final BitSet FOLLOW_4 = new BitSet(new long[]{0x032000003A975012L,0x000000000000000EL});
    public static final BitSet FOLLOW_5 = new BitSet(new long[]{0x032000003A975002L,0x000000000000000EL});
    public static final BitSet FOLLOW_6 = new BitSet(new long[]{0x0000000000000040L});
    public static final BitSet FOLLOW_7 = new BitSet(new long[]{0x0000000000002000L});
    public static final BitSet FOLLOW_8 = new BitSet(new long[]{0x032000003A974002L,0x000000000000000EL});
    public static final BitSet FOLLOW_9 = new BitSet(new long[]{0x0000000000008000L});
    public static final BitSet FOLLOW_10 = new BitSet(new long[]{0x0000000000000010L});
    public static final BitSet FOLLOW_11 = new BitSet(new long[]{0x032000003A970002L,0x000000000000000EL});
    public static final BitSet FOLLOW_12 = new BitSet(new long[]{0x0320000032960002L,0x000000000000000EL});
    public static final BitSet FOLLOW_13 = new BitSet(new long[]{0x0320000032940002L,0x000000000000000EL});
    public static final BitSet FOLLOW_14 = new BitSet(new long[]{0x0000000000000060L});
    public static final BitSet FOLLOW_15 = new BitSet(new long[]{0x0320000032980002L,0x000000000000000EL});
    public static final BitSet FOLLOW_16 = new BitSet(new long[]{0x0320000032900002L,0x000000000000000EL});
    public static final BitSet FOLLOW_17 = new BitSet(new long[]{0x0000000000200000L});
    public static final BitSet FOLLOW_18 = new BitSet(new long[]{0x0000000000400000L,0x0000000000001E00L});
    public static final BitSet FOLLOW_19 = new BitSet(new long[]{0x0000000001000000L});
    public static final BitSet FOLLOW_20 = new BitSet(new long[]{0x0000000004000000L});
    public static final BitSet FOLLOW_21 = new BitSet(new long[]{0x0000000000000012L});
    public static final BitSet FOLLOW_22 = new BitSet(new long[]{0x0000000000200010L});
    public static final BitSet FOLLOW_23 = new BitSet(new long[]{0x00000001C2C00000L});
    public static final BitSet FOLLOW_24 = new BitSet(new long[]{0x0000000182C00000L});
    public static final BitSet FOLLOW_25 = new BitSet(new long[]{0x0000000102C00000L});
    public static final BitSet FOLLOW_26 = new BitSet(new long[]{0x0000000102C80000L});
    public static final BitSet FOLLOW_27 = new BitSet(new long[]{0x0000000000200012L});
    public static final BitSet FOLLOW_28 = new BitSet(new long[]{0x0000000000200002L});
    public static final BitSet FOLLOW_29 = new BitSet(new long[]{0xE000100600408000L,0x0000000000000001L});
    public static final BitSet FOLLOW_30 = new BitSet(new long[]{0xE000100600408010L,0x0000000000000001L});
    public static final BitSet FOLLOW_31 = new BitSet(new long[]{0x0000100000400000L});
    public static final BitSet FOLLOW_32 = new BitSet(new long[]{0x0000000010000002L});
    public static final BitSet FOLLOW_33 = new BitSet(new long[]{0x0000000800000002L});
    public static final BitSet FOLLOW_34 = new BitSet(new long[]{0x0000001000080000L});
    public static final BitSet FOLLOW_35 = new BitSet(new long[]{0x0000806000400000L});
    public static final BitSet FOLLOW_36 = new BitSet(new long[]{0x0000804000400000L});
    public static final BitSet FOLLOW_37 = new BitSet(new long[]{0x00000E8040C00000L});
    public static final BitSet FOLLOW_38 = new BitSet(new long[]{0x00000E8000C00000L});
    public static final BitSet FOLLOW_39 = new BitSet(new long[]{0x0000010020000000L});
    public static final BitSet FOLLOW_40 = new BitSet(new long[]{0x00000E8000C80000L});
    public static final BitSet FOLLOW_41 = new BitSet(new long[]{0x0000600500400000L});
    public static final BitSet FOLLOW_42 = new BitSet(new long[]{0xC000000000000000L,0x0000000000000010L});
    public static final BitSet FOLLOW_43 = new BitSet(new long[]{0x001D000000400000L});
    public static final BitSet FOLLOW_44 = new BitSet(new long[]{0x0002000000000060L});
    public static final BitSet FOLLOW_45 = new BitSet(new long[]{0x001C000000400000L});
    public static final BitSet FOLLOW_46 = new BitSet(new long[]{0x001C000000480000L});
    public static final BitSet FOLLOW_47 = new BitSet(new long[]{0x00C0000000400000L});
    public static final BitSet FOLLOW_48 = new BitSet(new long[]{0x0080000000400000L});
    public static final BitSet FOLLOW_49 = new BitSet(new long[]{0x0000000000000010L,0x00000000000001E0L});
    public static final BitSet FOLLOW_50 = new BitSet(new long[]{0x0100000000400000L});
    public static final BitSet FOLLOW_51 = new BitSet(new long[]{0x0400000000400020L});
    public static final BitSet FOLLOW_52 = new BitSet(new long[]{0x0000000000400020L});
    public static final BitSet FOLLOW_53 = new BitSet(new long[]{0x1800000000000002L});
    public static final BitSet FOLLOW_54 = new BitSet(new long[]{0x0800000000000002L});

}
